use rasad_lexicon::Lexicon;
#[test]
#[ignore]
fn print_seed() {
    let lex = match Lexicon::check_sources(rasad_lexicon::EMBEDDED_FILES) {
        Ok(l) => l,
        Err(es) => { for e in es.iter().take(60) { eprintln!("{e}"); } panic!("{} errors", es.len()); }
    };
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/karabakh.ar.txt")).unwrap();
    let a = lex.analyzer().analyze(&text);
    for s in &a.sentences {
        for m in lex.recognize(&a, s, chrono::NaiveDate::from_ymd_opt(2020, 10, 14)) {
            eprintln!("{}\t{}\t{:?}\t{:?}\t{}\t{:?}", m.text, m.name, m.country.map(|c| c.to_string()), m.sector.map(|c| c.to_string()), m.span, m.matched);
        }
    }
}
