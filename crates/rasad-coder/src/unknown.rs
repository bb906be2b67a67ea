//! Actors the lexicon does not know: named entities from the statistical recogniser
//! ([`rasad_ner`]) become mentions with `id: None`, so a new commander, militia or town can
//! still be a source, target or place of an event.
//!
//! The lexicon stays the authority: an entity that overlaps a lexicon mention is dropped (the
//! lexicon's codes are better than a guess), except that a person whose last word is a known
//! actor (`عبدالملك الحوثي`) stretches that mention over the whole name. What the lexicon does
//! contribute is the modifier: a country-bearing mention right next to the entity — a title with a nisba before a
//! name (`الصحافي الأميركي` + name), a nisba or `في`/country after it — gives the entity its
//! country, and a title before a person gives its sector (apposition: `وزير الدفاع الروسي` +
//! name is GOV). MISC entities (nationalities, events, products) are not actors and are skipped.
//!
//! News names a person in full once and by surname afterwards (`تيريزا ماي` … `وقالت ماي`).
//! The bare surname is rarely in the lexicon (it is ambiguous on its own), but the recogniser
//! finds it; an entity whose words end an earlier actor mention of the document (a person) or
//! repeat it exactly (any kind) is linked to that antecedent and takes its id and codes, so the
//! later mention is coded like the first one (`coref:` in `matched` says so).

use rasad_lexicon::{Lexicon, Mention, MentionKind, PlaceInfo, TermKind};
use rasad_ner::{Entity, EntityKind, Gazetteer, TermClass};
use rasad_text::Analysis;

/// The NER gazetteer built from the lexicon's terms and the recogniser's given-name list: the
/// same mapping at training and coding time, so gazetteer features mean the same thing.
pub fn gazetteer(lexicon: &Lexicon) -> Gazetteer {
    let names = rasad_ner::given_names().map(|n| (n, TermClass::Person));
    Gazetteer::from_terms(
        lexicon
            .gazetteer_terms()
            .filter_map(|(term, kind)| {
                let class = match kind {
                    TermKind::Country => TermClass::Country,
                    TermKind::Nisba => TermClass::Nisba,
                    TermKind::Place => TermClass::Place,
                    TermKind::Person => TermClass::Person,
                    TermKind::Organisation => TermClass::Organisation,
                    TermKind::Agent => TermClass::Agent,
                    TermKind::Title => TermClass::Title,
                    TermKind::NotName => return None,
                };
                Some((term, class))
            })
            .chain(names),
    )
}

