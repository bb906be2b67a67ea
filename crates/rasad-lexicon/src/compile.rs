//! Compiling parsed entries into the matcher: every name is turned into matching-normalized
//! words (the SAME normalizer and tokenizer as documents), inflected where the entry asks for it
//! (nisba forms, the article on single-word common nouns), and stored in a word-level trie.
//!
//! Why a word trie (a hash map of phrases plus the set of their prefixes) and not one automaton
//! over characters: a document word offers several readings (`وبروسيا` → itself, `بروسيا`,
//! `روسيا`; `للقوات` → `القوات`), and only the first word of a phrase carries proclitics. Looking
//! phrases up word by word, with the prefix set to stop early, handles that lattice directly and
//! keeps every hit on token boundaries.

use crate::error::{LexiconError, LexiconErrorKind as K, Problems};
use crate::source::{Entry, NameRole, Row};
use rasad_text::hash::{FxHashMap, FxHashSet};
use rasad_text::{scan, Normalizer};
use std::collections::{HashMap, HashSet};

/// What kind of gazetteer term a key is (for the NER stage and for explanations).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    Country,
    Nisba,
    Place,
    Person,
    Organisation,
    Agent,
    Title,
    /// A phrase that is no name (lexicon `not-names*` files): matched only to be skipped.
    NotName,
}

impl TermKind {
    /// Terms of one family may not share a name between two entries.
    fn family(self) -> u8 {
        match self {
            TermKind::Country | TermKind::Nisba => 0,
            TermKind::Place => 1,
            TermKind::Person | TermKind::Organisation => 2,
            TermKind::Agent | TermKind::Title => 3,
            TermKind::NotName => 4,
        }
    }
}

/// One key's hit: which entry, read as what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    pub entry: u32,
    pub kind: TermKind,
}

#[derive(Default)]
pub(crate) struct Matcher {
    pub phrases: FxHashMap<Box<str>, Vec<Term>>,
    /// Alternate readings (`~عمان` in a places file): keys of `phrases` that may also name
    /// these places; the recognizer picks one when the sentence, or else the document before
    /// it, names its country (`Lexicon::recognize_in_context`).
    pub alternates: FxHashMap<Box<str>, Vec<Term>>,
    pub prefixes: FxHashSet<Box<str>>,
    pub max_words: usize,
}

/// Matching-normalized words of a name or document token: matching folds, ASCII lower-cased.
pub(crate) fn key_words(text: &str) -> Vec<String> {
    let n = Normalizer::matching();
    scan(text)
        .into_iter()
        .map(|(sp, _)| fold_key(&n.normalize_str(&text[sp.start..sp.end])))
        .filter(|w| !w.is_empty())
        .collect()
}

pub(crate) fn fold_key(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_string()
    }
}

fn letters(w: &str) -> usize {
    w.chars().filter(|c| c.is_alphabetic()).count()
}

/// Inflections of a masculine nisba (matching-normalized, so ة is ه): m, f, pl, dual.
/// The accusative `ا` (`مدنيا افغانيا`) is included: indefinite objects are frequent in news.
const NISBA_SUFFIXES: [&str; 9] = ["", "ه", "ا", "ون", "ين", "ات", "ان", "تان", "تين"];

/// The indefinite accusative of a singular common noun (`جندي` → `جنديا`, `مسلح` → `مسلحا`);
/// not for definite words, feminines and sound plurals/duals, which do not take it this way.
fn accusative(w: &str) -> Option<String> {
    let blocked = ["ا", "ه", "ون", "ين", "ات", "ان", "و"]
        .iter()
        .any(|e| w.ends_with(e));
    (!blocked && letters(w) >= 3).then(|| format!("{w}ا"))
}

