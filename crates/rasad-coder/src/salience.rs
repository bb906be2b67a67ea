//! # Event salience: does the sentence *report* this event, or only mention it?
//!
//! News sentences name far more attacks and protests than they report: as the time or cause of
//! something else, as the object of comment, in commentary and figures of speech. The context
//! rules of the engine (`background`) catch the clear grammatical cases; what is left is a matter
//! of many weak cues at once (a definite noun, a quotation, a date, a casualty count, who the
//! actors are, the words around the trigger). A small logistic regression weighs those cues.
//! For attacks it also reads the whole sentence as a bag of word stems and adjacent stem pairs
//! ([`SentenceFeatures`]): what else the sentence says (`اصيب`, `بسياره مفخخه`, `امس` for a
//! report; `عام`, `هذه`, `لم` against) weighs much in whether it reports the attack:
//! cross-validation by article raised ASSAULT F1 from 0.625 to 0.670 with it (PROTEST, with 65
//! positive sentences, lost with it, so it does without).
//!
//! A second, independent reader of the sentence — a TF-IDF logistic regression over the
//! character 2–4-grams of its words ([`crate::grams`]) — is averaged with it: the two err on
//! different sentences, and in cross-validation (nested: thresholds chosen without the scored
//! fold) their average raised macro F1 from 0.585 to 0.631 (ASSAULT 0.644 → 0.693, PROTEST
//! 0.526 → 0.569). The candidate model fits the annotators' agreement (the share who said yes)
//! rather than the unanimous label, which ranks better, and it is fitted on the sentences the
//! annotators split on (gold `ambiguous`) too: they are never scored, but they say something
//! about the wording of a report, and with them macro F1 over 4/5/7/10 folds went from
//! 0.634 to 0.643 on average (PROTEST, with 65 unanimous positives, gains 102 sentences two
//! of three annotators accepted). Thresholds are chosen on the scored sentences only.
//!
//! For ASSAULT a third reader looks at the sentence's mean word vector ([`VectorReader`],
//! vectors from `rasad-vectors`, learnt from 16,468 unlabelled articles): a few thousand
//! labelled sentences cannot teach every word for a shelling, a wounding or "yesterday", but
//! the vectors put `وقصف` next to `الغارات` and `أمس` next to `الاثنين`. Mixed in at half weight
//! (`(1 - v) · above + v · r`), it raised ASSAULT F1 at 4/5/7/10 folds from
//! 0.672/0.695/0.691/0.699 to 0.706/0.713/0.705/0.703 (macro F1 0.640 → 0.649 on average).
//! PROTEST, with 65 unanimous positives, lost with it (its F1 fell to about 0.48), so it does
//! without. The model records the hash of the vector table it was fitted on.
//!
//! Shape, after vaporetto and rasad-ner: training, prediction and evaluation are separate tools
//! over one model; the model is a human-readable TSV (`data/salience.tsv`, one `feature weight`
//! per line, sorted by weight, then the n-gram readers' `%TYPE n-gram idf weight` lines)
//! embedded in the binary, and it records the content hash of the
//! file it was trained on so that an evaluation on that same file reports cross-validated
//! scores, not its resubstitution score (crates/rasad-cli `eval detection`). Features are plain
//! strings so that the file explains itself; scoring is a hash lookup per feature, which keeps
//! the coder far above 10,000 sentences/s.
//!
//! The model decides only for the event types it was trained on (`#types`): for those, an event
//! that is not negated or hypothetical gets `salience` in [0, 1] and is `background` exactly when
//! the score is below the type's threshold (chosen by cross-validation at training time); the
//! rule-based background reasons are among its features, so the model may overrule them either
//! way, and the event's `rule` says which way and why (`+salient=0.81`,
//! `+background:salience=0.12<0.40[bg=presupposed,def=1]`: the two strongest negative cues of
//! the candidate itself; the sentence's word bag is summed, not listed).

use crate::grams;
pub use crate::grams::{GramModel, GramOptions};
use crate::view::View;
use crate::words::strip_conj;
use rasad_event::{ActorRef, PloverType, Status};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

/// The embedded model (trained with `rasad eval detection --train`).
const EMBEDDED: &str = include_str!("../data/salience.tsv");

/// A malformed model file.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ModelError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Feature → weight.
pub type Weights = HashMap<String, f64, rasad_text::hash::FxBuild>;

/// A trained salience model: logistic regression over string features.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SalienceModel {
    pub bias: f64,
    pub weights: Weights,
    /// Per modelled type, the score at or above which an event counts as reported.
    pub thresholds: Vec<(PloverType, f64)>,
    /// Per type, the sentence's character n-gram reader ([`crate::grams`]) averaged with the
    /// candidate model; a type without one is scored by the candidate model alone.
    pub grams: Vec<(PloverType, GramModel)>,
    /// Per type, the reader of the sentence's mean word vector ([`VectorReader`]), mixed on top
    /// of the other two; a type without one does without.
    pub vectors: Vec<(PloverType, VectorReader)>,
    /// The content hash of the word-vector table the vector readers were fitted on.
    pub vector_table: String,
    /// FNV-1a (hex) of the training file's bytes, and its name, for honest evaluation.
    pub training_hash: String,
    pub training_file: String,
    pub instances: usize,
    /// How the thresholds were chosen and what cross-validation scored (free text).
    pub notes: Vec<String>,
}

