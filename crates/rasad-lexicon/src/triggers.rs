//! Event triggers: `lexicon/triggers.tsv` → a compiled, clitic-aware trigger matcher.
//!
//! Arabic verbs inflect for person, number and tense with prefixes and suffixes, and both verbs
//! and nouns carry clitics (`واتهمت`, `وبالمدفعية`, `قواتهم`). Rather than a stemmer (which
//! confuses roots and loses spans), the dictionary lists each verb as its perfect/imperfect
//! third-person forms, and the loader *generates* the inflected forms once; at match time a
//! token is looked up as-is, then with its proclitics (`و ف ب ل ك س ال`) and a pronoun enclitic
//! stripped — a handful of hash lookups on slices of one string, no regex. Keys use the same
//! matching normalizer as documents, so hamza/alef, ة/ه and ى/ي spellings all meet.
//!
//! Multi-word patterns (`وقف إطلاق النار`, `أطلق النار`) win over single words by length.
//! Entries with `needs=`/`notprev=` are disambiguated by their neighbours (`وقع` = *sign* only
//! before `اتفاقية`), a general mechanism rather than sentence-specific rules.

use crate::{LexiconError, LexiconErrorKind};
use rasad_event::{CameoCode, PloverType};
use rasad_text::hash::{FxHashMap as HashMap, FxHashSet as HashSet, WordMemo};
use rasad_text::{Normalizer, Token, TokenKind};
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// The trigger file bundled in the binary.
pub const EMBEDDED_TRIGGERS: &str = include_str!("../../../lexicon/triggers.tsv");

/// What an entry does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    /// An event word with a CAMEO code.
    Event,
    /// A reported-speech verb or noun (`قال`, `أعلن`, `بيان`).
    Speech,
    /// An attribution word (`بحسب`, `وفقا`): the actor after it is the claimant.
    Source,
    /// A support verb (`شن`, `وجه`): its subject is the agent of the following noun event.
    Light,
}

/// What a context cue (`cue` lines of the file) says about an event word near it. Cues are not
/// events: they are looked up around a trigger (see [`Triggers::cue`]), never matched as
/// triggers, so a word may be both (`إدانة` is an ACCUSE event and a comment cue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// A word right after the event word that makes it a name or a kind (`الحرب العالمية`,
    /// `الهجمات الأخيرة`): the event is background.
    Generic,
    /// A temporal/causal or abstract head governing the event noun after it (`بعد`, `إثر`,
    /// `في أعقاب`, `على خلفية`, `ذكرى`, `سياسة`): the event is background.
    Frame,
    /// A verb or noun of condemnation, comment, inquiry or law whose object is the event
    /// (`أدان`, `استنكر`, `التحقيق`, `ارتكاب`, `محاكمة`): the event is talked about, not reported.
    Comment,
    /// A verb asserting that an event took place (`وقع`, `جرى`, `شهد`, `اندلع`, `أسفر`): an
    /// event noun near it is reported, not presupposed.
    Occur,
    /// A modifier or object that makes an attack word verbal (`هجوم إعلامي`, `هاجم تصريحات`):
    /// the attack is criticism (ACCUSE), not an assault.
    Figurative,
    /// An accident or disaster (`تحطم`, `حادث`, `زلزال`, `غرق`): deaths and injuries in its
    /// clause that nobody is said to have caused are no attack.
    Accident,
}

impl CueClass {
    fn bit(self) -> u8 {
        match self {
            CueClass::Frame => 1,
            CueClass::Comment => 2,
            CueClass::Generic => 4,
            CueClass::Figurative => 8,
            CueClass::Occur => 16,
            CueClass::Accident => 32,
        }
    }
}

/// Boolean properties of an entry (see the header of `lexicon/triggers.tsv`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TriggerFlags {
    pub gen_patient: bool,
    pub subj_patient: bool,
    pub recip: bool,
    pub deny: bool,
    pub absorb: bool,
    pub casualty: bool,
    pub weak: bool,
    pub invert: bool,
    /// The word names the participants (`المتظاهرون`): it is both the actor and the evidence.
    pub agent: bool,
    /// An indefinite form right before a definite word or a demonstrative is a verbal noun
    /// with its object (`تحقيق السلام` "achieving peace"), not the event (`تحقيق في`,
    /// `التحقيق الدولي` "the investigation").
    pub noconstruct: bool,
    /// (verb) an object stands between the verb and its `needs` word: an attached pronoun
    /// or a word (`حمّل إسرائيل المسؤولية`, `حمّلها المسؤولية` blame; `تحمّل المسؤولية` bears it).
    /// The word may then be up to seven words on, after subject and object.
    pub needsobj: bool,
    /// (light) a verb of stopping (`توقف`, `كف`, `امتنع`): the act it governs through `عن` no
    /// longer takes place — unless the stop verb is itself negated.
    pub stop: bool,
    /// (verb) takes its object through a preposition, never as an attached pronoun: a form
    /// with one is the verbal noun in `ة` with a possessive (`قبضته على السلطة` "his grip on
    /// power", `سيطرتها على` "its control of"), not the verb.
    pub noenclitic: bool,
    /// An actor written with `بـ` is its target when it has no other (`اتصل بنظيره`,
    /// `التقى بالرئيس`, `رحب بالوفد`, `اتصالا هاتفيا بنظيره`); elsewhere `بـ` is the means or
    /// the charge.
    pub btarget: bool,
    /// An actor written with `عن` is its target when it has no other (`أفرجت السلطات عن
    /// الصحفي`, `الإفراج عن المعتقلين`).
    pub antarget: bool,
    /// (verb) a country or capital right after it is the place it goes to, its target — not
    /// its subject (`أول وزير يزور ليبيا`: the minister visits Libya).
    pub placeobj: bool,
    /// (verb) takes no direct object: an actor after it with no preposition is no target
    /// (`تظاهر الأطباء المقيمون والطلبة`: the students protest too).
    pub intrans: bool,
    /// (verb) an order: the act it governs, with no one ordered to carry it out, is the
    /// orderer's own (`أمرت المحكمة بالإفراج عن …`, `أمرت السلطات باعتقال 271 جندياً`).
    pub command: bool,
}

