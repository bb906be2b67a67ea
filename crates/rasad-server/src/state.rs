//! Shared state: a small pool of read-only connections, one writer, the coder, the limits.
//!
//! SQLite connections are not `Sync` and block, so every database call runs on tokio's blocking
//! pool with a connection taken from the pool; the semaphore bounds concurrent queries to the pool
//! size, so a burst of requests queues instead of spawning threads without limit.

use crate::{ApiError, ServerConfig, ServerError};
use rasad_coder::Coder;
use rasad_store::{RunId, RunInfo, SqliteStore, Store};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

pub struct AppState {
    pub(crate) config: ServerConfig,
    readers: Mutex<Vec<SqliteStore>>,
    permits: Semaphore,
    writer: Arc<Mutex<Writer>>,
    pub(crate) coder: Arc<Coder>,
}

pub(crate) struct Writer {
    pub store: SqliteStore,
    pub run: Option<RunId>,
}

impl AppState {
    /// Opens the database (creating and migrating it if needed) and the reader pool.
    pub fn open(config: ServerConfig, coder: Arc<Coder>) -> Result<AppState, ServerError> {
        let store = SqliteStore::open(&config.db)?;
        let mut readers = Vec::with_capacity(config.readers);
        for _ in 0..config.readers.max(1) {
            let mut r = SqliteStore::open_read_only(&config.db)?;
            r.set_time_limit(Some(config.query_timeout));
            readers.push(r);
        }
        Ok(AppState {
            permits: Semaphore::new(readers.len()),
            readers: Mutex::new(readers),
            writer: Arc::new(Mutex::new(Writer { store, run: None })),
            coder,
            config,
        })
    }

    /// Runs a read on a pooled connection, off the async executor.
    pub(crate) async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| ApiError::internal("pool", e))?;
        let state = Arc::clone(self);
        let job = tokio::task::spawn_blocking(move || {
            let conn = state.readers.lock().ok().and_then(|mut v| v.pop());
            let Some(conn) = conn else {
                return Err(ApiError::internal("pool", "no free connection"));
            };
            let out = f(&conn);
            if let Ok(mut v) = state.readers.lock() {
                v.push(conn);
            }
            out
        });
        // SQLite's progress handler interrupts the query at the limit; this is the backstop.
        let grace = self.config.query_timeout + std::time::Duration::from_secs(2);
        match tokio::time::timeout(grace, job).await {
            Err(_) => Err(ApiError::timeout()),
            Ok(Err(e)) => Err(ApiError::internal("read task", e)),
            Ok(Ok(r)) => r,
        }
    }

    /// Runs a write on the single writer connection, off the async executor. The coding run of
    /// the server is opened on the first write.
    pub(crate) async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut SqliteStore, RunId) -> Result<T, ApiError> + Send + 'static,
    {
        let writer = Arc::clone(&self.writer);
        let lexicon_hash = self.coder.version_hash();
        let job = tokio::task::spawn_blocking(move || {
            let mut w = writer
                .lock()
                .map_err(|_| ApiError::internal("writer", "poisoned lock"))?;
            let run = match w.run {
                Some(r) => r,
                None => {
                    let r = w.store.begin_run(&RunInfo {
                        rasad_version: env!("CARGO_PKG_VERSION").to_string(),
                        lexicon_hash,
                        command: "serve".into(),
                    })?;
                    w.run = Some(r);
                    r
                }
            };
            let out = f(&mut w.store, run)?;
            w.store.finish_run(run)?;
            Ok(out)
        });
        match job.await {
            Err(e) => Err(ApiError::internal("write task", e)),
            Ok(r) => r,
        }
    }
}
