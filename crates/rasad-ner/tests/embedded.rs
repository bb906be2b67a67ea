//! The embedded model loads and finds clear entities in raw text, with spans that slice the
//! original. Cases live in `testdata/ner/clear_entities.tsv`.

use rasad_ner::{EntityKind, Ner};
use rasad_text::Analyzer;

const CASES: &str = include_str!("../../../testdata/ner/clear_entities.tsv");

#[test]
fn embedded_model_finds_clear_entities() {
    let ner = Ner::embedded().expect("the embedded model loads");
    assert!(ner.model().n_features() > 10_000);
    let analyzer = Analyzer::default();
    let mut checked = 0;
    for line in CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.split('\t');
        let text = cols.next().unwrap();
        let analysis = analyzer.analyze(text);
        let found = ner.tag_document(&analysis);
        for e in &found {
            assert_eq!(
                e.span.get(text),
                Some(e.text.as_str()),
                "span slices the original"
            );
        }
        for want in cols {
            let (label, name) = want.split_once(':').expect("TYPE:text");
            let kind = EntityKind::from_label(label).expect("a known type");
            assert!(
                found.iter().any(|e| e.kind == kind && e.text == name),
                "{text}: expected {label} {name}, found {:?}",
                found.iter().map(|e| (e.kind, &e.text)).collect::<Vec<_>>()
            );
            checked += 1;
        }
    }
    assert!(checked >= 6);
}

#[test]
fn entity_spans_skip_proclitics() {
    let ner = Ner::embedded().unwrap();
    let text = "وصل الوفد إلى القاهرة وبيروت ولندن أمس .";
    let analysis = Analyzer::default().analyze(text);
    for e in ner.tag_document(&analysis) {
        assert_eq!(&text[e.span.start..e.span.end], e.text);
        assert!(!e.text.starts_with('و') || e.text == "واشنطن", "{}", e.text);
    }
}

#[test]
fn tagging_is_deterministic_and_conll_aligned() {
    let ner = Ner::embedded().unwrap();
    let words = ["قال", "الرئيس", "جورج", "بوش", "في", "واشنطن", "."];
    let a = ner.tag_words(&words);
    let b = ner.tag_words(&words);
    assert_eq!(a, b);
    assert_eq!(a.len(), words.len());
}

#[test]
fn sentence_by_sentence_equals_whole_document() {
    // Document-level evidence comes from the neighbouring sentences either way.
    let ner = Ner::embedded().unwrap();
    let text = "قال الرئيس الروسي فلاديمير بوتين إن موسكو لن تتراجع. \
                وأضاف بوتين في مؤتمر صحفي أن الحوار مع واشنطن ممكن. \
                وكان بوتين قد زار مدينة سوتشي الأسبوع الماضي.";
    let analysis = Analyzer::default().analyze(text);
    assert!(analysis.sentences.len() >= 3);
    let whole = ner.tag_document(&analysis);
    for _ in 0..2 {
        let by_sentence: Vec<_> = analysis
            .sentences
            .iter()
            .flat_map(|s| ner.tag_sentence(&analysis, s))
            .collect();
        assert_eq!(by_sentence, whole);
    }
}

#[test]
fn sentence_by_sentence_equals_whole_document_in_a_long_text() {
    // More sentences than a window reaches (a stacked model's first-stage tags of the
    // neighbours depend on their own neighbours), tagged in order and out of order.
    let ner = Ner::embedded().unwrap();
    let seed = include_str!("../../../examples/karabakh.ar.txt");
    let text = [seed, seed, seed].join("\n");
    let analysis = Analyzer::default().analyze(&text);
    assert!(analysis.sentences.len() > 4 * rasad_ner::DOC_WINDOW);
    let whole = ner.tag_document(&analysis);
    let by_sentence: Vec<_> = analysis
        .sentences
        .iter()
        .flat_map(|s| ner.tag_sentence(&analysis, s))
        .collect();
    assert_eq!(by_sentence, whole);
    let mut reversed: Vec<_> = analysis
        .sentences
        .iter()
        .rev()
        .flat_map(|s| ner.tag_sentence(&analysis, s))
        .collect();
    reversed.sort_by_key(|e| e.span.start);
    assert_eq!(reversed, whole);
}
