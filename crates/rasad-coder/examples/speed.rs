//! Quick single-threaded throughput check of the whole coder (text layer, lexicon, rules) on a
//! JSON-lines file of `{"id","text","date"}` documents: `cargo run --release -p rasad-coder
//! --example speed -- FILE`. The project benchmark is `rasad bench`; this is a developer probe.

use rasad_coder::{Coder, Document};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: speed FILE.jsonl");
    let src = std::fs::read_to_string(&path).expect("readable file");
    let docs: Vec<(String, String)> = src
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (
                v["id"].as_str().unwrap_or("").to_string(),
                v["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let coder = Coder::embedded().expect("embedded lexicon");
    let t = Instant::now();
    let (mut sentences, mut events) = (0usize, 0usize);
    for (id, text) in &docs {
        let c = coder.code(&Document {
            id,
            text,
            date: None,
        });
        sentences += c.sentences.len();
        events += c.events.len();
    }
    let s = t.elapsed().as_secs_f64();
    // the share of the text layer + lexicon recognition alone
    let t2 = Instant::now();
    for (_, text) in &docs {
        let a = coder.lexicon().analyzer().analyze(text);
        for sent in &a.sentences {
            let _ = coder.lexicon().recognize(&a, sent, None);
        }
    }
    let s2 = t2.elapsed().as_secs_f64();
    println!(
        "text layer + lexicon recognition alone: {s2:.2} s ({:.0}%)",
        100.0 * s2 / s
    );
    println!(
        "{} docs, {sentences} sentences, {events} events in {s:.2} s: {:.0} sentences/s, {:.0} docs/s",
        docs.len(),
        sentences as f64 / s,
        docs.len() as f64 / s
    );
}
