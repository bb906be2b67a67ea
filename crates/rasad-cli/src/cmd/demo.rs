//! `rasad demo`: build a database from the bundled examples (the Karabakh article and a sample of
//! real Arabic news in `examples/corpus/`) and serve it.

use super::ingest::{ingest_paths, load_coder};
use anyhow::{bail, Context, Result};
use rasad_store::SqliteStore;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The demo database (re-used: ingesting again adds only what changed).
    #[arg(long, default_value = "rasad-demo.db")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The examples folder (default: `examples/` here, else the one in the source tree).
    #[arg(long)]
    pub examples: Option<PathBuf>,
    /// Build the database and exit without serving.
    #[arg(long)]
    pub no_serve: bool,
}

fn examples_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    let candidates = match given {
        Some(p) => vec![p],
        None => vec![
            PathBuf::from("examples"),
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples"),
        ],
    };
    for c in candidates {
        if c.join("corpus").is_dir() {
            return Ok(c);
        }
    }
    bail!("cannot find the examples folder (with corpus/); pass --examples DIR")
}

/// The bundled example article and its publication date (a plain-text file carries no date;
/// relative dates in it, such as `يوم الأربعاء`, resolve against this one).
const EXAMPLE: &str = "karabakh.ar.txt";
const EXAMPLE_DATE: &str = "2020-10-14";

/// Codes the example article and prints its events, then writes it as a one-line JSONL file
/// (with its date) for ingestion, so the stored events carry resolved dates too.
fn example_input(dir: &Path, coder: &rasad_coder::Coder) -> Result<PathBuf> {
    let path = dir.join(EXAMPLE);
    let (_, text) = crate::input::read_text(Some(&path))?;
    let date = super::code::parse_date(EXAMPLE_DATE);
    super::code::print_pretty(coder, EXAMPLE, &text, date)?;
    let line = serde_json::json!({
        "id": EXAMPLE,
        "date": EXAMPLE_DATE,
        "title": text.lines().next().unwrap_or_default(),
        "text": text,
    });
    let tmp = std::env::temp_dir().join(format!("rasad-demo-{}.jsonl", std::process::id()));
    std::fs::write(&tmp, format!("{line}\n"))
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    Ok(tmp)
}

pub fn run(args: Args, lexicon: Option<&Path>) -> Result<()> {
    let dir = examples_dir(args.examples)?;
    let coder = load_coder(lexicon)?;
    let example = example_input(&dir, &coder)?;
    let mut inputs = vec![example.clone()];
    let mut corpus: Vec<PathBuf> = std::fs::read_dir(dir.join("corpus"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    corpus.sort();
    inputs.extend(corpus);
    {
        let mut store = SqliteStore::open(&args.db)
            .with_context(|| format!("cannot open {}", args.db.display()))?;
        let report = ingest_paths(&mut store, coder, &inputs, None, 64, None, false);
        let _ = std::fs::remove_file(&example);
        let report = report?;
        if !report.problems.is_empty() {
            eprintln!(
                "rasad: {} example input(s) were skipped",
                report.problems.len()
            );
        }
    }
    if args.no_serve {
        println!("rasad: demo database ready: {}", args.db.display());
        return Ok(());
    }
    super::serve::serve(
        super::serve::Args {
            db: args.db,
            addr: args.addr,
            token: None,
            private: false,
            timeout_ms: 5000,
            max_page: 500,
        },
        lexicon,
    )
}
