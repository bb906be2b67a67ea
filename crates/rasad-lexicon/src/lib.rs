//! # rasad-lexicon — dictionaries compiled into actor and place recognition
//!
//! An event is only as good as its actors: `القوات الأرمنية` must become Armenia/military and
//! `مجموعة مينسك` the OSCE Minsk Group, whatever the spelling and clitics. This crate owns the
//! dictionaries that make that possible and the recognizer that applies them.
//!
//! Shape, and why:
//! - **Data, not code.** Every dictionary is a human-editable TSV file under `lexicon/` (one
//!   format, see `lexicon/README.md`): countries with names and nisba stems, places with
//!   coordinates, agents (sector words), named actors with date-ranged codes. One source of
//!   truth per dictionary; the files are embedded in the binary at build time
//!   ([`Lexicon::embedded`]) and can be overridden by a folder ([`Lexicon::load_dir`]).
//! - **Validated at the boundary.** Codes are parsed once into [`Country`]/[`Sector`]; every
//!   problem (bad column, unknown code, malformed date range, duplicate, conflicting codes) is a
//!   [`LexiconError`] `file:line: message`, and a lexicon with any problem does not load — a
//!   broken entry never silently disappears ([`Lexicon::check_sources`] lists them all).
//! - **Same normalizer as documents.** Keys are built with [`rasad_text::Normalizer::matching`]
//!   and the document tokenizer, so a name matches exactly when the text reads the same.
//! - **Compiled once.** Loading expands inflections (nisba m/f/pl/dual ± ال, the article on
//!   single-word common nouns) into a word-level trie; recognition is a longest-match walk over
//!   a sentence's tokens with clitic-aware readings of each phrase's first word, then a small set
//!   of composition rules ([`recognize`](Lexicon::recognize); the rules are listed in the
//!   `recognize` module). The segmenter of [`Lexicon::analyzer`] knows every lexicon word form,
//!   so `وبروسيا` is shown as `و+ب+روسيا`.

mod compile;
mod error;
mod recognize;
mod source;
pub mod triggers;

pub use compile::TermKind;
pub use error::{LexiconError, LexiconErrorKind};
pub use source::{ActorType, Role};

use chrono::NaiveDate;
use error::Problems;
use rasad_event::{Country, Sector};
use rasad_text::{Analysis, Analyzer, Segmenter, Sentence, Span};
use serde::Serialize;
use source::{Entry, FileKind, Row};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// What a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A country, organisation, person, agent (+ country) — something that can act.
    Actor,
    /// A city/region/place name (capitals may act for their government in actor position:
    /// see [`PlaceInfo::capital_of`]).
    Place,
}

/// Gazetteer facts about a place mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlaceInfo {
    pub name: String,
    pub country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Set when the place is the capital of this country (`موسكو` → RUS).
    pub capital_of: Option<Country>,
}

/// One recognised actor or place mention in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// Span into the ORIGINAL document text (whole tokens, proclitics excluded:
    /// `وبروسيا` → the span of `روسيا`).
    pub span: Span,
    /// Indices into `Analysis::tokens`.
    pub tokens: Range<usize>,
    pub text: String,
    pub kind: MentionKind,
    /// Canonical name (English or Arabic as in the lexicon entry).
    pub name: String,
    /// Lexicon entry id; `None` for composed mentions (agent + country).
    pub id: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub place: Option<PlaceInfo>,
    /// Explanation: entry ids (`country:ARM`, `agent:army`, `actor:osce`) and composition rules
    /// (`agent+nisba`, `title+person`, `coordination` …) that produced this mention.
    pub matched: Vec<String>,
    /// The mention names a person: a person entry, or a title (`الرئيس التركي`, `وزير
    /// الخارجية`), not an institution (`الحكومة`, `الجيش`). Persons speak: `هاجم الرئيس X` is
    /// criticism where `هاجمت القوات X` is an attack.
    pub person: bool,
}