/// FNV-1a 64 of some bytes, as 16 hex digits: the content hash recorded in models.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl SalienceModel {
    /// The model embedded in the binary (`None` when the embedded file has no weights).
    pub fn embedded() -> Option<&'static SalienceModel> {
        static M: std::sync::OnceLock<Option<SalienceModel>> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            SalienceModel::parse(EMBEDDED, "salience.tsv")
                .ok()
                .filter(|m| !m.thresholds.is_empty())
        })
        .as_ref()
    }

    /// Whether the model decides for this type.
    pub fn threshold(&self, t: PloverType) -> Option<f64> {
        self.thresholds.iter().find(|(p, _)| *p == t).map(|x| x.1)
    }

    /// The candidate model's probability that the event described by `features` is reported
    /// (without the n-gram reader; see [`SalienceModel::event_score`]).
    pub fn score(&self, features: &[String]) -> f64 {
        self.score_plus(features, 0.0)
    }

    /// The n-gram reader of a type, if the model has one.
    pub fn gram_model(&self, t: PloverType) -> Option<&GramModel> {
        self.grams.iter().find(|(p, _)| *p == t).map(|x| &x.1)
    }

    /// The vector reader of a type, if the model has one.
    pub fn vector_reader(&self, t: PloverType) -> Option<&VectorReader> {
        self.vectors.iter().find(|(p, _)| *p == t).map(|x| &x.1)
    }

    /// The event's salience: the candidate model's probability `candidate`, averaged with the
    /// n-gram reader's probability of its sentence when the type has that reader, and that
    /// average with the vector reader's probability when the type has one
    /// (`(1 - v) * ((1 - g) * p + g * q) + v * r`).
    pub fn combine(
        &self,
        t: PloverType,
        candidate: f64,
        sentence: impl FnOnce() -> f64,
        vector: impl FnOnce() -> f64,
    ) -> f64 {
        let base = match self.gram_model(t) {
            Some(g) => (1.0 - g.mix) * candidate + g.mix * sentence(),
            None => candidate,
        };
        match self.vector_reader(t) {
            Some(r) => (1.0 - r.mix) * base + r.mix * vector(),
            None => base,
        }
    }

    /// The salience of an event from its collected features (training and evaluation; the
    /// coder computes the same from the sentence directly).
    pub fn event_score(&self, t: PloverType, f: &EventFeatures) -> f64 {
        let c = self.score(&f.features);
        self.combine(
            t,
            c,
            || self.gram_model(t).map_or(0.5, |g| g.probability(&f.grams)),
            || {
                self.vector_reader(t)
                    .map_or(0.5, |r| r.probability(f.vector.as_deref()))
            },
        )
    }

    /// [`SalienceModel::score`] with `extra` added to the sum of weights (the weight of
    /// features summed elsewhere, as the sentence's word bag is).
    pub fn score_plus(&self, features: &[String], extra: f64) -> f64 {
        let z = self.bias
            + extra
            + features
                .iter()
                .filter_map(|f| self.weights.get(f.as_str()))
                .sum::<f64>();
        sigmoid(z)
    }

    /// The (up to) `n` features that pulled the score down most, for explanations.
    pub fn strongest_negative<'f>(&self, features: &'f [String], n: usize) -> Vec<&'f str> {
        let mut neg: Vec<(&str, f64)> = features
            .iter()
            .filter_map(|f| self.weights.get(f.as_str()).map(|w| (f.as_str(), *w)))
            .filter(|(_, w)| *w < 0.0)
            .collect();
        neg.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(b.0)));
        neg.into_iter().take(n).map(|x| x.0).collect()
    }

    /// A stable hash of the model's content, for [`crate::Coder::version_hash`].
    pub fn version_hash(&self) -> String {
        content_hash(self.to_tsv().as_bytes())
    }

    /// Parses the TSV form written by [`SalienceModel::to_tsv`].
    pub fn parse(src: &str, file: &str) -> Result<SalienceModel, ModelError> {
        let mut m = SalienceModel::default();
        for (i, line) in src.lines().enumerate() {
            let err = |message: String| ModelError {
                file: file.to_string(),
                line: i + 1,
                message,
            };
            if line.trim().is_empty() || line.starts_with("# ") || line == "#" {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let num = |s: &str| {
                s.trim()
                    .parse::<f64>()
                    .map_err(|_| err(format!("bad number '{s}'")))
            };
            match cols.as_slice() {
                ["#threshold", t, x] => {
                    let t = PloverType::parse(t).map_err(|e| err(e.to_string()))?;
                    m.thresholds.push((t, num(x)?));
                }
                ["#training_hash", h] => m.training_hash = h.to_string(),
                ["#training_file", f] => m.training_file = f.to_string(),
                ["#instances", n] => m.instances = num(n)? as usize,
                ["#note", n] => m.notes.push(n.to_string()),
                ["#bias", b] => m.bias = num(b)?,
                ["#grams", t, b, mix] => {
                    let t = PloverType::parse(t).map_err(|e| err(e.to_string()))?;
                    if m.gram_model(t).is_some() {
                        return Err(err(format!("second #grams line for {}", t.as_str())));
                    }
                    let g = GramModel::new(num(b)?, num(mix)?);
                    m.grams.push((t, g));
                }
                ["#vector_table", h] => m.vector_table = h.to_string(),
                ["#vectors", t, b, mix] => {
                    let t = PloverType::parse(t).map_err(|e| err(e.to_string()))?;
                    if m.vector_reader(t).is_some() {
                        return Err(err(format!("second #vectors line for {}", t.as_str())));
                    }
                    let r = VectorReader {
                        bias: num(b)?,
                        mix: num(mix)?,
                        weights: Vec::new(),
                    };
                    m.vectors.push((t, r));
                }
                [t, dim, w] if t.starts_with('&') => {
                    let t = PloverType::parse(&t[1..]).map_err(|e| err(e.to_string()))?;
                    let w = num(w)?;
                    let r = m.vectors.iter_mut().find(|(p, _)| *p == t).ok_or_else(|| {
                        err(format!(
                            "vector weight of {} before its #vectors line",
                            t.as_str()
                        ))
                    })?;
                    if dim.trim().parse::<usize>().ok() != Some(r.1.weights.len()) {
                        return Err(err(format!(
                            "vector weight {dim} of {} out of order (expected {})",
                            t.as_str(),
                            r.1.weights.len()
                        )));
                    }
                    r.1.weights.push(w);
                }
                [t, gram, idf, w] if t.starts_with('%') => {
                    let t = PloverType::parse(&t[1..]).map_err(|e| err(e.to_string()))?;
                    let (idf, w) = (num(idf)?, num(w)?);
                    let g = m.grams.iter_mut().find(|(p, _)| *p == t).ok_or_else(|| {
                        err(format!("n-gram of {} before its #grams line", t.as_str()))
                    })?;
                    g.1.insert(gram.to_string(), idf, w);
                }
                [f, w] if !f.starts_with('#') => {
                    m.weights.insert(f.to_string(), num(w)?);
                }
                _ => return Err(err(format!("unexpected line '{line}'"))),
            }
        }
        Ok(m)
    }

    /// The TSV form: header lines (`#key<TAB>value`), then `feature<TAB>weight`, strongest
    /// positive first.
    pub fn to_tsv(&self) -> String {
        let mut s = String::new();
        s.push_str("# rasad event-salience model (logistic regression over string features).\n");
        s.push_str("# Trained by `rasad eval detection --train FILE`; see crates/rasad-coder/src/salience.rs.\n");
        s.push_str(
            "# An event of a #threshold type, not negated or hypothetical, is reported when its\n",
        );
        s.push_str(
            "# salience >= the type's threshold: p = sigmoid(#bias + sum of the weights of its\n",
        );
        s.push_str(
            "# features), averaged as (1 - mix) * p + mix * q with the type's n-gram reader q.\n",
        );
        let _ = writeln!(s, "#training_file\t{}", self.training_file);
        let _ = writeln!(s, "#training_hash\t{}", self.training_hash);
        let _ = writeln!(s, "#instances\t{}", self.instances);
        for n in &self.notes {
            let _ = writeln!(s, "#note\t{n}");
        }
        for (t, x) in &self.thresholds {
            let _ = writeln!(s, "#threshold\t{}\t{x:.4}", t.as_str());
        }
        let _ = writeln!(s, "#bias\t{:.5}", self.bias);
        let mut w: Vec<(&String, &f64)> = self.weights.iter().collect();
        w.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
        for (f, x) in w {
            let _ = writeln!(s, "{f}\t{x:.5}");
        }
        s.push_str(
            "# The n-gram readers (crates/rasad-coder/src/grams.rs): `#grams TYPE bias mix`, then\n",
        );
        s.push_str("# `%TYPE n-gram idf weight` per character n-gram of its vocabulary.\n");
        for (t, g) in &self.grams {
            let _ = writeln!(s, "#grams\t{}\t{:.5}\t{}", t.as_str(), g.bias, g.mix);
            grams::write_terms(&mut s, t.as_str(), g);
        }
        if !self.vectors.is_empty() {
            s.push_str(
                "# The vector readers: `#vectors TYPE bias mix`, then `&TYPE dim weight` over the\n",
            );
            s.push_str("# sentence's mean word vector (crates/rasad-vectors; table hash below).\n");
            let _ = writeln!(s, "#vector_table\t{}", self.vector_table);
            for (t, r) in &self.vectors {
                let _ = writeln!(s, "#vectors\t{}\t{:.5}\t{}", t.as_str(), r.bias, r.mix);
                for (i, w) in r.weights.iter().enumerate() {
                    let _ = writeln!(s, "&{}\t{i}\t{w:.5}", t.as_str());
                }
            }
        }
        s
    }
}

