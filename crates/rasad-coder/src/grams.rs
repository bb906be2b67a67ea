//! # Character n-grams of a sentence: the salience model's second reader
//!
//! The salience model's candidate features ([`crate::salience`]) see what the rules made of an
//! event and the words around it. Much of what tells a reported attack or protest from one
//! only mentioned sits inside words: clitics and inflection (`وأصيب`, `أصيبوا`, `بجروح`),
//! tense and person, spelling variants — which a word bag scatters over rare features that a
//! few thousand labelled sentences cannot weigh. So the model has a second, independent
//! reader: a TF-IDF logistic regression over the character 2–4-grams of the sentence's words
//! (each word padded with `_` at both ends, as scikit-learn's `char_wb` analyser does),
//! trained per event type; an event's salience is the average of the two readers'
//! probabilities, weighted by the type's `mix`. Two differently built models disagree in
//! their errors, and their average ranks sentences better than either (nested
//! cross-validation by article on the development detection file, see `rasad eval
//! detection`).
//!
//! Shape: the same as the rest of the salience model — plain strings as features so that the
//! model file explains itself (`%ASSAULT<TAB>_اصي<TAB>idf<TAB>weight`), deterministic full-batch
//! training, scoring by hash lookups once per sentence.

use crate::salience::{sigmoid, vocabulary};
use rasad_text::hash::{FxBuild, WordMemo};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// The longest and shortest n-gram, in characters (padding included).
const MIN_N: usize = 2;
const MAX_N: usize = 4;

/// The character n-grams of a sentence's words, with repeats (term frequency counts them).
/// `words` are normalized word forms; a number is passed as `#`.
pub fn sentence_grams<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<String> {
    let mut out = Vec::new();
    for_each_gram(words, |g| out.push(g.to_string()));
    out
}

/// Calls `f` on every character n-gram of the words, in order, without allocating per n-gram:
/// an n-gram is a slice of the padded word between two char boundaries.
fn for_each_gram<'w>(words: impl IntoIterator<Item = &'w str>, mut f: impl FnMut(&str)) {
    let mut padded = String::with_capacity(64);
    let mut bounds: Vec<usize> = Vec::with_capacity(32);
    for w in words {
        if w.is_empty() {
            continue;
        }
        padded.clear();
        padded.push('_');
        padded.push_str(w);
        padded.push('_');
        bounds.clear();
        bounds.extend(padded.char_indices().map(|(b, _)| b));
        bounds.push(padded.len());
        // chars in the padded word
        let len = bounds.len() - 1;
        for n in MIN_N..=MAX_N {
            if n >= len {
                // a word no longer than n is counted once, whole (as `char_wb` does)
                f(&padded);
                break;
            }
            for start in 0..=len - n {
                f(&padded[bounds[start]..bounds[start + n]]);
            }
        }
    }
}

/// One type's n-gram reader: `p = sigmoid(bias + Σ w·x)`, `x` the L2-normalized
/// `(1 + ln tf) · idf` vector of the sentence's known n-grams.
#[derive(Clone, Debug)]
pub struct GramModel {
    pub bias: f64,
    /// The weight of this reader in the event's salience (the candidate model has `1 - mix`).
    pub mix: f64,
    /// n-gram → its slot in `values` (added with [`GramModel::insert`], never removed).
    terms: HashMap<String, u32, FxBuild>,
    /// Each slot's n-gram idf and weight.
    values: Vec<Term>,
    /// Names this model's terms in the per-thread word memo; a new id on every change.
    id: u64,
}

/// One n-gram of a [`GramModel`].
#[derive(Clone, Copy, Debug, PartialEq)]
struct Term {
    idf: f64,
    weight: f64,
}

/// The next model version id (a model gets a new one on every change).
static NEXT_MODEL: AtomicU64 = AtomicU64::new(1);

