//! `rasad tokens`: show how rasad reads a text.

use crate::input::read_text;
use anyhow::Result;
use rasad_text::Analyzer;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Input file (UTF-8); `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Write JSON lines instead of TSV (one object per token, with a `sentence` index).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let (_, text) = read_text(args.file.as_deref())?;
    let analysis = Analyzer::default().analyze(&text);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (si, s) in analysis.sentences.iter().enumerate() {
        if !args.json && si > 0 {
            writeln!(out)?;
        }
        for t in &analysis.tokens[s.tokens.clone()] {
            let surface = t.surface(&text);
            if args.json {
                let v = serde_json::json!({
                    "sentence": si,
                    "surface": surface,
                    "segmentation": t.segmentation(),
                    "kind": t.kind,
                    "span": t.span,
                    "segments": t.segments,
                    "boilerplate": s.boilerplate,
                });
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{}\t{}\t{}-{}",
                    surface,
                    t.segmentation(),
                    t.span.start,
                    t.span.end
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
