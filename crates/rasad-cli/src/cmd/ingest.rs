//! `rasad ingest`: read a corpus (text files, directories, JSON lines, RSS/Atom), code it in
//! parallel and store it. Also the shared pieces of the store commands: loading the coder,
//! showing progress, reporting input problems.

use anyhow::{bail, Context, Result};
use rasad_coder::Coder;
use rasad_ingest::{source, IngestReport, Ingester, InputProblem, Item, Progress};
use rasad_store::{RunInfo, SqliteStore, Store};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories: plain text (`.txt`), JSON lines (`.jsonl`, one
    /// `{"id","text","date","source","url","title"}` per line), RSS/Atom (`.xml`, `.rss`, `.atom`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The database file (created if missing).
    #[arg(long, default_value = "rasad.db")]
    pub db: PathBuf,
    /// Coder threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Stop after this many documents.
    #[arg(long)]
    pub limit: Option<u64>,
    /// No progress display.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The coder `rasad code` uses: `--lexicon DIR` (with its triggers), or the embedded lexicon.
pub(crate) fn load_coder(lexicon: Option<&Path>) -> Result<Arc<Coder>> {
    Ok(Arc::new(super::code::coder(lexicon)?))
}

pub(crate) fn run_info(coder: &Coder, command: &str) -> RunInfo {
    RunInfo {
        rasad_version: env!("CARGO_PKG_VERSION").to_string(),
        lexicon_hash: coder.version_hash(),
        command: command.to_string(),
    }
}

/// Progress on stderr: a self-updating line on a terminal, a log line every few seconds otherwise.
pub(crate) struct Display {
    terminal: bool,
    quiet: bool,
    last_log: Instant,
    drawn: bool,
}

fn hms(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
    }
}

impl Display {
    pub(crate) fn new(quiet: bool) -> Display {
        Display {
            terminal: std::io::stderr().is_terminal(),
            quiet,
            last_log: Instant::now(),
            drawn: false,
        }
    }

    fn line(p: &Progress) -> String {
        let total = p.total.map(|t| format!("/{t}")).unwrap_or_default();
        let eta = p
            .eta()
            .map(|e| format!("  ETA {}", hms(e)))
            .unwrap_or_default();
        format!(
            "{}{total} docs  {:.1} docs/s{eta}  ({} new, {} replaced, {} events, {} problems)",
            p.done,
            p.per_second(),
            p.written.inserted,
            p.written.replaced,
            p.written.events,
            p.problems
        )
    }

    pub(crate) fn progress(&mut self, p: &Progress) {
        if self.quiet {
            return;
        }
        if self.terminal {
            eprint!("\r\x1b[K{}", Display::line(p));
            self.drawn = true;
        } else if self.last_log.elapsed() >= Duration::from_secs(5) {
            eprintln!("rasad: {}", Display::line(p));
            self.last_log = Instant::now();
        }
    }

    pub(crate) fn problem(&mut self, p: &InputProblem) {
        if self.drawn {
            eprint!("\r\x1b[K");
        }
        eprintln!("rasad: skipped {p}");
    }

    pub(crate) fn finish(&mut self, what: &str, r: &IngestReport) {
        if self.drawn {
            eprintln!();
        }
        let secs = r.elapsed.as_secs_f64().max(1e-3);
        eprintln!(
            "rasad: {what} {} documents in {:.1}s ({:.1} docs/s): {} new, {} replaced, {} unchanged, {} events; {} problems",
            r.documents(),
            secs,
            r.documents() as f64 / secs,
            r.written.inserted,
            r.written.replaced,
            r.written.unchanged + r.skipped,
            r.written.events,
            r.problems.len()
        );
    }
}

/// Ingests `paths` into `store`; returns the report (problems included).
pub(crate) fn ingest_paths(
    store: &mut SqliteStore,
    coder: Arc<Coder>,
    paths: &[PathBuf],
    threads: Option<usize>,
    batch: usize,
    limit: Option<u64>,
    quiet: bool,
) -> Result<IngestReport> {
    let mut files = Vec::new();
    let mut early = Vec::new();
    for p in paths {
        source::files(p, &mut files, &mut early);
    }
    let total = source::estimate(&files);
    let total = Some(limit.map_or(total, |l| l.min(total)));
    let mut ingester = Ingester::new(Arc::clone(&coder)).batch_size(batch);
    if let Some(t) = threads {
        ingester = ingester.threads(t);
    }
    let run = store.begin_run(&run_info(&coder, "ingest"))?;
    let display = std::cell::RefCell::new(Display::new(quiet));
    for p in &early {
        display.borrow_mut().problem(p);
    }
    let input = move |sink: &mut dyn FnMut(Item) -> bool| {
        let mut docs = 0u64;
        for f in &files {
            let mut go = true;
            source::read_file(f, &mut |item| {
                if matches!(item, Item::Doc(_)) {
                    if limit.is_some_and(|l| docs >= l) {
                        go = false;
                        return false;
                    }
                    docs += 1;
                }
                go = sink(item);
                go
            });
            if !go {
                break;
            }
        }
    };
    let mut progress = |p: &Progress| display.borrow_mut().progress(p);
    let mut on_problem = |p: &InputProblem| display.borrow_mut().problem(p);
    let mut report = ingester.run(store, run, input, total, &mut progress, &mut on_problem)?;
    store.finish_run(run)?;
    report.problems.splice(0..0, early);
    display.borrow_mut().finish("ingested", &report);
    Ok(report)
}

pub fn run(args: Args, lexicon: Option<&Path>) -> Result<()> {
    let coder = load_coder(lexicon)?;
    let mut store = SqliteStore::open(&args.db)
        .with_context(|| format!("cannot open the database {}", args.db.display()))?;
    let report = ingest_paths(
        &mut store,
        coder,
        &args.paths,
        args.threads,
        args.batch,
        args.limit,
        args.quiet,
    )?;
    if !report.problems.is_empty() {
        bail!(
            "{} input(s) could not be ingested (listed above); everything else is stored in {}",
            report.problems.len(),
            args.db.display()
        );
    }
    Ok(())
}
