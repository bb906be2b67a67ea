//! The store against hand-built events: what is written is what is read, filters select what
//! they say, re-writes are idempotent, and exports carry the right columns.

use chrono::NaiveDate;
use rasad_event::{
    event_id, ActorRef, Attribution, CameoCode, Country, Event, Location, PloverType, Sector, Span,
    Status, Trigger,
};
use rasad_store::export::{self, ExportFormat, FLAT_COLUMNS, GDELT_COLUMNS};
use rasad_store::*;
use rasad_text::Analyzer;
use std::io::Write;
use std::sync::{Arc, Mutex};

fn find(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Span::new(start, start + needle.len())
}

fn actor(
    text: &str,
    word: &str,
    name: &str,
    country: Option<&str>,
    sector: Option<Sector>,
) -> ActorRef {
    ActorRef {
        text: word.to_string(),
        span: find(text, word),
        name: name.to_string(),
        id: Some(format!("test:{name}")),
        country: country.map(|c| Country::parse(c).unwrap()),
        sector,
        antecedent: None,
        inferred: None,
    }
}

struct Spec<'a> {
    trigger: &'a str,
    kind: PloverType,
    cameo: &'a str,
    source: Option<(&'a str, &'a str, Option<&'a str>, Option<Sector>)>,
    target: Option<(&'a str, &'a str, Option<&'a str>, Option<Sector>)>,
    status: Status,
    place: Option<(&'a str, &'a str, &'a str)>,
}

fn event(doc: &DocumentRecord, sentence: usize, s: Spec<'_>) -> Event {
    let text = &doc.text;
    let source = s.source.map(|(w, n, c, sec)| actor(text, w, n, c, sec));
    let target = s.target.map(|(w, n, c, sec)| actor(text, w, n, c, sec));
    let trigger = Trigger {
        text: s.trigger.to_string(),
        span: find(text, s.trigger),
    };
    let cameo = CameoCode::parse(s.cameo).unwrap();
    Event {
        doc_id: doc.id.clone(),
        event_id: event_id(
            &doc.id,
            sentence,
            trigger.span,
            s.kind,
            source.as_ref().map(|a| a.span),
            target.as_ref().map(|a| a.span),
        ),
        sentence,
        event_type: s.kind,
        mode: None,
        cameo,
        quad_class: s.kind.quad_class(),
        goldstein: cameo.info().goldstein,
        source,
        target,
        date: None,
        date_precision: None,
        date_text: None,
        location: s.place.map(|(w, name, c)| Location {
            text: w.to_string(),
            span: find(text, w),
            name: name.to_string(),
            country: Some(Country::parse(c).unwrap()),
            lat: Some(31.5),
            lon: Some(34.46),
        }),
        dead: None,
        injured: None,
        trigger,
        attribution: Attribution {
            claimed_by: None,
            status: s.status,
            denied_by: vec![],
        },
        negated: false,
        hypothetical: false,
        historical: false,
        background: false,
        salience: None,
        rule: "test".into(),
    }
}

fn doc(id: &str, date: &str, text: &str) -> DocumentRecord {
    DocumentRecord {
        id: id.to_string(),
        source: Some("test".into()),
        url: Some(format!("https://example.org/{id}")),
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap()),
        title: Some(format!("title {id}")),
        text: text.to_string(),
    }
}

fn coded(d: DocumentRecord, events: Vec<Event>) -> CodedDocument {
    let sentences = vec![SentenceRecord {
        index: 0,
        span: Span::new(0, d.text.len()),
        boilerplate: None,
    }];
    CodedDocument {
        document: d,
        sentences,
        mentions: vec![],
        events,
    }
}

fn prepared(c: CodedDocument) -> PreparedDocument {
    PreparedDocument::new(c, &Analyzer::default()).unwrap()
}

const D1: &str = "😀 قصفت القوات الإسرائيلية مواقع بغزة وقتل مُقاتلون.";
const D2: &str = "اتهمت روسيا أرمينيا بخرق الهدنة في ناغورني قره باغ.";
const D3: &str = "تظاهر آلاف المحتجين في بغداد ضد الحكومة.";

/// Three documents on three days: ASSAULT ISR→PSE (Gaza), ACCUSE RUS→ARM (claimed), PROTEST CVL→IRQGOV.
fn corpus() -> Vec<CodedDocument> {
    let d1 = doc("d1", "2020-10-05", D1);
    let e1 = event(
        &d1,
        0,
        Spec {
            trigger: "قصفت",
            kind: PloverType::Assault,
            cameo: "195",
            source: Some((
                "القوات الإسرائيلية",
                "Israeli forces",
                Some("ISR"),
                Some(Sector::Mil),
            )),
            target: Some(("مُقاتلون", "fighters", Some("PSE"), Some(Sector::Uaf))),
            status: Status::Asserted,
            place: Some(("بغزة", "Gaza", "PSE")),
        },
    );
    let d2 = doc("d2", "2020-10-07", D2);
    let e2 = event(
        &d2,
        0,
        Spec {
            trigger: "اتهمت",
            kind: PloverType::Accuse,
            cameo: "112",
            source: Some(("روسيا", "Russia", Some("RUS"), None)),
            target: Some(("أرمينيا", "Armenia", Some("ARM"), None)),
            status: Status::Claimed,
            place: None,
        },
    );
    let d3 = doc("d3", "2020-10-20", D3);
    let e3 = event(
        &d3,
        0,
        Spec {
            trigger: "تظاهر",
            kind: PloverType::Protest,
            cameo: "141",
            source: Some(("المحتجين", "protesters", None, Some(Sector::Cvl))),
            target: Some((
                "الحكومة",
                "Iraqi government",
                Some("IRQ"),
                Some(Sector::Gov),
            )),
            status: Status::Asserted,
            place: Some(("بغداد", "Baghdad", "IRQ")),
        },
    );
    vec![
        coded(d1, vec![e1]),
        coded(d2, vec![e2]),
        coded(d3, vec![e3]),
    ]
}

fn run_info() -> RunInfo {
    RunInfo {
        rasad_version: "test".into(),
        lexicon_hash: "lex1".into(),
        command: "test".into(),
    }
}

fn filled() -> (SqliteStore, RunId) {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let run = s.begin_run(&run_info()).unwrap();
    let docs: Vec<_> = corpus().into_iter().map(prepared).collect();
    let r = s.write(run, &docs, WriteMode::IfChanged).unwrap();
    assert_eq!((r.inserted, r.events), (3, 3));
    s.finish_run(run).unwrap();
    (s, run)
}

fn ids(s: &SqliteStore, f: EventFilter) -> Vec<String> {
    let mut v: Vec<String> = s
        .events(
            &f,
            &Page {
                limit: 100,
                ..Page::default()
            },
        )
        .unwrap()
        .events
        .into_iter()
        .map(|e| e.document.id)
        .collect();
    v.sort();
    v
}

#[test]
fn events_and_documents_read_back_as_written() {
    let (s, run) = filled();
    let original = corpus();
    let view = s.document("d1").unwrap().unwrap();
    assert_eq!(view.document, original[0].document);
    assert_eq!(view.run.id, run.0);
    assert_eq!(view.events.len(), 1);
    assert_eq!(view.events[0].event, original[0].events[0]);
    // Byte spans slice the original; UTF-16 spans slice its UTF-16 encoding the same way.
    let trig = &view.events[0].json["trigger"];
    let b = trig["span"].as_array().unwrap();
    let u = trig["span_utf16"].as_array().unwrap();
    let (bs, be) = (
        b[0].as_u64().unwrap() as usize,
        b[1].as_u64().unwrap() as usize,
    );
    let (us, ue) = (
        u[0].as_u64().unwrap() as usize,
        u[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&D1[bs..be], "قصفت");
    let utf16: Vec<u16> = D1.encode_utf16().collect();
    assert_eq!(String::from_utf16(&utf16[us..ue]).unwrap(), "قصفت");
    assert_ne!(bs, us, "the emoji makes the units differ");
    let sent = &view.sentences[0];
    assert_eq!((sent.span.start, sent.span.end), (0, D1.len()));
    assert_eq!(sent.span_utf16, [0, utf16.len()]);
    let st = s.stats().unwrap();
    assert_eq!(
        (st.documents, st.events, st.sentences, st.runs),
        (3, 3, 3, 1)
    );
    assert!(s.document("nope").unwrap().is_none());
    let e = s.event(&original[1].events[0].event_id).unwrap().unwrap();
    assert_eq!(e.document.id, "d2");
    assert!(s.event("0000").unwrap().is_none());
}

#[test]
fn rewriting_is_idempotent_and_changes_replace_rows() {
    let (mut s, _) = filled();
    let run2 = s.begin_run(&run_info()).unwrap();
    let again: Vec<_> = corpus().into_iter().map(prepared).collect();
    let r = s.write(run2, &again, WriteMode::IfChanged).unwrap();
    assert_eq!((r.inserted, r.replaced, r.unchanged), (0, 0, 3));
    assert_eq!(s.stats().unwrap().events, 3);

    // d2 changes: its old event goes, the new one comes, in the new run.
    let mut d2 = corpus().remove(1);
    d2.document.text = format!("{D2} وأضافت روسيا");
    let r = s
        .write(
            run2,
            &[prepared(coded(d2.document.clone(), vec![]))],
            WriteMode::IfChanged,
        )
        .unwrap();
    assert_eq!((r.inserted, r.replaced), (0, 1));
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.events), (3, 2));
    let view = s.document("d2").unwrap().unwrap();
    assert_eq!(view.document.text, d2.document.text);
    assert_eq!(view.run.id, run2.0);
    assert!(view.events.is_empty());
    // The search index follows the new text, and no longer holds the old one only.
    let f = |t: &str| EventFilter {
        text: Some(t.into()),
        ..Default::default()
    };
    assert_eq!(ids(&s, f("غزة")), vec!["d1"]);

    // Replace mode rewrites even unchanged documents (recode).
    let r = s
        .write(run2, &[prepared(corpus().remove(0))], WriteMode::Replace)
        .unwrap();
    assert_eq!((r.replaced, r.events), (1, 1));
    assert_eq!(s.document_ids(Some("lex1")).unwrap(), Vec::<String>::new());
    assert_eq!(s.document_ids(Some("lex2")).unwrap().len(), 3);
    assert_eq!(s.content_hashes().unwrap().len(), 3);
    let runs = s.runs().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[1].documents, 2);
}

