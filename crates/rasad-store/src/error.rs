//! The one error type of this crate.

/// A store operation that failed, with what it was doing.
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct StoreError {
    pub kind: StoreErrorKind,
}

impl StoreError {
    pub fn new(kind: StoreErrorKind) -> StoreError {
        StoreError { kind }
    }

    pub(crate) fn invalid(message: impl Into<String>) -> StoreError {
        StoreError::new(StoreErrorKind::Invalid(message.into()))
    }

    pub(crate) fn corrupt(message: impl Into<String>) -> StoreError {
        StoreError::new(StoreErrorKind::Corrupt(message.into()))
    }

    /// True when the error is the caller's fault (a bad filter or record), not the store's.
    pub fn is_invalid(&self) -> bool {
        matches!(self.kind, StoreErrorKind::Invalid(_))
    }

    /// True when a query ran past the time limit set with `set_time_limit`.
    pub fn is_timeout(&self) -> bool {
        matches!(self.kind, StoreErrorKind::Timeout)
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreErrorKind {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored row that does not parse back (edited by hand, or written by a newer rasad).
    #[error("corrupt row: {0}")]
    Corrupt(String),
    /// A record or filter the store refuses (e.g. an event whose `doc_id` is not its document).
    #[error("invalid: {0}")]
    Invalid(String),
    #[error("the database schema is version {found}, newer than this rasad (knows {known})")]
    SchemaTooNew { found: i64, known: i64 },
    #[error("query took longer than the time limit")]
    Timeout,
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error("json error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("csv error: {0}")]
    Csv(#[from] csv::Error),
    #[cfg(feature = "parquet")]
    #[error("parquet error: {0}")]
    Parquet(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if f.code == rusqlite::ErrorCode::OperationInterrupted {
                return StoreError::new(StoreErrorKind::Timeout);
            }
        }
        StoreError::new(StoreErrorKind::Sqlite(e))
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::new(StoreErrorKind::Io(e))
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::new(StoreErrorKind::Json(e))
    }
}

impl From<csv::Error> for StoreError {
    fn from(e: csv::Error) -> Self {
        StoreError::new(StoreErrorKind::Csv(e))
    }
}
