//! Feature extraction: each token becomes a list of hashed feature ids.
//!
//! Features are never materialised as strings. Every token first gets a few *value hashes*
//! (its form, stem, article+stem "core", clitic signature, shape, trigger class); a feature is a
//! template id mixed with one or two value hashes, possibly of a neighbour (±2). The final
//! 32-bit id indexes the model's sparse weight table. Collisions are rare (a few hundred
//! thousand live features in 2³²) and identical in training and tagging, so they cost nothing
//! but a hair of accuracy.

use crate::gazetteer::{Gazetteer, Membership, TermClass};
use crate::stats::{cluster_prefix, WordStats, WordStatsBuilder, N_STATS};
use crate::tag::Tag;
use rasad_text::{nisba, Normalizer, SegmentKind, Token, TokenKind};
use std::collections::HashMap;
use std::sync::Arc;

/// Bumped whenever templates or value hashes change: a model records it and refuses to load
/// with a different extractor.
pub const FEATURES_VERSION: u32 = 3;

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over bytes, continuing from `h`.
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A strong 64-bit mixer (splitmix64 finaliser).
#[inline]
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[inline]
fn fid(template: u64, a: u64, b: u64) -> u32 {
    let h = mix(mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a) ^ b.rotate_left(17));
    // 0 marks an empty slot in the weight table.
    ((h ^ (h >> 32)) as u32).max(1)
}

fn str_hash(s: &str) -> u64 {
    mix(fnv(FNV_OFFSET, s.as_bytes()))
}

/// Word classes that announce an entity nearby (`الرئيس` before a person, `مدينة` before a
/// place). Listed in plain Arabic, compared on the matching-normalized stem (article dropped).
const TRIGGERS: [(u8, &[&str]); 5] = [
    (
        1, // person titles and roles
        &[
            "رئيس",
            "وزير",
            "ملك",
            "أمير",
            "شيخ",
            "سيد",
            "سيدة",
            "زعيم",
            "متحدث",
            "نائب",
            "مستشار",
            "قائد",
            "جنرال",
            "دكتور",
            "عقيد",
            "لواء",
            "عميد",
            "مدرب",
            "لاعب",
            "نجم",
            "فنان",
            "فنانة",
            "كاتب",
            "شاعر",
            "مدير",
            "سفير",
            "مبعوث",
            "نجل",
            "ابن",
            "عضو",
            "مرشح",
            "رئيسة",
            "وزيرة",
            "الأمين",
            "أمين",
            "مندوب",
            "قاضي",
            "المستشار",
            "الإمام",
            "إمام",
            "بابا",
            "مطرب",
            "مخرج",
            "ممثل",
            "ممثلة",
            "مراسل",
            "محلل",
            "زوجة",
            "زوج",
            "شقيق",
            "والد",
        ],
    ),
    (
        2, // place words
        &[
            "مدينة",
            "محافظة",
            "ولاية",
            "بلدة",
            "قرية",
            "عاصمة",
            "منطقة",
            "إقليم",
            "جزيرة",
            "نهر",
            "بحر",
            "جبل",
            "مخيم",
            "حي",
            "شارع",
            "ميناء",
            "مطار",
            "دولة",
            "بلاد",
            "مقاطعة",
            "ضاحية",
            "قضاء",
            "ناحية",
            "شمال",
            "جنوب",
            "شرق",
            "غرب",
            "وسط",
            "صحراء",
            "خليج",
            "مضيق",
            "بحيرة",
        ],
    ),
    (
        3, // organisation words
        &[
            "حركة",
            "منظمة",
            "شركة",
            "جامعة",
            "حزب",
            "جماعة",
            "وكالة",
            "صحيفة",
            "مجلس",
            "بنك",
            "مصرف",
            "اتحاد",
            "جبهة",
            "هيئة",
            "مؤسسة",
            "جمعية",
            "نادي",
            "فريق",
            "مركز",
            "معهد",
            "وزارة",
            "محكمة",
            "قناة",
            "مجموعة",
            "تنظيم",
            "ميليشيا",
            "ميليشيات",
            "لجنة",
            "برلمان",
            "مكتب",
            "إذاعة",
            "تلفزيون",
            "مجلة",
            "اتحاد",
            "رابطة",
            "نقابة",
            "كتلة",
            "تحالف",
            "قوات",
            "جيش",
            "أكاديمية",
            "مستشفى",
            "ائتلاف",
            "كتائب",
            "سرايا",
            "لواء",
            "هيئة",
            "بورصة",
        ],
    ),
    (
        4, // reporting verbs (a person or organisation usually follows)
        &[
            "قال",
            "قالت",
            "أعلن",
            "أعلنت",
            "أكد",
            "أكدت",
            "صرح",
            "صرحت",
            "أضاف",
            "أضافت",
            "أوضح",
            "أوضحت",
            "أفاد",
            "أفادت",
            "ذكر",
            "ذكرت",
            "أشار",
            "أشارت",
            "نقلت",
            "نقل",
            "طالب",
            "دعا",
            "التقى",
            "استقبل",
            "زار",
            "اتهم",
        ],
    ),
    (
        5, // spatial prepositions
        &[
            "في",
            "من",
            "إلى",
            "نحو",
            "قرب",
            "عبر",
            "داخل",
            "خارج",
            "بين",
            "أنحاء",
            "حدود",
        ],
    ),
];

