//! Event scoring against the GSR gold (`gsr_events_*.jsonl`): one sentence per line, each with
//! its gold event (PLOVER type, source and target codes).
//!
//! The scorer takes the events the caller coded for each gold sentence (in file order) and
//! reports:
//!
//! - **detection recall**: a gold event is *detected* when the sentence has an emitted event of
//!   the same PLOVER type. Every emitted event counts here, negated, hypothetical, historical
//!   and background ones included: the gold annotates the events of each sentence whatever
//!   their role, and the flags are scored by `rasad eval detection`, not here.
//! - **precision of emitted types**: among emitted events whose type is one the gold set
//!   annotates (ASSAULT, PROTEST), the share whose type is a gold type of its sentence. Other
//!   types (a CONSULT in a protest sentence) are neither right nor wrong for this gold and are
//!   only counted.
//! - **actor accuracy**: for each detected gold event, the emitted event of that type that best
//!   matches it is chosen — most words shared between the gold and emitted actor texts (bags of
//!   words, [`crate::actors::bag`]), then most agreeing codes, then the earliest — and its source
//!   and target country and sector are compared with the gold wherever the gold field is set.
//!   Reported over detected events (the headline) and over all gold events (a missed event
//!   counts as wrong).

use crate::actors::{bag, PredictedActor, Ratio};
use crate::gold::{GoldActor, GoldEvent, GoldSentence};
use rasad_event::{Event, PloverType};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt;

/// An emitted event, as the scorers need it.
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedEvent {
    pub event_type: PloverType,
    pub source: Option<PredictedActor>,
    pub target: Option<PredictedActor>,
    pub trigger: String,
    pub negated: bool,
    pub hypothetical: bool,
    /// Dated long before the article (`حرب 1991-1994`).
    pub historical: bool,
    /// Mentioned as background (`بعد اغتيال …`, `تدين الهجوم`), not reported.
    pub background: bool,
    /// The salience model's score, when a model judged the event (then `background` is its
    /// verdict, and `historical` is only a date property, see `detection`).
    pub salience: Option<f32>,
}

impl PredictedEvent {
    pub fn from_event(e: &Event) -> PredictedEvent {
        let actor = |a: &Option<rasad_event::ActorRef>| {
            a.as_ref().map(|a| PredictedActor {
                text: a.text.clone(),
                country: a.country,
                sector: a.sector,
            })
        };
        PredictedEvent {
            event_type: e.event_type,
            source: actor(&e.source),
            target: actor(&e.target),
            trigger: e.trigger.text.clone(),
            negated: e.negated,
            hypothetical: e.hypothetical,
            historical: e.historical,
            background: e.background,
            salience: e.salience,
        }
    }
}

/// Increments a ratio (the fields are public; `Ratio::add` is private to `actors`).
pub(crate) fn tally(r: &mut Ratio, hit: bool) {
    r.total += 1;
    r.hits += usize::from(hit);
}

/// Scores of one actor field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct FieldScore {
    /// Over detected gold events where the gold field is set.
    pub detected: Ratio,
    /// Over all gold events where the gold field is set (misses count as wrong).
    pub all: Ratio,
}

/// A gold event rasad did not detect, or detected with wrong codes.
#[derive(Clone, Debug, Serialize)]
pub struct GsrCase {
    pub id: String,
    pub line: usize,
    pub text: String,
    pub gold_type: PloverType,
    pub gold_trigger: Option<String>,
    /// `source.country: gold IRQ, got SYR` and so on; empty for misses.
    pub mismatches: Vec<String>,
    /// The emitted event types of the sentence (`ASSAULT(قتل)`).
    pub emitted: Vec<String>,
}

/// An emitted event whose type is not the sentence's gold type.
#[derive(Clone, Debug, Serialize)]
pub struct WrongType {
    pub id: String,
    pub line: usize,
    pub text: String,
    pub gold_types: Vec<PloverType>,
    pub emitted_type: PloverType,
    pub trigger: String,
}

/// The GSR scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GsrReport {
    pub sentences: usize,
    pub gold_events: usize,
    /// All events emitted on the gold sentences, of any type.
    pub emitted: usize,
    pub recall: Ratio,
    /// Recall per gold type.
    pub recall_by_type: Vec<(PloverType, Ratio)>,
    pub type_precision: Ratio,
    pub source_country: FieldScore,
    pub source_sector: FieldScore,
    pub target_country: FieldScore,
    pub target_sector: FieldScore,
    pub misses: Vec<GsrCase>,
    pub wrong_codes: Vec<GsrCase>,
    pub wrong_types: Vec<WrongType>,
}