/// Adds the entities that no lexicon mention overlaps to `known`, as mentions with `id: None`
/// (or with the id and codes of their antecedent among `earlier` actor mentions of the
/// document and the known mentions before them), and returns all mentions in text order.
pub fn merge_unknown(
    analysis: &Analysis<'_>,
    mut known: Vec<Mention>,
    entities: &[Entity],
    earlier: &[Mention],
) -> Vec<Mention> {
    let mut added = Vec::new();
    for e in entities {
        if e.kind == EntityKind::Misc || e.tokens.is_empty() {
            continue;
        }
        let overlapping: Vec<usize> = (0..known.len())
            .filter(|&i| known[i].span.overlaps(e.span))
            .collect();
        if let [i] = overlapping[..] {
            // `عبدالملك الحوثي`: a person whose last word is a known actor (a family or group
            // name) is that actor, named in full — the given name is part of the mention
            let m = &mut known[i];
            if e.kind == EntityKind::Person
                && m.kind == MentionKind::Actor
                && m.id.is_some()
                && m.sector.is_some()
                && m.tokens.len() == 1
                && m.span.end == e.span.end
                && e.span.start < m.span.start
            {
                m.span = e.span;
                m.tokens = e.tokens.clone();
                m.text = e.text.clone();
                m.matched.push("ner:PERS+surname".into());
            }
        }
        if !overlapping.is_empty() {
            continue;
        }
        if let Some(m) = antecedent(e, earlier, &known) {
            added.push(Mention {
                span: e.span,
                tokens: e.tokens.clone(),
                text: e.text.clone(),
                kind: MentionKind::Actor,
                name: m.name.clone(),
                id: m.id.clone(),
                country: m.country,
                sector: m.sector,
                place: None,
                matched: vec![
                    format!("ner:{}", e.kind.label()),
                    format!("coref:{}", m.text),
                ],
                person: m.person || e.kind == EntityKind::Person,
            });
            continue;
        }
        // Modifiers: the nearest known mention that touches the entity (only spaces between;
        // a title may also stand before the name with a comma: `رئيسة الوزراء البريطانية، تيريزا
        // ماي`).
        let gap_is = |a: usize, b: usize, ok: fn(char) -> bool| {
            a <= b
                && analysis
                    .text
                    .get(a..b)
                    .is_some_and(|gap| gap.chars().all(ok))
        };
        let touches = |a: usize, b: usize| gap_is(a, b, char::is_whitespace);
        let before = known
            .iter()
            .filter(|m| m.kind == MentionKind::Actor)
            .find(|m| {
                touches(m.span.end, e.span.start)
                    || (m.sector.is_some()
                        && gap_is(m.span.end, e.span.start, |c| {
                            c.is_whitespace() || c == '،' || c == ','
                        }))
            });
        let after = known
            .iter()
            .filter(|m| m.kind == MentionKind::Actor)
            .find(|m| touches(e.span.end, m.span.start));
        let country = before
            .and_then(|m| m.country)
            .or_else(|| after.filter(|m| m.sector.is_none()).and_then(|m| m.country));
        let mut matched = vec![format!("ner:{}", e.kind.label())];
        if let Some(m) = before.filter(|m| m.country.is_some() || m.sector.is_some()) {
            matched.push(format!("apposition:{}", m.text));
        } else if let Some(m) = after.filter(|m| m.country.is_some()) {
            matched.push(format!("modifier:{}", m.text));
        }
        let name = rasad_text::Normalizer::standard().normalize_str(&e.text);
        let (kind, sector, place) = match e.kind {
            EntityKind::Location => (
                MentionKind::Place,
                None,
                Some(PlaceInfo {
                    name: name.clone(),
                    country,
                    lat: None,
                    lon: None,
                    capital_of: None,
                }),
            ),
            // A person takes the sector of the title in apposition (`وزير الدفاع` + name).
            EntityKind::Person => (MentionKind::Actor, before.and_then(|m| m.sector), None),
            _ => (MentionKind::Actor, None, None),
        };
        added.push(Mention {
            span: e.span,
            tokens: e.tokens.clone(),
            text: e.text.clone(),
            kind,
            name,
            id: None,
            country,
            sector,
            place,
            matched,
            person: e.kind == EntityKind::Person,
        });
    }
    if !added.is_empty() {
        known.extend(added);
        known.sort_by_key(|m| (m.span.start, m.span.end));
    }
    known
}