/// Cluster path prefix lengths used as features of the token itself.
const CLUSTER_PREFIXES: [u32; 4] = [4, 6, 8, 10];

/// Per-token values shared by the token's own and its neighbours' features.
#[derive(Clone, Copy, Debug, Default)]
struct Values {
    form: u64,
    stem: u64,
    core: u64,
    clitics: u64,
    shape: u64,
    trigger: u64,
    gaz: Membership,
    stem_key: u32,
    /// For a word left whole that starts with a clitic letter (`ومتعب`), the hash of the rest:
    /// the segmenter splits only known stems, and new names are exactly the unknown ones.
    alt: Option<u64>,
    /// Distributional cluster code of the stem (0 = none), see [`WordStats`].
    cluster: u16,
}

// Template ids. Changing or renumbering these requires bumping FEATURES_VERSION.
mod t {
    pub const BIAS: u64 = 1;
    pub const FORM: u64 = 2;
    pub const STEM: u64 = 3;
    pub const CORE: u64 = 4;
    pub const PREFIX: u64 = 5;
    pub const SUFFIX: u64 = 6;
    pub const CLITICS: u64 = 7;
    pub const SHAPE: u64 = 8;
    pub const NISBA: u64 = 9;
    pub const CORE_AT: u64 = 10;
    pub const STEM_AT: u64 = 11;
    pub const BIGRAM_LEFT: u64 = 12;
    pub const BIGRAM_RIGHT: u64 = 13;
    pub const TRIGGER_AT: u64 = 14;
    pub const SHAPE_AT: u64 = 15;
    pub const GAZ: u64 = 16;
    pub const GAZ_AT: u64 = 17;
    pub const FIRST: u64 = 18;
    pub const SUFFIX_AT: u64 = 19;
    pub const TRIGGER_STEM: u64 = 20;
    pub const STAT: u64 = 21;
    pub const STAT_PAIR: u64 = 22;
    pub const STAT_AT: u64 = 23;
    pub const ALT_STEM: u64 = 24;
    pub const ALT_STAT: u64 = 25;
    pub const CLUSTER: u64 = 26;
    pub const CLUSTER_AT: u64 = 27;
    pub const ALT_CLUSTER: u64 = 28;
    pub const DOC: u64 = 29;
    pub const DOC_AT: u64 = 30;
    pub const PREV_STEM_SHAPE: u64 = 31;
    pub const NEXT_STEM_SHAPE: u64 = 32;
    pub const TRIGGER_WINDOW_CLUSTER: u64 = 33;
    pub const TRIGGER_WINDOW: u64 = 34;
    pub const REPORT_NEXT_CLUSTER: u64 = 35;
    // Stacked (second-stage) features: what the first-stage model said.
    pub const S1_TAG: u64 = 36;
    pub const S1_BIGRAM: u64 = 37;
    pub const S1_TAG_SHAPE: u64 = 38;
    pub const TAGMEM: u64 = 39;
    pub const TAGMEM_MAJ: u64 = 40;
    pub const TAGMEM_X: u64 = 41;
    pub const TAGMEM_AT: u64 = 42;
    pub const TAGMEM_BEGINS: u64 = 43;
    pub const QUOTED: u64 = 44;
}

/// Turns tokens into hashed feature ids. Holds the trigger lists and the gazetteer; cheap to
/// share across threads.
#[derive(Clone, Debug)]
pub struct FeatureExtractor {
    triggers: HashMap<String, u8>,
    gazetteer: Gazetteer,
    stats: Arc<WordStats>,
    matching: Normalizer,
}

impl Default for FeatureExtractor {
    fn default() -> Self {
        FeatureExtractor::new(Gazetteer::default())
    }
}