/// The types the GSR gold annotates; emitted events of other types are not judged.
fn judged(t: PloverType) -> bool {
    matches!(t, PloverType::Assault | PloverType::Protest)
}

/// Scores `predicted[i]`, the events coded for `gold[i]`.
///
/// # Panics
/// When the two slices differ in length (a caller bug).
pub fn score_gsr(gold: &[GoldSentence], predicted: &[Vec<PredictedEvent>]) -> GsrReport {
    assert_eq!(
        gold.len(),
        predicted.len(),
        "one prediction list per gold sentence"
    );
    let mut r = GsrReport {
        sentences: gold.len(),
        ..GsrReport::default()
    };
    let mut by_type: Vec<(PloverType, Ratio)> = Vec::new();
    for (s, pred) in gold.iter().zip(predicted) {
        r.emitted += pred.len();
        let gold_types: Vec<PloverType> = s.events.iter().map(|e| e.event_type).collect();
        for p in pred.iter().filter(|p| judged(p.event_type)) {
            let ok = gold_types.contains(&p.event_type);
            tally(&mut r.type_precision, ok);
            if !ok {
                r.wrong_types.push(WrongType {
                    id: s.id.clone(),
                    line: s.line,
                    text: s.text.clone(),
                    gold_types: gold_types.clone(),
                    emitted_type: p.event_type,
                    trigger: p.trigger.clone(),
                });
            }
        }
        for g in &s.events {
            r.gold_events += 1;
            let best = best_match(g, pred);
            tally(&mut r.recall, best.is_some());
            match by_type.iter_mut().find(|(t, _)| *t == g.event_type) {
                Some((_, ratio)) => tally(ratio, best.is_some()),
                None => {
                    let mut ratio = Ratio::default();
                    tally(&mut ratio, best.is_some());
                    by_type.push((g.event_type, ratio));
                }
            }
            let mut mismatches = Vec::new();
            for (name, gold_actor, field, score) in [
                ("source", &g.source, Field::Country, &mut r.source_country),
                ("source", &g.source, Field::Sector, &mut r.source_sector),
                ("target", &g.target, Field::Country, &mut r.target_country),
                ("target", &g.target, Field::Sector, &mut r.target_sector),
            ] {
                let Some(want) = field.gold(gold_actor) else {
                    continue;
                };
                let got = best.and_then(|p| {
                    let actor = if name == "source" {
                        &p.source
                    } else {
                        &p.target
                    };
                    actor.as_ref().and_then(|a| field.predicted(a))
                });
                let ok = got.as_deref() == Some(want.as_str());
                tally(&mut score.all, ok);
                if best.is_some() {
                    tally(&mut score.detected, ok);
                    if !ok {
                        mismatches.push(format!(
                            "{name}.{}: gold {want}, got {}",
                            field.name(),
                            got.as_deref().unwrap_or("-")
                        ));
                    }
                }
            }
            let case = || GsrCase {
                id: s.id.clone(),
                line: s.line,
                text: s.text.clone(),
                gold_type: g.event_type,
                gold_trigger: g.trigger.clone(),
                mismatches: mismatches.clone(),
                emitted: pred
                    .iter()
                    .map(|p| format!("{}({})", p.event_type.as_str(), p.trigger))
                    .collect(),
            };
            if best.is_none() {
                r.misses.push(case());
            } else if !mismatches.is_empty() {
                r.wrong_codes.push(case());
            }
        }
    }
    by_type.sort_by_key(|(t, _)| t.as_str());
    r.recall_by_type = by_type;
    r
}

#[derive(Clone, Copy)]
enum Field {
    Country,
    Sector,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Country => "country",
            Field::Sector => "sector",
        }
    }

    fn gold(self, a: &GoldActor) -> Option<String> {
        match self {
            Field::Country => a.country.map(|c| c.as_str().to_string()),
            Field::Sector => a.sector.map(|s| s.as_str().to_string()),
        }
    }

    fn predicted(self, a: &PredictedActor) -> Option<String> {
        match self {
            Field::Country => a.country.map(|c| c.as_str().to_string()),
            Field::Sector => a.sector.map(|s| s.as_str().to_string()),
        }
    }
}

