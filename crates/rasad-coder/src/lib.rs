//! # rasad-coder (CONTRACT STUB — being implemented)
//!
//! Analyzed sentences + lexicon → PLOVER/CAMEO events with roles, claims/denials, negation and
//! modality, dates, places and casualties.
//!
//! The public items below are the contract other crates (store, server, eval, cli) code against;
//! signatures are stable, bodies are placeholders until the implementation lands.

use chrono::NaiveDate;
use rasad_event::Event;
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
}

/// The event coder. `Send + Sync`; share one across threads.
#[derive(Debug)]
pub struct Coder {
    lexicon: Arc<Lexicon>,
}

impl Coder {
    pub fn new(lexicon: Arc<Lexicon>) -> Coder {
        Coder { lexicon }
    }

    /// A coder over the embedded lexicon.
    pub fn embedded() -> Result<Coder, CoderError> {
        Ok(Coder::new(Arc::new(Lexicon::embedded()?)))
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Codes one document.
    pub fn code(&self, doc: &Document<'_>) -> Coded {
        let analysis = self.lexicon.analyzer().analyze(doc.text);
        let sentences = analysis
            .sentences
            .iter()
            .map(|s| SentenceInfo {
                index: s.index,
                span: s.span,
                boilerplate: s.boilerplate,
            })
            .collect();
        Coded {
            sentences,
            mentions: Vec::new(),
            events: Vec::new(),
        }
    }
}
