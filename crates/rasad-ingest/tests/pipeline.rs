//! The parallel pipeline against an in-memory store: every document is written once, unchanged
//! ones are skipped before coding, problems are reported and counted, batches commit.

use rasad_ingest::{Ingester, InputProblem, Item};
use rasad_store::{DocumentRecord, RunInfo, SqliteStore, Store, WriteMode};
use std::sync::Arc;

fn docs(n: usize, suffix: &str) -> Vec<DocumentRecord> {
    (0..n)
        .map(|i| DocumentRecord {
            id: format!("d{i}"),
            source: None,
            url: None,
            date: None,
            title: None,
            text: format!("قصفت القوات مواقع في المدينة رقم {i}. {suffix}"),
        })
        .collect()
}

fn ingest(
    store: &mut SqliteStore,
    input: Vec<Item>,
    mode: WriteMode,
) -> rasad_ingest::IngestReport {
    // An empty lexicon: this tests the pipeline, not the coder.
    let coder = Arc::new(rasad_coder::Coder::new(Arc::new(
        rasad_lexicon::Lexicon::default(),
    )));
    let run = store
        .begin_run(&RunInfo {
            rasad_version: "t".into(),
            lexicon_hash: "h".into(),
            command: "t".into(),
        })
        .unwrap();
    let mut seen: Vec<InputProblem> = Vec::new();
    let mut progress_calls = 0;
    let report = Ingester::new(coder)
        .threads(3)
        .batch_size(7)
        .mode(mode)
        .run(
            store,
            run,
            move |sink: &mut dyn FnMut(Item) -> bool| {
                for i in input {
                    if !sink(i) {
                        return;
                    }
                }
            },
            None,
            &mut |_| progress_calls += 1,
            &mut |p| seen.push(p.clone()),
        )
        .unwrap();
    assert!(progress_calls >= 1, "a final progress call is always made");
    assert_eq!(seen, report.problems);
    report
}

#[test]
fn writes_each_document_once_and_skips_unchanged_ones() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut input: Vec<Item> = docs(50, "").into_iter().map(Item::Doc).collect();
    input.insert(
        10,
        Item::Problem(InputProblem::new("f.jsonl", Some(3), "malformed JSON")),
    );
    let r = ingest(&mut store, input, WriteMode::IfChanged);
    assert_eq!(
        (r.written.inserted, r.skipped, r.problems.len()),
        (50, 0, 1)
    );
    assert_eq!(store.stats().unwrap().documents, 50);

    // Same content: skipped before coding. Five changed: replaced.
    let mut again = docs(50, "");
    for d in again.iter_mut().take(5) {
        d.text.push_str(" تعديل");
    }
    let r = ingest(
        &mut store,
        again.into_iter().map(Item::Doc).collect(),
        WriteMode::IfChanged,
    );
    assert_eq!(
        (r.written.inserted, r.written.replaced, r.skipped),
        (0, 5, 45)
    );
    assert_eq!(r.documents(), 50);
    assert_eq!(store.stats().unwrap().documents, 50);

    // Replace mode rewrites everything.
    let r = ingest(
        &mut store,
        docs(50, "").into_iter().map(Item::Doc).collect(),
        WriteMode::Replace,
    );
    assert_eq!((r.written.replaced, r.skipped), (50, 0));
    assert_eq!(store.runs().unwrap().last().unwrap().documents, 50);
}
