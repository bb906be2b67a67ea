//! Sentence splitting over tokens.
//!
//! Boundaries: every line break (news bodies put one paragraph per line), and `. ! ? ؟ …` outside
//! parentheses and guillemets. Not boundaries: `،` and `؛` (clauses, not sentences), decimal
//! points (tokenized inside numbers), ranges (`1991-1994`), initials and abbreviations (`د.`, `J.`).
//! Closing quotes and brackets after a terminator stay with the sentence they close.

use crate::token::{Token, TokenKind};
use crate::Span;
use serde::Serialize;
use std::ops::Range;

/// A sentence: its span in the original text and the range of its tokens in the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    pub tokens: Range<usize>,
    /// Set when the sentence lies on a boilerplate line (no events come from it).
    pub boilerplate: Option<crate::BoilerplateKind>,
}

/// Abbreviations that end with a dot but do not end a sentence (standard-normalized).
const ABBREVIATIONS: [&str; 10] = ["د", "م", "ص", "ج", "ق", "ا", "س", "ت", "ه", "ب"];

fn is_terminator(norm: &str) -> bool {
    matches!(norm, "." | "!" | "?" | "…")
        || norm.starts_with("..")
        || norm.chars().all(|c| matches!(c, '!' | '?'))
}

fn is_closer(norm: &str) -> bool {
    matches!(norm, "\"" | "'" | ")" | "]" | "}" | "»" | "›")
}

/// Splits the tokens of `text` into sentences. `tokens` must be in document order.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // A line break between this token and the next ends the sentence.
        let next_on_new_line = tokens
            .get(i + 1)
            .map(|n| text[t.span.end..n.span.start].contains('\n'))
            .unwrap_or(false);
        let mut boundary = next_on_new_line;
        if t.kind == TokenKind::Punct {
            match t.norm.as_str() {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth = (depth - 1).max(0),
                _ => {}
            }
            let orig = &text[t.span.start..t.span.end];
            if orig == "«" {
                depth += 1;
            } else if orig == "»" {
                depth = (depth - 1).max(0);
            }
            if !boundary
                && depth == 0
                && is_terminator(&t.norm)
                && !is_abbreviation_dot(text, tokens, i)
            {
                // absorb closing quotes/brackets glued to the terminator
                while let Some(n) = tokens.get(i + 1) {
                    if n.kind == TokenKind::Punct
                        && is_closer(&n.norm)
                        && !text[tokens[i].span.end..n.span.start].contains('\n')
                    {
                        i += 1;
                    } else {
                        break;
                    }
                }
                boundary = true;
            }
        }
        if boundary || i + 1 == tokens.len() {
            let span = Span::new(tokens[start].span.start, tokens[i].span.end);
            out.push(Sentence {
                index: out.len(),
                span,
                tokens: start..i + 1,
                boilerplate: None,
            });
            start = i + 1;
            if next_on_new_line {
                depth = 0;
            }
        }
        i += 1;
    }
    out
}

/// A dot right after a one-letter word or a known abbreviation, followed by more text on the
/// same line, is an abbreviation (`د. محمد`, `J. Smith`), not a sentence end.
fn is_abbreviation_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].norm != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    if prev.span.end != tokens[i].span.start {
        return false;
    }
    let one_letter =
        prev.norm.chars().count() == 1 && matches!(prev.kind, TokenKind::Word | TokenKind::Latin);
    let abbrev = prev.kind == TokenKind::Word && ABBREVIATIONS.contains(&prev.norm.as_str());
    let more_on_line = tokens
        .get(i + 1)
        .map(|n| !text[tokens[i].span.end..n.span.start].contains('\n'))
        .unwrap_or(false);
    (one_letter || abbrev) && more_on_line
}