/// The third reader of a sentence: a logistic regression over its mean word vector
/// ([`rasad_vectors::WordVectors::mean`]). The vectors come from unlabelled news, so this
/// reader generalises from the labelled sentences to words they never used; it is fitted per
/// type, class-balanced, like the n-gram reader.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VectorReader {
    pub bias: f64,
    /// The reader's weight in the event's salience (see [`SalienceModel::combine`]).
    pub mix: f64,
    pub weights: Vec<f64>,
}

impl VectorReader {
    /// The probability that a sentence with this mean vector reports the event (the bias
    /// alone when no word of the sentence has a vector, or the table's size differs).
    pub fn probability(&self, vector: Option<&[f32]>) -> f64 {
        let z = match vector {
            Some(v) if v.len() == self.weights.len() => self
                .weights
                .iter()
                .zip(v)
                .map(|(w, x)| w * f64::from(*x))
                .sum::<f64>(),
            _ => 0.0,
        };
        sigmoid(self.bias + z)
    }
}

/// The content hash of the embedded word-vector table (empty when there is none), computed
/// once.
pub fn embedded_vector_table() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| {
        if rasad_vectors::WordVectors::embedded().is_some() {
            content_hash(rasad_vectors::WordVectors::embedded_bytes())
        } else {
            String::new()
        }
    })
}

/// The words of a sentence's tokens as the sentence readers see them (the coder's matching
/// forms, numbers as `#`, no punctuation): what `rasad vectors build` learns vectors for.
pub fn reader_forms(tokens: &[rasad_text::Token]) -> Vec<String> {
    tokens
        .iter()
        .filter_map(|t| match t.kind {
            rasad_text::TokenKind::Punct | rasad_text::TokenKind::Symbol => None,
            rasad_text::TokenKind::Number => Some("#".to_string()),
            _ => Some(crate::view::form_of(t)),
        })
        .filter(|f| !f.is_empty())
        .collect()
}

pub(crate) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The features counted at least `min` times, sorted (for determinism), and their indices.
pub(crate) fn vocabulary<'a>(
    counts: &HashMap<&'a str, usize>,
    min: usize,
) -> (Vec<&'a str>, HashMap<&'a str, usize>) {
    let mut names: Vec<&str> = counts
        .iter()
        .filter(|(_, &n)| n >= min)
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let index = names.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    (names, index)
}

/// What the engine knows about a candidate event when it is scored.
pub(crate) struct Candidate<'a> {
    pub trig: Range<usize>,
    pub plover: PloverType,
    pub verbal: bool,
    /// The event's rule so far (`190:هجوم+prodrop+background:frame`).
    pub rule: &'a str,
    pub roles_rule: &'a str,
    pub status: Status,
    pub historical: bool,
    pub background: bool,
    pub dead: bool,
    pub injured: bool,
    pub source: Option<&'a ActorRef>,
    pub target: Option<&'a ActorRef>,
    pub date: bool,
    pub location: bool,
    /// Events of the same type in the sentence (this one included).
    pub same_type: usize,
}

fn bucket(n: usize, edges: &[usize]) -> usize {
    edges.iter().take_while(|&&e| n >= e).count()
}

/// The pieces, joined: a feature name (cheaper than `format!` for the coder's many short
/// feature strings).
fn cat(pieces: &[&str]) -> String {
    let mut s = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    pieces.iter().for_each(|p| s.push_str(p));
    s
}