/// One dictionary entry.
#[derive(Clone, Debug)]
pub struct TriggerEntry {
    /// Stable identifier: `<cameo or kind>:<first form>`, used in `Event::rule`.
    pub id: String,
    pub kind: TriggerKind,
    pub cameo: Option<CameoCode>,
    /// PLOVER type: the CAMEO table's, unless overridden with `plover=`.
    pub plover: Option<PloverType>,
    /// `armed=CODE`: the code when the subject bears arms (`احتشد`: troops massing, 154).
    pub armed: Option<CameoCode>,
    /// `unarmed=CODE`: the code when the subject is a known actor of a sector that bears no
    /// arms (`هاجم الرئيس الصحافة`: criticism, 111, not an assault).
    pub unarmed: Option<CameoCode>,
    /// Verbal (subject/object roles) or nominal (genitive roles).
    pub verbal: bool,
    pub flags: TriggerFlags,
    needs: HashSet<Box<str>>,
    notneeds: HashSet<Box<str>>,
    notprev: HashSet<Box<str>>,
    notnext: HashSet<Box<str>>,
    after: HashSet<Box<str>>,
    /// Line in the source file.
    pub line: usize,
}

/// One word of a phrase: the set of keys it accepts.
#[derive(Clone, Debug)]
struct PhraseWord {
    keys: HashSet<Box<str>>,
    verbal: bool,
}

#[derive(Clone, Debug)]
struct Phrase {
    entry: u32,
    words: Vec<PhraseWord>,
}

/// A trigger found in a sentence. Token indices are relative to the slice passed to
/// [`Triggers::find`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriggerMatch {
    pub entry: u32,
    pub tokens: Range<usize>,
}

/// The compiled trigger dictionary.
#[derive(Clone, Debug, Default)]
pub struct Triggers {
    entries: Vec<TriggerEntry>,
    /// key → (entry, key is verbal)
    single: HashMap<Box<str>, Vec<(u32, bool)>>,
    /// first-word key → phrases
    phrase_first: HashMap<Box<str>, Vec<u32>>,
    phrases: Vec<Phrase>,
    /// cue key → (bit set of [`CueClass`]es, key is verbal)
    cues: HashMap<Box<str>, (u8, bool)>,
    /// FNV-1a of the source text: part of the coder's version hash.
    hash: u64,
}

/// What the dictionary makes of one word form: the phrases it may start (all its readings)
/// and the single-word trigger entries of its least-stripped reading that hits, with whether
/// that reading stripped a pronoun.
#[derive(Default)]
struct WordHits {
    phrases: Vec<u32>,
    single: Option<(Vec<u32>, bool)>,
}

thread_local! {
    /// Per-thread memo of [`Triggers::word_hits`], one table per dictionary (by content hash):
    /// form → hits without and with a final `ة`. It saves most of the clitic stripping and
    /// lookups.
    static HITS: RefCell<WordMemo<[Option<Rc<WordHits>>; 2]>> = RefCell::new(WordMemo::default());
}

fn norm(s: &str) -> String {
    Normalizer::matching().normalize_str(s.trim())
}

fn err(file: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::new(file, line, LexiconErrorKind::Invalid, message)
}

