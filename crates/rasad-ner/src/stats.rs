//! Word statistics from unlabelled news: how often a stem is seen, how often with the article,
//! and how often right after a person title, a place word, an organisation word or a spatial
//! preposition.
//!
//! Arabic has no capital letters, so a tagger trained on 125k tokens has little to go on for a
//! name it has never seen. A few million tokens of raw news say a lot about a word: names rarely
//! take the article, follow titles (`الرئيس …`) or place words (`مدينة …`). The statistics are
//! bucketed (a handful of values per word) and keyed by a 32-bit hash of the matching-normalized
//! stem, so they are small; they are stored inside the model file, since the model's weights are
//! only meaningful with the statistics it was trained with.

use crate::features::KeyMap;
use rasad_text::{SegmentKind, Token};
use std::collections::HashMap;

/// Number of values per word: frequency, article, after-person-title, after-place-word,
/// after-organisation-word, after-spatial-preposition (buckets), then the most frequent left and
/// right neighbour among the [`N_FREQUENT`] most frequent stems (a cheap stand-in for word
/// clusters: names of people share `الرئيس` or `قال` on their left, towns share `في`).
///
/// Then, when the corpus has been tagged by a first model (see `rasad ner train`), the share of
/// the stem's occurrences tagged PERS, LOC, ORG and MISC: a corpus-wide prior that lets a name
/// seen in a telling context elsewhere be recognised in a sentence that says little.
pub(crate) const N_STATS: usize = 12;

/// How many frequent stems serve as neighbour signatures (ids 1..=N_FREQUENT; 0 = other).
const N_FREQUENT: usize = 250;

/// Bucketed statistics per stem hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordStats {
    map: KeyMap<[u8; N_STATS]>,
    /// Distributional word cluster per stem (see [`cluster_words`]): `CLUSTER_PRESENT | depth
    /// << CLUSTER_DEPTH | path`, the path's first split in its highest bit.
    clusters: KeyMap<u16>,
}

/// Depth of the cluster hierarchy (up to 2^CLUSTER_DEPTH leaves).
pub(crate) const CLUSTER_DEPTH: u32 = 10;
const CLUSTER_PRESENT: u16 = 1 << 15;
/// Stems seen at least this often get a cluster.
const CLUSTER_MIN_COUNT: u32 = 5;
/// At most this many stems (the most frequent) are clustered.
const CLUSTER_VOCAB: usize = 40_000;
/// Context words: the most frequent stems, as left and right neighbours.
const CLUSTER_CONTEXTS: usize = 800;
/// Nodes smaller than this are not split.
const CLUSTER_MIN_NODE: usize = 8;
const CLUSTER_ITERATIONS: usize = 3;
const CLUSTER_POWER_STEPS: usize = 8;

/// Counts statistics over analysed text (fed by [`FeatureExtractor::count_stats`](crate::FeatureExtractor::count_stats)).
#[derive(Clone, Debug, Default)]
pub struct WordStatsBuilder {
    /// total, article, pers, loc, org, prep
    counts: HashMap<u32, [u32; 6]>,
    /// Stem keys of every token in corpus order, 0 between sentences.
    seq: Vec<u32>,
    /// Occurrences tagged PERS, LOC, ORG, MISC by a first model.
    tagged: HashMap<u32, [u32; 4]>,
}

impl WordStatsBuilder {
    /// Adds one sentence: `keys[i]` is token i's stem hash and `classes[i]` its trigger class.
    pub(crate) fn add(&mut self, tokens: &[Token], keys: &[u32], classes: &[u8]) {
        self.seq.extend_from_slice(keys);
        self.seq.push(0);
        for i in 0..tokens.len() {
            let c = self.counts.entry(keys[i]).or_default();
            c[0] += 1;
            if tokens[i]
                .segments
                .iter()
                .any(|s| s.kind == SegmentKind::Article)
            {
                c[1] += 1;
            }
            let before = |d: usize| i.checked_sub(d).map(|j| classes[j]).unwrap_or(0);
            if (1..=3).any(|d| before(d) == 1) {
                c[2] += 1;
            }
            if before(1) == 2 {
                c[3] += 1;
            }
            if (1..=2).any(|d| before(d) == 3) {
                c[4] += 1;
            }
            if before(1) == 5 {
                c[5] += 1;
            }
        }
    }

    /// Adds the entity types a first model gave one sentence (`kinds[i]`: 0 for O, 1 + the
    /// entity kind index otherwise).
    pub(crate) fn add_tags(&mut self, keys: &[u32], kinds: &[u8]) {
        for (k, &t) in keys.iter().zip(kinds) {
            if t > 0 {
                self.tagged.entry(*k).or_default()[(t - 1) as usize % 4] += 1;
            }
        }
    }

