//! Role rules that need the real lexicon's composed mentions (title + name across commas).

use rasad_coder::{Coder, Document};
use rasad_event::PloverType;

fn source_of(text: &str, t: PloverType) -> Option<(String, String)> {
    let coder = Coder::embedded().expect("embedded lexicon");
    let coded = coder.code(&Document {
        id: "t",
        text,
        date: None,
    });
    let e = coded.events.iter().find(|e| e.event_type == t)?;
    let s = e.source.as_ref()?;
    Some((
        s.country
            .map(|c| c.as_str().to_string())
            .unwrap_or_default(),
        s.sector.map(|c| c.as_str().to_string()).unwrap_or_default(),
    ))
}

#[test]
fn an_apposition_closed_by_a_comma_is_the_subject_of_the_verb_after_it() {
    for text in [
        "وكان الرئيس السوري، بشار الأسد، تعهد بالانسحاب.",
        "الرئيس السوري، بشار الأسد، تعهد بالانسحاب.",
    ] {
        assert_eq!(
            source_of(text, PloverType::Agree),
            Some(("SYR".into(), "GOV".into())),
            "{text}"
        );
    }
}
