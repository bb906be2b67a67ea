//! Throughput of the recogniser on the project's seed article, repeated to ~20k tokens:
//! tagging alone (text already analysed) and analysis + tagging. Criterion reports the
//! throughput in tokens per second; each run asserts the number of tokens and entities, so a
//! fast-but-wrong change cannot pass.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use rasad_ner::Ner;
use rasad_text::Analyzer;

const SEED: &str = include_str!("../../../examples/karabakh.ar.txt");

fn bench(c: &mut Criterion) {
    let ner = Ner::embedded().expect("embedded model");
    let analyzer = Analyzer::default();
    let one = analyzer.analyze(SEED).tokens.len();
    let text = vec![SEED; 20_000 / one.max(1) + 1].join("\n");
    let analysis = analyzer.analyze(&text);
    let n_tokens = analysis.tokens.len();
    let n_entities = ner.tag_document(&analysis).len();
    assert!(n_entities > 0, "the seed article has named entities");

    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(n_tokens as u64));
    g.bench_function("tag (analysed text)", |b| {
        b.iter(|| {
            let e = ner.tag_document(black_box(&analysis));
            assert_eq!(e.len(), n_entities);
        })
    });
    g.bench_function("analyze + tag", |b| {
        b.iter(|| {
            let a = analyzer.analyze(black_box(&text));
            assert_eq!(a.tokens.len(), n_tokens);
            let e = ner.tag_document(&a);
            assert_eq!(e.len(), n_entities);
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