    /// Forgets tag counts (before tagging the corpus again).
    pub fn clear_tags(&mut self) {
        self.tagged.clear();
    }

    /// Buckets the counts of stems seen at least `min_count` times.
    pub fn build(&self, min_count: u32) -> WordStats {
        let mut by_freq: Vec<(u32, u32)> = self.counts.iter().map(|(k, c)| (c[0], *k)).collect();
        by_freq.sort_unstable_by(|a, b| b.cmp(a));
        let frequent: HashMap<u32, u8> = by_freq
            .iter()
            .take(N_FREQUENT)
            .enumerate()
            .map(|(i, (_, k))| (*k, i as u8 + 1))
            .collect();
        let mut neighbours: HashMap<(u32, bool, u8), u32> = HashMap::new();
        for w in self.seq.windows(3) {
            let (l, k, r) = (w[0], w[1], w[2]);
            if k == 0 || self.counts.get(&k).is_none_or(|c| c[0] < min_count.max(1)) {
                continue;
            }
            if let Some(&id) = frequent.get(&l) {
                *neighbours.entry((k, false, id)).or_default() += 1;
            }
            if let Some(&id) = frequent.get(&r) {
                *neighbours.entry((k, true, id)).or_default() += 1;
            }
        }
        // Most frequent neighbour per (stem, side); ties go to the smaller id (determinism).
        let mut best: HashMap<(u32, bool), (u32, u8)> = HashMap::new();
        for ((k, side, id), n) in neighbours {
            let e = best.entry((k, side)).or_insert((0, 0));
            if n > e.0 || n == e.0 && id < e.1 {
                *e = (n, id);
            }
        }
        let mut map = KeyMap::default();
        for (&k, c) in &self.counts {
            if c[0] < min_count.max(1) {
                continue;
            }
            let mut b = [0u8; N_STATS];
            b[0] = (32 - c[0].leading_zeros()).min(15) as u8;
            for j in 1..6 {
                b[j] = ratio_bucket(c[j], c[0]);
            }
            b[6] = best.get(&(k, false)).map_or(0, |e| e.1);
            b[7] = best.get(&(k, true)).map_or(0, |e| e.1);
            if let Some(t) = self.tagged.get(&k) {
                for j in 0..4 {
                    b[8 + j] = ratio_bucket(t[j], c[0]);
                }
            }
            map.insert(k, b);
        }
        let clusters = self.cluster_words(&by_freq, min_count);
        WordStats { map, clusters }
    }

