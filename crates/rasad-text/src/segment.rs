//! Clitic segmentation: `وبالمدفعية` → `و+ب+ال+مدفعية`, `قواتهم` → `قوات+هم`.
//!
//! Arabic attaches conjunctions, prepositions, the article and pronouns to words, but many words
//! merely *start* with those letters (`لبنان`, `بغداد`, `فرنسا`, `البانيا`, `والي`). Like tantivy's
//! compound splitter, a split is kept only when what remains is a plausible stem:
//! - the stem is a known stem (built-in list, attested word forms, or stems fed by lexicons via
//!   [`SegmenterBuilder::known_stems`]), or
//! - the split is licensed by strong structure (a proclitic before the article: `بال…`, `وال…`,
//!   `لل…`) and the stem passes length checks.
//! Protected words (function words and names that look clitic-bearing) are never split.

use crate::Span;
use serde::Serialize;
use std::collections::HashSet;

/// What a segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// و ف ب ك ل س
    Proclitic,
    /// ال (also the ل of لل)
    Article,
    Stem,
    /// ه ها هم هما هن ك كم كن نا ني ي
    Enclitic,
}

/// One segment of a token, with its span into the original text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Standard-normalized text of the segment (`ال` for the article, also in `لل`).
    pub text: String,
    pub span: Span,
}

const PROTECTED_BUILTIN: &str = include_str!("../data/protected.txt");
const STEMS_BUILTIN: &str = include_str!("../data/stems.txt");

/// Builder for a [`Segmenter`].
#[derive(Clone, Debug, Default)]
pub struct SegmenterBuilder {
    known: HashSet<String>,
    protected: HashSet<String>,
    builtin: bool,
}

impl SegmenterBuilder {
    /// Adds known stems (any normalization; they are standard-normalized here).
    pub fn known_stems<I, S>(mut self, stems: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let n = crate::Normalizer::standard();
        self.known
            .extend(stems.into_iter().map(|s| n.normalize_str(s.as_ref())));
        self
    }

    /// Adds words that must never be split.
    pub fn protected_words<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let n = crate::Normalizer::standard();
        self.protected
            .extend(words.into_iter().map(|s| n.normalize_str(s.as_ref())));
        self
    }

    /// Whether to include the built-in stem and protected-word lists (default: yes).
    pub fn builtin_lists(mut self, on: bool) -> Self {
        self.builtin = on;
        self
    }

    pub fn build(mut self) -> Segmenter {
        if self.builtin {
            self = self
                .known_stems(data_lines(STEMS_BUILTIN))
                .protected_words(data_lines(PROTECTED_BUILTIN));
        }
        Segmenter {
            known: self.known,
            protected: self.protected,
        }
    }
}

/// Non-empty, non-comment lines of a built-in list; the first tab-separated field.
fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines()
        .map(|l| l.split('\t').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A clitic segmenter with its stem knowledge. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Segmenter {
    known: HashSet<String>,
    protected: HashSet<String>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::builder().build()
    }
}

const ENCLITICS: [&str; 11] = [
    "هما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي",
];

