//! The event record: what `rasad code` prints, the store keeps and the API serves.
//! Documented field by field in `docs/schema.md`; keep the two in step.

use crate::{CameoCode, Country, PloverType, QuadClass, Sector};
use chrono::NaiveDate;
use rasad_text::Span;
use serde::{Deserialize, Serialize};

/// An actor as it takes part in an event: the words in the text and the codes they resolve to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// The text of the mention (for an anaphor such as `الطرفين`, the anaphor itself).
    pub text: String,
    pub span: Span,
    /// Canonical name (lexicon entry name, or the text for unknown entities).
    pub name: String,
    /// Lexicon entry id; `null` for entities the lexicon does not know.
    pub id: Option<String>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    /// For anaphora (`البلدين`, `الوزير الروسي`): the span of the earlier mention it resolves to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<Span>,
    /// What the coder inferred rather than read for this actor; absent when every code comes
    /// from the words at `span`. See [`Inferred`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<Inferred>,
}

/// How much of an actor is an inference from context rather than a reading of its words.
///
/// Kept on the record so that a consumer can tell coded evidence from convention and drop
/// (or re-weight) inferred codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Inferred {
    /// The words name a local actor without a nationality (`الشرطة`, `مدنيين`, `جنود`); its
    /// country is the country of the event's location or of the one country the sentence
    /// names — or a group's, that of the members named after it (`سياسيين بينهم بينظير
    /// بوتو`).
    Country,
    /// The text names no participant in this role; the actor is implied by the place: the
    /// target of an attack with no named victim is the country where it happened, and the
    /// target of a protest with no named addressee is that country's government. `span` and
    /// `text` are those of the place (or country) the inference rests on.
    Actor,
}

impl ActorRef {
    /// CAMEO-style combined code, e.g. `ARMMIL`, `IGO`, `GOV`; empty when nothing is known.
    pub fn code(&self) -> String {
        let mut s = String::new();
        if let Some(c) = self.country {
            s.push_str(c.as_str());
        }
        if let Some(sec) = self.sector {
            s.push_str(sec.as_str());
        }
        s
    }
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub text: String,
    pub span: Span,
    pub name: String,
    pub country: Option<Country>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// How exact a count is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountQualifier {
    /// A plain number: `مقتل 3`, `مقتل مدني` (= 1).
    Exact,
    /// `أكثر من 500`, `ما لا يقل عن`.
    AtLeast,
    /// `نحو 30 ألف`, `حوالي`, `قرابة`.
    About,
    /// `أقل من`, `حتى`.
    AtMost,
    /// A vague quantity mapped by a convention (`عشرات` → 10, `عدة` → 2): see `rule`.
    Vague,
}

/// A casualty count with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub value: u64,
    pub qualifier: CountQualifier,
    pub text: String,
    pub span: Span,
    /// The convention applied, if any (e.g. `acled:tens=10`, `acled:dozens=12`, `several=2`).
    pub rule: Option<String>,
}

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
}

/// Whether the text asserts an event, reports someone's claim of it, or reports a denial.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Asserted,
    Claimed,
    Denied,
}

impl Status {
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Asserted => "asserted",
            Status::Claimed => "claimed",
            Status::Denied => "denied",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "asserted" => Some(Status::Asserted),
            "claimed" => Some(Status::Claimed),
            "denied" => Some(Status::Denied),
            _ => None,
        }
    }
}

/// Who says so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker whose claim the event is (reported speech, accusations); `null` when the
    /// text itself asserts it.
    pub claimed_by: Option<ActorRef>,
    pub status: Status,
    /// Actors who deny the event, when `status` is `denied`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied_by: Vec<ActorRef>,
}

/// The trigger: the words that express the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub text: String,
    pub span: Span,
}

/// One coded event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    /// Stable id: a hash of document id, sentence, trigger span, type and actor spans.
    pub event_id: String,
    /// Index of the sentence in the document.
    pub sentence: usize,
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub cameo: CameoCode,
    pub quad_class: QuadClass,
    pub goldstein: f32,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    /// The words the date was resolved from; `null` when it is the article date.
    pub date_text: Option<String>,
    pub location: Option<Location>,
    pub dead: Option<Count>,
    pub injured: Option<Count>,
    pub trigger: Trigger,
    pub attribution: Attribution,
    pub negated: bool,
    pub hypothetical: bool,
    pub historical: bool,
    /// Mentioned as background rather than reported as news by this sentence: in a temporal or
    /// causal phrase (`بعد/منذ/غداة/إثر X`), as the object of a condemnation or comment
    /// (`تدين الهجوم`), or used figuratively. Kept for completeness; detection-style counts
    /// usually skip these.
    #[serde(default)]
    pub background: bool,
    /// The salience model's estimate in [0, 1] that the sentence reports this event (rather than
    /// mentioning it), for the event types the model covers; when present, `background` is true
    /// exactly when it is below the model's threshold for the type. Absent in older records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salience: Option<f32>,
    /// Which pattern fired (trigger entry id and role rule), for explanation and debugging.
    pub rule: String,
}

/// A stable event id: 16 hex digits of FNV-1a over the identifying fields. The same document
/// coded by the same lexicon always gives the same ids, on every platform.
pub fn event_id(
    doc_id: &str,
    sentence: usize,
    trigger: Span,
    event_type: PloverType,
    source: Option<Span>,
    target: Option<Span>,
) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    feed(doc_id.as_bytes());
    feed(&(sentence as u64).to_le_bytes());
    feed(&(trigger.start as u64).to_le_bytes());
    feed(&(trigger.end as u64).to_le_bytes());
    feed(event_type.as_str().as_bytes());
    for s in [source, target] {
        match s {
            Some(s) => {
                feed(&(s.start as u64).to_le_bytes());
                feed(&(s.end as u64).to_le_bytes());
            }
            None => feed(b"-"),
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_are_stable_and_distinct() {
        let a = event_id(
            "d1",
            0,
            Span::new(0, 5),
            PloverType::Request,
            None,
            Some(Span::new(6, 9)),
        );
        let b = event_id(
            "d1",
            0,
            Span::new(0, 5),
            PloverType::Request,
            None,
            Some(Span::new(6, 9)),
        );
        let c = event_id(
            "d1",
            0,
            Span::new(0, 5),
            PloverType::Request,
            Some(Span::new(6, 9)),
            None,
        );
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn unknown_codes_serialize_as_null() {
        let a = ActorRef {
            text: "مسلحون".into(),
            span: Span::new(0, 12),
            name: "مسلحون".into(),
            id: None,
            country: None,
            sector: Some(Sector::Uaf),
            antecedent: None,
            inferred: None,
        };
        let v = serde_json::to_value(&a).unwrap();
        assert!(v["country"].is_null());
        assert_eq!(v["sector"], "UAF");
        assert!(v.get("antecedent").is_none());
        assert!(v.get("inferred").is_none());
        let mut b = a.clone();
        b.inferred = Some(Inferred::Country);
        let v = serde_json::to_value(&b).unwrap();
        assert_eq!(v["inferred"], "country");
        let back: ActorRef = serde_json::from_value(v).unwrap();
        assert_eq!(back, b);
        assert_eq!(a.code(), "UAF");
    }
}
