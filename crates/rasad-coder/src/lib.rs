//! # rasad-coder — Arabic sentences + lexicon → PLOVER/CAMEO events
//!
//! Who did what to whom, when, where, with what casualties, and who says so. The coder is a
//! set of small, explainable rules over the text layer's tokens and the lexicon's mentions —
//! no parser; one small linear model, [`salience`], only weighs whether an attack or protest
//! is reported or merely mentioned — because it must be transparent (every event names the
//! rule that produced it, in `Event::rule`, and points at its evidence with byte spans) and
//! fast (tens of thousands of sentences per second on one core).
//!
//! Per sentence: event words are found by the compiled trigger dictionary
//! (`lexicon/triggers.tsv`, [`rasad_lexicon::triggers`]); roles come from Arabic word order
//! inside a clause (VSO, SVO, prepositions, genitives, `بين X و Y`, support verbs — see
//! `roles`); complements, reported speech, accusations and denials set each event's
//! attribution (`engine`); negators and modals flag events that did not or may not happen;
//! dates ([`dates`]), casualty counts ([`numbers`]) and places attach to the event of the same
//! clause. Document-level memory resolves pair anaphors (`البلدين`, `كل جانب`), dropped
//! subjects (`وقالت إن …`) and denials of earlier claims (`نفت أذربيجان ذلك`). What the text
//! implies but does not say — the country of a local actor (`الشرطة` in Baghdad), the victim
//! country of an attack or the addressee of a protest that names none — comes from `infer`
//! and is marked on the actor (`ActorRef::inferred`), so evidence and convention stay apart.
//!
//! Nothing here knows any particular article: rules speak about grammar and the dictionary
//! about words, so the same rules carry to unseen text.

pub mod dates;
pub mod grams;
pub mod numbers;
pub mod salience;
pub mod unknown;

mod engine;
mod infer;
mod roles;
mod view;
mod words;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use rasad_event::Event;
use rasad_lexicon::triggers::Triggers;
use rasad_lexicon::{Lexicon, LexiconError, Mention};
use rasad_text::{BoilerplateKind, Span};
use serde::Serialize;
use std::sync::Arc;

/// The one error type of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CoderError {
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    #[error(transparent)]
    Ner(#[from] rasad_ner::NerError),
}

/// A document to code.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    pub id: &'a str,
    pub text: &'a str,
    /// The article date: relative dates (`يوم الأربعاء`, `أمس`) resolve against it.
    pub date: Option<NaiveDate>,
}

/// A sentence as the coder saw it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceInfo {
    pub index: usize,
    pub span: Span,
    pub boilerplate: Option<BoilerplateKind>,
}

/// Everything coding one document produced.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Coded {
    pub sentences: Vec<SentenceInfo>,
    /// Actor and place mentions, in document order (`Mention::tokens` index the analysis).
    pub mentions: Vec<(usize, Mention)>,
    pub events: Vec<Event>,
    /// Each event's salience features, parallel to `events`, when the coder collects them
    /// ([`Coder::with_salience_features`]; for training the salience model). Empty otherwise.
    #[serde(skip)]
    pub salience_features: Vec<salience::EventFeatures>,
}

/// The event coder. `Send + Sync`; share one across threads.
#[derive(Debug)]
pub struct Coder {
    lexicon: Arc<Lexicon>,
    triggers: Arc<Triggers>,
    /// Optional statistical NER: entities the lexicon does not know become mentions with
    /// `id: None` ([`unknown`]).
    ner: Option<Arc<rasad_ner::Ner>>,
    /// FNV-1a of the NER model's bytes (for [`Coder::version_hash`]).
    ner_hash: u64,
    /// The event-salience model deciding `background` for its types ([`salience`]); the
    /// embedded one by default.
    salience: Option<Arc<salience::SalienceModel>>,
    collect_features: bool,
}

fn embedded_salience() -> Option<Arc<salience::SalienceModel>> {
    salience::SalienceModel::embedded().map(|m| Arc::new(m.clone()))
}

/// The embedded trigger dictionary, compiled once per process.
fn embedded_triggers() -> Arc<Triggers> {
    static T: std::sync::OnceLock<Arc<Triggers>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        // The embedded file is validated by this crate's tests; an empty dictionary is the
        // safe fallback rather than a panic.
        Arc::new(Triggers::embedded().unwrap_or_default())
    })
    .clone()
}

impl Coder {
    /// A coder over `lexicon` and the embedded trigger dictionary.
    pub fn new(lexicon: Arc<Lexicon>) -> Coder {
        Coder {
            lexicon,
            triggers: embedded_triggers(),
            ner: None,
            ner_hash: 0,
            salience: embedded_salience(),
            collect_features: false,
        }
    }

    /// A coder over `lexicon` and a trigger dictionary loaded elsewhere
    /// (e.g. [`Triggers::load`] on `lexicon/triggers.tsv` of a lexicon folder).
    pub fn with_triggers(lexicon: Arc<Lexicon>, triggers: Arc<Triggers>) -> Coder {
        Coder {
            lexicon,
            triggers,
            ner: None,
            ner_hash: 0,
            salience: embedded_salience(),
            collect_features: false,
        }
    }

    /// Adds the embedded NER model, with the gazetteer built from this coder's lexicon, so
    /// unknown people, organisations and places can be sources, targets and locations.
    pub fn with_embedded_ner(self) -> Result<Coder, CoderError> {
        let ner = rasad_ner::Ner::embedded()?.with_gazetteer(unknown::gazetteer(&self.lexicon));
        Ok(self.with_ner(ner))
    }

    /// Adds a NER model (configured by the caller).
    pub fn with_ner(mut self, ner: rasad_ner::Ner) -> Coder {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in ner.model().to_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.ner_hash = h;
        self.ner = Some(Arc::new(ner));
        self
    }

    /// Replaces the salience model (`None`: the context rules alone decide `background`, and
    /// no event gets a `salience` score).
    pub fn with_salience(mut self, model: Option<salience::SalienceModel>) -> Coder {
        self.salience = model.map(Arc::new);
        self
    }

    /// Also records every event's salience features in [`Coded::salience_features`].
    pub fn with_salience_features(mut self, on: bool) -> Coder {
        self.collect_features = on;
        self
    }

    pub fn salience_model(&self) -> Option<Arc<salience::SalienceModel>> {
        self.salience.clone()
    }

    pub fn collects_salience_features(&self) -> bool {
        self.collect_features
    }

    pub fn ner(&self) -> Option<&rasad_ner::Ner> {
        self.ner.as_deref()
    }

    /// Identifies everything that decides the output: lexicon, trigger dictionary and NER
    /// model. Recorded with every coding run, so `rasad recode` knows what is stale.
    pub fn version_hash(&self) -> String {
        let mut h = format!(
            "{}-{}",
            self.lexicon.version_hash(),
            self.triggers.version_hash()
        );
        if self.ner.is_some() {
            h.push_str(&format!("-{:016x}", self.ner_hash));
        }
        if let Some(m) = &self.salience {
            h.push_str(&format!("-s{}", m.version_hash()));
        }
        h
    }

    pub fn triggers(&self) -> &Triggers {
        &self.triggers
    }

    /// A coder over the embedded lexicon and trigger dictionary (add the NER with
    /// [`Coder::with_embedded_ner`]).
    pub fn embedded() -> Result<Coder, CoderError> {
        Ok(Coder::new(Arc::new(Lexicon::embedded()?)))
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Codes one document. Never panics on any input text.
    pub fn code(&self, doc: &Document<'_>) -> Coded {
        engine::code(self, doc)
    }
}
