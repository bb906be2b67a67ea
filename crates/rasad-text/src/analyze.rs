//! The document pipeline: tokens (with forms and segments), sentences and boilerplate lines.

use crate::boilerplate::{classify_lines, BoilerplateKind};
use crate::hash::WordMemo;
use crate::sentence::{split_sentences, Sentence};
use crate::token::{scan, Token, TokenKind};
use crate::{Normalizer, Segment, SegmentKind, Segmenter, Span};
use serde::Serialize;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// One line of the original text, with its boilerplate flag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Line {
    pub span: Span,
    pub boilerplate: Option<BoilerplateKind>,
}

/// Everything the text layer knows about one document. Spans index `text`.
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub lines: Vec<Line>,
}

impl<'t> Analysis<'t> {
    /// Tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// Sentences that are article body (not on boilerplate lines).
    pub fn body_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(|s| s.boilerplate.is_none())
    }
}

/// Builder for an [`Analyzer`].
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    normalizer: Option<Normalizer>,
    segmenter: Option<Arc<Segmenter>>,
    boilerplate: Option<bool>,
}

impl AnalyzerBuilder {
    /// The normalizer for token forms (default: [`Normalizer::standard`]).
    pub fn normalizer(mut self, n: Normalizer) -> Self {
        self.normalizer = Some(n);
        self
    }

    /// The clitic segmenter (default: built-in lists only).
    pub fn segmenter(mut self, s: Arc<Segmenter>) -> Self {
        self.segmenter = Some(s);
        self
    }

    /// Whether to flag boilerplate lines (default: yes).
    pub fn boilerplate(mut self, on: bool) -> Self {
        self.boilerplate = Some(on);
        self
    }

    pub fn build(self) -> Analyzer {
        Analyzer {
            id: NEXT_ANALYZER.fetch_add(1, Ordering::Relaxed),
            normalizer: self.normalizer.unwrap_or_default(),
            segmenter: self
                .segmenter
                .unwrap_or_else(|| Arc::new(Segmenter::default())),
            boilerplate: self.boilerplate.unwrap_or(true),
        }
    }
}

/// Builds segments from pieces, mapping each inner boundary to the original with `boundary`
/// (`None` when it falls inside one original character).
fn tile(
    norm: &str,
    pieces: &[crate::segment::Piece],
    span: Span,
    boundary: impl Fn(usize) -> Option<usize>,
) -> Option<Vec<Segment>> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut start = span.start;
    for (i, (kind, r, restore)) in pieces.iter().enumerate() {
        let end = match pieces.get(i + 1) {
            Some(next) => boundary(next.1.start)?,
            None => span.end,
        };
        if end <= start {
            return None;
        }
        out.push(Segment {
            kind: *kind,
            text: crate::segment::segment_text(norm, *kind, r.clone(), *restore),
            span: Span::new(start, end),
        });
        start = end;
    }
    Some(out)
}

/// A word token's form and segments as [`Analyzer::make_token`] computes them, the segment spans
/// relative to the token's start: the same surface word always gets the same reading, so
/// each thread remembers the readings of the words it has seen (news repeats its words; the
/// memo saves most of the normalizing and segmenting). Keyed by the analyzer that made them.
struct Reading {
    norm: String,
    matching: String,
    segments: Vec<(SegmentKind, String, usize, usize)>,
}

/// Each built analyzer's id: a memo never serves a reading made with other dictionaries.
static NEXT_ANALYZER: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static MEMO: RefCell<WordMemo<Reading>> = RefCell::new(WordMemo::default());
}

/// Runs the text layer over documents. Cheap to clone and share across threads.
#[derive(Clone, Debug)]
pub struct Analyzer {
    /// Identifies this analyzer's normalizer and segmenter in the per-thread word memo
    /// (clones share it: they read alike).
    id: u64,
    normalizer: Normalizer,
    segmenter: Arc<Segmenter>,
    boilerplate: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::builder().build()
    }
}

impl Analyzer {
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    pub fn normalizer(&self) -> Normalizer {
        self.normalizer
    }

    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Builds the full token (forms and segments) for a raw span found by the scanner.
    ///
    /// Segments tile the token: each starts where its first letter starts in the original and
    /// runs to where the next begins, so marks (shadda, tanwin) and joiners stay with the letter
    /// they follow. A split that would fall inside one original character (the expansion of a
    /// ligature such as ﷲ) is not made.
    pub fn make_token(&self, text: &str, span: Span, kind: TokenKind) -> Token {
        let slice = &text[span.start..span.end];
        if kind != TokenKind::Word {
            return self.read_token(slice, span, kind);
        }
        let cached = MEMO.with_borrow_mut(|memo| {
            let r = memo.table(self.id).get(slice)?;
            Some(Token {
                span,
                kind,
                norm: r.norm.clone(),
                matching: r.matching.clone(),
                segments: r
                    .segments
                    .iter()
                    .map(|(k, t, a, b)| Segment {
                        kind: *k,
                        text: t.clone(),
                        span: Span::new(span.start + a, span.start + b),
                    })
                    .collect(),
            })
        });
        if let Some(t) = cached {
            return t;
        }
        let token = self.read_token(slice, span, kind);
        MEMO.with_borrow_mut(|memo| {
            let segments = token
                .segments
                .iter()
                .map(|s| {
                    let (a, b) = (s.span.start - span.start, s.span.end - span.start);
                    (s.kind, s.text.clone(), a, b)
                })
                .collect();
            memo.table(self.id).insert(
                slice.into(),
                Reading {
                    norm: token.norm.clone(),
                    matching: token.matching.clone(),
                    segments,
                },
            );
        });
        token
    }

