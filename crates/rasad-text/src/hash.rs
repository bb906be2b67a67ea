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
