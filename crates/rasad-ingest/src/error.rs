//! The crate's error type, and the (non-fatal) input problem report.

use std::fmt;

/// What stopped an ingest: the store failed. Input problems are not errors (see [`InputProblem`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    #[error(transparent)]
    Store(#[from] rasad_store::StoreError),
    #[error("a worker thread died: {0}")]
    Worker(String),
}

/// One input that could not be read, parsed or coded; it was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputProblem {
    /// File name (as given), or a document id for documents from the store.
    pub file: String,
    /// 1-based line, when the format has lines.
    pub line: Option<usize>,
    pub message: String,
}

impl InputProblem {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        InputProblem {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}
