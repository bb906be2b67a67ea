//! # rasad-text — the Arabic text layer
//!
//! Everything downstream (actors, events, search) stands on how well we read Arabic text, and
//! every downstream record must point at the exact characters that support it. So this crate
//! keeps the ORIGINAL text untouched and gives:
//!
//! - [`Normalizer`]: named, individually switchable folds applied per character, with an
//!   alignment back to original byte offsets ([`Normalized`]). Per-character folding makes the
//!   alignment free. Lossy folds (ى/ي, ة/ه, hamza carriers) are separate and used for matching
//!   only ([`Normalizer::matching`]); token and segment forms use [`Normalizer::standard`].
//! - [`scan`] / [`Token`]: words, numbers (any digit script), Latin/mixed tokens, punctuation,
//!   found on the original text so each [`Span`] is exact; a token's `norm` is the standard
//!   normalization of exactly `&original[span]` (a property test checks it).
//! - [`Segmenter`]: clitic segmentation (`وبالمدفعية` → `و+ب+ال+مدفعية`, `حكومته` → `حكومة+ه`).
//!   A split is kept only when the evidence says the stem is a word: counts of 65k attested
//!   forms from 16k news articles (`data/wordfreq.tsv`), ratios of stem to whole-word counts,
//!   whether the whole word itself takes the article (then it is lexical: `وزير`, `البنك`),
//!   structural rules (س only before imperfect prefixes, no pronoun after the article) and a
//!   short protected list of function words. Lexicons feed known stems through
//!   [`SegmenterBuilder::known_stems`]. Segments tile their token: each span runs from its first
//!   letter to the next segment, so marks stay with their letter; a restored stem (`حكومة` for
//!   the `حكومت` of `حكومته`) changes the segment's text, never its span. The module docs of
//!   [`Segmenter`] give the full design.
//! - [`split_sentences`]: boundaries at line breaks and `. ! ? ؟ …` outside brackets and
//!   guillemets, not at decimal points, ranges, initials, list numbers or dots inside names.
//! - [`nisba`]: relational adjectives (`الأذربيجانية` → stem `اذربيجان`) for country lookup.
//! - [`classify_line`] and the analyzer's per-document pass: boilerplate lines (read-also links,
//!   app notices, credits, separators, hashtags, bare related-story headlines) are flagged on
//!   [`Line`]s and [`Sentence`]s, never deleted.
//! - [`Analyzer`]: the whole pipeline for one document, producing an [`Analysis`]; over a
//!   million words a second on one core (see `benches/text.rs`).
//!
//! Pure: no I/O (the data files are compiled in), no mutable global state (the word-count table
//! is parsed once on first use and then only read); everything is `Send + Sync`.

mod analyze;
mod boilerplate;
mod error;
pub mod hash;
mod nisba;
mod normalize;
mod segment;
mod sentence;
mod span;
mod token;
mod wordfreq;

pub use analyze::{Analysis, Analyzer, AnalyzerBuilder, Line};
pub use boilerplate::{classify_line, BoilerplateKind};
pub use error::{decode_utf8, TextError, TextErrorKind};
pub use nisba::{nisba, nisba_candidates, Nisba, NisbaForm};
pub use normalize::{Fold, Normalized, Normalizer, NormalizerBuilder};
pub use segment::{Segment, SegmentKind, Segmenter, SegmenterBuilder};
pub use sentence::{split_sentences, Sentence};
pub use span::Span;
pub use token::{
    digit_value, is_arabic_letter, is_arabic_mark, is_invisible_control, scan, Token, TokenKind,
};