/// The dictionary files bundled in the binary: the `lexicon/` folder at build time
/// (a test checks that this list and the folder agree).
pub const EMBEDDED_FILES: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../../lexicon/countries.tsv"),
    ),
    ("places.tsv", include_str!("../../../lexicon/places.tsv")),
    (
        "places-regions.tsv",
        include_str!("../../../lexicon/places-regions.tsv"),
    ),
    ("agents.tsv", include_str!("../../../lexicon/agents.tsv")),
    (
        "agents-up.tsv",
        include_str!("../../../lexicon/agents-up.tsv"),
    ),
    ("actors.tsv", include_str!("../../../lexicon/actors.tsv")),
    (
        "actors-up.tsv",
        include_str!("../../../lexicon/actors-up.tsv"),
    ),
    ("people.tsv", include_str!("../../../lexicon/people.tsv")),
    (
        "not-names.tsv",
        include_str!("../../../lexicon/not-names.tsv"),
    ),
];

/// Entry counts, for `rasad lexicon check`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LexiconStats {
    pub files: usize,
    pub countries: usize,
    pub places: usize,
    pub agents: usize,
    pub actors: usize,
    pub not_names: usize,
    /// Distinct matching keys after expansion.
    pub keys: usize,
}

/// The compiled lexicon. Immutable and `Send + Sync`: build once, share across threads.
pub struct Lexicon {
    files: Vec<String>,
    rows: Vec<Row>,
    matcher: compile::Matcher,
    terms: Vec<(Box<str>, TermKind)>,
    analyzer: Analyzer,
    hash: String,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("files", &self.files)
            .field("stats", &self.stats())
            .field("version", &self.hash)
            .finish()
    }
}

impl Default for Lexicon {
    /// An empty lexicon (recognizes nothing).
    fn default() -> Self {
        Lexicon::from_sources(&[]).unwrap_or_else(|_| unreachable!("no sources, no problems"))
    }
}

impl Lexicon {
    /// The lexicon bundled in the binary (the `lexicon/` folder at build time).
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Lexicon::from_sources(EMBEDDED_FILES)
    }

    /// Loads and compiles the dictionaries of a folder laid out like `lexicon/`.
    /// Fails on the first problem; [`Lexicon::check_dir`] lists them all.
    pub fn load_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        Lexicon::check_dir(dir).map_err(first_error)
    }

    /// Like [`Lexicon::load_dir`], but returns every problem found.
    pub fn check_dir(dir: &Path) -> Result<Lexicon, Vec<LexiconError>> {
        let io = |e: std::io::Error| {
            vec![LexiconError::new(
                dir.display().to_string(),
                0,
                LexiconErrorKind::Io,
                format!("cannot read lexicon folder: {e}"),
            )]
        };
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| FileKind::of(n).is_some())
            .collect();
        names.sort();
        let mut sources = Vec::new();
        for n in names {
            let p = dir.join(&n);
            let text = std::fs::read_to_string(&p).map_err(|e| {
                vec![LexiconError::new(
                    p.display().to_string(),
                    0,
                    LexiconErrorKind::Io,
                    format!("cannot read: {e}"),
                )]
            })?;
            sources.push((p.display().to_string(), text));
        }
        let refs: Vec<(&str, &str)> = sources
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        Lexicon::check_sources(&refs)
    }

    /// Compiles `(file name, content)` pairs; files whose names are not lexicon dictionaries
    /// (see `lexicon/README.md`) are ignored.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Lexicon, LexiconError> {
        Lexicon::check_sources(sources).map_err(first_error)
    }

    /// Compiles sources, returning every problem found (`file:line: message`).
    pub fn check_sources(sources: &[(&str, &str)]) -> Result<Lexicon, Vec<LexiconError>> {
        let mut problems = Problems::default();
        let mut files = Vec::new();
        let mut rows = Vec::new();
        let mut hash = Fnv::default();
        // File order must not matter (a folder listing vs. the embedded list).
        let mut sources = sources.to_vec();
        sources.sort_by_key(|(name, _)| base_name(name).to_string());
        for (name, text) in &sources {
            let base = base_name(name);
            let Some(kind) = FileKind::of(base) else {
                continue;
            };
            hash.write(base.as_bytes());
            hash.write(&[0]);
            hash.write(text.as_bytes());
            let idx = files.len() as u16;
            files.push(name.to_string());
            rows.extend(source::parse_file(kind, idx, name, text, &mut problems));
        }
        let matcher = compile::compile(&rows, &files, &mut problems);
        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        // (not-names are no gazetteer evidence: the NER never sees them)
        let mut terms: Vec<(Box<str>, TermKind)> = matcher
            .phrases
            .iter()
            .flat_map(|(k, ts)| ts.iter().map(move |t| (k.clone(), t.kind)))
            .filter(|(_, k)| *k != TermKind::NotName)
            .collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let analyzer = build_analyzer(&rows);
        Ok(Lexicon {
            files,
            rows,
            matcher,
            terms,
            analyzer,
            hash: format!("{:016x}", hash.0),
        })
    }

    /// An analyzer whose clitic segmenter knows the lexicon's word forms.
    pub fn analyzer(&self) -> Analyzer {
        self.analyzer.clone()
    }

    /// A stable hash of the lexicon's content, recorded with every coding run.
    pub fn version_hash(&self) -> String {
        self.hash.clone()
    }

    /// Actor and place mentions in one sentence, in text order; `date` resolves date-ranged
    /// roles (a president is GOV only while in office).
    pub fn recognize(
        &self,
        analysis: &Analysis,
        sentence: &Sentence,
        date: Option<NaiveDate>,
    ) -> Vec<Mention> {
        self.recognize_in_context(analysis, sentence, date, &[])
    }

    /// Every matching key (matching-normalized, words joined by one space) with what it names,
    /// for gazetteer features in the NER stage. Sorted by key.
    pub fn gazetteer_terms(&self) -> impl Iterator<Item = (&str, TermKind)> {
        self.terms.iter().map(|(k, t)| (&**k, *t))
    }

    /// The source files this lexicon was compiled from.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    pub fn stats(&self) -> LexiconStats {
        let mut s = LexiconStats {
            files: self.files.len(),
            keys: self.matcher.phrases.len(),
            ..Default::default()
        };
        for r in &self.rows {
            match r.entry {
                Entry::Country { .. } => s.countries += 1,
                Entry::Place { .. } => s.places += 1,
                Entry::Agent { .. } => s.agents += 1,
                Entry::Actor { .. } => s.actors += 1,
                Entry::NotName { .. } => s.not_names += 1,
            }
        }
        s
    }
}

