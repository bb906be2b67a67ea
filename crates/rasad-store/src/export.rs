//! Exports of stored events: JSON lines (the canonical `rasad code` record), a flat CSV, a
//! GDELT-2.0-like CSV, PLOVER JSON lines, and Parquet.
//!
//! Every format is derived from one [`StoredEvent`], so they cannot disagree. The flat table
//! ([`FLAT_COLUMNS`]) is shared by CSV, Parquet and `rasad query`'s table output.

use crate::{EventFilter, Sort, Store, StoreError, StoredEvent};
use chrono::Datelike;
use rasad_event::ActorRef;
use serde_json::{json, Value};
use std::io::Write;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One canonical event record (as `rasad code` prints it) per line.
    Jsonl,
    /// The flat table of [`FLAT_COLUMNS`], with a header.
    Csv,
    /// GDELT 2.0 event-table columns, with a header (see [`GDELT_COLUMNS`]).
    Gdelt,
    /// PLOVER JSON, one record per line.
    Plover,
    /// The flat table as Parquet (uncompressed; readable by pandas/pyarrow).
    #[cfg(feature = "parquet")]
    Parquet,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<ExportFormat> {
        match s {
            "jsonl" => Some(ExportFormat::Jsonl),
            "csv" => Some(ExportFormat::Csv),
            "gdelt" => Some(ExportFormat::Gdelt),
            "plover" => Some(ExportFormat::Plover),
            #[cfg(feature = "parquet")]
            "parquet" => Some(ExportFormat::Parquet),
            _ => None,
        }
    }
}

/// Writes every event matching `filter` (oldest first) in `format`; returns how many.
pub fn export(
    store: &dyn Store,
    filter: &EventFilter,
    format: ExportFormat,
    out: Box<dyn Write + Send>,
) -> Result<u64, StoreError> {
    match format {
        ExportFormat::Jsonl | ExportFormat::Plover => {
            let mut out = std::io::BufWriter::new(out);
            let n = store.for_each_event(filter, Sort::DateAsc, &mut |e| {
                let v = if format == ExportFormat::Jsonl {
                    serde_json::to_value(&e.event)?
                } else {
                    plover_record(&e)
                };
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
                Ok(())
            })?;
            out.flush()?;
            Ok(n)
        }
        ExportFormat::Csv | ExportFormat::Gdelt => {
            let mut w = csv::Writer::from_writer(out);
            if format == ExportFormat::Csv {
                w.write_record(FLAT_COLUMNS.iter().map(|c| c.0))?;
            } else {
                w.write_record(GDELT_COLUMNS)?;
            }
            let n = store.for_each_event(filter, Sort::DateAsc, &mut |e| {
                if format == ExportFormat::Csv {
                    w.write_record(flat_row(&e).iter().map(Cell::to_text))?;
                } else {
                    w.write_record(gdelt_row(&e))?;
                }
                Ok(())
            })?;
            w.flush()?;
            Ok(n)
        }
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => parquet::write(store, filter, out),
    }
}

/// The type of a flat column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    Int,
    Float,
    Bool,
}

/// One cell of the flat table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(Option<String>),
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(bool),
}