    /// Brown-like hierarchical word clusters by recursive spherical 2-means over context
    /// vectors (counts of the most frequent stems as left and right neighbours, square-root
    /// damped, unit length). Words sharing a path prefix occur in similar contexts: person
    /// names cluster together, as do towns, nisbas, organisations' head words. Deterministic:
    /// fixed initialisation (the node's most frequent word and the word least like it) and a
    /// fixed summation order.
    fn cluster_words(&self, by_freq: &[(u32, u32)], min_count: u32) -> KeyMap<u16> {
        let min = CLUSTER_MIN_COUNT.max(min_count);
        let vocab: Vec<u32> = by_freq
            .iter()
            .filter(|(n, _)| *n >= min)
            .take(CLUSTER_VOCAB)
            .map(|(_, k)| *k)
            .collect();
        if vocab.is_empty() {
            return KeyMap::default();
        }
        let word_id: HashMap<u32, u32> = vocab
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i as u32))
            .collect();
        let ctx_id: HashMap<u32, u32> = by_freq
            .iter()
            .take(CLUSTER_CONTEXTS)
            .enumerate()
            .map(|(i, (_, k))| (*k, i as u32))
            .collect();
        let dim = 2 * CLUSTER_CONTEXTS;
        let mut raw: Vec<HashMap<u32, u32>> = vec![HashMap::new(); vocab.len()];
        for w in self.seq.windows(3) {
            let (l, k, r) = (w[0], w[1], w[2]);
            let Some(&wi) = word_id.get(&k) else { continue };
            let v = &mut raw[wi as usize];
            if let Some(&c) = ctx_id.get(&l) {
                *v.entry(c).or_default() += 1;
            }
            if let Some(&c) = ctx_id.get(&r) {
                *v.entry(c + CLUSTER_CONTEXTS as u32).or_default() += 1;
            }
        }
        let vecs: Vec<Vec<(u32, f32)>> = raw
            .into_iter()
            .map(|m| {
                let mut v: Vec<(u32, f32)> =
                    m.into_iter().map(|(c, n)| (c, (n as f32).sqrt())).collect();
                v.sort_unstable_by_key(|e| e.0);
                let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
                for e in &mut v {
                    e.1 /= norm;
                }
                v
            })
            .collect();
        let dot = |c: &[f64], v: &[(u32, f32)]| -> f64 {
            v.iter().map(|&(i, x)| c[i as usize] * x as f64).sum()
        };
        let centroid = |members: &[u32]| -> Vec<f64> {
            let mut c = vec![0f64; dim];
            for &m in members {
                for &(i, x) in &vecs[m as usize] {
                    c[i as usize] += x as f64;
                }
            }
            let norm = c.iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-12);
            c.iter_mut().for_each(|x| *x /= norm);
            c
        };
        let mut out = KeyMap::with_capacity_and_hasher(vocab.len(), Default::default());
        // (members in frequency order, depth, path)
        let mut stack: Vec<(Vec<u32>, u32, u16)> = vec![((0..vocab.len() as u32).collect(), 0, 0)];
        while let Some((members, depth, path)) = stack.pop() {
            let split = if depth < CLUSTER_DEPTH && members.len() >= CLUSTER_MIN_NODE {
                // Principal direction of the node (power iteration from a fixed start), split
                // at the median projection, then refined by spherical 2-means.
                let mut mean = vec![0f64; dim];
                for &m in &members {
                    for &(i, x) in &vecs[m as usize] {
                        mean[i as usize] += x as f64;
                    }
                }
                let inv = 1.0 / members.len() as f64;
                mean.iter_mut().for_each(|x| *x *= inv);
                let mut u = vec![0f64; dim];
                for &(i, x) in &vecs[members[0] as usize] {
                    u[i as usize] = x as f64;
                }
                for (j, x) in u.iter_mut().enumerate() {
                    *x -= mean[j] + if j % 2 == 0 { 1e-3 } else { -1e-3 };
                }
                for _ in 0..CLUSTER_POWER_STEPS {
                    let mu = mean.iter().zip(&u).map(|(a, b)| a * b).sum::<f64>();
                    let mut next = vec![0f64; dim];
                    let mut total = 0f64;
                    for &m in &members {
                        let v = &vecs[m as usize];
                        let sx = dot(&u, v) - mu;
                        total += sx;
                        for &(i, x) in v {
                            next[i as usize] += sx * x as f64;
                        }
                    }
                    for (j, x) in next.iter_mut().enumerate() {
                        *x -= total * mean[j];
                    }
                    let norm = next.iter().map(|x| x * x).sum::<f64>().sqrt();
                    if norm < 1e-12 {
                        break;
                    }
                    next.iter_mut().for_each(|x| *x /= norm);
                    u = next;
                }
                let mut proj: Vec<(f64, u32)> = members
                    .iter()
                    .map(|&m| (dot(&u, &vecs[m as usize]), m))
                    .collect();
                proj.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                let half = proj.len() / 2;
                let mut side: HashMap<u32, bool> = proj
                    .iter()
                    .enumerate()
                    .map(|(r, p)| (p.1, r >= half))
                    .collect();
                for _ in 0..CLUSTER_ITERATIONS {
                    let a: Vec<u32> = members.iter().copied().filter(|m| !side[m]).collect();
                    let b: Vec<u32> = members.iter().copied().filter(|m| side[m]).collect();
                    if a.is_empty() || b.is_empty() {
                        break;
                    }
                    let (c0, c1) = (centroid(&a), centroid(&b));
                    for &m in &members {
                        let v = &vecs[m as usize];
                        side.insert(m, dot(&c1, v) > dot(&c0, v));
                    }
                }
                let a: Vec<u32> = members.iter().copied().filter(|m| !side[m]).collect();
                let b: Vec<u32> = members.iter().copied().filter(|m| side[m]).collect();
                (!a.is_empty() && !b.is_empty()).then_some((a, b))
            } else {
                None
            };
            match split {
                Some((a, b)) => {
                    stack.push((b, depth + 1, path << 1 | 1));
                    stack.push((a, depth + 1, path << 1));
                }
                None => {
                    let code = CLUSTER_PRESENT | (depth as u16) << CLUSTER_DEPTH | path;
                    for m in members {
                        out.insert(vocab[m as usize], code);
                    }
                }
            }
        }
        out
    }
}

/// The cluster path prefix of `len` bits (or the whole path when shorter) as a feature value;
/// 0 when the stem has no cluster.
#[inline]
pub(crate) fn cluster_prefix(code: u16, len: u32) -> u64 {
    if code & CLUSTER_PRESENT == 0 {
        return 0;
    }
    let depth = ((code >> CLUSTER_DEPTH) & 15) as u32;
    let path = (code & ((1 << CLUSTER_DEPTH) - 1)) as u64;
    let l = len.min(depth);
    (1 << 20) | (l as u64) << 16 | path >> (depth - l)
}

