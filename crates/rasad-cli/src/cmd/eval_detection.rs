//! `rasad eval detection`: event detection scored against the GSR detection gold, and the
//! training of the event-salience model (`--train`).
//!
//! The sentences are coded once without the salience model, keeping each event's salience
//! features; every score below is then computed from that one coding, so the rules-only score,
//! the model's score and the cross-validated score differ only in who decides `background`.
//!
//! Honesty: the shipped model is trained on the development file. When the evaluated file is the
//! model's training file (same content hash), the headline is a k-fold cross-validation —
//! folds by article (the id before its last `-`/`_`), each fold scored by a model whose weights
//! *and* thresholds were trained without that fold — and the model's own score on the file
//! (resubstitution) is printed only as a secondary, labelled line.

use anyhow::{Context, Result};
use rasad_coder::salience::{self, EventFeatures, SalienceModel, TrainItem, TrainOptions};
use rasad_coder::Document;
use rasad_eval::detection::{
    doc_group, parse_detection, score_detection, DetectionItem, DetectionReport, Label,
};
use rasad_eval::events::PredictedEvent;
use rasad_event::{Event, PloverType};
use rayon::prelude::*;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

const DETECTION_DEV: &str = "../shared/data/gold/gsr_detection_dev.jsonl";

#[derive(clap::Args)]
pub struct DetectionArgs {
    /// Detection gold file (JSON lines) [default: ../shared/data/gold/gsr_detection_dev.jsonl]
    pub file: Option<PathBuf>,
    /// Print up to N examples each of missed positives and false positives.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
    /// Train a salience model on FILE and write it to OUT (TSV; the shipped one is
    /// crates/rasad-coder/data/salience.tsv); the report then scores that model.
    #[arg(long, value_name = "OUT")]
    pub train: Option<PathBuf>,
    /// Score this salience model instead of the embedded one.
    #[arg(long, value_name = "MODEL", conflicts_with = "no_salience")]
    pub model: Option<PathBuf>,
    /// Score the context rules alone, without the salience model.
    #[arg(long)]
    pub no_salience: bool,
    /// Cross-validation folds (articles are never split across folds).
    #[arg(long, value_name = "K", default_value_t = 5)]
    pub folds: usize,
    /// Training: L2 penalty [default: the shipped model's, see salience::TrainOptions].
    #[arg(long)]
    pub l2: Option<f64>,
    /// Training: gradient iterations.
    #[arg(long)]
    pub iterations: Option<usize>,
    /// Training: drop features seen in fewer events.
    #[arg(long)]
    pub min_count: Option<usize>,
    /// Training: multiple-instance refits.
    #[arg(long)]
    pub mi_rounds: Option<usize>,
    /// Training: the types whose candidate model fits the annotators' agreement
    /// (accept / (accept + reject)) instead of the label, comma-separated, or `none`
    /// [default: the shipped model's, see salience::TrainOptions].
    #[arg(long, value_name = "TYPES")]
    pub soft_labels: Option<String>,
    /// Training: leave out the sentences the annotators split on (gold `ambiguous`). By
    /// default the candidate model is fitted on their agreement too (they never set thresholds
    /// and are never scored).
    #[arg(long)]
    pub no_ambiguous: bool,
    /// Training: leave out the character n-gram reader (candidate features only).
    #[arg(long)]
    pub no_grams: bool,
    /// Training: the n-gram reader's weight in the event's salience (0–1).
    #[arg(long, value_name = "W")]
    pub gram_mix: Option<f64>,
    /// Training: the n-gram reader's inverse L2 strength (scikit-learn's C).
    #[arg(long, value_name = "C")]
    pub gram_c: Option<f64>,
    /// Training: leave out the word-vector reader (crates/rasad-vectors).
    #[arg(long)]
    pub no_vectors: bool,
    /// Training: the vector reader's weight in the event's salience (0–1).
    #[arg(long, value_name = "W")]
    pub vector_mix: Option<f64>,
    /// Training: the vector reader's inverse L2 strength (scikit-learn's C).
    #[arg(long, value_name = "C")]
    pub vector_c: Option<f64>,
    /// Training: the types that get a vector reader, comma-separated
    /// [default: the shipped model's, see salience::TrainOptions].
    #[arg(long, value_name = "TYPES")]
    pub vector_types: Option<String>,
    /// Write each item's training view (label, group, candidates' salience features, the
    /// sentence's character n-grams and mean word vector) as JSON lines to FILE, for
    /// experimenting with other learners.
    #[arg(long, value_name = "FILE")]
    pub dump_features: Option<PathBuf>,
}

