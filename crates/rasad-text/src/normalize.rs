//! Normalization as a per-character fold, so the alignment back to the original comes for free.
//!
//! Every fold is named ([`Fold`]) and individually switchable. Two kinds:
//! - *standard* folds lose nothing a reader needs (diacritics, tatweel, alef variants, digit
//!   scripts, presentation forms, invisible controls, punctuation/quote variants). Token and
//!   segment forms use these ([`Normalizer::standard`]).
//! - *lossy* folds merge letters that mean different things (ى/ي, ة/ه, ؤ/و, ئ/ي). They are for
//!   matching only ([`Normalizer::matching`]) and never used for display or segmentation.
//!
//! The original text is never changed: [`Normalized`] keeps, for each normalized byte, the byte
//! range of the original character it came from.

use crate::Span;
use unicode_normalization::UnicodeNormalization;

/// A named normalization fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u16)]
pub enum Fold {
    /// Tashkeel (fatha … sukun, shadda, tanwin), superscript alef, Quranic marks: removed.
    Diacritics = 1 << 0,
    /// Tatweel/kashida U+0640: removed.
    Tatweel = 1 << 1,
    /// أ إ آ ٱ → ا.
    AlefVariants = 1 << 2,
    /// ى → ي. Lossy: matching only.
    AlefMaqsura = 1 << 3,
    /// ة → ه. Lossy: matching only.
    TaMarbuta = 1 << 4,
    /// ؤ → و, ئ → ي. Lossy: matching only.
    HamzaCarriers = 1 << 5,
    /// Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII; ٫ → '.', ٬ → ','.
    Digits = 1 << 6,
    /// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → their NFKC letters.
    PresentationForms = 1 << 7,
    /// Bidi and zero-width controls (LRM, RLM, ZWSP, ZWNJ, ZWJ, ALM, BOM, embeddings): removed.
    Controls = 1 << 8,
    /// Arabic punctuation and quote variants → ASCII: ، → ',', ؛ → ';', ؟ → '?', “ ” « » „ ″ → '"'.
    Punctuation = 1 << 9,
}

impl Fold {
    pub const ALL: [Fold; 10] = [
        Fold::Diacritics,
        Fold::Tatweel,
        Fold::AlefVariants,
        Fold::AlefMaqsura,
        Fold::TaMarbuta,
        Fold::HamzaCarriers,
        Fold::Digits,
        Fold::PresentationForms,
        Fold::Controls,
        Fold::Punctuation,
    ];

    /// True for folds that merge distinct letters (matching only).
    pub fn is_lossy(self) -> bool {
        matches!(
            self,
            Fold::AlefMaqsura | Fold::TaMarbuta | Fold::HamzaCarriers
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Fold::Diacritics => "diacritics",
            Fold::Tatweel => "tatweel",
            Fold::AlefVariants => "alef-variants",
            Fold::AlefMaqsura => "alef-maqsura",
            Fold::TaMarbuta => "ta-marbuta",
            Fold::HamzaCarriers => "hamza-carriers",
            Fold::Digits => "digits",
            Fold::PresentationForms => "presentation-forms",
            Fold::Controls => "controls",
            Fold::Punctuation => "punctuation",
        }
    }

    pub fn from_name(name: &str) -> Option<Fold> {
        Fold::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// A set of folds, built with [`Normalizer::builder`] or one of the presets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Normalizer {
    folds: u16,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::standard()
    }
}

/// Builder for a [`Normalizer`]: start from nothing or a preset, switch folds on and off.
#[derive(Clone, Copy, Debug)]
pub struct NormalizerBuilder {
    folds: u16,
}

impl NormalizerBuilder {
    pub fn fold(mut self, fold: Fold, on: bool) -> Self {
        if on {
            self.folds |= fold as u16;
        } else {
            self.folds &= !(fold as u16);
        }
        self
    }

    pub fn build(self) -> Normalizer {
        Normalizer { folds: self.folds }
    }
}