const PERFECT_SUFFIXES: [&str; 11] = ["", "ت", "ا", "وا", "و", "تا", "ن", "نا", "تم", "تن", "تما"];
const IMPERFECT_PREFIXES: [char; 4] = ['ي', 'ت', 'ن', 'ا'];
const IMPERFECT_SUFFIXES: [&str; 7] = ["", "ون", "ان", "ين", "وا", "ا", "ن"];

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn drop_last(s: &str) -> &str {
    match s.char_indices().next_back() {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Inflected forms of a verb given as perfect and imperfect 3rd person masculine singular
/// (both already matching-normalized).
fn verb_forms(perfect: &str, imperfect: &str, out: &mut Vec<String>) {
    let weak = |s: &str| matches!(last_char(s), Some('ا' | 'ي' | 'و'));
    if weak(perfect) {
        let r = drop_last(perfect);
        out.push(perfect.to_string());
        for suf in ["ت", "وا", "و", "يا", "تا", "يت", "ينا", "وت", "ونا", "ا"] {
            out.push(format!("{r}{suf}"));
        }
    } else {
        for suf in PERFECT_SUFFIXES {
            out.push(format!("{perfect}{suf}"));
        }
    }
    let body = match imperfect.strip_prefix('ي') {
        Some(b) => b,
        None => return,
    };
    // (body, has a person/number suffix): the first person (`أ`, `ن`) takes none, so `أنفو`
    // (`فرانس أنفو`) is no form of `نفى`; but `أ` + body + ending is the passive perfect of a
    // form-IV verb (`أدان` → `أدينوا`, were convicted)
    let form_iv = perfect.starts_with(['ا', 'أ']);
    let mut bodies: Vec<(String, bool)> = Vec::new();
    if weak(body) {
        let r = drop_last(body);
        bodies.push((body.to_string(), false));
        bodies.push((r.to_string(), false)); // jussive: لم ينف، لم يدع
        for suf in ["ون", "ين", "وا", "و"] {
            bodies.push((format!("{r}{suf}"), true));
        }
        bodies.push((format!("{body}ان"), true));
        bodies.push((format!("{body}ا"), true));
    } else {
        for suf in IMPERFECT_SUFFIXES {
            bodies.push((format!("{body}{suf}"), !suf.is_empty()));
        }
    }
    for (b, suffixed) in &bodies {
        for p in IMPERFECT_PREFIXES {
            if !suffixed || matches!(p, 'ي' | 'ت') || p == 'ا' && form_iv {
                out.push(format!("{p}{b}"));
            }
        }
    }
}

/// Nominal variants: the form, accusative `-ا`, duals.
fn noun_forms(form: &str, out: &mut Vec<String>) {
    out.push(form.to_string());
    match last_char(form) {
        Some('ه') => {
            let r = drop_last(form);
            out.push(format!("{r}تان"));
            out.push(format!("{r}تين"));
        }
        Some('ا' | 'ي' | 'و') | None => {}
        Some(_) => {
            out.push(format!("{form}ا"));
            out.push(format!("{form}ان"));
            out.push(format!("{form}ين"));
        }
    }
}

/// Keys for a spelled word: `p/i` is a verb (generated forms), anything else a noun form.
fn word_keys(spec: &str, extra_literal: &[&str]) -> (Vec<String>, bool) {
    let mut out = Vec::new();
    let verbal = spec.contains('/');
    if let Some((p, i)) = spec.split_once('/') {
        verb_forms(&norm(p), &norm(i), &mut out);
    } else {
        noun_forms(&norm(spec), &mut out);
    }
    for l in extra_literal {
        let n = norm(l);
        if verbal {
            out.push(n);
        } else {
            noun_forms(&n, &mut out);
        }
    }
    out.retain(|k| k.chars().count() >= 2);
    (out, verbal)
}

impl Triggers {
    /// The trigger dictionary bundled in the binary.
    pub fn embedded() -> Result<Triggers, LexiconError> {
        Triggers::parse(EMBEDDED_TRIGGERS, "lexicon/triggers.tsv")
    }

    /// Loads `triggers.tsv` from a lexicon folder.
    pub fn load(path: &std::path::Path) -> Result<Triggers, LexiconError> {
        let src = std::fs::read_to_string(path).map_err(|e| {
            LexiconError::new(
                path.display().to_string(),
                0,
                LexiconErrorKind::Io,
                e.to_string(),
            )
        })?;
        Triggers::parse(&src, &path.display().to_string())
    }

    /// Parses and compiles a trigger file; errors name `file:line`.
    pub fn parse(src: &str, file: &str) -> Result<Triggers, LexiconError> {
        let mut t = Triggers::default();
        let mut h = crate::Fnv::default();
        h.write(src.as_bytes());
        t.hash = h.0;
        for (i, raw) in src.lines().enumerate() {
            let line = i + 1;
            let body = raw.split(" #").next().unwrap_or("");
            let body = match body.split_once("\t#") {
                Some((b, _)) => b,
                None => body,
            };
            if body.trim().is_empty() || body.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = body.split('\t').collect();
            if cols.len() < 3 {
                return Err(err(
                    file,
                    line,
                    format!("expected CAMEO, KIND, FORMS columns, got {}", cols.len()),
                ));
            }
            let (code, kind_s, forms) = (cols[0].trim(), cols[1].trim(), cols[2].trim());
            let flags_s = cols.get(3).map(|s| s.trim()).unwrap_or("");
            if forms.is_empty() {
                return Err(err(file, line, "empty FORMS"));
            }
            if kind_s == "cue" {
                t.parse_cue(code, forms, flags_s, file, line)?;
                continue;
            }
            let kind = match kind_s {
                "verb" | "vform" | "noun" | "phrase" => TriggerKind::Event,
                "speech" => TriggerKind::Speech,
                "source" => TriggerKind::Source,
                "light" => TriggerKind::Light,
                other => return Err(err(file, line, format!("unknown KIND '{other}'"))),
            };
            let cameo = if kind == TriggerKind::Event {
                let c = CameoCode::parse(code)
                    .map_err(|_| err(file, line, format!("unknown CAMEO code '{code}'")))?;
                Some(c)
            } else {
                if code != "-" {
                    return Err(err(file, line, format!("{kind_s} entries take CAMEO '-'")));
                }
                None
            };
            let mut plover = cameo.and_then(|c| c.info().plover);
            let mut armed = None;
            let mut unarmed = None;
            let mut flags = TriggerFlags::default();
            let mut needs = HashSet::default();
            let mut notneeds = HashSet::default();
            let mut notprev = HashSet::default();
            let mut notnext = HashSet::default();
            let mut after = HashSet::default();
            for f in flags_s.split_whitespace() {
                match f {
                    "gen=patient" => flags.gen_patient = true,
                    "subj=patient" => flags.subj_patient = true,
                    "recip" => flags.recip = true,
                    "deny" => flags.deny = true,
                    "absorb" => flags.absorb = true,
                    "casualty" => flags.casualty = true,
                    "weak" => flags.weak = true,
                    "invert" => flags.invert = true,
                    "agent" => flags.agent = true,
                    "noconstruct" => flags.noconstruct = true,
                    "needsobj" => flags.needsobj = true,
                    "stop" => flags.stop = true,
                    "noenclitic" => flags.noenclitic = true,
                    "btarget" => flags.btarget = true,
                    "antarget" => flags.antarget = true,
                    "placeobj" => flags.placeobj = true,
                    "intrans" => flags.intrans = true,
                    "command" => flags.command = true,
                    _ => {
                        if let Some(v) = f.strip_prefix("needs=") {
                            needs.extend(v.split('|').map(|w| norm(w).into_boxed_str()));
                        } else if let Some(v) = f.strip_prefix("notneeds=") {
                            notneeds.extend(v.split('|').map(|w| norm(w).into_boxed_str()));
                        } else if let Some(v) = f.strip_prefix("after=") {
                            after.extend(v.split('|').map(|w| norm(w).into_boxed_str()));
                        } else if let Some(v) = f.strip_prefix("notprev=") {
                            notprev.extend(v.split('|').map(|w| norm(w).into_boxed_str()));
                        } else if let Some(v) = f.strip_prefix("notnext=") {
                            notnext.extend(v.split('|').map(|w| norm(w).into_boxed_str()));
                        } else if let Some((flag, v)) = f
                            .split_once('=')
                            .filter(|(k, _)| matches!(*k, "armed" | "unarmed"))
                        {
                            let c = CameoCode::parse(v).map_err(|_| {
                                err(file, line, format!("unknown CAMEO code '{v}' in {flag}="))
                            })?;
                            if c.info().plover.is_none() {
                                return Err(err(
                                    file,
                                    line,
                                    format!("{flag}={v}: the code has no PLOVER category"),
                                ));
                            }
                            if flag == "armed" {
                                armed = Some(c);
                            } else {
                                unarmed = Some(c);
                            }
                        } else if let Some(v) = f.strip_prefix("plover=") {
                            plover = Some(PloverType::parse(v).map_err(|_| {
                                err(file, line, format!("unknown PLOVER type '{v}'"))
                            })?);
                        } else {
                            return Err(err(file, line, format!("unknown flag '{f}'")));
                        }
                    }
                }
            }
            for (set, name) in [
                (flags.noenclitic, "noenclitic"),
                (flags.placeobj, "placeobj"),
                (flags.intrans, "intrans"),
            ] {
                if set && kind_s != "verb" {
                    return Err(err(
                        file,
                        line,
                        format!("flag '{name}' is for verb entries"),
                    ));
                }
            }
            if flags.needsobj && needs.is_empty() {
                return Err(err(file, line, "flag 'needsobj' needs a 'needs=' list"));
            }
            if kind == TriggerKind::Event && plover.is_none() {
                return Err(err(
                    file,
                    line,
                    format!("CAMEO code '{code}' has no PLOVER category"),
                ));
            }
            let entry = t.entries.len() as u32;
            let first = forms.split(['|', ' ', '/']).next().unwrap_or(forms);
            let id = format!(
                "{}:{}",
                cameo
                    .map(|c| c.as_str().to_string())
                    .unwrap_or_else(|| kind_s.to_string()),
                norm(first)
            );
            let mut verbal = matches!(kind_s, "verb" | "vform" | "speech" | "light");
            match kind_s {
                "phrase" => {
                    let mut words = Vec::new();
                    for w in forms.split(' ').filter(|w| !w.is_empty()) {
                        let mut keys = HashSet::default();
                        let mut wverbal = false;
                        for alt in w.split('|') {
                            let (ks, v) = word_keys(alt, &[]);
                            wverbal |= v;
                            keys.extend(ks.into_iter().map(String::into_boxed_str));
                        }
                        if keys.is_empty() {
                            return Err(err(file, line, format!("phrase word '{w}' is too short")));
                        }
                        words.push(PhraseWord {
                            keys,
                            verbal: wverbal,
                        });
                    }
                    if words.len() < 2 {
                        return Err(err(file, line, "a phrase needs at least two words"));
                    }
                    verbal = words[0].verbal;
                    let pi = t.phrases.len() as u32;
                    for k in &words[0].keys {
                        t.phrase_first.entry(k.clone()).or_default().push(pi);
                    }
                    t.phrases.push(Phrase { entry, words });
                }
                _ => {
                    let mut alts = forms.split('|');
                    let head = alts.next().unwrap_or("");
                    let rest: Vec<&str> = alts.collect();
                    let mut keys = Vec::new();
                    if kind_s == "vform" || (verbal && !head.contains('/')) {
                        for f in std::iter::once(head).chain(rest.iter().copied()) {
                            keys.push(norm(f));
                        }
                    } else if kind_s == "noun" || kind_s == "source" {
                        for f in std::iter::once(head).chain(rest.iter().copied()) {
                            // Multi-word noun forms become phrases of literal words.
                            if f.trim().contains(' ') {
                                let words: Vec<PhraseWord> = f
                                    .split(' ')
                                    .filter(|w| !w.is_empty())
                                    .map(|w| {
                                        let (ks, _) = word_keys(w, &[]);
                                        PhraseWord {
                                            keys: ks
                                                .into_iter()
                                                .map(String::into_boxed_str)
                                                .collect(),
                                            verbal: false,
                                        }
                                    })
                                    .collect();
                                let pi = t.phrases.len() as u32;
                                for k in &words[0].keys {
                                    t.phrase_first.entry(k.clone()).or_default().push(pi);
                                }
                                t.phrases.push(Phrase { entry, words });
                            } else {
                                noun_forms(&norm(f), &mut keys);
                            }
                        }
                    } else {
                        let (ks, _) = word_keys(head, &rest);
                        keys = ks;
                    }
                    let mut seen = HashSet::default();
                    for k in keys {
                        if k.chars().count() < 2 || !seen.insert(k.clone()) {
                            continue;
                        }
                        t.single
                            .entry(k.into_boxed_str())
                            .or_default()
                            .push((entry, verbal));
                    }
                }
            }
            t.entries.push(TriggerEntry {
                id,
                kind,
                cameo,
                plover,
                armed,
                unarmed,
                verbal,
                flags,
                needs,
                notneeds,
                notprev,
                notnext,
                after,
                line,
            });
        }
        Ok(t)
    }

    /// A `cue` line: `-  cue  FORMS  class=frame|comment|figurative`. Forms written `p/i` are
    /// verbs (all persons and tenses generated), others nominal forms.
    fn parse_cue(
        &mut self,
        code: &str,
        forms: &str,
        flags: &str,
        file: &str,
        line: usize,
    ) -> Result<(), LexiconError> {
        if code != "-" {
            return Err(err(file, line, "cue entries take CAMEO '-'"));
        }
        let mut class = None;
        for f in flags.split_whitespace() {
            class = Some(match f {
                "class=frame" => CueClass::Frame,
                "class=comment" => CueClass::Comment,
                "class=generic" => CueClass::Generic,
                "class=occur" => CueClass::Occur,
                "class=figurative" => CueClass::Figurative,
                "class=accident" => CueClass::Accident,
                other => return Err(err(file, line, format!("unknown cue flag '{other}'"))),
            });
        }
        let class = class.ok_or_else(|| err(file, line, "a cue needs class=…"))?;
        for f in forms.split('|').filter(|f| !f.trim().is_empty()) {
            if f.trim().contains(' ') {
                return Err(err(file, line, format!("cue '{f}' must be one word")));
            }
            let (keys, verbal) = word_keys(f, &[]);
            if keys.is_empty() {
                return Err(err(file, line, format!("cue '{f}' is too short")));
            }
            for k in keys {
                let e = self.cues.entry(k.into_boxed_str()).or_insert((0, verbal));
                e.0 |= class.bit();
            }
        }
        Ok(())
    }

    /// Whether a matching-normalized word is a cue of `class`, clitics stripped as for
    /// triggers (a word may belong to several classes: `سياسة`).
    /// A stable hash of the dictionary's source text (changes whenever the file changes).
    pub fn version_hash(&self) -> String {
        format!("{:016x}", self.hash)
    }

    pub fn cue(&self, word: &str, class: CueClass) -> bool {
        if word.is_empty() || self.cues.is_empty() {
            return false;
        }
        let mut buf = String::new();
        let mut out = false;
        for_each_candidate(word, &mut buf, &mut |key, strip| {
            if let Some(&(c, verbal)) = self.cues.get(key) {
                if strip.valid(verbal) {
                    out = c & class.bit() != 0;
                    return true;
                }
            }
            false
        });
        out
    }

    pub fn entries(&self) -> &[TriggerEntry] {
        &self.entries
    }

    pub fn entry(&self, i: u32) -> &TriggerEntry {
        &self.entries[i as usize]
    }

    /// Number of event entries per PLOVER type.
    pub fn counts(&self) -> Vec<(PloverType, usize)> {
        PloverType::ALL
            .iter()
            .map(|p| {
                (
                    *p,
                    self.entries
                        .iter()
                        .filter(|e| e.kind == TriggerKind::Event && e.plover == Some(*p))
                        .count(),
                )
            })
            .collect()
    }

    /// Finds the triggers of one sentence (`tokens` = the sentence's tokens). Longer matches
    /// win; overlapping shorter ones are dropped.
    pub fn find(&self, tokens: &[Token]) -> Vec<TriggerMatch> {
        let forms: Vec<String> = tokens
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Word {
                    t.matching.clone()
                } else {
                    String::new()
                }
            })
            .collect();
        let marbuta: Vec<bool> = tokens.iter().map(ends_in_ta_marbuta).collect();
        self.find_forms(&forms, &marbuta)
    }

    /// The dictionary's readings of one word form, remembered per thread (see [`WordHits`]).
    /// `ta`: the word was written with a final `ة` (a stripped `ه` is then no pronoun).
    fn word_hits(&self, form: &str, ta: bool, buf: &mut String) -> Rc<WordHits> {
        HITS.with_borrow_mut(|memo| {
            let memo = memo.table(self.hash);
            if let Some(hits) = memo.get(form).and_then(|s| s[ta as usize].as_ref()) {
                return hits.clone();
            }
            let hits = Rc::new(self.read_word(form, ta, buf));
            memo.entry(form.into()).or_default()[ta as usize] = Some(hits.clone());
            hits
        })
    }

    /// [`Triggers::word_hits`] without the memo.
    fn read_word(&self, form: &str, ta: bool, buf: &mut String) -> WordHits {
        let pronoun_ok = |key: &str, strip: Strip| {
            !(ta && strip.enclitic && form.strip_suffix('ه') == Some(key))
        };
        let mut phrases: Vec<u32> = Vec::new();
        let mut single: Option<(Vec<u32>, bool)> = None;
        for_each_candidate(form, buf, &mut |key, strip| {
            if !pronoun_ok(key, strip) {
                return false;
            }
            if let Some(ps) = self.phrase_first.get(key) {
                for &p in ps {
                    let v = self.phrases[p as usize].words[0].verbal;
                    if strip.valid(v) && !phrases.contains(&p) {
                        phrases.push(p);
                    }
                }
            }
            if single.is_none() {
                if let Some(es) = self.single.get(key) {
                    let ok: Vec<u32> = es
                        .iter()
                        // `قبضته`: not the verb with a pronoun but the noun in ة (noenclitic)
                        .filter(|(e, v)| {
                            strip.valid(*v)
                                && !(strip.enclitic && self.entries[*e as usize].flags.noenclitic)
                        })
                        .map(|(e, _)| *e)
                        .collect();
                    if !ok.is_empty() {
                        single = Some((ok, strip.enclitic));
                    }
                }
            }
            false
        });
        WordHits { phrases, single }
    }

    /// Like [`find`](Self::find) over precomputed matching-normalized token forms (empty for
    /// non-words). `marbuta[i]`: token `i` is written with a final `ة` (see
    /// [`ends_in_ta_marbuta`]), which the matching form folds into `ه`; such a word carries no
    /// pronoun `ه` (`حوارة`, a place, is not `حواره` "his dialogue"). May be empty.
    pub fn find_forms(&self, forms: &[String], marbuta: &[bool]) -> Vec<TriggerMatch> {
        let mut found: Vec<TriggerMatch> = Vec::new();
        let mut buf = String::new();
        for i in 0..forms.len() {
            if forms[i].is_empty() {
                continue;
            }
            let ta = marbuta.get(i).copied().unwrap_or(false);
            let hits = self.word_hits(&forms[i], ta, &mut buf);
            let (ph_hits, hit) = (&hits.phrases, &hits.single);
            for &p in ph_hits.iter() {
                let ph = &self.phrases[p as usize];
                let n = ph.words.len();
                if i + n > forms.len() {
                    continue;
                }
                let ok = (1..n).all(|k| {
                    let w = &ph.words[k];
                    let mut hit = false;
                    for_each_candidate(&forms[i + k], &mut buf, &mut |key, strip| {
                        if strip.valid(w.verbal) && w.keys.contains(key) {
                            hit = true;
                        }
                        hit
                    });
                    hit
                });
                if ok && self.context_ok(ph.entry, forms, i, i + n, false) {
                    found.push(TriggerMatch {
                        entry: ph.entry,
                        tokens: i..i + n,
                    });
                }
            }
            if let Some((es, enclitic)) = hit.as_ref() {
                let enclitic = *enclitic;
                for &e in es.iter() {
                    if self.context_ok(e, forms, i, i + 1, enclitic) {
                        found.push(TriggerMatch {
                            entry: e,
                            tokens: i..i + 1,
                        });
                        break;
                    }
                }
            }
        }
        // longest first, then leftmost; drop overlaps
        found.sort_by(|a, b| {
            (b.tokens.len(), a.tokens.start).cmp(&(a.tokens.len(), b.tokens.start))
        });
        let mut taken = vec![false; forms.len()];
        let mut out = Vec::new();
        for m in found {
            if m.tokens.clone().any(|k| taken[k]) {
                continue;
            }
            for k in m.tokens.clone() {
                taken[k] = true;
            }
            out.push(m);
        }
        out.sort_by_key(|m| m.tokens.start);
        out
    }

    /// `enclitic`: the trigger word carries a pronoun suffix.
    fn context_ok(
        &self,
        entry: u32,
        forms: &[String],
        start: usize,
        end: usize,
        enclitic: bool,
    ) -> bool {
        let e = &self.entries[entry as usize];
        // (with its clitics and article: `notprev=طائرة` also after `الطائرة`, `بالطائرات`)
        if !e.notprev.is_empty()
            && start > 0
            && (e.notprev.contains(forms[start - 1].as_str())
                || Triggers::word_in(&forms[start - 1], &e.notprev))
        {
            return false;
        }
        if !e.notnext.is_empty()
            && forms
                .get(end)
                .is_some_and(|f| e.notnext.contains(f.as_str()))
        {
            return false;
        }
        if !e.verbal && named_by_head(forms, start) {
            return false;
        }
        // `العقيد تامر الرفاهي`, `الشيخ حمد`: after a rank or honorific that only ever stands
        // before a name, a verb form is that name
        if e.verbal && start > 0 && honorific(&forms[start - 1]) {
            return false;
        }
        if e.flags.noconstruct
            && end == start + 1
            && !definite(&forms[start])
            && forms
                .get(end)
                .is_some_and(|f| f.starts_with("ال") || demonstrative(f))
        {
            return false;
        }
        // a pronoun is a genitive too: `لتحقيقها` (to achieve it); a plural with one stays
        // the entry's (`تحقيقاته`, its investigations)
        if e.flags.noconstruct && enclitic && end == start + 1 {
            let f = forms[start].as_str();
            let stem = ["هما", "هم", "ها", "ه"]
                .iter()
                .find_map(|p| f.strip_suffix(p))
                .unwrap_or(f);
            if !stem.ends_with("ات") {
                return false;
            }
        }
        if !e.after.is_empty() {
            let lo = start.saturating_sub(2);
            let hit = forms[lo..start]
                .iter()
                .any(|f| e.after.contains(f.as_str()) || Triggers::word_in(f, &e.after));
            if !hit {
                return false;
            }
        }
        let mut buf = String::new();
        // `notneeds=`: the word that makes it another verb follows within six words, in the
        // clause (`احتلت فنلندا هذا العام المركز الأول`: ranks, not occupies; `يحتل في البرلمان
        // نحو 23 مقعدا`: holds seats)
        if !e.notneeds.is_empty() {
            for f in forms.iter().skip(end).take(6) {
                if matches!(
                    f.as_str(),
                    "," | "،" | "." | ";" | "؛" | ":" | "?" | "؟" | "!"
                ) {
                    break;
                }
                let mut hit = e.notneeds.contains(f.as_str());
                if !hit {
                    for_each_candidate(f, &mut buf, &mut |key, _| {
                        hit = e.notneeds.contains(key);
                        hit
                    });
                }
                if hit {
                    return false;
                }
            }
        }
        if e.needs.is_empty() {
            return true;
        }
        // the needed word of a verb with an object comes after subject and object
        // (`حملت الخارجية الأمريكية الحكومة السورية المسؤولية`)
        let window = if e.flags.needsobj { 7 } else { 4 };
        for (k, f) in forms.iter().enumerate().skip(end).take(window) {
            let mut hit = false;
            if matches!(f.as_str(), "," | "." | ";" | ":" | "?" | "!") {
                break;
            }
            if !e.needs.contains(f.as_str()) {
                for_each_candidate(f, &mut buf, &mut |key, _| {
                    hit = e.needs.contains(key);
                    hit
                });
                if !hit {
                    continue;
                }
            }
            // `تحمل المسؤولية`: nothing between verb and word, so "bears", not "blames"
            return !(e.flags.needsobj && k == end && !enclitic);
        }
        false
    }

    /// True when the word (matching-normalized), after clitic stripping, is a key of `set`.
    pub fn word_in(word: &str, set: &HashSet<Box<str>>) -> bool {
        let mut buf = String::new();
        let mut hit = false;
        for_each_candidate(word, &mut buf, &mut |key, _| {
            hit = set.contains(key);
            hit
        });
        hit
    }
}

