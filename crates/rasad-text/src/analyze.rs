//! The document pipeline: tokens (with forms and segments), sentences and boilerplate lines.

use crate::boilerplate::{classify_lines, BoilerplateKind};
use crate::sentence::{split_sentences, Sentence};
use crate::token::{scan, Token, TokenKind};
use crate::{Normalizer, Segment, SegmentKind, Segmenter, Span};
use serde::Serialize;
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

/// Runs the text layer over documents. Cheap to clone and share across threads.
#[derive(Clone, Debug)]
pub struct Analyzer {
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
