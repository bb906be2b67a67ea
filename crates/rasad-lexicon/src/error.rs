//! The one error type of this crate.

use std::fmt;

/// What went wrong and where: `file:line: message` (line 0 when the whole file is concerned).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub kind: LexiconErrorKind,
}

/// The class of a [`LexiconError`], for callers that react differently (e.g. I/O vs. content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexiconErrorKind {
    /// The file or folder could not be read.
    Io,
    /// Header, column count or an empty required cell.
    Format,
    /// A country or sector code that rasad-event does not know.
    UnknownCode,
    /// A malformed or inverted date range.
    DateRange,
    /// A name or id listed twice.
    Duplicate,
    /// The same name with different codes in two entries.
    Conflict,
    /// Anything else about an entry's content (bad coordinates, too-short names …).
    Invalid,
}

impl LexiconError {
    pub fn new(
        file: impl Into<String>,
        line: usize,
        kind: LexiconErrorKind,
        message: impl Into<String>,
    ) -> Self {
        LexiconError {
            file: file.into(),
            line,
            message: message.into(),
            kind,
        }
    }
}

/// A place in a source file, for "also at" messages and `matched` explanations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: u16,
    pub line: u32,
}

/// Every problem found while loading, in file order.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub Vec<LexiconError>);

impl Problems {
    pub fn push(&mut self, e: LexiconError) {
        self.0.push(e);
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}