impl Normalizer {
    /// No folds at all.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder { folds: 0 }
    }

    /// Lossless-for-reading folds: what token and segment forms use.
    pub fn standard() -> Normalizer {
        let mut b = Normalizer::builder();
        for f in Fold::ALL {
            b = b.fold(f, !f.is_lossy());
        }
        b.build()
    }

    /// Standard plus the lossy letter merges: for dictionary keys and lookups only.
    pub fn matching() -> Normalizer {
        let mut b = Normalizer::builder();
        for f in Fold::ALL {
            b = b.fold(f, true);
        }
        b.build()
    }

    /// Only what is invisible or a rendering variant (controls, presentation forms, tatweel):
    /// for showing text to people.
    pub fn display() -> Normalizer {
        Normalizer::builder()
            .fold(Fold::Controls, true)
            .fold(Fold::PresentationForms, true)
            .fold(Fold::Tatweel, true)
            .build()
    }

    /// Starts a builder from this normalizer's folds.
    pub fn to_builder(self) -> NormalizerBuilder {
        NormalizerBuilder { folds: self.folds }
    }

    pub fn has(&self, fold: Fold) -> bool {
        self.folds & fold as u16 != 0
    }

    /// The folds switched on, in declaration order.
    pub fn folds(&self) -> impl Iterator<Item = Fold> + '_ {
        Fold::ALL.into_iter().filter(|f| self.has(*f))
    }

    /// Folds one character, appending zero or more characters to `out`.
    #[inline]
    pub fn fold_char(&self, c: char, out: &mut String) {
        let cp = c as u32;
        // Fast path: ASCII and the plain Arabic letters that no fold touches.
        if untouched(c) {
            out.push(c);
            return;
        }
        self.fold_other(c, cp, out);
    }

    /// [`Normalizer::fold_char`] past the fast path.
    fn fold_other(&self, c: char, cp: u32, out: &mut String) {
        match c {
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0610}'..='\u{061A}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
                if self.has(Fold::Diacritics) => {}
            '\u{0640}' if self.has(Fold::Tatweel) => {}
            'أ' | 'إ' | 'آ' | 'ٱ' if self.has(Fold::AlefVariants) => out.push('ا'),
            'ى' if self.has(Fold::AlefMaqsura) => out.push('ي'),
            'ة' if self.has(Fold::TaMarbuta) => out.push('ه'),
            'ؤ' if self.has(Fold::HamzaCarriers) => out.push('و'),
            'ئ' if self.has(Fold::HamzaCarriers) => out.push('ي'),
            '\u{0660}'..='\u{0669}' if self.has(Fold::Digits) => {
                out.push(char::from(b'0' + (cp - 0x0660) as u8))
            }
            '\u{06F0}'..='\u{06F9}' if self.has(Fold::Digits) => {
                out.push(char::from(b'0' + (cp - 0x06F0) as u8))
            }
            '\u{066B}' if self.has(Fold::Digits) => out.push('.'),
            '\u{066C}' if self.has(Fold::Digits) => out.push(','),
            '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
                if self.has(Fold::Controls) => {}
            '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}'
                if self.has(Fold::PresentationForms) =>
            {
                // NFKC may produce several letters (ligatures such as ﻻ → لا); fold those too.
                for d in std::iter::once(c).nfkc() {
                    if d == c {
                        out.push(d);
                    } else {
                        self.fold_char(d, out);
                    }
                }
            }
            '،' if self.has(Fold::Punctuation) => out.push(','),
            '؛' if self.has(Fold::Punctuation) => out.push(';'),
            '؟' if self.has(Fold::Punctuation) => out.push('?'),
            '٪' if self.has(Fold::Punctuation) => out.push('%'),
            '“' | '”' | '«' | '»' | '„' | '″' | '‟' if self.has(Fold::Punctuation) => {
                out.push('"')
            }
            '‘' | '’' | '‚' | '‛' if self.has(Fold::Punctuation) => out.push('\''),
            _ => out.push(c),
        }
    }

    /// Normalizes a string without keeping the alignment (for dictionary keys and lookups).
    pub fn normalize_str(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        // Runs of characters no fold touches are copied whole (most of an Arabic text).
        let mut run = 0;
        for (i, c) in s.char_indices() {
            if untouched(c) {
                continue;
            }
            out.push_str(&s[run..i]);
            self.fold_char(c, &mut out);
            run = i + c.len_utf8();
        }
        out.push_str(&s[run..]);
        out
    }

    /// Normalizes `text`, keeping an alignment from every normalized byte to the original.
    pub fn normalize<'t>(&self, text: &'t str) -> Normalized<'t> {
        let mut out = String::with_capacity(text.len());
        let mut orig_start = Vec::with_capacity(text.len() + 1);
        let mut orig_end = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            let before = out.len();
            self.fold_char(c, &mut out);
            let end = i + c.len_utf8();
            for _ in before..out.len() {
                orig_start.push(i);
                orig_end.push(end);
            }
        }
        orig_start.push(text.len());
        orig_end.push(text.len());
        Normalized {
            original: text,
            text: out,
            orig_start,
            orig_end,
        }
    }
}

