//! Words per second of `Analyzer::analyze` over the first BYTES of a JSONL corpus, repeated
//! REPS times: a quick check outside criterion (run it under `time` to get CPU seconds on a busy
//! machine, or under a profiler).
//!
//! Usage: `throughput CORPUS.jsonl [BYTES] [REPS]`

use rasad_text::{Analyzer, TokenKind};
use std::io::BufRead;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: throughput CORPUS.jsonl [BYTES] [REPS]");
    let limit: usize = args.next().map_or(4_000_000, |b| b.parse().expect("BYTES"));
    let reps: usize = args.next().map_or(5, |r| r.parse().expect("REPS"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = Vec::new();
    let mut bytes = 0;
    for line in std::io::BufReader::new(file).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("read")).expect("JSON");
        let t = v["text"].as_str().unwrap_or_default().to_string();
        bytes += t.len();
        docs.push(t);
        if bytes >= limit {
            break;
        }
    }
    let analyzer = Analyzer::default();
    let start = Instant::now();
    let mut words = 0usize;
    for _ in 0..reps {
        for d in &docs {
            let a = analyzer.analyze(d);
            words += a
                .tokens
                .iter()
                .filter(|t| {
                    matches!(
                        t.kind,
                        TokenKind::Word | TokenKind::Number | TokenKind::Latin
                    )
                })
                .count();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{words} words in {secs:.2} s wall: {:.0} words/s wall",
        words as f64 / secs
    );
}
