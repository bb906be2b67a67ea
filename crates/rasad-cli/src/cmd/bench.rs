//! `rasad bench`: throughput of the whole coder (text layer, actors, triggers, roles, dates,
//! casualties) on real articles, single-threaded and on all cores, and the process's peak memory.
//!
//! Numbers without counts can lie (a fast coder that skips work looks great), so both runs
//! report what they processed — documents, sentences, events — and the command fails unless the
//! parallel run reproduces the single-threaded counts exactly. The default input is a fixed
//! slice of the ANT corpus (the first 2,000 articles), so figures are comparable across commits.
//! Build with `--release`; debug builds are an order of magnitude slower. The single-threaded
//! run also reports sentences per CPU-second of its thread, the figure to compare on a machine
//! shared with other work (wall-clock rates there include waiting for a core).

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use rasad_coder::{Coder, Document};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

const CORPUS: &str = "../shared/data/corpus/ant_news_politics.jsonl";
/// The targets: whole coder, one core; peak resident memory.
const TARGET_SENTENCES_PER_SEC: f64 = 10_000.0;
const TARGET_PEAK_MB: f64 = 300.0;

#[derive(clap::Args)]
pub struct Args {
    /// JSON lines with `text` (and optional `id`, `date`)
    /// [default: ../shared/data/corpus/ant_news_politics.jsonl]
    pub file: Option<PathBuf>,
    /// How many documents to code (from the start of the file).
    #[arg(long, default_value_t = 2000)]
    pub docs: usize,
    /// Threads for the parallel run [default: all cores].
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    date: Option<String>,
    text: String,
}

struct Doc {
    id: String,
    text: String,
    date: Option<NaiveDate>,
}

/// What one run processed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    docs: usize,
    sentences: usize,
    events: usize,
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, o: Counts) -> Counts {
        Counts {
            docs: self.docs + o.docs,
            sentences: self.sentences + o.sentences,
            events: self.events + o.events,
        }
    }
}

fn code_one(coder: &Coder, d: &Doc) -> Counts {
    let coded = coder.code(&Document {
        id: &d.id,
        text: &d.text,
        date: d.date,
    });
    Counts {
        docs: 1,
        sentences: coded.sentences.len(),
        events: coded.events.len(),
    }
}

fn load(path: &Path, n: usize) -> Result<Vec<Doc>> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {name}"))?;
    let mut docs = Vec::with_capacity(n);
    for (i, line) in BufReader::new(file).lines().enumerate() {
        if docs.len() == n {
            break;
        }
        let line = line.with_context(|| format!("{name}:{}: cannot read", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let l: Line =
            serde_json::from_str(&line).with_context(|| format!("{name}:{}: bad JSON", i + 1))?;
        docs.push(Doc {
            id: l.id.unwrap_or_else(|| format!("{name}:{}", i + 1)),
            date: l.date.as_deref().and_then(super::code::parse_date),
            text: l.text,
        });
    }
    Ok(docs)
}

/// CPU time of the calling thread in seconds (`/proc/thread-self/schedstat`, Linux; `None`
/// elsewhere). On a shared machine wall time also measures the neighbours; the single-threaded
/// rate per CPU-second measures the coder.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Peak resident set size of this process in MB (`VmHWM`, Linux); `None` elsewhere.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn report(out: &mut impl Write, label: &str, c: Counts, secs: f64) -> Result<(f64, f64)> {
    let sps = c.sentences as f64 / secs;
    let dps = c.docs as f64 / secs;
    writeln!(
        out,
        "{label:<11} {} docs, {} sentences, {} events in {:.3} s: {:.0} sentences/s, {:.0} docs/s",
        c.docs, c.sentences, c.events, secs, sps, dps
    )?;
    Ok((sps, dps))
}

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    let path = args
        .file
        .unwrap_or_else(|| super::eval_gold::default_path(CORPUS));
    let docs = load(&path, args.docs)?;
    if docs.is_empty() {
        bail!("no documents in {}", path.display());
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "bench: {} documents ({:.1} MB of text) from {}",
        docs.len(),
        bytes as f64 / 1e6,
        path.display()
    )?;

    let t = Instant::now();
    let coder = super::code::coder(lexicon_dir)?;
    writeln!(out, "coder load  {:.3} s", t.elapsed().as_secs_f64())?;

    // Warm-up: first-touch allocations and caches, not measured.
    for d in docs.iter().take(20) {
        code_one(&coder, d);
    }

    let cpu0 = thread_cpu_secs();
    let t = Instant::now();
    let single = docs
        .iter()
        .fold(Counts::default(), |acc, d| acc + code_one(&coder, d));
    let single_secs = t.elapsed().as_secs_f64();
    let single_cpu = cpu0.zip(thread_cpu_secs()).map(|(a, b)| b - a);
    let (single_sps, single_dps) = report(&mut out, "1 thread", single, single_secs)?;
    let cpu_sps = single_cpu
        .filter(|c| *c > 0.0)
        .map(|c| single.sentences as f64 / c);
    if let (Some(c), Some(rate)) = (single_cpu, cpu_sps) {
        writeln!(
            out,
            "{:<11} {c:.3} s of CPU: {rate:.0} sentences per CPU-second",
            ""
        )?;
    }

    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start the thread pool")?;
    let t = Instant::now();
    let parallel = pool.install(|| {
        docs.par_iter()
            .map(|d| code_one(&coder, d))
            .reduce(Counts::default, |a, b| a + b)
    });
    let par_secs = t.elapsed().as_secs_f64();
    let (par_sps, par_dps) = report(&mut out, &format!("{threads} threads"), parallel, par_secs)?;

    // A fast run that did less work is not a result.
    if single.docs != docs.len() || parallel != single {
        bail!(
            "count mismatch: loaded {} documents, single-threaded run {:?}, parallel run {:?}",
            docs.len(),
            single,
            parallel
        );
    }

    let peak = peak_mb();
    match peak {
        Some(mb) => writeln!(out, "peak memory {mb:.1} MB (VmHWM)")?,
        None => writeln!(out, "peak memory n/a (no /proc/self/status)")?,
    }
    let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
    writeln!(
        out,
        "targets     single-threaded >= {TARGET_SENTENCES_PER_SEC:.0} sentences/s: {} (wall), {} (CPU); peak < {TARGET_PEAK_MB:.0} MB: {}",
        verdict(single_sps >= TARGET_SENTENCES_PER_SEC),
        cpu_sps.map_or("n/a", |r| verdict(r >= TARGET_SENTENCES_PER_SEC)),
        peak.map_or("n/a", |mb| verdict(mb < TARGET_PEAK_MB)),
    )?;
    writeln!(
        out,
        "docs={} sentences={} events={} threads={} single_sentences_per_s={:.0} single_docs_per_s={:.0} \
         single_sentences_per_cpu_s={} parallel_sentences_per_s={:.0} parallel_docs_per_s={:.0} peak_mb={}",
        single.docs,
        single.sentences,
        single.events,
        threads,
        single_sps,
        single_dps,
        cpu_sps.map_or("n/a".to_string(), |r| format!("{r:.0}")),
        par_sps,
        par_dps,
        peak.map_or("n/a".to_string(), |mb| format!("{mb:.1}")),
    )?;
    Ok(())
}
