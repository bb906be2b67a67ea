//! Property tests: no panic on arbitrary input; entity spans always slice the original text;
//! tags are well-formed IOB2; arbitrary model bytes and CoNLL text give errors, not panics.

use proptest::prelude::*;
use rasad_ner::{parse_conll, Model, Ner, Tag};
use rasad_text::Analyzer;
use std::sync::OnceLock;

fn ner() -> &'static Ner {
    static NER: OnceLock<Ner> = OnceLock::new();
    NER.get_or_init(|| Ner::embedded().expect("embedded model"))
}

fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("الرئيس ".to_string()),
            Just("و".to_string()),
            Just("بال".to_string()),
            Just(" في ".to_string()),
            Just("مدينة".to_string()),
            Just(". ".to_string()),
            Just("\n".to_string()),
            "[\u{0621}-\u{064A}\u{064B}-\u{0652}]{1,8}",
            "[a-zA-Z0-9٠-٩]{1,5}",
            any::<String>(),
        ],
        0..30,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_slice_the_original(text in arabicish()) {
        let analysis = Analyzer::default().analyze(&text);
        for e in ner().tag_document(&analysis) {
            prop_assert_eq!(e.span.get(&text), Some(e.text.as_str()));
            prop_assert!(!e.tokens.is_empty());
            prop_assert!(e.tokens.end <= analysis.tokens.len());
        }
    }

    #[test]
    fn tags_are_well_formed(words in prop::collection::vec("[^\\s]{1,6}", 0..20)) {
        let tags = ner().tag_words(&words);
        prop_assert_eq!(tags.len(), words.len());
        let mut prev: Option<Tag> = None;
        for t in tags {
            prop_assert!(t.may_follow(prev));
            prev = Some(t);
        }
    }

    #[test]
    fn arbitrary_model_bytes_do_not_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let mut b = b"RSDNER01".to_vec();
        b.extend(bytes);
        let _ = Model::from_bytes(&b, "fuzz");
    }

    #[test]
    fn arbitrary_conll_does_not_panic(text in any::<String>()) {
        if let Ok(sentences) = parse_conll(&text, "fuzz") {
            for s in sentences.iter().take(3) {
                prop_assert_eq!(ner().tag_words(&s.words).len(), s.words.len());
            }
        }
    }
}
