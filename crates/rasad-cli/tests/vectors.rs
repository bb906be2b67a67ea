//! `rasad vectors` end to end: building a table from a JSON-lines corpus, looking words up in
//! it and in the embedded table, and the errors for corpus lines that are not JSON or not UTF-8.

use std::process::{Command, Output};

fn rasad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(args)
        .output()
        .expect("run rasad")
}

/// A corpus where `قصف` and `غارة` share their contexts and `مؤتمر` and `اجتماع` share theirs.
fn corpus() -> String {
    let mut out = String::new();
    for (i, city) in ["حلب", "إدلب", "غزة", "الموصل"]
        .iter()
        .cycle()
        .take(40)
        .enumerate()
    {
        for text in [
            format!("شنت الطائرات قصف عنيف على {city} أمس."),
            format!("شنت الطائرات غارة عنيفة على {city} أمس."),
            format!("عقد الوزراء مؤتمر صحفي في {city} اليوم."),
            format!("عقد الوزراء اجتماع مطول في {city} اليوم."),
        ] {
            out.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
            out.push('\n');
        }
    }
    out
}

#[test]
fn builds_a_table_and_finds_words_used_alike() {
    let (ok, stderr, table) = build_from(corpus().as_bytes(), &["--dims", "4", "--min-count", "2"]);
    assert!(ok, "{stderr}");
    let bytes = std::fs::read(table.path()).unwrap();
    assert!(bytes.starts_with(b"rasad-wordvec 1\ndims 4\n"));
    // the query is normalized as the coder normalizes (`مؤتمر` with hamza on waw)
    let out = rasad(&[
        "vectors",
        "near",
        "مؤتمر",
        "قصف",
        "كلمةمجهولة",
        "-n",
        "1",
        "--table",
        table.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].contains("\tاجتماع "), "{stdout}");
    assert!(lines[1].contains("\tغاره "), "{stdout}");
    assert!(lines[2].contains("not in the table"), "{stdout}");
}

#[test]
fn the_embedded_table_knows_news_words() {
    let out = rasad(&["vectors", "near", "قصف", "-n", "5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.trim_end().split('\t').count(), 6, "{stdout}");
}

/// `rasad vectors build` on a corpus of these bytes with these extra options: whether it
/// succeeded, its stderr, and the table file.
fn build_from(corpus: &[u8], extra: &[&str]) -> (bool, String, tempfile::NamedTempFile) {
    let input = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(input.path(), corpus).unwrap();
    let table = tempfile::NamedTempFile::new().unwrap();
    let mut args = vec![
        "vectors",
        "build",
        input.path().to_str().unwrap(),
        "--out",
        table.path().to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = rasad(&args);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        table,
    )
}

#[test]
fn bad_corpus_lines_are_named() {
    let (ok, stderr, _) = build_from("{\"text\": \"قصف\"}\nnot json\n".as_bytes(), &[]);
    assert!(!ok && stderr.contains(":2: not JSON"), "{stderr}");
    let (ok, stderr, _) = build_from(b"{\"text\": \"a\"}\n\n{\"text\": \"\xff\"}\n", &[]);
    assert!(!ok && stderr.contains(":3: not UTF-8"), "{stderr}");
    // too small a corpus: an error, not an empty table
    let (ok, stderr, _) = build_from("{\"text\": \"قصف واحد\"}\n".as_bytes(), &[]);
    assert!(!ok && stderr.contains("nothing to learn"), "{stderr}");
}
