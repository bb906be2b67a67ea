//! A fast hasher for the word-keyed tables of every stage.
//!
//! rasad looks words up in hash tables millions of times a second (segmenter evidence,
//! trigger and name dictionaries, model weights). The keys are short words from our own
//! data, so hash flooding is not a concern, and SipHash, the standard library's default, would
//! dominate those lookups. One hasher, here, serves every crate.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (the rustc "Fx" mix). The keys are short words from
/// our own data, so hash flooding is not a concern, and SipHash would dominate segmentation time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s: the hasher parameter of every word-keyed table.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with the fast hasher.
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
/// A `HashSet` with the fast hasher.
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuild>;

/// How many words a [`WordMemo`] table holds before it starts over.
pub const MEMO_WORDS: usize = 1 << 15;

/// How many owners a [`WordMemo`] keeps tables for before it starts over.
const MEMO_OWNERS: usize = 8;

/// The memo of a pure function of one word (a token's reading, a dictionary's hits for a
/// form, a model's known n-grams of a word), one table per owner — the analyzer, dictionary
/// or model version whose answers they are — so that no owner is ever served another's.
/// Meant to live in a `thread_local!`: news repeats its words, and each thread remembers the
/// words it has seen. Bounded: a full table, or a new owner past [`MEMO_OWNERS`], starts over.
pub struct WordMemo<V> {
    tables: Vec<(u64, FxHashMap<Box<str>, V>)>,
}

impl<V> Default for WordMemo<V> {
    fn default() -> Self {
        WordMemo { tables: Vec::new() }
    }
}

impl<V> WordMemo<V> {
    /// `owner`'s table: word → remembered answer.
    pub fn table(&mut self, owner: u64) -> &mut FxHashMap<Box<str>, V> {
        let k = match self.tables.iter().position(|(o, _)| *o == owner) {
            Some(k) => k,
            None => {
                if self.tables.len() >= MEMO_OWNERS {
                    self.tables.clear();
                }
                self.tables.push((owner, FxHashMap::default()));
                self.tables.len() - 1
            }
        };
        let table = &mut self.tables[k].1;
        if table.len() >= MEMO_WORDS {
            table.clear();
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_owner_has_its_own_bounded_table() {
        let mut m: WordMemo<u32> = WordMemo::default();
        m.table(1).insert("قتل".into(), 1);
        m.table(2).insert("قتل".into(), 2);
        assert_eq!(m.table(1).get("قتل"), Some(&1));
        assert_eq!(m.table(2).get("قتل"), Some(&2));
        let t = m.table(1);
        for i in 0..MEMO_WORDS as u32 {
            t.insert(i.to_string().into(), i);
        }
        // full: the next use starts over
        assert!(m.table(1).is_empty());
        assert_eq!(m.table(2).get("قتل"), Some(&2));
        // past the last owner the memo starts over
        for o in 3..=(MEMO_OWNERS as u64 + 2) {
            m.table(o);
        }
        assert!(m.table(2).is_empty());
    }
}
