//! Training: a linear-chain CRF (default, see `crf.rs`) or an averaged structured perceptron,
//! both decoded by first-order Viterbi.
//!
//! The perceptron came first: it needs no gradient machinery and trains in seconds. The CRF
//! over the same features scored higher in cross-validation (+0.9 micro-F1, see `crf.rs` for
//! why), so it is the default; both produce the same quantized [`Model`]. Both train with the
//! decoder's IOB2 constraints, can be cost-augmented (`TrainConfig::margin`), and visit
//! sentences in a fixed-seed shuffled order with arithmetic in a fixed order (integers for the
//! perceptron), so training is deterministic.

use crate::conll::{repaired, tokens_from_words, ConllSentence};
use crate::crf::Crf;
use crate::error::{NerError, NerErrorKind};
use crate::features::{
    DocMemory, FeatureExtractor, SentenceFeatures, Stacked, TagMemory, DOC_WINDOW, FEATURES_VERSION,
};
use crate::model::{viterbi, Model, Transitions};
use crate::score::Scores;
use crate::stats::{WordStats, WordStatsBuilder};
use crate::tag::{Tag, N_TAGS};
use rasad_text::{Analyzer, Token};
use std::collections::HashMap;

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights with a smaller magnitude are dropped (after quantization, which already
    /// drops weights below half a quantization step).
    pub min_weight: f64,
    /// Features seen fewer times than this in the training data are ignored.
    pub min_feature_count: u32,
    /// Penalty on the O tag at decoding time, in averaged-weight units (see
    /// [`Model::set_o_penalty`]); for a stacked model, of the second stage only.
    pub o_penalty: f64,
    /// Jackknife blocks for a stacked (two-stage) model; below 2, a single-stage model.
    pub stack_folds: usize,
    /// Cost-augmented training: while training, every wrong tag of a token gets this bonus
    /// before decoding (perceptron: in update units, rounded; CRF: in log-score units,
    /// softmax-margin), so the weights must beat the gold path by a margin, not just tie it.
    pub margin: f64,
    /// Extra cost for tagging O a token that is part of an entity (recall), added to `margin`.
    pub miss_cost: f64,
    /// The learning algorithm.
    pub learner: Learner,
    /// CRF learning rate (averaged SGD).
    pub crf_eta: f64,
}

/// How the weights are learned (both give the same kind of [`Model`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Learner {
    /// Averaged structured perceptron (optionally cost-augmented, see `margin`).
    Perceptron,
    /// Linear-chain CRF by averaged SGD (softmax-margin with `margin`), see `crf.rs`.
    Crf,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 20,
            seed: 0x72_6173_6164,
            min_weight: 0.0,
            o_penalty: 1.0,
            min_feature_count: 1,
            stack_folds: 5,
            margin: 3.0,
            miss_cost: 0.0,
            learner: Learner::Crf,
            crf_eta: 0.02,
        }
    }
}

/// What happened in one epoch.
#[derive(Clone, Debug)]
pub struct EpochReport {
    pub epoch: usize,
    /// Token accuracy of the online predictions during the epoch.
    pub train_accuracy: f64,
    /// Scores of the averaged weights on the development set, when one was given.
    pub dev: Option<Scores>,
}

struct Example {
    /// Dense feature rows; token `i` owns `rows[offsets[i]..offsets[i + 1]]`.
    rows: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<u8>,
}