/// One coded item: its events and each event's salience features.
type CodedItem = Vec<(Event, EventFeatures)>;

/// The model's verdict applied to an event coded without it: the same rule as the coder's.
fn judged(m: Option<&SalienceModel>, e: &Event, features: &EventFeatures) -> PredictedEvent {
    let mut p = PredictedEvent::from_event(e);
    if let Some(m) = m {
        if let Some(th) = m.threshold(e.event_type) {
            if !e.negated && !e.hypothetical {
                let s = m.event_score(e.event_type, features);
                p.salience = Some(s as f32);
                p.background = s < th;
            }
        }
    }
    p
}

fn predict(m: Option<&SalienceModel>, coded: &[CodedItem]) -> Vec<Vec<PredictedEvent>> {
    coded
        .iter()
        .map(|evs| evs.iter().map(|(e, f)| judged(m, e, f)).collect())
        .collect()
}

/// The training view of an item: its events of its own type that are neither negated nor
/// hypothetical (the ones the model decides on).
fn train_item(item: &DetectionItem, evs: &CodedItem) -> TrainItem {
    TrainItem {
        group: doc_group(&item.id).to_string(),
        plover: item.event_type,
        label: item.label == Label::Yes,
        scored: item.label != Label::Ambiguous,
        agreement: match (item.accept, item.reject) {
            (Some(a), Some(r)) if a + r > 0 => Some(f64::from(a) / f64::from(a + r)),
            _ => None,
        },
        candidates: evs
            .iter()
            .filter(|(e, _)| e.event_type == item.event_type && !e.negated && !e.hypothetical)
            .map(|(_, f)| f.clone())
            .collect(),
    }
}

/// k-fold cross-validated predictions: each fold coded by a model (weights and thresholds)
/// trained on the other folds' items (their `ambiguous` ones only for fitting, and only with
/// `fit_ambiguous`).
fn cross_validated(
    coded: &[CodedItem],
    train_items: &[TrainItem],
    k: usize,
    opts: &TrainOptions,
    fit_ambiguous: bool,
) -> Vec<Vec<PredictedEvent>> {
    let fold = salience::folds(train_items, k);
    let models: Vec<SalienceModel> = (0..k)
        .into_par_iter()
        .map(|f| {
            let train: Vec<TrainItem> = train_items
                .iter()
                .zip(&fold)
                .filter(|(t, &g)| g != f && (fit_ambiguous || t.scored))
                .map(|(t, _)| t.clone())
                .collect();
            salience::train(&train, opts)
        })
        .collect();
    coded
        .iter()
        .zip(&fold)
        .map(|(evs, &f)| {
            evs.iter()
                .map(|(e, feats)| judged(Some(&models[f]), e, feats))
                .collect()
        })
        .collect()
}

fn short(r: &DetectionReport) -> String {
    let mut s = format!("macro F1 {:.3}", r.macro_f1());
    for t in &r.types {
        let _ = write!(
            s,
            "; {} P {:.3} R {:.3} F1 {:.3}",
            t.event_type.as_str().to_lowercase(),
            t.precision(),
            t.recall(),
            t.f1()
        );
    }
    s
}

