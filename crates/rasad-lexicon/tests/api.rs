//! The contract other crates rely on: analyzer stems, gazetteer terms, dated roles, capitals.

use chrono::NaiveDate;
use rasad_lexicon::{Lexicon, MentionKind, TermKind};

#[test]
fn the_analyzer_segments_behind_lexicon_stems() {
    let lex = Lexicon::embedded().unwrap();
    let a = lex.analyzer().analyze("وبروسيا وبأذربيجان");
    let segs: Vec<String> = a.tokens.iter().map(|t| t.segmentation()).collect();
    assert_eq!(segs, vec!["و+ب+روسيا", "و+ب+اذربيجان"]);
}

#[test]
fn gazetteer_terms_cover_every_kind() {
    let lex = Lexicon::embedded().unwrap();
    let find = |key: &str| -> Vec<TermKind> {
        lex.gazetteer_terms()
            .filter(|(k, _)| *k == key)
            .map(|(_, t)| t)
            .collect()
    };
    assert_eq!(find("روسيا"), vec![TermKind::Country]);
    assert_eq!(find("الارمنيه"), vec![TermKind::Nisba]);
    assert!(find("موسكو").contains(&TermKind::Place));
    assert_eq!(find("باشينيان"), vec![TermKind::Person]);
    assert_eq!(find("مجموعه مينسك"), vec![TermKind::Organisation]);
    assert_eq!(find("القوات"), vec![TermKind::Agent]);
    assert_eq!(find("رييس الوزراء"), vec![TermKind::Title]);
}

#[test]
fn roles_follow_the_article_date() {
    let lex = Lexicon::embedded().unwrap();
    let text = "قال ترامب إن الاتفاق انتهى.";
    let a = lex.analyzer().analyze(text);
    let sector = |d: Option<NaiveDate>| {
        lex.recognize(&a, &a.sentences[0], d)
            .into_iter()
            .find(|m| m.id.as_deref() == Some("trump"))
            .map(|m| {
                (
                    m.country.map(|c| c.to_string()),
                    m.sector.map(|s| s.to_string()),
                )
            })
    };
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(
        sector(day(2018, 5, 8)),
        Some((Some("USA".into()), Some("GOV".into())))
    );
    assert_eq!(
        sector(day(2022, 5, 8)),
        Some((Some("USA".into()), Some("PTY".into())))
    );
    assert_eq!(
        sector(day(2010, 5, 8)),
        Some((Some("USA".into()), Some("BUS".into())))
    );
}

#[test]
fn capitals_are_places_that_know_their_government() {
    let lex = Lexicon::embedded().unwrap();
    let text = "وصل الوفد إلى موسكو ثم إلى باكو.";
    let a = lex.analyzer().analyze(text);
    let ms = lex.recognize(&a, &a.sentences[0], None);
    let caps: Vec<String> = ms
        .iter()
        .filter(|m| m.kind == MentionKind::Place)
        .filter_map(|m| m.place.as_ref()?.capital_of.map(|c| c.to_string()))
        .collect();
    assert_eq!(caps, vec!["RUS", "AZE"]);
    // A place is not an actor by itself: no sector.
    assert!(ms.iter().all(|m| m.sector.is_none()));
}

#[test]
fn common_words_are_not_places() {
    let lex = Lexicon::embedded().unwrap();
    // المدينة 'the city', الثورة 'the revolution', مالي 'financial' (not Mali's nisba).
    let text = "شهدت المدينة الثورة وتحدث عن الدعم المالي.";
    let a = lex.analyzer().analyze(text);
    let ms = lex.recognize(&a, &a.sentences[0], None);
    assert!(ms.is_empty(), "{ms:#?}");
}

#[test]
fn the_lexicon_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Lexicon>();
}
