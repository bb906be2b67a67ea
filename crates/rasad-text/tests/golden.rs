//! Golden cases kept as data in `testdata/text/` (at the workspace root), run here: clitic
//! segmentation, sentence splitting and normalization. Every failing case is reported by name
//! before the test fails, so one run shows all regressions.

use rasad_text::{Analyzer, Fold, Normalizer, TokenKind};
use std::path::PathBuf;

fn testdata(name: &str) -> (String, String) {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "testdata",
        "text",
        name,
    ]
    .iter()
    .collect();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    (path.display().to_string(), text)
}

/// Data lines of a TSV case file: `(line number, fields)`, skipping comments and blanks.
fn tsv_cases(file: &str, text: &str, fields: usize) -> Vec<(usize, Vec<String>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<String> = l.split('\t').map(unescape).collect();
            assert_eq!(
                f.len(),
                fields,
                "{file}:{}: expected {fields} fields",
                i + 1
            );
            (i + 1, f)
        })
        .collect()
}

/// Turns `\u{200F}` escapes into the characters they name.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("unterminated \\u{ escape");
        let cp = u32::from_str_radix(&after[..end], 16).expect("bad hex in \\u{ escape");
        out.push(char::from_u32(cp).expect("escape is not a char"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn report(kind: &str, failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} {kind} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn segmentation_cases() {
    let (file, text) = testdata("segmentation.tsv");
    let cases = tsv_cases(&file, &text, 3);
    assert!(
        cases.len() >= 150,
        "only {} segmentation cases",
        cases.len()
    );
    let analyzer = Analyzer::default();
    let mut failures = Vec::new();
    for (line, f) in &cases {
        let (name, word, expected) = (&f[0], &f[1], &f[2]);
        let a = analyzer.analyze(word);
        let got = match a.tokens.as_slice() {
            [t] if t.kind == TokenKind::Word => t.segmentation(),
            other => format!("<{} tokens>", other.len()),
        };
        if &got != expected {
            failures.push(format!(
                "{file}:{line}: {name}: {word} → {got}, want {expected}"
            ));
        }
    }
    report("segmentation", &failures, cases.len());
}

#[test]
fn segmentation_cases_are_unique() {
    let (file, text) = testdata("segmentation.tsv");
    let mut names = std::collections::HashSet::new();
    for (line, f) in tsv_cases(&file, &text, 3) {
        assert!(
            names.insert(f[0].clone()),
            "{file}:{line}: duplicate case name {}",
            f[0]
        );
    }
}

/// Parses `=== NAME` / input / `---` / expected-sentences blocks.
fn sentence_cases(text: &str) -> Vec<(usize, String, String, Vec<String>)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let Some(name) = lines[i].strip_prefix("=== ") else {
            i += 1;
            continue;
        };
        let start_line = i + 1;
        i += 1;
        let mut input = Vec::new();
        while i < lines.len() && lines[i] != "---" {
            input.push(lines[i]);
            i += 1;
        }
        i += 1;
        let mut expected = Vec::new();
        while i < lines.len() && !lines[i].trim().is_empty() && !lines[i].starts_with("=== ") {
            expected.push(lines[i].to_string());
            i += 1;
        }
        out.push((
            start_line,
            name.trim().to_string(),
            input.join("\n"),
            expected,
        ));
    }
    out
}

#[test]
fn sentence_split_cases() {
    let (file, text) = testdata("sentences.txt");
    let cases = sentence_cases(&text);
    assert!(cases.len() >= 20, "only {} sentence cases", cases.len());
    let analyzer = Analyzer::default();
    let mut failures = Vec::new();
    for (line, name, input, expected) in &cases {
        let a = analyzer.analyze(input);
        let got: Vec<&str> = a
            .sentences
            .iter()
            .map(|s| &input[s.span.start..s.span.end])
            .collect();
        if got != *expected {
            failures.push(format!(
                "{file}:{line}: {name}:\n  got  {got:?}\n  want {expected:?}"
            ));
        }
    }
    report("sentence", &failures, cases.len());
}

