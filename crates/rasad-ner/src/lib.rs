//! # rasad-ner — a trained Arabic named-entity recogniser
//!
//! Lexicons miss the names that matter most in breaking news (a new commander, a new militia, a
//! town nobody had heard of). This crate finds person, location, organisation and miscellaneous
//! names (ANERcorp's PERS/LOC/ORG/MISC, IOB2) in text analysed by `rasad-text`, so the coder can
//! turn the ones the lexicon does not know into actor mentions, and `rasad lexicon suggest` can
//! propose new lexicon entries.
//!
//! ## Why this model
//! - **Linear-chain CRF (averaged SGD, softmax-margin), first-order Viterbi** over the 9 IOB2
//!   tags, with IOB2 constraints in the decoder and in training's forward-backward ([`Model`],
//!   `train`, `crf.rs`). It trains on ANERcorp's 125k tokens in well under a minute on one
//!   core, decodes at well over 200k tokens/s (the weights are quantized into the same integer
//!   table a perceptron would give), and needs no dependency beyond the text layer. It replaced
//!   an averaged structured perceptron (still available, [`Learner::Perceptron`]): over the same
//!   features the CRF scored +0.9 micro-F1 in cross-validation (+1.2 with the O penalty it
//!   supports), because its gradient also learns from sentences the model gets right by a thin
//!   margin and a softmax-margin cost asks for that margin. Training is deterministic
//!   (fixed-seed visiting order, `f64` arithmetic in a fixed order) and so is decoding
//!   (quantized integer weights).
//! - **Features over clitic-segmented tokens** ([`FeatureExtractor`]): Arabic glues conjunctions,
//!   prepositions, the article and pronouns to names (`وبموسكو`), so the model sees the stem and
//!   the article+stem "core" separately from the clitics, plus the full form, stem prefixes and
//!   suffixes (1–4 letters), a nisba flag, word shape, the cores and stems of neighbours (±2),
//!   core bigrams, trigger-word classes in context (`الرئيس`, `وزير`, `مدينة`, `حركة`, `منظمة`,
//!   reporting verbs, spatial prepositions), gazetteer membership and whether the token stands
//!   between nearby quotation marks (brands, newspapers, titles). Lexical values are compared
//!   in the *matching* normalization (ة/ه, ى/ي, hamza carriers folded) because news spelling
//!   varies there. Words the segmenter left whole but that start with a clitic letter
//!   (`ومتعب`) also get features of the remainder: new names are exactly the unknown stems.
//! - **Word statistics from unlabelled news** ([`WordStats`], stored in the model): Arabic has no
//!   capital letters, and 125k labelled tokens say nothing about most names. A few million tokens
//!   of raw news (the ANT corpus) give, per stem, its frequency, how often it takes the article,
//!   how often it follows a person title, a place word, an organisation word or a spatial
//!   preposition, its most frequent left/right neighbour, and a hierarchical distributional
//!   cluster (recursive bisection of neighbour-distribution vectors; path prefixes are features).
//!   This was the largest single gain in cross-validation (+2.6 micro-F1).
//! - **Document memory** ([`DocMemory`]): what the sentences around the tagged one (±10) say about
//!   each stem (after a person title, a place word, an organisation word, a reporting verb, with
//!   the article, how often): a name introduced as `الرئيس X` is recognised when it recurs alone.
//!   Built the same way in training, CoNLL evaluation and `tag_document`/`tag_sentence`.
//! - **Two stages (stacking)**: a first-stage model tags the document; the final model sees
//!   its tags of the token and its neighbours and, per stem, how the first stage tagged the
//!   other mentions in the window ([`TagMemory`]: counts per type, majority type, share of
//!   mentions tagged as entities). A first-order tagger cannot see that `نوكيا` was an ORG two
//!   sentences ago; the second stage can. In training, the first-stage tags of the training
//!   data come from a 5-block jackknife (each block tagged by a model trained on the other
//!   four), so they are as imperfect as on new text. +1.1 micro-F1 in cross-validation, the
//!   largest gain after the word statistics. Tagging costs about twice a single stage.
//! - Settings chosen by 5-fold cross-validation on the training file (never the test file):
//!   CRF with learning rate 0.02, softmax-margin 3, 20 epochs, two stages with a 5-block
//!   jackknife, all features kept, a decoding penalty of 1.0 on `O` in the second stage.
//! - **Gazetteer through a seam**: membership features come from a [`Gazetteer`] the caller
//!   builds from `(term, class)` pairs, so this crate does not depend on `rasad-lexicon`. A model
//!   records the fingerprint of the gazetteer it was trained with ([`Ner::gazetteer_matches`]).
//!   The crate ships one list of its own, [`given_names`] (`data/given-names.txt`), which rasad
//!   adds as person terms: a lexicon lists whole names of known people, a given name opens
//!   the names of unknown ones.
//! - **Hashed features, sparse quantized weights** ([`model`](Model)): features are 32-bit hashes
//!   of template + values, never strings; the file keeps only non-zero `i16` weights, varint
//!   coded, and is embedded in the binary (`include_bytes!`), so `rasad ner` works offline.
//!
//! ## Spans
//! Every [`Entity`] carries a [`Span`] into the ORIGINAL text. The span starts after the
//! proclitics of its first token (`وبموسكو` → `موسكو`; the article stays: `الجزائر`).
//!
//! ## Reproducing the shipped model
//! See `crates/rasad-ner/README.md`: `rasad ner train --train <ANERcorp train.txt> --out
//! crates/rasad-ner/model/ner.bin`, evaluated with `rasad ner eval <ANERcorp test.txt>`.