/// A map keyed by stem keys, which are already hashes: hashing them again (std's SipHash)
/// would dominate the cost of building document memories.
pub(crate) type KeyMap<V> = HashMap<u32, V, std::hash::BuildHasherDefault<KeyHasher>>;

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u32(&mut self, k: u32) {
        self.0 = (k as u64 ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Document-level evidence about stems, from a window of sentences around the one being tagged
/// (built by [`FeatureExtractor::doc_memory`]).
#[derive(Clone, Debug, Default)]
pub struct DocMemory {
    map: KeyMap<[u8; 2]>,
}

impl DocMemory {
    /// The memory of several windows together (the same as building it from all their
    /// sentences at once).
    pub fn merged(parts: &[DocMemory]) -> DocMemory {
        let mut map: KeyMap<[u8; 2]> = KeyMap::default();
        for p in parts {
            for (k, v) in &p.map {
                let e = map.entry(*k).or_default();
                e[0] |= v[0];
                e[1] = e[1].saturating_add(v[1]);
            }
        }
        DocMemory { map }
    }
}

/// What a first-stage model said about each stem in a window of sentences: how many of its
/// occurrences it tagged O, PERS, LOC, ORG, MISC, and how many began an entity (built by
/// [`FeatureExtractor::tag_memory`]). The second stage sees, for every word, how the other
/// mentions of it in the document were tagged: the non-local consistency a first-order tagger
/// cannot see.
#[derive(Clone, Debug, Default)]
pub struct TagMemory {
    map: KeyMap<[u8; 6]>,
}

impl TagMemory {
    /// The memory of several windows together.
    pub fn merged(parts: &[TagMemory]) -> TagMemory {
        let mut map: KeyMap<[u8; 6]> = KeyMap::default();
        for p in parts {
            for (k, v) in &p.map {
                let e = map.entry(*k).or_default();
                for (a, b) in e.iter_mut().zip(v) {
                    *a = a.saturating_add(*b);
                }
            }
        }
        TagMemory { map }
    }
}

/// First-stage tags and the tag memory of the window, for second-stage features.
#[derive(Clone, Copy, Debug)]
pub struct Stacked<'a> {
    pub tags: &'a [Tag],
    pub memory: &'a TagMemory,
}

/// A 64-bit key of a sentence's text and token count (for caching its [`DocMemory`]).
pub(crate) fn content_key(text: &str, n_tokens: usize) -> u64 {
    mix(fnv(FNV_OFFSET, text.as_bytes()) ^ n_tokens as u64)
}

/// Combines two 64-bit keys (order matters).
pub(crate) fn mix_keys(h: u64, k: u64) -> u64 {
    mix(h.rotate_left(5) ^ k)
}

/// Sentences on each side of the tagged one whose words feed its [`DocMemory`].
pub const DOC_WINDOW: usize = 10;

/// Feature ids of a sentence: token `i` owns `ids[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug, Default)]
pub struct SentenceFeatures {
    pub ids: Vec<u32>,
    pub offsets: Vec<usize>,
    /// Stem key and shape hash of every token (for second-stage features).
    pub(crate) keys: Vec<u32>,
    pub(crate) shapes: Vec<u64>,
}

impl SentenceFeatures {
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.offsets[i]..self.offsets[i + 1]]
    }
}

impl FeatureExtractor {
    pub fn new(gazetteer: Gazetteer) -> FeatureExtractor {
        let matching = Normalizer::matching();
        let mut triggers = HashMap::new();
        for (class, words) in TRIGGERS {
            for w in words {
                let w = matching.normalize_str(w);
                let w = w.strip_prefix("ال").unwrap_or(&w).to_string();
                triggers.entry(w).or_insert(class);
            }
        }
        FeatureExtractor {
            triggers,
            gazetteer,
            stats: Arc::default(),
            matching,
        }
    }

