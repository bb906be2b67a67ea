//! Property tests: the text layer never panics, and every span it hands out slices the ORIGINAL
//! text at char boundaries and agrees with the forms it reports.

use proptest::prelude::*;
use rasad_text::{Analyzer, Normalizer, TokenKind};

/// Characters that stress the Arabic paths: letters that look like clitics, hamza carriers,
/// marks, tatweel, controls, digits in three scripts, punctuation, presentation forms, and a
/// few outsiders (Latin, emoji, CR/LF).
const ALPHABET: &[char] = &[
    'ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ت', 'ة', 'ث', 'ج', 'ح', 'د', 'ذ', 'ر', 'س', 'ش', 'ع', 'ف', 'ق',
    'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ى', 'ء', 'ؤ', 'ئ', 'پ', 'ک', '\u{064B}', '\u{064E}',
    '\u{0650}', '\u{0651}', '\u{0652}', '\u{0670}', '\u{0640}', '\u{200B}', '\u{200C}', '\u{200D}',
    '\u{200E}', '\u{200F}', '\u{061C}', '\u{FEFF}', '\u{202B}', '\u{2067}', '٠', '٣', '٫', '٬',
    '۱', '0', '5', '.', ',', '-', '،', '؛', '؟', '!', '…', '«', '»', '“', '”', '"', '(', ')', ' ',
    '\n', '\r', '\t', 'ﻻ', 'ﷲ', 'ﻗ', 'S', 'u', 'O', 'é', '😀', '#', '@', '|',
];

fn arabic_mix() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..120)
        .prop_map(|v| v.into_iter().collect())
}

/// Word-shaped strings: runs of Arabic letters and marks separated by spaces.
fn arabic_words() -> impl Strategy<Value = String> {
    let letter = prop::sample::select(&ALPHABET[..40]);
    prop::collection::vec(prop::collection::vec(letter, 1..12), 1..12).prop_map(|ws| {
        ws.into_iter()
            .map(|w| w.into_iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn check_analysis(text: &str) -> Result<(), TestCaseError> {
    let analyzer = Analyzer::default();
    let standard = Normalizer::standard();
    let a = analyzer.analyze(text);
    // a second reading (its words now remembered) is the same reading
    prop_assert_eq!(&analyzer.analyze(text).tokens, &a.tokens);
    let mut last_end = 0;
    for t in &a.tokens {
        let surface = t.span.get(text);
        prop_assert!(
            surface.is_some(),
            "token span {} does not slice the text",
            t.span
        );
        prop_assert!(t.span.start >= last_end, "tokens overlap or go backwards");
        last_end = t.span.end;
        prop_assert_eq!(
            standard.normalize_str(surface.unwrap_or_default()),
            t.norm.clone()
        );
        prop_assert_eq!(
            Normalizer::matching().normalize_str(&t.norm),
            t.matching.clone()
        );
        prop_assert!(!t.segments.is_empty());
        let mut seg_end = t.span.start;
        for s in &t.segments {
            prop_assert!(s.span.get(text).is_some(), "segment span {} off", s.span);
            prop_assert!(
                t.span.contains(s.span),
                "segment {} outside token {}",
                s.span,
                t.span
            );
            prop_assert!(s.span.start >= seg_end, "segments out of order");
            seg_end = s.span.end;
            prop_assert!(!s.text.is_empty());
        }
        if t.kind == TokenKind::Word && t.segments.len() > 1 {
            // Segments tile the token: first starts at the token, last ends at it.
            prop_assert_eq!(t.segments[0].span.start, t.span.start);
            prop_assert_eq!(t.segments.last().map(|s| s.span.end), Some(t.span.end));
        }
    }
    // Sentences cover all tokens, in order, without gaps or overlaps.
    let mut next = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        prop_assert_eq!(s.index, i);
        prop_assert_eq!(s.tokens.start, next);
        prop_assert!(s.tokens.end > s.tokens.start, "empty sentence");
        prop_assert!(s.span.get(text).is_some());
        prop_assert_eq!(s.span.start, a.tokens[s.tokens.start].span.start);
        prop_assert_eq!(s.span.end, a.tokens[s.tokens.end - 1].span.end);
        next = s.tokens.end;
    }
    prop_assert_eq!(next, a.tokens.len());
    for l in &a.lines {
        prop_assert!(l.span.get(text).is_some());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_hold(text in any::<String>()) {
        check_analysis(&text)?;
    }

    #[test]
    fn arabic_mixes_never_panic_and_spans_hold(text in arabic_mix()) {
        check_analysis(&text)?;
    }

    #[test]
    fn arabic_words_segment_within_their_tokens(text in arabic_words()) {
        check_analysis(&text)?;
    }

    #[test]
    fn normalized_alignment_maps_into_the_original(text in arabic_mix()) {
        for n in [Normalizer::standard(), Normalizer::matching(), Normalizer::display()] {
            let norm = n.normalize(&text);
            let s = norm.as_str();
            for (i, _) in s.char_indices() {
                let span = norm.original_span(i, s.len());
                prop_assert!(span.get(&text).is_some(), "span {} off", span);
            }
            prop_assert_eq!(n.normalize_str(&text), s);
        }
    }

    #[test]
    fn segmenter_handles_any_word(word in "\\PC{0,30}") {
        let seg = rasad_text::Segmenter::default();
        for (_, r) in seg.split(&word) {
            prop_assert!(word.get(r.clone()).is_some(), "range {:?} off in {:?}", r, word);
        }
    }
}