/// Trains a model on tagged sentences. `dev`, when given, is scored with the averaged weights
/// after every epoch (for choosing the number of epochs; never pass the test set).
///
/// With `config.stack_folds` ≥ 2 the model is stacked: a first-stage model is trained on
/// everything, and the final model additionally sees first-stage tags (of the token, its
/// neighbours and the other mentions of its stem in the document window). Its training data
/// gets those tags by a jackknife — `stack_folds` contiguous blocks, each tagged by a
/// first-stage model trained on the other blocks — so they are as wrong on the training data
/// as they will be on new text.
pub fn train(
    sentences: &[ConllSentence],
    dev: Option<&[ConllSentence]>,
    analyzer: &Analyzer,
    extractor: &FeatureExtractor,
    config: &TrainConfig,
    mut progress: impl FnMut(&EpochReport),
) -> Result<Model, NerError> {
    let all_tokens: Vec<_> = sentences
        .iter()
        .map(|s| tokens_from_words(analyzer, &s.words).1)
        .collect();
    let base = extract_in_windows(extractor, &all_tokens);
    let golds: Vec<Option<Vec<u8>>> = sentences
        .iter()
        .map(|s| {
            s.tags
                .as_ref()
                .map(|t| repaired(t).iter().map(|t| t.index() as u8).collect())
        })
        .collect();
    let dev_tokens: Vec<_> = dev
        .unwrap_or_default()
        .iter()
        .map(|s| tokens_from_words(analyzer, &s.words).1)
        .collect();
    let dev_gold: Vec<_> = dev
        .unwrap_or_default()
        .iter()
        .map(|s| s.tags.as_ref())
        .collect();
    if config.stack_folds < 2 {
        let rows: Vec<_> = base.iter().map(|f| vec![f]).collect();
        let dev_eval =
            |m: &Model| score_tags(&dev_gold, &predict_in_windows(m, extractor, &dev_tokens));
        return fit(
            &rows,
            &golds,
            dev.is_some()
                .then_some(&dev_eval as &dyn Fn(&Model) -> Scores),
            extractor,
            config,
            &mut progress,
        );
    }
    let n = sentences.len();
    let k = config.stack_folds.min(n.max(1));
    let rows: Vec<_> = base.iter().map(|f| vec![f]).collect();
    let mut oof: Vec<Vec<Tag>> = vec![Vec::new(); n];
    // The O penalty is a decoding choice for the final tags (chosen by cross-validation on
    // them); the first stage decodes without it.
    let config1 = TrainConfig {
        o_penalty: 0.0,
        ..config.clone()
    };
    let mut em = Vec::new();
    for f in 0..k {
        let (a, b) = (f * n / k, (f + 1) * n / k);
        let held: Vec<_> = golds
            .iter()
            .enumerate()
            .map(|(i, g)| if (a..b).contains(&i) { None } else { g.clone() })
            .collect();
        let Ok(m) = fit(&rows, &held, None, extractor, &config1, &mut |_| {}) else {
            continue;
        };
        for i in a..b {
            m.emissions(&base[i], &mut em);
            oof[i] = m.decode(&em);
        }
    }
    let first = fit(&rows, &golds, None, extractor, &config1, &mut |_| {})?;
    let stacked = stacked_in_windows(extractor, &all_tokens, &base, &oof);
    let rows2: Vec<_> = base.iter().zip(&stacked).map(|(a, b)| vec![a, b]).collect();
    let first = std::sync::Arc::new(first);
    let dev_eval = |m: &Model| {
        let mut m = m.clone();
        m.first = Some(first.clone());
        score_tags(&dev_gold, &predict_in_windows(&m, extractor, &dev_tokens))
    };
    let mut model = fit(
        &rows2,
        &golds,
        dev.is_some()
            .then_some(&dev_eval as &dyn Fn(&Model) -> Scores),
        extractor,
        config,
        &mut progress,
    )?;
    model.first = Some(first);
    Ok(model)
}

fn score_tags(gold: &[Option<&Vec<Tag>>], pred: &[Vec<Tag>]) -> Scores {
    let mut scores = Scores::default();
    for (g, p) in gold.iter().zip(pred) {
        if let Some(g) = g {
            scores.add(g, p);
        }
    }
    scores
}

