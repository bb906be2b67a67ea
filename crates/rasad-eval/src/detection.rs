//! Event-detection scoring against the GSR detection gold (`gsr_detection_*.jsonl`): sentences
//! labelled, for one event type each (ASSAULT or PROTEST), `yes`, `easy no`, `difficult no` or
//! `ambiguous`.
//!
//! A sentence is *predicted positive* for type T when the coder emits an event of type T that is
//! not negated, not hypothetical and not background: the annotators say `yes` only when the
//! sentence *reports* a specific event, so `لم يقتل أحد`, `يجب أن يتظاهروا` and
//! `بعد اغتيال الحريري` are no detections, while claimed events are. `historical` (dated long
//! before the article) is a date, not a verdict — the gold says `yes` to a dated timeline line
//! (`* 5 فبراير 2004: محاولة اغتيال …`) — so it excludes an event only when no salience model
//! judged it (see [`counts_as_detection`]). `ambiguous` items are left out. The report also
//! gives the macro F1 under looser rules (background, historical, every event counted), so the
//! worth of each flag stays visible. Precision, recall
//! and F1 are computed per type over that type's items, and the headline is their macro average
//! (each type weighs the same, whatever its item count).
//!
//! The parser lives here because the typed gold module (`gold`) reads only the events format;
//! it follows the same rules: typed codes, and `file:line` errors rather than skipped lines.

use crate::events::PredictedEvent;
use crate::gold::GoldError;
use rasad_event::PloverType;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// The annotators' verdict on one sentence for one event type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Yes,
    EasyNo,
    DifficultNo,
    Ambiguous,
}

impl Label {
    pub fn parse(s: &str) -> Option<Label> {
        match s.trim() {
            "yes" => Some(Label::Yes),
            "easy no" => Some(Label::EasyNo),
            "difficult no" => Some(Label::DifficultNo),
            "ambiguous" => Some(Label::Ambiguous),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Label::Yes => "yes",
            Label::EasyNo => "easy no",
            Label::DifficultNo => "difficult no",
            Label::Ambiguous => "ambiguous",
        }
    }
}

/// One labelled sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct DetectionItem {
    pub id: String,
    pub event_type: PloverType,
    pub label: Label,
    pub text: String,
    /// How many annotators accepted / rejected the item (absent in some files).
    pub accept: Option<u32>,
    pub reject: Option<u32>,
    /// The article date, when the id carries it (`AAW_ARB_20081011.0036-10`, the Gigaword
    /// document-id convention): relative and historical dates resolve against it.
    pub date: Option<chrono::NaiveDate>,
    /// 1-based line in the gold file, for reports.
    pub line: usize,
}

/// The `YYYYMMDD` date of a Gigaword-style document id (`<SRC>_<LANG>_<YYYYMMDD>.<NNNN>…`).
pub fn date_from_id(id: &str) -> Option<chrono::NaiveDate> {
    let stamp = id.split('_').nth(2)?.split('.').next()?;
    if stamp.len() != 8 || !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    chrono::NaiveDate::parse_from_str(stamp, "%Y%m%d").ok()
}

#[derive(Deserialize)]
struct RawItem {
    id: String,
    event_type: String,
    label: String,
    text: String,
    #[serde(default)]
    accept: Option<u32>,
    #[serde(default)]
    reject: Option<u32>,
}

/// Reads a detection gold file.
pub fn read_detection(path: &Path) -> Result<Vec<DetectionItem>, GoldError> {
    let (name, data) = crate::gold::read_gold_file(path)?;
    parse_detection(&data, &name)
}

/// Parses the content of a detection gold file; `name` is used in error messages.
pub fn parse_detection(data: &str, name: &str) -> Result<Vec<DetectionItem>, GoldError> {
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| GoldError {
            file: name.to_string(),
            line: i + 1,
            message,
        };
        let raw: RawItem = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        let event_type = PloverType::parse(&raw.event_type).map_err(|e| err(e.to_string()))?;
        let label =
            Label::parse(&raw.label).ok_or_else(|| err(format!("bad label '{}'", raw.label)))?;
        out.push(DetectionItem {
            date: date_from_id(&raw.id),
            id: raw.id,
            event_type,
            label,
            text: raw.text,
            accept: raw.accept,
            reject: raw.reject,
            line: i + 1,
        });
    }
    Ok(out)
}