/// Words that introduce the name of a medium (`قناة المسيرة`, `صحيفة الثورة`): an event noun
/// right after one of them is a name, not an event.
const MEDIA_HEADS: [&str; 9] = [
    "قناة",
    "صحيفة",
    "جريدة",
    "مجلة",
    "إذاعة",
    "وكالة",
    "تلفزيون",
    "فضائية",
    "قنوات",
];
/// Heads that introduce a name only when it is quoted (`موقع "الهجوم"` but `موقع الهجوم`, the
/// site of the attack).
const QUOTED_HEADS: [&str; 8] = [
    "موقع",
    "حزب",
    "حركة",
    "جمعية",
    "منظمة",
    "مؤسسة",
    "مركز",
    "برنامج",
];

/// True when the nominal trigger at `start` is the name of a medium or an organisation: right
/// after a media head, or quoted right after another naming head. Forms of punctuation are
/// empty or the mark itself.
fn named_by_head(forms: &[String], start: usize) -> bool {
    static HEADS: std::sync::OnceLock<(HashSet<String>, HashSet<String>)> =
        std::sync::OnceLock::new();
    let (media, quoted) = HEADS.get_or_init(|| {
        (
            MEDIA_HEADS.iter().map(|w| norm(w)).collect(),
            QUOTED_HEADS.iter().map(|w| norm(w)).collect(),
        )
    });
    let Some(mut k) = start.checked_sub(1) else {
        return false;
    };
    let mut is_quoted = false;
    if forms[k].is_empty() || matches!(forms[k].as_str(), "\"" | "«" | "“" | "'" | "”") {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
        is_quoted = true;
    }
    let head = forms[k].as_str();
    let bare = ["و", "ل", "ب", "ول", "وب"]
        .iter()
        .filter_map(|p| head.strip_prefix(p))
        .chain([head]);
    let hit = |w: &str| media.contains(w) || (is_quoted && quoted.contains(w));
    bare.into_iter()
        .any(|w| hit(w) || w.strip_prefix("ال").is_some_and(hit))
}