fn ratio_bucket(k: u32, n: u32) -> u8 {
    if k == 0 {
        return 0;
    }
    let r = k as f64 / n as f64;
    match r {
        r if r < 0.02 => 1,
        r if r < 0.05 => 2,
        r if r < 0.1 => 3,
        r if r < 0.2 => 4,
        r if r < 0.4 => 5,
        r if r < 0.7 => 6,
        _ => 7,
    }
}

impl WordStats {
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<&[u8; N_STATS]> {
        self.map.get(&key)
    }

    /// The stem's cluster code (0 = none).
    #[inline]
    pub(crate) fn cluster(&self, key: u32) -> u16 {
        self.clusters.get(&key).copied().unwrap_or(0)
    }

    /// Sorted `(key, packed values)`: 4 bits of frequency, 3 bits per ratio, 8 bits per
    /// neighbour id.
    pub(crate) fn packed(&self) -> Vec<(u32, u64)> {
        let mut v: Vec<(u32, u64)> = self
            .map
            .iter()
            .map(|(k, b)| {
                let mut p = b[0] as u64 & 15;
                for (j, x) in b.iter().enumerate().take(6).skip(1) {
                    p |= (*x as u64 & 7) << (4 + 3 * (j - 1));
                }
                p |= (b[6] as u64) << 19 | (b[7] as u64) << 27;
                for j in 0..4 {
                    p |= (b[8 + j] as u64 & 7) << (35 + 3 * j);
                }
                p |= (self.cluster(*k) as u64) << 47;
                (*k, p)
            })
            .collect();
        v.sort_unstable();
        v
    }

    pub(crate) fn from_packed(entries: impl IntoIterator<Item = (u32, u64)>) -> WordStats {
        let mut clusters = KeyMap::default();
        let map = entries
            .into_iter()
            .map(|(k, p)| {
                let code = (p >> 47) as u16;
                if code != 0 {
                    clusters.insert(k, code);
                }
                let mut b = [0u8; N_STATS];
                b[0] = (p & 15) as u8;
                for (j, x) in b.iter_mut().enumerate().take(6).skip(1) {
                    *x = ((p >> (4 + 3 * (j - 1))) & 7) as u8;
                }
                b[6] = (p >> 19) as u8;
                b[7] = (p >> 27) as u8;
                for j in 0..4 {
                    b[8 + j] = ((p >> (35 + 3 * j)) & 7) as u8;
                }
                (k, b)
            })
            .collect();
        WordStats { map, clusters }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_and_packing_round_trip() {
        let mut b = WordStatsBuilder::default();
        b.counts.insert(7, [100, 0, 50, 1, 3, 99]);
        b.counts.insert(8, [1, 1, 0, 0, 0, 0]);
        b.seq = vec![8, 7, 8, 0, 8, 7, 0];
        let s = b.build(2);
        assert_eq!(s.len(), 1, "rare stems are dropped");
        // 7 is the most frequent stem (id 1), 8 the second (id 2): 8 is 7's left neighbour.
        assert_eq!(s.get(7), Some(&[7, 0, 6, 1, 2, 7, 2, 2, 0, 0, 0, 0]));
        b.add_tags(&[7, 7, 8], &[1, 0, 2]);
        let s = b.build(2);
        assert_eq!(s.get(7).unwrap()[8..], [1, 0, 0, 0]);
        assert_eq!(WordStats::from_packed(s.packed()), s);
    }

    #[test]
    fn words_in_the_same_contexts_share_clusters() {
        // Stems 100..116 follow 1 ("the president") and precede 2 ("said"); stems 200..216
        // follow 3 ("in") and precede 4 ("city"). Every stem is frequent enough.
        let mut b = WordStatsBuilder::default();
        for round in 0..6u32 {
            for k in 0..16u32 {
                for (l, w, r) in [(1, 100 + k, 2), (3, 200 + k, 4)] {
                    b.seq.extend([l, w, r, 0]);
                    for x in [l, w, r] {
                        b.counts.entry(x).or_default()[0] += 1 + round % 2;
                    }
                }
            }
        }
        let s = b.build(1);
        let c = |k| cluster_prefix(s.cluster(k), 1);
        assert_ne!(c(100), 0, "clustered");
        assert!((101..116).all(|k| c(k) == c(100)));
        assert!((201..216).all(|k| c(k) == c(200)));
        assert_ne!(c(100), c(200));
        assert_eq!(s.cluster(999), 0);
        assert_eq!(WordStats::from_packed(s.packed()), s);
    }
}
