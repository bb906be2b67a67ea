//! `rasad actors`: the actor and place mentions rasad recognizes in a text.

use crate::input::read_text;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Input file (UTF-8); `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Article date (YYYY-MM-DD): resolves date-ranged roles (a president is GOV only in office).
    #[arg(long)]
    pub date: Option<String>,
    /// JSON lines (one object per mention) instead of TSV.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    let date = args
        .date
        .as_deref()
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("--date '{d}': want YYYY-MM-DD"))
        })
        .transpose()?;
    let lex = super::lexicon::load(lexicon_dir)?;
    let (_, text) = read_text(args.file.as_deref())?;
    let analysis = lex.analyzer().analyze(&text);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if !args.json {
        writeln!(
            out,
            "#sentence\ttext\tspan\tkind\tcountry\tsector\tname\tid\tmatched"
        )?;
    }
    for s in &analysis.sentences {
        for m in lex.recognize(&analysis, s, date) {
            if args.json {
                let mut v = serde_json::to_value(&m)?;
                v["sentence"] = s.index.into();
                writeln!(out, "{v}")?;
            } else {
                let code = |c: Option<String>| c.unwrap_or_else(|| "-".into());
                writeln!(
                    out,
                    "{}\t{}\t{}\t{:?}\t{}\t{}\t{}\t{}\t{}",
                    s.index,
                    m.text,
                    m.span,
                    m.kind,
                    code(m.country.map(|c| c.to_string())),
                    code(m.sector.map(|c| c.to_string())),
                    m.name,
                    code(m.id.clone()),
                    m.matched.join(",")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
