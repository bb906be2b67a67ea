//! `rasad eval …`: scoring against gold sets (each kind of evaluation is a subcommand).

use anyhow::Result;
use rasad_eval::actors::{score_actors, PredictedActor};
use rasad_eval::gold::read_gsr_events;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Actor codes: for each gold source/target text, the covering mention's country and sector.
    Actors(ActorsArgs),
    /// Events against the GSR gold: detection recall, precision of types, actor codes.
    Gsr(super::eval_gold::GsrArgs),
    /// Event detection against the GSR detection gold: P/R/F1 per type, macro F1.
    Detection(Box<super::eval_detection::DetectionArgs>),
}

#[derive(clap::Args)]
pub struct ActorsArgs {
    /// Gold events file (GSR JSON lines).
    #[arg(default_value = "../shared/data/gold/gsr_events_dev.jsonl")]
    pub file: PathBuf,
    /// Also list every gold actor whose country or sector rasad got wrong or missed.
    #[arg(long)]
    pub errors: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    match args.command {
        EvalCommand::Actors(a) => actors(a, lexicon_dir),
        EvalCommand::Gsr(a) => super::eval_gold::gsr(a, lexicon_dir),
        EvalCommand::Detection(a) => super::eval_detection::run(*a, lexicon_dir),
    }
}

fn actors(a: ActorsArgs, lexicon_dir: Option<&Path>) -> Result<()> {
    let gold = read_gsr_events(&a.file)?;
    let lex = super::lexicon::load(lexicon_dir)?;
    let analyzer = lex.analyzer();
    let report = score_actors(&gold, |s| {
        let analysis = analyzer.analyze(&s.text);
        analysis
            .sentences
            .iter()
            .flat_map(|sent| lex.recognize(&analysis, sent, s.date))
            .map(|m| PredictedActor {
                text: m.text,
                country: m.country,
                sector: m.sector,
            })
            .collect()
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if a.json {
        let mut v = serde_json::to_value(&report)?;
        if !a.errors {
            v.as_object_mut().map(|o| o.remove("cases"));
        }
        writeln!(out, "{v}")?;
        return Ok(());
    }
    writeln!(
        out,
        "gold: {}  (lexicon {})",
        a.file.display(),
        lex.version_hash()
    )?;
    writeln!(
        out,
        "coverage (gold actors with text)   {}",
        report.coverage
    )?;
    writeln!(out, "country accuracy (gold set)        {}", report.country)?;
    writeln!(out, "sector accuracy (gold set)         {}", report.sector)?;
    writeln!(
        out,
        "country accuracy, covered only     {}",
        report.country_covered
    )?;
    writeln!(
        out,
        "sector accuracy, covered only      {}",
        report.sector_covered
    )?;
    if a.errors {
        let code = |c: Option<String>| c.unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "\n#line\trole\tgold text\tgold country/sector\tmention\tcountry/sector"
        )?;
        for c in &report.cases {
            if c.country_ok() == Some(false) || c.sector_ok() == Some(false) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}/{}\t{}\t{}/{}",
                    c.line,
                    c.role,
                    c.gold_text,
                    code(c.gold_country.map(|x| x.to_string())),
                    code(c.gold_sector.map(|x| x.to_string())),
                    c.predicted_text.as_deref().unwrap_or("(none)"),
                    code(c.predicted_country.map(|x| x.to_string())),
                    code(c.predicted_sector.map(|x| x.to_string())),
                )?;
            }
        }
    }
    Ok(())
}
