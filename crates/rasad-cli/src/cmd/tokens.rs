//! `rasad tokens`: show how rasad reads a text.
//!
//! One line per token, `SURFACE<TAB>SEGMENTATION<TAB>START-END` (byte offsets into the input as
//! given, BOM and all), a blank line between sentences; `--json` writes the same as JSON lines
//! with the segments' own spans and the sentence's boilerplate flag.

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
    match write_tokens(&mut out, &text, &analysis, args.json) {
        // A closed pipe (`rasad tokens f | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn write_tokens(
    out: &mut impl Write,
    text: &str,
    analysis: &rasad_text::Analysis<'_>,
    json: bool,
) -> std::io::Result<()> {
    for (si, s) in analysis.sentences.iter().enumerate() {
        if !json && si > 0 {
            writeln!(out)?;
        }
        for t in analysis.sentence_tokens(si) {
            let surface = t.surface(text);
            if json {
                let v = serde_json::json!({
                    "sentence": si,
                    "surface": surface,
                    "norm": t.norm,
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
    out.flush()
}
