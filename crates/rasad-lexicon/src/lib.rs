//! # rasad-lexicon (CONTRACT STUB — being implemented)
//!
//! Dictionary source files under `lexicon/` → validated, normalized, compiled matchers, and actor
//! and place recognition over analyzed sentences.
//!
//! The public items below are the contract other crates code against; their signatures are
//! stable, their bodies are placeholders until the implementation lands.

use chrono::NaiveDate;
use rasad_event::{Country, Sector};
use rasad_text::{Analysis, Analyzer, Sentence, Span};
use serde::Serialize;
use std::ops::Range;
use std::path::Path;

/// The one error type of this crate: what went wrong and where (`file:line`).
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// What a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A country, organisation, person, agent (+ country) — something that can act.
    Actor,
    /// A city/region/place name (capitals may act for their government in actor position:
    /// see [`PlaceInfo::capital_of`]).
    Place,
}

/// Gazetteer facts about a place mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceInfo {
    pub name: String,
    pub country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Set when the place is the capital of this country (`موسكو` → RUS).
    pub capital_of: Option<Country>,
}

/// One recognised actor or place mention in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// Span into the ORIGINAL document text (whole tokens, proclitics excluded where the
    /// segmenter split them off: `وبروسيا` → the span of `روسيا`).
    pub span: Span,
    /// Indices into `Analysis::tokens`.
    pub tokens: Range<usize>,
    pub text: String,
    pub kind: MentionKind,
    /// Canonical name (English or Arabic as in the lexicon entry).
    pub name: String,
    /// Lexicon entry id; `None` for composed or unknown entities.
    pub id: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub place: Option<PlaceInfo>,
    /// Explanation: entry ids and composition rules that produced this mention.
    pub matched: Vec<String>,
}

/// The compiled lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicon bundled in the binary (the `lexicon/` folder at build time).
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Ok(Lexicon {})
    }

    /// Loads and compiles the dictionaries of a folder laid out like `lexicon/`.
    pub fn load_dir(_dir: &Path) -> Result<Lexicon, LexiconError> {
        Ok(Lexicon {})
    }

    /// An analyzer whose clitic segmenter knows the lexicon's stems.
    pub fn analyzer(&self) -> Analyzer {
        Analyzer::default()
    }

    /// A stable hash of the lexicon's content, recorded with every coding run.
    pub fn version_hash(&self) -> String {
        String::from("stub")
    }

    /// Actor and place mentions in one sentence; `date` resolves date-ranged roles.
    pub fn recognize(
        &self,
        _analysis: &Analysis,
        _sentence: &Sentence,
        _date: Option<NaiveDate>,
    ) -> Vec<Mention> {
        Vec::new()
    }
}
