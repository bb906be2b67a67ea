//! Load time of the full embedded lexicon (target: < 200 ms in release) and recognition speed
//! on the example article. Both assert what they processed, so a fast-but-wrong change fails.

use criterion::{criterion_group, criterion_main, Criterion};
use rasad_lexicon::Lexicon;

fn load(c: &mut Criterion) {
    c.bench_function("lexicon/load_embedded", |b| {
        b.iter(|| {
            let lex = Lexicon::embedded().unwrap();
            assert!(lex.stats().keys > 5000);
            lex
        })
    });
}

fn recognize(c: &mut Criterion) {
    let lex = Lexicon::embedded().unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/karabakh.ar.txt"
    ))
    .unwrap();
    let analysis = lex.analyzer().analyze(&text);
    c.bench_function("lexicon/recognize_article", |b| {
        b.iter(|| {
            let n: usize = analysis
                .sentences
                .iter()
                .map(|s| lex.recognize(&analysis, s, None).len())
                .sum();
            assert!(n >= 40, "{n} mentions");
            n
        })
    });
}

criterion_group!(benches, load, recognize);
criterion_main!(benches);