/// `"1"` or `"0"`.
fn bit(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// A word form without conjunction and article, for window features.
fn stem(f: &str) -> &str {
    let f = strip_conj(f);
    let f = f
        .strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(f);
    f.strip_prefix("بال")
        .or_else(|| f.strip_prefix("لل"))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(f)
}

/// The features of a candidate: strings, so that the model file explains itself. The
/// sentence's word bag is not among them (see [`SentenceFeatures`]): the model's full feature
/// set for a candidate is these plus [`SentenceFeatures::bag`].
pub(crate) fn features(
    v: &View<'_>,
    c: &Candidate<'_>,
    sentence: &SentenceFeatures<'_>,
) -> Vec<String> {
    let t = c.plover.as_str();
    let mut out: Vec<String> = Vec::with_capacity(48);
    let mut pieces = c.rule.split('+');
    let id = pieces.next().unwrap_or("");
    out.push(cat(&["entry=", id]));
    out.push(cat(&["type=", t]));
    out.push(cat(&["verbal=", bit(c.verbal), "|", t]));
    for piece in pieces {
        let piece = piece.split('@').next().unwrap_or(piece);
        out.push(cat(&["rule=", piece]));
    }
    out.push(cat(&["roles=", c.roles_rule]));
    out.push(cat(&["status=", c.status.as_str()]));
    out.push(cat(&["hist=", bit(c.historical)]));
    out.push(cat(&["bg=", bit(c.background), "|", t]));
    out.push(cat(&["cas=", bit(c.dead || c.injured)]));
    for (name, a) in [("src", c.source), ("tgt", c.target)] {
        match a {
            None => out.push(cat(&[name, "=none"])),
            Some(a) => {
                let sector = a.sector.map_or("-", |s| s.as_str());
                out.push(cat(&[name, "=", sector]));
                out.push(cat(&[name, "_country=", bit(a.country.is_some())]));
                if a.antecedent.is_some() {
                    out.push(cat(&[name, "=anaphor"]));
                }
            }
        }
    }
    out.push(cat(&["date=", bit(c.date)]));
    out.push(cat(&["loc=", bit(c.location)]));
    out.push(format!("same={}", bucket(c.same_type, &[2, 3])));
    let n = v.forms.len();
    out.push(format!("pos={}", bucket(c.trig.start, &[1, 3, 6, 11, 21])));
    out.push(format!("len={}", bucket(n, &[8, 15, 25, 40])));
    let form = strip_conj(&v.forms[c.trig.start]);
    out.push(cat(&["def=", bit(form.starts_with("ال")), "|", t]));
    out.push(cat(&["trig=", stem(&v.forms[c.trig.start])]));
    // the words around the trigger, within its clause, as a bag on each side
    let clause = v.clause[c.trig.start];
    for k in c.trig.start.saturating_sub(3)..c.trig.start {
        if v.clause[k] == clause {
            out.push(cat(&["wl=", stem(&v.forms[k])]));
        }
    }
    for k in c.trig.end..(c.trig.end + 3).min(n) {
        if v.clause[k] == clause {
            out.push(cat(&["wr=", stem(&v.forms[k])]));
        }
    }
    // a counted crowd or a number near the trigger (`تظاهر آلاف`, `مقتل 5`)
    let near = c.trig.start.saturating_sub(4)..(c.trig.end + 4).min(n);
    if near.clone().any(|k| {
        !c.trig.contains(&k) && crate::words::is_word(strip_conj(&v.forms[k]), &crate::words::CROWD)
    }) {
        out.push("crowd=1".to_string());
    }
    if near
        .clone()
        .any(|k| v.tokens[k].kind == rasad_text::TokenKind::Number)
    {
        out.push("number_near=1".to_string());
    }
    // wider context: a bag of the words up to six before and after, clause or not
    for k in c.trig.start.saturating_sub(6)..(c.trig.end + 6).min(n) {
        if !c.trig.contains(&k) && !v.is_punct(k) {
            out.push(cat(&["w6=", stem(&v.forms[k])]));
        }
    }
    // word pairs at the trigger: the two words before it, the word before and the trigger,
    // the trigger and the word after, the two words after
    if c.trig.start >= 2 {
        out.push(cat(&[
            "bl2=",
            stem(&v.forms[c.trig.start - 2]),
            "_",
            stem(&v.forms[c.trig.start - 1]),
        ]));
    }
    if c.trig.start >= 1 {
        out.push(cat(&[
            "bl1=",
            stem(&v.forms[c.trig.start - 1]),
            "_",
            stem(&v.forms[c.trig.start]),
        ]));
    }
    if c.trig.end + 2 <= n {
        out.push(cat(&[
            "br2=",
            stem(&v.forms[c.trig.end]),
            "_",
            stem(&v.forms[c.trig.end + 1]),
        ]));
    }
    if c.trig.end < n {
        out.push(cat(&[
            "br1=",
            stem(&v.forms[c.trig.end - 1]),
            "_",
            stem(&v.forms[c.trig.end]),
        ]));
    }
    if c.trig.start > 0 {
        let prev = strip_conj(&v.forms[c.trig.start - 1]);
        if crate::words::is_word(prev, &crate::words::PREPOSITIONS) {
            out.push(cat(&["prep=", prev]));
        }
    }
    out.push(format!("rel={}", (4 * c.trig.start) / n.max(1)));
    if let Some(first) = v
        .forms
        .iter()
        .find(|f| !f.chars().all(|c| c.is_ascii_punctuation()))
    {
        out.push(cat(&["first=", first]));
    }
    out.extend(sentence.shared.iter().cloned());
    // each cue also for the type alone: what marks a reported protest is not what marks an attack
    let n_shared = out.len();
    for i in 0..n_shared {
        if !out[i].starts_with("type=") && !out[i].contains('|') {
            let typed = cat(&[t, "|", &out[i]]);
            out.push(typed);
        }
    }
    // (each feature once: ordered by length first, which settles most comparisons without
    // reading the strings — the order matters only when features are written out, which sorts
    // them by name)
    out.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// The types whose candidates also see the whole sentence's words ([`SentenceFeatures`]).
/// For PROTEST (few positives, noisy labels) the word bag lowered the cross-validated F1.
const WORD_BAG_TYPES: &[PloverType] = &[PloverType::Assault];

/// The features every candidate of a sentence shares (computed once per sentence).
///
/// Two kinds: commentary (quotes) and numbers, for every type, which [`features`] includes;
/// and, for the types of [`WORD_BAG_TYPES`], the sentence as a bag of words, typed: the stem
/// of every word (numbers as `#`) and of every two adjacent words not split by punctuation
/// (`ASSAULT|u=مسلح`, `ASSAULT|b=مسلحون_مجهولون`). The bag is the same for every candidate of
/// the sentence, so the coder sums its weights once per sentence ([`SentenceFeatures::bag_weight`])
/// instead of copying it into each candidate's features; training materialises it
/// ([`SentenceFeatures::bag`]). (Cue classes anywhere in the sentence were tried and dropped:
/// a dictionary lookup per word and class for no cross-validated gain; so were character
/// 3–4-grams of the words, which scored below the words themselves.)
pub(crate) struct SentenceFeatures<'v> {
    shared: Vec<String>,
    /// The sentence's words as the n-gram reader sees them ([`reader_words`]).
    words: Vec<&'v str>,
    /// The mean word vector of the sentence, once computed (inner `None`: no known word).
    vector: Option<Option<Vec<f32>>>,
    /// The vector reader's probability under the model being applied, per type.
    vector_scores: Vec<(PloverType, f64)>,
    /// The n-gram reader's probability under the model being applied, per type, once computed.
    gram_scores: Vec<(PloverType, f64)>,
    /// The bag's terms: `(stem, "")` for a word, `(stem, next stem)` for a pair; sorted, unique.
    terms: Vec<(&'v str, &'v str)>,
    /// The bag's summed weight under the model being applied, per type, once computed.
    weights: Vec<(PloverType, f64)>,
}

/// The [`SentenceFeatures`] of a sentence.
pub(crate) fn sentence_features<'v>(v: &'v View<'_>) -> SentenceFeatures<'v> {
    let quote = v
        .forms
        .iter()
        .any(|f| matches!(f.as_str(), "«" | "»" | "\"" | "“" | "”"));
    let number = v
        .tokens
        .iter()
        .any(|t| t.kind == rasad_text::TokenKind::Number);
    let shared = vec![
        format!("quote={}", u8::from(quote)),
        format!("number={}", u8::from(number)),
    ];
    let word = |k: usize| match v.tokens[k].kind {
        rasad_text::TokenKind::Punct | rasad_text::TokenKind::Symbol => None,
        rasad_text::TokenKind::Number => Some("#"),
        _ => Some(stem(&v.forms[k])).filter(|w| !w.is_empty()),
    };
    let stems: Vec<Option<&str>> = (0..v.forms.len()).map(word).collect();
    let mut terms: Vec<(&str, &str)> = stems.iter().flatten().map(|&w| (w, "")).collect();
    for pair in stems.windows(2) {
        if let [Some(a), Some(b)] = pair {
            terms.push((a, b));
        }
    }
    terms.sort_unstable();
    terms.dedup();
    SentenceFeatures {
        shared,
        words: reader_words(v).collect(),
        vector: None,
        vector_scores: Vec::new(),
        gram_scores: Vec::new(),
        terms,
        weights: Vec::new(),
    }
}

/// The sentence's words as the n-gram reader sees them: every word's normalized form (with
/// its clitics: they are part of what the reader learns from), numbers as `#`.
fn reader_words<'v>(v: &'v View<'_>) -> impl Iterator<Item = &'v str> {
    v.tokens
        .iter()
        .zip(&v.forms)
        .filter_map(|(t, f)| match t.kind {
            rasad_text::TokenKind::Punct | rasad_text::TokenKind::Symbol => None,
            rasad_text::TokenKind::Number => Some("#"),
            _ => Some(f.as_str()),
        })
}

impl SentenceFeatures<'_> {
    /// The sentence's character n-grams (for training the n-gram reader).
    pub fn grams(&self) -> Vec<String> {
        grams::sentence_grams(self.words.iter().copied())
    }

    /// The n-gram reader's probability for type `t` under `m` (computed once per type; 0.5
    /// when `m` has no reader for `t`, where [`SalienceModel::combine`] does not ask).
    pub fn gram_probability(&mut self, m: &SalienceModel, t: PloverType) -> f64 {
        if let Some(&(_, p)) = self.gram_scores.iter().find(|(q, _)| *q == t) {
            return p;
        }
        let p = m
            .gram_model(t)
            .map_or(0.5, |g| g.probability_of_words(self.words.iter().copied()));
        self.gram_scores.push((t, p));
        p
    }

    /// The sentence's mean word vector under the embedded table (computed once).
    pub fn vector(&mut self) -> Option<&[f32]> {
        let words = &self.words;
        self.vector
            .get_or_insert_with(|| {
                rasad_vectors::WordVectors::embedded().and_then(|t| t.mean(words.iter().copied()))
            })
            .as_deref()
    }

    /// The vector reader's probability for type `t` under `m` (computed once per type; 0.5
    /// when `m` has no vector reader for `t`, where [`SalienceModel::combine`] does not ask).
    pub fn vector_probability(&mut self, m: &SalienceModel, t: PloverType) -> f64 {
        if let Some(&(_, p)) = self.vector_scores.iter().find(|(q, _)| *q == t) {
            return p;
        }
        let p = match m.vector_reader(t) {
            Some(r) => r.probability(self.vector()),
            None => 0.5,
        };
        self.vector_scores.push((t, p));
        p
    }

    /// Writes the feature name of a bag term into `buf`.
    fn term_name(buf: &mut String, t: PloverType, (a, b): (&str, &str)) {
        buf.clear();
        buf.push_str(t.as_str());
        if b.is_empty() {
            buf.push_str("|u=");
            buf.push_str(a);
        } else {
            buf.push_str("|b=");
            buf.push_str(a);
            buf.push('_');
            buf.push_str(b);
        }
    }

    /// The word-bag features of the sentence for a candidate of type `t` (none unless `t` is
    /// one of [`WORD_BAG_TYPES`]).
    pub fn bag(&self, t: PloverType) -> Vec<String> {
        if !WORD_BAG_TYPES.contains(&t) {
            return Vec::new();
        }
        let mut buf = String::new();
        self.terms
            .iter()
            .map(|&term| {
                Self::term_name(&mut buf, t, term);
                buf.clone()
            })
            .collect()
    }

    /// The summed weight of [`SentenceFeatures::bag`] under `m` (computed once per type; a
    /// sentence is scored by one model).
    pub fn bag_weight(&mut self, m: &SalienceModel, t: PloverType) -> f64 {
        if !WORD_BAG_TYPES.contains(&t) {
            return 0.0;
        }
        if let Some(&(_, w)) = self.weights.iter().find(|(p, _)| *p == t) {
            return w;
        }
        let mut buf = String::with_capacity(64);
        let mut sum = 0.0;
        for &term in &self.terms {
            Self::term_name(&mut buf, t, term);
            sum += m.weights.get(buf.as_str()).copied().unwrap_or(0.0);
        }
        self.weights.push((t, sum));
        sum
    }
}