pub fn run(a: DetectionArgs, lexicon_dir: Option<&Path>) -> Result<()> {
    let path = a
        .file
        .clone()
        .unwrap_or_else(|| super::eval_gold::default_path(DETECTION_DEV));
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let file_hash = salience::content_hash(&bytes);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let data =
        String::from_utf8(bytes).with_context(|| format!("{}: not UTF-8", path.display()))?;
    let items = parse_detection(&data, &path.display().to_string())?;

    let coder = super::code::coder(lexicon_dir)?;
    let shipped = coder.salience_model();
    let version = coder.version_hash();
    let raw = coder.with_salience(None).with_salience_features(true);
    let start = Instant::now();
    let coded: Vec<CodedItem> = items
        .par_iter()
        .map(|i| {
            let c = raw.code(&Document {
                id: &i.id,
                text: &i.text,
                date: i.date,
            });
            c.events.into_iter().zip(c.salience_features).collect()
        })
        .collect();
    eprintln!(
        "coded {} sentences in {:.2} s",
        items.len(),
        start.elapsed().as_secs_f64()
    );
    let train_items: Vec<TrainItem> = items
        .iter()
        .zip(&coded)
        .map(|(i, c)| train_item(i, c))
        .collect();
    if let Some(out) = &a.dump_features {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(out)
                .with_context(|| format!("cannot write {}", out.display()))?,
        );
        for (i, t) in items.iter().zip(&train_items) {
            let line = serde_json::json!({
                "id": i.id, "group": t.group, "type": t.plover.as_str(), "label": i.label.as_str(),
                "accept": i.accept, "reject": i.reject, "text": i.text,
                "candidates": t.candidates.iter().map(|c| &c.features).collect::<Vec<_>>(),
                "grams": t.candidates.first().map(|c| &c.grams),
                "vector": t.candidates.first().and_then(|c| c.vector.as_ref()),
            });
            writeln!(w, "{line}")?;
        }
        w.flush()?;
    }
    let d = TrainOptions::default();
    let soft_labels = match a.soft_labels.as_deref() {
        None => d.soft_labels.clone(),
        Some("none") => Vec::new(),
        Some(list) => list
            .split(',')
            .map(|t| PloverType::parse(t.trim()))
            .collect::<Result<_, _>>()
            .context("--soft-labels: a comma-separated list of PLOVER types, or `none`")?,
    };
    let grams = if a.no_grams {
        None
    } else {
        d.grams.map(|g| salience::GramOptions {
            mix: a.gram_mix.unwrap_or(g.mix),
            c: a.gram_c.unwrap_or(g.c),
            ..g
        })
    };
    let opts = TrainOptions {
        l2: a.l2.unwrap_or(d.l2),
        iterations: a.iterations.unwrap_or(d.iterations),
        min_count: a.min_count.unwrap_or(d.min_count),
        mi_rounds: a.mi_rounds.unwrap_or(d.mi_rounds),
        soft_labels,
        grams,
        vectors: if a.no_vectors {
            None
        } else {
            d.vectors.map(|v| salience::VectorOptions {
                mix: a.vector_mix.unwrap_or(v.mix),
                c: a.vector_c.unwrap_or(v.c),
            })
        },
        vector_types: match a.vector_types.as_deref() {
            None => d.vector_types.clone(),
            Some(list) => list
                .split(',')
                .map(|t| PloverType::parse(t.trim()))
                .collect::<Result<_, _>>()
                .context("--vector-types: a comma-separated list of PLOVER types")?,
        },
        ..d
    };

    // the model to score
    let model: Option<SalienceModel> = if a.no_salience {
        None
    } else if let Some(out) = &a.train {
        let known: Vec<TrainItem> = train_items
            .iter()
            .filter(|t| !a.no_ambiguous || t.scored)
            .cloned()
            .collect();
        let mut m = salience::train(&known, &opts);
        m.training_hash = file_hash.clone();
        m.training_file = name.clone();
        m.notes.push(format!(
            "weights: logistic regression, {} AdaGrad full-batch iterations, rate {}, L2 {}, features seen >= {} times",
            opts.iterations, opts.learning_rate, opts.l2, opts.min_count
        ));
        m.notes.push(
            "features: the candidate's rule flags, roles, actors, date, place and casualties; \
             its trigger and the words and word pairs around it; quotes and numbers in the \
             sentence; each also typed (TYPE|…); for ASSAULT, the sentence's word stems and \
             adjacent stem pairs (ASSAULT|u=, ASSAULT|b=)"
                .to_string(),
        );
        if !a.no_ambiguous {
            m.notes.push(
                "candidate model also fitted on the sentences the annotators split on (gold \
                 `ambiguous`), on their agreement; they set no threshold"
                    .to_string(),
            );
        }
        m.notes.push(format!(
            "candidate model fits the annotators' agreement for: {}",
            if opts.soft_labels.is_empty() {
                "none".to_string()
            } else {
                opts.soft_labels
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            }
        ));
        if let Some(g) = &opts.grams {
            m.notes.push(format!(
                "n-gram readers (char 2-4-grams of the sentence's words, TF-IDF logistic regression, \
                 class-balanced, C {}, n-grams in >= {} sentences, {} iterations) for {}; salience = \
                 (1 - mix) * candidate + mix * reader, mix {}",
                g.c,
                g.min_df,
                g.iterations,
                opts.gram_types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(","),
                g.mix
            ));
        }
        if let Some(v) = &opts.vectors {
            m.notes.push(format!(
                "vector readers (the sentence's unit-length mean word vector, crates/rasad-vectors \
                 table {}; class-balanced logistic regression, C {}, Newton) for {}; salience = \
                 (1 - mix) * above + mix * reader, mix {}",
                m.vector_table,
                v.c,
                opts.vector_types.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(","),
                v.mix
            ));
        }
        m.notes.push(format!(
            "thresholds: per type, the middle of the cuts within {} of the best F1 over {}-fold cross-validated sentence scores (folds by article)",
            rasad_coder::salience::PLATEAU,
            opts.folds
        ));
        std::fs::write(out, m.to_tsv())
            .with_context(|| format!("cannot write {}", out.display()))?;
        eprintln!(
            "wrote {} ({} weights, {} training events)",
            out.display(),
            m.weights.len(),
            m.instances
        );
        Some(m)
    } else if let Some(p) = &a.model {
        let src =
            std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
        let m = SalienceModel::parse(&src, &p.display().to_string())?;
        let table = salience::embedded_vector_table();
        if !m.vectors.is_empty() && m.vector_table != table {
            eprintln!(
                "warning: {} was fitted on word-vector table {}, this binary embeds {table}: its \
                 vector readers see other coordinates (retrain it)",
                p.display(),
                m.vector_table,
            );
        }
        Some(m)
    } else {
        shipped.map(|m| (*m).clone())
    };

    let rules = score_detection(&items, &predict(None, &coded));
    let trained_here = model.as_ref().is_some_and(|m| m.training_hash == file_hash);
    let mut text = String::new();
    writeln!(text, "gold: {}  (coder {version})", path.display())?;
    let (headline, scoring, resub) = match &model {
        None => {
            writeln!(text, "scoring: context rules only (no salience model)")?;
            (rules.clone(), "rules".to_string(), None)
        }
        Some(m) if trained_here => {
            let k = a.folds.max(2);
            writeln!(
                text,
                "scoring: {k}-fold CROSS-VALIDATION — the salience model was trained on this file \
                 (hash {file_hash}); folds by article, each fold judged by weights and thresholds \
                 trained without it"
            )?;
            let cv = cross_validated(&coded, &train_items, k, &opts, !a.no_ambiguous);
            let resub = score_detection(&items, &predict(Some(m), &coded));
            (score_detection(&items, &cv), format!("cv{k}"), Some(resub))
        }
        Some(m) => {
            writeln!(
                text,
                "scoring: salience model trained on {} (hash {}), held-out file",
                m.training_file, m.training_hash
            )?;
            (
                score_detection(&items, &predict(Some(m), &coded)),
                "model".to_string(),
                None,
            )
        }
    };
    write!(text, "{headline}")?;
    if model.is_some() {
        writeln!(text, "  context rules alone (no model):  {}", short(&rules))?;
    }
    if let Some(r) = &resub {
        writeln!(
            text,
            "  resubstitution (shipped model on its own training file; optimistic, not a score): {}",
            short(r)
        )?;
    }
    if a.errors > 0 {
        headline.write_errors(a.errors, &mut text)?;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    let mut summary = format!("{} scoring={scoring}", headline.summary());
    write!(summary, " rules_macro_f1={:.3}", rules.macro_f1())?;
    if let Some(r) = &resub {
        write!(summary, " resubstitution_macro_f1={:.3}", r.macro_f1())?;
    }
    writeln!(out, "{summary}").context("cannot write the report")?;
    Ok(())
}
