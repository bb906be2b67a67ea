//! `rasad code` end to end: plain text with `--date`, JSON lines with a malformed line, and the
//! pretty table.

use std::io::Write;
use std::process::{Command, Stdio};

fn rasad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
}

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../examples/karabakh.ar.txt"
);

#[test]
fn codes_a_plain_article_into_event_lines() {
    let out = rasad()
        .args(["code", SEED, "--date", "2020-10-14", "--id", "seed"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let events: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(events.len() >= 10);
    for e in &events {
        assert_eq!(e["doc_id"], "seed");
        assert_eq!(e["event_id"].as_str().unwrap().len(), 16);
        for key in [
            "event_type",
            "cameo",
            "quad_class",
            "trigger",
            "attribution",
            "rule",
        ] {
            assert!(!e[key].is_null(), "{key} missing in {e}");
        }
        // unknown codes are null, never the string "None"
        assert!(!e.to_string().contains("\"None\""));
    }
    assert!(events.iter().any(|e| e["event_type"] == "ACCUSE"));
    // deterministic
    let again = rasad()
        .args(["code", SEED, "--date", "2020-10-14", "--id", "seed"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), text);
}

#[test]
fn jsonl_input_reports_malformed_lines_and_keeps_going() {
    let dir = std::env::temp_dir().join(format!("rasad-code-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("in.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(
        f,
        r#"{{"id":"a","text":"اتهمت روسيا تركيا بشن هجمات.","date":"20201014"}}"#
    )
    .unwrap();
    writeln!(f, "{{not json").unwrap();
    writeln!(
        f,
        r#"{{"id":"b","text":"تظاهر آلاف في القاهرة ضد الحكومة.","date":"2018-05-01"}}"#
    )
    .unwrap();
    drop(f);
    let out = rasad()
        .args(["code", "--jsonl", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a malformed line must give a non-zero exit"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("in.jsonl:2"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        ids.iter().any(|i| i == "a") && ids.iter().any(|i| i == "b"),
        "{stdout}"
    );
    // input order is kept
    let first_b = ids.iter().position(|i| i == "b").unwrap();
    assert!(ids[..first_b].iter().all(|i| i == "a"));
}

#[test]
fn pretty_table_shows_the_arabic_evidence() {
    let mut child = rasad()
        .args(["code", "-", "--date", "2020-10-14", "--pretty"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("واتهمت روسيا تركيا بشن هجمات على سوريا.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("ACCUSE") && s.contains("واتهمت") && s.contains("rule:"),
        "{s}"
    );
}
