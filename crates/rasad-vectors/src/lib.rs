//! # rasad-vectors — word vectors learnt from unlabelled Arabic news
//!
//! The salience model ([`rasad_coder::salience`](../rasad_coder/salience/index.html)) learns
//! from a few thousand labelled sentences, so most words it meets at run time it has seen a
//! handful of times or never. Word vectors carry what sixteen thousand unlabelled articles say
//! about each word — that `وقصف` keeps company with `الغارات` and `مدفعي`, that `أمس` and
//! `الاثنين` are used alike — so that a reader of the sentence's vector generalises from the
//! labelled sentences to their near-synonyms.
//!
//! Why this method: positive pointwise mutual information over a ±5-word window (context
//! distribution smoothed with exponent 0.75), factored by a truncated SVD (Levy, Goldberg &
//! Dagan 2015, "Improving distributional similarity with lessons learned from word
//! embeddings"). It matches word2vec on similarity tasks at this corpus size, needs no
//! training loop or learning-rate schedule, and is deterministic: the same corpus gives the
//! same table, byte for byte, so the shipped salience model can be reproduced.
//!
//! Shape: [`build`] turns token streams into a [`WordVectors`] table; [`WordVectors::to_bytes`]
//! writes the compact form embedded in the binary (`data/wordvec.bin`: a text header, the
//! words one per line, then the vectors quantized to one signed byte per dimension), and
//! [`WordVectors::embedded`] reads it once. Words are the coder's matching-normalized forms
//! (numbers as `#`), so a table built from `rasad vectors build` is looked up with the same
//! forms the coder sees. Tokenizing the corpus is the caller's job: this crate knows nothing
//! of Arabic.

mod svd;

use std::collections::HashMap;

/// The table embedded in the binary (built by `rasad vectors build`).
const EMBEDDED: &[u8] = include_bytes!("../data/wordvec.bin");

/// The first line of the file format.
const MAGIC: &str = "rasad-wordvec 1";

/// A malformed vector file: `file:line: message` (the line of the header or word list, or the
/// last line for a truncated vector block).
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct VectorError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Unit-length word vectors, looked up by normalized word form.
#[derive(Clone, Debug, Default)]
pub struct WordVectors {
    dims: usize,
    words: Vec<String>,
    index: HashMap<String, u32>,
    /// `words.len() × dims`, row-major, each row of unit length (or zero).
    data: Vec<f32>,
}

