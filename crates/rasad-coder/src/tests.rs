//! Unit tests of the rules with hand-built mentions (independent of the lexicon's data): each
//! case names the rule it checks; sentences are ordinary news phrasing, not taken from the seed.

use crate::engine::code_analysis;
use crate::words;
use crate::Document;
use chrono::NaiveDate;
use rasad_event::{ActorRef, Country, Event, PloverType, Sector, Status};
use rasad_lexicon::triggers::Triggers;
use rasad_lexicon::{Mention, MentionKind, PlaceInfo};
use rasad_text::{Analysis, Analyzer, Normalizer, Sentence, Span};

/// (surface, kind, country, sector, capital_of)
type Entry = (
    &'static str,
    MentionKind,
    Option<&'static str>,
    Option<&'static str>,
);

/// Lexicon explanations of the entries that carry one (what `matched` says for them).
const MATCHED: &[(&str, &str)] = &[("صاروخا", "agent:munitions")];

const ENTRIES: &[Entry] = &[
    ("مصر", MentionKind::Actor, Some("EGY"), None),
    ("السودان", MentionKind::Actor, Some("SDN"), None),
    ("فرنسا", MentionKind::Actor, Some("FRA"), None),
    ("روسيا", MentionKind::Actor, Some("RUS"), None),
    ("تركيا", MentionKind::Actor, Some("TUR"), None),
    ("إسرائيل", MentionKind::Actor, Some("ISR"), None),
    ("سوريا", MentionKind::Actor, Some("SYR"), None),
    ("سورية", MentionKind::Actor, Some("SYR"), None),
    (
        "الحكومة السورية",
        MentionKind::Actor,
        Some("SYR"),
        Some("GOV"),
    ),
    ("الشرطة", MentionKind::Actor, None, Some("COP")),
    ("المتظاهرين", MentionKind::Actor, None, Some("CVL")),
    ("متظاهر", MentionKind::Actor, None, Some("CVL")),
    ("الصحفيين", MentionKind::Actor, None, Some("MED")),
    ("مدنيين", MentionKind::Actor, None, Some("CVL")),
    ("مدنيا", MentionKind::Actor, None, Some("CVL")),
    (
        "الرئيس المصري ، السيسي",
        MentionKind::Actor,
        Some("EGY"),
        Some("GOV"),
    ),
    ("المتحدث", MentionKind::Actor, None, Some("GOV")),
    ("مسلحين", MentionKind::Actor, None, Some("UAF")),
    ("ضابطا", MentionKind::Actor, None, Some("MIL")),
    ("قوات", MentionKind::Actor, None, Some("MIL")),
    ("حركة فتح", MentionKind::Actor, Some("PSE"), Some("PTY")),
    ("الجيش المصري", MentionKind::Actor, Some("EGY"), Some("MIL")),
    ("الجيش", MentionKind::Actor, None, Some("MIL")),
    ("صاروخا", MentionKind::Actor, None, Some("MIL")),
    ("دمشق", MentionKind::Place, Some("SYR"), None),
    ("القاهرة", MentionKind::Place, Some("EGY"), None),
];

