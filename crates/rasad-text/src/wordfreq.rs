//! Attested word forms with corpus counts: the evidence the clitic segmenter weighs.
//!
//! The table is `data/wordfreq.tsv`, generated from the ANT news corpus by
//! `tools/text/build-wordfreq.sh` with this crate's own scanner and standard normalizer, so its
//! keys are exactly the forms tokens have. It is parsed once per process on first use and shared
//! read-only (it is data, not a mutable registry).

use crate::hash::FxHashMap;
use std::sync::OnceLock;

const WORDFREQ_BUILTIN: &str = include_str!("../data/wordfreq.tsv");

/// Word form → corpus count.
pub(crate) struct WordFreq {
    counts: FxHashMap<Box<str>, u32>,
}

impl std::fmt::Debug for WordFreq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordFreq({} forms)", self.counts.len())
    }
}

impl WordFreq {
    fn parse(data: &str) -> WordFreq {
        let mut counts = FxHashMap::default();
        counts.reserve(data.len() / 16);
        for line in data.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(w), Some(c)) = (f.next(), f.next()) else {
                continue;
            };
            // The built-in table is generated, and a malformed row only loses one form's evidence.
            if let Ok(c) = c.trim().parse::<u32>() {
                counts.insert(w.into(), c);
            }
        }
        WordFreq { counts }
    }

    /// The built-in table, parsed on first use.
    pub(crate) fn builtin() -> &'static WordFreq {
        static TABLE: OnceLock<WordFreq> = OnceLock::new();
        TABLE.get_or_init(|| WordFreq::parse(WORDFREQ_BUILTIN))
    }

    #[inline]
    pub(crate) fn get(&self, word: &str) -> u32 {
        self.counts.get(word).copied().unwrap_or(0)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.counts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_is_loaded_and_ranked() {
        let t = WordFreq::builtin();
        assert!(t.len() > 50_000, "only {} forms", t.len());
        // The commonest preposition dwarfs an ordinary noun: a sanity check that counts parsed.
        assert!(t.get("في") > 100 * t.get("بنك").max(1));
        assert_eq!(t.get("no such form"), 0);
    }
}