/// The emitted event of the gold event's type that best matches it (see the module docs).
fn best_match<'p>(g: &GoldEvent, pred: &'p [PredictedEvent]) -> Option<&'p PredictedEvent> {
    let gold_bags = [
        g.source.text.as_deref().map(bag).unwrap_or_default(),
        g.target.text.as_deref().map(bag).unwrap_or_default(),
    ];
    let overlap = |gold: &HashSet<String>, a: &Option<PredictedActor>| {
        a.as_ref()
            .map_or(0, |a| bag(&a.text).intersection(gold).count())
    };
    let agree = |gold: &GoldActor, a: &Option<PredictedActor>| {
        a.as_ref().map_or(0, |a| {
            usize::from(gold.country.is_some() && gold.country == a.country)
                + usize::from(gold.sector.is_some() && gold.sector == a.sector)
        })
    };
    pred.iter()
        .enumerate()
        .filter(|(_, p)| p.event_type == g.event_type)
        .max_by_key(|(i, p)| {
            (
                overlap(&gold_bags[0], &p.source) + overlap(&gold_bags[1], &p.target),
                agree(&g.source, &p.source) + agree(&g.target, &p.target),
                std::cmp::Reverse(*i),
            )
        })
        .map(|(_, p)| p)
}

impl GsrReport {
    /// The one-line summary: `key=value` pairs, stable names, for baselines and scripts.
    pub fn summary(&self) -> String {
        format!(
            "sentences={} gold_events={} emitted={} recall={:.3} type_precision={:.3} \
             source_country={:.3} target_country={:.3} source_sector={:.3} target_sector={:.3} \
             source_country_all={:.3} target_country_all={:.3}",
            self.sentences,
            self.gold_events,
            self.emitted,
            self.recall.value(),
            self.type_precision.value(),
            self.source_country.detected.value(),
            self.target_country.detected.value(),
            self.source_sector.detected.value(),
            self.target_sector.detected.value(),
            self.source_country.all.value(),
            self.target_country.all.value(),
        )
    }

    /// The gold trigger words of missed events, most frequent first (annotated triggers only).
    pub fn missed_triggers(&self) -> Vec<(String, usize)> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for c in &self.misses {
            if let Some(t) = c.gold_trigger.as_deref() {
                *counts.entry(t).or_default() += 1;
            }
        }
        crate::events::ranked(counts)
    }

    /// Up to `n` examples each of misses, wrong types and wrong codes, and the `n` commonest
    /// triggers of missed events.
    pub fn write_errors(&self, n: usize, out: &mut impl fmt::Write) -> fmt::Result {
        write_top(
            out,
            "commonest triggers of missed events",
            self.missed_triggers(),
            n,
        )?;
        writeln!(
            out,
            "\n== missed gold events ({} in all)",
            self.misses.len()
        )?;
        for c in self.misses.iter().take(n) {
            writeln!(
                out,
                "  line {} {} gold {} trigger {:?}; emitted [{}]\n    {}",
                c.line,
                c.id,
                c.gold_type.as_str(),
                c.gold_trigger.as_deref().unwrap_or("-"),
                c.emitted.join(", "),
                c.text
            )?;
        }
        writeln!(
            out,
            "\n== emitted events of a wrong type ({} in all)",
            self.wrong_types.len()
        )?;
        for w in self.wrong_types.iter().take(n) {
            let gold: Vec<&str> = w.gold_types.iter().map(|t| t.as_str()).collect();
            writeln!(
                out,
                "  line {} {} emitted {}({}) gold {}\n    {}",
                w.line,
                w.id,
                w.emitted_type.as_str(),
                w.trigger,
                gold.join("/"),
                w.text
            )?;
        }
        writeln!(
            out,
            "\n== detected with wrong actor codes ({} in all)",
            self.wrong_codes.len()
        )?;
        for c in self.wrong_codes.iter().take(n) {
            writeln!(
                out,
                "  line {} {} {}: {}\n    {}",
                c.line,
                c.id,
                c.gold_type.as_str(),
                c.mismatches.join("; "),
                c.text
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for GsrReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "GSR events: {} sentences, {} gold events, {} emitted events",
            self.sentences, self.gold_events, self.emitted
        )?;
        writeln!(f, "  detection recall         {}", self.recall)?;
        for (t, r) in &self.recall_by_type {
            writeln!(f, "    {:<22} {}", t.as_str(), r)?;
        }
        writeln!(f, "  precision of types       {}", self.type_precision)?;
        writeln!(
            f,
            "  actor codes              over detected        over all gold"
        )?;
        for (name, s) in [
            ("source country", &self.source_country),
            ("target country", &self.target_country),
            ("source sector", &self.source_sector),
            ("target sector", &self.target_sector),
        ] {
            writeln!(f, "    {:<22} {}   {}", name, s.detected, s.all)?;
        }
        Ok(())
    }
}