/// Whether an emitted event makes its sentence a positive for its type (see the module docs).
///
/// `historical` says when an event happened, not whether the sentence reports it: a dated
/// timeline line (`* 5 فبراير 2004: محاولة اغتيال …`) reports a past attack. When the salience
/// model judged the event (`salience` present) it weighed the date among its features, and its
/// verdict (`background`) decides alone; the rules alone have no better proxy for "mentioned in
/// passing" than an old date, so without a model historical events are left out.
pub fn counts_as_detection(e: &PredictedEvent) -> bool {
    !e.negated && !e.hypothetical && !e.background && (e.salience.is_some() || !e.historical)
}

/// The looser rule: background and historical events count too (for transparency).
fn counts_with_background(e: &PredictedEvent) -> bool {
    !e.negated && !e.hypothetical
}

/// The rule without the historical exclusion: a dated past event that is reported (a timeline
/// line, `* 5 فبراير 2004: محاولة اغتيال …`) counts, a background one does not.
fn counts_with_historical(e: &PredictedEvent) -> bool {
    !e.negated && !e.hypothetical && !e.background
}

/// The document an item comes from: its id before the last `-` or `_`
/// (`AAW_ARB_20081011.0036-10` → `AAW_ARB_20081011.0036`). Cross-validation folds keep the
/// sentences of one article together.
pub fn doc_group(id: &str) -> &str {
    match id.rfind(['-', '_']) {
        Some(i) if i > 0 => &id[..i],
        _ => id,
    }
}

/// Confusion counts for one event type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TypeScore {
    pub event_type: PloverType,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
    /// False positives on `easy no` / `difficult no` items.
    pub fp_easy: usize,
    pub fp_difficult: usize,
    pub ambiguous: usize,
}

impl TypeScore {
    fn new(event_type: PloverType) -> TypeScore {
        TypeScore {
            event_type,
            tp: 0,
            fp: 0,
            fn_: 0,
            tn: 0,
            fp_easy: 0,
            fp_difficult: 0,
            ambiguous: 0,
        }
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A wrongly judged item, for error listings.
#[derive(Clone, Debug, Serialize)]
pub struct DetectionCase {
    pub id: String,
    pub line: usize,
    pub event_type: PloverType,
    pub label: Label,
    pub text: String,
    /// Emitted events of the item's type (`ASSAULT(قتل)`, flags noted).
    pub emitted: Vec<String>,
    /// Trigger texts of the emitted events that counted as detections.
    pub triggers: Vec<String>,
}

/// The detection scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DetectionReport {
    pub items: usize,
    /// Per type, by type name.
    pub types: Vec<TypeScore>,
    pub misses: Vec<DetectionCase>,
    pub false_positives: Vec<DetectionCase>,
    /// Macro F1 if every emitted event counted as a detection (negated and hypothetical ones
    /// too): how much the flags are worth (for development; the headline is
    /// [`DetectionReport::macro_f1`]).
    pub macro_f1_any_event: f64,
    /// Macro F1 if background and historical events counted as detections too.
    pub macro_f1_with_background: f64,
    /// Macro F1 if historical (but not background) events counted as detections.
    pub macro_f1_with_historical: f64,
}

impl DetectionReport {
    /// Mean F1 over the types present.
    pub fn macro_f1(&self) -> f64 {
        if self.types.is_empty() {
            0.0
        } else {
            self.types.iter().map(TypeScore::f1).sum::<f64>() / self.types.len() as f64
        }
    }

    /// The one-line summary: `key=value` pairs, stable names, for baselines and scripts.
    pub fn summary(&self) -> String {
        let mut s = format!("items={} macro_f1={:.3}", self.items, self.macro_f1());
        for t in &self.types {
            let name = t.event_type.as_str().to_lowercase();
            s.push_str(&format!(
                " {name}_p={:.3} {name}_r={:.3} {name}_f1={:.3}",
                t.precision(),
                t.recall(),
                t.f1()
            ));
        }
        s
    }