mod conll;
mod crf;
mod error;
mod features;
mod gazetteer;
mod model;
mod score;
mod stats;
mod tag;
mod train;

pub use conll::{parse_conll, tokens_from_words, ConllSentence};
pub use error::{NerError, NerErrorKind};
pub use features::{
    DocMemory, FeatureExtractor, SentenceFeatures, Stacked, TagMemory, DOC_WINDOW, FEATURES_VERSION,
};
pub use gazetteer::{given_names, Gazetteer, Membership, TermClass};
pub use model::Model;
pub use score::{Counts, Scores};
pub use stats::{WordStats, WordStatsBuilder};
pub use tag::{chunks, repair, EntityKind, Tag, N_TAGS};
pub use train::{
    corpus_stats, evaluate, extract_in_windows, predict_in_windows, train, train_with_corpus,
    Corpus, EpochReport, Learner, TrainConfig,
};

use rasad_text::{Analysis, Analyzer, SegmentKind, Sentence, Span, Token};
use serde::Serialize;
use std::ops::Range;

thread_local! {
    /// Document memories of recently tagged sentences (see [`Ner::tag_sentence`]).
    static SENTENCE_MEMORY: std::cell::RefCell<std::collections::HashMap<u64, DocMemory>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
    /// First-stage tags and tag memory of recently tagged sentences, keyed by their window.
    static FIRST_STAGE: std::cell::RefCell<std::collections::HashMap<u64, (Vec<Tag>, TagMemory)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The model trained by `rasad ner train` on ANERcorp, embedded at build time.
const EMBEDDED_MODEL: &[u8] = include_bytes!("../model/ner.bin");

/// A recognised named entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Span into the ORIGINAL text, without the proclitics of the first token.
    pub span: Span,
    /// Indices of the entity's tokens (into `Analysis::tokens`, or into the token slice given
    /// to [`Ner::entities`]).
    pub tokens: Range<usize>,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The original text of `span`.
    pub text: String,
}

/// The recogniser: a model, the feature extractor it was trained with, and an analyzer for
/// pre-tokenised input. Immutable and `Send + Sync`; share one across threads.
#[derive(Clone, Debug)]
pub struct Ner {
    model: Model,
    extractor: FeatureExtractor,
    analyzer: Analyzer,
}

impl Ner {
    /// The embedded model, without gazetteer (see [`with_gazetteer`](Self::with_gazetteer)).
    pub fn embedded() -> Result<Ner, NerError> {
        Ner::from_bytes(EMBEDDED_MODEL, "<embedded model>")
    }

