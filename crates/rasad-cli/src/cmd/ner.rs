//! `rasad ner`: named entities in raw text, CoNLL tagging, evaluation and training.

use crate::input::read_text;
use anyhow::{bail, Context, Result};
use rasad_lexicon::Lexicon;
use rasad_ner::{parse_conll, Gazetteer, Ner, Scores, TrainConfig};
use rasad_text::Analyzer;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Input text (UTF-8); `-` or nothing reads standard input. Prints one entity per line:
    /// start, end (byte offsets), type, text.
    pub file: Option<PathBuf>,
    /// Read a CoNLL file (`token` or `token TAG` per line, blank line between sentences) and
    /// write `token TAG` lines aligned one-to-one with its tokens.
    #[arg(long, value_name = "FILE", conflicts_with = "file")]
    pub conll: Option<PathBuf>,
    /// Write JSON lines instead of TSV.
    #[arg(long)]
    pub json: bool,
    /// Use this model file instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Score against a gold CoNLL file: per-type precision/recall/F1 and micro-F1 (seqeval
    /// conventions); the last line is `micro_f1=<value>`.
    Eval(EvalArgs),
    /// Train a model on a CoNLL file (reproduces the embedded model with the defaults).
    Train(TrainArgs),
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold CoNLL file (`token TAG`).
    pub file: PathBuf,
    /// Use this model file instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Training data, CoNLL `token TAG`.
    #[arg(
        long = "train",
        value_name = "FILE",
        default_value = "../shared/data/ner/anercorp/train.txt"
    )]
    pub train: PathBuf,
    /// Where to write the model.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "crates/rasad-ner/model/ner.bin"
    )]
    pub out: PathBuf,
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    pub epochs: usize,
    /// Hold out this fraction of the training sentences (the last ones) and report scores on
    /// them after every epoch; the held-out part is not trained on. 0 trains on everything.
    #[arg(long, default_value_t = 0.0)]
    pub dev_fraction: f64,
    /// Drop averaged weights smaller than this (model size vs accuracy).
    #[arg(long, default_value_t = TrainConfig::default().min_weight)]
    pub min_weight: f64,
    /// Unlabelled news for word statistics (JSONL with a `text` field, or plain text); `none`
    /// trains without them.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "../shared/data/corpus/ant_news_politics.jsonl"
    )]
    pub corpus: PathBuf,
    /// Penalty on the O tag at decoding time (trades precision for recall).
    #[arg(long, default_value_t = TrainConfig::default().o_penalty)]
    pub o_penalty: f64,
    /// Instead of writing a model, run K-fold cross-validation on the training file (contiguous
    /// folds) and print the mean micro-F1: for choosing features and settings without the test set.
    #[arg(long, value_name = "K")]
    pub folds: Option<usize>,
    /// Train without gazetteer features (by default the lexicon's terms are used, the same
    /// ones `rasad ner` uses at run time).
    #[arg(long)]
    pub no_gazetteer: bool,
    /// Also tag the corpus with a first model and add each stem's tag shares to the word
    /// statistics (experimental; did not help in cross-validation).
    #[arg(long)]
    pub self_train: bool,
    /// Ignore features seen fewer times than this in the training data.
    #[arg(long, default_value_t = TrainConfig::default().min_feature_count)]
    pub min_feature_count: u32,
    /// Jackknife blocks for the two-stage (stacked) model; 0 trains a single-stage model.
    #[arg(long, default_value_t = TrainConfig::default().stack_folds)]
    pub stack_folds: usize,
    /// Cost-augmented training: score bonus for every wrong tag while training (CRF:
    /// softmax-margin in log-score units; perceptron: update units, e.g. 250).
    #[arg(long, default_value_t = TrainConfig::default().margin)]
    pub margin: f64,
    /// Extra training cost for tagging O a token inside an entity (same units as --margin).
    #[arg(long, default_value_t = TrainConfig::default().miss_cost)]
    pub miss_cost: f64,
    /// Learn the weights with an averaged structured perceptron instead of the CRF (the
    /// previous recipe; pass `--margin 0 --o-penalty 0` for exactly that).
    #[arg(long)]
    pub perceptron: bool,
    /// CRF learning rate (averaged SGD).
    #[arg(long, default_value_t = TrainConfig::default().crf_eta)]
    pub crf_eta: f64,
    /// Seed of the sentence visiting order (to measure how much a score owes to chance: the
    /// recipe's cross-validation score moves by ±0.0004 between seeds).
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    pub seed: u64,
    /// Keep statistics of stems seen at least this often in the corpus.
    #[arg(long, default_value_t = 3)]
    pub min_count: u32,
}

