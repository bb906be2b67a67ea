//! `rasad eval gsr`: the whole coder scored against the GSR events gold (`rasad eval detection`
//! lives in `eval_detection`).
//!
//! Each gold sentence is coded on its own, as a one-sentence document dated with the gold date
//! (so relative dates resolve as they would in the article). Sentences are coded in parallel and
//! scored in file order, so the report is the same on any number of cores. The scoring rules
//! live in `rasad_eval::events` and `rasad_eval::detection`; this module only runs the coder.

use anyhow::{Context, Result};
use rasad_coder::{Coder, Document};
use rasad_eval::events::{score_gsr, PredictedEvent};
use rasad_eval::gold::read_gsr_events;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

const GSR_DEV: &str = "../shared/data/gold/gsr_events_dev.jsonl";

#[derive(clap::Args)]
pub struct GsrArgs {
    /// Gold events file (GSR JSON lines) [default: ../shared/data/gold/gsr_events_dev.jsonl]
    pub file: Option<PathBuf>,
    /// Print up to N examples each of missed events, wrong types and wrong actor codes.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
}

/// The default gold file: relative to the working directory (the repository root, as in the
/// README), else relative to this crate's sources, so the command also works from elsewhere in
/// a checkout.
pub fn default_path(rel: &str) -> PathBuf {
    let cwd = PathBuf::from(rel);
    if cwd.exists() {
        return cwd;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel);
    if repo.exists() {
        repo
    } else {
        cwd
    }
}

/// Codes each `(id, text, date)` as a one-sentence document, in parallel, in input order.
fn code_all(
    coder: &Coder,
    items: &[(&str, &str, Option<chrono::NaiveDate>)],
) -> Vec<Vec<PredictedEvent>> {
    items
        .par_iter()
        .map(|(id, text, date)| {
            let coded = coder.code(&Document {
                id,
                text,
                date: *date,
            });
            coded
                .events
                .iter()
                .map(PredictedEvent::from_event)
                .collect()
        })
        .collect()
}

/// What the two gold reports share: a readable body, error examples, a `key=value` line.
trait GoldReport: std::fmt::Display {
    fn errors(&self, n: usize, out: &mut String) -> std::fmt::Result;
    fn summary_line(&self) -> String;
}

impl GoldReport for rasad_eval::events::GsrReport {
    fn errors(&self, n: usize, out: &mut String) -> std::fmt::Result {
        self.write_errors(n, out)
    }
    fn summary_line(&self) -> String {
        self.summary()
    }
}

/// Codes the gold sentences, scores them with `score`, and prints the report.
fn run_gold<R: GoldReport>(
    path: &Path,
    docs: &[(&str, &str, Option<chrono::NaiveDate>)],
    lexicon_dir: Option<&Path>,
    errors: usize,
    score: impl FnOnce(&[Vec<PredictedEvent>]) -> R,
) -> Result<()> {
    let coder = super::code::coder(lexicon_dir)?;
    let start = Instant::now();
    let predicted = code_all(&coder, docs);
    eprintln!(
        "coded {} sentences in {:.2} s",
        docs.len(),
        start.elapsed().as_secs_f64()
    );
    let report = score(&predicted);
    let mut text = String::new();
    use std::fmt::Write as _;
    writeln!(
        text,
        "gold: {}  (lexicon {})",
        path.display(),
        coder.version_hash()
    )?;
    write!(text, "{report}")?;
    if errors > 0 {
        report.errors(errors, &mut text)?;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    writeln!(out, "{}", report.summary_line()).context("cannot write the report")?;
    Ok(())
}

pub fn gsr(a: GsrArgs, lexicon_dir: Option<&Path>) -> Result<()> {
    let path = a.file.unwrap_or_else(|| default_path(GSR_DEV));
    let gold = read_gsr_events(&path)?;
    let items: Vec<_> = gold
        .iter()
        .map(|s| (s.id.as_str(), s.text.as_str(), s.date))
        .collect();
    run_gold(&path, &items, lexicon_dir, a.errors, |p| {
        score_gsr(&gold, p)
    })
}
