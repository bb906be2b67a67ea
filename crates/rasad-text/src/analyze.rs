//! The document pipeline: tokens (with forms and segments), sentences and boilerplate lines.

use crate::boilerplate::{classify_line, BoilerplateKind};
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
    pub fn make_token(&self, text: &str, span: Span, kind: TokenKind) -> Token {
        let slice = &text[span.start..span.end];
        let normalized = self.normalizer.normalize(slice);
        let norm = normalized.as_str().to_string();
        let shift = |s: Span| Span::new(s.start + span.start, s.end + span.start);
        let segments = if kind == TokenKind::Word && !norm.is_empty() {
            self.segmenter
                .segment_token(&norm, |a, b| shift(normalized.original_span(a, b)))
        } else {
            vec![Segment {
                kind: SegmentKind::Stem,
                text: norm.clone(),
                span,
            }]
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
        // Tokens whose normalized form is empty (a lone diacritic or control) carry no text.
        tokens.retain(|t| !t.norm.is_empty());
        let mut sentences = split_sentences(text, &tokens);
        let lines = self.lines(text);
        if self.boilerplate {
            for s in &mut sentences {
                s.boilerplate = lines
                    .iter()
                    .find(|l| {
                        l.span.start <= s.span.start
                            && s.span.start < l.span.end.max(l.span.start + 1)
                    })
                    .and_then(|l| l.boilerplate);
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
        let mut out = Vec::new();
        let mut start = 0;
        for piece in text.split_inclusive('\n') {
            let end = start + piece.trim_end_matches(['\n', '\r']).len();
            let boilerplate = if self.boilerplate {
                classify_line(&text[start..end])
            } else {
                None
            };
            out.push(Line {
                span: Span::new(start, end),
                boilerplate,
            });
            start += piece.len();
        }
        out
    }
}
