//! The trained weights: a sparse table from feature id to one weight per tag, tag-bigram
//! transition weights, first-order Viterbi decoding, and the compact binary format.
//!
//! Weights are quantized to `i16` (scores are sums of integers, so decoding is exactly
//! reproducible on every platform). The file stores feature ids delta-encoded as varints, a
//! 9-bit mask of the tags with a non-zero weight, and those weights as zigzag varints; most
//! features carry one to three non-zero tag weights, so a feature costs a few bytes.
//!
//! ```text
//! magic "RSDNER01" | u32 features_version | u64 gazetteer fingerprint | WEIGHTS
//! | u32 m | m × (varint stem-hash delta, varint packed word statistics)
//! | u8 stacked (0 | 1) | [WEIGHTS of the first stage, when stacked] | u64 FNV checksum
//!
//! WEIGHTS = f32 scale | i32 O penalty
//! | (N_TAGS+1)×N_TAGS i32 transitions (last row: sentence start) | u32 n
//! | n × (varint id delta, u16 tag mask, zigzag varint per set bit)
//! ```

use crate::error::{NerError, NerErrorKind};
use crate::features::{fnv, SentenceFeatures, FNV_OFFSET};
use crate::stats::WordStats;
use crate::tag::{Tag, N_TAGS};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"RSDNER01";

/// Transition weights: `trans[prev][cur]`, with `prev == N_TAGS` meaning sentence start.
pub(crate) type Transitions = [[i32; N_TAGS]; N_TAGS + 1];

/// A loaded model.
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) features_version: u32,
    pub(crate) gazetteer_fingerprint: u64,
    /// Quantization scale (float weight × scale = stored integer); informational.
    pub(crate) scale: f32,
    /// Subtracted from the O score of every token at decoding time: the trained model is
    /// conservative (precision well above recall), and a small penalty, chosen by
    /// cross-validation on the training set, trades some precision for recall.
    pub(crate) o_penalty: i32,
    pub(crate) trans: Transitions,
    table: Table,
    stats: Arc<WordStats>,
    /// The first stage of a stacked model: its tags of a document are features of this one
    /// (see `train`). Shares this model's statistics, gazetteer and feature version.
    pub(crate) first: Option<Arc<Model>>,
}

/// Open-addressing hash table: feature id → weight row. Id 0 marks an empty slot.
#[derive(Clone, Debug, Default)]
struct Table {
    keys: Vec<u32>,
    slots: Vec<u32>,
    rows: Vec<[i16; N_TAGS]>,
    mask: usize,
}

