//! `rasad tokens` end to end: the TSV and JSON-lines formats, stdin, empty input, and the
//! error for bytes that are not UTF-8.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Two sentences of real news wording, with a clitic stack, a shadda and a Latin model name.
const TEXT: &str = "وحثّ الوزير الروسي البلدين على وقف القتال.\nواتهمت القوات الأرمنية القوات الأذربيجانية بشن هجمات بالمدفعية على طائرة Su-25.\n";

fn rasad(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run rasad");
    {
        let mut sin = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            sin.write_all(bytes).expect("write stdin");
        }
    }
    child.wait_with_output().expect("wait for rasad")
}

fn write_temp(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(bytes).expect("write temp file");
    f
}

/// Parses TSV output into sentences of `(surface, segmentation, start, end)`.
fn parse_tsv(stdout: &str) -> Vec<Vec<(String, String, usize, usize)>> {
    let mut sentences = vec![Vec::new()];
    for line in stdout.lines() {
        if line.is_empty() {
            sentences.push(Vec::new());
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            f.len(),
            3,
            "not SURFACE<TAB>SEGMENTATION<TAB>START-END: {line:?}"
        );
        let (s, e) = f[2].split_once('-').expect("START-END");
        let cur = sentences.last_mut().expect("a sentence");
        cur.push((
            f[0].to_string(),
            f[1].to_string(),
            s.parse().expect("start"),
            e.parse().expect("end"),
        ));
    }
    sentences.retain(|s| !s.is_empty());
    sentences
}

#[test]
fn tsv_lists_tokens_with_offsets_into_the_input() {
    let file = write_temp(TEXT.as_bytes());
    let out = rasad(&["tokens", file.path().to_str().expect("path")], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let sentences = parse_tsv(&stdout);
    assert_eq!(
        sentences.len(),
        2,
        "a blank line between the two sentences:\n{stdout}"
    );
    for (surface, _, start, end) in sentences.iter().flatten() {
        assert_eq!(&TEXT[*start..*end], surface, "offsets {start}-{end}");
    }
    let seg = |w: &str| {
        sentences
            .iter()
            .flatten()
            .find(|t| t.0 == w)
            .map(|t| t.1.clone())
            .unwrap_or_else(|| panic!("no token {w}"))
    };
    assert_eq!(seg("وحثّ"), "و+حث");
    assert_eq!(seg("بالمدفعية"), "ب+ال+مدفعية");
    assert_eq!(seg("الروسي"), "ال+روسي");
    assert_eq!(seg("Su-25"), "Su-25");
}

#[test]
fn json_lines_carry_the_same_tokens_and_segment_spans() {
    let file = write_temp(TEXT.as_bytes());
    let path = file.path().to_str().expect("path");
    let tsv = rasad(&["tokens", path], None);
    let json = rasad(&["tokens", "--json", path], None);
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    let tsv_tokens: Vec<_> = parse_tsv(&String::from_utf8_lossy(&tsv.stdout))
        .into_iter()
        .flatten()
        .collect();
    let lines: Vec<serde_json::Value> = String::from_utf8(json.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), tsv_tokens.len());
    for (v, t) in lines.iter().zip(&tsv_tokens) {
        assert_eq!(v["surface"], t.0.as_str());
        assert_eq!(v["segmentation"], t.1.as_str());
        assert_eq!(v["span"], serde_json::json!([t.2, t.3]));
        for s in v["segments"].as_array().expect("segments") {
            let a = s["span"][0].as_u64().expect("start") as usize;
            let b = s["span"][1].as_u64().expect("end") as usize;
            assert!(
                t.2 <= a && a < b && b <= t.3,
                "segment {a}-{b} outside {}-{}",
                t.2,
                t.3
            );
        }
    }
    let sentences: Vec<u64> = lines
        .iter()
        .map(|v| v["sentence"].as_u64().expect("sentence"))
        .collect();
    assert_eq!(sentences.first(), Some(&0));
    assert_eq!(sentences.last(), Some(&1));
}

#[test]
fn stdin_dash_and_no_argument_read_standard_input() {
    let file = write_temp(TEXT.as_bytes());
    let from_file = rasad(&["tokens", file.path().to_str().expect("path")], None);
    let dash = rasad(&["tokens", "-"], Some(TEXT.as_bytes()));
    let bare = rasad(&["tokens"], Some(TEXT.as_bytes()));
    assert!(dash.status.success() && bare.status.success());
    assert!(!from_file.stdout.is_empty());
    assert_eq!(dash.stdout, from_file.stdout);
    assert_eq!(bare.stdout, from_file.stdout);
}

#[test]
fn empty_input_prints_nothing_and_succeeds() {
    let out = rasad(&["tokens", "-"], Some(b""));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let blank = rasad(&["tokens", "-"], Some(b" \n\n\t\n"));
    assert!(blank.status.success());
    assert!(blank.stdout.is_empty());
}

#[test]
fn invalid_utf8_names_file_line_and_byte_offset() {
    // "قال\n" is 7 bytes; the bad byte sits on line 2 after "ab".
    let mut bytes = "قال\nab".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice("روسيا".as_bytes());
    let file = write_temp(&bytes);
    let path = file.path().to_str().expect("path");
    let out = rasad(&["tokens", path], None);
    assert!(!out.status.success(), "must fail on invalid UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(path), "names the file: {err}");
    assert!(err.contains("line 2"), "names the line: {err}");
    assert!(
        err.contains("byte offset 9"),
        "names the byte offset: {err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_on_stdin_names_stdin() {
    let out = rasad(&["tokens", "-"], Some(b"\xC3\x28"));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin>") && err.contains("byte offset 0"),
        "{err}"
    );
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let out = rasad(&["tokens", "no/such/file.txt"], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
}
