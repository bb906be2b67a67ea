//! # rasad-text — the Arabic text layer
//!
//! Everything downstream (actors, events, search) stands on how well we read Arabic text, and
//! every downstream record must point at the exact characters that support it. So this crate
//! keeps the ORIGINAL text untouched and gives:
//!
//! - [`Normalizer`]: named, individually switchable folds applied per character, with an
//!   alignment back to original byte offsets ([`Normalized`]). Lossy folds (ى/ي, ة/ه, hamza
//!   carriers) are separate and used for matching only.
//! - [`scan`] / [`Token`]: words, numbers (any digit script), Latin/mixed tokens, punctuation,
//!   each with a [`Span`] into the original.
//! - [`Segmenter`]: clitic segmentation that splits only when the stem is plausible, fed with
//!   known stems by the lexicons of later stages.
//! - [`split_sentences`], [`nisba`] and [`classify_line`] (boilerplate flags).
//! - [`Analyzer`]: the whole pipeline for one document, producing an [`Analysis`].
//!
//! Pure: no I/O, no global state; everything is `Send + Sync` and cheap to share.

mod analyze;
mod boilerplate;
mod error;
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
