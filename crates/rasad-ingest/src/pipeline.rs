//! The parallel ingest: one reader, N coders, one writer (the calling thread).

use crate::{prepare_one, IngestError, InputProblem, Item};
use rasad_coder::Coder;
use rasad_store::{DocumentRecord, PreparedDocument, RunId, Store, WriteMode, WriteReport};
use rasad_text::Analyzer;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where an ingest stands, for progress display.
#[derive(Clone, Debug)]
pub struct Progress {
    /// Documents finished (written, unchanged or skipped with a problem).
    pub done: u64,
    /// Estimated documents in all, when known.
    pub total: Option<u64>,
    pub elapsed: Duration,
    pub written: WriteReport,
    pub problems: u64,
}

impl Progress {
    pub fn per_second(&self) -> f64 {
        self.done as f64 / self.elapsed.as_secs_f64().max(1e-3)
    }

    /// Estimated time left, when the total is known.
    pub fn eta(&self) -> Option<Duration> {
        let total = self.total?;
        let rate = self.per_second();
        (rate > 0.0).then(|| Duration::from_secs_f64(total.saturating_sub(self.done) as f64 / rate))
    }
}

/// What an ingest did.
#[derive(Clone, Debug, Default)]
pub struct IngestReport {
    pub written: WriteReport,
    /// Unchanged documents skipped before coding (content hash already stored).
    pub skipped: u64,
    pub problems: Vec<InputProblem>,
    pub elapsed: Duration,
}

impl IngestReport {
    pub fn documents(&self) -> u64 {
        self.written.inserted + self.written.replaced + self.written.unchanged + self.skipped
    }
}

/// Configures and runs ingests.
#[derive(Clone, Debug)]
pub struct Ingester {
    coder: Arc<Coder>,
    threads: usize,
    batch: usize,
    mode: WriteMode,
    progress_every: Duration,
}

enum Msg {
    Ready(Box<PreparedDocument>),
    Unchanged,
    Problem(InputProblem),
}

impl Ingester {
    pub fn new(coder: Arc<Coder>) -> Ingester {
        Ingester {
            coder,
            threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            batch: 64,
            mode: WriteMode::IfChanged,
            progress_every: Duration::from_millis(250),
        }
    }

    /// Coder threads (default: all cores).
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = n.max(1);
        self
    }

    /// Documents per transaction (default 64).
    pub fn batch_size(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }

    /// `IfChanged` (ingest, default) or `Replace` (recode).
    pub fn mode(mut self, mode: WriteMode) -> Self {
        self.mode = mode;
        self
    }

    /// How often `on_progress` is called at most (default 250 ms).
    pub fn progress_every(mut self, every: Duration) -> Self {
        self.progress_every = every;
        self
    }

    /// Runs `input` (which yields documents and problems into the function it is given, and
    /// stops early when that returns `false`), codes the documents and writes them under `run`.
    /// Problems are passed to `on_problem` as they happen and collected in the report.
    pub fn run<F>(
        &self,
        store: &mut dyn Store,
        run: RunId,
        input: F,
        total: Option<u64>,
        on_progress: &mut dyn FnMut(&Progress),
        on_problem: &mut dyn FnMut(&InputProblem),
    ) -> Result<IngestReport, IngestError>
    where
        F: FnOnce(&mut dyn FnMut(Item) -> bool) + Send,
    {
        let started = Instant::now();
        let known: HashMap<String, String> = match self.mode {
            WriteMode::IfChanged => store.content_hashes()?,
            WriteMode::Replace => HashMap::new(),
        };
        let abort = AtomicBool::new(false);
        let search = Analyzer::default();
        let (work_tx, work_rx) = sync_channel::<DocumentRecord>(self.threads * 4);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (msg_tx, msg_rx) = sync_channel::<Msg>(self.batch * 2 + self.threads * 2);
        std::thread::scope(|scope| {
            {
                let msg_tx = msg_tx.clone();
                let abort = &abort;
                scope.spawn(move || {
                    let mut sink = |item: Item| -> bool {
                        if abort.load(Ordering::Relaxed) {
                            return false;
                        }
                        match item {
                            Item::Problem(p) => msg_tx.send(Msg::Problem(p)).is_ok(),
                            Item::Doc(d) => {
                                if known.get(&d.id).is_some_and(|h| *h == d.content_hash()) {
                                    msg_tx.send(Msg::Unchanged).is_ok()
                                } else {
                                    work_tx.send(d).is_ok()
                                }
                            }
                        }
                    };
                    input(&mut sink);
                    // Dropping work_tx here tells the coders there is no more work.
                });
            }
            for _ in 0..self.threads {
                let work_rx = Arc::clone(&work_rx);
                let msg_tx = msg_tx.clone();
                let coder = &self.coder;
                let search = &search;
                scope.spawn(move || loop {
                    let next = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(doc) = next else { return };
                    let msg = match prepare_one(coder, search, doc) {
                        Ok(p) => Msg::Ready(Box::new(p)),
                        Err(p) => Msg::Problem(p),
                    };
                    if msg_tx.send(msg).is_err() {
                        return;
                    }
                });
            }
            drop(msg_tx);
            let result =
                self.write_loop(store, run, &msg_rx, total, started, on_progress, on_problem);
            if result.is_err() {
                abort.store(true, Ordering::Relaxed);
            }
            // Unblock senders before the scope joins them.
            drop(msg_rx);
            result
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn write_loop(
        &self,
        store: &mut dyn Store,
        run: RunId,
        rx: &Receiver<Msg>,
        total: Option<u64>,
        started: Instant,
        on_progress: &mut dyn FnMut(&Progress),
        on_problem: &mut dyn FnMut(&InputProblem),
    ) -> Result<IngestReport, IngestError> {
        let mut report = IngestReport::default();
        let mut batch: Vec<PreparedDocument> = Vec::with_capacity(self.batch);
        let mut last_progress = Instant::now();
        let progress = |report: &IngestReport| Progress {
            done: report.documents() + report.problems.len() as u64,
            total,
            elapsed: started.elapsed(),
            written: report.written,
            problems: report.problems.len() as u64,
        };
        loop {
            let msg = rx.recv_timeout(self.progress_every);
            let finished = matches!(msg, Err(RecvTimeoutError::Disconnected));
            let idle = matches!(msg, Err(RecvTimeoutError::Timeout));
            match msg {
                Ok(Msg::Ready(p)) => batch.push(*p),
                Ok(Msg::Unchanged) => report.skipped += 1,
                Ok(Msg::Problem(p)) => {
                    on_problem(&p);
                    report.problems.push(p);
                }
                Err(_) => {}
            }
            if batch.len() >= self.batch || ((finished || idle) && !batch.is_empty()) {
                let r = store.write(run, &batch, self.mode)?;
                report.written.add(r);
                batch.clear();
            }
            if finished || last_progress.elapsed() >= self.progress_every {
                on_progress(&progress(&report));
                last_progress = Instant::now();
            }
            if finished {
                break;
            }
        }
        report.elapsed = started.elapsed();
        Ok(report)
    }
}