/// The perceptron proper. Sentence `i` has the features of all of `rows[i]` (concatenated
/// per token) and trains only when `golds[i]` is given.
fn fit(
    rows_in: &[Vec<&SentenceFeatures>],
    golds: &[Option<Vec<u8>>],
    dev: Option<&dyn Fn(&Model) -> Scores>,
    extractor: &FeatureExtractor,
    config: &TrainConfig,
    progress: &mut dyn FnMut(&EpochReport),
) -> Result<Model, NerError> {
    let mut index: HashMap<u32, u32> = HashMap::new();
    let mut ids: Vec<u32> = Vec::new();
    let mut examples = Vec::with_capacity(rows_in.len());
    let mut seen: HashMap<u32, u32> = HashMap::new();
    if config.min_feature_count > 1 {
        for (parts, g) in rows_in.iter().zip(golds) {
            if g.is_none() {
                continue;
            }
            for f in parts {
                for &id in &f.ids {
                    *seen.entry(id).or_default() += 1;
                }
            }
        }
    }
    for (parts, g) in rows_in.iter().zip(golds) {
        let Some(gold) = g else { continue };
        let mut rows = Vec::new();
        let mut offsets = Vec::with_capacity(gold.len() + 1);
        offsets.push(0);
        for i in 0..parts[0].len() {
            for f in parts {
                for &f in f.token(i) {
                    if config.min_feature_count > 1 && seen[&f] < config.min_feature_count {
                        continue;
                    }
                    rows.push(*index.entry(f).or_insert_with(|| {
                        ids.push(f);
                        ids.len() as u32 - 1
                    }));
                }
            }
            offsets.push(rows.len());
        }
        examples.push(Example {
            rows,
            offsets,
            gold: gold.clone(),
        });
    }
    if examples.is_empty() {
        return Err(NerError::new(
            "<training data>",
            None,
            NerErrorKind::EmptyTrainingSet,
        ));
    }
    let nf = ids.len();
    if config.learner == Learner::Crf {
        return fit_crf(&examples, &ids, dev, extractor, config, progress);
    }
    let (margin, miss_cost) = (
        config.margin.round() as i32,
        config.miss_cost.round() as i32,
    );
    let mut w = vec![[0i32; N_TAGS]; nf];
    let mut acc = vec![[0i64; N_TAGS]; nf];
    let mut tw: Transitions = [[0; N_TAGS]; N_TAGS + 1];
    let mut tacc = [[0i64; N_TAGS]; N_TAGS + 1];
    let mut c: i64 = 1;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = XorShift(config.seed | 1);
    let mut em: Vec<[i32; N_TAGS]> = Vec::new();
    let mut model = None;
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &e in &order {
            let ex = &examples[e];
            em.clear();
            for i in 0..ex.gold.len() {
                let mut s = [0i32; N_TAGS];
                for &r in &ex.rows[ex.offsets[i]..ex.offsets[i + 1]] {
                    for (a, b) in s.iter_mut().zip(&w[r as usize]) {
                        *a += b;
                    }
                }
                if margin != 0 || miss_cost != 0 {
                    let g = ex.gold[i] as usize;
                    for (t, x) in s.iter_mut().enumerate() {
                        if t != g {
                            *x += margin;
                            if t == 0 {
                                *x += miss_cost;
                            }
                        }
                    }
                }
                em.push(s);
            }
            let pred: Vec<u8> = viterbi(&em, &tw).iter().map(|t| t.index() as u8).collect();
            total += pred.len();
            right += pred.iter().zip(&ex.gold).filter(|(a, b)| a == b).count();
            if pred != ex.gold {
                for i in 0..pred.len() {
                    let (g, p) = (ex.gold[i] as usize, pred[i] as usize);
                    if g != p {
                        for &r in &ex.rows[ex.offsets[i]..ex.offsets[i + 1]] {
                            let r = r as usize;
                            w[r][g] += 1;
                            acc[r][g] += c;
                            w[r][p] -= 1;
                            acc[r][p] -= c;
                        }
                    }
                    let pg = if i == 0 {
                        N_TAGS
                    } else {
                        ex.gold[i - 1] as usize
                    };
                    let pp = if i == 0 { N_TAGS } else { pred[i - 1] as usize };
                    if (pg, g) != (pp, p) {
                        tw[pg][g] += 1;
                        tacc[pg][g] += c;
                        tw[pp][p] -= 1;
                        tacc[pp][p] -= c;
                    }
                }
            }
            c += 1;
        }
        let last = epoch == config.epochs;
        let m = (last || dev.is_some())
            .then(|| average(&ids, &w, &acc, &tw, &tacc, c, extractor, config));
        model = end_epoch(epoch, (right, total), m, dev, progress);
    }
    Ok(model.expect("at least one epoch"))
}

