//! `rasad eval gsr`, `rasad eval detection` and `rasad bench` run end to end on small samples of
//! the gold (testdata/eval/) and report what they scored. The scores themselves are not checked
//! here — they move with the coder and are tracked in testdata/eval/baseline.txt — but the counts,
//! the summary line and determinism are.

use std::path::PathBuf;
use std::process::Command;

fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/eval")
        .join(name)
}

fn rasad(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(args)
        .output()
        .expect("run rasad");
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The `key=value` pairs of the last line.
fn summary(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn get<'a>(kv: &'a [(String, String)], key: &str) -> &'a str {
    kv.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {key} in {kv:?}"))
}

fn fraction(kv: &[(String, String)], key: &str) -> f64 {
    let v: f64 = get(kv, key).parse().unwrap();
    assert!((0.0..=1.0).contains(&v), "{key}={v}");
    v
}

#[test]
fn gsr_reports_counts_and_is_deterministic() {
    let file = testdata("gsr_sample.jsonl");
    let (ok, out, err) = rasad(&["eval", "gsr", file.to_str().unwrap(), "--errors", "2"]);
    assert!(ok, "{err}");
    assert!(out.contains("detection recall"), "{out}");
    assert!(out.contains("== missed gold events"), "{out}");
    let kv = summary(&out);
    assert_eq!(get(&kv, "sentences"), "6");
    assert_eq!(get(&kv, "gold_events"), "6");
    for key in [
        "recall",
        "type_precision",
        "source_country",
        "target_country",
    ] {
        fraction(&kv, key);
    }
    let (_, again, _) = rasad(&["eval", "gsr", file.to_str().unwrap(), "--errors", "2"]);
    assert_eq!(
        out, again,
        "the report must not depend on thread scheduling"
    );
}

#[test]
fn detection_reports_both_types_and_skips_ambiguous() {
    let file = testdata("detection_sample.jsonl");
    let (ok, out, err) = rasad(&["eval", "detection", file.to_str().unwrap()]);
    assert!(ok, "{err}");
    let kv = summary(&out);
    assert_eq!(get(&kv, "items"), "8");
    fraction(&kv, "macro_f1");
    for t in ["assault", "protest"] {
        fraction(&kv, &format!("{t}_f1"));
    }
    // One ambiguous item per type is listed as skipped.
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("ASSAULT") || l.trim_start().starts_with("PROTEST"))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(rows.iter().all(|r| r.trim_end().ends_with('1')), "{out}");
}

#[test]
fn training_on_a_file_makes_its_evaluation_cross_validated() {
    let file = testdata("detection_sample.jsonl");
    let dir = std::env::temp_dir().join(format!("rasad-salience-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let model = dir.join("salience.tsv");
    let (ok, out, err) = rasad(&[
        "eval",
        "detection",
        file.to_str().unwrap(),
        "--train",
        model.to_str().unwrap(),
        "--folds",
        "2",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("CROSS-VALIDATION"), "{out}");
    assert!(out.contains("resubstitution"), "{out}");
    let kv = summary(&out);
    assert_eq!(get(&kv, "scoring"), "cv2");
    fraction(&kv, "resubstitution_macro_f1");
    let tsv = std::fs::read_to_string(&model).unwrap();
    assert!(tsv.contains("#training_hash\t"), "{tsv}");
    // the same model on the same file, loaded back: still cross-validated
    let (ok, again, err) = rasad(&[
        "eval",
        "detection",
        file.to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
        "--folds",
        "2",
    ]);
    assert!(ok, "{err}");
    assert_eq!(get(&summary(&again), "scoring"), "cv2");
    // the shipped model on a file it was not trained on: scored as held-out
    let (ok, held, err) = rasad(&["eval", "detection", file.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(get(&summary(&held), "scoring"), "model");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn malformed_gold_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("rasad-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"1\",\"event_type\":\"ASSAULT\",\"label\":\"yes\",\"text\":\"a\"}\n{oops\n",
    )
    .unwrap();
    let (ok, _, err) = rasad(&["eval", "detection", bad.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("bad.jsonl:2:"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bench_asserts_and_prints_its_counts() {
    let file = testdata("gsr_sample.jsonl");
    let (ok, out, err) = rasad(&[
        "bench",
        file.to_str().unwrap(),
        "--docs",
        "4",
        "--threads",
        "2",
    ]);
    assert!(ok, "{err}");
    let kv = summary(&out);
    assert_eq!(get(&kv, "docs"), "4");
    assert_eq!(get(&kv, "threads"), "2");
    let sentences: usize = get(&kv, "sentences").parse().unwrap();
    assert!(sentences >= 4, "{out}");
    assert!(get(&kv, "single_sentences_per_s").parse::<f64>().unwrap() > 0.0);
    get(&kv, "single_sentences_per_cpu_s");
    assert!(out.contains("peak memory"), "{out}");
}
