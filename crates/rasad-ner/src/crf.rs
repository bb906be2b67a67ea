//! A linear-chain CRF learner over the same features and decoder as the perceptron.
//!
//! Why: the perceptron only moves weights on a mistake, by a fixed step, towards the one best
//! wrong path; it ends up conservative (precision well above recall, ORG and MISC recall
//! lowest). A CRF's gradient moves every weight in proportion to how much probability the
//! model puts on every wrong tag, so it also learns from the sentences it already gets right
//! by a thin margin, and a softmax-margin cost (`TrainConfig::margin`) makes that margin
//! explicit. Training is averaged stochastic gradient ascent on the conditional log-likelihood
//! (forward-backward with the decoder's IOB2 constraints), with the same running-average trick
//! as the perceptron; the averaged weights are quantized into the same [`Model`](crate::Model),
//! so tagging is unchanged (Viterbi over integer weights). Everything is computed in a fixed
//! order in `f64`: training stays deterministic.

use crate::model::allowed_table;
use crate::tag::N_TAGS;

/// Updates smaller than this (in units of the learning rate) are skipped: once a token is
/// learned its marginals are ~0/1 and touching its ~100 feature rows would only cost time.
const MIN_UPDATE: f64 = 1e-4;

/// Averaged SGD state of a linear-chain CRF.
pub(crate) struct Crf {
    w: Vec<[f64; N_TAGS]>,
    acc: Vec<[f64; N_TAGS]>,
    tw: [[f64; N_TAGS]; N_TAGS + 1],
    tacc: [[f64; N_TAGS]; N_TAGS + 1],
    /// Number of steps taken so far plus one (the averaging clock).
    c: f64,
    allowed: [[bool; N_TAGS]; N_TAGS + 1],
    // Scratch buffers reused across sentences.
    em: Vec<[f64; N_TAGS]>,
    alpha: Vec<[f64; N_TAGS]>,
    beta: Vec<[f64; N_TAGS]>,
}

fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
}

impl Crf {
    /// A CRF over `n_features` dense feature rows, all weights zero.
    pub(crate) fn new(n_features: usize) -> Crf {
        Crf {
            w: vec![[0.0; N_TAGS]; n_features],
            acc: vec![[0.0; N_TAGS]; n_features],
            tw: [[0.0; N_TAGS]; N_TAGS + 1],
            tacc: [[0.0; N_TAGS]; N_TAGS + 1],
            c: 1.0,
            allowed: allowed_table(),
            em: Vec::new(),
            alpha: Vec::new(),
            beta: Vec::new(),
        }
    }

    /// One gradient step on one sentence: token `i` has the feature rows
    /// `rows[offsets[i]..offsets[i + 1]]` and gold tag index `gold[i]`. Every wrong tag gets
    /// `margin` added to its score first (softmax-margin), and O on an entity token `miss_cost` more. Returns how many tokens the
    /// current marginals already get right (argmax = gold).
    // Forward-backward indexes several arrays by position and tag at once; index loops read
    // like the recurrences.
    #[allow(clippy::needless_range_loop)]
    pub(crate) fn step(
        &mut self,
        rows: &[u32],
        offsets: &[usize],
        gold: &[u8],
        eta: f64,
        margin: f64,
        miss_cost: f64,
    ) -> usize {
        let n = gold.len();
        if n == 0 {
            return 0;
        }
        self.em.clear();
        for i in 0..n {
            let mut s = [0.0f64; N_TAGS];
            for &r in &rows[offsets[i]..offsets[i + 1]] {
                for (a, b) in s.iter_mut().zip(&self.w[r as usize]) {
                    *a += b;
                }
            }
            if margin != 0.0 || miss_cost != 0.0 {
                let g = gold[i] as usize;
                for (t, x) in s.iter_mut().enumerate() {
                    if t != g {
                        *x += margin;
                        if t == 0 {
                            *x += miss_cost;
                        }
                    }
                }
            }
            self.em.push(s);
        }
        let (allowed, tw, em) = (&self.allowed, &self.tw, &self.em);
        let ninf = f64::NEG_INFINITY;
        self.alpha.clear();
        self.alpha.resize(n, [ninf; N_TAGS]);
        for t in 0..N_TAGS {
            if allowed[N_TAGS][t] {
                self.alpha[0][t] = tw[N_TAGS][t] + em[0][t];
            }
        }
        for i in 1..n {
            for t in 0..N_TAGS {
                let prev = &self.alpha[i - 1];
                let v = log_sum_exp(
                    (0..N_TAGS)
                        .filter(|&p| allowed[p][t])
                        .map(|p| prev[p] + tw[p][t]),
                );
                self.alpha[i][t] = v + em[i][t];
            }
        }
        self.beta.clear();
        self.beta.resize(n, [ninf; N_TAGS]);
        self.beta[n - 1] = [0.0; N_TAGS];
        for i in (0..n - 1).rev() {
            for p in 0..N_TAGS {
                let next = &self.beta[i + 1];
                self.beta[i][p] = log_sum_exp(
                    (0..N_TAGS)
                        .filter(|&t| allowed[p][t])
                        .map(|t| tw[p][t] + em[i + 1][t] + next[t]),
                );
            }
        }
        let log_z = log_sum_exp(self.alpha[n - 1].iter().copied());
        let c = self.c;
        let mut right = 0;
        let mut dt = [[0.0f64; N_TAGS]; N_TAGS + 1];
        for i in 0..n {
            let g = gold[i] as usize;
            let mut d = [0.0f64; N_TAGS];
            let mut best = 0;
            for t in 0..N_TAGS {
                let p = (self.alpha[i][t] + self.beta[i][t] - log_z).exp();
                d[t] = if t == g { 1.0 - p } else { -p };
                if p > (self.alpha[i][best] + self.beta[i][best] - log_z).exp() {
                    best = t;
                }
            }
            if best == g {
                right += 1;
            }
            // Pairwise marginals for the transition gradient.
            if i == 0 {
                for t in 0..N_TAGS {
                    dt[N_TAGS][t] += d[t];
                }
            } else {
                let gp = gold[i - 1] as usize;
                dt[gp][g] += 1.0;
                for p in 0..N_TAGS {
                    let a = self.alpha[i - 1][p];
                    if a == ninf {
                        continue;
                    }
                    for t in 0..N_TAGS {
                        if allowed[p][t] {
                            let x = (a + tw[p][t] + em[i][t] + self.beta[i][t] - log_z).exp();
                            dt[p][t] -= x;
                        }
                    }
                }
            }
            let mut live = [(0usize, 0.0f64); N_TAGS];
            let mut n_live = 0;
            for (t, &x) in d.iter().enumerate() {
                if x.abs() >= MIN_UPDATE {
                    live[n_live] = (t, eta * x);
                    n_live += 1;
                }
            }
            if n_live == 0 {
                continue;
            }
            for &r in &rows[offsets[i]..offsets[i + 1]] {
                let (w, a) = (&mut self.w[r as usize], &mut self.acc[r as usize]);
                for &(t, x) in &live[..n_live] {
                    w[t] += x;
                    a[t] += c * x;
                }
            }
        }
        for (p, row) in dt.iter().enumerate() {
            for (t, &x) in row.iter().enumerate() {
                if x != 0.0 {
                    self.tw[p][t] += eta * x;
                    self.tacc[p][t] += c * eta * x;
                }
            }
        }
        self.c += 1.0;
        right
    }