/// Trigger counts, most frequent first (ties alphabetical), for the error listings.
/// A `== title` line followed by the first `n` of a ranked list as `item count, …`.
pub(crate) fn write_top(
    out: &mut impl fmt::Write,
    title: &str,
    ranked: Vec<(String, usize)>,
    n: usize,
) -> fmt::Result {
    let top: Vec<String> = ranked
        .into_iter()
        .take(n)
        .map(|(t, k)| format!("{t} {k}"))
        .collect();
    writeln!(out, "\n== {title}\n  {}", top.join(", "))
}

pub(crate) fn ranked(counts: std::collections::BTreeMap<&str, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, n)| (k.to_string(), n))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::parse_gsr_events;
    use rasad_event::{Country, Sector};

    fn gold() -> Vec<GoldSentence> {
        let data = [
            r#"{"id":"a","date":"20080110","text":"s1","events":[{"event_type":"ASSAULT","source":{"country":"ISR","sector":null,"text":"إسرائيل"},"target":{"country":"LBN","sector":"REB","text":"عماد مغنية"},"trigger":"اغتيال"}]}"#,
            r#"{"id":"b","text":"s2","events":[{"event_type":"PROTEST","source":{"country":"EGY","sector":"CVL","text":"متظاهرون مصريون"},"target":{"country":null,"sector":null,"text":null},"trigger":"تظاهر"}]}"#,
            r#"{"id":"c","text":"s3","events":[{"event_type":"ASSAULT","source":{"country":"IRQ","sector":null,"text":null},"target":{"country":null,"sector":null,"text":null},"trigger":null}]}"#,
        ]
        .join("\n");
        parse_gsr_events(&data, "t.jsonl").unwrap()
    }

    fn actor(text: &str, country: Option<&str>, sector: Option<Sector>) -> Option<PredictedActor> {
        Some(PredictedActor {
            text: text.to_string(),
            country: country.map(|c| Country::parse(c).unwrap()),
            sector,
        })
    }

    fn ev(
        t: PloverType,
        source: Option<PredictedActor>,
        target: Option<PredictedActor>,
    ) -> PredictedEvent {
        PredictedEvent {
            event_type: t,
            source,
            target,
            trigger: "x".into(),
            negated: false,
            hypothetical: false,
            historical: false,
            background: false,
            salience: None,
        }
    }

    #[test]
    fn recall_precision_and_codes() {
        let g = gold();
        let pred = vec![
            // Two ASSAULTs: the one whose actor texts overlap the gold is chosen.
            vec![
                ev(
                    PloverType::Assault,
                    actor("حزب الله", Some("LBN"), None),
                    None,
                ),
                ev(
                    PloverType::Assault,
                    actor("إسرائيل", Some("ISR"), None),
                    actor("مغنية", Some("SYR"), Some(Sector::Reb)),
                ),
            ],
            // A wrong type and an unjudged type.
            vec![
                ev(PloverType::Assault, None, None),
                ev(PloverType::Consult, None, None),
            ],
            // Nothing.
            vec![],
        ];
        let r = score_gsr(&g, &pred);
        assert_eq!((r.recall.hits, r.recall.total), (1, 3));
        // 3 judged events emitted, 2 of the gold type.
        assert_eq!((r.type_precision.hits, r.type_precision.total), (2, 3));
        assert_eq!(r.emitted, 4);
        assert_eq!(
            (
                r.source_country.detected.hits,
                r.source_country.detected.total
            ),
            (1, 1)
        );
        assert_eq!(
            (r.source_country.all.hits, r.source_country.all.total),
            (1, 3)
        );
        assert_eq!(
            (
                r.target_country.detected.hits,
                r.target_country.detected.total
            ),
            (0, 1)
        );
        assert_eq!(
            (
                r.target_sector.detected.hits,
                r.target_sector.detected.total
            ),
            (1, 1)
        );
        assert_eq!(r.misses.len(), 2);
        // Line c has no annotated trigger.
        assert_eq!(r.missed_triggers(), vec![("تظاهر".to_string(), 1)]);
        assert_eq!(r.wrong_codes.len(), 1);
        assert_eq!(
            r.wrong_codes[0].mismatches,
            vec!["target.country: gold LBN, got SYR"]
        );
        assert_eq!(r.wrong_types.len(), 1);
        assert!(r
            .summary()
            .starts_with("sentences=3 gold_events=3 emitted=4 recall=0.333"));
    }

    #[test]
    fn a_missing_actor_is_wrong_not_skipped() {
        let g = gold();
        let pred = vec![vec![ev(PloverType::Assault, None, None)], vec![], vec![]];
        let r = score_gsr(&g, &pred);
        assert_eq!(
            (
                r.source_country.detected.hits,
                r.source_country.detected.total
            ),
            (0, 1)
        );
    }
}
