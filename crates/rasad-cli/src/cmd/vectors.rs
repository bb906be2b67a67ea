//! `rasad vectors`: build the word-vector table from a corpus, and look words up in it.

use anyhow::{bail, Context, Result};
use rasad_text::Analyzer;
use rasad_vectors::{BuildOptions, WordVectors};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Learn word vectors (PPMI + truncated SVD) from a JSON-lines corpus with a `text` field;
    /// the defaults reproduce the embedded table (then retrain the salience model:
    /// `rasad eval detection --train crates/rasad-coder/data/salience.tsv`).
    Build(BuildArgs),
    /// The words nearest to each given word in the table (cosine similarity).
    Near(NearArgs),
}

#[derive(clap::Args)]
pub struct BuildArgs {
    /// Corpus, JSON lines with a `text` field.
    #[arg(default_value = "../shared/data/corpus/ant_news_politics.jsonl")]
    pub corpus: PathBuf,
    /// Where to write the table.
    #[arg(long, default_value = "crates/rasad-vectors/data/wordvec.bin")]
    pub out: PathBuf,
    #[arg(long, default_value_t = BuildOptions::default().dims)]
    pub dims: usize,
    /// The most frequent words kept.
    #[arg(long, default_value_t = BuildOptions::default().vocab)]
    pub vocab: usize,
    #[arg(long, default_value_t = BuildOptions::default().min_count)]
    pub min_count: usize,
    /// Context words on each side.
    #[arg(long, default_value_t = BuildOptions::default().window)]
    pub window: usize,
}

#[derive(clap::Args)]
pub struct NearArgs {
    /// Words (any spelling: they are normalized as the coder normalizes them).
    #[arg(required = true)]
    pub words: Vec<String>,
    /// How many neighbours.
    #[arg(short, long, default_value_t = 10)]
    pub n: usize,
    /// Use this table instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub table: Option<PathBuf>,
}

pub fn run(a: Args) -> Result<()> {
    match a.command {
        Command::Build(b) => build(b),
        Command::Near(n) => near(n),
    }
}

/// The reader forms of one text (see `salience::reader_forms`).
fn forms(analyzer: &Analyzer, text: &str) -> Vec<String> {
    rasad_coder::salience::reader_forms(&analyzer.analyze(text).tokens)
}

fn build(a: BuildArgs) -> Result<()> {
    let start = Instant::now();
    let data =
        std::fs::read(&a.corpus).with_context(|| format!("cannot read {}", a.corpus.display()))?;
    let lines: Vec<(usize, &str)> = data
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| {
            std::str::from_utf8(l)
                .map(|l| (i, l))
                .with_context(|| format!("{}:{}: not UTF-8", a.corpus.display(), i + 1))
        })
        .filter(|r| r.as_ref().map_or(true, |(_, l)| !l.trim().is_empty()))
        .collect::<Result<_>>()?;
    let analyzer = Analyzer::default();
    let docs: Vec<Vec<String>> = lines
        .par_iter()
        .map(|(i, l)| {
            let v: serde_json::Value = serde_json::from_str(l)
                .with_context(|| format!("{}:{}: not JSON", a.corpus.display(), i + 1))?;
            let text = v.get("text").and_then(|t| t.as_str()).with_context(|| {
                format!("{}:{}: no string field `text`", a.corpus.display(), i + 1)
            })?;
            Ok(forms(&analyzer, text))
        })
        .collect::<Result<_>>()?;
    if docs.is_empty() {
        bail!("{}: no documents", a.corpus.display());
    }
    let tokens: usize = docs.iter().map(Vec::len).sum();
    eprintln!(
        "read {} documents, {} words in {:.1} s",
        docs.len(),
        tokens,
        start.elapsed().as_secs_f64()
    );
    let opts = BuildOptions {
        dims: a.dims,
        vocab: a.vocab,
        min_count: a.min_count,
        window: a.window,
        ..BuildOptions::default()
    };
    let v = rasad_vectors::build(&docs, &opts);
    if v.is_empty() {
        bail!(
            "{}: no word is seen {} times or more: nothing to learn vectors for",
            a.corpus.display(),
            a.min_count
        );
    }
    let bytes = v.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!(
        "wrote {}: {} words × {} dims, {:.1} MB, hash {}, in {:.1} s",
        a.out.display(),
        v.len(),
        v.dims(),
        bytes.len() as f64 / 1e6,
        rasad_coder::salience::content_hash(&bytes),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn near(a: NearArgs) -> Result<()> {
    let owned;
    let table = match &a.table {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            owned = WordVectors::parse(&bytes, &p.display().to_string())?;
            &owned
        }
        None => WordVectors::embedded().context("this binary has no word-vector table")?,
    };
    let analyzer = Analyzer::default();
    for w in &a.words {
        let f = forms(&analyzer, w);
        let [form] = f.as_slice() else {
            bail!("'{w}' is not one word");
        };
        let near = table.nearest(form, a.n);
        if near.is_empty() {
            println!("{form}\t(not in the table)");
            continue;
        }
        let list: Vec<String> = near.iter().map(|(n, s)| format!("{n} {s:.2}")).collect();
        println!("{form}\t{}", list.join("\t"));
    }
    Ok(())
}