    /// [`Analyzer::make_token`] without the memo.
    fn read_token(&self, slice: &str, span: Span, kind: TokenKind) -> Token {
        let norm = self.normalizer.normalize_str(slice);
        let whole = |norm: &String| {
            vec![Segment {
                kind: SegmentKind::Stem,
                text: norm.clone(),
                span,
            }]
        };
        let segments = if kind != TokenKind::Word || norm.is_empty() {
            whole(&norm)
        } else {
            let pieces = self.segmenter.split_restored(&norm);
            let tiled = if pieces.len() == 1 {
                None
            } else if norm == slice {
                // Nothing was folded: normalized offsets are original offsets.
                tile(&norm, &pieces, span, |b| Some(span.start + b))
            } else {
                let aligned = self.normalizer.normalize(slice);
                tile(&norm, &pieces, span, |b| {
                    aligned
                        .is_original_boundary(b)
                        .then(|| span.start + aligned.to_original(b))
                })
            };
            tiled.unwrap_or_else(|| whole(&norm))
        };
        Token {
            span,
            kind,
            matching: Normalizer::matching().normalize_str(&norm),
            norm,
            segments,
        }
    }

    /// Tokenizes, segments and sentence-splits `text`, flagging boilerplate lines.
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        let mut tokens: Vec<Token> = scan(text)
            .into_iter()
            .map(|(span, kind)| self.make_token(text, span, kind))
            .collect();
        // Tokens whose normalized form is empty (a lone diacritic or control) carry no text;
        // nor do the marks of a hashtag (`#تحالف_دعم_الشرعية` reads as `تحالف دعم الشرعية`,
        // a name like any other; the words keep their own spans).
        tokens.retain(|t| !t.norm.is_empty() && !matches!(t.norm.as_str(), "#" | "_"));
        let mut sentences = split_sentences(text, &tokens);
        let lines = self.lines(text);
        if self.boilerplate {
            // Sentences never cross a line break, so one forward walk pairs them with lines.
            let mut li = 0;
            for s in &mut sentences {
                while li + 1 < lines.len() && lines[li].span.end < s.span.start {
                    li += 1;
                }
                s.boilerplate = lines.get(li).and_then(|l| l.boilerplate);
            }
        }
        Analysis {
            text,
            tokens,
            sentences,
            lines,
        }
    }

    fn lines(&self, text: &str) -> Vec<Line> {
        let mut spans = Vec::new();
        let mut start = 0;
        for piece in text.split_inclusive('\n') {
            let end = start + piece.trim_end_matches(['\n', '\r']).len();
            spans.push(Span::new(start, end));
            start += piece.len();
        }
        let kinds = if self.boilerplate {
            classify_lines(text, &spans)
        } else {
            vec![None; spans.len()]
        };
        spans
            .into_iter()
            .zip(kinds)
            .map(|(span, boilerplate)| Line { span, boilerplate })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(a: &Analyzer, text: &str) -> Vec<Vec<(String, Span)>> {
        a.analyze(text)
            .tokens
            .iter()
            .map(|t| {
                t.segments
                    .iter()
                    .map(|s| (s.text.clone(), s.span))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_remembered_word_is_read_alike_at_its_new_place() {
        let a = Analyzer::default();
        // the same words at other offsets (and `وبالمدفعية` after a shorter and a longer word)
        let text = "قصفت القوات وبالمدفعية المدينة ثم وبالمدفعية قصفت المدينة";
        let got = a.analyze(text);
        let again = a.analyze(text);
        assert_eq!(got.tokens, again.tokens);
        let first = &got.tokens[2];
        let second = &got.tokens[5];
        assert_eq!(first.norm, second.norm);
        assert!(first.segments.len() > 1, "{:?}", first.segments);
        let shift = second.span.start - first.span.start;
        for (x, y) in first.segments.iter().zip(&second.segments) {
            assert_eq!((x.kind, &x.text), (y.kind, &y.text));
            assert_eq!(
                (x.span.start + shift, x.span.end + shift),
                (y.span.start, y.span.end)
            );
            assert_eq!(
                &text[y.span.start..y.span.end],
                &text[x.span.start..x.span.end]
            );
        }
    }

    #[test]
    fn analyzers_with_other_dictionaries_do_not_share_readings() {
        let bare = || Segmenter::builder().builtin_lists(false);
        let fed = Analyzer::builder()
            .segmenter(Arc::new(bare().known_stems(["قاتل"]).build()))
            .build();
        let plain = Analyzer::builder()
            .segmenter(Arc::new(bare().protected_words(["وقاتل"]).build()))
            .build();
        let (f, p) = (pieces(&fed, "وقاتل"), pieces(&plain, "وقاتل"));
        assert_eq!(f[0].len(), 2, "{f:?}");
        assert_eq!(p[0].len(), 1, "{p:?}");
        // read in turns, each keeps its own reading
        for _ in 0..2 {
            assert_eq!(pieces(&fed, "وقاتل"), f);
            assert_eq!(pieces(&plain, "وقاتل"), p);
        }
        // a clone reads like its original
        assert_eq!(pieces(&fed.clone(), "وقاتل"), f);
    }
}