    /// The averaged weights of feature row `r`.
    pub(crate) fn averaged_row(&self, r: usize) -> [f64; N_TAGS] {
        let mut out = [0.0; N_TAGS];
        for (t, o) in out.iter_mut().enumerate() {
            *o = self.w[r][t] - self.acc[r][t] / self.c;
        }
        out
    }

    /// The averaged transition weights.
    pub(crate) fn averaged_transitions(&self) -> [[f64; N_TAGS]; N_TAGS + 1] {
        let mut out = [[0.0; N_TAGS]; N_TAGS + 1];
        for (p, row) in out.iter_mut().enumerate() {
            for (t, o) in row.iter_mut().enumerate() {
                *o = self.tw[p][t] - self.tacc[p][t] / self.c;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_sum_exp_is_stable() {
        let v = log_sum_exp([1000.0, 1000.0].into_iter());
        assert!((v - (1000.0 + 2f64.ln())).abs() < 1e-9);
        assert_eq!(
            log_sum_exp([f64::NEG_INFINITY; 2].into_iter()),
            f64::NEG_INFINITY
        );
    }

    #[test]
    fn learns_to_tag_a_feature_and_respects_iob2() {
        // Two features: row 0 marks a person token (B-PERS = 1), row 1 anything else (O).
        let mut crf = Crf::new(2);
        let rows = [1u32, 0, 1];
        let offsets = [0usize, 1, 2, 3];
        let gold = [0u8, 1, 0];
        let mut right = 0;
        for _ in 0..50 {
            right = crf.step(&rows, &offsets, &gold, 0.5, 0.0, 0.0);
        }
        assert_eq!(right, 3);
        let person = crf.averaged_row(0);
        let other = crf.averaged_row(1);
        assert!(person[1] > person[0] && other[0] > other[1]);
        // I-PERS may not start a sentence: its start transition never moves.
        let tr = crf.averaged_transitions();
        assert_eq!(tr[N_TAGS][2], 0.0);
    }

    #[test]
    fn gradient_at_zero_weights_is_gold_minus_uniform() {
        // One token, one feature: every allowed tag at the start has probability 1/5 (O and
        // the four B- tags), so the gold tag's weight moves by eta·(1 − 1/5).
        let mut crf = Crf::new(1);
        crf.step(&[0], &[0, 1], &[3], 1.0, 0.0, 0.0);
        assert!((crf.w[0][3] - 0.8).abs() < 1e-12);
        assert!((crf.w[0][0] + 0.2).abs() < 1e-12);
        assert_eq!(crf.w[0][2], 0.0, "I- tags are impossible at the start");
    }
}