    /// The trigger words behind most false positives, most frequent first: where a stricter
    /// trigger pays most.
    pub fn false_positive_triggers(&self) -> Vec<(String, usize)> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for c in &self.false_positives {
            for t in &c.triggers {
                *counts.entry(t.as_str()).or_default() += 1;
            }
        }
        crate::events::ranked(counts)
    }

    /// Up to `n` misses and `n` false positives, and the `n` commonest false-positive triggers.
    pub fn write_errors(&self, n: usize, out: &mut impl fmt::Write) -> fmt::Result {
        crate::events::write_top(
            out,
            "commonest false-positive triggers",
            self.false_positive_triggers(),
            n,
        )?;
        for (title, cases) in [
            ("missed positives", &self.misses),
            ("false positives", &self.false_positives),
        ] {
            writeln!(out, "\n== {title} ({} in all)", cases.len())?;
            for c in cases.iter().take(n) {
                writeln!(
                    out,
                    "  line {} {} {} [{}] emitted [{}]\n    {}",
                    c.line,
                    c.id,
                    c.event_type.as_str(),
                    c.label.as_str(),
                    c.emitted.join(", "),
                    c.text
                )?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for DetectionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "GSR detection: {} items", self.items)?;
        writeln!(
            f,
            "  {:<10} {:>6} {:>6} {:>6}   {:>5} {:>5} {:>5} {:>5}   fp(easy/difficult)  ambiguous",
            "type", "P", "R", "F1", "tp", "fp", "fn", "tn"
        )?;
        for t in &self.types {
            writeln!(
                f,
                "  {:<10} {:>6.3} {:>6.3} {:>6.3}   {:>5} {:>5} {:>5} {:>5}   {:>4}/{:<4}           {}",
                t.event_type.as_str(),
                t.precision(),
                t.recall(),
                t.f1(),
                t.tp,
                t.fp,
                t.fn_,
                t.tn,
                t.fp_easy,
                t.fp_difficult,
                t.ambiguous
            )?;
        }
        writeln!(f, "  macro F1   {:.3}", self.macro_f1())?;
        writeln!(
            f,
            "  (macro F1 {:.3} if background and historical events counted too)",
            self.macro_f1_with_background
        )?;
        writeln!(
            f,
            "  (macro F1 {:.3} if historical but not background events counted)",
            self.macro_f1_with_historical
        )?;
        writeln!(
            f,
            "  (macro F1 {:.3} if every emitted event counted, negated and hypothetical too)",
            self.macro_f1_any_event
        )
    }
}

/// Scores `predicted[i]`, the events coded for `items[i]`.
///
/// # Panics
/// When the two slices differ in length (a caller bug).
pub fn score_detection(
    items: &[DetectionItem],
    predicted: &[Vec<PredictedEvent>],
) -> DetectionReport {
    assert_eq!(items.len(), predicted.len(), "one prediction list per item");
    let mut r = DetectionReport {
        items: items.len(),
        ..DetectionReport::default()
    };
    for (item, pred) in items.iter().zip(predicted) {
        let pos = match r.types.iter().position(|t| t.event_type == item.event_type) {
            Some(p) => p,
            None => {
                r.types.push(TypeScore::new(item.event_type));
                r.types.len() - 1
            }
        };
        let t = &mut r.types[pos];
        if item.label == Label::Ambiguous {
            t.ambiguous += 1;
            continue;
        }
        let of_type: Vec<&PredictedEvent> = pred
            .iter()
            .filter(|e| e.event_type == item.event_type)
            .collect();
        let predicted_yes = of_type.iter().any(|e| counts_as_detection(e));
        let gold_yes = item.label == Label::Yes;
        let case = || DetectionCase {
            id: item.id.clone(),
            line: item.line,
            event_type: item.event_type,
            label: item.label,
            text: item.text.clone(),
            emitted: of_type
                .iter()
                .map(|e| {
                    let flags: String = [
                        (e.negated, ",negated"),
                        (e.hypothetical, ",hypothetical"),
                        (e.historical, ",historical"),
                        (e.background, ",background"),
                    ]
                    .iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, s)| *s)
                    .collect();
                    format!("{}({}{flags})", e.event_type.as_str(), e.trigger)
                })
                .collect(),
            triggers: of_type
                .iter()
                .filter(|e| counts_as_detection(e))
                .map(|e| e.trigger.clone())
                .collect(),
        };
        match (gold_yes, predicted_yes) {
            (true, true) => t.tp += 1,
            (true, false) => {
                t.fn_ += 1;
                r.misses.push(case());
            }
            (false, true) => {
                t.fp += 1;
                if item.label == Label::EasyNo {
                    t.fp_easy += 1;
                } else {
                    t.fp_difficult += 1;
                }
                r.false_positives.push(case());
            }
            (false, false) => t.tn += 1,
        }
    }
    r.types.sort_by_key(|t| t.event_type.as_str());
    let macro_f1 = |types: Vec<TypeScore>| {
        if types.is_empty() {
            0.0
        } else {
            types.iter().map(TypeScore::f1).sum::<f64>() / types.len() as f64
        }
    };
    r.macro_f1_any_event = macro_f1(confusion(items, predicted, |_| true));
    r.macro_f1_with_background = macro_f1(confusion(items, predicted, counts_with_background));
    r.macro_f1_with_historical = macro_f1(confusion(items, predicted, counts_with_historical));
    r
}