/// [`fit`] with the CRF learner (see `crf.rs`).
fn fit_crf(
    examples: &[Example],
    ids: &[u32],
    dev: Option<&dyn Fn(&Model) -> Scores>,
    extractor: &FeatureExtractor,
    config: &TrainConfig,
    progress: &mut dyn FnMut(&EpochReport),
) -> Result<Model, NerError> {
    let mut crf = Crf::new(ids.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = XorShift(config.seed | 1);
    let mut model = None;
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &e in &order {
            let ex = &examples[e];
            right += crf.step(
                &ex.rows,
                &ex.offsets,
                &ex.gold,
                config.crf_eta,
                config.margin,
                config.miss_cost,
            );
            total += ex.gold.len();
        }
        let last = epoch == config.epochs;
        let m = (last || dev.is_some()).then(|| {
            finish(
                ids,
                |r| crf.averaged_row(r),
                &crf.averaged_transitions(),
                extractor,
                config,
            )
        });
        model = end_epoch(epoch, (right, total), m, dev, progress);
    }
    Ok(model.expect("at least one epoch"))
}

/// The end of a training epoch, for both learners: scores the epoch's model on the dev set
/// when there is one, reports progress, and hands the model back.
fn end_epoch(
    epoch: usize,
    (right, total): (usize, usize),
    model: Option<Model>,
    dev: Option<&dyn Fn(&Model) -> Scores>,
    progress: &mut dyn FnMut(&EpochReport),
) -> Option<Model> {
    let dev_scores = match (dev, &model) {
        (Some(d), Some(m)) => Some(d(m)),
        _ => None,
    };
    progress(&EpochReport {
        epoch,
        train_accuracy: right as f64 / total.max(1) as f64,
        dev: dev_scores,
    });
    model
}

/// Unlabelled news used for word statistics.
#[derive(Clone, Copy, Debug)]
pub struct Corpus<'a> {
    pub documents: &'a [String],
    /// Keep statistics of stems seen at least this often.
    pub min_count: u32,
    /// Tag the corpus with a first model and add each stem's tag shares to the statistics, then
    /// train the final model with them.
    pub self_train: bool,
}

/// The whole recipe behind the shipped model: word statistics from `corpus` (when given), an
/// optional first model whose tagging of the corpus adds tag shares to the statistics, and the
/// final model. `extractor` carries the gazetteer; its statistics are replaced.
pub fn train_with_corpus(
    sentences: &[ConllSentence],
    dev: Option<&[ConllSentence]>,
    analyzer: &Analyzer,
    extractor: &FeatureExtractor,
    corpus: Option<Corpus<'_>>,
    config: &TrainConfig,
    mut progress: impl FnMut(&str, &EpochReport),
) -> Result<Model, NerError> {
    let Some(corpus) = corpus else {
        return train(sentences, dev, analyzer, extractor, config, |r| {
            progress("final", r)
        });
    };
    let mut builder = count_corpus(corpus.documents, analyzer, extractor);
    let stats = std::sync::Arc::new(builder.build(corpus.min_count));
    let first = extractor.clone().with_stats(stats);
    if !corpus.self_train {
        return train(sentences, dev, analyzer, &first, config, |r| {
            progress("final", r)
        });
    }
    let model = train(sentences, None, analyzer, &first, config, |r| {
        progress("first", r)
    })?;
    for doc in corpus.documents {
        let a = analyzer.analyze(doc);
        let slices: Vec<&[Token]> = a
            .sentences
            .iter()
            .map(|s| &a.tokens[s.tokens.clone()])
            .collect();
        for (tokens, tags) in slices
            .iter()
            .zip(predict_in_windows(&model, &first, &slices))
        {
            extractor.count_tags(&mut builder, tokens, &tags);
        }
    }
    let stats = std::sync::Arc::new(builder.build(corpus.min_count));
    let last = extractor.clone().with_stats(stats);
    train(sentences, dev, analyzer, &last, config, |r| {
        progress("final", r)
    })
}