#[test]
fn filters_select_what_they_say() {
    let (s, _) = filled();
    let f = EventFilter::default;
    assert_eq!(ids(&s, f()), vec!["d1", "d2", "d3"]);
    // Actor by country, sector, combined code, name, lexicon id, text; with roles.
    for (actor, want) in [
        ("RUS", vec!["d2"]),
        ("arm", vec!["d2"]),
        ("MIL", vec!["d1"]),
        ("ISRMIL", vec!["d1"]),
        ("Iraqi government", vec!["d3"]),
        ("test:Russia", vec!["d2"]),
        ("المحتجين", vec!["d3"]),
        ("XYZ", vec![]),
    ] {
        assert_eq!(
            ids(
                &s,
                EventFilter {
                    actor: Some(actor.into()),
                    ..f()
                }
            ),
            want,
            "{actor}"
        );
    }
    let role = |a: &str, role| {
        ids(
            &s,
            EventFilter {
                actor: Some(a.into()),
                role,
                ..f()
            },
        )
    };
    assert_eq!(role("ARM", Role::Target), vec!["d2"]);
    assert!(role("ARM", Role::Source).is_empty());
    assert_eq!(
        ids(
            &s,
            EventFilter {
                event_type: Some(PloverType::Protest),
                ..f()
            }
        ),
        vec!["d3"]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                root: Some(CameoCode::parse("19").unwrap()),
                ..f()
            }
        ),
        vec!["d1"]
    );
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    assert_eq!(
        ids(
            &s,
            EventFilter {
                from: day("2020-10-06"),
                to: day("2020-10-07"),
                ..f()
            }
        ),
        vec!["d2"]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                place: Some("Baghdad".into()),
                ..f()
            }
        ),
        vec!["d3"]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                place: Some("PSE".into()),
                ..f()
            }
        ),
        vec!["d1"]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                status: Some(Status::Claimed),
                ..f()
            }
        ),
        vec!["d2"]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                doc_id: Some("d3".into()),
                ..f()
            }
        ),
        vec!["d3"]
    );
}

