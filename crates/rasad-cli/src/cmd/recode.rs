//! `rasad recode`: re-code stored documents with the current lexicon (after a dictionary edit),
//! replacing their sentences, mentions and events in one transaction per batch.

use super::ingest::{load_coder, run_info, Display};
use anyhow::{bail, Context, Result};
use rasad_ingest::{Ingester, InputProblem, Item, Progress};
use rasad_store::{SqliteStore, Store, WriteMode};
use std::cell::RefCell;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "rasad.db")]
    pub db: PathBuf,
    /// Re-code every document, also those already coded with the current lexicon.
    #[arg(long)]
    pub all: bool,
    /// Coder threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: Args, lexicon: Option<&Path>) -> Result<()> {
    let coder = load_coder(lexicon)?;
    if !args.db.exists() {
        bail!("no database at {}", args.db.display());
    }
    let mut store = SqliteStore::open(&args.db)
        .with_context(|| format!("cannot open the database {}", args.db.display()))?;
    let hash = coder.version_hash();
    let ids = store.document_ids(if args.all { None } else { Some(&hash) })?;
    if ids.is_empty() {
        eprintln!("rasad: every document is already coded with lexicon {hash}");
        return Ok(());
    }
    // A second connection reads documents while the first writes.
    let reader = SqliteStore::open(&args.db)?;
    let total = Some(ids.len() as u64);
    let run = store.begin_run(&run_info(&coder, "recode"))?;
    let input = move |sink: &mut dyn FnMut(Item) -> bool| {
        for id in ids {
            let item = match reader.document_record(&id) {
                Ok(Some(d)) => Item::Doc(d),
                Ok(None) => continue, // deleted meanwhile
                Err(e) => Item::Problem(InputProblem::new(id, None, e.to_string())),
            };
            if !sink(item) {
                return;
            }
        }
    };
    let mut ingester = Ingester::new(coder).mode(WriteMode::Replace);
    if let Some(t) = args.threads {
        ingester = ingester.threads(t);
    }
    let display = RefCell::new(Display::new(args.quiet));
    let mut progress = |p: &Progress| display.borrow_mut().progress(p);
    let mut on_problem = |p: &InputProblem| display.borrow_mut().problem(p);
    let report = ingester.run(
        &mut store,
        run,
        input,
        total,
        &mut progress,
        &mut on_problem,
    )?;
    store.finish_run(run)?;
    display.borrow_mut().finish("recoded", &report);
    if !report.problems.is_empty() {
        bail!(
            "{} document(s) could not be recoded (listed above)",
            report.problems.len()
        );
    }
    Ok(())
}
