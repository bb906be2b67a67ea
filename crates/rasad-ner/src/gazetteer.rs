//! Gazetteer membership over token sequences, from a term list the caller provides.
//!
//! The recogniser does not know where names come from: the caller (the CLI, the coder) builds a
//! [`Gazetteer`] from `(term, class)` pairs — in rasad, the embedded lexicon's gazetteer terms —
//! so this crate stays independent of `rasad-lexicon`. Terms and tokens are compared in the
//! *matching* normalization (ى/ي, ة/ه, hamza carriers folded), words separated by spaces. A match
//! marks its tokens B/I per class, the way the tags do; the first token of a match may carry
//! proclitics (`وبروسيا` matches `روسيا`).

use rasad_text::{Normalizer, SegmentKind, Token};
use std::collections::HashMap;

/// What a gazetteer term names (mirrors the lexicon's term kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermClass {
    Country,
    Nisba,
    Place,
    Person,
    Organisation,
    Agent,
    Title,
}

impl TermClass {
    pub const ALL: [TermClass; 7] = [
        TermClass::Country,
        TermClass::Nisba,
        TermClass::Place,
        TermClass::Person,
        TermClass::Organisation,
        TermClass::Agent,
        TermClass::Title,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The given-name list shipped with the recogniser (`data/given-names.txt`): one name per
/// line, `#` comments. A unit test validates every line (letters and at most three words).
/// Callers add them to the gazetteer as [`TermClass::Person`] terms: a given name on its own
/// begins a person's name (`فيديل كاسترو`) the way a listed person's name does. (A class of
/// their own did no better in cross-validation: crates/rasad-ner/README.md.)
pub fn given_names() -> impl Iterator<Item = &'static str> {
    include_str!("../data/given-names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Per-token membership: for each class, whether the token begins (`B`) or continues (`I`) a
/// matched term. Bit `2c` is B and bit `2c + 1` is I for class index `c`.
pub type Membership = u16;

/// A compiled term set.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// Matching-normalized phrase (words joined by one space) → class bits.
    phrases: HashMap<String, u8>,
    /// First word → longest phrase length in words starting with it.
    first: HashMap<String, usize>,
    fingerprint: u64,
}

/// Longest phrase considered, in words.
const MAX_WORDS: usize = 8;

impl Gazetteer {
    /// Builds a gazetteer from terms in any normalization (they are matching-normalized here).
    pub fn from_terms<I, S>(terms: I) -> Gazetteer
    where
        I: IntoIterator<Item = (S, TermClass)>,
        S: AsRef<str>,
    {
        let n = Normalizer::matching();
        let mut phrases: HashMap<String, u8> = HashMap::new();
        let mut first: HashMap<String, usize> = HashMap::new();
        for (term, class) in terms {
            let norm = n.normalize_str(term.as_ref());
            let words: Vec<&str> = norm.split_whitespace().collect();
            if words.is_empty() || words.len() > MAX_WORDS {
                continue;
            }
            let len = words.len();
            let f = first.entry(words[0].to_string()).or_default();
            *f = (*f).max(len);
            *phrases.entry(words.join(" ")).or_default() |= class.bit();
        }
        let mut sorted: Vec<(&String, &u8)> = phrases.iter().collect();
        sorted.sort();
        let mut fp = crate::features::FNV_OFFSET;
        for (p, c) in sorted {
            fp = crate::features::fnv(fp, p.as_bytes());
            fp = crate::features::fnv(fp, &[0, *c]);
        }
        Gazetteer {
            fingerprint: if phrases.is_empty() { 0 } else { fp },
            phrases,
            first,
        }
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// A hash of the content: a model records the fingerprint of the gazetteer it was trained
    /// with, so a mismatch at run time can be reported.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Membership bits of each token. Matching is greedy left to right, longest phrase first.
    pub fn membership(&self, tokens: &[Token]) -> Vec<Membership> {
        let mut out = vec![0; tokens.len()];
        if self.phrases.is_empty() || tokens.is_empty() {
            return out;
        }
        let n = Normalizer::matching();
        let full: Vec<String> = tokens.iter().map(|t| t.matching.clone()).collect();
        let mut i = 0;
        let mut phrase = String::new();
        while i < tokens.len() {
            let mut best: Option<(usize, u8)> = None;
            let core = core_form(&tokens[i], &n);
            for key in [Some(&full[i]), core.as_ref()].into_iter().flatten() {
                let Some(&max) = self.first.get(key.as_str()) else {
                    continue;
                };
                let max = max.min(tokens.len() - i);
                for len in (1..=max).rev() {
                    if best.is_some_and(|(l, _)| l >= len) {
                        break;
                    }
                    phrase.clear();
                    phrase.push_str(key);
                    for w in &full[i + 1..i + len] {
                        phrase.push(' ');
                        phrase.push_str(w);
                    }
                    if let Some(&c) = self.phrases.get(&phrase) {
                        best = Some((len, c));
                        break;
                    }
                }
            }
            match best {
                Some((len, classes)) => {
                    for c in TermClass::ALL {
                        if classes & c.bit() != 0 {
                            let b = 2 * c as u16;
                            out[i] |= 1 << b;
                            for m in &mut out[i + 1..i + len] {
                                *m |= 1 << (b + 1);
                            }
                        }
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The token without its proclitics (article kept), matching-normalized; `None` when the token
/// has no proclitic.
fn core_form(t: &Token, n: &Normalizer) -> Option<String> {
    if !t.segments.iter().any(|s| s.kind == SegmentKind::Proclitic) {
        return None;
    }
    let mut s = String::new();
    for seg in t
        .segments
        .iter()
        .filter(|s| s.kind != SegmentKind::Proclitic)
    {
        s.push_str(&seg.text);
    }
    Some(n.normalize_str(&s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_text::Analyzer;

    #[test]
    fn marks_multiword_terms_with_b_and_i() {
        let g = Gazetteer::from_terms([
            ("الأمم المتحدة", TermClass::Organisation),
            ("روسيا", TermClass::Country),
            ("الأمم", TermClass::Place),
        ]);
        let text = "قالت الامم المتحدة ان وروسيا";
        let a = Analyzer::default().analyze(text);
        let m = g.membership(&a.tokens);
        let org = 2 * TermClass::Organisation as u16;
        let country = 2 * TermClass::Country as u16;
        assert_eq!(m[0], 0);
        assert_eq!(m[1], 1 << org, "longest match wins over the one-word term");
        assert_eq!(m[2], 1 << (org + 1));
        assert_eq!(m[3], 0);
        assert_eq!(
            m[4],
            1 << country,
            "proclitic و is skipped on the first word"
        );
    }

    #[test]
    fn given_names_are_clean_arabic_names() {
        let file = include_str!("../data/given-names.txt");
        let mut seen = std::collections::HashSet::new();
        let n = Normalizer::matching();
        for (i, line) in file.lines().enumerate() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let at = format!("given-names.txt:{}", i + 1);
            let words = l.split_whitespace().count();
            assert!(
                (1..=3).contains(&words),
                "{at}: '{l}' is not a 1–3 word name"
            );
            assert!(
                l.chars()
                    .all(|c| c == ' ' || ('\u{0621}'..='\u{064A}').contains(&c)),
                "{at}: '{l}' has characters other than Arabic letters"
            );
            assert!(seen.insert(n.normalize_str(l)), "{at}: '{l}' listed twice");
        }
        assert!(seen.len() > 300, "the list lost most of its names");
        let g = Gazetteer::from_terms(given_names().map(|t| (t, TermClass::Person)));
        let a = Analyzer::default().analyze("قال فيديل كاسترو");
        let m = g.membership(&a.tokens);
        assert_eq!(m[1], 1 << (2 * TermClass::Person as u16));
        assert_eq!(m[0] | m[2], 0);
    }

    #[test]
    fn fingerprint_depends_on_content_only() {
        let a = Gazetteer::from_terms([("a", TermClass::Place), ("b", TermClass::Person)]);
        let b = Gazetteer::from_terms([("b", TermClass::Person), ("a", TermClass::Place)]);
        let c = Gazetteer::from_terms([("a", TermClass::Place)]);
        assert_eq!(a.fingerprint(), b.fingerprint());
        assert_ne!(a.fingerprint(), c.fingerprint());
        assert_eq!(Gazetteer::default().fingerprint(), 0);
    }
}
