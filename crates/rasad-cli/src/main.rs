//! `rasad`: the one binary. Each subcommand lives in its own module under `cmd/`; this file only
//! declares the command line and dispatches. Errors are `anyhow` here and nowhere else.

mod cmd;
mod input;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};

/// rasad (رصد): code Arabic news into political event data (PLOVER/CAMEO).
///
/// Try: `rasad code examples/karabakh.ar.txt --date 2020-10-14 --pretty` (events with their
/// Arabic evidence), `rasad tokens FILE` (how rasad reads the text), `rasad demo` (a database of
/// real articles behind the HTTP API and dashboard). Every command has its own `--help`.
#[derive(Parser)]
#[command(name = "rasad", version, propagate_version = true)]
struct Cli {
    /// Use the dictionaries in this folder instead of the lexicon embedded in the binary.
    #[arg(long, global = true, value_name = "DIR")]
    lexicon: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code Arabic news into PLOVER/CAMEO events (JSON lines, or `--pretty`).
    Code(cmd::code::Args),
    /// Tokenize and clitic-segment Arabic text: one token per line, a blank line between sentences.
    Tokens(cmd::tokens::Args),
    /// Actor and place mentions with CAMEO-style codes (TSV, or `--json`).
    Actors(cmd::actors::Args),
    /// Lexicon tools: `check` validates the dictionaries (`file:line: message`).
    Lexicon(cmd::lexicon::Args),
    /// Score rasad against gold sets: `actors`, `gsr` (events), `detection`.
    Eval(cmd::eval::Args),
    /// Throughput of the whole coder (sentences/s, docs/s; 1 thread and all cores) and peak memory.
    Bench(cmd::bench::Args),
    /// Named entities (PERS/LOC/ORG/MISC): tag text or CoNLL, `eval`, `train`.
    Ner(cmd::ner::Args),
    /// Store a corpus: text files, directories, JSON lines, RSS/Atom → coded events in a database.
    Ingest(cmd::ingest::Args),
    /// Re-code stored documents with the current lexicon.
    Recode(cmd::recode::Args),
    /// Filter stored events (table, JSON lines or CSV).
    Query(cmd::query::Args),
    /// Export stored events: jsonl, csv, gdelt, plover or parquet.
    Export(cmd::export::Args),
    /// Serve the HTTP API and dashboard over a database.
    Serve(cmd::serve::Args),
    /// Build a demo database from the bundled examples and serve it.
    Demo(cmd::demo::Args),
    /// Word vectors: `build` the table from a corpus, `near` lists a word's neighbours.
    Vectors(cmd::vectors::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => cmd::code::run(a, cli.lexicon.as_deref()),
        Command::Tokens(a) => cmd::tokens::run(a),
        Command::Actors(a) => cmd::actors::run(a, cli.lexicon.as_deref()),
        Command::Lexicon(a) => cmd::lexicon::run(a, cli.lexicon.as_deref()),
        Command::Eval(a) => cmd::eval::run(a, cli.lexicon.as_deref()),
        Command::Bench(a) => cmd::bench::run(a, cli.lexicon.as_deref()),
        Command::Ner(a) => cmd::ner::run(a, cli.lexicon.as_deref()),
        Command::Ingest(a) => cmd::ingest::run(a, cli.lexicon.as_deref()),
        Command::Recode(a) => cmd::recode::run(a, cli.lexicon.as_deref()),
        Command::Query(a) => cmd::query::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Serve(a) => cmd::serve::run(a, cli.lexicon.as_deref()),
        Command::Demo(a) => cmd::demo::run(a, cli.lexicon.as_deref()),
        Command::Vectors(a) => cmd::vectors::run(a),
    };
    if let Err(e) = result {
        eprintln!("rasad: error: {e:#}");
        std::process::exit(1);
    }
}
