//! The text layer's throughput on real news: normalize + tokenize + segment + sentence split
//! (`Analyzer::analyze`), single thread, over a fixed slice of the ANT corpus.
//!
//! Run: `cargo bench -p rasad-text --bench text`. Target: ≥ 500,000 words/s on one core.
//! The corpus is read from `../shared/` beside the workspace (as in CI); it is not bundled.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasad_text::{Analyzer, TokenKind};
use std::io::BufRead;

/// Roughly 4 MB of article text: the first articles of the corpus file, in file order.
const SLICE_BYTES: usize = 4_000_000;

fn corpus_slice() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/corpus/ant_news_politics.jsonl"
    );
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = Vec::new();
    let mut bytes = 0;
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1));
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1));
        let text = v["text"].as_str().unwrap_or_default().to_string();
        bytes += text.len();
        docs.push(text);
        if bytes >= SLICE_BYTES {
            break;
        }
    }
    docs
}

/// Words as a reader counts them, independently of the tokenizer: whitespace-separated chunks
/// holding at least one letter or digit.
fn reader_words(docs: &[String]) -> usize {
    docs.iter()
        .flat_map(|d| d.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Analyzes every document; returns (word-like tokens, tokens split into 2+ segments).
fn analyze_all(analyzer: &Analyzer, docs: &[String]) -> (usize, usize) {
    let mut words = 0;
    let mut split = 0;
    for d in docs {
        let a = analyzer.analyze(d);
        for t in &a.tokens {
            if matches!(
                t.kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Latin
            ) {
                words += 1;
                split += (t.segments.len() > 1) as usize;
            }
        }
        // Keep the sentence split from being optimized away.
        std::hint::black_box(a.sentences.len());
    }
    (words, split)
}

fn bench(c: &mut Criterion) {
    let docs = corpus_slice();
    let analyzer = Analyzer::default();
    let (words, split) = analyze_all(&analyzer, &docs);
    let expected = reader_words(&docs);
    // A fast-but-wrong change (dropped tokens, no segmentation) must not pass as a speed-up:
    // the tokenizer may split glued punctuation (`لـ"العربية.نت"`) but must see every word,
    // and roughly a third of news words carry a clitic.
    assert!(
        words >= expected && words <= expected + expected / 10,
        "tokenizer saw {words} words, a reader sees {expected}"
    );
    assert!(
        split * 4 >= words,
        "only {split} of {words} words segmented"
    );
    eprintln!(
        "slice: {} documents, {} bytes, {words} words ({expected} by whitespace), {split} segmented",
        docs.len(),
        docs.iter().map(String::len).sum::<usize>()
    );
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    group.bench_function("analyze_words", |b| {
        b.iter(|| {
            let (w, _) = analyze_all(&analyzer, &docs);
            assert_eq!(w, words);
            w
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