/// Demonstratives that can follow a noun as its object.
const DEMONSTRATIVES: [&str; 5] = ["هذا", "هذه", "ذلك", "تلك", "هؤلاء"];

/// True when the (matching-normalized) word is one of [`DEMONSTRATIVES`].
fn demonstrative(word: &str) -> bool {
    static FORMS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| DEMONSTRATIVES.iter().map(|w| norm(w)).collect())
        .contains(word)
}

/// True when the (matching-normalized) word carries the article, after an optional
/// conjunction and preposition (`التحقيق`, `والتحقيق`, `بالتحقيق`, `للتحقيق`).
/// Ranks and honorifics (matching-normalized) that stand before a name, never as a subject
/// before a verb (unlike `الرئيس`, `الوزير`).
const HONORIFICS: &[&str] = &[
    "العقيد",
    "اللواء",
    "العميد",
    "المقدم",
    "الرايد",
    "النقيب",
    "الملازم",
    "الجنرال",
    "الشيخ",
    "السيد",
    "السيده",
    "الدكتور",
    "الدكتوره",
    "المهندس",
    "الاستاذ",
    "الحاج",
    "المشير",
];

/// Whether a matching-normalized word is a rank or honorific that stands before a name.
pub fn honorific(form: &str) -> bool {
    HONORIFICS.contains(&form)
}

