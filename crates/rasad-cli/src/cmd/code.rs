//! `rasad code`: code Arabic news into events, one JSON object per event (docs/schema.md), or a
//! human-readable table with the Arabic evidence (`--pretty`).
//!
//! Documents are coded in parallel (rayon) in chunks, and printed in input order, so the output
//! is deterministic whatever the number of cores.

use crate::input::read_text;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use rasad_coder::{Coder, Document};
use rasad_event::{ActorRef, Event, Status};
use rasad_lexicon::triggers::Triggers;
use rasad_lexicon::Lexicon;
use rayon::prelude::*;
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(clap::Args)]
pub struct Args {
    /// Plain-text article (UTF-8); `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Article date (YYYY-MM-DD or YYYYMMDD): relative dates resolve against it.
    #[arg(long)]
    pub date: Option<String>,
    /// Document id written into every event (default: the file name).
    #[arg(long)]
    pub id: Option<String>,
    /// Read JSON lines `{"id", "text", "date"}` from this file instead of one plain article.
    #[arg(long, value_name = "FILE")]
    pub jsonl: Option<PathBuf>,
    /// Human-readable table with the Arabic evidence instead of JSON lines.
    #[arg(long)]
    pub pretty: bool,
    /// Also use the statistical NER: people, organisations and places the lexicon does not know
    /// become actors and locations with `id: null`; a later bare surname links to the full name
    /// mentioned earlier and takes its codes. Off by default: it more than halves coding speed.
    #[arg(long)]
    pub ner: bool,
}

/// Parses `YYYY-MM-DD` or `YYYYMMDD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y%m%d"))
        .ok()
}

struct Doc {
    id: String,
    text: String,
    date: Option<NaiveDate>,
}

/// The coder over the embedded lexicon, or over a lexicon folder (`--lexicon DIR`, whose
/// `triggers.tsv` replaces the embedded trigger dictionary when present).
pub fn coder(lexicon_dir: Option<&Path>) -> Result<Coder> {
    let Some(dir) = lexicon_dir else {
        return Coder::embedded().context("cannot load the embedded lexicon");
    };
    let lexicon = Lexicon::load_dir(dir)
        .with_context(|| format!("cannot load the lexicon in {}", dir.display()))?;
    let path = dir.join("triggers.tsv");
    if path.exists() {
        let triggers = Triggers::load(&path)?;
        Ok(Coder::with_triggers(Arc::new(lexicon), Arc::new(triggers)))
    } else {
        Ok(Coder::new(Arc::new(lexicon)))
    }
}

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    let mut coder = coder(lexicon_dir)?;
    if args.ner {
        coder = coder
            .with_embedded_ner()
            .context("cannot load the NER model")?;
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let cli_date = match &args.date {
        Some(d) => {
            Some(parse_date(d).with_context(|| format!("bad --date '{d}' (want YYYY-MM-DD)"))?)
        }
        None => None,
    };
    if let Some(path) = &args.jsonl {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(path).with_context(|| format!("cannot open {name}"))?,
            ))
        };
        let mut bad = 0usize;
        let mut chunk: Vec<Doc> = Vec::new();
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}:{}: cannot read", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            match parse_line(&line) {
                Ok(mut d) => {
                    if d.date.is_none() {
                        d.date = cli_date;
                    }
                    if d.id.is_empty() {
                        d.id = format!("{name}:{}", i + 1);
                    }
                    chunk.push(d);
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("rasad: {name}:{}: {e}; line skipped", i + 1);
                }
            }
            if chunk.len() >= 256 {
                emit(&coder, &chunk, args.pretty, &mut out)?;
                chunk.clear();
            }
        }
        emit(&coder, &chunk, args.pretty, &mut out)?;
        out.flush()?;
        if bad > 0 {
            bail!("{bad} malformed line(s) in {name}");
        }
        return Ok(());
    }
    let (name, text) = read_text(args.file.as_deref())?;
    let doc = Doc {
        id: args.id.clone().unwrap_or(name),
        text,
        date: cli_date,
    };
    emit(&coder, std::slice::from_ref(&doc), args.pretty, &mut out)?;
    out.flush()?;
    Ok(())
}

