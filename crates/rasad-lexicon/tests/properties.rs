//! Property tests: recognition never panics, and every mention's span slices the original text.

use proptest::prelude::*;
use rasad_lexicon::Lexicon;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::embedded().unwrap())
}

/// Arabic-heavy text: lexicon words with clitics, diacritics, tatweel, quotes and noise.
fn arabic_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "روسيا",
        "وبروسيا",
        "للقوات",
        "الأرمنية",
        "القوات",
        "الجيش",
        "الأذربيجاني",
        "في",
        "أذربيجان",
        "وأرمينيا",
        "مجموعة",
        "مينسك",
        "رئيس",
        "الوزراء",
        "الأرميني",
        "نيكول",
        "باشينيان",
        "«",
        "»",
        "“",
        "”",
        "،",
        ".",
        "\n",
        "مسلحو",
        "حماس",
        "من",
        "تنظيم",
        "القاعدة",
        "بَغْدادَ",
        "ـ",
        "\u{200f}",
        "Su-25",
        "٣٠",
        "وزيري",
        "الدفاع",
        "ناغورني",
        "قرة",
        "باغ",
        "x",
        "ي",
        "ال",
        "و",
        "لل",
    ]);
    prop::collection::vec(
        prop_oneof![
            words.prop_map(str::to_string),
            "[\\u0600-\\u06ff ]{0,6}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..40,
    )
    .prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn recognition_never_panics_and_spans_slice_the_original(text in arabic_text()) {
        let a = lex().analyzer().analyze(&text);
        for s in &a.sentences {
            for m in lex().recognize(&a, s, None) {
                let slice = m.span.get(&text);
                prop_assert!(slice.is_some(), "span {:?} not on char boundaries of {:?}", m.span, text);
                prop_assert_eq!(slice.unwrap(), m.text.as_str());
                prop_assert!(!m.text.is_empty());
                prop_assert!(m.tokens.start < m.tokens.end && m.tokens.end <= a.tokens.len());
                prop_assert!(s.span.contains(m.span) || s.span.overlaps(m.span));
            }
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let a = lex().analyzer().analyze(&text);
        for s in &a.sentences {
            for m in lex().recognize(&a, s, None) {
                prop_assert!(m.span.get(&text).is_some());
            }
        }
    }
}
