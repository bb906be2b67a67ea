//! Acceptance properties of issue 4 on the seed article (examples/karabakh.ar.txt), coded with
//! the embedded lexicon and the article date 2020-10-14.
//!
//! These check *properties* ("there is an ACCUSE from ARM to AZE"), not exact outputs, and no
//! rule of the coder or entry of the dictionaries refers to this article's wording: the same
//! rules are exercised on other real articles by tests/golden.rs.

use chrono::NaiveDate;
use rasad_coder::{Coder, Document};
use rasad_event::{Event, PloverType, Status};

const SEED: &str = include_str!("../../../examples/karabakh.ar.txt");

fn coded() -> Vec<Event> {
    let coder = Coder::embedded().expect("embedded lexicon");
    coder
        .code(&Document {
            id: "seed",
            text: SEED,
            date: NaiveDate::from_ymd_opt(2020, 10, 14),
        })
        .events
}

fn country(a: &Option<rasad_event::ActorRef>) -> Option<&str> {
    a.as_ref()
        .and_then(|a| a.country.as_ref())
        .map(|c| c.as_str())
}

fn sector(a: &Option<rasad_event::ActorRef>) -> Option<&'static str> {
    a.as_ref().and_then(|a| a.sector).map(|s| s.as_str())
}

fn find<'e>(
    events: &'e [Event],
    t: PloverType,
    src: Option<&str>,
    tgt: Option<&str>,
) -> Vec<&'e Event> {
    events
        .iter()
        .filter(|e| e.event_type == t)
        .filter(|e| src.is_none() || country(&e.source) == src)
        .filter(|e| tgt.is_none() || country(&e.target) == tgt)
        .filter(|e| !e.negated)
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn russia_appeals_to_armenia_and_azerbaijan_on_wednesday_over_karabakh() {
    let ev = coded();
    for tgt in ["ARM", "AZE"] {
        let r = find(&ev, PloverType::Request, Some("RUS"), Some(tgt));
        assert!(
            r.iter().any(|e| e.date == date(2020, 10, 14)
                && e.date_text.is_some()
                && e.location
                    .as_ref()
                    .is_some_and(|l| l.name.contains("Karabakh") || l.text.contains("كاراباخ"))),
            "RUS→{tgt} REQUEST dated 2020-10-14 in Karabakh: {r:#?}"
        );
    }
}

#[test]
fn mutual_accusations_between_armenia_and_azerbaijan() {
    let ev = coded();
    assert!(!find(&ev, PloverType::Accuse, Some("ARM"), Some("AZE")).is_empty());
    assert!(!find(&ev, PloverType::Accuse, Some("AZE"), Some("ARM")).is_empty());
}

#[test]
fn ceasefire_agreement_in_moscow_on_saturday() {
    let ev = coded();
    let a = find(&ev, PloverType::Agree, Some("ARM"), Some("AZE"));
    assert!(
        a.iter().any(|e| e.date == date(2020, 10, 10)
            && e.location
                .as_ref()
                .is_some_and(|l| l.name.contains("Moscow"))),
        "{a:#?}"
    );
}

#[test]
fn each_side_rejects() {
    let ev = coded();
    assert!(!find(&ev, PloverType::Reject, Some("ARM"), None).is_empty());
    assert!(!find(&ev, PloverType::Reject, Some("AZE"), None).is_empty());
}

#[test]
fn armenian_forces_accuse_azerbaijani_forces() {
    let ev = coded();
    let a = find(&ev, PloverType::Accuse, Some("ARM"), Some("AZE"));
    assert!(a
        .iter()
        .any(|e| sector(&e.source) == Some("MIL") && sector(&e.target) == Some("MIL")));
}

#[test]
fn shoot_down_is_claimed_by_armenia_and_denied_by_azerbaijan() {
    let ev = coded();
    let s: Vec<&Event> = ev
        .iter()
        .filter(|e| e.event_type == PloverType::Assault && e.trigger.span.get(SEED).is_some())
        .filter(|e| e.attribution.status == Status::Denied)
        .filter(|e| {
            e.attribution
                .claimed_by
                .as_ref()
                .is_some_and(|c| c.country.map(|c| c.as_str() == "ARM").unwrap_or(false))
        })
        .filter(|e| {
            e.attribution
                .denied_by
                .iter()
                .any(|d| d.country.map(|c| c.as_str() == "AZE").unwrap_or(false))
        })
        .collect();
    assert!(!s.is_empty(), "no ASSAULT claimed by ARM and denied by AZE");
}

#[test]
fn azerbaijan_defence_ministry_accuses_armenian_forces() {
    let ev = coded();
    let a = find(&ev, PloverType::Accuse, Some("AZE"), Some("ARM"));
    assert!(a
        .iter()
        .any(|e| sector(&e.source) == Some("GOV") && sector(&e.target) == Some("MIL")));
}

#[test]
fn prosecutor_reports_one_civilian_dead_and_several_injured() {
    let ev = coded();
    let a: Vec<&Event> = ev
        .iter()
        .filter(|e| e.event_type == PloverType::Assault)
        .filter(|e| e.dead.as_ref().is_some_and(|d| d.value == 1))
        .filter(|e| e.injured.as_ref().is_some_and(|d| d.value >= 2))
        .filter(|e| {
            e.attribution.status == Status::Claimed
                && e.attribution
                    .claimed_by
                    .as_ref()
                    .is_some_and(|c| c.country.map(|c| c.as_str() == "AZE").unwrap_or(false))
        })
        .collect();
    assert!(!a.is_empty());
    assert!(a.iter().any(|e| sector(&e.target) == Some("CVL")));
}

#[test]
fn pashinyan_accuses_turkey_and_turkey_rejects_and_demands_withdrawal() {
    let ev = coded();
    let acc = find(&ev, PloverType::Accuse, Some("ARM"), Some("TUR"));
    assert!(acc.iter().any(|e| sector(&e.source) == Some("GOV")));
    assert!(!find(&ev, PloverType::Reject, Some("TUR"), None).is_empty());
    let req = find(&ev, PloverType::Request, Some("TUR"), Some("ARM"));
    assert!(req.iter().any(|e| sector(&e.target) == Some("MIL")));
}

#[test]
fn minsk_group_calls_on_both_leaders_on_tuesday() {
    let ev = coded();
    for tgt in ["ARM", "AZE"] {
        let r = find(&ev, PloverType::Request, Some("IGO"), Some(tgt));
        assert!(
            r.iter().any(|e| e.date == date(2020, 10, 13)),
            "IGO→{tgt}: {r:#?}"
        );
    }
}

#[test]
fn the_1990s_war_is_historical_and_read_also_gives_nothing() {
    let ev = coded();
    let hist: Vec<&Event> = ev.iter().filter(|e| e.historical).collect();
    assert!(hist.iter().any(|e| e.event_type == PloverType::Assault
        && e.date.is_some_and(|d| d < date(1995, 1, 1).unwrap())));
    // nothing current is dated in the 1990s
    assert!(ev
        .iter()
        .filter(|e| !e.historical)
        .all(|e| e.date.is_none_or(|d| d >= date(2020, 1, 1).unwrap())));
    let last_line = SEED.trim_end().rfind('\n').unwrap();
    assert!(ev.iter().all(|e| e.trigger.span.start < last_line));
}

#[test]
fn every_span_slices_the_original() {
    for e in coded() {
        assert!(e.trigger.span.get(SEED).is_some());
        for a in [&e.source, &e.target].into_iter().flatten() {
            assert!(a.span.get(SEED).is_some());
        }
    }
}