#[test]
fn arabic_search_sees_through_clitics_and_diacritics() {
    let (s, _) = filled();
    let t = |q: &str| {
        ids(
            &s,
            EventFilter {
                text: Some(q.into()),
                ..Default::default()
            },
        )
    };
    assert_eq!(t("غزة"), vec!["d1"], "بغزة");
    assert_eq!(t("مقاتلون"), vec!["d1"], "مُقاتلون");
    assert_eq!(t("الهدنة"), vec!["d2"]);
    assert_eq!(t("هدنة"), vec!["d2"]);
    assert_eq!(t("بغداد"), vec!["d3"]);
    assert_eq!(t("غزة بغداد"), Vec::<String>::new(), "all terms must match");
    assert!(t("موسكو").is_empty());
    let err = s
        .events(
            &EventFilter {
                text: Some(" ، ".into()),
                ..Default::default()
            },
            &Page::default(),
        )
        .unwrap_err();
    assert!(err.is_invalid());
}

#[test]
fn pages_are_sorted_and_counted() {
    let (s, _) = filled();
    let page = |offset, limit, sort| {
        let p = s
            .events(
                &EventFilter::default(),
                &Page {
                    offset,
                    limit,
                    sort,
                },
            )
            .unwrap();
        (
            p.total,
            p.events
                .into_iter()
                .map(|e| e.document.id)
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        page(0, 2, Sort::DateDesc),
        (3, vec!["d3".to_string(), "d2".into()])
    );
    assert_eq!(page(2, 2, Sort::DateDesc), (3, vec!["d1".to_string()]));
    assert_eq!(page(0, 1, Sort::DateAsc), (3, vec!["d1".to_string()]));
    assert_eq!(page(5, 1, Sort::Id).1.len(), 0);
}

#[test]
fn aggregates_count_actors_days_and_dyads() {
    let (s, _) = filled();
    let actors = s.actors(&EventFilter::default(), 10).unwrap();
    assert_eq!(actors.len(), 6);
    let russia = actors.iter().find(|a| a.name == "Russia").unwrap();
    assert_eq!(
        (russia.as_source, russia.as_target, russia.code.as_str()),
        (1, 0, "RUS")
    );
    assert_eq!(s.actors(&EventFilter::default(), 2).unwrap().len(), 2);

    let days = s.timeline(&EventFilter::default(), Bucket::Day).unwrap();
    assert_eq!(days.len(), 3);
    assert_eq!(days[0].period.to_string(), "2020-10-05");
    let weeks = s.timeline(&EventFilter::default(), Bucket::Week).unwrap();
    // 5 and 7 October 2020 share the week of Monday 5 October; the 20th is in another week.
    assert_eq!(
        weeks
            .iter()
            .map(|p| p.period.to_string())
            .collect::<Vec<_>>(),
        vec!["2020-10-05", "2020-10-05", "2020-10-19"]
    );
    assert_eq!(weeks.iter().map(|p| p.count).sum::<u64>(), 3);

    let net = s.network(&EventFilter::default(), 10).unwrap();
    assert_eq!(net.len(), 3);
    assert!(net
        .iter()
        .any(|d| d.source == "Russia" && d.target == "Armenia" && d.count == 1));
    let only = s
        .network(
            &EventFilter {
                event_type: Some(PloverType::Assault),
                ..Default::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].source_code, "ISRMIL");
}

#[test]
fn bad_records_are_refused_before_writing() {
    let mut c = corpus().remove(0);
    c.events[0].doc_id = "other".into();
    let err = PreparedDocument::new(c, &Analyzer::default()).unwrap_err();
    assert!(err.is_invalid(), "{err}");
    let mut c = corpus().remove(0);
    c.events[0].trigger.span = Span::new(1, 2); // inside the emoji
    assert!(PreparedDocument::new(c, &Analyzer::default()).is_err());
    let mut c = corpus().remove(0);
    c.sentences[0].span = Span::new(0, D1.len() + 1);
    assert!(PreparedDocument::new(c, &Analyzer::default()).is_err());
}

#[test]
fn files_persist_and_refuse_newer_schemas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        let run = s.begin_run(&run_info()).unwrap();
        let docs: Vec<_> = corpus().into_iter().map(prepared).collect();
        s.write(run, &docs, WriteMode::IfChanged).unwrap();
    }
    let s = SqliteStore::open_read_only(&path).unwrap();
    assert_eq!(s.stats().unwrap().events, 3);
    drop(s);
    rusqlite_version_bump(&path).unwrap();
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(
        matches!(err.kind, StoreErrorKind::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
}

fn rusqlite_version_bump(path: &std::path::Path) -> Result<(), StoreError> {
    // Simulate a database written by a newer rasad.
    use std::io::{Seek, SeekFrom};
    // Checkpoint the WAL into the main file, so the header write below is what SQLite reads.
    drop(SqliteStore::open(path)?);
    let mut raw = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)?;
    // user_version lives at byte offset 60 of the header, big-endian.
    raw.seek(SeekFrom::Start(60))?;
    raw.write_all(&99u32.to_be_bytes())?;
    Ok(())
}