/// Whether no fold changes `c`, whichever are on: ASCII, and the Arabic letters other than the
/// hamza carriers, alef variants, ta marbuta and alef maqsura.
#[inline]
fn untouched(c: char) -> bool {
    matches!(
        c as u32,
        0x00..=0x7F | 0x0621 | 0x0627 | 0x0628 | 0x062A..=0x063A | 0x0641..=0x0648 | 0x064A
    )
}

/// A normalized view of an original text, with the alignment back to it.
#[derive(Clone, Debug)]
pub struct Normalized<'t> {
    original: &'t str,
    text: String,
    /// For each normalized byte (plus one past the end): start of the original char it came from.
    orig_start: Vec<usize>,
    /// For each normalized byte (plus one past the end): end of the original char it came from.
    orig_end: Vec<usize>,
}

impl<'t> Normalized<'t> {
    pub fn original(&self) -> &'t str {
        self.original
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset where the character at normalized byte `pos` starts.
    pub fn to_original(&self, pos: usize) -> usize {
        self.orig_start[pos.min(self.text.len())]
    }

    /// Whether normalized byte `pos` starts the output of a new original character (false inside
    /// the expansion of a ligature such as ﻻ → لا, and inside a multi-byte char).
    pub fn is_original_boundary(&self, pos: usize) -> bool {
        pos == 0
            || pos >= self.text.len()
            || self.text.is_char_boundary(pos) && self.orig_start[pos] != self.orig_start[pos - 1]
    }

    /// Maps a normalized byte range to the original span that produced it. An empty normalized
    /// range maps to an empty original span at its position.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.to_original(start);
        if end <= start {
            return Span::new(s, s);
        }
        let e = self.orig_end[(end - 1).min(self.text.len())];
        Span::new(s, e.max(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_skips_only_characters_no_fold_changes() {
        let all = Normalizer::matching();
        let mut fast = 0;
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            if untouched(c) {
                fast += 1;
                let mut out = String::new();
                all.fold_other(c, c as u32, &mut out);
                assert_eq!(out, c.to_string(), "U+{:04X} is folded", c as u32);
            }
        }
        assert_eq!(fast, 128 + 1 + 2 + 17 + 8 + 1);
        // runs of untouched characters and folded ones, mixed
        let text = "أَعلنَ  الرئيسُ، «يوم ٣ تشرين»: ﻻ مسؤولية ـــ لإيران\u{200F}!";
        let mut one_by_one = String::new();
        text.chars().for_each(|c| all.fold_char(c, &mut one_by_one));
        assert_eq!(all.normalize_str(text), one_by_one);
        assert_eq!(
            one_by_one,
            "اعلن  الرييس, \"يوم 3 تشرين\": لا مسووليه  لايران!"
        );
    }

    #[test]
    fn standard_keeps_ta_marbuta_and_alef_maqsura() {
        let n = Normalizer::standard();
        assert_eq!(n.normalize_str("وحثّ إلى المدينة"), "وحث الى المدينة");
    }

    #[test]
    fn matching_folds_lossy_letters() {
        let n = Normalizer::matching();
        assert_eq!(n.normalize_str("إلى المدينة مسؤول"), "الي المدينه مسوول");
    }

    #[test]
    fn alignment_maps_back_through_removed_marks() {
        let text = "مُقاتِلون";
        let n = Normalizer::standard().normalize(text);
        assert_eq!(n.as_str(), "مقاتلون");
        let span = n.original_span(0, n.as_str().len());
        assert_eq!(span.get(text), Some(text));
        // the last letter
        let last = n.as_str().len() - 'ن'.len_utf8();
        assert_eq!(n.original_span(last, n.as_str().len()).get(text), Some("ن"));
    }

    #[test]
    fn ligature_expands_and_aligns_to_one_char() {
        let text = "ﻻ";
        let n = Normalizer::standard().normalize(text);
        assert_eq!(n.as_str(), "لا");
        assert_eq!(n.original_span(0, 2).get(text), Some("ﻻ"));
    }

    #[test]
    fn fold_names_round_trip() {
        for f in Fold::ALL {
            assert_eq!(Fold::from_name(f.name()), Some(f));
        }
    }
}