/// What the salience model reads of one event: its candidate features (with the sentence's
/// word bag materialised) and its sentence's character n-grams.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFeatures {
    pub features: Vec<String>,
    pub grams: Vec<String>,
    /// The sentence's mean word vector (`None`: no word of it has a vector).
    pub vector: Option<Vec<f32>>,
}

/// One labelled sentence for training: the features of its candidate events of its type.
#[derive(Clone, Debug)]
pub struct TrainItem {
    /// Items of one group (an article) never straddle cross-validation folds.
    pub group: String,
    pub plover: PloverType,
    pub label: bool,
    /// The share of annotators who said `yes`, when known: the candidate model's fitting
    /// target for the types of [`TrainOptions::soft_labels`] (thresholds always use `label`).
    pub agreement: Option<f64>,
    /// False for a sentence the annotators split on (gold `ambiguous`): it is fitted on its
    /// agreement but never counted when thresholds are chosen.
    pub scored: bool,
    pub candidates: Vec<EventFeatures>,
}

/// Training settings; the defaults are what the shipped model used.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub iterations: usize,
    pub learning_rate: f64,
    pub l2: f64,
    /// Features seen in fewer training candidates are dropped.
    pub min_count: usize,
    /// Folds for choosing the thresholds.
    pub folds: usize,
    /// Multiple-instance rounds: a `yes` sentence says that *one* of its events is reported,
    /// so after each fit only its best-scoring candidate stays a positive example.
    pub mi_rounds: usize,
    /// The types whose candidate model fits the annotators' agreement (accept share) rather
    /// than the hard label. For ASSAULT it ranks better in nested cross-validation. PROTEST,
    /// with few positives, did better on the hard label until the `ambiguous` sentences were
    /// fitted too (session 13): with them, the agreement is better for both (macro F1 over
    /// 4/5/7/10 folds 0.643/0.644/0.640/0.643, against 0.635/0.618/0.636/0.645 before).
    pub soft_labels: Vec<PloverType>,
    /// The character n-gram reader ([`crate::grams`]), for the types of `gram_types`.
    pub grams: Option<GramOptions>,
    pub gram_types: Vec<PloverType>,
    /// The vector reader ([`VectorReader`]), for the types of `vector_types`.
    pub vectors: Option<VectorOptions>,
    pub vector_types: Vec<PloverType>,
}

/// How the vector reader is fitted.
#[derive(Clone, Debug)]
pub struct VectorOptions {
    /// Inverse L2 strength (scikit-learn's `C`): `½|w|² + C Σ balanced log-loss`.
    pub c: f64,
    /// Its weight in the event's salience ([`VectorReader::mix`]).
    pub mix: f64,
}

impl Default for VectorOptions {
    fn default() -> Self {
        VectorOptions { c: 1.0, mix: 0.5 }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 300,
            learning_rate: 0.5,
            l2: 0.01,
            min_count: 3,
            folds: 5,
            mi_rounds: 0,
            soft_labels: vec![PloverType::Assault, PloverType::Protest],
            grams: Some(GramOptions::default()),
            gram_types: vec![PloverType::Assault, PloverType::Protest],
            vectors: Some(VectorOptions::default()),
            vector_types: vec![PloverType::Assault],
        }
    }
}

