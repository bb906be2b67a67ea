//! `rasad`: the one binary. Each subcommand lives in its own module under `cmd/`; this file only
//! declares the command line and dispatches. Errors are `anyhow` here and nowhere else.

mod cmd;
mod input;

use clap::{Parser, Subcommand};

/// rasad (رصد): code Arabic news into political event data (PLOVER/CAMEO).
///
/// Start with `rasad tokens examples/karabakh.ar.txt` to see how rasad reads Arabic text.
#[derive(Parser)]
#[command(name = "rasad", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tokenize and clitic-segment Arabic text: one token per line, a blank line between sentences.
    Tokens(cmd::tokens::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Tokens(a) => cmd::tokens::run(a),
    };
    if let Err(e) = result {
        eprintln!("rasad: error: {e:#}");
        std::process::exit(1);
    }
}