/// Word statistics of unlabelled news (as [`train_with_corpus`] computes them without
/// `self_train`): cross-validation computes them once for all folds, since they depend only on
/// the corpus and the extractor's trigger words.
pub fn corpus_stats(
    documents: &[String],
    min_count: u32,
    analyzer: &Analyzer,
    extractor: &FeatureExtractor,
) -> WordStats {
    count_corpus(documents, analyzer, extractor).build(min_count)
}

fn count_corpus(
    documents: &[String],
    analyzer: &Analyzer,
    extractor: &FeatureExtractor,
) -> WordStatsBuilder {
    let mut builder = WordStatsBuilder::default();
    for doc in documents {
        let a = analyzer.analyze(doc);
        for s in &a.sentences {
            extractor.count_stats(&mut builder, &a.tokens[s.tokens.clone()]);
        }
    }
    builder
}

/// Averages, quantizes and prunes the weights into a [`Model`].
#[allow(clippy::too_many_arguments)]
fn average(
    ids: &[u32],
    w: &[[i32; N_TAGS]],
    acc: &[[i64; N_TAGS]],
    tw: &Transitions,
    tacc: &[[i64; N_TAGS]; N_TAGS + 1],
    c: i64,
    extractor: &FeatureExtractor,
    config: &TrainConfig,
) -> Model {
    let avg = |w: i32, a: i64| w as f64 - a as f64 / c as f64;
    let row = |r: usize| {
        let mut out = [0.0; N_TAGS];
        for (t, o) in out.iter_mut().enumerate() {
            *o = avg(w[r][t], acc[r][t]);
        }
        out
    };
    let mut trans = [[0.0; N_TAGS]; N_TAGS + 1];
    for (p, row) in trans.iter_mut().enumerate() {
        for (t, v) in row.iter_mut().enumerate() {
            *v = avg(tw[p][t], tacc[p][t]);
        }
    }
    finish(ids, row, &trans, extractor, config)
}

/// Quantizes and prunes final weights (`row(r)` for the feature `ids[r]`) into a [`Model`].
fn finish(
    ids: &[u32],
    row: impl Fn(usize) -> [f64; N_TAGS],
    trans_f: &[[f64; N_TAGS]; N_TAGS + 1],
    extractor: &FeatureExtractor,
    config: &TrainConfig,
) -> Model {
    let mut max = 1e-9f64;
    for r in 0..ids.len() {
        for v in row(r) {
            max = max.max(v.abs());
        }
    }
    let scale = i16::MAX as f64 / max;
    let mut entries = Vec::new();
    for (r, &id) in ids.iter().enumerate() {
        let mut q = [0i16; N_TAGS];
        for (t, v) in row(r).into_iter().enumerate() {
            if v.abs() >= config.min_weight {
                q[t] = (v * scale).round() as i16;
            }
        }
        if q.iter().any(|&v| v != 0) {
            entries.push((id, q));
        }
    }
    let mut trans: Transitions = [[0; N_TAGS]; N_TAGS + 1];
    for (p, row) in trans.iter_mut().enumerate() {
        for (t, v) in row.iter_mut().enumerate() {
            *v = (trans_f[p][t] * scale).round() as i32;
        }
    }
    let mut m = Model::from_parts(
        FEATURES_VERSION,
        extractor.gazetteer().fingerprint(),
        scale as f32,
        trans,
        entries,
        extractor.stats().clone(),
    );
    m.set_o_penalty(config.o_penalty);
    m
}