/// The recogniser's gazetteer: every matching key of the lexicon with what it names.
pub fn gazetteer(lexicon: &Lexicon) -> Gazetteer {
    rasad_coder::unknown::gazetteer(lexicon)
}

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    match args.command {
        Some(Command::Eval(a)) => eval(a, lexicon_dir),
        Some(Command::Train(a)) => train(a, lexicon_dir),
        None => {
            let ner = load(args.model.as_deref(), lexicon_dir)?;
            match args.conll {
                Some(path) => conll(&ner, &path),
                None => raw(&ner, args.file.as_deref(), args.json),
            }
        }
    }
}

/// The recogniser (embedded or from `model`) with the lexicon's gazetteer.
fn load(model: Option<&Path>, lexicon_dir: Option<&Path>) -> Result<Ner> {
    let ner = match model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ner::from_bytes(&bytes, &p.display().to_string())?
        }
        None => Ner::embedded()?,
    };
    if ner.model().gazetteer_fingerprint() == 0 {
        return Ok(ner);
    }
    match crate::cmd::lexicon::load(lexicon_dir) {
        Ok(lexicon) => Ok(ner.with_gazetteer(gazetteer(&lexicon))),
        Err(e) => {
            // Names are still found without the gazetteer, a little less well.
            eprintln!("rasad: warning: no gazetteer features ({e:#})");
            Ok(ner)
        }
    }
}

