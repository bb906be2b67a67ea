//! What goes in and what comes out of the store: document, sentence, mention and run records,
//! event filters and the shapes of aggregate answers.

use chrono::NaiveDate;
use rasad_event::{CameoCode, Country, Event, PloverType, Sector, Span, Status};
use serde::{Deserialize, Serialize};

/// A document as read from a corpus: the original text, never rewritten.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub text: String,
}

impl DocumentRecord {
    /// A stable hash of everything the document says (text and metadata): re-ingesting the
    /// same content is a no-op, and any change, even to the title, replaces the stored rows.
    /// FNV-1a 64 over length-prefixed fields, so two field splits cannot collide trivially.
    pub fn content_hash(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |field: Option<&str>| {
            let bytes = field.map(str::as_bytes);
            let len = bytes.map_or(u64::MAX, |b| b.len() as u64);
            for b in len.to_le_bytes().iter().chain(bytes.unwrap_or(&[])) {
                h ^= *b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        let date = self.date.map(|d| d.to_string());
        feed(Some(&self.id));
        feed(self.source.as_deref());
        feed(self.url.as_deref());
        feed(date.as_deref());
        feed(self.title.as_deref());
        feed(Some(&self.text));
        format!("{h:016x}")
    }
}

/// A sentence as the coder saw it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentenceRecord {
    pub index: usize,
    pub span: Span,
    /// Why the sentence is not article body (`read-also`, `notice`, …), if it is not.
    pub boilerplate: Option<String>,
}

/// What a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Actor,
    Place,
}

impl MentionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Actor => "actor",
            MentionKind::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<MentionKind> {
        match s {
            "actor" => Some(MentionKind::Actor),
            "place" => Some(MentionKind::Place),
            _ => None,
        }
    }
}

/// An actor or place mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub sentence: usize,
    pub span: Span,
    pub text: String,
    pub kind: MentionKind,
    pub name: String,
    /// Lexicon entry id.
    pub entry_id: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// One document with everything coding it produced: the unit the store writes atomically.
#[derive(Clone, Debug, PartialEq)]
pub struct CodedDocument {
    pub document: DocumentRecord,
    pub sentences: Vec<SentenceRecord>,
    pub mentions: Vec<MentionRecord>,
    pub events: Vec<Event>,
}

/// What a coding run records about the code that produced its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunInfo {
    pub rasad_version: String,
    pub lexicon_hash: String,
    /// What started it (`ingest`, `recode`, `server`, …).
    pub command: String,
}

/// The id of a coding run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RunId(pub i64);

/// A coding run as stored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodingRun {
    pub id: i64,
    pub rasad_version: String,
    pub lexicon_hash: String,
    pub command: String,
    /// RFC 3339, UTC.
    pub started: String,
    pub finished: Option<String>,
    /// Documents whose current rows this run wrote.
    pub documents: u64,
}

/// How [`Store::write`](crate::Store::write) treats a document that is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteMode {
    /// Skip it when its content hash is unchanged; replace its rows otherwise (ingest).
    IfChanged,
    /// Always replace its rows (recode after a lexicon change).
    Replace,
}

/// What happened to each document of a batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WriteReport {
    pub inserted: u64,
    pub replaced: u64,
    pub unchanged: u64,
    pub events: u64,
}

impl WriteReport {
    pub fn add(&mut self, other: WriteReport) {
        self.inserted += other.inserted;
        self.replaced += other.replaced;
        self.unchanged += other.unchanged;
        self.events += other.events;
    }
}

/// Which role an actor filter applies to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Source,
    Target,
    #[default]
    Either,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "source" => Some(Role::Source),
            "target" => Some(Role::Target),
            "either" | "any" => Some(Role::Either),
            _ => None,
        }
    }
}

/// Event filters shared by `rasad query`, `rasad export` and the HTTP API. Every field is
/// already typed: parse user input at the boundary, then build one of these.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    /// Actor name, lexicon id, combined code (`ARMMIL`), country (`ARM`) or sector (`MIL`);
    /// case-insensitive, exact.
    pub actor: Option<String>,
    pub role: Role,
    pub event_type: Option<PloverType>,
    /// CAMEO root (two digits).
    pub root: Option<CameoCode>,
    /// Event date (the resolved date, else the article date), inclusive.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Place name, its text in the article, or its country code.
    pub place: Option<String>,
    pub status: Option<Status>,
    /// Arabic free-text search over the documents (see [`crate::search`]).
    pub text: Option<String>,
    pub doc_id: Option<String>,
}

/// Sort order of event lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest first (then by id).
    #[default]
    DateDesc,
    DateAsc,
    /// Insertion order.
    Id,
}

impl Sort {
    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "date_desc" | "-date" => Some(Sort::DateDesc),
            "date_asc" | "date" => Some(Sort::DateAsc),
            "id" => Some(Sort::Id),
            _ => None,
        }
    }
}

/// A page of a sorted list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub offset: u64,
    pub limit: u64,
    pub sort: Sort,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            offset: 0,
            limit: 50,
            sort: Sort::default(),
        }
    }
}

/// The document fields an event row carries along.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocMeta {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
}

/// An event as stored: the record, its numeric id (GDELT's GLOBALEVENTID), its document and run.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    pub global_id: i64,
    pub event: Event,
    /// The event JSON with UTF-16 offsets beside every byte span (`span_utf16`, …).
    pub json: serde_json::Value,
    pub document: DocMeta,
    pub run: CodingRunRef,
}

/// The run that produced a row, as far as exports need it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodingRunRef {
    pub id: i64,
    pub lexicon_hash: String,
    pub started: String,
}

/// One page of events and the total count matching the filter.
#[derive(Clone, Debug, PartialEq)]
pub struct EventPage {
    pub total: u64,
    pub events: Vec<StoredEvent>,
}

/// A stored sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceView {
    pub index: usize,
    /// Byte offsets into the original text.
    pub span: Span,
    /// The same span in UTF-16 code units (what JavaScript strings index).
    pub span_utf16: [usize; 2],
    pub boilerplate: Option<String>,
}

/// A stored mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MentionView {
    pub sentence: usize,
    pub span: Span,
    pub span_utf16: [usize; 2],
    pub text: String,
    pub kind: MentionKind,
    pub name: String,
    pub entry_id: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A document with everything stored about it.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentView {
    pub document: DocumentRecord,
    pub content_hash: String,
    pub run: CodingRunRef,
    pub sentences: Vec<SentenceView>,
    pub mentions: Vec<MentionView>,
    pub events: Vec<StoredEvent>,
}

/// An actor and how often it appears in events.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorCount {
    pub name: String,
    /// Combined CAMEO-style code (`ARMMIL`); empty when nothing is known.
    pub code: String,
    pub as_source: u64,
    pub as_target: u64,
    pub total: u64,
}

/// Time bucket of the timeline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Bucket {
    #[default]
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
}

impl Bucket {
    pub fn parse(s: &str) -> Option<Bucket> {
        match s {
            "day" => Some(Bucket::Day),
            "week" => Some(Bucket::Week),
            _ => None,
        }
    }
}

/// Events of one type in one time bucket.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelinePoint {
    /// First day of the bucket.
    pub period: NaiveDate,
    pub event_type: PloverType,
    pub count: u64,
}

/// Event counts between a source and a target actor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dyad {
    pub source: String,
    pub source_code: String,
    pub target: String,
    pub target_code: String,
    pub count: u64,
}

/// Row counts of the whole store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    pub documents: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub events: u64,
    pub runs: u64,
}
