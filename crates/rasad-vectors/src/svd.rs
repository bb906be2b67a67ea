//! Truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson & Tropp
//! 2011, algorithms 4.4 and 5.1): project onto a random Gaussian subspace, sharpen it with a few
//! power iterations (re-orthonormalized each time), and take the exact SVD of the small
//! projected matrix, through the eigen-decomposition of its Gram matrix (cyclic Jacobi).
//! Deterministic: the random matrix comes from a fixed-seed generator.

/// A sparse matrix in compressed rows.
pub struct Csr {
    pub rows: usize,
    pub cols: usize,
    pub ptr: Vec<usize>,
    pub idx: Vec<u32>,
    pub val: Vec<f32>,
}

impl Csr {
    /// `self · x` for a dense `cols × k` matrix in row-major order.
    fn mul(&self, x: &[f64], k: usize) -> Vec<f64> {
        let mut out = vec![0.0; self.rows * k];
        for r in 0..self.rows {
            let o = &mut out[r * k..(r + 1) * k];
            for j in self.ptr[r]..self.ptr[r + 1] {
                let v = f64::from(self.val[j]);
                let row = &x[self.idx[j] as usize * k..(self.idx[j] as usize + 1) * k];
                for (a, b) in o.iter_mut().zip(row) {
                    *a += v * b;
                }
            }
        }
        out
    }

    /// `selfᵀ · x` for a dense `rows × k` matrix in row-major order.
    fn mul_t(&self, x: &[f64], k: usize) -> Vec<f64> {
        let mut out = vec![0.0; self.cols * k];
        for r in 0..self.rows {
            let row = &x[r * k..(r + 1) * k];
            for j in self.ptr[r]..self.ptr[r + 1] {
                let v = f64::from(self.val[j]);
                let c = self.idx[j] as usize;
                for (a, b) in out[c * k..(c + 1) * k].iter_mut().zip(row) {
                    *a += v * b;
                }
            }
        }
        out
    }
}

/// A small deterministic generator (SplitMix64) with Gaussian draws (Box–Muller).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn uniform(&mut self) -> f64 {
        ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn gauss(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// Orthonormalizes the `k` columns of a row-major `n × k` matrix in place (modified
/// Gram–Schmidt, twice for stability). A column that vanishes stays zero.
fn orthonormalize(q: &mut [f64], n: usize, k: usize) {
    for _ in 0..2 {
        for c in 0..k {
            for p in 0..c {
                let dot: f64 = (0..n).map(|r| q[r * k + c] * q[r * k + p]).sum();
                for r in 0..n {
                    q[r * k + c] -= dot * q[r * k + p];
                }
            }
            let norm = (0..n).map(|r| q[r * k + c].powi(2)).sum::<f64>().sqrt();
            let inv = if norm > 1e-12 { 1.0 / norm } else { 0.0 };
            for r in 0..n {
                q[r * k + c] *= inv;
            }
        }
    }
}

/// Eigen-decomposition of a symmetric `k × k` matrix (row-major) by cyclic Jacobi rotations:
/// eigenvalues and the eigenvectors as the columns of a row-major matrix.
fn jacobi(mut a: Vec<f64>, k: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; k * k];
    for i in 0..k {
        v[i * k + i] = 1.0;
    }
    for _sweep in 0..100 {
        let off: f64 = (0..k)
            .flat_map(|i| (0..k).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * k + j].powi(2))
            .sum();
        if off < 1e-22 {
            break;
        }
        for p in 0..k {
            for q in p + 1..k {
                let apq = a[p * k + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * k + q] - a[p * k + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for r in 0..k {
                    let (arp, arq) = (a[r * k + p], a[r * k + q]);
                    a[r * k + p] = c * arp - s * arq;
                    a[r * k + q] = s * arp + c * arq;
                }
                for r in 0..k {
                    let (apr, aqr) = (a[p * k + r], a[q * k + r]);
                    a[p * k + r] = c * apr - s * aqr;
                    a[q * k + r] = s * apr + c * aqr;
                }
                for r in 0..k {
                    let (vrp, vrq) = (v[r * k + p], v[r * k + q]);
                    v[r * k + p] = c * vrp - s * vrq;
                    v[r * k + q] = s * vrp + c * vrq;
                }
            }
        }
    }
    ((0..k).map(|i| a[i * k + i]).collect(), v)
}