/// Matching-normalized words of a name.
fn words(s: &str) -> Vec<String> {
    rasad_text::Normalizer::matching()
        .normalize_str(s)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// The latest actor mention before `e` (earlier sentences, then this sentence's known mentions
/// before it) that `e` refers back to: for a person, its words end the antecedent's text or
/// name (`ماي` → `تيريزا ماي`); for any kind, they equal it. A one-letter word never links.
fn antecedent<'m>(e: &Entity, earlier: &'m [Mention], known: &'m [Mention]) -> Option<&'m Mention> {
    if !matches!(e.kind, EntityKind::Person | EntityKind::Organisation) {
        return None;
    }
    let w = words(&e.text);
    if w.is_empty() || (w.len() == 1 && w[0].chars().count() < 2) {
        return None;
    }
    let refers = |m: &Mention| {
        m.kind == MentionKind::Actor
            && [&m.text, &m.name].into_iter().any(|n| {
                let c = words(n);
                c == w || (e.kind == EntityKind::Person && c.len() > w.len() && c.ends_with(&w))
            })
    };
    known
        .iter()
        .filter(|m| m.span.end <= e.span.start)
        .rev()
        .chain(earlier.iter().rev())
        .find(|m| refers(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_event::{Country, Sector};
    use rasad_text::{Analyzer, Span};

    fn mention(text: &str, doc: &str, country: Option<&str>, sector: Option<Sector>) -> Mention {
        let start = doc.find(text).unwrap();
        Mention {
            span: Span::new(start, start + text.len()),
            tokens: 0..1,
            text: text.into(),
            kind: MentionKind::Actor,
            name: text.into(),
            id: Some("x".into()),
            country: country.map(|c| Country::parse(c).unwrap()),
            sector,
            place: None,
            matched: vec![],
            person: false,
        }
    }

    fn entity(text: &str, doc: &str, kind: EntityKind) -> Entity {
        let start = doc.find(text).unwrap();
        Entity {
            span: Span::new(start, start + text.len()),
            tokens: 0..2,
            kind,
            text: text.into(),
        }
    }

    #[test]
    fn unknown_person_takes_country_and_sector_of_the_title_before_it() {
        let doc = "قال وزير الخارجية الصومالي عبدي فارح إن";
        let analysis = Analyzer::default().analyze(doc);
        let known = vec![mention(
            "وزير الخارجية الصومالي",
            doc,
            Some("SOM"),
            Some(Sector::Gov),
        )];
        let out = merge_unknown(
            &analysis,
            known,
            &[entity("عبدي فارح", doc, EntityKind::Person)],
            &[],
        );
        assert_eq!(out.len(), 2);
        let p = &out[1];
        assert_eq!(
            (p.id.as_deref(), p.country.map(|c| c.to_string()), p.sector),
            (None, Some("SOM".into()), Some(Sector::Gov))
        );
        assert!(p.matched.iter().any(|m| m.starts_with("apposition:")));
    }

    #[test]
    fn a_person_ending_in_a_known_group_name_stretches_that_mention() {
        let doc = "وتوعد عبدالملك الحوثي بالرد";
        let analysis = Analyzer::default().analyze(doc);
        let known = vec![mention("الحوثي", doc, Some("YEM"), Some(Sector::Reb))];
        let out = merge_unknown(
            &analysis,
            known,
            &[entity("عبدالملك الحوثي", doc, EntityKind::Person)],
            &[],
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, "عبدالملك الحوثي");
        assert_eq!(out[0].id.as_deref(), Some("x"));
        assert!(out[0].matched.iter().any(|m| m == "ner:PERS+surname"));
    }

    #[test]
    fn entities_overlapping_the_lexicon_and_misc_are_dropped() {
        let doc = "هاجمت حركة الشباب بلدة قرب مقديشو";
        let analysis = Analyzer::default().analyze(doc);
        let known = vec![mention("حركة الشباب", doc, Some("SOM"), Some(Sector::Reb))];
        let ents = [
            entity("حركة الشباب", doc, EntityKind::Organisation),
            entity("بلدة", doc, EntityKind::Misc),
        ];
        let out = merge_unknown(&analysis, known, &ents, &[]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id.as_deref(), Some("x"));
    }

    #[test]
    fn unknown_location_becomes_a_place_with_the_country_of_a_following_nisba_only() {
        let doc = "في بلدة كفرنبل السورية";
        let analysis = Analyzer::default().analyze(doc);
        let mut nisba = mention("السورية", doc, Some("SYR"), None);
        nisba.id = None;
        let out = merge_unknown(
            &analysis,
            vec![nisba],
            &[entity("كفرنبل", doc, EntityKind::Location)],
            &[],
        );
        let place = out.iter().find(|m| m.kind == MentionKind::Place).unwrap();
        assert_eq!(
            place
                .place
                .as_ref()
                .unwrap()
                .country
                .map(|c| c.to_string())
                .as_deref(),
            Some("SYR")
        );
        assert_eq!(place.id, None);
    }

    #[test]
    fn a_bare_surname_links_to_the_full_name_mentioned_earlier() {
        let first = "التقت رئيسة الوزراء تيريزا ماي بالوفد";
        let mut may = mention("تيريزا ماي", first, Some("GBR"), Some(Sector::Gov));
        may.id = Some("theresa_may".into());
        let doc = "وقالت ماي إن الاتفاق صامد";
        let analysis = Analyzer::default().analyze(doc);
        let ents = [entity("ماي", doc, EntityKind::Person)];
        let out = merge_unknown(&analysis, vec![], &ents, std::slice::from_ref(&may));
        assert_eq!(out.len(), 1);
        assert_eq!(
            (out[0].id.as_deref(), out[0].country.map(|c| c.to_string())),
            (Some("theresa_may"), Some("GBR".into()))
        );
        assert!(out[0].matched.iter().any(|m| m == "coref:تيريزا ماي"));
        // A different name, or an organisation that only ends the same way, stays unknown.
        let other = [entity("ماي", doc, EntityKind::Organisation)];
        let out = merge_unknown(&analysis, vec![], &other, std::slice::from_ref(&may));
        assert_eq!(out[0].id, None);
        let doc2 = "وقال جونسون إن";
        let analysis2 = Analyzer::default().analyze(doc2);
        let out = merge_unknown(
            &analysis2,
            vec![],
            &[entity("جونسون", doc2, EntityKind::Person)],
            std::slice::from_ref(&may),
        );
        assert_eq!(out[0].id, None);
    }
}