/// A sound masculine plural in the construct state and with a possessive pronoun: `محتجون` →
/// `محتجو` (`محتجو كربلاء`), `معارضوه`, `معارضوها`; `مسلحين` → `مسلحي` (`مسلحي طالبان`),
/// `مقاتليها`, `مقاتليهم` (the `ن` drops before a genitive or pronoun).
fn construct_plurals(w: &str) -> Vec<String> {
    let (stem, long) = if let Some(stem) = w.strip_suffix("ون") {
        (stem, "و")
    } else if let Some(stem) = w.strip_suffix("ين") {
        (stem, "ي")
    } else {
        return Vec::new();
    };
    if letters(stem) < 3 {
        return Vec::new();
    }
    // (with a possessive pronoun too, `مقاتليها`, whose owner the coder resolves; not `-يه`:
    // after the ة → ه fold it is the feminine `-ية`, `مسؤولية`)
    ["", "ه", "ها", "هم"]
        .iter()
        .filter(|p| !(long == "ي" && **p == "ه"))
        .map(|p| format!("{stem}{long}{p}"))
        .collect()
}

/// `definite` is decided on the name as written: after the alef fold `ألماني` also starts with
/// `ال`, but has no article.
fn toggle_article(w: &str, definite: bool) -> Option<String> {
    if !definite {
        return Some(format!("ال{w}"));
    }
    w.strip_prefix("ال")
        .filter(|rest| letters(rest) >= 2)
        .map(str::to_string)
}

/// The keys (word lists) a name stands for; `definite`: the name as written starts with ال.
fn expand(words: &[String], role: NameRole, common_noun: bool, definite: bool) -> Vec<Vec<String>> {
    let mut out = vec![words.to_vec()];
    match role {
        NameRole::Name if common_noun && words.len() == 1 => {
            out.extend(toggle_article(&words[0], definite).map(|w| vec![w]));
            if !definite {
                out.extend(accusative(&words[0]).map(|w| vec![w]));
                out.extend(construct_plurals(&words[0]).into_iter().map(|w| vec![w]));
            }
        }
        NameRole::Plural if words.len() == 1 => {
            out.extend(toggle_article(&words[0], definite).map(|w| vec![w]));
        }
        NameRole::Nisba => {
            out.clear();
            for suffix in NISBA_SUFFIXES {
                for def in [false, true] {
                    out.push(
                        words
                            .iter()
                            .map(|w| {
                                let w = if w.ends_with('ي') {
                                    format!("{w}{suffix}")
                                } else {
                                    w.clone()
                                };
                                if def {
                                    format!("ال{w}")
                                } else {
                                    w
                                }
                            })
                            .collect(),
                    );
                }
            }
        }
        _ => {}
    }
    // `عبد الملك` / `عبدالملك`: compound given names are written apart and joined
    if role == NameRole::Name {
        let variants: Vec<Vec<String>> = out.iter().filter_map(|w| abd_variant(w)).collect();
        out.extend(variants);
    }
    out
}

/// The other spelling of the compound given names of a name (`عبد` + the next word written
/// apart or joined), when it has one.
fn abd_variant(words: &[String]) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(words.len() + 1);
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "عبد" && i + 1 < words.len() {
            out.push(format!("عبد{}", words[i + 1]));
            changed = true;
            i += 2;
            continue;
        }
        if let Some(rest) = w
            .strip_prefix("عبد")
            .filter(|r| r.starts_with("ال") && letters(r) >= 4)
        {
            out.push("عبد".to_string());
            out.push(rest.to_string());
            changed = true;
        } else {
            out.push(w.clone());
        }
        i += 1;
    }
    changed.then_some(out)
}

fn term_kind(e: &Entry, role: NameRole) -> TermKind {
    match (e, role) {
        (Entry::Country { .. }, NameRole::Name) => TermKind::Country,
        (Entry::Country { .. }, _) => TermKind::Nisba,
        (Entry::Place { .. }, _) => TermKind::Place,
        (Entry::Agent { title: true, .. }, _) => TermKind::Title,
        (Entry::Agent { .. }, _) => TermKind::Agent,
        (
            Entry::Actor {
                kind: crate::ActorType::Person,
                ..
            },
            _,
        ) => TermKind::Person,
        (Entry::Actor { .. }, _) => TermKind::Organisation,
        (Entry::NotName { .. }, _) => TermKind::NotName,
    }
}

