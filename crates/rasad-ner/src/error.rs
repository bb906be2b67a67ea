//! The one error type of the recogniser.

use std::fmt;

/// What went wrong, naming the input (file name, `<stdin>`, `<embedded model>`) and, for text
/// inputs, the 1-based line.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct NerError {
    pub source_name: String,
    /// 1-based line for text inputs; `None` for binary inputs (model files).
    pub line: Option<usize>,
    pub kind: NerErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum NerErrorKind {
    /// A CoNLL tag that is not `O`, `B-TYPE` or `I-TYPE` with TYPE in PERS/PER, LOC, ORG, MISC.
    BadTag(String),
    /// Some lines of a CoNLL file carry tags and others do not.
    MixedColumns,
    /// Scoring needs gold tags but the file has none.
    NoGoldTags,
    /// The model bytes are not a rasad-ner model, are truncated, or come from another version.
    BadModel(String),
    /// No training sentences.
    EmptyTrainingSet,
}

impl fmt::Display for NerErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NerErrorKind::BadTag(t) => write!(
                f,
                "unknown tag '{t}' (expected O, B-TYPE or I-TYPE with TYPE one of PERS, LOC, ORG, MISC)"
            ),
            NerErrorKind::MixedColumns => {
                write!(f, "some lines have a tag column and others do not")
            }
            NerErrorKind::NoGoldTags => write!(f, "no gold tags (expected `token TAG` lines)"),
            NerErrorKind::BadModel(m) => write!(f, "not a usable rasad-ner model: {m}"),
            NerErrorKind::EmptyTrainingSet => write!(f, "no training sentences"),
        }
    }
}

impl NerError {
    pub(crate) fn new(source_name: &str, line: Option<usize>, kind: NerErrorKind) -> NerError {
        NerError {
            source_name: source_name.to_string(),
            line,
            kind,
        }
    }

    fn render(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{}: {}", self.source_name, l, self.kind),
            None => format!("{}: {}", self.source_name, self.kind),
        }
    }
}
