//! `rasad query`: filter stored events; a table on a terminal, JSON lines or CSV otherwise.
//! Also the filter options shared with `rasad export`.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use rasad_event::{CameoCode, PloverType, Status};
use rasad_store::export::{flat_row, Cell, FLAT_COLUMNS};
use rasad_store::{EventFilter, Page, Role, Sort, SqliteStore, Store, StoredEvent};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Event filters (the same as the HTTP API's).
#[derive(clap::Args, Debug, Default)]
pub struct FilterArgs {
    /// Actor name, lexicon id, code (ARMMIL), country (ARM) or sector (MIL).
    #[arg(long)]
    pub actor: Option<String>,
    /// The role --actor must have.
    #[arg(long = "as", value_name = "source|target")]
    pub role: Option<String>,
    /// PLOVER event type (ASSAULT, PROTEST, …).
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// CAMEO root code (two digits, e.g. 19).
    #[arg(long)]
    pub root: Option<String>,
    /// First day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// Place name, its Arabic text, or its country code.
    #[arg(long)]
    pub place: Option<String>,
    /// asserted, claimed or denied.
    #[arg(long)]
    pub status: Option<String>,
    /// Arabic free-text search over the documents (ignores clitics and diacritics).
    #[arg(long)]
    pub text: Option<String>,
    /// Only events of this document.
    #[arg(long)]
    pub doc: Option<String>,
}

fn day(name: &str, v: &Option<String>) -> Result<Option<NaiveDate>> {
    v.as_deref()
        .map(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("--{name}: expected YYYY-MM-DD, got {s:?}"))
        })
        .transpose()
}

impl FilterArgs {
    pub fn to_filter(&self) -> Result<EventFilter> {
        let role = match self.role.as_deref() {
            None => Role::Either,
            Some(r) => Role::parse(r)
                .with_context(|| format!("--as: expected source|target, got {r:?}"))?,
        };
        let status = match self.status.as_deref() {
            None => None,
            Some(s) => Some(Status::parse(s).with_context(|| {
                format!("--status: expected asserted|claimed|denied, got {s:?}")
            })?),
        };
        Ok(EventFilter {
            actor: self.actor.clone(),
            role,
            event_type: self
                .event_type
                .as_deref()
                .map(|t| PloverType::parse(&t.to_ascii_uppercase()))
                .transpose()
                .context("--type")?,
            root: self
                .root
                .as_deref()
                .map(CameoCode::parse)
                .transpose()
                .context("--root")?,
            from: day("from", &self.from)?,
            to: day("to", &self.to)?,
            place: self.place.clone(),
            status,
            text: self.text.clone(),
            doc_id: self.doc.clone(),
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The database file.
    #[arg(long, default_value = "rasad.db")]
    pub db: PathBuf,
    /// table, jsonl or csv (default: table on a terminal, jsonl otherwise).
    #[arg(long)]
    pub format: Option<String>,
    /// At most this many events.
    #[arg(long, default_value_t = 50)]
    pub limit: u64,
    /// Skip this many events first.
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// date_desc (default), date_asc or id.
    #[arg(long, default_value = "date_desc")]
    pub sort: String,
}

pub(crate) fn open_existing(db: &Path) -> Result<SqliteStore> {
    if !db.exists() {
        bail!("no database at {} (run `rasad ingest` first)", db.display());
    }
    SqliteStore::open_read_only(db).with_context(|| format!("cannot open {}", db.display()))
}

fn cell(row: &[Cell], name: &str) -> String {
    FLAT_COLUMNS
        .iter()
        .position(|c| c.0 == name)
        .map(|i| row[i].to_text())
        .unwrap_or_default()
}

fn clip(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width {
        format!("{s}{}", " ".repeat(width - n))
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}

fn table(out: &mut dyn Write, events: &[StoredEvent]) -> std::io::Result<()> {
    let cols = [
        ("date", 10),
        ("event_type", 10),
        ("cameo", 5),
        ("source_code", 8),
        ("source_name", 18),
        ("target_code", 8),
        ("target_name", 18),
        ("location", 14),
        ("status", 8),
        ("trigger", 14),
        ("doc_id", 24),
    ];
    let header: Vec<String> = cols.iter().map(|(n, w)| clip(n, *w)).collect();
    writeln!(out, "{}", header.join(" "))?;
    for e in events {
        let row = flat_row(e);
        let cells: Vec<String> = cols.iter().map(|(n, w)| clip(&cell(&row, n), *w)).collect();
        writeln!(out, "{}", cells.join(" "))?;
    }
    Ok(())
}

pub fn run(args: Args) -> Result<()> {
    let filter = args.filter.to_filter()?;
    let sort =
        Sort::parse(&args.sort).with_context(|| format!("--sort: unknown {:?}", args.sort))?;
    let terminal = std::io::stdout().is_terminal();
    let format = args
        .format
        .clone()
        .unwrap_or_else(|| if terminal { "table" } else { "jsonl" }.to_string());
    if !matches!(format.as_str(), "table" | "jsonl" | "csv") {
        bail!("--format: expected table, jsonl or csv, got {format:?}");
    }
    let store = open_existing(&args.db)?;
    let page = store.events(
        &filter,
        &Page {
            offset: args.offset,
            limit: args.limit,
            sort,
        },
    )?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format.as_str() {
        "table" => table(&mut out, &page.events)?,
        "jsonl" => {
            for e in &page.events {
                serde_json::to_writer(&mut out, &e.event)?;
                writeln!(out)?;
            }
        }
        _ => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(FLAT_COLUMNS.iter().map(|c| c.0))?;
            for e in &page.events {
                w.write_record(flat_row(e).iter().map(Cell::to_text))?;
            }
            w.flush()?;
        }
    }
    out.flush()?;
    eprintln!(
        "rasad: {} of {} matching events",
        page.events.len(),
        page.total
    );
    Ok(())
}