/// The top `dims` left singular vectors of `m`, each scaled by the square root of its singular
/// value (row-major `rows × dims`), strongest first.
pub fn left_factors(m: &Csr, dims: usize, oversample: usize, power: usize, seed: u64) -> Vec<f64> {
    let k = (dims + oversample).min(m.rows).min(m.cols).max(1);
    let mut rng = Rng(seed);
    let omega: Vec<f64> = (0..m.cols * k).map(|_| rng.gauss()).collect();
    let mut q = m.mul(&omega, k);
    orthonormalize(&mut q, m.rows, k);
    for _ in 0..power {
        let mut z = m.mul_t(&q, k);
        orthonormalize(&mut z, m.cols, k);
        q = m.mul(&z, k);
        orthonormalize(&mut q, m.rows, k);
    }
    // B = Qᵀ M (k × cols); B Bᵀ = W Λ Wᵀ; then M ≈ Q W Σ Vᵀ with Σ = √Λ
    let bt = m.mul_t(&q, k); // cols × k: Bᵀ
    let mut g = vec![0.0; k * k];
    for r in 0..m.cols {
        let row = &bt[r * k..(r + 1) * k];
        for i in 0..k {
            for j in 0..k {
                g[i * k + j] += row[i] * row[j];
            }
        }
    }
    let (lambda, w) = jacobi(g, k);
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| lambda[b].total_cmp(&lambda[a]));
    let d = dims.min(k);
    let mut out = vec![0.0; m.rows * d];
    for r in 0..m.rows {
        for (o, &e) in order.iter().take(d).enumerate() {
            let sigma = lambda[e].max(0.0).sqrt();
            let u: f64 = (0..k).map(|i| q[r * k + i] * w[i * k + e]).sum();
            out[r * d + o] = u * sigma.sqrt();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_diagonalizes_a_symmetric_matrix() {
        let a = vec![2.0, 1.0, 1.0, 2.0];
        let (l, v) = jacobi(a, 2);
        let mut l2 = l.clone();
        l2.sort_by(f64::total_cmp);
        assert!(
            (l2[0] - 1.0).abs() < 1e-9 && (l2[1] - 3.0).abs() < 1e-9,
            "{l:?}"
        );
        // columns are unit eigenvectors
        let n0 = (v[0] * v[0] + v[2] * v[2]).sqrt();
        assert!((n0 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn recovers_a_rank_one_matrix() {
        // M = u vᵀ with u = (1,2,3,4), v = (1,0,2): σ = |u||v|
        let u = [1.0f32, 2.0, 3.0, 4.0];
        let v = [1.0f32, 0.0, 2.0];
        let mut ptr = vec![0];
        let (mut idx, mut val) = (Vec::new(), Vec::new());
        for ui in u {
            for (j, vj) in v.iter().enumerate() {
                if *vj != 0.0 {
                    idx.push(j as u32);
                    val.push(ui * vj);
                }
            }
            ptr.push(idx.len());
        }
        let m = Csr {
            rows: 4,
            cols: 3,
            ptr,
            idx,
            val,
        };
        let f = left_factors(&m, 1, 2, 2, 7);
        let sigma = (30.0f64).sqrt() * (5.0f64).sqrt();
        // each row is ±u_i/|u| · √σ
        for (i, ui) in u.iter().enumerate() {
            let want = f64::from(*ui) / 30f64.sqrt() * sigma.sqrt();
            assert!(
                (f[i].abs() - want).abs() < 1e-6,
                "row {i}: {} vs {want}",
                f[i]
            );
        }
    }
}