fn parse_line(line: &str) -> Result<Doc, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("bad JSON: {e}"))?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("missing string field \"text\"")?
        .to_string();
    let id = match v.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let date = match v.get("date") {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(
            parse_date(s).ok_or_else(|| format!("bad date '{s}' (want YYYY-MM-DD or YYYYMMDD)"))?,
        ),
        Some(serde_json::Value::Number(n)) => {
            Some(parse_date(&n.to_string()).ok_or_else(|| format!("bad date '{n}'"))?)
        }
        _ => None,
    };
    Ok(Doc { id, text, date })
}

fn emit(coder: &Coder, docs: &[Doc], pretty: bool, out: &mut impl Write) -> Result<()> {
    let coded: Vec<(rasad_coder::Coded, &Doc)> = docs
        .par_iter()
        .map(|d| {
            let c = coder.code(&Document {
                id: &d.id,
                text: &d.text,
                date: d.date,
            });
            (c, d)
        })
        .collect();
    for (coded, doc) in coded {
        let events = &coded.events;
        if pretty {
            write_pretty(events, &coded.sentences, doc, out)?;
        } else {
            for e in events {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// Codes one article and prints its events as the `--pretty` table (used by `rasad demo`).
pub(crate) fn print_pretty(
    coder: &Coder,
    id: &str,
    text: &str,
    date: Option<NaiveDate>,
) -> Result<()> {
    let doc = Doc {
        id: id.to_string(),
        text: text.to_string(),
        date,
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    emit(coder, std::slice::from_ref(&doc), true, &mut out)?;
    out.flush()?;
    Ok(())
}

fn actor(a: &Option<ActorRef>) -> String {
    match a {
        None => "—".to_string(),
        Some(a) => {
            let code = a.code();
            let text = if a.text.is_empty() { &a.name } else { &a.text };
            if code.is_empty() {
                text.to_string()
            } else {
                format!("{text} [{code}]")
            }
        }
    }
}

fn write_pretty(
    events: &[Event],
    sentences: &[rasad_coder::SentenceInfo],
    doc: &Doc,
    out: &mut impl Write,
) -> Result<()> {
    writeln!(out, "== {} ({} events)", doc.id, events.len())?;
    let mut last_sentence = usize::MAX;
    for e in events {
        if e.sentence != last_sentence {
            // the sentence's evidence (the whole text if the sentence is unknown)
            let text = sentences
                .iter()
                .find(|s| s.index == e.sentence)
                .and_then(|s| doc.text.get(s.span.start..s.span.end))
                .unwrap_or(&doc.text);
            writeln!(out, "\n[{}] {}", e.sentence, text.trim())?;
            last_sentence = e.sentence;
        }
        let mut flags = Vec::new();
        match e.attribution.status {
            Status::Asserted => {}
            Status::Claimed => {
                flags.push(format!("claimed by {}", actor(&e.attribution.claimed_by)))
            }
            Status::Denied => flags.push(format!(
                "DENIED by {}",
                e.attribution
                    .denied_by
                    .iter()
                    .map(|a| actor(&Some(a.clone())))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
        if e.negated {
            flags.push("negated".into());
        }
        if e.hypothetical {
            flags.push("hypothetical".into());
        }
        if e.historical {
            flags.push("historical".into());
        }
        if let Some(d) = &e.dead {
            flags.push(format!("dead={}", d.value));
        }
        if let Some(d) = &e.injured {
            flags.push(format!("injured={}", d.value));
        }
        writeln!(
            out,
            "  {:<9} {:<5} {} → {}  «{}»  {} {}{}",
            e.event_type.as_str(),
            e.cameo.as_str(),
            actor(&e.source),
            actor(&e.target),
            e.trigger.text,
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            e.location
                .as_ref()
                .map(|l| format!("@{} ", l.name))
                .unwrap_or_default(),
            if flags.is_empty() {
                String::new()
            } else {
                format!("({})", flags.join("; "))
            }
        )?;
        writeln!(out, "            rule: {}", e.rule)?;
    }
    writeln!(out)?;
    Ok(())
}