    /// Uses word statistics from unlabelled text (see [`WordStats`]).
    pub fn with_stats(mut self, stats: Arc<WordStats>) -> FeatureExtractor {
        self.stats = stats;
        self
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn stats(&self) -> &Arc<WordStats> {
        &self.stats
    }

    /// Adds one sentence of unlabelled text to word statistics.
    pub fn count_stats(&self, builder: &mut WordStatsBuilder, tokens: &[Token]) {
        let mut keys = Vec::with_capacity(tokens.len());
        let mut classes = Vec::with_capacity(tokens.len());
        for t in tokens {
            let (v, _) = self.values(t, 0);
            keys.push(v.stem_key);
            classes.push(v.trigger as u8);
        }
        builder.add(tokens, &keys, &classes);
    }

    /// Adds the entity types a first model gave one sentence of unlabelled text.
    pub fn count_tags(&self, builder: &mut WordStatsBuilder, tokens: &[Token], tags: &[Tag]) {
        let mut keys = Vec::with_capacity(tokens.len());
        let mut kinds = Vec::with_capacity(tokens.len());
        for (t, tag) in tokens.iter().zip(tags) {
            let (v, _) = self.values(t, 0);
            keys.push(v.stem_key);
            kinds.push(tag.kind().map_or(0, |k| k as u8 + 1));
        }
        builder.add_tags(&keys, &kinds);
    }

    /// Feature ids of every token of one sentence.
    pub fn extract(&self, tokens: &[Token]) -> SentenceFeatures {
        let mut out = SentenceFeatures {
            ids: Vec::with_capacity(tokens.len() * 40),
            offsets: Vec::with_capacity(tokens.len() + 1),
            ..SentenceFeatures::default()
        };
        self.extract_into(tokens, &mut out);
        out
    }

    /// Like [`extract`](Self::extract), reusing `out`'s buffers.
    pub fn extract_into(&self, tokens: &[Token], out: &mut SentenceFeatures) {
        self.extract_with(tokens, None, out)
    }

    /// Feature ids with document-level evidence from the surrounding sentences (see
    /// [`DocMemory`]).
    pub fn extract_in_document(&self, tokens: &[Token], memory: &DocMemory) -> SentenceFeatures {
        let mut out = SentenceFeatures::default();
        self.extract_with(tokens, Some(memory), &mut out);
        out
    }

    /// The first-stage tags of one sentence per stem (see [`TagMemory`]); `feats` are the
    /// sentence's features from this extractor (they remember each token's stem).
    pub fn tag_memory(
        &self,
        tokens: &[Token],
        feats: &SentenceFeatures,
        tags: &[Tag],
    ) -> TagMemory {
        let mut map: KeyMap<[u8; 6]> = KeyMap::default();
        for ((tok, tag), &key) in tokens.iter().zip(tags).zip(&feats.keys) {
            if tok.kind != TokenKind::Word {
                continue;
            }
            let e = map.entry(key).or_default();
            let k = tag.kind().map_or(0, |k| k as usize + 1);
            e[k] = e[k].saturating_add(1);
            if matches!(tag, Tag::B(_)) {
                e[5] = e[5].saturating_add(1);
            }
        }
        TagMemory { map }
    }

    /// What the sentences of a document window say about each stem: whether it follows a
    /// person title, a place word, an organisation word, a reporting verb or a spatial
    /// preposition somewhere, whether it takes the article, and how often it occurs. A name
    /// introduced as `الرئيس X` in one sentence is then recognised as a person in the next,
    /// where it stands alone.
    pub fn doc_memory<'a>(&self, sentences: impl IntoIterator<Item = &'a [Token]>) -> DocMemory {
        let mut map: KeyMap<[u8; 2]> = KeyMap::default();
        let mut vals: Vec<(u32, u8)> = Vec::new();
        for tokens in sentences {
            vals.clear();
            vals.extend(tokens.iter().map(|t| {
                let (v, _) = self.values(t, 0);
                (v.stem_key, v.trigger as u8)
            }));
            for (i, tok) in tokens.iter().enumerate() {
                if tok.kind != TokenKind::Word || vals[i].1 != 0 {
                    continue;
                }
                let before = |d: usize| i.checked_sub(d).map_or(0, |j| vals[j].1);
                let e = map.entry(vals[i].0).or_default();
                e[1] = e[1].saturating_add(1);
                if (1..=3).any(|d| before(d) == 1) {
                    e[0] |= 1;
                }
                if before(1) == 2 {
                    e[0] |= 2;
                }
                if (1..=2).any(|d| before(d) == 3) {
                    e[0] |= 4;
                }
                if before(1) == 4 {
                    e[0] |= 8;
                }
                if before(1) == 5 {
                    e[0] |= 16;
                }
                if tok.segments.iter().any(|s| s.kind == SegmentKind::Article) {
                    e[0] |= 32;
                }
            }
        }
        DocMemory { map }
    }

