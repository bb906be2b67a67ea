//! `rasad export`: every matching event, in JSON lines, CSV, GDELT-like CSV, PLOVER JSON or
//! Parquet, to a file or standard output.

use super::query::{open_existing, FilterArgs};
use anyhow::{Context, Result};
use rasad_store::export::{export, ExportFormat};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// jsonl, csv, gdelt, plover or parquet.
    #[arg(long)]
    pub format: String,
    /// Output file (default: standard output).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "rasad.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: Args) -> Result<()> {
    let format = ExportFormat::parse(&args.format).with_context(|| {
        format!(
            "--format: expected jsonl, csv, gdelt, plover or parquet, got {:?}",
            args.format
        )
    })?;
    let filter = args.filter.to_filter()?;
    let store = open_existing(&args.db)?;
    let out: Box<dyn Write + Send> = match &args.out {
        Some(p) => Box::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    };
    let n = export(&store, &filter, format, out)?;
    eprintln!("rasad: exported {n} events");
    Ok(())
}