/// Scores a model on tagged sentences.
pub fn evaluate(
    model: &Model,
    sentences: &[ConllSentence],
    analyzer: &Analyzer,
    extractor: &FeatureExtractor,
) -> Scores {
    let all_tokens: Vec<_> = sentences
        .iter()
        .map(|s| tokens_from_words(analyzer, &s.words).1)
        .collect();
    let gold: Vec<_> = sentences.iter().map(|s| s.tags.as_ref()).collect();
    score_tags(&gold, &predict_in_windows(model, extractor, &all_tokens))
}

/// Features of every sentence, each with the document memory of its window of neighbouring
/// sentences (up to [`DOC_WINDOW`] on each side; CoNLL files keep the sentences of a document
/// together, in order). Training, evaluation and `Ner::tag_document` all tag this way.
pub fn extract_in_windows<S: AsRef<[Token]>>(
    extractor: &FeatureExtractor,
    sentences: &[S],
) -> Vec<SentenceFeatures> {
    let per_sentence: Vec<DocMemory> = sentences
        .iter()
        .map(|s| extractor.doc_memory([s.as_ref()]))
        .collect();
    (0..sentences.len())
        .map(|i| {
            let lo = i.saturating_sub(DOC_WINDOW);
            let hi = (i + DOC_WINDOW + 1).min(sentences.len());
            let memory = DocMemory::merged(&per_sentence[lo..hi]);
            extractor.extract_in_document(sentences[i].as_ref(), &memory)
        })
        .collect()
}

/// Second-stage features of every sentence given first-stage tags `tags1`, with the tag
/// memory of the same window of sentences as [`extract_in_windows`].
fn stacked_in_windows<S: AsRef<[Token]>>(
    extractor: &FeatureExtractor,
    sentences: &[S],
    base: &[SentenceFeatures],
    tags1: &[Vec<Tag>],
) -> Vec<SentenceFeatures> {
    let per_sentence: Vec<TagMemory> = sentences
        .iter()
        .zip(base)
        .zip(tags1)
        .map(|((s, f), t)| extractor.tag_memory(s.as_ref(), f, t))
        .collect();
    (0..sentences.len())
        .map(|i| {
            let lo = i.saturating_sub(DOC_WINDOW);
            let hi = (i + DOC_WINDOW + 1).min(sentences.len());
            let memory = TagMemory::merged(&per_sentence[lo..hi]);
            extractor.stacked_features(
                sentences[i].as_ref(),
                &base[i],
                Stacked {
                    tags: &tags1[i],
                    memory: &memory,
                },
            )
        })
        .collect()
}

/// Tags of every sentence of a document (sentences in order), with document memory and, for a
/// stacked model, both stages.
pub fn predict_in_windows<S: AsRef<[Token]>>(
    model: &Model,
    extractor: &FeatureExtractor,
    sentences: &[S],
) -> Vec<Vec<Tag>> {
    let base = extract_in_windows(extractor, sentences);
    let mut em = Vec::new();
    let Some(first) = model.first_stage() else {
        return base
            .iter()
            .map(|f| {
                model.emissions(f, &mut em);
                model.decode(&em)
            })
            .collect();
    };
    let tags1: Vec<Vec<Tag>> = base
        .iter()
        .map(|f| {
            first.emissions(f, &mut em);
            first.decode(&em)
        })
        .collect();
    let stacked = stacked_in_windows(extractor, sentences, &base, &tags1);
    base.iter()
        .zip(&stacked)
        .map(|(f, st)| {
            model.emissions(f, &mut em);
            model.add_emissions(st, &mut em);
            model.decode(&em)
        })
        .collect()
}