pub fn definite(word: &str) -> bool {
    let w = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    if w.starts_with("لل") {
        return true;
    }
    let w = ['ب', 'ك']
        .iter()
        .find_map(|p| w.strip_prefix(*p))
        .unwrap_or(w);
    w.starts_with("ال") || word.starts_with("ال")
}

impl TriggerEntry {
    /// The entry's first form, matching-normalized (`اتهم` of `112:اتهم`): what `id` names
    /// after the code.
    pub fn key(&self) -> &str {
        self.id.split_once(':').map_or("", |x| x.1)
    }

    /// Whether `form` (matching-normalized) is one of the words this entry needs near it
    /// (`needs=`): its typical object (`أسقط` … `طائرة`), never its subject.
    pub fn needs_word(&self, form: &str) -> bool {
        !self.needs.is_empty() && Triggers::word_in(form, &self.needs)
    }
}

/// What was stripped to reach a candidate key.
#[derive(Clone, Copy, Debug, Default)]
pub struct Strip {
    pub conj: bool,
    /// ب ل ك س
    pub prep: Option<char>,
    pub article: bool,
    pub enclitic: bool,
}

impl Strip {
    /// Whether this stripping is grammatical for a verbal or nominal key.
    pub fn valid(&self, verbal: bool) -> bool {
        if verbal {
            !self.article && !matches!(self.prep, Some('ب' | 'ك'))
        } else {
            self.prep != Some('س') && !(self.article && self.enclitic)
        }
    }
}

/// Whether a word token is written with a final `ة`.
pub fn ends_in_ta_marbuta(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.norm.ends_with('ة')
}

