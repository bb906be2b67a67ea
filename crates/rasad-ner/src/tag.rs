//! Entity types, IOB2 tags, and turning tag sequences into entity chunks.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// The four ANERcorp entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    #[serde(rename = "PERS")]
    Person,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Location,
        EntityKind::Organisation,
        EntityKind::Misc,
    ];

    /// The CoNLL label (`PERS`, `LOC`, `ORG`, `MISC`).
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PERS",
            EntityKind::Location => "LOC",
            EntityKind::Organisation => "ORG",
            EntityKind::Misc => "MISC",
        }
    }

    /// Parses a CoNLL label; `PER` is accepted for `PERS` (CoNLL-2003 spelling).
    pub fn from_label(s: &str) -> Option<EntityKind> {
        match s {
            "PERS" | "PER" => Some(EntityKind::Person),
            "LOC" => Some(EntityKind::Location),
            "ORG" => Some(EntityKind::Organisation),
            "MISC" => Some(EntityKind::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An IOB2 tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntityKind),
    I(EntityKind),
}

/// Number of distinct tags (O + B/I for each type).
pub const N_TAGS: usize = 9;

impl Tag {
    /// Dense index: O = 0, B-k = 1 + 2k, I-k = 2 + 2k.
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(k) => 1 + 2 * k.index(),
            Tag::I(k) => 2 + 2 * k.index(),
        }
    }

    pub fn from_index(i: usize) -> Tag {
        match i {
            0 => Tag::O,
            i if i % 2 == 1 => Tag::B(EntityKind::ALL[(i - 1) / 2 % 4]),
            i => Tag::I(EntityKind::ALL[(i - 2) / 2 % 4]),
        }
    }

    pub fn kind(self) -> Option<EntityKind> {
        match self {
            Tag::O => None,
            Tag::B(k) | Tag::I(k) => Some(k),
        }
    }

    /// Parses `O`, `B-LOC`, `I-PERS`, ...
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (prefix, label) = s.split_once('-')?;
        let kind = EntityKind::from_label(label)?;
        match prefix {
            "B" => Some(Tag::B(kind)),
            "I" => Some(Tag::I(kind)),
            _ => None,
        }
    }

    /// Whether `self` may follow `prev` in well-formed IOB2 (`None` = sentence start): an I-X
    /// only continues a B-X or I-X.
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        match self {
            Tag::I(k) => matches!(prev, Some(Tag::B(p) | Tag::I(p)) if p == k),
            _ => true,
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(k) => write!(f, "B-{k}"),
            Tag::I(k) => write!(f, "I-{k}"),
        }
    }
}

/// Entity chunks of a tag sequence, seqeval style: a chunk starts at every B-X and at every I-X
/// that does not continue a chunk of the same type, and runs over the following I-X.
pub fn chunks(tags: &[Tag]) -> Vec<(Range<usize>, EntityKind)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let continues = matches!((t, open), (Tag::I(k), Some((_, o))) if k == o);
        if continues {
            continue;
        }
        if let Some((s, k)) = open.take() {
            out.push((s..i, k));
        }
        if let Some(k) = t.kind() {
            open = Some((i, k));
        }
    }
    if let Some((s, k)) = open {
        out.push((s..tags.len(), k));
    }
    out
}

/// Rewrites an I-X that does not continue an X chunk as B-X, so the sequence is well-formed
/// IOB2 with the same chunks (training data sometimes has such tags).
pub fn repair(tags: &mut [Tag]) {
    let mut prev = None;
    for t in tags.iter_mut() {
        if let Tag::I(k) = *t {
            if !t.may_follow(prev) {
                *t = Tag::B(k);
            }
        }
        prev = Some(*t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<Tag> {
        s.split_whitespace()
            .map(|t| Tag::parse(t).unwrap())
            .collect()
    }

    #[test]
    fn index_round_trips() {
        for i in 0..N_TAGS {
            assert_eq!(Tag::from_index(i).index(), i);
        }
        assert_eq!(Tag::parse("B-PER"), Some(Tag::B(EntityKind::Person)));
        assert_eq!(Tag::parse("B-FOO"), None);
        assert_eq!(Tag::parse("X-LOC"), None);
    }

    #[test]
    fn chunks_follow_seqeval() {
        let c = chunks(&tags("B-PERS I-PERS O I-LOC I-LOC B-LOC I-ORG B-ORG"));
        assert_eq!(
            c,
            vec![
                (0..2, EntityKind::Person),
                (3..5, EntityKind::Location),
                (5..6, EntityKind::Location),
                (6..7, EntityKind::Organisation),
                (7..8, EntityKind::Organisation),
            ]
        );
    }

    #[test]
    fn repair_keeps_chunks() {
        let mut t = tags("I-LOC I-LOC O I-ORG B-PERS I-MISC");
        let before = chunks(&t);
        repair(&mut t);
        assert_eq!(chunks(&t), before);
        assert_eq!(t, tags("B-LOC I-LOC O B-ORG B-PERS B-MISC"));
    }
}
