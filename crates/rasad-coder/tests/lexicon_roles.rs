//! Role rules that depend on what the real lexicon makes of a phrase: capitals standing for
//! their governments, pair anaphors, phrases that change an event's type. Sentences are
//! written for the tests.

use rasad_coder::{Coder, Document};
use rasad_event::{Event, PloverType};

fn code(text: &str) -> Vec<Event> {
    let coder = Coder::embedded().expect("embedded lexicon");
    coder
        .code(&Document {
            id: "t",
            text,
            date: None,
        })
        .events
}

fn pairs(ev: &[Event], t: PloverType) -> Vec<(String, String)> {
    let code = |a: &Option<rasad_event::ActorRef>| {
        a.as_ref()
            .and_then(|a| a.country)
            .map(|c| c.as_str().to_string())
            .unwrap_or_default()
    };
    let mut out: Vec<(String, String)> = ev
        .iter()
        .filter(|e| e.event_type == t)
        .map(|e| (code(&e.source), code(&e.target)))
        .collect();
    out.sort();
    out
}

#[test]
fn capitals_after_bayna_are_the_two_parties_even_when_the_name_starts_with_ba() {
    // `وبكين`: the ب is the name's, not a preposition, so Beijing is no location here
    let ev = code("وتصاعدت الاتهامات المتبادلة بين واشنطن وبكين.");
    assert_eq!(
        pairs(&ev, PloverType::Accuse),
        vec![("CHN".into(), "USA".into()), ("USA".into(), "CHN".into())],
        "{ev:#?}"
    );
}

#[test]
fn a_trade_war_is_a_sanction_not_an_attack() {
    let ev = code("وتصاعدت الحرب التجارية بين الولايات المتحدة والصين.");
    assert!(
        ev.iter().all(|e| e.event_type != PloverType::Assault),
        "{ev:#?}"
    );
    assert_eq!(pairs(&ev, PloverType::Sanction).len(), 2, "{ev:#?}");
}

#[test]
fn a_pair_anaphor_takes_the_parties_named_earlier_in_its_own_sentence() {
    let ev = code(
        "وكانت الولايات المتحدة قالت إن دبلوماسييها في كوبا تعرضوا لأعراض غامضة.\n\
         وتوترت العلاقات بين الولايات المتحدة والصين، مع تهديدات متبادلة بين البلدين.",
    );
    assert_eq!(
        pairs(&ev, PloverType::Threaten),
        vec![("CHN".into(), "USA".into()), ("USA".into(), "CHN".into())],
        "{ev:#?}"
    );
}

#[test]
fn an_organisation_after_fi_is_no_location() {
    let ev = code("اندلعت مواجهة بين البلدين العضوين في حلف شمال الأطلسي.");
    assert!(
        ev.iter()
            .all(|e| e.location.as_ref().is_none_or(|l| l.name != "NATO")),
        "{ev:#?}"
    );
    // a country after في still is one
    let ev = code("اندلعت مواجهة عنيفة في أرمينيا أمس.");
    assert!(
        ev.iter()
            .any(|e| e.location.as_ref().is_some_and(|l| l.text == "أرمينيا")),
        "{ev:#?}"
    );
}

#[test]
fn the_word_an_entry_needs_is_its_object() {
    // `أسقط` needs an aircraft: `أسقطت طائرة أذربيجانية` has the plane as its object
    let ev = code("أسقطت طائرة أذربيجانية فوق المنطقة.");
    let a = ev
        .iter()
        .find(|e| e.event_type == PloverType::Assault)
        .expect("the shoot-down");
    assert!(a.source.is_none(), "{a:#?}");
    assert_eq!(
        a.target
            .as_ref()
            .and_then(|t| t.country)
            .map(|c| c.as_str().to_string()),
        Some("AZE".into()),
        "{a:#?}"
    );
}