impl Table {
    fn build(entries: Vec<(u32, [i16; N_TAGS])>) -> Table {
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            keys: vec![0; cap],
            slots: vec![0; cap],
            rows: Vec::with_capacity(entries.len()),
            mask: cap - 1,
        };
        for (k, row) in entries {
            let mut i = slot_of(k) & t.mask;
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & t.mask;
            }
            if t.keys[i] == 0 {
                t.keys[i] = k;
                t.slots[i] = t.rows.len() as u32;
                t.rows.push(row);
            }
        }
        t
    }

    #[inline]
    fn get(&self, k: u32) -> Option<&[i16; N_TAGS]> {
        if self.rows.is_empty() {
            return None;
        }
        let mut i = slot_of(k) & self.mask;
        loop {
            let key = self.keys[i];
            if key == k {
                return Some(&self.rows[self.slots[i] as usize]);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[inline]
fn slot_of(k: u32) -> usize {
    (k.wrapping_mul(0x9e37_79b1) >> 7) as usize ^ k as usize
}

impl Model {
    pub(crate) fn from_parts(
        features_version: u32,
        gazetteer_fingerprint: u64,
        scale: f32,
        trans: Transitions,
        mut entries: Vec<(u32, [i16; N_TAGS])>,
        stats: Arc<WordStats>,
    ) -> Model {
        entries.sort_by_key(|e| e.0);
        entries.dedup_by_key(|e| e.0);
        Model {
            features_version,
            gazetteer_fingerprint,
            scale,
            o_penalty: 0,
            trans,
            table: Table::build(entries),
            stats,
            first: None,
        }
    }

    /// The first stage of a stacked model, if this is one.
    pub fn first_stage(&self) -> Option<&Model> {
        self.first.as_deref()
    }

    /// The word statistics the model was trained with (empty when none).
    pub fn stats(&self) -> &Arc<WordStats> {
        &self.stats
    }

    /// Number of features with a non-zero weight.
    pub fn n_features(&self) -> usize {
        self.table.rows.len()
    }

    pub fn gazetteer_fingerprint(&self) -> u64 {
        self.gazetteer_fingerprint
    }

    /// Emission scores of every token.
    pub(crate) fn emissions(&self, feats: &SentenceFeatures, out: &mut Vec<[i32; N_TAGS]>) {
        out.clear();
        for i in 0..feats.len() {
            let mut s = [0i32; N_TAGS];
            for &f in feats.token(i) {
                if let Some(row) = self.table.get(f) {
                    for (a, &w) in s.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                }
            }
            s[0] -= self.o_penalty;
            out.push(s);
        }
    }

    /// Adds the scores of more features of the same tokens (no O penalty).
    pub(crate) fn add_emissions(&self, feats: &SentenceFeatures, out: &mut [[i32; N_TAGS]]) {
        for (i, s) in out.iter_mut().enumerate().take(feats.len()) {
            for &f in feats.token(i) {
                if let Some(row) = self.table.get(f) {
                    for (a, &w) in s.iter_mut().zip(row) {
                        *a += w as i32;
                    }
                }
            }
        }
    }

    /// Sets the O penalty in averaged-weight units (see the field's doc).
    pub fn set_o_penalty(&mut self, penalty: f64) {
        self.o_penalty = (penalty * self.scale as f64).round() as i32;
    }

    /// Best tag sequence.
    pub(crate) fn decode(&self, emissions: &[[i32; N_TAGS]]) -> Vec<Tag> {
        viterbi(emissions, &self.trans)
    }

    /// Scale, O penalty, transitions and the weight table.
    fn write_weights(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.o_penalty.to_le_bytes());
        for row in &self.trans {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut entries: Vec<(u32, &[i16; N_TAGS])> = self
            .table
            .keys
            .iter()
            .zip(&self.table.slots)
            .filter(|(k, _)| **k != 0)
            .map(|(k, s)| (*k, &self.table.rows[*s as usize]))
            .collect();
        entries.sort_by_key(|e| e.0);
        out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (k, row) in entries {
            put_varint(out, (k - prev) as u64);
            prev = k;
            let mut mask = 0u16;
            for (t, w) in row.iter().enumerate() {
                if *w != 0 {
                    mask |= 1 << t;
                }
            }
            out.extend_from_slice(&mask.to_le_bytes());
            for w in row.iter().filter(|w| **w != 0) {
                put_varint(out, zigzag(*w as i64));
            }
        }
    }

    /// Serializes to the compact binary format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.table.rows.len() * 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.features_version.to_le_bytes());
        out.extend_from_slice(&self.gazetteer_fingerprint.to_le_bytes());
        self.write_weights(&mut out);
        let stats = self.stats.packed();
        out.extend_from_slice(&(stats.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (k, p) in stats {
            put_varint(&mut out, (k - prev) as u64);
            put_varint(&mut out, p);
            prev = k;
        }
        match &self.first {
            Some(first) => {
                out.push(1);
                first.write_weights(&mut out);
            }
            None => out.push(0),
        }
        let sum = fnv(FNV_OFFSET, &out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses the binary format; `source_name` names the input in errors.
    pub fn from_bytes(bytes: &[u8], source_name: &str) -> Result<Model, NerError> {
        let bad = |m: &str| NerError::new(source_name, None, NerErrorKind::BadModel(m.to_string()));
        if bytes.len() < MAGIC.len() + 8 || &bytes[..8] != MAGIC {
            return Err(bad(
                "missing RSDNER01 header (train one with `rasad ner train`)",
            ));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let sum = u64::from_le_bytes(sum.try_into().expect("8 bytes"));
        if fnv(FNV_OFFSET, body) != sum {
            return Err(bad("checksum mismatch (truncated or corrupted file)"));
        }
        let mut r = Reader { b: body, pos: 8 };
        let trunc = || bad("truncated");
        let features_version = r.u32().ok_or_else(trunc)?;
        if features_version != crate::features::FEATURES_VERSION {
            return Err(bad(&format!(
                "built for feature set {features_version}, this build extracts feature set {}; retrain with `rasad ner train`",
                crate::features::FEATURES_VERSION
            )));
        }
        let gazetteer_fingerprint = r.u64().ok_or_else(trunc)?;
        let (scale, o_penalty, trans, entries) = read_weights(&mut r, body.len(), &bad)?;
        let m = r.u32().ok_or_else(trunc)? as usize;
        if m > body.len() {
            return Err(bad("statistics count larger than the file"));
        }
        let mut stats = Vec::with_capacity(m);
        let mut key = 0u32;
        for _ in 0..m {
            let delta = r.varint().ok_or_else(trunc)?;
            key = u32::try_from(key as u64 + delta).map_err(|_| bad("stem hash overflow"))?;
            stats.push((key, r.varint().ok_or_else(trunc)?));
        }
        let stats = Arc::new(WordStats::from_packed(stats));
        let first = match r.take::<1>().ok_or_else(trunc)?[0] {
            0 => None,
            1 => {
                let (scale, o_penalty, trans, entries) = read_weights(&mut r, body.len(), &bad)?;
                let mut f = Model::from_parts(
                    features_version,
                    gazetteer_fingerprint,
                    scale,
                    trans,
                    entries,
                    stats.clone(),
                );
                f.o_penalty = o_penalty;
                Some(Arc::new(f))
            }
            _ => return Err(bad("bad stage flag")),
        };
        if r.pos != body.len() {
            return Err(bad("trailing bytes"));
        }
        let mut m = Model::from_parts(
            features_version,
            gazetteer_fingerprint,
            scale,
            trans,
            entries,
            stats,
        );
        m.o_penalty = o_penalty;
        m.first = first;
        Ok(m)
    }
}

type Weights = (f32, i32, Transitions, Vec<(u32, [i16; N_TAGS])>);

/// Reads what [`Model::write_weights`] wrote.
fn read_weights(
    r: &mut Reader<'_>,
    body_len: usize,
    bad: &dyn Fn(&str) -> NerError,
) -> Result<Weights, NerError> {
    let trunc = || bad("truncated");
    let scale = f32::from_bits(r.u32().ok_or_else(trunc)?);
    let o_penalty = r.u32().ok_or_else(trunc)? as i32;
    let mut trans = [[0i32; N_TAGS]; N_TAGS + 1];
    for row in trans.iter_mut() {
        for w in row.iter_mut() {
            *w = r.u32().ok_or_else(trunc)? as i32;
        }
    }
    let n = r.u32().ok_or_else(trunc)? as usize;
    if n > body_len {
        return Err(bad("entry count larger than the file"));
    }
    let mut entries = Vec::with_capacity(n);
    let mut key = 0u32;
    for _ in 0..n {
        let delta = r.varint().ok_or_else(trunc)?;
        key = u32::try_from(key as u64 + delta).map_err(|_| bad("feature id overflow"))?;
        let mask = r.u16().ok_or_else(trunc)?;
        let mut row = [0i16; N_TAGS];
        for (t, w) in row.iter_mut().enumerate() {
            if mask & (1 << t) != 0 {
                let v = unzigzag(r.varint().ok_or_else(trunc)?);
                *w = i16::try_from(v).map_err(|_| bad("weight out of range"))?;
            }
        }
        if key == 0 {
            return Err(bad("feature id 0"));
        }
        entries.push((key, row));
    }
    Ok((scale, o_penalty, trans, entries))
}

/// First-order Viterbi with IOB2 constraints (an I-X only after B-X or I-X).
pub(crate) fn viterbi(emissions: &[[i32; N_TAGS]], trans: &Transitions) -> Vec<Tag> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    const NEG: i64 = i64::MIN / 4;
    let allowed = allowed_table();
    let mut score = [NEG; N_TAGS];
    for (t, s) in score.iter_mut().enumerate() {
        if allowed[N_TAGS][t] {
            *s = trans[N_TAGS][t] as i64 + emissions[0][t] as i64;
        }
    }
    let mut back = vec![[0u8; N_TAGS]; n];
    for i in 1..n {
        let mut next = [NEG; N_TAGS];
        for cur in 0..N_TAGS {
            let mut best = NEG;
            let mut arg = 0u8;
            for prev in 0..N_TAGS {
                if !allowed[prev][cur] || score[prev] == NEG {
                    continue;
                }
                let s = score[prev] + trans[prev][cur] as i64;
                if s > best {
                    best = s;
                    arg = prev as u8;
                }
            }
            if best > NEG {
                next[cur] = best + emissions[i][cur] as i64;
                back[i][cur] = arg;
            }
        }
        score = next;
    }
    let mut best = 0;
    for t in 1..N_TAGS {
        if score[t] > score[best] {
            best = t;
        }
    }
    let mut tags = vec![Tag::O; n];
    for i in (0..n).rev() {
        tags[i] = Tag::from_index(best);
        best = back[i][best] as usize;
    }
    tags
}

pub(crate) fn allowed_table() -> [[bool; N_TAGS]; N_TAGS + 1] {
    let mut a = [[false; N_TAGS]; N_TAGS + 1];
    for (prev, row) in a.iter_mut().enumerate() {
        let p = (prev < N_TAGS).then(|| Tag::from_index(prev));
        for (cur, ok) in row.iter_mut().enumerate() {
            *ok = Tag::from_index(cur).may_follow(p);
        }
    }
    a
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take<const K: usize>(&mut self) -> Option<[u8; K]> {
        let s = self.b.get(self.pos..self.pos + K)?;
        self.pos += K;
        s.try_into().ok()
    }
    fn u16(&mut self) -> Option<u16> {
        self.take::<2>().map(u16::from_le_bytes)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take::<4>().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.take::<8>().map(u64::from_le_bytes)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.b.get(self.pos)?;
            self.pos += 1;
            v |= ((byte & 0x7f) as u64) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::EntityKind;

    fn tiny() -> Model {
        let mut trans = [[0; N_TAGS]; N_TAGS + 1];
        trans[1][2] = 5;
        Model::from_parts(
            crate::features::FEATURES_VERSION,
            42,
            100.0,
            trans,
            vec![(7, [0, 3, 0, 0, 0, 0, 0, 0, -2]), (123_456, [1; N_TAGS])],
            Arc::new(WordStats::from_packed([(5, 0x1234), (9, 7)])),
        )
    }

    #[test]
    fn binary_round_trip() {
        let m = tiny();
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes, "m.bin").unwrap();
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.gazetteer_fingerprint, 42);
        assert_eq!(back.trans[1][2], 5);
        assert_eq!(back.table.get(7), Some(&[0, 3, 0, 0, 0, 0, 0, 0, -2]));
        assert_eq!(back.table.get(8), None);
    }

    #[test]
    fn stacked_binary_round_trip() {
        let mut m = tiny();
        let mut first = tiny();
        first.trans[1][2] = 9;
        m.first = Some(Arc::new(first));
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes, "m.bin").unwrap();
        assert_eq!(back.to_bytes(), bytes);
        let f = back.first_stage().expect("first stage");
        assert_eq!(f.trans[1][2], 9);
        assert_eq!(f.table.get(123_456), Some(&[1; N_TAGS]));
        assert_eq!(f.stats().len(), 2, "the stages share the statistics");
    }

    #[test]
    fn corrupted_models_are_errors() {
        let bytes = tiny().to_bytes();
        for cut in [0, 5, 8, 20, bytes.len() - 1] {
            assert!(
                Model::from_bytes(&bytes[..cut], "m.bin").is_err(),
                "cut {cut}"
            );
        }
        let mut flipped = bytes.clone();
        flipped[30] ^= 1;
        let e = Model::from_bytes(&flipped, "m.bin").unwrap_err();
        assert!(e.to_string().starts_with("m.bin: "), "{e}");
    }

    #[test]
    fn viterbi_prefers_transitions_and_respects_iob2() {
        let mut trans = [[0; N_TAGS]; N_TAGS + 1];
        // I-PERS scores best on its own at token 0, but may not start a sentence.
        let e = vec![[0, 1, 0, 0, 0, 0, 0, 0, 0], [0, 0, 5, 0, 0, 0, 0, 0, 0]];
        let tags = viterbi(&e, &trans);
        let p = EntityKind::Person;
        assert_eq!(tags, vec![Tag::B(p), Tag::I(p)]);
        let e = vec![[0, 0, 9, 0, 0, 0, 0, 0, 0]];
        assert_eq!(viterbi(&e, &trans), vec![Tag::O]);
        // A strong O→O transition outweighs weak emissions.
        trans[0][0] = 10;
        trans[N_TAGS][0] = 10;
        let e = vec![[0, 3, 0, 0, 0, 0, 0, 0, 0], [0, 3, 0, 0, 0, 0, 0, 0, 0]];
        assert_eq!(viterbi(&e, &trans), vec![Tag::O, Tag::O]);
        assert!(viterbi(&[], &trans).is_empty());
    }

    #[test]
    fn zigzag_round_trips() {
        for v in [0i64, 1, -1, 32767, -32768, 12345, -999] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
    }
}
