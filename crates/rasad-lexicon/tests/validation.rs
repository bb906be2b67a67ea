//! Validation: every problem is reported as `file:line: message`, and a broken lexicon does not
//! load.

use rasad_lexicon::{Lexicon, LexiconErrorKind as K};

const AGENTS_HEADER: &str = "id\tsector\tkind\tnames\n";
const ACTORS_HEADER: &str = "id\tname\ttype\tcodes\tnames\n";

fn problems(files: &[(&str, &str)]) -> Vec<(String, K)> {
    match Lexicon::check_sources(files) {
        Ok(_) => vec![],
        Err(es) => es.into_iter().map(|e| (e.to_string(), e.kind)).collect(),
    }
}

#[test]
fn unknown_codes_name_file_and_line() {
    let p = problems(&[(
        "lex/actors.tsv",
        &format!("# comment\n{ACTORS_HEADER}ok\tOK\tigo\tIGO\tمنظمة تجريبية\nbad\tBad\tgroup\tXYZ/REB\tجماعة تجريبية\n"),
    )]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "lex/actors.tsv:4: unknown country code 'XYZ'");
    assert_eq!(p[0].1, K::UnknownCode);
    let p = problems(&[(
        "agents.tsv",
        &format!("{AGENTS_HEADER}x\tFOO\tagent\tكلمة\n"),
    )]);
    assert_eq!(p[0].0, "agents.tsv:2: unknown sector code 'FOO'");
}

#[test]
fn malformed_and_inverted_date_ranges() {
    let src = format!(
        "{ACTORS_HEADER}a\tA\tperson\tARM/GOV@2020-01-01..2019-01-01\tاسم أول\nb\tB\tperson\tARM/GOV@2020-1-1\tاسم ثان\nc\tC\tperson\tARM/GOV@2020-02-30..\tاسم ثالث\n"
    );
    let p = problems(&[("people.tsv", &src)]);
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p.iter().all(|(_, k)| *k == K::DateRange));
    assert!(p[0].0.starts_with("people.tsv:2: "), "{}", p[0].0);
    assert!(p[1].0.starts_with("people.tsv:3: "));
    assert!(p[2].0.starts_with("people.tsv:4: "));
}

#[test]
fn duplicates_and_conflicts_point_at_both_places() {
    let countries = "code\tname\tnames\tnisba\tplural\nARM\tArmenia\tأرمينيا\tأرمني\t-\nAZE\tAzerbaijan\tأذربيجان|ارمينيا\t-\t-\n";
    let p = problems(&[("countries.tsv", countries)]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].1, K::Duplicate);
    assert!(
        p[0].0.starts_with("countries.tsv:3: ") && p[0].0.contains("countries.tsv:2"),
        "{}",
        p[0].0
    );

    let places = "id\tname\tcountry\tlat\tlon\tcapital\tnames\nx\tX\tAZE\t1\t2\t-\tأرمني\n";
    let p = problems(&[
        (
            "countries.tsv",
            countries
                .lines()
                .take(2)
                .collect::<Vec<_>>()
                .join("\n")
                .as_str(),
        ),
        ("places.tsv", places),
    ]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].1, K::Conflict);
    assert!(
        p[0].0.starts_with("places.tsv:2: conflicting codes"),
        "{}",
        p[0].0
    );

    let p = problems(&[(
        "agents.tsv",
        &format!("{AGENTS_HEADER}a\tMIL\tagent\tجندي\na\tMIL\tagent\tعسكري\n"),
    )]);
    assert!(
        p.iter()
            .any(|(m, k)| *k == K::Duplicate && m.contains("duplicate id 'a'")),
        "{p:?}"
    );
    let p = problems(&[(
        "agents.tsv",
        &format!("{AGENTS_HEADER}a\tMIL\tagent\tجندي|جنديّ\n"),
    )]);
    assert!(p[0].0.contains("listed twice"), "{p:?}");
}

#[test]
fn bad_header_and_columns() {
    let p = problems(&[("agents.tsv", "id\tsector\tnames\nx\tMIL\tجندي\n")]);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].1, K::Format);
    assert!(
        p[0].0.starts_with("agents.tsv:1: header must be"),
        "{}",
        p[0].0
    );
    let p = problems(&[("agents.tsv", &format!("{AGENTS_HEADER}x\tMIL\tagent\n"))]);
    assert!(
        p[0].0
            .starts_with("agents.tsv:2: expected 4 tab-separated columns"),
        "{}",
        p[0].0
    );
    let p = problems(&[(
        "agents.tsv",
        &format!("{AGENTS_HEADER}x\tMIL\tagent\tجندي||عسكري\n"),
    )]);
    assert!(p[0].0.contains("stray '|'"), "{p:?}");
    let p = problems(&[(
        "places.tsv",
        "id\tname\tcountry\tlat\tlon\tcapital\tnames\nx\tX\tAZE\t123\t2\t-\tمكان ما\n",
    )]);
    assert!(p[0].0.starts_with("places.tsv:2: bad lat"), "{p:?}");
}

#[test]
fn all_problems_are_reported_and_nothing_loads() {
    let src =
        format!("{AGENTS_HEADER}a\tXXX\tagent\tكلمة\nb\tMIL\tagent\tجندي\nc\tMIL\tfoo\tعسكري\n");
    let p = problems(&[("agents.tsv", &src)]);
    assert_eq!(p.len(), 2, "{p:?}");
    let e = Lexicon::from_sources(&[("agents.tsv", &src)]).unwrap_err();
    assert!(e.to_string().contains("and 1 more problems"), "{e}");
}

#[test]
fn the_embedded_lexicon_is_valid_and_matches_the_folder() {
    let lex = Lexicon::embedded().unwrap_or_else(|e| panic!("{e}"));
    let s = lex.stats();
    assert!(
        s.countries >= 249 && s.places > 1000 && s.agents > 100 && s.actors > 100,
        "{s:?}"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon");
    let from_dir = Lexicon::load_dir(&dir).unwrap();
    assert_eq!(
        from_dir.version_hash(),
        lex.version_hash(),
        "EMBEDDED_FILES out of date with lexicon/"
    );
    assert_eq!(from_dir.stats(), s);
}

#[test]
fn a_not_name_needs_its_reason_and_hides_the_name_inside() {
    let places =
        "id\tname\tcountry\tlat\tlon\tcapital\tnames\nm\tMuscat\tOMN\t23.6\t58.6\t-\tمسقط\n";
    let p = problems(&[
        ("places.tsv", places),
        (
            "not-names.tsv",
            "id\tnames\twhy\nbirthplace\tمسقط رأسه\t-\n",
        ),
    ]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "not-names.tsv:2: column 'why' must not be empty");
    let lex = Lexicon::check_sources(&[
        ("places.tsv", places),
        (
            "not-names.tsv",
            "id\tnames\twhy\nbirthplace\tمسقط رأسه\tbirthplace\n",
        ),
    ])
    .unwrap();
    let an = lex.analyzer();
    let places_in = |text: &str| {
        let a = an.analyze(text);
        a.sentences
            .iter()
            .flat_map(|s| lex.recognize(&a, s, None))
            .count()
    };
    assert_eq!(places_in("عاد إلى مسقط رأسه."), 0);
    assert_eq!(places_in("عاد إلى مسقط أمس."), 1);
    // the phrase is no gazetteer term for the NER
    assert!(lex
        .gazetteer_terms()
        .all(|(_, k)| k != rasad_lexicon::TermKind::NotName));
}