impl Cell {
    /// The cell as CSV/table text (empty for null).
    pub fn to_text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone().unwrap_or_default(),
            Cell::Int(i) => i.map(|i| i.to_string()).unwrap_or_default(),
            Cell::Float(f) => f.map(|f| f.to_string()).unwrap_or_default(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

use ColumnKind::*;

/// Columns of the flat table (CSV, Parquet, `rasad query --format table|csv`).
pub const FLAT_COLUMNS: &[(&str, ColumnKind)] = &[
    ("global_id", Int),
    ("event_id", Text),
    ("doc_id", Text),
    ("date", Text),
    ("event_type", Text),
    ("mode", Text),
    ("cameo", Text),
    ("cameo_root", Text),
    ("quad_class", Int),
    ("goldstein", Float),
    ("status", Text),
    ("claimed_by", Text),
    ("source_name", Text),
    ("source_code", Text),
    ("source_country", Text),
    ("source_sector", Text),
    ("source_text", Text),
    ("target_name", Text),
    ("target_code", Text),
    ("target_country", Text),
    ("target_sector", Text),
    ("target_text", Text),
    ("location", Text),
    ("location_country", Text),
    ("lat", Float),
    ("lon", Float),
    ("dead", Int),
    ("injured", Int),
    ("negated", Bool),
    ("hypothetical", Bool),
    ("historical", Bool),
    ("trigger", Text),
    ("trigger_start", Int),
    ("trigger_end", Int),
    ("sentence", Int),
    ("url", Text),
    ("title", Text),
    ("doc_source", Text),
    ("lexicon_hash", Text),
];

/// The flat row of one event, in [`FLAT_COLUMNS`] order.
pub fn flat_row(s: &StoredEvent) -> Vec<Cell> {
    let e = &s.event;
    let text = |v: Option<&str>| Cell::Text(v.map(str::to_string));
    let actor = |a: &Option<ActorRef>| -> [Cell; 5] {
        [
            text(a.as_ref().map(|a| a.name.as_str())),
            Cell::Text(a.as_ref().map(|a| a.code()).filter(|c| !c.is_empty())),
            text(
                a.as_ref()
                    .and_then(|a| a.country.as_ref())
                    .map(|c| c.as_str()),
            ),
            text(a.as_ref().and_then(|a| a.sector).map(|c| c.as_str())),
            text(a.as_ref().map(|a| a.text.as_str())),
        ]
    };
    let mut row = vec![
        Cell::Int(Some(s.global_id)),
        text(Some(&e.event_id)),
        text(Some(&e.doc_id)),
        Cell::Text(event_date(s).map(|d| d.to_string())),
        text(Some(e.event_type.as_str())),
        text(e.mode.as_deref()),
        text(Some(e.cameo.as_str())),
        text(Some(e.cameo.root().as_str())),
        Cell::Int(Some(e.quad_class.number() as i64)),
        Cell::Float(Some(e.goldstein as f64)),
        text(Some(e.attribution.status.as_str())),
        text(e.attribution.claimed_by.as_ref().map(|a| a.name.as_str())),
    ];
    row.extend(actor(&e.source));
    row.extend(actor(&e.target));
    let loc = e.location.as_ref();
    row.extend([
        text(loc.map(|l| l.name.as_str())),
        text(loc.and_then(|l| l.country.as_ref()).map(|c| c.as_str())),
        Cell::Float(loc.and_then(|l| l.lat)),
        Cell::Float(loc.and_then(|l| l.lon)),
        Cell::Int(e.dead.as_ref().map(|c| c.value.min(i64::MAX as u64) as i64)),
        Cell::Int(
            e.injured
                .as_ref()
                .map(|c| c.value.min(i64::MAX as u64) as i64),
        ),
        Cell::Bool(e.negated),
        Cell::Bool(e.hypothetical),
        Cell::Bool(e.historical),
        text(Some(&e.trigger.text)),
        Cell::Int(Some(e.trigger.span.start as i64)),
        Cell::Int(Some(e.trigger.span.end as i64)),
        Cell::Int(Some(e.sentence as i64)),
        text(s.document.url.as_deref()),
        text(s.document.title.as_deref()),
        text(s.document.source.as_deref()),
        text(Some(&s.run.lexicon_hash)),
    ]);
    row
}

/// The event's date: the resolved one, else the article's.
pub fn event_date(s: &StoredEvent) -> Option<chrono::NaiveDate> {
    s.event.date.or(s.document.date)
}

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// One GDELT-like row. Where GDELT has no counterpart here (religion, ethnic and known-group
/// codes, tone, actor geography, ADM codes) the cell is empty. Differences from GDELT, on purpose:
/// country codes are ISO-3166 alpha-3 (as CAMEO actor codes are), also in `ActionGeo_CountryCode`
/// where GDELT uses FIPS; `IsRootEvent` is 1 for events in the first sentence; the mention and
/// article counts are 1 (each row is one mention in one article, not deduplicated across sources).
pub fn gdelt_row(s: &StoredEvent) -> Vec<String> {
    let e = &s.event;
    let date = event_date(s);
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(s.global_id.to_string());
    match date {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            let frac = d.year() as f64 + (d.ordinal() as f64 - 1.0) / 365.0;
            row.push(format!("{frac:.4}"));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    for a in [&e.source, &e.target] {
        let a = a.as_ref();
        row.push(a.map(|a| a.code()).unwrap_or_default());
        row.push(a.map(|a| a.name.clone()).unwrap_or_default());
        row.push(
            a.and_then(|a| a.country)
                .map(|c| c.to_string())
                .unwrap_or_default(),
        );
        row.extend(std::iter::repeat_n(String::new(), 4)); // known group, ethnic, religion 1/2
        row.push(
            a.and_then(|a| a.sector)
                .map(|c| c.to_string())
                .unwrap_or_default(),
        );
        row.extend([String::new(), String::new()]); // type 2/3
    }
    row.push(if e.sentence == 0 { "1" } else { "0" }.into());
    row.push(e.cameo.as_str().into());
    row.push(e.cameo.base().as_str().into());
    row.push(e.cameo.root().as_str().into());
    row.push(e.quad_class.number().to_string());
    row.push(format!("{:.1}", e.goldstein));
    row.extend(["1", "1", "1", ""].map(String::from)); // mentions, sources, articles, tone
    row.extend(std::iter::repeat_n(String::new(), 16)); // Actor1Geo_*, Actor2Geo_*
    match &e.location {
        Some(l) => {
            // 4 = WORLDCITY for a located place, 1 = COUNTRY when only the country is known.
            let kind = if l.lat.is_some() { "4" } else { "1" };
            row.push(kind.into());
            row.push(l.name.clone());
            row.push(l.country.map(|c| c.to_string()).unwrap_or_default());
            row.extend([String::new(), String::new()]);
            row.push(l.lat.map(|x| x.to_string()).unwrap_or_default());
            row.push(l.lon.map(|x| x.to_string()).unwrap_or_default());
            row.push(String::new());
        }
        None => row.extend(std::iter::repeat_n(String::new(), 8)),
    }
    row.push(dateadded(&s.run.started));
    row.push(s.document.url.clone().unwrap_or_default());
    row
}

/// `2026-11-24T23:18:00Z` → `20261124231800`.
fn dateadded(rfc3339: &str) -> String {
    rfc3339
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect()
}

/// A PLOVER JSON record (fields per the PLOVER manual: `id`, `date`, `actor`, `recipient`,
/// `event`, `mode`, `context`, `event_text`, `quad_code`, `event_loc`, size fields, `text_info`,
/// `link`, `coder`, `coded_date`, `comment`).
pub fn plover_record(s: &StoredEvent) -> Value {
    let e = &s.event;
    let entity = |a: &ActorRef| {
        json!({
            "code": a.country.map(|c| c.to_string()),
            "sector": a.sector.map(|c| c.to_string()),
            "entity_text": a.text,
            "identifier_text": a.name,
            "identifier_id": a.id,
        })
    };
    let info = e.cameo.info();
    let mut mode = Vec::new();
    if let Some(m) = &e.mode {
        mode.push(m.clone());
    }
    for (flag, name) in [
        (e.negated, "negation"),
        (e.hypothetical, "hypothetical"),
        (e.historical, "historical"),
    ] {
        if flag {
            mode.push(name.to_string());
        }
    }
    let mut v = json!({
        "id": e.event_id,
        "date": event_date(s).map(|d| d.to_string()),
        "actor": e.source.iter().map(entity).collect::<Vec<_>>(),
        "recipient": e.target.iter().map(entity).collect::<Vec<_>>(),
        "event": [e.event_type.as_str()],
        "mode": mode,
        "context": info.contexts,
        "event_text": [e.trigger.text],
        "quad_code": e.quad_class.number(),
        "cameo": e.cameo.as_str(),
        "goldstein": e.goldstein,
        "status": e.attribution.status.as_str(),
        "text_info": {
            "sequence": e.sentence,
            "start": e.trigger.span.start,
            "end": e.trigger.span.end,
            "text_story": s.document.id,
        },
        "link": s.document.url,
        "coder": format!("rasad (lexicon {})", s.run.lexicon_hash),
        "coded_date": s.run.started.get(..10),
        "comment": e.rule,
    });
    if let Some(l) = &e.location {
        v["event_loc"] = json!({
            "text": l.text, "name": l.name, "country": l.country.map(|c| c.to_string()),
            "lat": l.lat, "lon": l.lon,
        });
    }
    if let Some(c) = &e.dead {
        v["dead"] = json!(c.value);
    }
    if let Some(c) = &e.injured {
        v["injured"] = json!(c.value);
    }
    v
}

#[cfg(feature = "parquet")]
mod parquet {
    use super::*;
    use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;

    const BATCH: usize = 8192;

    fn perr(e: impl std::fmt::Display) -> StoreError {
        StoreError::new(crate::StoreErrorKind::Parquet(e.to_string()))
    }

    pub(super) fn write(
        store: &dyn Store,
        filter: &EventFilter,
        out: Box<dyn Write + Send>,
    ) -> Result<u64, StoreError> {
        let schema = Arc::new(Schema::new(
            FLAT_COLUMNS
                .iter()
                .map(|(name, kind)| {
                    let t = match kind {
                        Text => DataType::Utf8,
                        Int => DataType::Int64,
                        Float => DataType::Float64,
                        Bool => DataType::Boolean,
                    };
                    Field::new(*name, t, *kind != Bool)
                })
                .collect::<Vec<_>>(),
        ));
        let mut writer =
            ::parquet::arrow::ArrowWriter::try_new(out, schema.clone(), None).map_err(perr)?;
        let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(BATCH);
        let n = store.for_each_event(filter, Sort::DateAsc, &mut |e| {
            rows.push(flat_row(&e));
            if rows.len() >= BATCH {
                flush(&schema, &mut rows, &mut writer)?;
            }
            Ok(())
        })?;
        flush(&schema, &mut rows, &mut writer)?;
        writer.close().map_err(perr)?;
        Ok(n)
    }

    fn flush(
        schema: &Arc<Schema>,
        rows: &mut Vec<Vec<Cell>>,
        writer: &mut ::parquet::arrow::ArrowWriter<Box<dyn Write + Send>>,
    ) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        let cols: Vec<ArrayRef> = (0..FLAT_COLUMNS.len())
            .map(|i| -> ArrayRef {
                let col = rows.iter().map(|r| &r[i]);
                match FLAT_COLUMNS[i].1 {
                    Text => Arc::new(
                        col.map(|c| match c {
                            Cell::Text(s) => s.clone(),
                            other => Some(other.to_text()),
                        })
                        .collect::<StringArray>(),
                    ),
                    Int => Arc::new(
                        col.map(|c| match c {
                            Cell::Int(i) => *i,
                            _ => None,
                        })
                        .collect::<Int64Array>(),
                    ),
                    Float => Arc::new(
                        col.map(|c| match c {
                            Cell::Float(f) => *f,
                            _ => None,
                        })
                        .collect::<Float64Array>(),
                    ),
                    Bool => Arc::new(
                        col.map(|c| match c {
                            Cell::Bool(b) => Some(*b),
                            _ => Some(false),
                        })
                        .collect::<BooleanArray>(),
                    ),
                }
            })
            .collect();
        let batch = RecordBatch::try_new(schema.clone(), cols).map_err(perr)?;
        writer.write(&batch).map_err(perr)?;
        rows.clear();
        Ok(())
    }
}
