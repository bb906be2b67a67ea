//! # rasad-store — the event store
//!
//! Where coded documents live: the original text and its metadata, the sentences and actor/place
//! mentions the coder saw, the events (the full `rasad code` record as JSON plus typed columns for
//! filtering), and the coding run (rasad version, lexicon hash, when) every row came from.
//!
//! Why it is shaped so:
//! - **A trait, [`Store`]**, holds the operations callers use (write a batch, filter events, load
//!   a document, aggregate); [`SqliteStore`] is the embedded default, so a PostgreSQL backend can
//!   follow without touching the CLI or the server.
//! - **Writes are batches of whole documents** ([`Store::write`]): one transaction replaces a
//!   document's rows together, so a crash (even `kill -9`) leaves each document either fully old
//!   or fully new, and re-running an ingest adds nothing already there (content hash).
//! - **CPU work happens before the writer**: [`PreparedDocument::new`] validates spans, hashes,
//!   builds search terms and the JSON; many threads can prepare, one connection writes.
//! - **Arabic search is ours, not SQLite's** ([`search`]): FTS5 indexes a normalized,
//!   clitic-segmented copy of each text, and queries are analyzed the same way.
//! - **Typed at the boundary**: rows are parsed back into `rasad_event` types when read; a row
//!   that does not parse is a [`StoreErrorKind::Corrupt`] error, not a string passed along.
//! - **Spans in two units**: stored spans are byte offsets into the original text; reads add
//!   UTF-16 offsets (`span_utf16` beside every `span`) for browsers.
//!
//! Synchronous by design: no async runtime here; the server runs it on blocking threads.

mod error;
pub mod export;
mod model;
mod prepare;
mod schema;
pub mod search;
mod sqlite;
mod utf16;

pub use error::{StoreError, StoreErrorKind};
pub use model::*;
pub use prepare::PreparedDocument;
pub use sqlite::SqliteStore;
pub use utf16::{annotate_spans, Utf16Index};

use std::collections::HashMap;

/// The operations callers use. Object-safe, so callers can hold a `Box<dyn Store>`.
pub trait Store {
    /// Records the start of a coding run; every row written under it points at it.
    fn begin_run(&mut self, info: &RunInfo) -> Result<RunId, StoreError>;
    /// Marks a run finished (now).
    fn finish_run(&mut self, run: RunId) -> Result<(), StoreError>;
    fn runs(&self) -> Result<Vec<CodingRun>, StoreError>;

    /// Content hash of every stored document, by id (to skip unchanged input before coding).
    fn content_hashes(&self) -> Result<HashMap<String, String>, StoreError>;
    /// Writes a batch in one transaction: all of it or none of it.
    fn write(
        &mut self,
        run: RunId,
        docs: &[PreparedDocument],
        mode: WriteMode,
    ) -> Result<WriteReport, StoreError>;

    /// Ids of stored documents, optionally only those coded with a lexicon other than `lexicon_hash`.
    fn document_ids(&self, not_coded_with: Option<&str>) -> Result<Vec<String>, StoreError>;
    /// The document as read from the corpus.
    fn document_record(&self, id: &str) -> Result<Option<DocumentRecord>, StoreError>;
    /// The document with its sentences, mentions and events.
    fn document(&self, id: &str) -> Result<Option<DocumentView>, StoreError>;

    /// One page of events matching `filter`, with the total count.
    fn events(&self, filter: &EventFilter, page: &Page) -> Result<EventPage, StoreError>;
    /// Every event matching `filter` in `sort` order, streamed to `f` (for exports).
    fn for_each_event(
        &self,
        filter: &EventFilter,
        sort: Sort,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<u64, StoreError>;
    fn event(&self, event_id: &str) -> Result<Option<StoredEvent>, StoreError>;

    /// Most frequent actors among events matching `filter`.
    fn actors(&self, filter: &EventFilter, limit: u64) -> Result<Vec<ActorCount>, StoreError>;
    /// Event counts per bucket and event type.
    fn timeline(
        &self,
        filter: &EventFilter,
        bucket: Bucket,
    ) -> Result<Vec<TimelinePoint>, StoreError>;
    /// Most frequent source→target pairs.
    fn network(&self, filter: &EventFilter, limit: u64) -> Result<Vec<Dyad>, StoreError>;
    fn stats(&self) -> Result<StoreStats, StoreError>;
}