impl Segmenter {
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder {
            builtin: true,
            ..Default::default()
        }
    }

    pub fn is_known_stem(&self, stem: &str) -> bool {
        self.known.contains(stem)
    }

    pub fn is_protected(&self, word: &str) -> bool {
        self.protected.contains(word)
    }

    /// Segments a standard-normalized word. Returns `(kind, byte range in word)` triples; the
    /// article of `لل` is reported as `(Article, range of the second ل)`.
    pub fn split(&self, word: &str) -> Vec<(SegmentKind, std::ops::Range<usize>)> {
        let whole = vec![(SegmentKind::Stem, 0..word.len())];
        if self.protected.contains(word)
            || self.known.contains(word) && !starts_with_clitic_article(word)
        {
            return whole;
        }
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        let n = chars.len();
        if n < 3 {
            return whole;
        }
        let mut best: Option<(i32, Vec<(SegmentKind, std::ops::Range<usize>)>)> = None;
        // Enumerate proclitic prefixes: [و|ف]? [ب|ك|ل|س]? [ال]?  (لل = ل + ال)
        let byte_at = |ci: usize| if ci < n { chars[ci].0 } else { word.len() };
        let ch = |ci: usize| if ci < n { Some(chars[ci].1) } else { None };
        let mut prefixes: Vec<(Vec<(SegmentKind, std::ops::Range<usize>)>, usize, bool)> =
            vec![(vec![], 0, false)];
        // conjunction
        if matches!(ch(0), Some('و' | 'ف')) {
            prefixes.push((vec![(SegmentKind::Proclitic, 0..byte_at(1))], 1, false));
        }
        let mut more = Vec::new();
        for (segs, ci, _) in &prefixes {
            if let Some(c) = ch(*ci) {
                if matches!(c, 'ب' | 'ك' | 'ل' | 'س') {
                    let mut s = segs.clone();
                    s.push((SegmentKind::Proclitic, byte_at(*ci)..byte_at(ci + 1)));
                    more.push((s, ci + 1, false));
                }
            }
        }
        prefixes.extend(more);
        let mut with_article = Vec::new();
        for (segs, ci, _) in &prefixes {
            let ci = *ci;
            // ال after anything; لل: a preposition ل followed directly by ل (article's alef dropped)
            if ch(ci) == Some('ا') && ch(ci + 1) == Some('ل') {
                let mut s = segs.clone();
                s.push((SegmentKind::Article, byte_at(ci)..byte_at(ci + 2)));
                with_article.push((s, ci + 2, true));
            } else if ci > 0
                && ch(ci - 1) == Some('ل')
                && ch(ci) == Some('ل')
                && segs.last().map(|l| l.0) == Some(SegmentKind::Proclitic)
            {
                let mut s = segs.clone();
                s.push((SegmentKind::Article, byte_at(ci)..byte_at(ci + 1)));
                with_article.push((s, ci + 1, true));
            }
        }
        prefixes.extend(with_article);

        for (segs, ci, article) in &prefixes {
            let (ci, article) = (*ci, *article);
            // enclitic options (none, or one pronoun) — not after the article
            let mut ends: Vec<(usize, Option<&str>)> = vec![(n, None)];
            if !article {
                for e in ENCLITICS {
                    if word.ends_with(e) {
                        let elen = e.chars().count();
                        if n >= ci + elen + 2 {
                            ends.push((n - elen, Some(e)));
                        }
                    }
                }
            }
            for (end_ci, enc) in ends {
                if segs.is_empty() && enc.is_none() {
                    continue;
                }
                let stem = &word[byte_at(ci)..byte_at(end_ci)];
                let stem_chars = end_ci - ci;
                let Some(score) = self.score(stem, stem_chars, segs, article, enc) else {
                    continue;
                };
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    let mut out = segs.clone();
                    out.push((SegmentKind::Stem, byte_at(ci)..byte_at(end_ci)));
                    if enc.is_some() {
                        out.push((SegmentKind::Enclitic, byte_at(end_ci)..word.len()));
                    }
                    best = Some((score, out));
                }
            }
        }
        best.map(|(_, s)| s).unwrap_or(whole)
    }

    /// Plausibility of a split; `None` rejects it. Higher is better.
    fn score(
        &self,
        stem: &str,
        stem_chars: usize,
        prefix: &[(SegmentKind, std::ops::Range<usize>)],
        article: bool,
        enclitic: Option<&str>,
    ) -> Option<i32> {
        if stem_chars < 2 || self.protected.contains(stem) && false {
            return None;
        }
        let known = self.known.contains(stem)
            || stem.ends_with('ت')
                && self
                    .known
                    .contains(&format!("{}ة", &stem[..stem.len() - 'ت'.len_utf8()]));
        let n_clitics = prefix.len() as i32 + enclitic.is_some() as i32;
        if known {
            return Some(100 + n_clitics);
        }
        // Structural licence: article (possibly behind proclitics) with a stem of 2+ letters.
        if article && enclitic.is_none() && stem_chars >= 2 {
            return Some(50 + n_clitics);
        }
        // Plural stems before a pronoun: قواتهم, مواقعهم are common and safe when long enough.
        if let Some(e) = enclitic {
            if prefix.iter().all(|p| p.0 == SegmentKind::Proclitic)
                && stem_chars >= 3
                && e != "ي"
                && e != "ك"
                && e != "ني"
                && (stem.ends_with("ات") || stem.ends_with("ت") && e.starts_with('ه'))
            {
                return Some(30 + n_clitics);
            }
        }
        None
    }

    /// Segments one token: `norm` is its standard-normalized text, `span_of` maps a byte range
    /// of `norm` to an original span.
    pub fn segment_token(
        &self,
        norm: &str,
        span_of: impl Fn(usize, usize) -> Span,
    ) -> Vec<Segment> {
        self.split(norm)
            .into_iter()
            .map(|(kind, r)| {
                let text = if kind == SegmentKind::Article {
                    "ال".to_string()
                } else {
                    norm[r.clone()].to_string()
                };
                Segment {
                    kind,
                    text,
                    span: span_of(r.start, r.end),
                }
            })
            .collect()
    }
}

fn starts_with_clitic_article(word: &str) -> bool {
    word.starts_with("ال")
        || word.starts_with("لل")
        || word.starts_with("وال")
        || word.starts_with("بال")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(w: &str) -> String {
        let s = Segmenter::default();
        s.split(w)
            .into_iter()
            .map(|(k, r)| {
                if k == SegmentKind::Article {
                    "ال".to_string()
                } else {
                    w[r].to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("+")
    }

    #[test]
    fn splits_article_behind_proclitics() {
        assert_eq!(seg("وبالمدفعية"), "و+ب+ال+مدفعية");
        assert_eq!(seg("للمدنيين"), "ل+ال+مدنيين");
    }

    #[test]
    fn keeps_protected_words_whole() {
        for w in [
            "البانيا",
            "لبنان",
            "بغداد",
            "فرنسا",
            "كركوك",
            "والي",
            "ليبيا",
            "بيروت",
        ] {
            assert_eq!(seg(w), w, "{w}");
        }
    }
}