/// The fold of each item: groups sorted by content hash and dealt round-robin, so folds are
/// balanced, deterministic, and keep each group whole.
pub fn folds(items: &[TrainItem], k: usize) -> Vec<usize> {
    let mut groups: Vec<&str> = items.iter().map(|i| i.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut keyed: Vec<(String, &str)> = groups
        .into_iter()
        .map(|g| (content_hash(g.as_bytes()), g))
        .collect();
    keyed.sort();
    let fold_of: HashMap<&str, usize> = keyed
        .iter()
        .enumerate()
        .map(|(i, (_, g))| (*g, i % k.max(1)))
        .collect();
    items.iter().map(|i| fold_of[i.group.as_str()]).collect()
}

/// Fits the weights (see [`fit_once`]), then refits `mi_rounds` times with only the best
/// candidate of each positive sentence as a positive example.
fn fit(items: &[&TrainItem], opts: &TrainOptions) -> (f64, Weights) {
    let (mut b, mut w) = fit_once(items, opts);
    for _ in 0..opts.mi_rounds {
        let m = SalienceModel {
            bias: b,
            weights: w,
            ..SalienceModel::default()
        };
        let narrowed: Vec<TrainItem> = items
            .iter()
            .map(|it| {
                let mut it = (*it).clone();
                if it.label && it.candidates.len() > 1 {
                    let best = it
                        .candidates
                        .iter()
                        .enumerate()
                        .max_by(|a, b| m.score(&a.1.features).total_cmp(&m.score(&b.1.features)))
                        .map(|x| x.0)
                        .unwrap_or(0);
                    it.candidates = vec![it.candidates.swap_remove(best)];
                }
                it
            })
            .collect();
        let refs: Vec<&TrainItem> = narrowed.iter().collect();
        (b, w) = fit_once(&refs, opts);
    }
    (b, w)
}

/// Fits the weights on every candidate of `items` (each labelled with its sentence's label):
/// full-batch gradient descent with AdaGrad steps and L2, deterministic.
fn fit_once(items: &[&TrainItem], opts: &TrainOptions) -> (f64, Weights) {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for it in items {
        for c in &it.candidates {
            for f in &c.features {
                *count.entry(f.as_str()).or_default() += 1;
            }
        }
    }
    let (names, index) = vocabulary(&count, opts.min_count);
    let data: Vec<(Vec<usize>, f64)> = items
        .iter()
        .flat_map(|it| {
            let hard = if it.label { 1.0 } else { 0.0 };
            let y = if !it.scored || opts.soft_labels.contains(&it.plover) {
                it.agreement.unwrap_or(hard)
            } else {
                hard
            };
            it.candidates.iter().map(move |c| (c, y))
        })
        .map(|(c, y)| {
            let x: Vec<usize> = c
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            (x, y)
        })
        .collect();
    let n = data.len().max(1) as f64;
    let mut w = vec![0.0f64; names.len()];
    let mut b = 0.0f64;
    let mut gw2 = vec![1e-8f64; names.len()];
    let mut gb2 = 1e-8f64;
    let mut g = vec![0.0f64; names.len()];
    for _ in 0..opts.iterations {
        g.iter_mut().for_each(|x| *x = 0.0);
        let mut gb = 0.0;
        for (x, y) in &data {
            let z = b + x.iter().map(|&j| w[j]).sum::<f64>();
            let d = sigmoid(z) - y;
            gb += d;
            for &j in x {
                g[j] += d;
            }
        }
        gb /= n;
        gb2 += gb * gb;
        b -= opts.learning_rate * gb / gb2.sqrt();
        for j in 0..w.len() {
            let gj = g[j] / n + opts.l2 * w[j];
            gw2[j] += gj * gj;
            w[j] -= opts.learning_rate * gj / gw2[j].sqrt();
        }
    }
    let weights = names
        .iter()
        .zip(&w)
        .filter(|(_, x)| x.abs() >= 1e-4)
        .map(|(f, x)| (f.to_string(), *x))
        .collect();
    (b, weights)
}

/// The highest candidate score of an item, if it has candidates.
fn item_score(m: &SalienceModel, it: &TrainItem) -> Option<f64> {
    it.candidates
        .iter()
        .map(|c| m.event_score(it.plover, c))
        .reduce(f64::max)
}

/// The candidate model and the n-gram readers fitted on `items`, without thresholds.
fn fit_model(items: &[&TrainItem], opts: &TrainOptions) -> SalienceModel {
    let (bias, weights) = fit(items, opts);
    let mut m = SalienceModel {
        bias,
        weights,
        ..SalienceModel::default()
    };
    if let Some(g) = &opts.grams {
        for &t in &opts.gram_types {
            m.grams.push((t, fit_grams(items, t, g)));
        }
    }
    if let Some(o) = &opts.vectors {
        for &t in &opts.vector_types {
            m.vectors.push((t, fit_vectors(items, t, o)));
        }
        m.vector_table = embedded_vector_table().to_string();
    }
    m
}

/// One type's vector reader, fitted on the scored sentences of that type's items that have
/// candidates (one row per sentence: its candidates share its vector) by Newton's method on
/// the class-balanced, L2-penalised log-loss (bias unpenalised), which converges in a few
/// steps for a few dozen dimensions and is deterministic.
fn fit_vectors(items: &[&TrainItem], t: PloverType, opts: &VectorOptions) -> VectorReader {
    let rows: Vec<(&[f32], bool)> = items
        .iter()
        .filter(|i| i.plover == t && i.scored)
        .filter_map(|i| {
            let v = i.candidates.first()?.vector.as_deref()?;
            Some((v, i.label))
        })
        .collect();
    let dims = rows.first().map_or(0, |r| r.0.len());
    let rows: Vec<(&[f32], bool)> = rows.into_iter().filter(|r| r.0.len() == dims).collect();
    let pos = rows.iter().filter(|r| r.1).count();
    let neg = rows.len() - pos;
    if dims == 0 || pos == 0 || neg == 0 {
        return VectorReader {
            bias: 0.0,
            mix: opts.mix,
            weights: vec![0.0; dims],
        };
    }
    let n = rows.len() as f64;
    let (wp, wn) = (n / (2.0 * pos as f64), n / (2.0 * neg as f64));
    // parameters: weights 0..dims, bias at dims
    let k = dims + 1;
    let mut theta = vec![0.0f64; k];
    for _ in 0..50 {
        let mut grad: Vec<f64> = (0..k)
            .map(|j| if j < dims { theta[j] } else { 0.0 })
            .collect();
        let mut hess = vec![0.0f64; k * k];
        for j in 0..dims {
            hess[j * k + j] = 1.0;
        }
        for (x, y) in &rows {
            let z = theta[dims]
                + x.iter()
                    .zip(&theta)
                    .map(|(a, b)| f64::from(*a) * b)
                    .sum::<f64>();
            let p = sigmoid(z);
            let s = opts.c * if *y { wp } else { wn };
            let d = s * (p - if *y { 1.0 } else { 0.0 });
            let h = s * p * (1.0 - p);
            let xi = |j: usize| if j < dims { f64::from(x[j]) } else { 1.0 };
            for a in 0..k {
                grad[a] += d * xi(a);
                for b in 0..k {
                    hess[a * k + b] += h * xi(a) * xi(b);
                }
            }
        }
        let step = solve(hess, grad, k);
        let size = step.iter().map(|x| x.abs()).fold(0.0, f64::max);
        theta.iter_mut().zip(&step).for_each(|(t, s)| *t -= s);
        if size < 1e-9 {
            break;
        }
    }
    VectorReader {
        bias: theta[dims],
        mix: opts.mix,
        weights: theta[..dims].to_vec(),
    }
}

/// Solves `a x = b` for a symmetric positive-definite `k × k` matrix (Gaussian elimination
/// with partial pivoting; a singular pivot gives a zero step for its unknown).
fn solve(mut a: Vec<f64>, mut b: Vec<f64>, k: usize) -> Vec<f64> {
    for c in 0..k {
        let p = (c..k)
            .max_by(|&i, &j| a[i * k + c].abs().total_cmp(&a[j * k + c].abs()))
            .unwrap_or(c);
        if p != c {
            for j in 0..k {
                a.swap(c * k + j, p * k + j);
            }
            b.swap(c, p);
        }
        let piv = a[c * k + c];
        if piv.abs() < 1e-12 {
            continue;
        }
        for r in c + 1..k {
            let f = a[r * k + c] / piv;
            if f != 0.0 {
                for j in c..k {
                    a[r * k + j] -= f * a[c * k + j];
                }
                b[r] -= f * b[c];
            }
        }
    }
    let mut x = vec![0.0; k];
    for c in (0..k).rev() {
        let piv = a[c * k + c];
        if piv.abs() < 1e-12 {
            continue;
        }
        let s: f64 = (c + 1..k).map(|j| a[c * k + j] * x[j]).sum();
        x[c] = (b[c] - s) / piv;
    }
    x
}

/// One type's n-gram reader, fitted on the distinct sentences of that type's items that have
/// candidates (the reader only ever judges sentences the rules found an event in).
fn fit_grams(items: &[&TrainItem], t: PloverType, opts: &GramOptions) -> GramModel {
    let mut sentences: Vec<(&[String], bool)> = Vec::new();
    // a sentence the annotators split on has no label for a class-balanced reader
    for it in items.iter().filter(|i| i.plover == t && i.scored) {
        let mut seen: Vec<&[String]> = Vec::new();
        for c in &it.candidates {
            if !seen.contains(&c.grams.as_slice()) {
                seen.push(&c.grams);
                sentences.push((&c.grams, it.label));
            }
        }
    }
    grams::fit(&sentences, opts)
}

/// The threshold over `(score, gold)` pairs (an item with no candidate is never positive): the
/// middle one of the cuts whose F1 is within [`PLATEAU`] of the best. Chosen by cross-validation
/// over 4, 5, 7 and 10 folds (session 10): the plain argmax averaged macro F1 0.633, plateaus of
/// 0.02 / 0.05 / 0.10 gave 0.636 / 0.639 / 0.629, and 0.05 made the folds agree more (0.625–0.645
/// against 0.604–0.646).
pub fn best_threshold(scored: &[(Option<f64>, bool)]) -> f64 {
    let positives = scored.iter().filter(|x| x.1).count();
    let mut cands: Vec<(f64, bool)> = scored
        .iter()
        .filter_map(|(s, y)| s.map(|s| (s, *y)))
        .collect();
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut tp, mut fp) = (0usize, 0usize);
    // every cut: (threshold halfway to the next lower score, F1)
    let mut cuts: Vec<(f64, f64)> = Vec::new();
    let mut i = 0;
    while i < cands.len() {
        let s = cands[i].0;
        while i < cands.len() && cands[i].0 == s {
            if cands[i].1 {
                tp += 1;
            } else {
                fp += 1;
            }
            i += 1;
        }
        let f1 = 2.0 * tp as f64 / (2 * tp + fp + positives - tp).max(1) as f64;
        let next = cands.get(i).map(|c| c.0).unwrap_or(0.0);
        cuts.push(((s + next) / 2.0, f1));
    }
    let best_f1 = cuts.iter().map(|c| c.1).fold(-1.0, f64::max);
    // the middle of the near-best plateau, not its highest point: with few positives the
    // F1 curve is jagged, and its argmax moves with every retraining
    let near: Vec<f64> = cuts
        .iter()
        .filter(|c| c.1 >= best_f1 - PLATEAU)
        .map(|c| c.0)
        .collect();
    near.get(near.len() / 2).copied().unwrap_or(0.5)
}