fn normalizer(spec: &str) -> Normalizer {
    match spec {
        "standard" => Normalizer::standard(),
        "matching" => Normalizer::matching(),
        "display" => Normalizer::display(),
        "none" => Normalizer::builder().build(),
        _ => {
            let name = spec.strip_prefix("only:").expect("unknown normalizer spec");
            let fold = Fold::from_name(name).unwrap_or_else(|| panic!("unknown fold {name}"));
            Normalizer::builder().fold(fold, true).build()
        }
    }
}

#[test]
fn normalization_cases() {
    let (file, text) = testdata("normalization.tsv");
    let cases = tsv_cases(&file, &text, 4);
    let mut failures = Vec::new();
    for (line, f) in &cases {
        let (name, spec, input, expected) = (&f[0], &f[1], &f[2], &f[3]);
        let n = normalizer(spec);
        let got = n.normalize_str(input);
        // The aligned path must agree with the plain one and map the whole back to the whole.
        let aligned = n.normalize(input);
        let whole = aligned.original_span(0, aligned.as_str().len());
        if &got != expected || aligned.as_str() != got {
            failures.push(format!(
                "{file}:{line}: {name}: {input:?} → {got:?}, want {expected:?}"
            ));
        } else if !got.is_empty() && whole.get(input).is_none() {
            failures.push(format!("{file}:{line}: {name}: alignment {whole} off"));
        }
    }
    report("normalization", &failures, cases.len());
}

#[test]
fn every_fold_has_a_golden_case() {
    let (file, text) = testdata("normalization.tsv");
    let specs: Vec<String> = tsv_cases(&file, &text, 4)
        .into_iter()
        .map(|(_, f)| f[1].clone())
        .collect();
    for fold in Fold::ALL {
        let spec = format!("only:{}", fold.name());
        assert!(
            specs.contains(&spec),
            "no golden case for fold {}",
            fold.name()
        );
    }
}

/// `(line, name, [(expected kind, line text)])`.
type BoilerplateCase = (usize, String, Vec<(String, String)>);

#[test]
fn boilerplate_cases() {
    let (file, text) = testdata("boilerplate.txt");
    let mut cases: Vec<BoilerplateCase> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push((i + 1, name.trim().to_string(), Vec::new()));
        } else if !line.trim().is_empty() && !line.starts_with('#') {
            let (kind, body) = line
                .split_once(" | ")
                .unwrap_or_else(|| panic!("{file}:{}: want `KIND | TEXT`", i + 1));
            let case = cases
                .last_mut()
                .unwrap_or_else(|| panic!("{file}:{}: line before first case", i + 1));
            case.2.push((kind.to_string(), body.to_string()));
        }
    }
    assert!(cases.len() >= 10, "only {} boilerplate cases", cases.len());
    let analyzer = Analyzer::default();
    let mut failures = Vec::new();
    for (line, name, doc) in &cases {
        let input: Vec<&str> = doc.iter().map(|(_, t)| t.as_str()).collect();
        let input = input.join("\n");
        let a = analyzer.analyze(&input);
        let got: Vec<String> = a
            .lines
            .iter()
            .map(|l| {
                l.boilerplate.map_or("body".to_string(), |k| {
                    serde_json::to_value(k)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                })
            })
            .collect();
        let want: Vec<&str> = doc.iter().map(|(k, _)| k.as_str()).collect();
        if got != want {
            failures.push(format!(
                "{file}:{line}: {name}:\n  got  {got:?}\n  want {want:?}"
            ));
        }
        // Flagged lines keep their sentences, marked rather than removed.
        for s in &a.sentences {
            let on_line = a.lines.iter().find(|l| l.span.contains(s.span));
            if on_line.map(|l| l.boilerplate) != Some(s.boilerplate) {
                failures.push(format!(
                    "{file}:{line}: {name}: sentence {} not marked like its line",
                    s.index
                ));
            }
        }
    }
    report("boilerplate", &failures, cases.len());
}