impl WordVectors {
    /// The table embedded in the binary (`None` if it is empty).
    pub fn embedded() -> Option<&'static WordVectors> {
        static V: std::sync::OnceLock<Option<WordVectors>> = std::sync::OnceLock::new();
        V.get_or_init(|| {
            WordVectors::parse(EMBEDDED, "wordvec.bin")
                .ok()
                .filter(|v| !v.is_empty())
        })
        .as_ref()
    }

    /// The file form of the embedded table, as built (its content hash names the table).
    pub fn embedded_bytes() -> &'static [u8] {
        EMBEDDED
    }

    pub fn dims(&self) -> usize {
        self.dims
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words of the table, most frequent in the building corpus first.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The vector of a word form, if the table has it.
    pub fn get(&self, word: &str) -> Option<&[f32]> {
        let i = *self.index.get(word)? as usize;
        Some(&self.data[i * self.dims..(i + 1) * self.dims])
    }

    /// The unit-length mean of the vectors of the known words (`None` when none is known):
    /// what a sentence is about, whatever its length.
    pub fn mean<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Option<Vec<f32>> {
        let mut sum = vec![0.0f32; self.dims];
        let mut any = false;
        for w in words {
            if let Some(v) = self.get(w) {
                any = true;
                for (s, x) in sum.iter_mut().zip(v) {
                    *s += x;
                }
            }
        }
        if !any {
            return None;
        }
        let norm = sum.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            sum.iter_mut().for_each(|x| *x /= norm);
        }
        Some(sum)
    }

    /// The `n` words nearest to `word` by cosine, with their similarity.
    pub fn nearest(&self, word: &str, n: usize) -> Vec<(&str, f32)> {
        let Some(q) = self.get(word) else {
            return Vec::new();
        };
        let mut sims: Vec<(usize, f32)> = (0..self.words.len())
            .map(|i| {
                let v = &self.data[i * self.dims..(i + 1) * self.dims];
                (i, v.iter().zip(q).map(|(a, b)| a * b).sum())
            })
            .filter(|&(i, _)| self.words[i] != word)
            .collect();
        sims.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        sims.into_iter()
            .take(n)
            .map(|(i, s)| (self.words[i].as_str(), s))
            .collect()
    }

    /// Reads the file form written by [`WordVectors::to_bytes`].
    pub fn parse(bytes: &[u8], file: &str) -> Result<WordVectors, VectorError> {
        let err = |line: usize, message: String| VectorError {
            file: file.to_string(),
            line,
            message,
        };
        let mut pos = 0usize;
        let mut line_no = 0usize;
        let mut next_line = |pos: &mut usize| -> Result<(usize, &str), VectorError> {
            line_no += 1;
            let rest = &bytes[*pos..];
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .ok_or_else(|| err(line_no, "unexpected end of file".into()))?;
            let s =
                std::str::from_utf8(&rest[..end]).map_err(|_| err(line_no, "not UTF-8".into()))?;
            *pos += end + 1;
            Ok((line_no, s))
        };
        let (l, magic) = next_line(&mut pos)?;
        if magic != MAGIC {
            return Err(err(l, format!("expected '{MAGIC}', found '{magic}'")));
        }
        let mut header = |key: &str, pos: &mut usize| -> Result<usize, VectorError> {
            let (l, s) = next_line(pos)?;
            s.strip_prefix(key)
                .and_then(|v| v.strip_prefix(' '))
                .and_then(|v| v.parse::<usize>().ok())
                .ok_or_else(|| err(l, format!("expected '{key} <number>', found '{s}'")))
        };
        let dims = header("dims", &mut pos)?;
        let n = header("words", &mut pos)?;
        if dims == 0 && n > 0 {
            return Err(err(2, "dims must be positive".into()));
        }
        let mut words = Vec::with_capacity(n);
        let mut index = HashMap::with_capacity(n);
        for _ in 0..n {
            let (l, w) = next_line(&mut pos)?;
            if w.is_empty() || w.contains(char::is_whitespace) {
                return Err(err(l, format!("bad word '{w}'")));
            }
            if index.insert(w.to_string(), words.len() as u32).is_some() {
                return Err(err(l, format!("duplicate word '{w}'")));
            }
            words.push(w.to_string());
        }
        let block = &bytes[pos..];
        if block.len() != n * dims {
            return Err(err(
                3 + n,
                format!(
                    "the vector block has {} bytes, {} words × {} dims need {}",
                    block.len(),
                    n,
                    dims,
                    n * dims
                ),
            ));
        }
        let data = block.iter().map(|&b| f32::from(b as i8) / 127.0).collect();
        Ok(WordVectors {
            dims,
            words,
            index,
            data,
        })
    }

    /// The compact file form: header, words, vectors quantized to `i8` (component × 127).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out =
            format!("{MAGIC}\ndims {}\nwords {}\n", self.dims, self.words.len()).into_bytes();
        for w in &self.words {
            out.extend_from_slice(w.as_bytes());
            out.push(b'\n');
        }
        out.extend(
            self.data
                .iter()
                .map(|x| (x * 127.0).round().clamp(-127.0, 127.0) as i8 as u8),
        );
        out
    }
}

