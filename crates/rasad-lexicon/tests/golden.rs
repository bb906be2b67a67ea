//! Golden recognition cases from `testdata/lexicon/recognition.tsv` (see the file's header).

use chrono::NaiveDate;
use rasad_lexicon::{Lexicon, Mention};

fn mentions(lex: &Lexicon, text: &str, date: Option<NaiveDate>) -> Vec<Mention> {
    let a = lex.analyzer().analyze(text);
    a.sentences
        .iter()
        .flat_map(|s| lex.recognize(&a, s, date))
        .collect()
}

fn code(c: Option<String>) -> String {
    c.unwrap_or_else(|| "-".into())
}

#[test]
fn golden_recognition_cases() {
    let lex = Lexicon::embedded().expect("embedded lexicon loads");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/lexicon/recognition.tsv"
    );
    let data = std::fs::read_to_string(path).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("name\t") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 7, "recognition.tsv:{}: want 7 columns", i + 1);
        let (name, date, sentence, text, country, sector, id) =
            (f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        let date = (date != "-").then(|| NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap());
        n += 1;
        let got = mentions(&lex, sentence, date);
        if let Some(absent) = text.strip_prefix('!') {
            // a common word that must not be read as a name
            if let Some(m) = got.iter().find(|m| m.text.contains(absent)) {
                failures.push(format!(
                    "recognition.tsv:{} {name}: '{absent}' must not be a mention; got {} {:?}",
                    i + 1,
                    m.text,
                    m.matched
                ));
            }
            continue;
        }
        let ok = got.iter().any(|m| {
            m.text == text
                && code(m.country.map(|c| c.to_string())) == country
                && code(m.sector.map(|c| c.to_string())) == sector
                && (id == "*" || code(m.id.clone()) == id)
        });
        if !ok {
            let seen: Vec<String> = got
                .iter()
                .map(|m| {
                    format!(
                        "{} {}/{} id={} {:?}",
                        m.text,
                        code(m.country.map(|c| c.to_string())),
                        code(m.sector.map(|c| c.to_string())),
                        code(m.id.clone()),
                        m.matched
                    )
                })
                .collect();
            failures.push(format!(
                "recognition.tsv:{} {name}: want '{text}' {country}/{sector} id={id}; got {seen:#?}",
                i + 1
            ));
        }
    }
    assert!(n >= 40, "only {n} cases read");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Acceptance on the founding article (not special cases: the entries are general): every
/// spelling of the article's actors resolves to the right one, Karabakh's three spellings to
/// one place.
#[test]
fn seed_article_actors_resolve() {
    let lex = Lexicon::embedded().unwrap();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/karabakh.ar.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let ms = mentions(&lex, &text, NaiveDate::from_ymd_opt(2020, 10, 14));
    let country_of = |surface: &str| -> Vec<String> {
        ms.iter()
            .filter(|m| m.text == surface)
            .map(|m| code(m.country.map(|c| c.to_string())))
            .collect()
    };
    for (surface, want) in [
        ("روسيا", "RUS"),
        ("أرمينيا", "ARM"),
        ("أذربيجان", "AZE"),
        ("تركيا", "TUR"),
        ("الولايات المتحدة", "USA"),
        ("فرنسا", "FRA"),
        ("القوات الأرمنية", "ARM"),
        ("القوات الأرمينية", "ARM"),
        ("القوات الأذربيجانية", "AZE"),
        ("الجيش الأذربيجاني", "AZE"),
        ("وزارة الدفاع الأذربيجانية", "AZE"),
        ("الروسية", "RUS"),
        ("الأذري", "AZE"),
        ("مجموعة مينسك", "IGO"),
        ("منظمة الأمن والتعاون في أوروبا", "IGO"),
    ] {
        let got = country_of(surface);
        assert!(!got.is_empty(), "'{surface}' not recognized");
        assert!(
            got.iter().all(|c| c == want),
            "'{surface}': {got:?}, want {want}"
        );
    }
    let by_id = |id: &str| ms.iter().filter(|m| m.id.as_deref() == Some(id)).count();
    assert!(by_id("shoigu") >= 1 && by_id("pashinyan") >= 1);
    assert!(by_id("minsk-group") >= 1 && by_id("osce") >= 1);
    let karabakh: std::collections::BTreeSet<&str> = ms
        .iter()
        .filter(|m| m.id.as_deref() == Some("karabakh"))
        .map(|m| m.text.trim_matches(|c| c == '“' || c == '”'))
        .collect();
    let want: std::collections::BTreeSet<&str> = ["كاراباخ", "ناغورني قرة باغ", "ناغورنو كاراباخ"]
        .into_iter()
        .collect();
    assert_eq!(karabakh, want);
}
