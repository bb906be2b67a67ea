//! Actor scoring against the GSR gold: for each gold source/target that has a text, find the
//! predicted mention covering that text and compare codes.
//!
//! Gold texts sometimes list their words out of order, so "covering" is decided on bags of
//! words: both sides are matching-normalized, light-stemmed (leading `و`/`ب`/`ل`/`ال` off) and
//! compared as sets of words of three letters or more; the mention sharing most words wins
//! (ties go to the earlier mention). Country and sector accuracy are reported where the gold
//! field is set, both over all such gold actors (an actor rasad missed counts as wrong) and over
//! the covered ones only.

use crate::gold::{GoldActor, GoldSentence};
use rasad_event::{Country, Sector};
use rasad_text::Normalizer;
use serde::Serialize;
use std::collections::HashSet;

/// One predicted actor mention, as the scorer needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedActor {
    pub text: String,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
}

/// A hit/total pair with its ratio.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Ratio {
    pub hits: usize,
    pub total: usize,
}

impl Ratio {
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.hits as f64 / self.total as f64
        }
    }

    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += hit as usize;
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:5.1}%  ({}/{})",
            100.0 * self.value(),
            self.hits,
            self.total
        )
    }
}

/// One scored gold actor, for error listings.
#[derive(Clone, Debug, Serialize)]
pub struct ActorCase {
    pub id: String,
    pub line: usize,
    pub role: &'static str,
    pub gold_text: String,
    pub gold_country: Option<Country>,
    pub gold_sector: Option<Sector>,
    /// The covering mention, if any.
    pub predicted_text: Option<String>,
    pub predicted_country: Option<Country>,
    pub predicted_sector: Option<Sector>,
}

impl ActorCase {
    pub fn country_ok(&self) -> Option<bool> {
        self.gold_country
            .map(|g| self.predicted_text.is_some() && self.predicted_country == Some(g))
    }

    pub fn sector_ok(&self) -> Option<bool> {
        self.gold_sector
            .map(|g| self.predicted_text.is_some() && self.predicted_sector == Some(g))
    }
}

/// The scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ActorReport {
    /// Gold actors with a text, and how many a mention covers.
    pub coverage: Ratio,
    /// Where the gold country is set; misses count as wrong.
    pub country: Ratio,
    /// Where the gold sector is set; misses count as wrong.
    pub sector: Ratio,
    /// The same, over covered gold actors only.
    pub country_covered: Ratio,
    pub sector_covered: Ratio,
    pub cases: Vec<ActorCase>,
}

/// Scores predictions: `predict` returns the mentions rasad finds in a gold sentence.
pub fn score_actors(
    gold: &[GoldSentence],
    mut predict: impl FnMut(&GoldSentence) -> Vec<PredictedActor>,
) -> ActorReport {
    let mut r = ActorReport::default();
    for s in gold {
        if s.events
            .iter()
            .all(|e| e.source.text.is_none() && e.target.text.is_none())
        {
            continue;
        }
        let predicted = predict(s);
        let bags: Vec<HashSet<String>> = predicted.iter().map(|p| bag(&p.text)).collect();
        for e in &s.events {
            for (role, actor) in [("source", &e.source), ("target", &e.target)] {
                if let Some(case) = score_one(s, role, actor, &predicted, &bags) {
                    let covered = case.predicted_text.is_some();
                    r.coverage.add(covered);
                    if let Some(ok) = case.country_ok() {
                        r.country.add(ok);
                        if covered {
                            r.country_covered.add(ok);
                        }
                    }
                    if let Some(ok) = case.sector_ok() {
                        r.sector.add(ok);
                        if covered {
                            r.sector_covered.add(ok);
                        }
                    }
                    r.cases.push(case);
                }
            }
        }
    }
    r
}

fn score_one(
    s: &GoldSentence,
    role: &'static str,
    actor: &GoldActor,
    predicted: &[PredictedActor],
    bags: &[HashSet<String>],
) -> Option<ActorCase> {
    let text = actor.text.as_deref()?;
    let gold_bag = bag(text);
    let best = bags
        .iter()
        .enumerate()
        .map(|(i, b)| (b.intersection(&gold_bag).count(), i))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, i)| (*n, std::cmp::Reverse(*i)))
        .map(|(_, i)| &predicted[i]);
    Some(ActorCase {
        id: s.id.clone(),
        line: s.line,
        role,
        gold_text: text.to_string(),
        gold_country: actor.country,
        gold_sector: actor.sector,
        predicted_text: best.map(|p| p.text.clone()),
        predicted_country: best.and_then(|p| p.country),
        predicted_sector: best.and_then(|p| p.sector),
    })
}

/// Matching-normalized, light-stemmed words of three letters or more.
pub fn bag(text: &str) -> HashSet<String> {
    let norm = Normalizer::matching().normalize_str(text);
    norm.split(|c: char| !c.is_alphanumeric())
        .map(light_stem)
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

fn light_stem(w: &str) -> String {
    let mut w = w;
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                w = r;
            }
        }
    }
    for p in ["بال", "وال", "لل", "ال", "ب", "ل", "ك"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                w = r;
                break;
            }
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::parse_gsr_events;

    fn pred(text: &str, c: Option<&str>, s: Option<&str>) -> PredictedActor {
        PredictedActor {
            text: text.into(),
            country: c.map(|c| Country::parse(c).unwrap()),
            sector: s.map(|s| Sector::parse(s).unwrap()),
        }
    }

    #[test]
    fn bag_of_words_finds_out_of_order_gold_text() {
        let g = parse_gsr_events(
            r#"{"id":"a","text":"x","events":[{"event_type":"ASSAULT","source":{"country":"TUR","sector":"MIL","text":"التركي الجيش"},"target":{"country":"KUR","sector":null,"text":"المتمردين"}}]}"#,
            "g",
        )
        .unwrap();
        let r = score_actors(&g, |_| {
            vec![
                pred("الجيش التركي", Some("TUR"), Some("MIL")),
                pred("للمتمردين", None, Some("REB")),
            ]
        });
        assert_eq!(r.coverage, Ratio { hits: 2, total: 2 });
        assert_eq!(r.country, Ratio { hits: 1, total: 2 });
        assert_eq!(r.sector, Ratio { hits: 1, total: 1 });
        assert_eq!(r.country_covered.total, 2);
    }

    #[test]
    fn a_missed_actor_counts_against_accuracy() {
        let g = parse_gsr_events(
            r#"{"id":"a","text":"x","events":[{"event_type":"ASSAULT","source":{"country":"PAK","sector":"GOV","text":"الحكومة"},"target":{}}]}"#,
            "g",
        )
        .unwrap();
        let r = score_actors(&g, |_| vec![pred("الشرطة", None, Some("COP"))]);
        assert_eq!(r.coverage.hits, 0);
        assert_eq!(r.country, Ratio { hits: 0, total: 1 });
        assert_eq!(r.sector_covered.total, 0);
    }
}