/// Confusion counts per type when `counts` decides which emitted events are detections.
fn confusion(
    items: &[DetectionItem],
    predicted: &[Vec<PredictedEvent>],
    counts: impl Fn(&PredictedEvent) -> bool,
) -> Vec<TypeScore> {
    let mut types: Vec<TypeScore> = Vec::new();
    for (item, pred) in items.iter().zip(predicted) {
        if item.label == Label::Ambiguous {
            continue;
        }
        let pos = match types.iter().position(|t| t.event_type == item.event_type) {
            Some(p) => p,
            None => {
                types.push(TypeScore::new(item.event_type));
                types.len() - 1
            }
        };
        let t = &mut types[pos];
        let yes = pred
            .iter()
            .any(|e| e.event_type == item.event_type && counts(e));
        match (item.label == Label::Yes, yes) {
            (true, true) => t.tp += 1,
            (true, false) => t.fn_ += 1,
            (false, true) => t.fp += 1,
            (false, false) => t.tn += 1,
        }
    }
    types
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(t: PloverType, negated: bool, hypothetical: bool) -> PredictedEvent {
        PredictedEvent {
            event_type: t,
            source: None,
            target: None,
            trigger: "x".into(),
            negated,
            hypothetical,
            historical: false,
            background: false,
            salience: None,
        }
    }

    #[test]
    fn background_and_historical_events_are_no_detections() {
        let it = items();
        let mut bg = ev(PloverType::Assault, false, false);
        bg.background = true;
        let mut old = ev(PloverType::Assault, false, false);
        old.historical = true;
        let pred = vec![vec![bg.clone()], vec![old], vec![], vec![], vec![], vec![]];
        let r = score_detection(&it, &pred);
        let a = r.types[0];
        // the `yes` item is missed and the `easy no` one is not a false positive
        assert_eq!((a.tp, a.fp, a.fn_, a.tn), (0, 0, 1, 2));
        // counted with background: ASSAULT tp 1, fp 1 → F1 2/3; PROTEST F1 0
        assert!((r.macro_f1_with_background - (2.0 / 3.0) / 2.0).abs() < 1e-9);
    }

    fn items() -> Vec<DetectionItem> {
        let data = [
            r#"{"id":"1","event_type":"ASSAULT","label":"yes","accept":3,"reject":0,"text":"a"}"#,
            r#"{"id":"2","event_type":"ASSAULT","label":"easy no","accept":0,"reject":3,"text":"b"}"#,
            r#"{"id":"3","event_type":"ASSAULT","label":"difficult no","accept":1,"reject":2,"text":"c"}"#,
            r#"{"id":"4","event_type":"ASSAULT","label":"ambiguous","accept":1,"reject":1,"text":"d"}"#,
            r#"{"id":"5","event_type":"PROTEST","label":"yes","accept":3,"reject":0,"text":"e"}"#,
            r#"{"id":"6","event_type":"PROTEST","label":"yes","accept":3,"reject":0,"text":"f"}"#,
        ]
        .join("\n");
        parse_detection(&data, "d.jsonl").unwrap()
    }

    #[test]
    fn per_type_scores_and_macro_f1() {
        let it = items();
        let pred = vec![
            vec![ev(PloverType::Assault, false, false)],
            // A negated event is not a detection: true negative.
            vec![ev(PloverType::Assault, true, false)],
            vec![ev(PloverType::Assault, false, false)],
            // Ambiguous: ignored whatever is emitted.
            vec![ev(PloverType::Assault, false, false)],
            // The wrong type does not count for PROTEST.
            vec![ev(PloverType::Assault, false, false)],
            vec![
                ev(PloverType::Protest, false, true),
                ev(PloverType::Protest, false, false),
            ],
        ];
        let r = score_detection(&it, &pred);
        let a = r.types[0];
        assert_eq!(a.event_type, PloverType::Assault);
        assert_eq!((a.tp, a.fp, a.fn_, a.tn, a.ambiguous), (1, 1, 0, 1, 1));
        assert_eq!((a.fp_easy, a.fp_difficult), (0, 1));
        let p = r.types[1];
        assert_eq!((p.tp, p.fp, p.fn_, p.tn), (1, 0, 1, 0));
        // ASSAULT: P 0.5 R 1 F1 2/3; PROTEST: P 1 R 0.5 F1 2/3.
        assert!((r.macro_f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.misses.len(), 1);
        assert_eq!(r.false_positives.len(), 1);
        assert_eq!(r.false_positive_triggers(), vec![("x".to_string(), 1)]);
        assert!(r
            .summary()
            .starts_with("items=6 macro_f1=0.667 assault_p=0.500"));
        // Counting the negated ASSAULT too: ASSAULT P 1/3, R 1 → F1 0.5; PROTEST unchanged.
        assert!((r.macro_f1_any_event - (0.5 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn historical_counts_only_when_the_model_judged_it() {
        let mut old = ev(PloverType::Assault, false, false);
        old.historical = true;
        assert!(!counts_as_detection(&old));
        old.salience = Some(0.9);
        assert!(counts_as_detection(&old));
        old.background = true;
        assert!(!counts_as_detection(&old));
    }

    #[test]
    fn documents_group_sentences_for_folds() {
        assert_eq!(
            doc_group("AAW_ARB_20081011.0036-10"),
            "AAW_ARB_20081011.0036"
        );
        assert_eq!(doc_group("e6874d82_7"), "e6874d82");
        assert_eq!(doc_group("5b520e266203"), "5b520e266203");
    }

    #[test]
    fn article_date_comes_from_a_gigaword_id() {
        assert_eq!(
            date_from_id("AAW_ARB_20081011.0036-10"),
            chrono::NaiveDate::from_ymd_opt(2008, 10, 11)
        );
        assert_eq!(date_from_id("5b520e266203c42f8aa08eb9"), None);
        assert_eq!(date_from_id("A_B_2008.1"), None);
    }

    #[test]
    fn bad_label_names_file_and_line() {
        let e = parse_detection(
            r#"{"id":"1","event_type":"ASSAULT","label":"maybe","text":"a"}"#,
            "d.jsonl",
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "d.jsonl:1: bad label 'maybe'");
    }

    #[test]
    fn empty_scores_are_zero_not_nan() {
        let r = score_detection(&[], &[]);
        assert_eq!(r.macro_f1(), 0.0);
        assert_eq!(TypeScore::new(PloverType::Protest).f1(), 0.0);
    }
}