/// The country a term commits to, for conflict checks.
fn term_country(e: &Entry) -> Option<rasad_event::Country> {
    match e {
        Entry::Country { code, .. } => Some(*code),
        Entry::Place { country, .. } => *country,
        _ => None,
    }
}

/// Builds the matcher, reporting duplicate ids, names listed twice and conflicting codes.
pub(crate) fn compile(rows: &[Row], files: &[String], problems: &mut Problems) -> Matcher {
    let mut m = Matcher::default();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut alternates = Vec::new();
    let at = |r: &Row| format!("{}:{}", files[r.origin.file as usize], r.origin.line);
    for (idx, row) in rows.iter().enumerate() {
        let file = &files[row.origin.file as usize];
        let line = row.origin.line as usize;
        let id = row.entry.id();
        let id_key = format!("{}:{id}", family_name(&row.entry));
        if let Some(prev) = ids.insert(id_key, idx) {
            problems.push(LexiconError::new(
                file,
                line,
                K::Duplicate,
                format!("duplicate id '{id}' (also at {})", at(&rows[prev])),
            ));
        }
        let common_noun = matches!(row.entry, Entry::Agent { .. });
        let mut own: HashSet<Vec<String>> = HashSet::new();
        for name in &row.names {
            let words = key_words(&name.text);
            let n_letters: usize = words.iter().map(|w| letters(w)).sum();
            if words.is_empty() || n_letters < 2 {
                problems.push(LexiconError::new(
                    file,
                    line,
                    K::Invalid,
                    format!("name '{}' is too short to match safely", name.text),
                ));
                continue;
            }
            let definite = name.text.trim_start().starts_with("ال");
            if name.role == NameRole::Nisba && definite {
                problems.push(LexiconError::new(
                    file,
                    line,
                    K::Invalid,
                    format!(
                        "write the nisba '{}' without the article (both forms are generated)",
                        name.text
                    ),
                ));
                continue;
            }
            if name.role == NameRole::Nisba && !words.iter().any(|w| w.ends_with('ي')) {
                problems.push(LexiconError::new(
                    file,
                    line,
                    K::Invalid,
                    format!(
                        "nisba '{}' must be a masculine singular ending in ي",
                        name.text
                    ),
                ));
                continue;
            }
            if !own.insert(words.clone()) && name.role != NameRole::Nisba {
                problems.push(LexiconError::new(
                    file,
                    line,
                    K::Duplicate,
                    format!("name '{}' listed twice (after normalization)", name.text),
                ));
                continue;
            }
            let kind = term_kind(&row.entry, name.role);
            if name.role == NameRole::Alternate {
                alternates.push((idx, words, kind, name.text.clone()));
                continue;
            }
            for key_words in expand(&words, name.role, common_noun, definite) {
                let key = key_words.join(" ");
                let hits = m.phrases.entry(key.clone().into_boxed_str()).or_default();
                if hits.iter().any(|t| t.entry as usize == idx) {
                    continue; // an inflection that coincides with another form of the same entry
                }
                let mut clash = None;
                for t in hits.iter() {
                    let other = &rows[t.entry as usize];
                    if t.kind.family() == kind.family() {
                        clash = Some((
                            K::Duplicate,
                            format!(
                                "name '{}' also names '{}' at {}",
                                name.text,
                                other.entry.id(),
                                at(other)
                            ),
                        ));
                    } else if let (Some(a), Some(b)) =
                        (term_country(&row.entry), term_country(&other.entry))
                    {
                        if a != b {
                            clash = Some((
                                K::Conflict,
                                format!(
                                    "conflicting codes: '{}' is {a} here but {b} for '{}' at {}",
                                    name.text,
                                    other.entry.id(),
                                    at(other)
                                ),
                            ));
                        }
                    }
                }
                if let Some((k, msg)) = clash {
                    problems.push(LexiconError::new(file, line, k, msg));
                    continue;
                }
                hits.push(Term {
                    entry: idx as u32,
                    kind,
                });
                m.max_words = m.max_words.max(key_words.len());
                for n in 1..key_words.len() {
                    m.prefixes.insert(key_words[..n].join(" ").into_boxed_str());
                }
            }
        }
    }
    // Alternates last, once every plain name is in: `~X` must be another entry's name.
    for (idx, words, kind, text) in alternates {
        let row = &rows[idx];
        let (file, line) = (&files[row.origin.file as usize], row.origin.line as usize);
        let key = words.join(" ");
        let Some(hits) = m.phrases.get(key.as_str()) else {
            problems.push(LexiconError::new(
                file,
                line,
                K::Invalid,
                format!("'~{text}' is no other entry's name: write it without `~`"),
            ));
            continue;
        };
        if hits.iter().any(|t| t.entry as usize == idx) {
            problems.push(LexiconError::new(
                file,
                line,
                K::Duplicate,
                format!("'~{text}' is also a plain name of this entry"),
            ));
            continue;
        }
        let alts = m.alternates.entry(key.into_boxed_str()).or_default();
        if let Some(prev) = alts
            .iter()
            .find(|t| term_country(&rows[t.entry as usize].entry) == term_country(&row.entry))
        {
            problems.push(LexiconError::new(
                file,
                line,
                K::Duplicate,
                format!(
                    "'~{text}' is already an alternate reading in the same country ('{}' at {})",
                    rows[prev.entry as usize].entry.id(),
                    at(&rows[prev.entry as usize])
                ),
            ));
            continue;
        }
        alts.push(Term {
            entry: idx as u32,
            kind,
        });
    }
    m
}