const ENCLITICS: [&str; 7] = ["هما", "هم", "ها", "ه", "كم", "نا", "ني"];

/// Calls `f(key, strip)` for the word and its clitic-stripped variants, least stripping first,
/// until `f` returns true. Keys shorter than 3 letters are only tried unstripped.
pub fn for_each_candidate(word: &str, buf: &mut String, f: &mut dyn FnMut(&str, Strip) -> bool) {
    if f(word, Strip::default()) {
        return;
    }
    // prefix options
    let mut prefixes: [(usize, Strip); 12] = [(0, Strip::default()); 12];
    let mut np = 1;
    let starts = |off: usize, c: char| word[off..].starts_with(c);
    let conj_offs: &[(usize, bool)] = if starts(0, 'و') || starts(0, 'ف') {
        &[(0, false), (2, true)]
    } else {
        &[(0, false)]
    };
    for &(off, conj) in conj_offs {
        let base = Strip {
            conj,
            ..Strip::default()
        };
        if off > 0 && np < 12 {
            prefixes[np] = (off, base);
            np += 1;
        }
        let mut preps = [(off, None); 5];
        let mut n_preps = 1;
        for c in ['ب', 'ل', 'ك', 'س'] {
            // (the future `س` comes only before an imperfect's prefix: `سيعقد`, `ستشن` — not
            // `سودان`, whose rest is no verb)
            let future_ok = || word[off + c.len_utf8()..].starts_with(['ي', 'ت', 'ن', 'ا']);
            if starts(off, c) && (c != 'س' || future_ok()) {
                preps[n_preps] = (off + 2, Some(c));
                n_preps += 1;
            }
        }
        for &(poff, prep) in &preps[..n_preps] {
            let s = Strip { prep, ..base };
            if prep.is_some() && np < 12 {
                prefixes[np] = (poff, s);
                np += 1;
            }
            if word[poff..].starts_with("ال") && np < 12 {
                prefixes[np] = (poff + 4, Strip { article: true, ..s });
                np += 1;
            } else if prep == Some('ل') && word[poff..].starts_with('ل') && np < 12 {
                prefixes[np] = (poff + 2, Strip { article: true, ..s });
                np += 1;
            }
        }
    }
    for &(off, strip) in &prefixes[..np] {
        let rest = &word[off..];
        let rest_chars = rest.chars().count();
        if rest_chars < 2 {
            continue;
        }
        if off > 0 && (rest_chars >= 3 || strip.prep.is_none() && !strip.article) && f(rest, strip)
        {
            return;
        }
        for e in ENCLITICS {
            if let Some(stem) = rest.strip_suffix(e) {
                // (`التقني`, `الأمني` are adjectives with the article, not `ألتقِ` + "me")
                if stem.chars().count() < 3 || e == "ني" && stem.starts_with("ال") {
                    continue;
                }
                let s = Strip {
                    enclitic: true,
                    ..strip
                };
                if f(stem, s) {
                    return;
                }
                // ة written ت before a pronoun: مناشدته → مناشده
                if let Some(r) = stem.strip_suffix('ت') {
                    buf.clear();
                    buf.push_str(r);
                    buf.push('ه');
                    if f(buf, s) {
                        return;
                    }
                }
                // a final hamza on its seat before a pronoun (`لقائه`, `لقاؤه`; the matching
                // fold makes the seats ي and و): لقايه → لقاء
                if let Some(r) = stem
                    .strip_suffix('ي')
                    .or_else(|| stem.strip_suffix('و'))
                    .filter(|r| r.ends_with('ا'))
                {
                    buf.clear();
                    buf.push_str(r);
                    buf.push('ء');
                    if f(buf, s) {
                        return;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(t: &Triggers, words: &str) -> Vec<String> {
        let forms: Vec<String> = words.split(' ').map(norm).collect();
        t.find_forms(&forms, &[])
            .into_iter()
            .map(|m| {
                let e = t.entry(m.entry);
                format!(
                    "{}@{}..{}",
                    e.plover.map(|p| p.as_str()).unwrap_or("-"),
                    m.tokens.start,
                    m.tokens.end
                )
            })
            .collect()
    }

    #[test]
    fn each_dictionary_reads_a_word_its_own_way() {
        // the same word, read in turns by two dictionaries (the per-thread memo must not mix
        // them up), with and without a final ة
        let accuse = Triggers::parse("112\tverb\tاتهم/يتهم\n", "a.tsv").unwrap();
        let meet =
            Triggers::parse("141\tverb\tتظاهر/يتظاهر\n040\tverb\tاتهم/يتهم\n", "b.tsv").unwrap();
        for _ in 0..2 {
            assert_eq!(find(&accuse, "واتهم"), vec!["ACCUSE@0..1"]);
            assert_eq!(find(&meet, "واتهم"), vec!["CONSULT@0..1"]);
        }
        // `حواره` "his dialogue", but `حوارة` (a place, ة folded to ه) is no pronoun form
        let talk = Triggers::parse("040\tnoun\tحوار\n", "c.tsv").unwrap();
        let form = norm("حواره");
        let (with_ta, without) = (
            talk.find_forms(std::slice::from_ref(&form), &[true]),
            talk.find_forms(std::slice::from_ref(&form), &[false]),
        );
        assert_eq!(
            talk.find_forms(std::slice::from_ref(&form), &[true]),
            with_ta
        );
        assert_eq!(without.len(), 1);
        assert!(with_ta.is_empty(), "{with_ta:?}");
    }

    #[test]
    fn cues_are_looked_up_with_clitics_and_inflection() {
        let t = Triggers::parse(
            "-\tcue\tإثر|أعقاب\tclass=frame\n-\tcue\tأدان/يدين\tclass=comment\n-\tcue\tإعلامي\tclass=figurative\n",
            "t.tsv",
        )
        .unwrap();
        assert!(t.cue(&norm("وإثر"), CueClass::Frame));
        assert!(t.cue(&norm("أعقاب"), CueClass::Frame));
        assert!(!t.cue(&norm("أعقاب"), CueClass::Comment));
        assert!(t.cue(&norm("وتدين"), CueClass::Comment));
        assert!(!t.cue(&norm("دانت"), CueClass::Comment));
        assert!(t.cue(&norm("أدانت"), CueClass::Comment));
        assert!(t.cue(&norm("الإعلامي"), CueClass::Figurative));
        assert!(!t.cue(&norm("هجوم"), CueClass::Frame));
        // cues are not triggers
        assert!(t.find_forms(&[norm("إثر")], &[]).is_empty());
        let e = Triggers::parse("-\tcue\tبعد\tclass=time\n", "t.tsv").unwrap_err();
        assert_eq!(e.to_string(), "t.tsv:1: unknown cue flag 'class=time'");
    }

    #[test]
    fn embedded_file_parses_and_covers_all_categories() {
        let t = Triggers::embedded().unwrap();
        for (p, n) in t.counts() {
            assert!(n >= 2, "{p} has only {n} entries");
        }
    }

    #[test]
    fn an_adjective_in_ni_with_the_article_is_no_verb_with_me() {
        let t = Triggers::embedded().unwrap();
        assert!(find(&t, "والتقني").is_empty(), "{:?}", find(&t, "والتقني"));
        assert_eq!(find(&t, "والتقى"), vec!["CONSULT@0..1"]);
    }

    #[test]
    fn verbs_match_in_any_person_and_with_clitics() {
        let t = Triggers::embedded().unwrap();
        for w in ["واتهمت", "يتهمون", "اتهموا", "وتتهم", "اتهمته"] {
            assert_eq!(find(&t, w), vec!["ACCUSE@0..1"], "{w}");
        }
        for w in ["ونفت", "ينفي", "نفوا", "تنفي"] {
            assert_eq!(find(&t, w), vec!["REJECT@0..1"], "{w}");
        }
        for w in ["دعت", "يدعو", "ودعا", "تدعو"] {
            assert_eq!(find(&t, w), vec!["REQUEST@0..1"], "{w}");
        }
        // the first person takes no plural ending: `أنفو` (a name) is no form of `نفى`
        for w in ["أنفو", "ندعون"] {
            assert!(find(&t, w).is_empty(), "{w}: {:?}", find(&t, w));
        }
    }

    #[test]
    fn nouns_match_with_article_and_proclitics() {
        let t = Triggers::embedded().unwrap();
        for w in [
            "والاتهامات",
            "بالهجوم",
            "للهجمات",
            "مظاهرات",
            "ومناشدته",
            "الغارات",
        ] {
            assert_eq!(find(&t, w).len(), 1, "{w}");
        }
        // no article before a verb
        assert!(find(&t, "القال").is_empty());
    }

    #[test]
    fn the_future_prefix_comes_only_before_an_imperfect() {
        let t = Triggers::embedded().unwrap();
        assert_eq!(find(&t, "ستدعو"), vec!["REQUEST@0..1"]);
        // `سودان` is no `س` + `ودان` (condemned), `سوافق` no `س` + the perfect `وافق`
        for w in ["سودان", "سوافق"] {
            assert!(find(&t, w).is_empty(), "{w}: {:?}", find(&t, w));
        }
    }

    #[test]
    fn phrases_beat_single_words() {
        let t = Triggers::embedded().unwrap();
        assert_eq!(find(&t, "لوقف إطلاق النار"), vec!["RETREAT@0..3"]);
        assert_eq!(find(&t, "أطلقوا النار على"), vec!["ASSAULT@0..2"]);
    }

    #[test]
    fn needs_and_notprev_disambiguate() {
        let t = Triggers::embedded().unwrap();
        assert!(find(&t, "وقع انفجار")
            .iter()
            .all(|m| !m.starts_with("SUPPORT")));
        assert_eq!(
            find(&t, "وقع الطرفان اتفاقية"),
            vec!["SUPPORT@0..1", "AGREE@2..3"]
        );
        assert!(find(&t, "طائرة مسيرة").is_empty());
        // `بيان صادر عن الجيش`: issued by, not confiscated
        assert!(find(&t, "نقلا عن بيان صادر عن الجيش")
            .iter()
            .all(|m| !m.starts_with("COERCE")));
        assert_eq!(find(&t, "صادر الجيش أسلحة"), vec!["COERCE@0..1"]);
        // `notneeds=`: a rank is no occupation, a town is
        assert!(find(&t, "احتلت فنلندا هذا العام المركز الأول").is_empty());
        assert_eq!(find(&t, "احتلت القوات المدينة"), vec!["COERCE@0..1"]);
        // to snatch a place or the limelight is no kidnapping; to achieve is not to investigate
        assert!(find(&t, "خطف منتخب بلجيكا المركز الثالث").is_empty());
        assert!(find(&t, "خطفوا الأنظار").is_empty());
        assert_eq!(find(&t, "خطف مسلحون صحفيين"), vec!["ASSAULT@0..1"]);
        // `حشد` after a verb of gathering is the crowd, its subject
        assert!(find(&t, "تجمع حشد تجاوز مليون شخص")
            .iter()
            .all(|m| !m.starts_with("MOBILIZE")));
        assert_eq!(find(&t, "وحشد الجيش قواته"), vec!["MOBILIZE@0..1"]);
        // `بيان صادر`: a statement issued, nothing confiscated
        assert!(find(&t, "في بيان صادر الإثنين")
            .iter()
            .all(|m| !m.starts_with("COERCE")));
        assert_eq!(find(&t, "وصادرت الشرطة الأسلحة"), vec!["COERCE@0..1"]);
        // `قبضته على`: the noun قبضة, no arrest
        assert!(find(&t, "عزز قبضته على السلطة").is_empty());
        assert!(find(&t, "حققت القوات تقدما في الحديدة")
            .iter()
            .all(|m| !m.starts_with("ACCUSE")));
        assert_eq!(find(&t, "تحقق الشرطة في الحادث"), vec!["ACCUSE@0..1"]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = Triggers::parse("# c\n999\tverb\tقتل/يقتل\n", "t.tsv").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("t.tsv", 2));
        let e = Triggers::parse("190\tverb\tقتل/يقتل\tbogus\n", "t.tsv").unwrap_err();
        assert!(e.to_string().contains("t.tsv:1: unknown flag"));
        let e = Triggers::parse("173\tnoun\tقبضة\tnoenclitic\n", "t.tsv").unwrap_err();
        assert!(e.to_string().contains("t.tsv:1: flag 'noenclitic'"), "{e}");
        let e = Triggers::parse("# c\n190\tverb\tهاجم/يهاجم\tunarmed=999\n", "t.tsv").unwrap_err();
        assert!(
            e.to_string()
                .contains("t.tsv:2: unknown CAMEO code '999' in unarmed="),
            "{e}"
        );
        let t = Triggers::parse("190\tverb\tهاجم/يهاجم\tunarmed=111 armed=154\n", "t.tsv").unwrap();
        let entry = &t.entries[0];
        assert_eq!(
            entry.unarmed.map(|c| c.as_str().to_string()).as_deref(),
            Some("111")
        );
        assert_eq!(
            entry.armed.map(|c| c.as_str().to_string()).as_deref(),
            Some("154")
        );
    }
}
