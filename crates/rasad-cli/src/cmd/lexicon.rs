//! `rasad lexicon …`: validate the dictionaries, and the one place the CLI loads a lexicon.

use anyhow::{bail, Result};
use rasad_lexicon::triggers::Triggers;
use rasad_lexicon::{Lexicon, LexiconError, EMBEDDED_FILES};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: LexiconCommand,
}

#[derive(clap::Subcommand)]
pub enum LexiconCommand {
    /// Validate every dictionary file (actors, places, agents, and the event triggers): prints
    /// `file:line: message` per problem and exits non-zero if there is any. Checks the folder given (or `--lexicon DIR`, or `./lexicon`
    /// when present), else the lexicon embedded in the binary.
    Check(CheckArgs),
    /// List frequent named entities the lexicon does not know (count, type, contexts, proposed line).
    Suggest(crate::cmd::suggest::Args),
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Lexicon folder to check.
    pub dir: Option<PathBuf>,
    /// Also measure the load (parse + validate + compile) time: best and median of 10 loads.
    #[arg(long)]
    pub timing: bool,
}

/// Loads the lexicon: from `dir` when given, else the embedded one.
pub fn load(dir: Option<&Path>) -> Result<Lexicon> {
    Ok(match dir {
        Some(d) => Lexicon::load_dir(d)?,
        None => Lexicon::embedded()?,
    })
}

pub fn run(args: Args, global_dir: Option<&Path>) -> Result<()> {
    match args.command {
        LexiconCommand::Check(a) => check(a, global_dir),
        LexiconCommand::Suggest(a) => crate::cmd::suggest::run(a, global_dir),
    }
}

fn check(a: CheckArgs, global_dir: Option<&Path>) -> Result<()> {
    let dir = a
        .dir
        .or_else(|| global_dir.map(Path::to_path_buf))
        .or_else(|| Some(PathBuf::from("lexicon")).filter(|p| p.is_dir()));
    let load = || -> Result<Lexicon, Vec<LexiconError>> {
        match &dir {
            Some(d) => Lexicon::check_dir(d),
            None => Lexicon::check_sources(EMBEDDED_FILES),
        }
    };
    let what = dir
        .as_ref()
        .map(|d| d.display().to_string())
        .unwrap_or_else(|| "embedded lexicon".into());
    // The event triggers live in the same folder with their own format (rasad_lexicon::triggers);
    // they are checked here too, so that one command validates every dictionary.
    let triggers = || match &dir {
        Some(d) if d.join("triggers.tsv").is_file() => {
            Triggers::load(&d.join("triggers.tsv")).map(|t| Some(t.entries().len()))
        }
        Some(_) => Ok(None),
        None => Triggers::embedded().map(|t| Some(t.entries().len())),
    };
    let (lexicon, triggers) = (load(), triggers());
    let mut problems = lexicon.as_ref().err().cloned().unwrap_or_default();
    problems.extend(triggers.as_ref().err().cloned());
    match (lexicon, triggers) {
        (Ok(lex), Ok(n_triggers)) => {
            let s = lex.stats();
            println!(
                "{what}: ok — {} files, {} countries, {} places, {} agents, {} actors, {} not-names, {} keys; version {}",
                s.files,
                s.countries,
                s.places,
                s.agents,
                s.actors,
                s.not_names,
                s.keys,
                lex.version_hash()
            );
            if a.timing {
                let mut ms: Vec<f64> = (0..10)
                    .map(|_| {
                        let t = Instant::now();
                        let l = load();
                        let dt = t.elapsed().as_secs_f64() * 1000.0;
                        drop(l);
                        dt
                    })
                    .collect();
                ms.sort_by(f64::total_cmp);
                println!(
                    "load time: best {:.1} ms, median {:.1} ms (10 loads{})",
                    ms[0],
                    ms[5],
                    if cfg!(debug_assertions) {
                        ", DEBUG build: use --release for real numbers"
                    } else {
                        ""
                    }
                );
            }
            if let Some(n) = n_triggers {
                println!("triggers: ok — {n} entries");
            }
            Ok(())
        }
        _ => {
            for p in &problems {
                println!("{p}");
            }
            bail!("{what}: {} problem(s)", problems.len());
        }
    }
}