/// xorshift64: a tiny deterministic generator for the visiting order.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse_conll;

    /// A toy language where a word after `الرئيس` is a person and a word after `مدينة` a place.
    fn toy() -> Vec<ConllSentence> {
        let names = ["زيد", "عمرو", "خالد", "سمير", "نادر", "وليد"];
        let places = ["حلب", "حمص", "صور", "يافا", "جدة", "طنطا"];
        let mut s = String::new();
        for (i, (n, p)) in names.iter().zip(places).enumerate() {
            s.push_str(&format!(
                "قال O\nالرئيس O\n{n} B-PERS\nفي O\nمدينة O\n{p} B-LOC\n\n"
            ));
            if i % 2 == 0 {
                s.push_str(&format!("زار O\n{n} B-PERS\nبن I-PERS\nعلي I-PERS\n\n"));
            }
        }
        parse_conll(&s, "toy").unwrap()
    }

    #[test]
    fn learns_a_toy_language_deterministically() {
        let data = toy();
        let a = Analyzer::default();
        let fx = FeatureExtractor::default();
        let cfg = TrainConfig {
            epochs: 5,
            ..TrainConfig::default()
        };
        let m1 = train(&data, None, &a, &fx, &cfg, |_| {}).unwrap();
        let m2 = train(&data, None, &a, &fx, &cfg, |_| {}).unwrap();
        assert_eq!(m1.to_bytes(), m2.to_bytes(), "training is deterministic");
        let test = parse_conll(
            "قال O\nالرئيس O\nسمير B-PERS\nفي O\nمدينة O\nحلب B-LOC\n",
            "toy-test",
        )
        .unwrap();
        let s = evaluate(&m1, &test, &a, &fx);
        assert_eq!(s.micro().f1(), 1.0, "{}", s.report());
    }

    #[test]
    fn both_learners_learn_the_toy_language() {
        let data = toy();
        let a = Analyzer::default();
        let fx = FeatureExtractor::default();
        let test = parse_conll(
            "زار O\nوليد B-PERS\nبن I-PERS\nعلي I-PERS\n\nقال O\nالرئيس O\nنادر B-PERS\n",
            "toy-test",
        )
        .unwrap();
        for (learner, margin) in [(Learner::Perceptron, 0.0), (Learner::Perceptron, 50.0)]
            .into_iter()
            .chain([(Learner::Crf, 0.0), (Learner::Crf, 3.0)])
        {
            let cfg = TrainConfig {
                epochs: 8,
                learner,
                margin,
                stack_folds: 0,
                o_penalty: 0.0,
                ..TrainConfig::default()
            };
            let m = train(&data, None, &a, &fx, &cfg, |_| {}).unwrap();
            let s = evaluate(&m, &test, &a, &fx);
            assert_eq!(s.micro().f1(), 1.0, "{learner:?} {margin}: {}", s.report());
        }
    }

    #[test]
    fn o_penalty_applies_to_the_second_stage_only() {
        let data = toy();
        let a = Analyzer::default();
        let fx = FeatureExtractor::default();
        let cfg = TrainConfig {
            epochs: 3,
            stack_folds: 2,
            o_penalty: 1.0,
            ..TrainConfig::default()
        };
        let m = train(&data, None, &a, &fx, &cfg, |_| {}).unwrap();
        assert!(m.o_penalty > 0);
        assert_eq!(m.first_stage().map(|f| f.o_penalty), Some(0));
    }

    #[test]
    fn empty_training_set_is_an_error() {
        let data = parse_conll("a\nb\n", "x").unwrap();
        let e = train(
            &data,
            None,
            &Analyzer::default(),
            &FeatureExtractor::default(),
            &TrainConfig::default(),
            |_| {},
        )
        .unwrap_err();
        assert_eq!(e.kind, NerErrorKind::EmptyTrainingSet);
    }
}
