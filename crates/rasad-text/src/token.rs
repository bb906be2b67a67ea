//! Tokenization of the ORIGINAL text into words, numbers, Latin/mixed tokens and punctuation.
//!
//! Tokens are found on the original text (so spans are exact) with character classes that treat
//! diacritics, tatweel and zero-width joiners inside a word as part of it; each token's forms are
//! then produced by the [`Normalizer`](crate::Normalizer) from its own slice, so re-normalizing
//! `&original[token.span]` always gives `token.norm`.

use crate::segment::Segment;
use crate::Span;
use serde::Serialize;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Arabic-script word.
    Word,
    /// Digits in any script, with inner decimal/thousands separators (`3.5`, `30,000`, `٣٠`).
    Number,
    /// Latin letters, possibly mixed with digits and inner hyphens (`OSCE`, `Su-25`, `F16`).
    Latin,
    /// Punctuation, one token per mark (an ellipsis `...`/`…` is one token).
    Punct,
    /// Anything else (symbols, emoji, letters of other scripts).
    Symbol,
}

/// One token with its span into the original text, its standard-normalized form and, for
/// Arabic words, its clitic segmentation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Standard normalization of `&original[span]` (see [`Normalizer::standard`](crate::Normalizer::standard)).
    pub norm: String,
    /// The matching normalization of `norm` (see [`Normalizer::matching`](crate::Normalizer::matching)):
    /// the form the dictionaries are keyed by, computed once here for every stage that looks
    /// the token up.
    #[serde(skip)]
    pub matching: String,
    /// Clitic segments (proclitics, article, stem, enclitic). A single stem segment for
    /// non-words and unsplittable words.
    pub segments: Vec<Segment>,
}

impl Token {
    /// The surface text in the original document.
    pub fn surface<'t>(&self, original: &'t str) -> &'t str {
        &original[self.span.start..self.span.end]
    }

    /// The stem segment (the token itself when unsegmented).
    pub fn stem(&self) -> &Segment {
        self.segments
            .iter()
            .find(|s| s.kind == crate::SegmentKind::Stem)
            .unwrap_or(&self.segments[0])
    }

    /// Segments joined with `+`, as in `و+ب+ال+مدفعية`.
    pub fn segmentation(&self) -> String {
        let mut out = String::with_capacity(self.norm.len() + 8);
        for (i, s) in self.segments.iter().enumerate() {
            if i > 0 {
                out.push('+');
            }
            out.push_str(&s.text);
        }
        out
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Arabic-script letters (including extended letters and presentation forms).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Marks that live inside an Arabic word: diacritics, tatweel, superscript alef, Quranic marks.
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

/// Invisible controls that may sit inside a word (ZWNJ, ZWJ, LRM, RLM, ALM, ZWSP, BOM, embeddings).
#[inline]
pub fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

#[inline]
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '٪'
                | '٫'
                | '٬'
                | '۔'
                | '“'
                | '”'
                | '«'
                | '»'
                | '„'
                | '‘'
                | '’'
                | '…'
                | '–'
                | '—'
                | '‹'
                | '›'
                | '″'
                | '‟'
                | '‚'
                | '‛'
                | '•'
                | '·'
        )
}

/// Raw token boundaries over the original text: `(span, kind)` pairs, no normalization.
pub fn scan(text: &str) -> Vec<(Span, TokenKind)> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind;
        let mut end = i + c.len_utf8();
        if is_arabic_letter(c) || is_arabic_mark(c) {
            kind = TokenKind::Word;
            while let Some(&(j, d)) = chars.peek() {
                if is_arabic_letter(d) || is_arabic_mark(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_invisible_control(d) {
                    // Keep a control only when a letter follows it inside the word.
                    let after = j + d.len_utf8();
                    match text[after..].chars().next() {
                        Some(n) if is_arabic_letter(n) || is_arabic_mark(n) => {
                            end = after;
                            chars.next();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        } else if digit_value(c).is_some() {
            kind = TokenKind::Number;
            let mut latin = false;
            while let Some(&(j, d)) = chars.peek() {
                if digit_value(d).is_some() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if matches!(d, '.' | ',' | '٫' | '٬') {
                    // A separator only when a digit follows directly.
                    let after = j + d.len_utf8();
                    match text[after..].chars().next() {
                        Some(n) if digit_value(n).is_some() => {
                            end = after;
                            chars.next();
                        }
                        _ => break,
                    }
                } else if d.is_ascii_alphabetic() {
                    latin = true;
                    end = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            if latin {
                return_latin_tail(&mut chars, &mut end, text);
                out.push((Span::new(i, end), TokenKind::Latin));
                continue;
            }
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            kind = TokenKind::Latin;
            return_latin_tail(&mut chars, &mut end, text);
        } else if is_punct(c) {
            kind = TokenKind::Punct;
            if c == '.' {
                while let Some(&(j, '.')) = chars.peek() {
                    end = j + 1;
                    chars.next();
                }
            }
        } else if is_invisible_control(c) {
            continue;
        } else if c.is_alphanumeric() {
            kind = TokenKind::Symbol;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() && !is_arabic_letter(d) && !d.is_ascii() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Symbol;
        }
        let _ = bytes;
        out.push((Span::new(i, end), kind));
    }
    out
}

/// Continues a Latin token: letters, digits, and a hyphen or dot between alphanumerics.
fn return_latin_tail(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    end: &mut usize,
    text: &str,
) {
    while let Some(&(j, d)) = chars.peek() {
        if d.is_ascii_alphanumeric() || ('\u{00C0}'..='\u{024F}').contains(&d) {
            *end = j + d.len_utf8();
            chars.next();
        } else if d == '-' {
            let after = j + 1;
            match text[after..].chars().next() {
                Some(n) if n.is_ascii_alphanumeric() => {
                    *end = after;
                    chars.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        scan(text)
            .into_iter()
            .map(|(s, k)| (&text[s.start..s.end], k))
            .collect()
    }

    #[test]
    fn scans_mixed_tokens() {
        let t = "طائرة من طراز Su-25، في 27 سبتمبر و٣٫٥ OSCE.";
        let k = kinds(t);
        assert!(k.contains(&("Su-25", TokenKind::Latin)));
        assert!(k.contains(&("27", TokenKind::Number)));
        assert!(k.contains(&("٣٫٥", TokenKind::Number)));
        assert!(k.contains(&("OSCE", TokenKind::Latin)));
        assert!(k.contains(&("،", TokenKind::Punct)));
        assert_eq!(k.last(), Some(&(".", TokenKind::Punct)));
    }

    #[test]
    fn diacritics_and_tatweel_stay_inside_words() {
        let t = "وحثّ القـوات";
        assert_eq!(
            kinds(t),
            vec![("وحثّ", TokenKind::Word), ("القـوات", TokenKind::Word)]
        );
    }

    #[test]
    fn range_is_number_dash_number() {
        let t = "1991-1994";
        assert_eq!(
            kinds(t),
            vec![
                ("1991", TokenKind::Number),
                ("-", TokenKind::Punct),
                ("1994", TokenKind::Number)
            ]
        );
    }
}