    /// A model from bytes in the format written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8], source_name: &str) -> Result<Ner, NerError> {
        Ok(Ner::from_model(Model::from_bytes(bytes, source_name)?))
    }

    pub fn from_model(model: Model) -> Ner {
        Ner {
            extractor: FeatureExtractor::default().with_stats(model.stats().clone()),
            model,
            analyzer: Analyzer::default(),
        }
    }

    /// Uses `gazetteer` for membership features. Pass the same term source the model was
    /// trained with (in rasad: the embedded lexicon's gazetteer terms).
    pub fn with_gazetteer(mut self, gazetteer: Gazetteer) -> Ner {
        self.extractor = FeatureExtractor::new(gazetteer).with_stats(self.model.stats().clone());
        self
    }

    /// The analyzer used for pre-tokenised input (default: [`Analyzer::default`]).
    pub fn with_analyzer(mut self, analyzer: Analyzer) -> Ner {
        self.analyzer = analyzer;
        self
    }

    /// Whether the gazetteer in use is the one the model was trained with. A mismatch still
    /// works (features are per term), but accuracy is measured only for the matching one.
    pub fn gazetteer_matches(&self) -> bool {
        self.model.gazetteer_fingerprint() == self.extractor.gazetteer().fingerprint()
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// IOB2 tags of one sentence's tokens (well-formed: an I-X always continues an X), tagged
    /// as a document of its own.
    pub fn tag_tokens(&self, tokens: &[Token]) -> Vec<Tag> {
        train::predict_in_windows(&self.model, &self.extractor, &[tokens])
            .pop()
            .unwrap_or_default()
    }

    /// Tags of pre-tokenised words (one tag per word), e.g. a CoNLL sentence.
    pub fn tag_words<S: AsRef<str>>(&self, words: &[S]) -> Vec<Tag> {
        let (_, tokens) = tokens_from_words(&self.analyzer, words);
        self.tag_tokens(&tokens)
    }

    /// Sets the decoding-time O penalty (see [`Model::set_o_penalty`]).
    pub fn set_o_penalty(&mut self, penalty: f64) {
        self.model.set_o_penalty(penalty);
    }

    /// Entity-level scores against the gold tags of CoNLL sentences (untagged ones are skipped).
    pub fn evaluate(&self, sentences: &[ConllSentence]) -> Scores {
        let mut scores = Scores::default();
        for (s, tags) in sentences.iter().zip(self.tag_conll(sentences)) {
            if let Some(gold) = &s.tags {
                scores.add(gold, &tags);
            }
        }
        scores
    }

    /// Tags of the sentences of a CoNLL file (one tag per word), each tagged with the
    /// document-level evidence of its neighbouring sentences (CoNLL files keep a document's
    /// sentences together, in order).
    pub fn tag_conll(&self, sentences: &[ConllSentence]) -> Vec<Vec<Tag>> {
        let tokens: Vec<Vec<Token>> = sentences
            .iter()
            .map(|s| tokens_from_words(&self.analyzer, &s.words).1)
            .collect();
        train::predict_in_windows(&self.model, &self.extractor, &tokens)
    }

    /// Entities of one sentence of an analysed document; token ranges index `analysis.tokens`.
    /// The neighbouring sentences of `analysis` supply document-level evidence, as in
    /// training: the result is the same as [`tag_document`](Self::tag_document)'s.
    pub fn tag_sentence(&self, analysis: &Analysis, sentence: &Sentence) -> Vec<Entity> {
        let sentences = &analysis.sentences;
        let pos = sentences
            .binary_search_by_key(&sentence.tokens.start, |s| s.tokens.start)
            .ok()
            .filter(|&p| sentences[p].tokens == sentence.tokens);
        let Some(p) = pos else {
            let tags = self.tag_tokens(&analysis.tokens[sentence.tokens.clone()]);
            return sentence_entities(analysis, sentence, &tags);
        };
        // Callers tag a document sentence by sentence: each sentence's own memory (and, for a
        // stacked model, its first-stage tags in their window) is cached per thread, keyed by
        // content, so a call costs a merge and one sentence's tagging, not its whole window's.
        // First-stage tags of the sentences in the window depend on their own windows: reach
        // twice as far.
        let first = self.model.first_stage();
        let reach = if first.is_some() {
            2 * DOC_WINDOW
        } else {
            DOC_WINDOW
        };
        let (lo, hi) = (
            p.saturating_sub(reach),
            (p + reach + 1).min(sentences.len()),
        );
        let tokens_of = |q: usize| &analysis.tokens[sentences[q].tokens.clone()];
        let keys: Vec<u64> = (lo..hi)
            .map(|q| {
                let s = &sentences[q];
                let text = analysis.text.get(s.span.start..s.span.end).unwrap_or("");
                features::content_key(text, s.tokens.len())
            })
            .collect();
        let parts: Vec<DocMemory> = SENTENCE_MEMORY.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len() > 8 * DOC_WINDOW {
                cache.clear();
            }
            (lo..hi)
                .map(|q| {
                    cache
                        .entry(keys[q - lo])
                        .or_insert_with(|| self.extractor.doc_memory([tokens_of(q)]))
                        .clone()
                })
                .collect()
        });
        let window = |q: usize| {
            (
                q.saturating_sub(DOC_WINDOW).max(lo),
                (q + DOC_WINDOW + 1).min(hi),
            )
        };
        let features_of = |q: usize| {
            let (a, b) = window(q);
            let memory = DocMemory::merged(&parts[a - lo..b - lo]);
            self.extractor.extract_in_document(tokens_of(q), &memory)
        };
        let mut em = Vec::new();
        let Some(first) = first else {
            self.model.emissions(&features_of(p), &mut em);
            return sentence_entities(analysis, sentence, &self.model.decode(&em));
        };
        let (a, b) = window(p);
        let stage1: Vec<(Vec<Tag>, TagMemory)> = FIRST_STAGE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache.len() > 8 * DOC_WINDOW {
                cache.clear();
            }
            (a..b)
                .map(|q| {
                    let (qa, qb) = window(q);
                    let key = keys[qa - lo..qb - lo]
                        .iter()
                        .fold(q as u64 - qa as u64, |h, k| features::mix_keys(h, *k));
                    cache
                        .entry(key)
                        .or_insert_with(|| {
                            let f = features_of(q);
                            let mut em = Vec::new();
                            first.emissions(&f, &mut em);
                            let tags = first.decode(&em);
                            let memory = self.extractor.tag_memory(tokens_of(q), &f, &tags);
                            (tags, memory)
                        })
                        .clone()
                })
                .collect()
        });
        let memories: Vec<TagMemory> = stage1.iter().map(|(_, m)| m.clone()).collect();
        let memory = TagMemory::merged(&memories);
        let f = features_of(p);
        let stacked = self.extractor.stacked_features(
            tokens_of(p),
            &f,
            Stacked {
                tags: &stage1[p - a].0,
                memory: &memory,
            },
        );
        self.model.emissions(&f, &mut em);
        self.model.add_emissions(&stacked, &mut em);
        sentence_entities(analysis, sentence, &self.model.decode(&em))
    }

    /// Entities of every sentence of an analysed document.
    pub fn tag_document(&self, analysis: &Analysis) -> Vec<Entity> {
        let slices: Vec<&[Token]> = analysis
            .sentences
            .iter()
            .map(|s| &analysis.tokens[s.tokens.clone()])
            .collect();
        let tags = train::predict_in_windows(&self.model, &self.extractor, &slices);
        let mut out = Vec::new();
        for (s, tags) in analysis.sentences.iter().zip(&tags) {
            out.extend(sentence_entities(analysis, s, tags));
        }
        out
    }

    /// Entities of a token slice (spans index `text`), token ranges relative to the slice.
    pub fn entities(&self, text: &str, tokens: &[Token]) -> Vec<Entity> {
        let tags = self.tag_tokens(tokens);
        entities(text, tokens, &tags)
    }
}

/// Entities of one sentence of `analysis` from its tags; token ranges index `analysis.tokens`.
fn sentence_entities(analysis: &Analysis, sentence: &Sentence, tags: &[Tag]) -> Vec<Entity> {
    let tokens = &analysis.tokens[sentence.tokens.clone()];
    let mut out = entities(analysis.text, tokens, tags);
    for e in &mut out {
        e.tokens = e.tokens.start + sentence.tokens.start..e.tokens.end + sentence.tokens.start;
    }
    out
}

/// Builds entities from tags; the span skips the first token's proclitics.
pub fn entities(text: &str, tokens: &[Token], tags: &[Tag]) -> Vec<Entity> {
    chunks(tags)
        .into_iter()
        .map(|(r, kind)| {
            let first = &tokens[r.start];
            let start = first
                .segments
                .iter()
                .find(|s| s.kind != SegmentKind::Proclitic)
                .map_or(first.span.start, |s| s.span.start)
                .clamp(first.span.start, first.span.end);
            let end = tokens[r.end - 1].span.end;
            let span = Span::new(start, end.max(start));
            Entity {
                text: span.get(text).unwrap_or_default().to_string(),
                span,
                tokens: r,
                kind,
            }
        })
        .collect()
}