fn raw(ner: &Ner, file: Option<&Path>, json: bool) -> Result<()> {
    let (_, text) = read_text(file)?;
    let analysis = Analyzer::default().analyze(&text);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for s in &analysis.sentences {
        for e in ner.tag_sentence(&analysis, s) {
            if json {
                let v = serde_json::json!({
                    "sentence": s.index,
                    "span": e.span,
                    "type": e.kind,
                    "text": e.text,
                });
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    e.span.start, e.span.end, e.kind, e.text
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn conll(ner: &Ner, path: &Path) -> Result<()> {
    let (name, text) = read_text(Some(path))?;
    let sentences = parse_conll(&text, &name)?;
    let tagged = ner.tag_conll(&sentences);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        for (w, t) in s.words.iter().zip(&tagged[i]) {
            writeln!(out, "{w} {t}")?;
        }
    }
    out.flush()?;
    Ok(())
}

fn eval(args: EvalArgs, lexicon_dir: Option<&Path>) -> Result<()> {
    let ner = load(args.model.as_deref(), lexicon_dir)?;
    if !ner.gazetteer_matches() {
        eprintln!(
            "note: the lexicon changed since the model was trained; retrain with `rasad ner train` for the scores it was built for"
        );
    }
    let (name, text) = read_text(Some(&args.file))?;
    let sentences = parse_conll(&text, &name)?;
    if sentences.iter().all(|s| s.tags.is_none()) {
        bail!("{name}: no gold tags (expected `token TAG` lines)");
    }
    let start = Instant::now();
    let scores = ner.evaluate(&sentences);
    let n_tokens: usize = sentences
        .iter()
        .filter(|s| s.tags.is_some())
        .map(|s| s.words.len())
        .sum();
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{name}: {} sentences, {n_tokens} tokens in {secs:.2}s ({:.0} tokens/s, CoNLL analysis included)",
        sentences.len(),
        n_tokens as f64 / secs.max(1e-9)
    );
    print!("{}", scores.report());
    Ok(())
}

/// Documents of a corpus file: the `text` of each JSONL object, or the whole file as text.
pub fn corpus_documents(path: &Path) -> Result<Vec<(String, String)>> {
    let (name, text) = read_text(Some(path))?;
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if !first.trim_start().starts_with('{') {
        return Ok(vec![(name, text)]);
    }
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{name}:{}: not a JSON object", i + 1))?;
        let Some(body) = v.get("text").and_then(|t| t.as_str()) else {
            bail!("{name}:{}: no string field `text`", i + 1);
        };
        let id = v
            .get("id")
            .and_then(|t| t.as_str())
            .map_or_else(|| format!("{name}:{}", i + 1), str::to_string);
        docs.push((id, body.to_string()));
    }
    Ok(docs)
}

fn cross_validate(
    sentences: &[rasad_ner::ConllSentence],
    k: usize,
    analyzer: &Analyzer,
    extractor: &rasad_ner::FeatureExtractor,
    corpus: Option<rasad_ner::Corpus<'_>>,
    config: &TrainConfig,
) -> Result<()> {
    if k < 2 || k > sentences.len() {
        bail!("--folds must be between 2 and the number of sentences");
    }
    // Reported for choosing --o-penalty (in averaged-weight units: a CRF's weights are smaller).
    let penalties: &[f64] = match config.learner {
        rasad_ner::Learner::Perceptron => &[0.0, 2.5, 5.0, 7.5, 10.0],
        rasad_ner::Learner::Crf => &[0.0, 0.5, 1.0, 1.5, 2.0, 3.0],
    };
    let mut by_penalty = vec![Scores::default(); penalties.len()];
    let mut total = Scores::default();
    for f in 0..k {
        let (a, b) = (f * sentences.len() / k, (f + 1) * sentences.len() / k);
        let train: Vec<_> = sentences[..a]
            .iter()
            .chain(&sentences[b..])
            .cloned()
            .collect();
        let model = rasad_ner::train_with_corpus(
            &train,
            None,
            analyzer,
            extractor,
            corpus,
            config,
            |_, _| {},
        )?;
        let mut ner = Ner::from_model(model).with_gazetteer(extractor.gazetteer().clone());
        let s = ner.evaluate(&sentences[a..b]);
        eprintln!("fold {}: micro-F1 {:.4}", f + 1, s.micro().f1());
        total.merge(&s);
        for (j, p) in penalties.iter().enumerate() {
            ner.set_o_penalty(*p);
            by_penalty[j].merge(&ner.evaluate(&sentences[a..b]));
        }
    }
    for (p, s) in penalties.iter().zip(&by_penalty) {
        let m = s.micro();
        eprintln!(
            "O penalty {p:>4}: P {:.4} R {:.4} micro-F1 {:.4}",
            m.precision(),
            m.recall(),
            m.f1()
        );
    }
    print!("{}", total.report());
    Ok(())
}

fn train(args: TrainArgs, lexicon_dir: Option<&Path>) -> Result<()> {
    let (name, text) = read_text(Some(&args.train))?;
    let mut sentences = parse_conll(&text, &name)?;
    if !(0.0..1.0).contains(&args.dev_fraction) {
        bail!("--dev-fraction must be in [0, 1)");
    }
    let n_dev = (sentences.len() as f64 * args.dev_fraction).round() as usize;
    let dev = sentences.split_off(sentences.len() - n_dev);
    let config = TrainConfig {
        epochs: args.epochs,
        min_weight: args.min_weight,
        o_penalty: args.o_penalty,
        stack_folds: args.stack_folds,
        min_feature_count: args.min_feature_count,
        margin: args.margin,
        miss_cost: args.miss_cost,
        learner: if args.perceptron {
            rasad_ner::Learner::Perceptron
        } else {
            rasad_ner::Learner::Crf
        },
        crf_eta: args.crf_eta,
        seed: args.seed,
    };
    let start = Instant::now();
    eprintln!(
        "training on {} sentences of {name}{}",
        sentences.len(),
        if n_dev > 0 {
            format!(", {n_dev} held out")
        } else {
            String::new()
        }
    );
    let analyzer = Analyzer::default();
    let extractor = if args.no_gazetteer {
        rasad_ner::FeatureExtractor::default()
    } else {
        let lexicon = crate::cmd::lexicon::load(lexicon_dir)?;
        let g = gazetteer(&lexicon);
        eprintln!("gazetteer: {} terms from the lexicon", g.len());
        rasad_ner::FeatureExtractor::new(g)
    };
    let documents: Vec<String> = if args.corpus.as_os_str() == "none" {
        Vec::new()
    } else {
        corpus_documents(&args.corpus)?
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    };
    let corpus = (!documents.is_empty()).then_some(rasad_ner::Corpus {
        documents: &documents,
        min_count: args.min_count,
        self_train: args.self_train,
    });
    if let Some(k) = args.folds {
        // The word statistics do not depend on the fold: count them once.
        return match corpus.filter(|c| !c.self_train) {
            Some(c) => {
                let stats =
                    rasad_ner::corpus_stats(c.documents, c.min_count, &analyzer, &extractor);
                let extractor = extractor.with_stats(std::sync::Arc::new(stats));
                cross_validate(&sentences, k, &analyzer, &extractor, None, &config)
            }
            None => cross_validate(&sentences, k, &analyzer, &extractor, corpus, &config),
        };
    }
    let model = rasad_ner::train_with_corpus(
        &sentences,
        (n_dev > 0).then_some(&dev[..]),
        &analyzer,
        &extractor,
        corpus,
        &config,
        |stage, r| {
            let dev = r
                .dev
                .as_ref()
                .map(|s| format!("  dev micro-F1 {:.4}", s.micro().f1()))
                .unwrap_or_default();
            eprintln!(
                "{stage} model, epoch {:>2}  train accuracy {:.4}{dev}  ({:.1}s)",
                r.epoch,
                r.train_accuracy,
                start.elapsed().as_secs_f64()
            );
        },
    )?;
    let bytes = model.to_bytes();
    // Write beside the target and rename, so a crash never leaves a half-written model.
    let mut tmp = args.out.clone().into_os_string();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, &bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &args.out)
        .with_context(|| format!("cannot move {} to {}", tmp.display(), args.out.display()))?;
    eprintln!(
        "wrote {} ({} features, {} word statistics, {} bytes) in {:.1}s",
        args.out.display(),
        model.n_features(),
        model.stats().len(),
        bytes.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