    fn extract_with(
        &self,
        tokens: &[Token],
        memory: Option<&DocMemory>,
        out: &mut SentenceFeatures,
    ) {
        out.ids.clear();
        out.offsets.clear();
        out.offsets.push(0);
        let gaz = self.gazetteer.membership(tokens);
        let mut stems: Vec<String> = Vec::with_capacity(tokens.len());
        let mut vals: Vec<Values> = Vec::with_capacity(tokens.len());
        for (tok, &g) in tokens.iter().zip(&gaz) {
            let (v, stem) = self.values(tok, g);
            vals.push(v);
            stems.push(stem);
        }
        let pad_start = Values {
            form: 0x5354_4152,
            stem: 0x5354_4152,
            core: 0x5354_4152,
            shape: 0x5354_4152,
            ..Values::default()
        };
        let pad_end = Values {
            form: 0x0045_4e44,
            stem: 0x0045_4e44,
            core: 0x0045_4e44,
            shape: 0x0045_4e44,
            ..Values::default()
        };
        let at = |i: isize| -> &Values {
            if i < 0 {
                &pad_start
            } else if i as usize >= vals.len() {
                &pad_end
            } else {
                &vals[i as usize]
            }
        };
        for i in 0..tokens.len() {
            let ids = &mut out.ids;
            let v = &vals[i];
            let ii = i as isize;
            ids.push(fid(t::BIAS, 0, 0));
            ids.push(fid(t::FORM, v.form, 0));
            ids.push(fid(t::STEM, v.stem, 0));
            ids.push(fid(t::CORE, v.core, 0));
            ids.push(fid(t::CLITICS, v.clitics, 0));
            ids.push(fid(t::SHAPE, v.shape, 0));
            if i == 0 {
                ids.push(fid(t::FIRST, 0, 0));
            }
            let stem = &stems[i];
            let chars: Vec<(usize, char)> = stem.char_indices().collect();
            let n = chars.len();
            for k in 1..=4usize.min(n.saturating_sub(1)) {
                let p = &stem[..chars[k].0];
                let s = &stem[chars[n - k].0..];
                ids.push(fid(t::PREFIX, str_hash(p), k as u64));
                ids.push(fid(t::SUFFIX, str_hash(s), k as u64));
            }
            if tokens[i].kind == TokenKind::Word && nisba(stem).is_some() {
                ids.push(fid(t::NISBA, 0, 0));
            }
            for d in [-2isize, -1, 1, 2] {
                let o = at(ii + d);
                let dd = d as u64;
                ids.push(fid(t::CORE_AT, o.core, dd));
                ids.push(fid(t::TRIGGER_AT, o.trigger, dd));
                if d.abs() == 1 {
                    ids.push(fid(t::STEM_AT, o.stem, dd));
                    ids.push(fid(t::SHAPE_AT, o.shape, dd));
                    ids.push(fid(t::TRIGGER_STEM, o.trigger, v.stem));
                    if let Some(s) = usize::try_from(ii + d).ok().and_then(|j| stems.get(j)) {
                        ids.push(fid(t::SUFFIX_AT, str_hash(last_chars(s, 2)), dd));
                    }
                }
                if o.gaz != 0 {
                    push_gaz(ids, t::GAZ_AT, o.gaz, dd);
                }
            }
            ids.push(fid(t::BIGRAM_LEFT, at(ii - 1).core, v.core));
            ids.push(fid(t::BIGRAM_RIGHT, v.core, at(ii + 1).core));
            if v.gaz != 0 {
                push_gaz(ids, t::GAZ, v.gaz, 0);
            }
            if v.cluster != 0 {
                for p in CLUSTER_PREFIXES {
                    ids.push(fid(t::CLUSTER, cluster_prefix(v.cluster, p), 0));
                }
            }
            for d in [-2isize, -1, 1, 2] {
                let o = at(ii + d);
                let dd = d as u64;
                if d.abs() == 1 {
                    ids.push(fid(t::CLUSTER_AT, cluster_prefix(o.cluster, 4), dd));
                    ids.push(fid(t::CLUSTER_AT, cluster_prefix(o.cluster, 10), dd));
                } else {
                    ids.push(fid(t::CLUSTER_AT, cluster_prefix(o.cluster, 4), dd));
                }
            }
            // Conjunctions: a neighbour's stem with this token's shape; a trigger class within
            // three tokens to the left with this token's coarse cluster; a reporting verb next.
            ids.push(fid(t::PREV_STEM_SHAPE, at(ii - 1).stem, v.shape));
            ids.push(fid(t::NEXT_STEM_SHAPE, at(ii + 1).stem, v.shape));
            for d in [-3isize, -2, -1] {
                let o = at(ii + d);
                if o.trigger != 0 {
                    ids.push(fid(
                        t::TRIGGER_WINDOW_CLUSTER,
                        o.trigger,
                        cluster_prefix(v.cluster, 4),
                    ));
                    ids.push(fid(t::TRIGGER_WINDOW, o.trigger, 0));
                }
            }
            // Between quotation marks close on both sides: titles, brands, newspapers.
            if tokens[i].kind != TokenKind::Punct {
                let quote = |j: usize| {
                    tokens[j].kind == TokenKind::Punct
                        && matches!(tokens[j].norm.as_str(), "\"" | "«" | "»" | "“" | "”" | "'")
                };
                let left = (1..=4).find(|&d| i >= d && quote(i - d));
                let right = (1..=4).find(|&d| i + d < tokens.len() && quote(i + d));
                if let (Some(l), Some(r)) = (left, right) {
                    ids.push(fid(t::QUOTED, l.min(3) as u64, r.min(3) as u64));
                    ids.push(fid(t::QUOTED, 8, v.shape));
                }
            }
            if at(ii + 1).trigger == 4 {
                ids.push(fid(t::REPORT_NEXT_CLUSTER, cluster_prefix(v.cluster, 4), 0));
            }
            if let Some(mem) = memory {
                if tokens[i].kind == TokenKind::Word && v.trigger == 0 {
                    if let Some(e) = mem.map.get(&v.stem_key) {
                        for b in 0..6 {
                            if e[0] & (1 << b) != 0 {
                                ids.push(fid(t::DOC, b, 0));
                            }
                        }
                        ids.push(fid(t::DOC, 100 + (e[0] & 31) as u64, e[1].min(4) as u64));
                    }
                }
                for d in [-1isize, 1] {
                    let j = ii + d;
                    if j < 0 || j as usize >= tokens.len() {
                        continue;
                    }
                    let o = &vals[j as usize];
                    if tokens[j as usize].kind == TokenKind::Word && o.trigger == 0 {
                        if let Some(e) = mem.map.get(&o.stem_key) {
                            ids.push(fid(t::DOC_AT, (e[0] & 31) as u64, d as u64));
                        }
                    }
                }
            }
            if let Some(alt) = v.alt {
                ids.push(fid(t::ALT_STEM, alt, 0));
                let c = self.stats.cluster((alt as u32).max(1));
                if c != 0 {
                    ids.push(fid(t::ALT_CLUSTER, cluster_prefix(c, 6), 0));
                    ids.push(fid(t::ALT_CLUSTER, cluster_prefix(c, 10), 0));
                }
                if let Some(b) = self.stats.get((alt as u32).max(1)) {
                    for (j, x) in b.iter().enumerate() {
                        ids.push(fid(t::ALT_STAT, j as u64, *x as u64));
                    }
                }
            }
            if !self.stats.is_empty() {
                match self.stats.get(v.stem_key) {
                    Some(b) => {
                        for (j, x) in b.iter().enumerate() {
                            ids.push(fid(t::STAT, j as u64, *x as u64));
                        }
                        ids.push(fid(t::STAT_PAIR, b[0] as u64, b[1] as u64));
                        ids.push(fid(t::STAT_PAIR, 256 + b[6] as u64, b[7] as u64));
                    }
                    None => ids.push(fid(t::STAT, N_STATS as u64, 0)),
                }
                for d in [-1isize, 1] {
                    if let Some(o) = usize::try_from(ii + d).ok().and_then(|j| vals.get(j)) {
                        let b = self.stats.get(o.stem_key).map_or(0, |b| b[2]);
                        ids.push(fid(t::STAT_AT, b as u64, d as u64));
                    }
                }
            }
            out.offsets.push(ids.len());
        }
        out.keys.clear();
        out.keys.extend(vals.iter().map(|v| v.stem_key));
        out.shapes.clear();
        out.shapes.extend(vals.iter().map(|v| v.shape));
    }