fn base_name(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
}

fn first_error(mut v: Vec<LexiconError>) -> LexiconError {
    let n = v.len();
    let mut e = v.swap_remove(0);
    if n > 1 {
        e.message = format!(
            "{} (and {} more problems; run `rasad lexicon check`)",
            e.message,
            n - 1
        );
    }
    e
}

/// The segmenter learns every word form of the lexicon (standard-normalized, as the segmenter
/// works), so that a split like `و+ب+روسيا` is kept because `روسيا` is known. Place names are
/// fed only from four letters on: thousands of short foreign city names would license splits of
/// ordinary words.
fn build_analyzer(rows: &[Row]) -> Analyzer {
    let n = rasad_text::Normalizer::standard();
    let mut stems = Vec::new();
    // (not-names teach it nothing: they are phrases of ordinary words)
    for r in rows
        .iter()
        .filter(|r| !matches!(r.entry, Entry::NotName { .. }))
    {
        let min = if matches!(r.entry, Entry::Place { .. }) {
            4
        } else {
            3
        };
        for name in &r.names {
            for w in n.normalize_str(&name.text).split_whitespace() {
                let bare = w.strip_prefix("ال").unwrap_or(w);
                if bare.chars().count() >= min {
                    stems.push(bare.to_string());
                    if name.role == source::NameRole::Nisba {
                        for s in ["ة", "ون", "ين", "ات", "ان"] {
                            stems.push(format!("{bare}{s}"));
                        }
                    }
                }
            }
        }
    }
    let seg = Segmenter::builder().known_stems(stems).build();
    Analyzer::builder().segmenter(Arc::new(seg)).build()
}

/// FNV-1a 64: a stable content hash without a dependency.
pub(crate) struct Fnv(pub(crate) u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
