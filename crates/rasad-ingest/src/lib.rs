//! # rasad-ingest — from corpus files to the event store
//!
//! Reads documents from plain-text files, directory trees, JSON lines and RSS/Atom feeds
//! ([`source`]), codes them in parallel with `rasad_coder`, and writes them to a
//! [`rasad_store::Store`] in batched transactions from one writer ([`Ingester`]).
//!
//! Why it is shaped so:
//! - **Bad input is a report, not an error.** An invalid UTF-8 file, a malformed JSON line, a
//!   broken feed or an empty file becomes an [`InputProblem`] naming the file and line; the batch
//!   goes on and the caller decides the exit code. Errors ([`IngestError`]) are reserved for the
//!   store failing, which stops the run (what is committed stays committed).
//! - **One writer, many coders.** SQLite has one writer at a time; coding is the CPU cost. Worker
//!   threads code and prepare ([`rasad_store::PreparedDocument`]); the calling thread writes
//!   batches, each one transaction, so a `kill -9` loses at most the batch in flight, and a re-run
//!   skips what is stored (content hash) and redoes the rest.
//! - **A panic in the coder is one bad document**, caught and reported, not a lost ingest.
//! - Synchronous, std threads only: the server calls [`prepare_one`] from a blocking task.

mod convert;
mod error;
mod feed;
mod pipeline;
pub mod source;

pub use convert::{prepare_one, to_coded_document};
pub use error::{IngestError, InputProblem};
pub use pipeline::{IngestReport, Ingester, Progress};
pub use source::Item;
