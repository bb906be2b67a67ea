//! The one error type of this crate.

/// A code or record that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct EventError {
    pub kind: EventErrorKind,
}

impl EventError {
    pub fn new(kind: EventErrorKind) -> EventError {
        EventError { kind }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EventErrorKind {
    #[error("unknown country code '{0}'")]
    UnknownCountry(String),
    #[error("unknown sector code '{0}'")]
    UnknownSector(String),
    #[error("unknown PLOVER category '{0}'")]
    UnknownPlover(String),
    #[error("unknown CAMEO code '{0}'")]
    UnknownCameo(String),
}