fn recognize(a: &Analysis<'_>, s: &Sentence) -> Vec<Mention> {
    let n = Normalizer::matching();
    let toks = &a.tokens[s.tokens.clone()];
    let forms: Vec<String> = toks.iter().map(|t| n.normalize_str(&t.norm)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut hit = None;
        for (surface, kind, country, sector) in ENTRIES {
            let words: Vec<String> = surface.split(' ').map(|w| n.normalize_str(w)).collect();
            if i + words.len() > toks.len() {
                continue;
            }
            let first = &forms[i];
            let strip = if first == &words[0] {
                0
            } else if first.len() > 2
                && first[2..] == words[0]
                && first.starts_with(['و', 'ب', 'ل'])
            {
                2
            } else {
                continue;
            };
            if (1..words.len()).all(|k| forms[i + k] == words[k]) {
                hit = Some((words.len(), strip, *kind, *country, *sector, *surface));
                break;
            }
        }
        if let Some((len, strip, kind, country, sector, surface)) = hit {
            let span = Span::new(toks[i].span.start + strip, toks[i + len - 1].span.end);
            let country = country.map(|c| Country::parse(c).unwrap());
            out.push(Mention {
                span,
                tokens: s.tokens.start + i..s.tokens.start + i + len,
                text: a.text[span.start..span.end].to_string(),
                kind,
                name: surface.to_string(),
                id: if sector.is_none() {
                    country.map(|c| c.as_str().to_string())
                } else {
                    None
                },
                country,
                sector: sector.map(|x| Sector::parse(x).unwrap()),
                place: (kind == MentionKind::Place).then(|| PlaceInfo {
                    name: surface.to_string(),
                    country,
                    lat: Some(1.0),
                    lon: Some(2.0),
                    capital_of: None,
                }),
                matched: MATCHED
                    .iter()
                    .filter(|(w, _)| *w == surface)
                    .map(|(_, m)| m.to_string())
                    .collect(),
                person: false,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

fn code(text: &str) -> Vec<Event> {
    let t = Triggers::embedded().unwrap();
    let analysis = Analyzer::default().analyze(text);
    let doc = Document {
        id: "t",
        text,
        date: NaiveDate::from_ymd_opt(2018, 5, 2),
    };
    code_analysis(&t, &analysis, &doc, &recognize).events
}

fn has(ev: &[Event], t: PloverType, src: Option<&str>, tgt: Option<&str>) -> bool {
    ev.iter().any(|e| {
        e.event_type == t
            && e.source
                .as_ref()
                .and_then(|a| a.country)
                .map(|c| c.as_str().to_string())
                == src.map(String::from)
            && e.target
                .as_ref()
                .and_then(|a| a.country)
                .map(|c| c.as_str().to_string())
                == tgt.map(String::from)
    })
}

#[test]
fn vso_accusation_with_alleged_act_and_place() {
    let ev = code("اتهمت الحكومة السورية إسرائيل بشن غارات على دمشق.");
    assert!(
        has(&ev, PloverType::Accuse, Some("SYR"), Some("ISR")),
        "{ev:#?}"
    );
    let act = ev
        .iter()
        .find(|e| e.event_type == PloverType::Assault)
        .expect("alleged act");
    assert_eq!(
        act.source
            .as_ref()
            .and_then(|a| a.country)
            .unwrap()
            .as_str(),
        "ISR"
    );
    assert_eq!(act.attribution.status, Status::Claimed);
    assert_eq!(act.location.as_ref().map(|l| l.name.as_str()), Some("دمشق"));
}

#[test]
fn denial_in_next_sentence_answers_the_claim() {
    let ev = code("اتهمت الحكومة السورية إسرائيل بشن غارات على دمشق.\nونفت إسرائيل ذلك.");
    let act = ev
        .iter()
        .find(|e| e.event_type == PloverType::Assault)
        .unwrap();
    assert_eq!(act.attribution.status, Status::Denied);
    assert!(
        has(&ev, PloverType::Reject, Some("ISR"), Some("SYR")),
        "{ev:#?}"
    );
}

#[test]
fn svo_and_coordinated_targets_give_one_event_per_pair() {
    let ev = code("فرنسا دعت روسيا وتركيا إلى الحوار.");
    assert!(
        has(&ev, PloverType::Request, Some("FRA"), Some("RUS")),
        "{ev:#?}"
    );
    assert!(has(&ev, PloverType::Request, Some("FRA"), Some("TUR")));
}

#[test]
fn mutual_accusations_between_two_parties_go_both_ways() {
    let ev = code("تبادلت مصر والسودان اتهامات متبادلة.");
    assert!(
        has(&ev, PloverType::Accuse, Some("EGY"), Some("SDN")),
        "{ev:#?}"
    );
    assert!(has(&ev, PloverType::Accuse, Some("SDN"), Some("EGY")));
    let ev = code("وقعت اشتباكات بين مصر والسودان في القاهرة.");
    assert!(
        has(&ev, PloverType::Assault, Some("EGY"), Some("SDN")),
        "{ev:#?}"
    );
}

#[test]
fn pair_anaphor_resolves_to_last_two_parties() {
    let ev = code("التقى وزير من مصر مع السودان.\nواتفق البلدان على التعاون.");
    assert!(
        has(&ev, PloverType::Agree, Some("EGY"), Some("SDN")),
        "{ev:#?}"
    );
    assert!(has(&ev, PloverType::Agree, Some("SDN"), Some("EGY")));
    let agree = ev
        .iter()
        .find(|e| e.event_type == PloverType::Agree)
        .unwrap();
    assert!(agree.source.as_ref().unwrap().antecedent.is_some());
}

#[test]
fn negation_and_modality_are_flagged() {
    let ev = code("لم تعتقل الشرطة الصحفيين.");
    assert!(
        ev.iter()
            .any(|e| e.event_type == PloverType::Coerce && e.negated),
        "{ev:#?}"
    );
    let ev = code("ستفرض فرنسا عقوبات على روسيا.");
    assert!(
        ev.iter()
            .any(|e| e.event_type == PloverType::Sanction && e.hypothetical),
        "{ev:#?}"
    );
    let ev = code("اعتقلت الشرطة الصحفيين في القاهرة.");
    let c = ev
        .iter()
        .find(|e| e.event_type == PloverType::Coerce)
        .unwrap();
    assert!(!c.negated && !c.hypothetical);
    // the police get the country of the place (CAMEO convention)
    assert_eq!(c.source.as_ref().unwrap().country.unwrap().as_str(), "EGY");
}

#[test]
fn reported_speech_marks_the_claim_and_its_speaker() {
    let ev = code("وقال الجيش المصري إن الشرطة اعتقلت الصحفيين.");
    let c = ev
        .iter()
        .find(|e| e.event_type == PloverType::Coerce)
        .unwrap();
    assert_eq!(c.attribution.status, Status::Claimed);
    assert_eq!(
        c.attribution
            .claimed_by
            .as_ref()
            .unwrap()
            .country
            .unwrap()
            .as_str(),
        "EGY"
    );
}

#[test]
fn passive_killing_makes_the_victims_the_target() {
    let ev = code("قتل 20 من مدنيين في هجوم على القاهرة.");
    let a: Vec<&Event> = ev
        .iter()
        .filter(|e| e.event_type == PloverType::Assault)
        .collect();
    assert_eq!(a.len(), 1, "casualty merged into the attack: {a:#?}");
    assert_eq!(
        a[0].target.as_ref().unwrap().sector.unwrap().as_str(),
        "CVL"
    );
}

#[test]
fn protest_against_a_target() {
    let ev = code("تظاهر آلاف من المتظاهرين ضد الحكومة السورية في دمشق.");
    assert!(
        ev.iter().any(|e| e.event_type == PloverType::Protest
            && e.target.as_ref().and_then(|a| a.sector).map(|s| s.as_str()) == Some("GOV")),
        "{ev:#?}"
    );
}

#[test]
fn definite_description_refers_back() {
    let ev = code("انتشر الجيش المصري في القاهرة.\nوقال الجيش إنه اعتقل الصحفيين.");
    let c = ev
        .iter()
        .find(|e| e.event_type == PloverType::Coerce)
        .unwrap();
    let speaker = c.attribution.claimed_by.as_ref().unwrap();
    assert_eq!(speaker.country.unwrap().as_str(), "EGY");
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        " ",
        "،،،",
        "و",
        "ال",
        "\u{200f}\u{200f}",
        "قتل",
        "123 456",
        "بين و",
        "كل جانب",
        "نفى ذلك",
        "a\u{0301}b",
        "اتهم اتهم اتهم",
        "«»\"\"",
        "لن لم لا ليس غير",
    ] {
        let ev = code(t);
        for e in ev {
            assert!(e.trigger.span.get(t).is_some());
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn spans_slice_the_original(words in proptest::collection::vec(
            prop::sample::select(vec!["اتهمت", "مصر", "السودان", "بشن", "هجمات", "على", "في",
                "القاهرة", "ونفت", "ذلك", "،", ".", "قتل", "20", "لم", "البلدين", "كل", "جانب",
                "وقال", "إن", "الشرطة", "اعتقلت", "بين", "و", "\n", "يوم", "الأربعاء", "x"]), 0..30)) {
            let text = words.join(" ");
            for e in code(&text) {
                prop_assert!(e.trigger.span.get(&text).is_some());
                for a in [&e.source, &e.target].into_iter().flatten() {
                    prop_assert!(a.span.get(&text).is_some());
                }
            }
        }
    }
}

fn of_type(ev: &[Event], t: PloverType) -> Vec<&Event> {
    ev.iter().filter(|e| e.event_type == t).collect()
}

#[test]
fn event_noun_after_time_or_cause_head_is_background() {
    for text in [
        "تظاهر المتظاهرين في القاهرة بعد اغتيال الصحفيين.",
        "اجتمعت الحكومة السورية في دمشق إثر الهجوم على الجيش.",
        "وصلت الشرطة إلى القاهرة في أعقاب الاعتداء على الصحفيين.",
    ] {
        let ev = code(text);
        let a = of_type(&ev, PloverType::Assault);
        assert!(!a.is_empty(), "{text}: {ev:#?}");
        assert!(a.iter().all(|e| e.background), "{text}: {a:#?}");
    }
}

#[test]
fn condemned_or_investigated_event_is_background() {
    for text in [
        "أدانت مصر الهجوم على الصحفيين في دمشق.",
        "بدأت الشرطة التحقيق في اغتيال الصحفيين في القاهرة.",
        "اتهمت الحكومة السورية الجيش بارتكاب اعتداء على مدنيين.",
    ] {
        let ev = code(text);
        let a = of_type(&ev, PloverType::Assault);
        assert!(!a.is_empty(), "{text}: {ev:#?}");
        assert!(a.iter().all(|e| e.background), "{text}: {a:#?}");
    }
}

#[test]
fn reported_attack_with_casualties_is_not_background() {
    let ev = code("قتل 5 مدنيين إثر هجوم للجيش في دمشق.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(a.iter().any(|e| !e.background), "{ev:#?}");
    let ev = code("هاجم الجيش مدنيين في دمشق.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| !e.background),
        "{ev:#?}"
    );
}

#[test]
fn relative_clause_of_background_event_is_background() {
    let ev = code("أدانت مصر الهجوم الذي استهدف الصحفيين في دمشق.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty(), "{ev:#?}");
    assert!(a.iter().all(|e| e.background), "{a:#?}");
}

#[test]
fn generic_or_named_war_is_background() {
    let ev = code("تحدث الجيش المصري عن الحرب العالمية في القاهرة.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .all(|e| e.background),
        "{ev:#?}"
    );
}

#[test]
fn verbal_attack_is_criticism_not_assault() {
    let ev = code("شنت مصر هجوما إعلاميا على تركيا.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    assert!(
        has(&ev, PloverType::Accuse, Some("EGY"), Some("TUR")),
        "{ev:#?}"
    );
    let ev = code("هاجمت فرنسا تصريحات روسيا.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    assert!(!of_type(&ev, PloverType::Accuse).is_empty(), "{ev:#?}");
}

#[test]
fn death_sentence_is_coercion_not_execution() {
    let ev = code("حكمت محكمة في القاهرة على مدنيين بالإعدام.");
    assert!(of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    assert!(!of_type(&ev, PloverType::Coerce).is_empty(), "{ev:#?}");
}

#[test]
fn passive_agent_is_source_and_subject_the_victim() {
    let ev = code("الصحفيين اختطفوا في دمشق على يد الجيش المصري.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(
        a.iter().any(|e| {
            e.source
                .as_ref()
                .and_then(|s| s.country)
                .is_some_and(|c| c.as_str() == "EGY")
                && e.target
                    .as_ref()
                    .and_then(|t| t.sector)
                    .is_some_and(|s| s.as_str() == "MED")
        }),
        "{a:#?}"
    );
}

#[test]
fn crowd_subject_reports_a_protest_without_named_actor() {
    let ev = code("تظاهر مئات أمام مبنى البرلمان.");
    assert!(!of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
    let ev = code("ونزلوا إلى الشوارع في القاهرة.");
    assert!(!of_type(&ev, PloverType::Protest).is_empty(), "{ev:#?}");
}

#[test]
fn bare_event_noun_is_presupposed_unless_asserted() {
    // a passing mention: no verb of occurrence, no support verb, no casualty count
    let ev = code("تحدث الجيش المصري في القاهرة عن الهجوم على الصحفيين.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty() && a.iter().all(|e| e.background), "{ev:#?}");
    // asserted by a verb of occurrence, a support verb, or a headline position
    for text in [
        "وقع الهجوم على الصحفيين في دمشق.",
        "شن الجيش المصري هجوما على مدنيين.",
        "* 3 مايو: اغتيال الصحفيين في دمشق.",
    ] {
        let ev = code(text);
        assert!(
            of_type(&ev, PloverType::Assault)
                .iter()
                .any(|e| !e.background),
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn definite_protester_word_refers_back() {
    let ev = code("وقال المتظاهرون في القاهرة إن الحكومة فشلت.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .all(|e| e.background),
        "{ev:#?}"
    );
    let ev = code("تظاهر آلاف في القاهرة.");
    assert!(
        of_type(&ev, PloverType::Protest)
            .iter()
            .any(|e| !e.background),
        "{ev:#?}"
    );
}

#[test]
fn verb_in_relative_clause_of_a_person_is_background() {
    let ev = code("زار الجيش المصري قبر الصحفي الذي اغتالته إسرائيل في دمشق.");
    let a = of_type(&ev, PloverType::Assault);
    assert!(!a.is_empty() && a.iter().all(|e| e.background), "{ev:#?}");
    // on a reported event noun the relative verb stays reported
    let ev = code("وقع هجوم انتحاري الذي استهدف الصحفيين في دمشق.");
    assert!(
        of_type(&ev, PloverType::Assault)
            .iter()
            .any(|e| !e.background),
        "{ev:#?}"
    );
}

/// The first event of type `t` (the test fails if there is none).
fn first_of(ev: &[Event], t: PloverType) -> &Event {
    ev.iter()
        .find(|e| e.event_type == t)
        .unwrap_or_else(|| panic!("no {t} event in {ev:#?}"))
}

fn sector_of(a: &Option<ActorRef>) -> Option<&'static str> {
    a.as_ref().and_then(|a| a.sector).map(|s| s.as_str())
}

fn country_of(a: &Option<ActorRef>) -> Option<String> {
    a.as_ref()
        .and_then(|a| a.country)
        .map(|c| c.as_str().to_string())
}

#[test]
fn an_unknown_speaker_is_not_the_last_subject() {
    // `وقالت إن …` has no subject: the last one speaks; `قال محلل عسكري إن …` has one the
    // lexicon does not know, so the claim has no known claimant rather than a wrong one.
    let dropped = code("قالت مصر إن الوضع هادئ.\nوقالت إن الشرطة اعتقلت مدنيين.");
    let overt = code("قالت مصر إن الوضع هادئ.\nوقال محلل عسكري إن الشرطة اعتقلت مدنيين.");
    let claimant = |ev: &[Event]| {
        ev.iter()
            .find(|e| e.sentence == 1 && e.event_type == PloverType::Coerce)
            .map(|e| {
                (
                    e.attribution.status,
                    e.attribution
                        .claimed_by
                        .as_ref()
                        .and_then(|a| a.country)
                        .map(|c| c.as_str().to_string()),
                )
            })
    };
    assert_eq!(
        claimant(&dropped),
        Some((Status::Claimed, Some("EGY".into()))),
        "{dropped:#?}"
    );
    assert_eq!(
        claimant(&overt),
        Some((Status::Claimed, None)),
        "{overt:#?}"
    );
}

#[test]
fn a_warned_of_attack_is_reported_not_performed_by_the_speaker() {
    // `أعلن X قتل …`: the masdar object is X's act; `حذرت X من الهجوم`: X only speaks of it.
    let performed = code("أعلن الجيش المصري أمس قتل مدنيين.");
    let warned = code("حذرت مصر من الهجوم على مدنيين.");
    let source = |ev: &[Event]| {
        ev.iter()
            .find(|e| e.event_type == PloverType::Assault)
            .map(|e| (country_of(&e.source), e.rule.contains("+announced")))
    };
    assert_eq!(
        source(&performed),
        Some((Some("EGY".into()), true)),
        "{performed:#?}"
    );
    assert_eq!(source(&warned).map(|s| s.1), Some(false), "{warned:#?}");
    assert_ne!(
        source(&warned).and_then(|s| s.0),
        Some("EGY".into()),
        "{warned:#?}"
    );
}

#[test]
fn counted_victims_are_never_the_source() {
    let ev = code("قالت الشرطة إن 19 مدنيين على الأقل قتلوا في دمشق.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(a.dead.as_ref().map(|d| d.value), Some(19), "{a:#?}");
    assert!(a.source.is_none(), "{a:#?}");
    assert_eq!(sector_of(&a.target), Some("CVL"), "{a:#?}");
}

#[test]
fn the_killer_before_the_count_stays_the_source() {
    let ev = code("قتل الجيش المصري عشرة مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(country_of(&a.source), Some("EGY".to_string()), "{a:#?}");
}

#[test]
fn a_verb_form_after_a_preposition_or_attempt_is_a_masdar_with_its_patient() {
    for text in [
        "اتهمت مصر الجيش بمحاولة قتل مدنيين.",
        "اتهمت مصر الجيش بقتل مدنيين.",
    ] {
        let ev = code(text);
        let a = first_of(&ev, PloverType::Assault);
        assert_eq!(sector_of(&a.target), Some("CVL"), "{text}: {a:#?}");
        assert!(
            a.source.as_ref().and_then(|s| s.sector) != Some(Sector::Cvl),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn a_kill_verb_without_object_is_passive_whoever_its_subject() {
    let ev = code("قتل الجيش المصري في القاهرة أمس.");
    let a = first_of(&ev, PloverType::Assault);
    assert!(a.source.is_none(), "{a:#?}");
    assert_eq!(sector_of(&a.target), Some("MIL"), "{a:#?}");
}

#[test]
fn an_accusative_noun_after_an_event_noun_is_not_its_genitive() {
    // `مدنيا` (indefinite accusative) is the object of the verb, not the noun's agent
    let ev = code("أصاب انفجار مدنيا في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert!(
        a.source.as_ref().and_then(|s| s.sector) != Some(Sector::Cvl),
        "{a:#?}"
    );
}

#[test]
fn an_armed_actor_after_lam_is_the_agent_of_an_attack_noun_only() {
    let ev = code("قتل مدنيين في هجوم لمسلحين على القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.source), Some("UAF"), "{a:#?}");
    // after a support noun the `لـ` actor is the recipient, not the agent
    let ev = code("أعلنت مصر دعم لمسلحين في القاهرة.");
    assert!(
        ev.iter()
            .filter(|e| e.event_type == PloverType::Support)
            .all(|e| e.source.as_ref().and_then(|s| s.sector) != Some(Sector::Uaf)),
        "{ev:#?}"
    );
}

#[test]
fn an_unknown_subject_after_the_complementizer_is_no_dropped_subject() {
    // `الطائرات` is not in the lexicon, but it is the subject: the speaker did not bomb
    let ev = code("قالت مصر إن الطائرات قصفت مواقع في دمشق.");
    let a = first_of(&ev, PloverType::Assault);
    assert!(country_of(&a.source) != Some("EGY".into()), "{a:#?}");
    assert!(!a.rule.contains("prodrop"), "{a:#?}");
}

#[test]
fn a_spokesperson_speaks_for_the_body_named_after_basm() {
    let ev = code("وقال المتحدث باسم الجيش المصري إن الشرطة اعتقلت مدنيين.");
    let c = first_of(&ev, PloverType::Coerce);
    let by = c.attribution.claimed_by.as_ref().expect("a claimant");
    assert_eq!(
        (
            by.country.map(|x| x.as_str().to_string()),
            by.sector.map(|x| x.as_str())
        ),
        (Some("EGY".to_string()), Some("MIL")),
        "{c:#?}"
    );
}

#[test]
fn a_weak_trigger_yields_only_to_a_strong_one_of_its_own_type() {
    // `هتف` (weak PROTEST) beside an accusation is the sentence's protest
    let ev = code("اتهم المتظاهرين الحكومة السورية وهتفوا ضدها في دمشق.");
    assert!(
        ev.iter().any(|e| e.event_type == PloverType::Protest),
        "{ev:#?}"
    );
    // beside a strong protest trigger it adds no second protest
    let ev = code("تظاهر المتظاهرين وهتفوا ضد الحكومة السورية في دمشق.");
    assert_eq!(
        ev.iter()
            .filter(|e| e.event_type == PloverType::Protest)
            .count(),
        1,
        "{ev:#?}"
    );
}

#[test]
fn a_plural_verb_has_its_subject_before_it_and_its_object_after() {
    // `اعتقلوا مدنيين`: a plural verb never has an overt subject after it, so the civilians
    // are its object, and the gunmen before it, past their modifier, its subject
    for text in [
        "قال الجيش إن مسلحين موالين للحركة اختطفوا مدنيين في القاهرة.",
        "ذكرت الصحف أن مسلحين تابعين للتنظيم قتلوا 3 مدنيين.",
    ] {
        let ev = code(text);
        let a = first_of(&ev, PloverType::Assault);
        assert_eq!(
            (sector_of(&a.source), sector_of(&a.target)),
            (Some("UAF"), Some("CVL")),
            "{text}\n{a:#?}"
        );
    }
    // a singular verb keeps its subject after it: `قتل مدنيين` is passive, with no attacker
    let ev = code("قال الجيش إن مسلحين موالين للحركة قتل مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.target), Some("CVL"), "{a:#?}");
    assert!(
        words::plural_verb("واختطفوا") && words::plural_verb("يهاجمون"),
        "plural forms"
    );
    assert!(
        !words::plural_verb("هاجم")
            && !words::plural_verb("تعاون")
            && !words::plural_verb("يتعاون"),
        "singular forms"
    );
}

#[test]
fn a_member_of_a_body_takes_its_codes() {
    // `ضابطا في الشرطة`: the officer is police, not army as the word alone suggests
    let ev = code("اغتال مسلحين ضابطا في الشرطة في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.target), Some("COP"), "{a:#?}");
    // `عناصر من الجيش المصري`: members (no actor word) + `من` + body is the object
    let ev = code("اعتقلت الشرطة عناصر من الجيش المصري في القاهرة.");
    let c = first_of(&ev, PloverType::Coerce);
    assert_eq!(
        (country_of(&c.target), sector_of(&c.target)),
        (Some("EGY".to_string()), Some("MIL")),
        "{c:#?}"
    );
}

#[test]
fn the_body_whose_building_an_event_is_near_is_its_target() {
    // (in another country than the place, which would otherwise give the target's country)
    for (text, t, country) in [
        (
            "تظاهر المئات بالقرب من مقر الحكومة السورية في القاهرة.",
            PloverType::Protest,
            "SYR",
        ),
        (
            "انفجرت سيارة مفخخة خارج مقر الجيش المصري في دمشق.",
            PloverType::Assault,
            "EGY",
        ),
    ] {
        let ev = code(text);
        let e = first_of(&ev, t);
        assert_eq!(
            country_of(&e.target),
            Some(country.to_string()),
            "{text}\n{e:#?}"
        );
    }
}

#[test]
fn an_institution_word_takes_the_country_of_its_genitive() {
    // `قوات الحكومة السورية` in Cairo are Syrian forces, not Egyptian ones
    let ev = code("هاجمت قوات الحكومة السورية مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (country_of(&a.source), sector_of(&a.source)),
        (Some("SYR".to_string()), Some("MIL")),
        "{a:#?}"
    );
    assert!(words::is_word("قوات", &words::CONSTRUCT_HEADS));
}

#[test]
fn armed_men_affiliated_with_a_body_take_its_country() {
    // `مسلحين موالين لحركة فتح` in Cairo are Palestinian, not Egyptian
    let ev = code("قال الجيش إن مسلحين موالين لحركة فتح اختطفوا مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(country_of(&a.source), Some("PSE".to_string()), "{a:#?}");
}

#[test]
fn a_finite_verb_tells_an_event_even_with_no_actor() {
    // `وانفجرت خمس قذائف`: shells exploded — reported though nobody is named
    let ev = code("وانفجرت خمس قذائف هاون في موقع غير بعيد.");
    assert!(!of_type(&ev, PloverType::Assault).is_empty(), "{ev:#?}");
    // a bare noun with nothing around it is still a passing reference
    let ev = code("فهل يجوز تبرير القتل والاغتيال");
    assert!(ev.is_empty(), "{ev:#?}");
    // `غارة جوية` after a support verb is one attack word, not a weapon actor
    let ev = code("نفذت إسرائيل غارة جوية.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(country_of(&a.source), Some("ISR".to_string()), "{a:#?}");
}

#[test]
fn an_indefinite_noun_with_a_nationality_adjective_is_a_subject() {
    // `قصفت طائرة سورية مدنيين`: a Syrian plane bombed — Syria is the attacker, not the target
    let ev = code("قصفت طائرة سورية مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (country_of(&a.source), sector_of(&a.target)),
        (Some("SYR".to_string()), Some("CVL")),
        "{a:#?}"
    );
}

#[test]
fn an_active_attack_verb_takes_its_victim_after_a_target_preposition() {
    // `اعتدى X على Y`: the subject is perpetrator-like and no object follows, so the verb is
    // active and the actor after `على` is the victim
    let ev = code("اعتدى الجيش المصري على مدنيين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (country_of(&a.source), sector_of(&a.target)),
        (Some("EGY".to_string()), Some("CVL")),
        "{a:#?}"
    );
}

#[test]
fn open_fire_with_the_subject_between_verb_and_object() {
    // `أطلق X النار على Y`: the phrase is split by its subject
    let ev = code("أطلق الجيش المصري النار على الصحفيين.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (country_of(&a.source), sector_of(&a.target)),
        (Some("EGY".to_string()), Some("MED")),
        "{a:#?}"
    );
}

#[test]
fn a_munition_without_a_nationality_is_no_party() {
    // `أطلق X صاروخا على Y`: the rocket is the means; the target is after `على`
    let ev = code("أطلق الجيش المصري صاروخا على الشرطة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.target), Some("COP"), "{a:#?}");
}

#[test]
fn a_counted_subject_after_the_verb_is_its_source() {
    // `تظاهر نحو مائة من المتظاهرين`: the quantity phrase (qualifier and number words) stands
    // between the verb and its subject; the subject is not the counted object
    for (text, subject) in [
        ("تجمع نحو مائة متظاهر أمس في القاهرة.", "متظاهر"),
        ("تجمع ما لا يقل عن ثلاثة آلاف متظاهر في القاهرة.", "متظاهر"),
        ("تجمع نحو مائة من المتظاهرين أمس في القاهرة.", "المتظاهرين"),
    ] {
        let ev = code(text);
        let p = first_of(&ev, PloverType::Protest);
        let src = p.source.as_ref().expect("a source");
        assert_eq!(src.text, subject, "{text}\n{p:#?}");
        assert_ne!(
            src.inferred,
            Some(rasad_event::Inferred::Actor),
            "named, not implied: {p:#?}"
        );
    }
}

#[test]
fn a_verb_right_after_an_attack_noun_has_the_attack_as_subject() {
    // `هجوم استهدف X`: X is the target, and no actor before the noun is the attacker
    let ev = code("قتل خمسة مدنيين في هجوم استهدف الشرطة في القاهرة.");
    let verb = ev
        .iter()
        .find(|e| e.trigger.text == "استهدف")
        .expect("the verb's event");
    assert!(verb.source.is_none(), "{verb:#?}");
    assert_eq!(sector_of(&verb.target), Some("COP"), "{verb:#?}");
    assert!(verb.rule.ends_with(":event-subject"), "{}", verb.rule);
    // with an actor subject it stays an ordinary verb
    let ev = code("استهدف مسلحين الشرطة في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.source), Some("UAF"), "{a:#?}");
}

#[test]
fn a_subject_before_a_kill_verb_without_object_is_its_victim() {
    // `أحد المسلحين داخل المبنى قتل`: unvocalized `قُتل`, words between subject and verb
    let ev = code("قالت الشرطة إن أحد مسلحين داخل المبنى قتل.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (sector_of(&a.source), sector_of(&a.target)),
        (None, Some("UAF")),
        "{a:#?}"
    );
    // an object pronoun is an object: the subject acts
    let ev = code("قالت الشرطة إن مسلحين داخل المبنى قتلهم.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(sector_of(&a.source), Some("UAF"), "{a:#?}");
}

#[test]
fn a_construct_state_subject_is_no_dropped_subject() {
    // `ودعا مجلس الصحفيين`: the council is the subject, even unknown; the last subject of the
    // document is not borrowed
    let ev = code("وقالت الشرطة إن الوضع هادئ.\nودعا مجلس الصحفيين إلى الهدوء.");
    let r = first_of(&ev, PloverType::Request);
    assert!(
        r.source
            .as_ref()
            .is_none_or(|s| s.sector != Some(Sector::Cop)),
        "{r:#?}"
    );
    assert!(!r.rule.contains("prodrop"), "{}", r.rule);
}

#[test]
fn a_noun_takes_no_agent_across_an_event_noun_of_another_type() {
    // `دعت مصر إلى وقف الهجمات على المدنيين`: the attacks are not Egypt's
    let ev = code("وجهت مصر نداء لوقف الهجمات على مدنيين في دمشق.");
    let a = first_of(&ev, PloverType::Assault);
    assert!(
        a.source
            .as_ref()
            .is_none_or(|s| s.country.map(|c| c.as_str().to_string()) != Some("EGY".into())),
        "{a:#?}"
    );
    // a coordinated noun of the same type keeps the agent
    let ev = code("شن الجيش المصري هجمات وغارات على مسلحين في دمشق.");
    assert!(
        ev.iter()
            .filter(|e| e.event_type == PloverType::Assault)
            .all(|e| sector_of(&e.source) == Some("MIL")),
        "{ev:#?}"
    );
}

#[test]
fn the_pronoun_on_a_complementizer_is_the_subject_of_the_verb_after_it() {
    // `قال الجيش المصري إنه قتل …`: the army killed, the militants are the victims
    let ev = code("وقال الجيش المصري إنه قتل مسلحين في القاهرة.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(
        (sector_of(&a.source), sector_of(&a.target)),
        (Some("MIL"), Some("UAF")),
        "{a:#?}"
    );
    assert!(a.rule.contains("+pronoun-subject"), "{}", a.rule);
    // the nearest actor before it: the accused of `بأنها`
    let ev = code("اتهمت مصر السودان بأنها قصفت مدنيين.");
    let a = first_of(&ev, PloverType::Assault);
    assert_eq!(country_of(&a.source).as_deref(), Some("SDN"), "{a:#?}");
}

#[test]
fn vowelled_passives_are_read_as_passives() {
    assert!(crate::engine::passive_vocalized("قُتل"));
    assert!(crate::engine::passive_vocalized("وأُصيب"));
    assert!(crate::engine::passive_vocalized("استُهدفا"));
    assert!(!crate::engine::passive_vocalized("قتل"));
    assert!(!crate::engine::passive_vocalized("يُطلق"));
    assert!(!crate::engine::passive_vocalized("قتلُ"));
    // `طُرد مسلحين`: the subject is expelled, and nobody earlier is borrowed as the agent
    let ev = code("وقالت الشرطة إن الوضع هادئ.\nوقد طُرد مسلحين من القاهرة.");
    let e = ev
        .iter()
        .find(|e| e.trigger.text.contains("طُرد"))
        .expect("the expulsion");
    assert!(e.source.is_none(), "{e:#?}");
    assert_eq!(sector_of(&e.target), Some("UAF"), "{e:#?}");
}

#[test]
fn a_resumptive_pronoun_stands_between_a_relative_verb_and_its_subject() {
    // `مواجهات أطلق فيها الجيش النار على …`: the army fires; the clashes are not its subject
    let ev = code("وقعت مواجهات عنيفة قصف فيها الجيش المصري مسلحين في القاهرة.");
    let a = ev
        .iter()
        .find(|e| e.trigger.text == "قصف")
        .expect("the shelling");
    assert_eq!(
        (sector_of(&a.source), sector_of(&a.target)),
        (Some("MIL"), Some("UAF")),
        "{a:#?}"
    );
    // `في الوقت الذي طالب فيه الجيش …`: any verb
    let ev = code("في الوقت الذي طالب فيه الجيش المصري مسلحين بالانسحاب.");
    let r = first_of(&ev, PloverType::Request);
    assert_eq!(sector_of(&r.source), Some("MIL"), "{r:#?}");
}

#[test]
fn a_date_after_a_participle_dates_the_noun_it_describes() {
    // `انسحابها من الاتفاق الموقع عام 2015`: 2015 is when the agreement was signed (withdrawing
    // from it is REJECT)
    let ev = code("وفي أبريل الماضي، أعلنت مصر انسحابها من الاتفاق الموقع عام 2015.");
    let r = first_of(&ev, PloverType::Reject);
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2018, 4, 1), "{r:#?}");
    assert!(!r.historical, "{r:#?}");
    let a = first_of(&ev, PloverType::Agree);
    assert_eq!(a.date, NaiveDate::from_ymd_opt(2015, 1, 1), "{a:#?}");
}

#[test]
fn a_purpose_protest_is_done_by_the_clause_subject_and_its_object_is_not() {
    // `نزل المتظاهرين … للاحتجاج على اعتقال …`: the protesters protest; the arrest they
    // protest is not theirs
    let ev = code("وسار آلاف المتظاهرين في القاهرة للاحتجاج على اعتقال الصحفيين.");
    let p = first_of(&ev, PloverType::Protest);
    assert_eq!(
        p.source.as_ref().map(|s| s.text.as_str()),
        Some("المتظاهرين"),
        "{p:#?}"
    );
    for e in ev.iter().filter(|e| e.event_type == PloverType::Coerce) {
        assert_ne!(sector_of(&e.source), Some("CVL"), "{e:#?}");
    }
}

#[test]
fn possessed_forces_without_a_state_in_the_sentence_are_the_last_speakers() {
    // `وقالت إن قواتها …`: the forces of whoever spoke last
    let ev = code("واتهم الجيش المصري مسلحين بالهجوم.\nوقال إن قواته قصفت مسلحين في القاهرة.");
    let a = ev
        .iter()
        .find(|e| e.trigger.text == "قصفت")
        .expect("the shelling");
    assert_eq!(country_of(&a.source).as_deref(), Some("EGY"), "{a:#?}");
    assert_eq!(sector_of(&a.source), Some("MIL"), "{a:#?}");
}