fn family_name(e: &Entry) -> &'static str {
    match e {
        Entry::Country { .. } => "country",
        Entry::Place { .. } => "place",
        Entry::Agent { .. } => "agent",
        Entry::Actor { .. } => "actor",
        Entry::NotName { .. } => "not-name",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nisba_expands_to_inflections_with_and_without_article() {
        let keys: Vec<String> = expand(&key_words("أرمني"), NameRole::Nisba, false, false)
            .into_iter()
            .map(|k| k.join(" "))
            .collect();
        for k in [
            "ارمني",
            "الارمنيه",
            "ارمنيون",
            "الارمنيين",
            "ارمنيتان",
            "الارمنيات",
        ] {
            assert!(keys.contains(&k.to_string()), "{k}: {keys:?}");
        }
    }

    #[test]
    fn a_folded_hamza_alef_is_not_an_article() {
        // ألماني folds to الماني: the definite form must still get its article.
        let keys: Vec<String> = expand(&key_words("ألماني"), NameRole::Nisba, false, false)
            .into_iter()
            .map(|k| k.join(" "))
            .collect();
        assert!(keys.contains(&"الالماني".to_string()), "{keys:?}");
    }

    #[test]
    fn compound_given_names_match_written_apart_or_joined() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let keys = expand(&w("عبد الملك الحوثي"), NameRole::Name, false, false);
        assert!(keys.contains(&w("عبدالملك الحوثي")), "{keys:?}");
        let keys = expand(&w("عبدالله صالح"), NameRole::Name, false, false);
        assert!(keys.contains(&w("عبد الله صالح")), "{keys:?}");
        // `عبدة` is no compound
        assert_eq!(expand(&w("عبده"), NameRole::Name, false, false).len(), 1);
    }

    #[test]
    fn keys_use_the_matching_normalizer() {
        assert_eq!(key_words("وزارة  الدفاع"), vec!["وزاره", "الدفاع"]);
        assert_eq!(key_words("OSCE"), vec!["osce"]);
    }
}