/// How far below the best F1 a cut still counts as on its plateau.
pub const PLATEAU: f64 = 0.05;

/// Trains a model on `items`: weights on all of them, per-type thresholds from `opts.folds`-fold
/// cross-validated scores (folds by group). The caller fills in the training file fields.
pub fn train(items: &[TrainItem], opts: &TrainOptions) -> SalienceModel {
    let all: Vec<&TrainItem> = items.iter().collect();
    let mut m = fit_model(&all, opts);
    m.instances = items.iter().map(|i| i.candidates.len()).sum();
    let cv = cross_scores(items, opts);
    let mut types: Vec<PloverType> = items.iter().map(|i| i.plover).collect();
    types.sort_by_key(|t| t.as_str());
    types.dedup();
    for t in types {
        let scored: Vec<(Option<f64>, bool)> = items
            .iter()
            .zip(&cv)
            .filter(|(i, _)| i.plover == t && i.scored)
            .map(|(i, s)| (*s, i.label))
            .collect();
        m.thresholds.push((t, best_threshold(&scored)));
    }
    m
}

/// Each item's highest candidate score under a model fitted without its fold.
pub fn cross_scores(items: &[TrainItem], opts: &TrainOptions) -> Vec<Option<f64>> {
    let k = opts.folds.max(2);
    let fold = folds(items, k);
    let mut out = vec![None; items.len()];
    for f in 0..k {
        let train: Vec<&TrainItem> = items
            .iter()
            .zip(&fold)
            .filter(|(_, &g)| g != f)
            .map(|(i, _)| i)
            .collect();
        let m = fit_model(&train, opts);
        for (i, it) in items.iter().enumerate() {
            if fold[i] == f {
                out[i] = item_score(&m, it);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(group: &str, label: bool, feats: &[&str]) -> TrainItem {
        TrainItem {
            group: group.into(),
            plover: PloverType::Assault,
            label,
            agreement: None,
            scored: true,
            candidates: vec![EventFeatures {
                features: feats.iter().map(|s| s.to_string()).collect(),
                grams: crate::grams::sentence_grams(feats.iter().copied()),
                vector: None,
            }],
        }
    }

    #[test]
    fn the_vector_reader_learns_a_direction_and_round_trips() {
        // reports lie along the first axis, mentions along the second; the candidate
        // features say nothing
        let mut items = Vec::new();
        for i in 0..30 {
            let wobble = (i % 5) as f32 * 0.05;
            let mut yes = item(&format!("d{i}"), true, &["x"]);
            yes.candidates[0].vector = Some(vec![1.0 - wobble, wobble]);
            let mut no = item(&format!("e{i}"), false, &["x"]);
            no.candidates[0].vector = Some(vec![wobble, 1.0 - wobble]);
            items.push(yes);
            items.push(no);
        }
        let opts = TrainOptions {
            grams: None,
            ..TrainOptions::default()
        };
        let m = train(&items, &opts);
        let r = m.vector_reader(PloverType::Assault).expect("vector reader");
        assert!(r.weights[0] > 0.0 && r.weights[1] < 0.0, "{:?}", r.weights);
        assert!(r.probability(Some(&[1.0, 0.0])) > 0.8);
        assert!(r.probability(Some(&[0.0, 1.0])) < 0.2);
        // no vector, or one of another table's size: the bias alone
        assert_eq!(r.probability(None), r.probability(Some(&[1.0, 0.0, 0.0])));
        // the reader decides what the candidate features cannot
        let th = m.threshold(PloverType::Assault).unwrap();
        assert!(m.event_score(PloverType::Assault, &items[0].candidates[0]) >= th);
        assert!(m.event_score(PloverType::Assault, &items[1].candidates[0]) < th);
        let back = SalienceModel::parse(&m.to_tsv(), "m.tsv").unwrap();
        assert_eq!(back.vector_table, m.vector_table);
        let rb = back.vector_reader(PloverType::Assault).unwrap();
        assert_eq!(rb.weights.len(), 2);
        assert!(
            (rb.probability(Some(&[0.6, 0.8])) - r.probability(Some(&[0.6, 0.8]))).abs() < 1e-4
        );
        // without vectors in the options, no reader
        let none = train(
            &items,
            &TrainOptions {
                grams: None,
                vectors: None,
                ..TrainOptions::default()
            },
        );
        assert!(none.vector_reader(PloverType::Assault).is_none());
    }

    #[test]
    fn the_embedded_model_was_fitted_on_the_embedded_vector_table() {
        // rebuilding the table (`rasad vectors build`) without retraining the model would
        // feed its vector reader coordinates it never saw
        let m = SalienceModel::parse(EMBEDDED, "salience.tsv").unwrap();
        if !m.vectors.is_empty() {
            assert_eq!(m.vector_table, embedded_vector_table());
            let dims = rasad_vectors::WordVectors::embedded().unwrap().dims();
            for (_, r) in &m.vectors {
                assert_eq!(r.weights.len(), dims);
            }
        }
    }

    #[test]
    fn learns_a_separable_cue_and_round_trips() {
        let mut items = Vec::new();
        for i in 0..40 {
            items.push(item(&format!("d{i}"), true, &["a", "x"]));
            items.push(item(&format!("e{i}"), false, &["b", "x"]));
        }
        let mut m = train(&items, &TrainOptions::default());
        assert!(m.weights["a"] > 0.0 && m.weights["b"] < 0.0);
        let th = m.threshold(PloverType::Assault).unwrap();
        assert!(m.score(&["a".into()]) >= th && m.score(&["b".into()]) < th);
        m.training_hash = content_hash(b"x");
        m.training_file = "t.jsonl".into();
        let back = SalienceModel::parse(&m.to_tsv(), "m.tsv").unwrap();
        assert_eq!(back.thresholds.len(), 1);
        assert_eq!(back.training_hash, m.training_hash);
        assert!((back.score(&["a".into()]) - m.score(&["a".into()])).abs() < 1e-3);
        // the n-gram reader is trained too and survives the round trip
        let g = m.gram_model(PloverType::Assault).expect("n-gram reader");
        assert!(!g.is_empty());
        assert_eq!(back.gram_model(PloverType::Assault).unwrap().len(), g.len());
        let ev = &items[0].candidates[0];
        assert!(
            (back.event_score(PloverType::Assault, ev) - m.event_score(PloverType::Assault, ev))
                .abs()
                < 1e-3
        );
        assert!(m.event_score(PloverType::Assault, ev) >= th);
    }

    #[test]
    fn malformed_model_lines_name_their_line() {
        let e = SalienceModel::parse("#bias\t0\n%ASSAULT\t_ab\t1.0\t0.5\n", "m.tsv").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        assert!(e.to_string().contains("before its #grams line"), "{e}");
        let e = SalienceModel::parse("#grams\tASSAULT\t0\tx\n", "m.tsv").unwrap_err();
        assert!(e.to_string().starts_with("m.tsv:1: bad number"), "{e}");
        let e = SalienceModel::parse("&ASSAULT\t0\t0.5\n", "m.tsv").unwrap_err();
        assert!(e.to_string().contains("before its #vectors line"), "{e}");
        let e = SalienceModel::parse("#vectors\tASSAULT\t0\t0.5\n&ASSAULT\t1\t0.5\n", "m.tsv")
            .unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        assert!(e.to_string().contains("out of order"), "{e}");
    }

    #[test]
    fn split_sentences_teach_weights_on_their_agreement() {
        // hard labels for the scored sentences, so only the split ones fit an agreement
        let opts = TrainOptions {
            soft_labels: Vec::new(),
            ..TrainOptions::default()
        };
        let mut items = Vec::new();
        for i in 0..40 {
            items.push(item(&format!("d{i}"), true, &["a", "x"]));
            items.push(item(&format!("e{i}"), false, &["b", "x"]));
        }
        let base = train(&items, &opts);
        // sentences two of three annotators accepted, with a cue the scored ones lack
        for i in 0..30 {
            let mut it = item(&format!("s{i}"), false, &["c", "x"]);
            it.scored = false;
            it.agreement = Some(2.0 / 3.0);
            items.push(it);
        }
        let m = train(&items, &opts);
        assert!(!base.weights.contains_key("c"));
        assert!(m.weights["c"] > 0.0, "{:?}", m.weights.get("c"));
        // counted as a scored `no`, the same sentences pull the cue below zero
        for it in items.iter_mut().filter(|i| !i.scored) {
            it.scored = true;
        }
        assert!(train(&items, &opts).weights["c"] < 0.0);
    }

    #[test]
    fn folds_keep_groups_whole() {
        let items: Vec<TrainItem> = (0..30)
            .map(|i| item(&format!("g{}", i / 3), i % 2 == 0, &["x"]))
            .collect();
        let f = folds(&items, 5);
        for w in items.chunks(3).zip(f.chunks(3)) {
            assert!(w.1.iter().all(|&x| x == w.1[0]));
        }
        assert!((0..5).all(|k| f.contains(&k)));
    }

    #[test]
    fn threshold_sits_on_the_near_best_f1_plateau() {
        let s = [
            (Some(0.9), true),
            (Some(0.8), true),
            (Some(0.6), false),
            (Some(0.2), false),
            (None, true),
        ];
        let t = best_threshold(&s);
        assert!(t > 0.6 && t < 0.8, "{t}");
        // a jagged curve: the cuts at 0.9 (F1 0.50), 0.5 (0.50) and 0.125 (0.545, the
        // argmax, everything positive) are all near the best; the middle one is chosen
        let s: Vec<(Option<f64>, bool)> = [
            (0.95, true),
            (0.85, false),
            (0.75, false),
            (0.65, false),
            (0.55, true),
            (0.45, false),
            (0.35, false),
            (0.25, true),
        ]
        .iter()
        .map(|&(x, y)| (Some(x), y))
        .collect();
        let t = best_threshold(&s);
        assert!((t - 0.5).abs() < 1e-9, "{t}");
    }

    #[test]
    fn embedded_model_parses_and_covers_assault_and_protest() {
        let m = SalienceModel::parse(EMBEDDED, "salience.tsv").unwrap();
        assert!(m.threshold(PloverType::Assault).is_some());
        assert!(m.threshold(PloverType::Protest).is_some());
        assert_eq!(
            m.training_hash.len(),
            16,
            "the training file's hash is recorded"
        );
    }

    #[test]
    fn the_coder_scores_events_and_the_threshold_decides_background() {
        let coder = crate::Coder::embedded().unwrap();
        let m = coder.salience_model().expect("embedded model");
        let text = "قتل خمسة أشخاص أمس في هجوم انتحاري استهدف سوقا في بغداد. \
                    وأدانت الحكومة الهجوم الذي وقع في بغداد.";
        let coded = coder.code(&crate::Document {
            id: "t",
            text,
            date: None,
        });
        let scored: Vec<_> = coded
            .events
            .iter()
            .filter(|e| e.salience.is_some())
            .collect();
        assert!(!scored.is_empty());
        for e in scored {
            let s = f64::from(e.salience.unwrap());
            assert!((0.0..=1.0).contains(&s));
            let th = m.threshold(e.event_type).unwrap();
            assert_eq!(e.background, s < th, "{}", e.rule);
            assert!(e.rule.contains("+salient=") || e.rule.contains("+background:salience="));
        }
        // without the model, no scores and no features unless asked for
        let plain = crate::Coder::embedded().unwrap().with_salience(None);
        let c = plain.code(&crate::Document {
            id: "t",
            text,
            date: None,
        });
        assert!(c.events.iter().all(|e| e.salience.is_none()));
        assert!(c.salience_features.is_empty());
        let collecting = plain.with_salience_features(true);
        let c = collecting.code(&crate::Document {
            id: "t",
            text,
            date: None,
        });
        assert_eq!(c.salience_features.len(), c.events.len());
        // the coder's summed word bag scores exactly as the materialised features do
        let both = crate::Coder::embedded()
            .unwrap()
            .with_salience_features(true);
        let c = both.code(&crate::Document {
            id: "t",
            text,
            date: None,
        });
        let assault = c
            .events
            .iter()
            .zip(&c.salience_features)
            .filter(|(e, _)| e.salience.is_some() && e.event_type == PloverType::Assault)
            .collect::<Vec<_>>();
        assert!(!assault.is_empty());
        for (e, f) in assault {
            assert!(
                f.features.iter().any(|x| x.starts_with("ASSAULT|u=")),
                "{f:?}"
            );
            assert!(!f.grams.is_empty());
            let s = m.event_score(e.event_type, f);
            assert!(
                (s - f64::from(e.salience.unwrap())).abs() < 1e-5,
                "{}",
                e.rule
            );
        }
    }
}
