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

/// The events of one PLOVER type.
fn of_type(ev: &[Event], t: PloverType) -> Vec<&Event> {
    ev.iter().filter(|e| e.event_type == t).collect()
}

/// An actor's country code, if it has one.
fn country(a: &Option<rasad_event::ActorRef>) -> Option<String> {
    a.as_ref()
        .and_then(|a| a.country)
        .map(|c| c.as_str().to_string())
}

fn pairs(ev: &[Event], t: PloverType) -> Vec<(String, String)> {
    let code = |a: &Option<rasad_event::ActorRef>| country(a).unwrap_or_default();
    let mut out: Vec<(String, String)> = of_type(ev, t)
        .iter()
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
    assert_eq!(country(&a.target), Some("AZE".into()), "{a:#?}");
}

#[test]
fn an_unknown_subject_before_the_verb_leaves_the_actor_after_it_as_the_object() {
    // `أن الطائرات قصفت صنعاء`: the planes (no actor) bombed Sanaa, Sanaa did not bomb
    let ev = code("وذكرت وكالة الأنباء أن الطائرات قصفت صنعاء أمس.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert!(a[0].source.is_none(), "{ev:#?}");
    assert_eq!(country(&a[0].target), Some("YEM".to_string()), "{ev:#?}");
}

#[test]
fn a_title_whose_genitive_is_the_subject_itself_is_an_apposition() {
    // the leader of the Houthis is the Houthi leader, not the one threatened; the given name
    // written joined (`عبدالملك`) or apart matches the same person
    for name in ["عبدالملك الحوثي", "عبد الملك الحوثي"] {
        let ev = code(&format!(
            "وتوعد {name} زعيم جماعة أنصار الله بالرد على الغارات."
        ));
        let t = of_type(&ev, PloverType::Threaten);
        assert_eq!(t.len(), 1, "{ev:#?}");
        let s = t[0].source.as_ref().expect("a source");
        assert_eq!(s.text, name, "{ev:#?}");
        assert!(t[0].target.is_none(), "{ev:#?}");
    }
}

#[test]
fn event_words_naming_a_medium_and_achieving_are_no_events() {
    // `قناة "المسيرة"` is a channel, not a march; `تحقيق السلام` is achieving peace, not an
    // investigation — but `تحقيق في` and `التحقيق الدولي` are
    let ev = code("ونقلت قناة \"المسيرة\" أن الحكومة تسعى إلى تحقيق السلام.");
    assert!(ev.is_empty(), "{ev:#?}");
    let ev = code("وطالبت الأمم المتحدة بإجراء تحقيق في الهجوم. وبدأ التحقيق الدولي أمس.");
    assert_eq!(
        ev.iter()
            .filter(|e| e.cameo.as_str().starts_with("09"))
            .count(),
        2,
        "{ev:#?}"
    );
}

#[test]
fn shot_by_names_the_agent_and_a_reporter_of_deaths_is_not_their_cause() {
    // `برصاص X`: X shot the victims, whether the verb is passive or the count comes first
    let ev = code("وقتل 149 فلسطينيا برصاص الجنود الإسرائيليين منذ ذلك الحين.");
    assert_eq!(
        pairs(&ev, PloverType::Assault),
        vec![("ISR".into(), "PSE".into())],
        "{ev:#?}"
    );
    // a ministry announcing deaths reports them (claimed), it did not kill
    let ev = code("وأعلنت وزارة الصحة الفلسطينية استشهاد ثلاثة شبان بنيران القوات الإسرائيلية.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(a[0].dead.as_ref().map(|d| d.value), Some(3), "{ev:#?}");
    assert_eq!(country(&a[0].source), Some("ISR".to_string()), "{ev:#?}");
    let claimant = a[0].attribution.claimed_by.as_ref().expect("claimed");
    assert!(claimant.text.starts_with("وزارة الصحة"), "{ev:#?}");
}

#[test]
fn a_strike_noun_heading_its_owners_mention_is_still_the_event() {
    // `غارات إسرائيلية` is read by the lexicon as Israel's forces; the word is still the attack
    let ev = code("وقتل ثلاثة أشخاص في غارات إسرائيلية على غزة.");
    assert_eq!(
        pairs(&ev, PloverType::Assault),
        vec![("ISR".into(), "PSE".into())],
        "{ev:#?}"
    );
    // and a strike in a place is no actor of that place
    let ev = code("ونفذت إسرائيل ضربة جوية في سورية.");
    let a = of_type(&ev, PloverType::Assault);
    assert_eq!(a.len(), 1, "{ev:#?}");
    assert_eq!(country(&a[0].source), Some("ISR".to_string()), "{ev:#?}");
}