#[test]
fn long_queries_hit_the_time_limit() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let run = s.begin_run(&run_info()).unwrap();
    let mut docs = Vec::new();
    for i in 0..1500 {
        let mut c = corpus().remove(1);
        c.document.id = format!("d{i}");
        c.events[0].doc_id = c.document.id.clone();
        c.events[0].event_id = format!("{i:016x}");
        docs.push(prepared(c));
    }
    s.write(run, &docs, WriteMode::IfChanged).unwrap();
    // `place` has no index: the filter scans every event.
    let f = EventFilter {
        place: Some("Nowhere".into()),
        ..Default::default()
    };
    assert_eq!(s.events(&f, &Page::default()).unwrap().total, 0);
    s.set_time_limit(Some(std::time::Duration::ZERO));
    let err = s.events(&f, &Page::default()).unwrap_err();
    assert!(err.is_timeout(), "{err}");
    s.set_time_limit(None);
    assert_eq!(s.actors(&EventFilter::default(), 5).unwrap()[0].total, 1500);
}

/// A `Write` that keeps its bytes for inspection.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run_export(s: &SqliteStore, format: ExportFormat) -> (u64, Vec<u8>) {
    let sink = Sink::default();
    let n = export::export(s, &EventFilter::default(), format, Box::new(sink.clone())).unwrap();
    let bytes = sink.0.lock().unwrap().clone();
    (n, bytes)
}