/// Per-thread scratch of [`GramModel::probability_of_words`]: a count per term slot (all zero
/// between calls), and the memo of each word's known n-gram slots (with repeats) under one
/// model — a sentence's n-grams are its words' n-grams, and news repeats its words.
#[derive(Default)]
struct Scratch {
    counts: Vec<u32>,
    /// Per model version: word → the slots of its known n-grams, with repeats.
    memo: WordMemo<Box<[u32]>>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Equal when they score alike: same bias, mix and n-gram weights (slots and ids aside).
impl PartialEq for GramModel {
    fn eq(&self, other: &Self) -> bool {
        self.bias == other.bias
            && self.mix == other.mix
            && self.terms.len() == other.terms.len()
            && self.terms.iter().all(|(g, &k)| {
                other
                    .terms
                    .get(g)
                    .is_some_and(|&j| self.values[k as usize] == other.values[j as usize])
            })
    }
}

impl Default for GramModel {
    fn default() -> Self {
        GramModel::new(0.0, 0.0)
    }
}

impl GramModel {
    /// A reader with no n-grams yet.
    pub fn new(bias: f64, mix: f64) -> GramModel {
        GramModel {
            bias,
            mix,
            terms: HashMap::default(),
            values: Vec::new(),
            id: NEXT_MODEL.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// How many n-grams the reader knows.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Adds (or replaces) an n-gram's idf and weight.
    pub fn insert(&mut self, gram: String, idf: f64, weight: f64) {
        let term = Term { idf, weight };
        match self.terms.get(&gram) {
            Some(&slot) => self.values[slot as usize] = term,
            None => {
                self.terms.insert(gram, self.values.len() as u32);
                self.values.push(term);
            }
        }
        self.id = NEXT_MODEL.fetch_add(1, Ordering::Relaxed);
    }

    /// The probability that a sentence with these n-grams reports an event of the type.
    pub fn probability(&self, grams: &[String]) -> f64 {
        SCRATCH.with_borrow_mut(|sc| {
            let slots = grams.iter().filter_map(|g| self.terms.get(g.as_str()));
            self.score(&mut sc.counts, slots.copied())
        })
    }

    /// [`GramModel::probability`] of the n-grams of `words`, computed without materialising
    /// them (the coder's path: once per sentence and type), each word's known n-grams
    /// remembered.
    pub fn probability_of_words<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> f64 {
        SCRATCH.with_borrow_mut(|sc| {
            let Scratch { counts, memo } = sc;
            let memo = memo.table(self.id);
            let mut slots: Vec<u32> = Vec::with_capacity(512);
            for w in words {
                if let Some(known) = memo.get(w) {
                    slots.extend_from_slice(known);
                    continue;
                }
                let start = slots.len();
                for_each_gram([w], |g| {
                    if let Some(&slot) = self.terms.get(g) {
                        slots.push(slot);
                    }
                });
                memo.insert(w.into(), slots[start..].into());
            }
            self.score(counts, slots.into_iter())
        })
    }

    /// The probability given the slots of the sentence's known n-grams (with repeats).
    /// `counts` is all zero before and after.
    fn score(&self, counts: &mut Vec<u32>, slots: impl Iterator<Item = u32>) -> f64 {
        // term frequencies by slot; the terms summed in first-seen order
        let mut seen: Vec<u32> = Vec::with_capacity(256);
        for slot in slots {
            let k = slot as usize;
            if k >= counts.len() {
                counts.resize(k + 1, 0);
            }
            if counts[k] == 0 {
                seen.push(slot);
            }
            counts[k] += 1;
        }
        let (mut dot, mut norm2) = (0.0, 0.0);
        for slot in seen {
            let c = std::mem::take(&mut counts[slot as usize]);
            let t = &self.values[slot as usize];
            let x = (1.0 + (c as f64).ln()) * t.idf;
            dot += x * t.weight;
            norm2 += x * x;
        }
        let z = if norm2 > 0.0 {
            self.bias + dot / norm2.sqrt()
        } else {
            self.bias
        };
        sigmoid(z)
    }
}

/// Settings of [`fit`].
#[derive(Clone, Copy, Debug)]
pub struct GramOptions {
    /// Inverse L2 strength, as scikit-learn's `C` (the penalty is `1 / (C · n)` per example).
    pub c: f64,
    /// n-grams in fewer training sentences are left out of the vocabulary.
    pub min_df: usize,
    pub iterations: usize,
    /// The reader's weight in the combined salience ([`GramModel::mix`]).
    pub mix: f64,
}

impl Default for GramOptions {
    fn default() -> Self {
        GramOptions {
            c: 3.0,
            min_df: 2,
            iterations: 400,
            mix: 0.5,
        }
    }
}

/// Fits one type's reader on `(n-grams, label)` sentences: class-balanced logistic loss with
/// L2, Nesterov-accelerated full-batch gradient descent (step `1/L`, deterministic).
pub fn fit(sentences: &[(&[String], bool)], opts: &GramOptions) -> GramModel {
    let n = sentences.len();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for (g, _) in sentences {
        let mut uniq: Vec<&str> = g.iter().map(String::as_str).collect();
        uniq.sort_unstable();
        uniq.dedup();
        for u in uniq {
            *df.entry(u).or_default() += 1;
        }
    }
    let (vocab, index) = vocabulary(&df, opts.min_df);
    let idf: Vec<f64> = vocab
        .iter()
        .map(|g| ((1.0 + n as f64) / (1.0 + df[g] as f64)).ln() + 1.0)
        .collect();
    // sparse, L2-normalized rows
    let rows: Vec<Vec<(usize, f64)>> = sentences
        .iter()
        .map(|(g, _)| {
            let mut ids: Vec<usize> = g
                .iter()
                .filter_map(|x| index.get(x.as_str()).copied())
                .collect();
            ids.sort_unstable();
            let mut row: Vec<(usize, f64)> = Vec::new();
            let mut k = 0;
            while k < ids.len() {
                let j = ids[k];
                let mut tf = 0usize;
                while k < ids.len() && ids[k] == j {
                    tf += 1;
                    k += 1;
                }
                row.push((j, (1.0 + (tf as f64).ln()) * idf[j]));
            }
            let norm = row.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|x| x.1 /= norm);
            }
            row
        })
        .collect();
    let pos = sentences.iter().filter(|s| s.1).count();
    let neg = n - pos;
    let mut model = GramModel::new(0.0, opts.mix);
    if pos == 0 || neg == 0 {
        return model;
    }
    // class-balanced example weights (scikit-learn's `class_weight='balanced'`)
    let weight = |y: bool| n as f64 / (2.0 * if y { pos } else { neg } as f64);
    let lambda = 1.0 / (opts.c * n as f64);
    let step = 1.0 / (0.25 * weight(true).max(weight(false)) + lambda);
    let dim = vocab.len();
    let (mut w, mut b) = (vec![0.0f64; dim], 0.0f64);
    let (mut w_prev, mut b_prev) = (w.clone(), b);
    let mut g = vec![0.0f64; dim];
    let mut look = vec![0.0f64; dim];
    for it in 0..opts.iterations {
        // look-ahead point of Nesterov's method
        let mom = it as f64 / (it as f64 + 3.0);
        for j in 0..dim {
            look[j] = w[j] + mom * (w[j] - w_prev[j]);
        }
        let lb = b + mom * (b - b_prev);
        g.iter_mut().for_each(|x| *x = 0.0);
        let mut gb = 0.0;
        for (row, (_, y)) in rows.iter().zip(sentences) {
            let z = lb + row.iter().map(|&(j, x)| look[j] * x).sum::<f64>();
            let p = sigmoid(z);
            let d = weight(*y) * (p - if *y { 1.0 } else { 0.0 }) / n as f64;
            gb += d;
            for &(j, x) in row {
                g[j] += d * x;
            }
        }
        w_prev.copy_from_slice(&w);
        b_prev = b;
        for j in 0..dim {
            w[j] = look[j] - step * (g[j] + lambda * look[j]);
        }
        b = lb - step * gb;
    }
    model.bias = b;
    for (j, g) in vocab.iter().enumerate() {
        model.insert(g.to_string(), idf[j], w[j]);
    }
    model
}

/// The model's n-gram lines for the TSV file (`%TYPE<TAB>gram<TAB>idf<TAB>weight`), strongest
/// weight first.
pub(crate) fn write_terms(out: &mut String, t: &str, m: &GramModel) {
    use std::fmt::Write as _;
    let mut terms: Vec<(&String, &Term)> = m
        .terms
        .iter()
        .map(|(g, &slot)| (g, &m.values[slot as usize]))
        .collect();
    terms.sort_by(|a, b| b.1.weight.total_cmp(&a.1.weight).then(a.0.cmp(b.0)));
    for (g, x) in terms {
        let _ = writeln!(out, "%{t}\t{g}\t{:.4}\t{:.5}", x.idf, x.weight);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_are_char_wb_2_to_4() {
        let g = sentence_grams(["قتل", "و"]);
        // `_قتل_`: 4 bigrams, 3 trigrams, 2 four-grams; `_و_`: 2 bigrams, then the whole word once
        assert_eq!(g.len(), 4 + 3 + 2 + 2 + 1);
        assert!(g.contains(&"_قت".to_string()) && g.contains(&"قتل_".to_string()));
        assert!(g.contains(&"_و_".to_string()));
        assert!(sentence_grams([""]).is_empty());
    }

    #[test]
    fn learns_a_separating_piece_and_normalizes_by_length() {
        let pos: Vec<Vec<String>> = (0..30)
            .map(|i| sentence_grams(["انفجرت", "سيارة", if i % 2 == 0 { "امس" } else { "اليوم" }]))
            .collect();
        let neg: Vec<Vec<String>> = (0..30)
            .map(|i| sentence_grams(["ندد", "بالعنف", if i % 2 == 0 { "امس" } else { "اليوم" }]))
            .collect();
        let data: Vec<(&[String], bool)> = pos
            .iter()
            .map(|g| (g.as_slice(), true))
            .chain(neg.iter().map(|g| (g.as_slice(), false)))
            .collect();
        let m = fit(&data, &GramOptions::default());
        let p = m.probability(&sentence_grams(["انفجرت", "قنبلة"]));
        let q = m.probability(&sentence_grams(["ندد", "الوزير"]));
        assert!(p > 0.5 && q < 0.5, "{p} {q}");
        // the coder's streaming path gives the same probability
        let streamed = m.probability_of_words(["انفجرت", "قنبلة"]);
        assert!((streamed - p).abs() < 1e-12);
        // unknown n-grams only: the bias alone
        let none = m.probability(&sentence_grams(["xyz"]));
        assert!((none - sigmoid(m.bias)).abs() < 1e-12);
        // tf is sublinear and the vector normalized: repeating a sentence changes little
        let twice = m.probability(&sentence_grams(["انفجرت", "قنبلة", "انفجرت", "قنبلة"]));
        assert!((twice - p).abs() < 0.1, "{p} {twice}");
    }

    #[test]
    fn remembered_words_score_under_their_own_model() {
        let data = |a: &str, b: &str| -> Vec<Vec<String>> {
            (0..20)
                .map(|i| sentence_grams([if i % 2 == 0 { a } else { b }, "امس"]))
                .collect()
        };
        let (yes, no) = (data("انفجرت", "انفجار"), data("ندد", "استنكر"));
        // (another vocabulary, so that the same n-gram has another slot there)
        let other = data("ابابيل", "اباطرة");
        let train = |pos: &[Vec<String>], neg: &[Vec<String>]| {
            let d: Vec<(&[String], bool)> = pos
                .iter()
                .map(|g| (g.as_slice(), true))
                .chain(neg.iter().map(|g| (g.as_slice(), false)))
                .collect();
            fit(&d, &GramOptions::default())
        };
        // two readers with opposite views of the same words
        let (m, flipped) = (train(&yes, &no), train(&[no, other].concat(), &yes));
        let words = ["انفجرت", "سيارة", "امس"];
        let fresh = |g: &GramModel| g.probability(&sentence_grams(words));
        for _ in 0..2 {
            let (p, q) = (
                m.probability_of_words(words),
                flipped.probability_of_words(words),
            );
            assert!((p - fresh(&m)).abs() < 1e-12 && (q - fresh(&flipped)).abs() < 1e-12);
            assert!(p > 0.5 && q < 0.5, "{p} {q}");
        }
        // a model given new n-grams is scored with them, not with the words remembered before
        let mut changed = m.clone();
        for g in sentence_grams(["سيارة"]) {
            changed.insert(g, 1.0, -5.0);
        }
        let r = changed.probability_of_words(words);
        assert!((r - fresh(&changed)).abs() < 1e-12, "{r}");
        assert!(r < m.probability_of_words(words) - 0.1, "{r}");
    }

    #[test]
    fn one_class_data_gives_a_neutral_model() {
        let g = sentence_grams(["هجوم"]);
        let m = fit(&[(g.as_slice(), true)], &GramOptions::default());
        assert!(m.is_empty());
        assert_eq!(m.probability(&g), 0.5);
    }
}