    /// Second-stage features only (the first-stage ones are in `feats`, this extractor's
    /// features of the same sentence): what a first-stage model said about this sentence and
    /// about the window's words.
    pub fn stacked_features(
        &self,
        tokens: &[Token],
        feats: &SentenceFeatures,
        st: Stacked<'_>,
    ) -> SentenceFeatures {
        let mut out = SentenceFeatures {
            ids: Vec::with_capacity(tokens.len() * 12),
            offsets: Vec::with_capacity(tokens.len() + 1),
            ..SentenceFeatures::default()
        };
        out.offsets.push(0);
        for i in 0..tokens.len() {
            self.push_stacked(&mut out.ids, tokens, feats, i, st);
            out.offsets.push(out.ids.len());
        }
        out
    }

    fn push_stacked(
        &self,
        ids: &mut Vec<u32>,
        tokens: &[Token],
        feats: &SentenceFeatures,
        i: usize,
        st: Stacked<'_>,
    ) {
        let tag_at = |j: isize| -> u64 {
            if j < 0 {
                10
            } else {
                st.tags.get(j as usize).map_or(11, |t| t.index() as u64)
            }
        };
        let ii = i as isize;
        let t0 = tag_at(ii);
        for d in -2isize..=2 {
            ids.push(fid(t::S1_TAG, tag_at(ii + d), d as u64));
        }
        ids.push(fid(t::S1_BIGRAM, tag_at(ii - 1), t0));
        ids.push(fid(t::S1_BIGRAM, 16 + t0, tag_at(ii + 1)));
        ids.push(fid(t::S1_TAG_SHAPE, t0, feats.shapes[i]));
        // The window's verdict on a stem: its majority type and how often it was an entity.
        let verdict = |j: usize| -> Option<(u64, u64, &[u8; 6])> {
            if tokens[j].kind != TokenKind::Word {
                return None;
            }
            let e = st.memory.map.get(&feats.keys[j])?;
            let total: u32 = e[..5].iter().map(|&c| c as u32).sum();
            let ent = total - e[0] as u32;
            let maj = (1..5)
                .max_by_key(|&k| (e[k], std::cmp::Reverse(k)))
                .unwrap_or(1);
            let maj = if ent == 0 { 0 } else { maj as u64 };
            let share = if total == 0 {
                0
            } else {
                (4 * ent).div_ceil(total) as u64
            };
            Some((maj, share, e))
        };
        if let Some((maj, share, e)) = verdict(i) {
            for (k, &c) in e.iter().enumerate().take(5).skip(1) {
                if c > 0 {
                    ids.push(fid(t::TAGMEM, k as u64, (c as u64).min(3)));
                }
            }
            ids.push(fid(t::TAGMEM_MAJ, maj, share));
            ids.push(fid(t::TAGMEM_X, maj * 16 + share, t0));
            let begins =
                (e[5] as u64 * 4).div_ceil((e[1..5].iter().map(|&c| c as u64).sum::<u64>()).max(1));
            ids.push(fid(t::TAGMEM_BEGINS, maj, begins));
        }
        for d in [-1isize, 1] {
            let j = ii + d;
            if j < 0 || j as usize >= tokens.len() {
                continue;
            }
            if let Some((maj, share, _)) = verdict(j as usize) {
                ids.push(fid(t::TAGMEM_AT, maj * 16 + share, d as u64));
            }
        }
    }

