//! Prints the lines the analyzer flags as boilerplate in a JSONL corpus (`{text: …}` per line),
//! with their kind and a per-kind tally: a way to review the boilerplate rules on real articles.
//!
//! Usage: `boilerplate CORPUS.jsonl [MAX_DOCS]`

use rasad_text::Analyzer;
use std::collections::BTreeMap;
use std::io::BufRead;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: boilerplate CORPUS.jsonl [MAX_DOCS]");
    let max: usize = args
        .next()
        .map_or(usize::MAX, |m| m.parse().expect("MAX_DOCS"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let analyzer = Analyzer::default();
    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for (i, line) in std::io::BufReader::new(file).lines().take(max).enumerate() {
        let line = line.unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1));
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1));
        let text = v["text"].as_str().unwrap_or_default();
        let a = analyzer.analyze(text);
        for l in &a.lines {
            if let Some(kind) = l.boilerplate {
                let k = format!("{kind:?}");
                println!("{}\t{k}\t{}", i + 1, &text[l.span.start..l.span.end]);
                *tally.entry(k).or_default() += 1;
            }
        }
    }
    for (k, n) in tally {
        eprintln!("{k}\t{n}");
    }
}