#[test]
fn exports_carry_every_event_in_each_format() {
    let (s, _) = filled();
    let (n, jsonl) = run_export(&s, ExportFormat::Jsonl);
    assert_eq!(n, 3);
    let back: Vec<Event> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut want: Vec<Event> = corpus().into_iter().flat_map(|c| c.events).collect();
    want.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    assert_eq!(back, want);

    let (_, csv) = run_export(&s, ExportFormat::Csv);
    let mut r = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        FLAT_COLUMNS
            .iter()
            .map(|c| c.0.to_string())
            .collect::<Vec<_>>()
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(&rows[1][col("source_code")], "RUS");
    assert_eq!(&rows[1][col("status")], "claimed");

    let (_, gdelt) = run_export(&s, ExportFormat::Gdelt);
    let mut r = csv::Reader::from_reader(gdelt.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == 61));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = &rows[0];
    assert_eq!(&first[col("SQLDATE")], "20201005");
    assert_eq!(&first[col("MonthYear")], "202010");
    assert_eq!(&first[col("Actor1Code")], "ISRMIL");
    assert_eq!(&first[col("Actor1Type1Code")], "MIL");
    assert_eq!(&first[col("Actor2CountryCode")], "PSE");
    assert_eq!(&first[col("EventCode")], "195");
    assert_eq!(&first[col("EventRootCode")], "19");
    assert_eq!(&first[col("QuadClass")], "4");
    assert_eq!(&first[col("ActionGeo_FullName")], "Gaza");
    assert_eq!(&first[col("ActionGeo_Type")], "4");
    assert_eq!(&first[col("SOURCEURL")], "https://example.org/d1");
    assert_eq!(first[col("DATEADDED")].len(), 14);

    let (_, plover) = run_export(&s, ExportFormat::Plover);
    let recs: Vec<serde_json::Value> = String::from_utf8(plover)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs[1]["event"], serde_json::json!(["ACCUSE"]));
    assert_eq!(recs[1]["actor"][0]["code"], "RUS");
    assert_eq!(recs[1]["recipient"][0]["entity_text"], "أرمينيا");
    assert_eq!(recs[1]["date"], "2020-10-07");
    assert_eq!(recs[0]["quad_code"], 4);
    assert_eq!(recs[0]["event_loc"]["name"], "Gaza");
}

#[test]
fn gdelt_columns_match_the_reference() {
    // copied from ../shared/reference/event_schemas_reference.json (see the file's `source`)
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/store/gdelt2_events_columns.json"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        panic!("reference file missing: {path}");
    };
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let want: Vec<&str> = v["gdelt2_events_columns_61"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(GDELT_COLUMNS.to_vec(), want);
}

#[test]
fn parquet_export_reads_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let (s, _) = filled();
    let (n, bytes) = run_export(&s, ExportFormat::Parquet);
    assert_eq!(n, 3);
    let reader = SerializedFileReader::new(bytes::Bytes::from(bytes)).unwrap();
    let meta = reader.metadata().file_metadata();
    assert_eq!(meta.num_rows(), 3);
    let names: Vec<String> = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    assert_eq!(names.len(), FLAT_COLUMNS.len());
    assert_eq!(names[4], "event_type");
}
