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
    let same_line = |a: &Token, b: &Token| !text[a.span.end..b.span.start].contains('\n');
    while i < tokens.len() {
        let t = &tokens[i];
        let mut boundary = false;
        if t.kind == TokenKind::Punct {
            let closes = adjust_depth(&mut depth, text, t);
            // A stop inside brackets ends the sentence once they close: `(… محلية.)`.
            let closes_after_stop = closes
                && depth == 0
                && i > 0
                && tokens[i - 1].span.end == t.span.start
                && is_terminator(&tokens[i - 1].norm);
            if depth == 0
                && (closes_after_stop
                    || is_terminator(&t.norm)
                        && !is_abbreviation_dot(text, tokens, i)
                        && !is_inner_dot(tokens, i)
                        && !is_list_number_dot(text, tokens, i))
            {
                // Absorb further marks and closing quotes/brackets glued to the terminator.
                while let Some(n) = tokens.get(i + 1) {
                    let glued = n.kind == TokenKind::Punct
                        && (is_closer(&n.norm) || is_terminator(&n.norm))
                        && same_line(&tokens[i], n);
                    if !glued {
                        break;
                    }
                    adjust_depth(&mut depth, text, n);
                    depth = 0;
                    i += 1;
                }
                boundary = true;
            }
        }
        // A line break between this token and the next ends the sentence.
        let next_on_new_line = tokens.get(i + 1).is_some_and(|n| !same_line(&tokens[i], n));
        if boundary || next_on_new_line || i + 1 == tokens.len() {
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

/// Tracks bracket and guillemet depth; returns true when `t` closes one.
fn adjust_depth(depth: &mut i32, text: &str, t: &Token) -> bool {
    match &text[t.span.start..t.span.end] {
        "(" | "[" | "{" | "«" => {
            *depth += 1;
            false
        }
        ")" | "]" | "}" | "»" => {
            *depth = (*depth - 1).max(0);
            true
        }
        _ => false,
    }
}

/// A dot glued between two words, as in `العربية.نت` or `CNN.com`, is part of a name.
fn is_inner_dot(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.norm != "." || i == 0 {
        return false;
    }
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    tokens[i - 1].span.end == t.span.start
        && next.span.start == t.span.end
        && matches!(next.kind, TokenKind::Word | TokenKind::Latin)
}

/// The dot of a list number at the start of a line (`1. وقف إطلاق النار`).
fn is_list_number_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].norm != "." || i == 0 {
        return false;
    }
    let prev = &tokens[i - 1];
    let line_start = text[..prev.span.start].rfind('\n').map_or(0, |p| p + 1);
    prev.kind == TokenKind::Number
        && prev.span.end == tokens[i].span.start
        && text[line_start..prev.span.start].trim().is_empty()
        && tokens
            .get(i + 1)
            .is_some_and(|n| !text[tokens[i].span.end..n.span.start].contains('\n'))
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
