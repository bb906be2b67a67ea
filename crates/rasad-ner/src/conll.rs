//! CoNLL input (`token TAG` or `token` per line, a blank line between sentences) and the bridge
//! from pre-tokenised words to rasad tokens.
//!
//! A pre-tokenised sentence becomes a synthetic text (its words joined by single spaces) and each
//! word becomes exactly one [`Token`] built by [`Analyzer::make_token`], so the recogniser sees
//! the same normalization and clitic segments on CoNLL input as on raw text, and its output stays
//! aligned one-to-one with the input lines.

use crate::error::{NerError, NerErrorKind};
use crate::tag::{repair, Tag};
use rasad_text::{scan, Analyzer, Span, Token, TokenKind};

/// One sentence of a CoNLL file.
#[derive(Clone, Debug, PartialEq)]
pub struct ConllSentence {
    pub words: Vec<String>,
    /// Gold tags, when the file has a tag column.
    pub tags: Option<Vec<Tag>>,
    /// 1-based line of the first word.
    pub line: usize,
}

/// Parses CoNLL text. The token is the first whitespace-separated field and the tag, when there
/// are two or more fields, the last one. `-DOCSTART-` lines are skipped. Errors name
/// `source_name` and the line.
pub fn parse_conll(text: &str, source_name: &str) -> Result<Vec<ConllSentence>, NerError> {
    let mut out = Vec::new();
    let mut cur = ConllSentence {
        words: Vec::new(),
        tags: None,
        line: 0,
    };
    let mut cur_tags: Vec<Tag> = Vec::new();
    let mut has_tags: Option<bool> = None;
    let flush = |cur: &mut ConllSentence, cur_tags: &mut Vec<Tag>, out: &mut Vec<ConllSentence>| {
        if !cur.words.is_empty() {
            let mut s = std::mem::replace(
                cur,
                ConllSentence {
                    words: Vec::new(),
                    tags: None,
                    line: 0,
                },
            );
            if !cur_tags.is_empty() {
                s.tags = Some(std::mem::take(cur_tags));
            }
            out.push(s);
        }
    };
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else {
            flush(&mut cur, &mut cur_tags, &mut out);
            continue;
        };
        if word == "-DOCSTART-" {
            flush(&mut cur, &mut cur_tags, &mut out);
            continue;
        }
        let tag = fields.last();
        match (has_tags, tag.is_some()) {
            (None, t) => has_tags = Some(t),
            (Some(a), b) if a != b => {
                return Err(NerError::new(
                    source_name,
                    Some(lineno),
                    NerErrorKind::MixedColumns,
                ))
            }
            _ => {}
        }
        if let Some(t) = tag {
            let parsed = Tag::parse(t).ok_or_else(|| {
                NerError::new(
                    source_name,
                    Some(lineno),
                    NerErrorKind::BadTag(t.to_string()),
                )
            })?;
            cur_tags.push(parsed);
        }
        if cur.words.is_empty() {
            cur.line = lineno;
        }
        cur.words.push(word.to_string());
    }
    flush(&mut cur, &mut cur_tags, &mut out);
    Ok(out)
}

/// Gold tags of every sentence, repaired to well-formed IOB2 (for training).
pub(crate) fn repaired(tags: &[Tag]) -> Vec<Tag> {
    let mut t = tags.to_vec();
    repair(&mut t);
    t
}

/// The synthetic text of pre-tokenised words and one token per word (spans index the text).
pub fn tokens_from_words<S: AsRef<str>>(analyzer: &Analyzer, words: &[S]) -> (String, Vec<Token>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(words.len());
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w.as_ref());
        spans.push(Span::new(start, text.len()));
    }
    let tokens = spans
        .into_iter()
        .map(|span| {
            let kind = word_kind(&text[span.start..span.end]);
            analyzer.make_token(&text, span, kind)
        })
        .collect();
    (text, tokens)
}

/// The token kind of a pre-tokenised word: the scanner's kind when it sees one token, `Word`
/// when any piece is Arabic, otherwise the first piece's kind.
fn word_kind(word: &str) -> TokenKind {
    let pieces = scan(word);
    match pieces.as_slice() {
        [] => TokenKind::Symbol,
        [(_, k)] => *k,
        _ if pieces.iter().any(|(_, k)| *k == TokenKind::Word) => TokenKind::Word,
        [(_, k), ..] => *k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::EntityKind;

    #[test]
    fn parses_sentences_and_tags() {
        let s = parse_conll("فرانكفورت B-LOC\nأعلن O\n\n\nاتحاد B-ORG\n", "x").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["فرانكفورت", "أعلن"]);
        assert_eq!(
            s[0].tags.as_deref(),
            Some(&[Tag::B(EntityKind::Location), Tag::O][..])
        );
        assert_eq!(s[1].line, 5);
    }

    #[test]
    fn untagged_file_has_no_tags() {
        let s = parse_conll("a\nb\n\nc", "x").unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].tags.is_none());
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse_conll("a O\nb B-CITY\n", "gold.txt").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e
            .to_string()
            .starts_with("gold.txt:2: unknown tag 'B-CITY'"));
        let e = parse_conll("a O\nb\n", "gold.txt").unwrap_err();
        assert_eq!(e.kind, NerErrorKind::MixedColumns);
    }

    #[test]
    fn words_map_one_to_one_to_tokens() {
        let words = ["(د", "ب", "أ)", "وبالمدينة", "2020", "..."];
        let (text, toks) = tokens_from_words(&Analyzer::default(), &words);
        assert_eq!(toks.len(), words.len());
        for (t, w) in toks.iter().zip(words) {
            assert_eq!(t.surface(&text), w);
        }
    }
}