/// How [`build`] learns the table.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub dims: usize,
    /// The most frequent words kept (at most).
    pub vocab: usize,
    /// Words seen fewer times are left out.
    pub min_count: usize,
    /// Context words on each side; a context `d` words away counts `1/d`.
    pub window: usize,
    /// Exponent of the context distribution (Levy et al.: 0.75).
    pub smoothing: f64,
    pub seed: u64,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            dims: 32,
            vocab: 40_000,
            min_count: 5,
            window: 5,
            smoothing: 0.75,
            seed: 1,
        }
    }
}

/// Learns word vectors from documents given as word-form sequences (PPMI + truncated SVD; see
/// the crate documentation). Out-of-vocabulary words keep their place, so distances are in
/// running words.
pub fn build(docs: &[Vec<String>], opts: &BuildOptions) -> WordVectors {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for d in docs {
        for w in d {
            *count.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, usize)> = count
        .into_iter()
        .filter(|&(_, c)| c >= opts.min_count.max(1))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    vocab.truncate(opts.vocab);
    let words: Vec<String> = vocab.iter().map(|(w, _)| w.to_string()).collect();
    let index: HashMap<String, u32> = words
        .iter()
        .enumerate()
        .map(|(i, w)| (w.clone(), i as u32))
        .collect();
    let n = words.len();
    // symmetric co-occurrence weights, keyed (row << 32 | col)
    let mut co: HashMap<u64, f32> = HashMap::new();
    for d in docs {
        let ids: Vec<Option<u32>> = d.iter().map(|w| index.get(w).copied()).collect();
        for (i, a) in ids.iter().enumerate() {
            let Some(a) = *a else { continue };
            for off in 1..=opts.window {
                let Some(Some(b)) = ids.get(i + off) else {
                    continue;
                };
                let w = 1.0 / off as f32;
                *co.entry(u64::from(a) << 32 | u64::from(*b)).or_default() += w;
                *co.entry(u64::from(*b) << 32 | u64::from(a)).or_default() += w;
            }
        }
    }
    let mut cells: Vec<(u64, f32)> = co.into_iter().collect();
    cells.sort_unstable_by_key(|c| c.0);
    let mut row_sum = vec![0.0f64; n];
    let mut col_sum = vec![0.0f64; n];
    for &(k, v) in &cells {
        row_sum[(k >> 32) as usize] += f64::from(v);
        col_sum[(k & 0xffff_ffff) as usize] += f64::from(v);
    }
    let total: f64 = row_sum.iter().sum();
    let smoothed: Vec<f64> = col_sum.iter().map(|c| c.powf(opts.smoothing)).collect();
    let smoothed_total: f64 = smoothed.iter().sum();
    let mut m = svd::Csr {
        rows: n,
        cols: n,
        ptr: vec![0; n + 1],
        idx: Vec::new(),
        val: Vec::new(),
    };
    for &(k, v) in &cells {
        let (r, c) = ((k >> 32) as usize, (k & 0xffff_ffff) as usize);
        let pmi = (f64::from(v) / total).ln()
            - (row_sum[r] / total).ln()
            - (smoothed[c] / smoothed_total).ln();
        if pmi > 0.0 {
            m.idx.push(c as u32);
            m.val.push(pmi as f32);
            m.ptr[r + 1] = m.idx.len();
        }
    }
    // rows without a positive cell: carry the pointer forward
    for r in 1..=n {
        m.ptr[r] = m.ptr[r].max(m.ptr[r - 1]);
    }
    let dims = opts.dims.min(n.saturating_sub(1)).max(usize::from(n > 0));
    let f = if n == 0 {
        Vec::new()
    } else {
        svd::left_factors(&m, dims, 10, 3, opts.seed)
    };
    let mut data = vec![0.0f32; n * dims];
    for r in 0..n {
        let row = &f[r * dims..(r + 1) * dims];
        let norm = row.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            // sign convention: the largest component of each dimension is not fixed by SVD;
            // the table is deterministic because the generator is seeded
            for (o, x) in data[r * dims..(r + 1) * dims].iter_mut().zip(row) {
                *o = (x / norm) as f32;
            }
        }
    }
    WordVectors {
        dims,
        words,
        index,
        data,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(lines: &[&str]) -> Vec<Vec<String>> {
        lines
            .iter()
            .map(|l| l.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn words_used_alike_get_near_vectors() {
        // `قصف` and `غارة` share their contexts; `مؤتمر` keeps other company
        let mut lines = Vec::new();
        for i in 0..40 {
            let city = ["حلب", "ادلب", "غزة", "الموصل"][i % 4];
            lines.push(format!("شنت الطائرات قصف عنيف علي {city} امس"));
            lines.push(format!("شنت الطائرات غارة عنيفة علي {city} امس"));
            lines.push(format!("عقد الوزراء مؤتمر صحفي في {city} اليوم"));
            lines.push(format!("عقد الوزراء اجتماع مطول في {city} اليوم"));
        }
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let opts = BuildOptions {
            dims: 4,
            min_count: 2,
            ..BuildOptions::default()
        };
        let v = build(&docs(&refs), &opts);
        let cos = |a: &str, b: &str| -> f32 {
            v.get(a)
                .unwrap()
                .iter()
                .zip(v.get(b).unwrap())
                .map(|(x, y)| x * y)
                .sum()
        };
        assert!(
            cos("قصف", "غارة") > cos("قصف", "مؤتمر") + 0.3,
            "{} vs {}",
            cos("قصف", "غارة"),
            cos("قصف", "مؤتمر")
        );
        assert_eq!(v.nearest("مؤتمر", 1)[0].0, "اجتماع");
        // deterministic, and the file form round-trips within quantization
        let again = build(&docs(&refs), &opts);
        assert_eq!(v.to_bytes(), again.to_bytes());
        let back = WordVectors::parse(&v.to_bytes(), "t.bin").unwrap();
        assert_eq!(back.len(), v.len());
        for (a, b) in back.get("قصف").unwrap().iter().zip(v.get("قصف").unwrap()) {
            assert!((a - b).abs() < 0.005);
        }
    }

    #[test]
    fn sentence_mean_is_unit_length_and_skips_unknown_words() {
        let v = WordVectors::parse(
            b"rasad-wordvec 1\ndims 2\nwords 2\nx\ny\n\x7f\x00\x00\x7f",
            "t.bin",
        )
        .unwrap();
        let m = v.mean(["x", "zzz", "y"]).unwrap();
        assert!((m[0] - m[1]).abs() < 1e-6 && (m[0] * m[0] + m[1] * m[1] - 1.0).abs() < 1e-5);
        assert!(v.mean(["zzz"]).is_none());
    }

    #[test]
    fn malformed_files_name_their_line() {
        let e = WordVectors::parse(b"something else\n", "v.bin").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("v.bin", 1));
        let e = WordVectors::parse(b"rasad-wordvec 1\ndims x\n", "v.bin").unwrap_err();
        assert_eq!(e.line, 2);
        let e =
            WordVectors::parse(b"rasad-wordvec 1\ndims 2\nwords 2\na\na\n", "v.bin").unwrap_err();
        assert_eq!(e.line, 5, "{e}");
        let e =
            WordVectors::parse(b"rasad-wordvec 1\ndims 2\nwords 1\na\n\x01", "v.bin").unwrap_err();
        assert!(e.to_string().contains("vector block"), "{e}");
        let e =
            WordVectors::parse(b"rasad-wordvec 1\ndims 2\nwords 1\n\xff\n", "v.bin").unwrap_err();
        assert!(e.to_string().contains("UTF-8"), "{e}");
    }

    #[test]
    fn the_embedded_table_parses() {
        let v = WordVectors::parse(EMBEDDED, "wordvec.bin").unwrap();
        assert!(
            v.len() > 10_000 && v.dims() >= 16,
            "{} × {}",
            v.len(),
            v.dims()
        );
    }
}
