//! The GSR gold event files (`gsr_events_*.jsonl`): one sentence per line, each with its gold
//! events (PLOVER type, source and target actor as `{country, sector, text}`, trigger text).
//!
//! Codes are parsed here, once, into [`Country`]/[`Sector`]; a bad code or a malformed line is an
//! error naming the file and line, never a silently skipped record.

use chrono::NaiveDate;
use rasad_event::{Country, PloverType, Sector};
use serde::Deserialize;
use std::path::Path;

/// Errors reading a gold file: `file:line: message`.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct GoldError {
    pub file: String,
    /// 1-based line; 0 when the file itself could not be read.
    pub line: usize,
    pub message: String,
}

/// One gold sentence with its events.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldSentence {
    pub id: String,
    /// Article date (`YYYYMMDD` in the file), when present and valid.
    pub date: Option<NaiveDate>,
    pub text: String,
    pub events: Vec<GoldEvent>,
    /// 1-based line in the gold file, for reports.
    pub line: usize,
}

/// One gold event.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldEvent {
    pub event_type: PloverType,
    pub source: GoldActor,
    pub target: GoldActor,
    /// Trigger text as annotated (may be absent).
    pub trigger: Option<String>,
}

/// A gold actor: CAMEO-style codes and the annotated text (whose words may be out of order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldActor {
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub text: Option<String>,
}

#[derive(Deserialize)]
struct RawSentence {
    id: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    #[serde(default)]
    events: Vec<RawEvent>,
}

#[derive(Deserialize)]
struct RawEvent {
    event_type: String,
    #[serde(default)]
    source: RawActor,
    #[serde(default)]
    target: RawActor,
    #[serde(default)]
    trigger: Option<String>,
}

#[derive(Deserialize, Default)]
struct RawActor {
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    sector: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// Reads a GSR gold event file.
pub fn read_gsr_events(path: &Path) -> Result<Vec<GoldSentence>, GoldError> {
    let (name, data) = read_gold_file(path)?;
    parse_gsr_events(&data, &name)
}

/// Reads a gold file whole, naming it in the error: `(display name, content)`.
pub(crate) fn read_gold_file(path: &Path) -> Result<(String, String), GoldError> {
    let name = path.display().to_string();
    let data = std::fs::read_to_string(path).map_err(|e| GoldError {
        file: name.clone(),
        line: 0,
        message: format!("cannot read: {e}"),
    })?;
    Ok((name, data))
}

/// Parses the content of a GSR gold event file; `name` is used in error messages.
pub fn parse_gsr_events(data: &str, name: &str) -> Result<Vec<GoldSentence>, GoldError> {
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let lineno = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| GoldError {
            file: name.to_string(),
            line: lineno,
            message,
        };
        let raw: RawSentence = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        let date = match raw.date.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => Some(
                NaiveDate::parse_from_str(d, "%Y%m%d")
                    .or_else(|_| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
                    .map_err(|_| err(format!("bad date '{d}'")))?,
            ),
        };
        let mut events = Vec::with_capacity(raw.events.len());
        for e in raw.events {
            let event_type = PloverType::parse(&e.event_type).map_err(|x| err(x.to_string()))?;
            events.push(GoldEvent {
                event_type,
                source: actor(e.source).map_err(&err)?,
                target: actor(e.target).map_err(&err)?,
                trigger: e.trigger.filter(|t| !t.trim().is_empty()),
            });
        }
        out.push(GoldSentence {
            id: raw.id,
            date,
            text: raw.text,
            events,
            line: lineno,
        });
    }
    Ok(out)
}

/// Absent, empty and the literal `None`/`null` strings of older exports mean "no code".
fn code(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "None" && s != "null")
}

fn actor(raw: RawActor) -> Result<GoldActor, String> {
    Ok(GoldActor {
        country: code(raw.country)
            .map(|c| Country::parse(&c))
            .transpose()
            .map_err(|e| e.to_string())?,
        sector: code(raw.sector)
            .map(|c| Sector::parse(&c))
            .transpose()
            .map_err(|e| e.to_string())?,
        text: raw.text.filter(|t| !t.trim().is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_nulls() {
        let line = r#"{"id": "a", "date": "20080110", "text": "x", "events": [{"event_type": "ASSAULT", "source": {"country": null, "sector": "UAF", "text": "مسلحين"}, "target": {"country": "PAK", "sector": null, "text": null}, "trigger": null}]}"#;
        let g = parse_gsr_events(line, "g.jsonl").unwrap();
        assert_eq!(g[0].date, NaiveDate::from_ymd_opt(2008, 1, 10));
        let e = &g[0].events[0];
        assert_eq!(e.source.sector, Some(Sector::Uaf));
        assert_eq!(e.source.country, None);
        assert_eq!(e.target.country.unwrap().as_str(), "PAK");
        assert_eq!(e.target.text, None);
    }

    #[test]
    fn bad_code_names_file_and_line() {
        let data = "\n{\"id\":\"a\",\"text\":\"x\",\"events\":[{\"event_type\":\"ASSAULT\",\"source\":{\"country\":\"XYZ\"}}]}";
        let e = parse_gsr_events(data, "g.jsonl").unwrap_err();
        assert!(e.to_string().starts_with("g.jsonl:2: "), "{e}");
    }

    #[test]
    fn reads_the_dev_gold_when_present() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/gold/gsr_events_dev.jsonl");
        if p.exists() {
            let g = read_gsr_events(&p).unwrap();
            assert_eq!(g.len(), 443);
        }
    }
}