    /// The value hashes of one token and its matching-normalized stem.
    fn values(&self, tok: &Token, gaz: Membership) -> (Values, String) {
        let m = &self.matching;
        let form = tok.matching.clone();
        let mut stem = String::new();
        let mut core = String::new();
        let mut clitics = String::new();
        for seg in &tok.segments {
            match seg.kind {
                SegmentKind::Stem => {
                    stem = m.normalize_str(&seg.text);
                    core.push_str(&stem);
                }
                SegmentKind::Article => {
                    core.push_str("ال");
                    clitics.push_str("ال+");
                }
                SegmentKind::Proclitic => {
                    clitics.push_str(&seg.text);
                    clitics.push('+');
                }
                SegmentKind::Enclitic => {
                    clitics.push('+');
                    clitics.push_str(&seg.text);
                }
            }
        }
        let n = stem.chars().count();
        let len_bucket = match n {
            0..=5 => n as u64,
            6..=7 => 6,
            _ => 8,
        };
        let kind = match tok.kind {
            TokenKind::Word => 1u64,
            TokenKind::Number => 2,
            TokenKind::Latin => 3,
            TokenKind::Punct => 4,
            TokenKind::Symbol => 5,
        };
        let shape = if tok.kind == TokenKind::Punct {
            str_hash(&form) ^ 0x70
        } else {
            mix(kind << 8 | len_bucket)
        };
        let trigger = self.triggers.get(&stem).copied().unwrap_or(0) as u64;
        let stem_hash = str_hash(&stem);
        let alt = (tok.kind == TokenKind::Word && tok.segments.len() == 1 && n >= 5)
            .then(|| stem.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']))
            .flatten()
            .map(str_hash);
        let v = Values {
            form: str_hash(&form),
            stem: stem_hash,
            stem_key: (stem_hash as u32).max(1),
            alt,
            core: str_hash(&core),
            clitics: str_hash(&clitics),
            shape,
            trigger,
            gaz,
            cluster: self.stats.cluster((stem_hash as u32).max(1)),
        };
        (v, stem)
    }
}

fn last_chars(s: &str, k: usize) -> &str {
    let mut it = s.char_indices().rev();
    let mut start = s.len();
    for _ in 0..k {
        match it.next() {
            Some((i, _)) => start = i,
            None => break,
        }
    }
    &s[start..]
}

fn push_gaz(ids: &mut Vec<u32>, template: u64, m: Membership, d: u64) {
    for c in TermClass::ALL {
        let b = 2 * c as u16;
        if m & (1 << b) != 0 {
            ids.push(fid(template, 2 * c as u64, d));
        }
        if m & (1 << (b + 1)) != 0 {
            ids.push(fid(template, 2 * c as u64 + 1, d));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_text::Analyzer;

    fn feats(text: &str) -> SentenceFeatures {
        let a = Analyzer::default().analyze(text);
        FeatureExtractor::default().extract(&a.tokens)
    }

    #[test]
    fn one_feature_list_per_token_no_zero_ids() {
        let f = feats("قال الرئيس الروسي فلاديمير بوتين في موسكو");
        assert_eq!(f.len(), 7);
        assert!(f.ids.iter().all(|&id| id != 0));
        for i in 0..f.len() {
            assert!(f.token(i).len() > 20);
        }
    }

    #[test]
    fn clitics_do_not_change_stem_features() {
        // وبموسكو and موسكو share the stem, core and context features but not the form.
        let a = feats("زار موسكو امس");
        let b = feats("زار وبموسكو امس");
        let fa: std::collections::HashSet<u32> = a.token(1).iter().copied().collect();
        let fb: std::collections::HashSet<u32> = b.token(1).iter().copied().collect();
        let stem = fid(t::STEM, str_hash("موسكو"), 0);
        assert!(fa.contains(&stem) && fb.contains(&stem));
        assert!(
            fa.len() - fa.intersection(&fb).count() >= 2,
            "form and clitics differ"
        );
    }

    #[test]
    fn trigger_class_reaches_the_next_token() {
        let f = feats("الرئيس زيد");
        assert!(f
            .token(1)
            .contains(&fid(t::TRIGGER_AT, 1, (-1isize) as u64)));
        let g = feats("الكتاب زيد");
        assert!(!g
            .token(1)
            .contains(&fid(t::TRIGGER_AT, 1, (-1isize) as u64)));
    }

    #[test]
    fn gazetteer_membership_becomes_features() {
        let g = Gazetteer::from_terms([("زيد", TermClass::Person)]);
        let a = Analyzer::default().analyze("الرئيس زيد");
        let with = FeatureExtractor::new(g).extract(&a.tokens);
        let without = FeatureExtractor::default().extract(&a.tokens);
        let b = 2 * TermClass::Person as u64;
        assert!(with.token(1).contains(&fid(t::GAZ, b, 0)));
        assert!(!without.token(1).contains(&fid(t::GAZ, b, 0)));
        assert!(with.token(0).contains(&fid(t::GAZ_AT, b, 1)));
    }

    #[test]
    fn document_memory_carries_a_title_to_another_sentence() {
        let a = Analyzer::default();
        let fx = FeatureExtractor::default();
        let s1 = a.analyze("قال الرئيس زيدان امس");
        let s2 = a.analyze("وصل زيدان الى المدينة");
        let mem = fx.doc_memory([&s1.tokens[..], &s2.tokens[..]]);
        let with = fx.extract_in_document(&s2.tokens, &mem);
        let alone = fx.extract(&s2.tokens);
        assert!(
            with.token(1).contains(&fid(t::DOC, 0, 0)),
            "after a person title"
        );
        assert!(!alone.token(1).contains(&fid(t::DOC, 0, 0)));
        let parts = [
            fx.doc_memory([&s1.tokens[..]]),
            fx.doc_memory([&s2.tokens[..]]),
        ];
        assert_eq!(DocMemory::merged(&parts).map, mem.map);
    }

    #[test]
    fn tag_memory_carries_first_stage_tags_to_other_mentions() {
        use crate::tag::EntityKind;
        let a = Analyzer::default();
        let fx = FeatureExtractor::default();
        let s1 = a.analyze("أعلنت نوكيا أمس");
        let s2 = a.analyze("وقالت نوكيا إن");
        let f1 = fx.extract(&s1.tokens);
        let f2 = fx.extract(&s2.tokens);
        let org = [Tag::O, Tag::B(EntityKind::Organisation), Tag::O];
        let none = [Tag::O; 3];
        let memory = TagMemory::merged(&[
            fx.tag_memory(&s1.tokens, &f1, &org),
            fx.tag_memory(&s2.tokens, &f2, &none),
        ]);
        let st = fx.stacked_features(
            &s2.tokens,
            &f2,
            Stacked {
                tags: &none,
                memory: &memory,
            },
        );
        // Tagged ORG once out of two mentions: majority ORG (3), share 2 of 4.
        let org_k = EntityKind::Organisation as u64 + 1;
        assert!(st.token(1).contains(&fid(t::TAGMEM_MAJ, org_k, 2)));
        assert!(!st.token(0).contains(&fid(t::TAGMEM_MAJ, org_k, 2)));
        assert!(st.token(0).contains(&fid(t::TAGMEM_AT, org_k * 16 + 2, 1)));
    }

    #[test]
    fn tokens_between_close_quotes_are_marked() {
        let f = feats("أصدرت الشركة \" ويندوز \" الجديد");
        let quoted = |i: usize| {
            f.token(i)
                .iter()
                .any(|id| (1..=3).any(|l| (1..=3).any(|r| *id == fid(t::QUOTED, l, r))))
        };
        assert!(quoted(3));
        assert!(!quoted(1) && !quoted(5));
    }

    #[test]
    fn deterministic() {
        let a = feats("اتحاد صناعة السيارات في ألمانيا");
        let b = feats("اتحاد صناعة السيارات في ألمانيا");
        assert_eq!(a.ids, b.ids);
    }
}
