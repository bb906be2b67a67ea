//! `rasad ingest`, `recode`, `query` and `export` as a user runs them: idempotence, changed
//! documents, bad inputs reported per file and line, and a `kill -9` in the middle of an ingest.

use rasad_store::{SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

fn run(args: &[&str]) -> Output {
    let out = rasad().args(args).stdin(Stdio::null()).output().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// Real articles bundled with the repository (a sample of the ANT corpus), so these tests do
/// not need ../shared.
const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/corpus/ant_sample.jsonl"
);

/// `n` real articles: the bundled sample, cycled with fresh ids (`<id>~2`, `<id>~3`, …) when
/// more are asked for than it holds.
fn corpus_lines(n: usize) -> Vec<String> {
    let text = std::fs::read_to_string(CORPUS).expect("examples/corpus/ant_sample.jsonl");
    let base: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!base.is_empty());
    (0..n)
        .map(|i| {
            let line = base[i % base.len()];
            let round = i / base.len();
            if round == 0 {
                return line.to_string();
            }
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = format!("{}~{}", v["id"].as_str().unwrap(), round + 1);
            v["id"] = serde_json::Value::String(id);
            v.to_string()
        })
        .collect()
}

fn stats(db: &Path) -> rasad_store::StoreStats {
    SqliteStore::open_read_only(db).unwrap().stats().unwrap()
}

fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_documents() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.db");
    let db_s = db.to_str().unwrap();
    let input = dir.path().join("c.jsonl");
    let mut lines = corpus_lines(30);
    write_lines(&input, &lines);
    let o = run(&["ingest", input.to_str().unwrap(), "--db", db_s, "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = stats(&db);
    assert_eq!(first.documents, 30);
    assert!(first.sentences > 30);

    let o = run(&["ingest", input.to_str().unwrap(), "--db", db_s, "-q"]);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("0 new, 0 replaced, 30 unchanged"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        stats(&db),
        rasad_store::StoreStats {
            runs: first.runs + 1,
            ..first
        }
    );

    // Change one article's text: it is replaced, nothing is duplicated.
    let mut v: serde_json::Value = serde_json::from_str(&lines[3]).unwrap();
    let id = v["id"].as_str().unwrap().to_string();
    v["text"] = serde_json::Value::String("قصفت القوات مواقع بغزة.".into());
    lines[3] = v.to_string();
    write_lines(&input, &lines);
    let o = run(&["ingest", input.to_str().unwrap(), "--db", db_s, "-q"]);
    assert!(
        stderr(&o).contains("0 new, 1 replaced, 29 unchanged"),
        "{}",
        stderr(&o)
    );
    let s = SqliteStore::open_read_only(&db).unwrap();
    assert_eq!(s.stats().unwrap().documents, 30);
    let doc = s.document(&id).unwrap().unwrap();
    assert_eq!(doc.document.text, "قصفت القوات مواقع بغزة.");
    assert_eq!(doc.sentences.len(), 1);
    let runs = s.runs().unwrap();
    assert_eq!(doc.run.id, runs.last().unwrap().id);

    // Recode rewrites every document (with --all) and keeps the counts.
    let o = run(&["recode", "--db", db_s, "--all", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("30 replaced"), "{}", stderr(&o));
    assert_eq!(stats(&db).documents, 30);
}

#[test]
fn bad_inputs_are_reported_by_file_and_line_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(inputs.join("sub")).unwrap();
    let good = corpus_lines(3);
    let mut jsonl = vec![good[0].clone(), "{broken".to_string(), good[1].clone()];
    jsonl.push(r#"{"id":"nodate","text":"نص","date":"31/31/2020"}"#.into());
    write_lines(&inputs.join("a.jsonl"), &jsonl);
    std::fs::write(inputs.join("bad.txt"), b"\xd9\x86\n\xff\xfe").unwrap();
    std::fs::write(inputs.join("empty.txt"), b"").unwrap();
    std::fs::write(inputs.join("sub/ok.txt"), "تظاهر آلاف المحتجين في بغداد.").unwrap();
    std::fs::write(
        inputs.join("sub/feed.xml"),
        "<rss><channel><item><title>t</title><description>قصف</description></item><item>",
    )
    .unwrap();
    std::fs::write(inputs.join("ignored.bin"), b"\x00\x01").unwrap();
    let db = dir.path().join("r.db");
    let o = run(&[
        "ingest",
        inputs.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "-q",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let name = |f: &str| inputs.join(f).display().to_string();
    for needle in [
        format!("{}:2: malformed JSON", name("a.jsonl")),
        format!("{}:4: bad \"date\"", name("a.jsonl")),
        format!("{}:2: invalid UTF-8", name("bad.txt")),
        format!("{}: empty file", name("empty.txt")),
        format!(
            "{}:1: broken XML: the file ends inside <item>",
            name("sub/feed.xml")
        ),
    ] {
        assert!(err.contains(&needle), "missing {needle:?} in:\n{err}");
    }
    assert!(!err.contains("ignored.bin"));
    // Two good JSON lines, the good text file, the feed item before the break.
    assert_eq!(stats(&db).documents, 4, "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn kill_9_mid_ingest_then_rerun_loses_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let lines = corpus_lines(1500);
    write_lines(&input, &lines);
    let ids: std::collections::HashSet<String> = lines
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let db = dir.path().join("r.db");
    let args = [
        "ingest",
        input.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--batch",
        "8",
        "-q",
    ];
    let mut child = rasad()
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are committed, but (on this corpus) long before the end.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let n = SqliteStore::open_read_only(&db)
            .ok()
            .and_then(|s| s.stats().ok())
            .map_or(0, |s| s.documents);
        if n >= 40 || start.elapsed() > Duration::from_secs(60) {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
    }
    let killed = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let partial = stats(&db).documents;
    assert!(
        killed && partial > 0 && (partial as usize) < ids.len(),
        "killed={killed} partial={partial}"
    );

    let o = rasad().args(args).stdin(Stdio::null()).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let s = SqliteStore::open_read_only(&db).unwrap();
    let st = s.stats().unwrap();
    assert_eq!(st.documents as usize, ids.len());
    let mut stored: Vec<String> = s.document_ids(None).unwrap();
    stored.sort();
    let mut want: Vec<String> = ids.into_iter().collect();
    want.sort();
    assert_eq!(stored, want);
    // Every document came with its sentences (same transaction), none twice.
    let mut sentences = 0;
    for id in stored.iter().step_by(7) {
        let d = s.document(id).unwrap().unwrap();
        assert!(!d.sentences.is_empty(), "{id} has no sentences");
        let mut idx: Vec<usize> = d.sentences.iter().map(|x| x.index).collect();
        idx.dedup();
        assert_eq!(idx.len(), d.sentences.len());
        sentences += d.sentences.len();
    }
    assert!(sentences > 0);
    // A third run finds everything in place.
    let o = rasad().args(args).stdin(Stdio::null()).output().unwrap();
    assert!(stderr(&o).contains("0 new, 0 replaced"), "{}", stderr(&o));
}

fn fixture_db(dir: &Path) -> PathBuf {
    use rasad_event::*;
    use rasad_store::*;
    let db = dir.join("q.db");
    let mut s = SqliteStore::open(&db).unwrap();
    let run = s
        .begin_run(&RunInfo {
            rasad_version: "t".into(),
            lexicon_hash: "h".into(),
            command: "t".into(),
        })
        .unwrap();
    let text = "اتهمت روسيا أرمينيا بخرق الهدنة في غزة.";
    let at = |w: &str| {
        let i = text.find(w).unwrap();
        Span::new(i, i + w.len())
    };
    let actor = |w: &str, name: &str, c: &str| ActorRef {
        text: w.into(),
        span: at(w),
        name: name.into(),
        id: None,
        country: Some(Country::parse(c).unwrap()),
        sector: None,
        antecedent: None,
        inferred: None,
    };
    let mk = |trig: &str, t: PloverType, code: &str, src: ActorRef, tgt: ActorRef| {
        let cameo = CameoCode::parse(code).unwrap();
        Event {
            doc_id: "q1".into(),
            event_id: event_id("q1", 0, at(trig), t, Some(src.span), Some(tgt.span)),
            sentence: 0,
            event_type: t,
            mode: None,
            cameo,
            quad_class: t.quad_class(),
            goldstein: cameo.info().goldstein,
            source: Some(src),
            target: Some(tgt),
            date: None,
            date_precision: None,
            date_text: None,
            location: None,
            dead: None,
            injured: None,
            trigger: Trigger {
                text: trig.into(),
                span: at(trig),
            },
            attribution: Attribution {
                claimed_by: None,
                status: Status::Asserted,
                denied_by: vec![],
            },
            negated: false,
            hypothetical: false,
            historical: false,
            background: false,
            salience: None,
            rule: "t".into(),
        }
    };
    let events = vec![
        mk(
            "اتهمت",
            PloverType::Accuse,
            "112",
            actor("روسيا", "Russia", "RUS"),
            actor("أرمينيا", "Armenia", "ARM"),
        ),
        mk(
            "بخرق",
            PloverType::Reject,
            "12",
            actor("أرمينيا", "Armenia", "ARM"),
            actor("روسيا", "Russia", "RUS"),
        ),
    ];
    let doc = CodedDocument {
        document: DocumentRecord {
            id: "q1".into(),
            source: None,
            url: Some("https://e.org/q1".into()),
            date: chrono::NaiveDate::from_ymd_opt(2020, 10, 5),
            title: None,
            text: text.into(),
        },
        sentences: vec![SentenceRecord {
            index: 0,
            span: Span::new(0, text.len()),
            boilerplate: None,
        }],
        mentions: vec![],
        events,
    };
    let p = PreparedDocument::new(doc, &rasad_text::Analyzer::default()).unwrap();
    s.write(run, &[p], WriteMode::IfChanged).unwrap();
    db
}

#[test]
fn query_and_export_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let db_s = db.to_str().unwrap();
    let o = run(&[
        "query", "--db", db_s, "--format", "jsonl", "--type", "accuse",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"]["name"], "Russia");

    let o = run(&[
        "query",
        "--db",
        db_s,
        "--format",
        "csv",
        "--actor",
        "ARM",
        "--as",
        "source",
        "--text",
        "الهدنة",
    ]);
    let csv = String::from_utf8(o.stdout).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.lines().nth(1).unwrap().contains("REJECT"));
    let o = run(&["query", "--db", db_s, "--format", "table"]);
    assert!(String::from_utf8(o.stdout).unwrap().lines().count() == 3);
    let o = run(&["query", "--db", db_s, "--type", "NOPE"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--type"), "{}", stderr(&o));
    let o = run(&[
        "query",
        "--db",
        dir.path().join("missing.db").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));

    for (format, check) in [
        ("jsonl", "\"event_type\":\"REJECT\""),
        ("csv", "global_id,event_id"),
        ("gdelt", "GLOBALEVENTID,SQLDATE"),
        ("plover", "\"recipient\""),
    ] {
        let out = dir.path().join(format!("e.{format}"));
        let o = run(&[
            "export",
            "--db",
            db_s,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(check), "{format}: {text}");
        assert!(stderr(&o).contains("exported 2 events"));
    }
    let out = dir.path().join("e.parquet");
    let o = run(&[
        "export",
        "--db",
        db_s,
        "--format",
        "parquet",
        "-o",
        out.to_str().unwrap(),
        "--root",
        "12",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("exported 1 events"));
    assert_eq!(&std::fs::read(&out).unwrap()[..4], b"PAR1");
    assert_eq!(
        run(&["export", "--db", db_s, "--format", "xml"])
            .status
            .code(),
        Some(1)
    );
}
