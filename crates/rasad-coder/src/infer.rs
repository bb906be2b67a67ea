//! Codes the text implies but does not state, always marked as inferred
//! ([`rasad_event::Inferred`]).
//!
//! News reports leave out what every reader knows from the place: the police of a report from
//! Baghdad are Iraqi, a bomb in a Kabul market hits Afghanistan, a march in Madrid is addressed
//! to the Spanish authorities. CAMEO-style event data (and the GSR gold) code these the same
//! way. Two conventions, each applied only where the text is silent:
//!
//! - **country of a local actor**: an actor of a local sector ([`Sector::is_local`]: state
//!   bodies, civilians, social sectors) without a nationality takes the country of the event's
//!   location, else of the one country the sentence names — not the source of an event aimed
//!   at that very country, which was not done by its own people (`شعارات مناهضة للصين`
//!   outside an embassy). Armed groups, rebels and criminals
//!   never do (gunmen in Somalia are not thereby Somali), nor does an actor the text gives a
//!   nationality (`أطباء أميركيين` in Sanaa stay USA).
//! - **implied protesters**: a protest (PROTEST) whose participants are not named was made by
//!   civilians (`CVL`) of the country where it took place, if known — the protest word itself
//!   is the evidence (`text`/`span` are the trigger's).
//! - **implied attacker**: a suicide attack (`هجوم انتحاري`, `سيارة مفخخة يقودها انتحاري`)
//!   with no named attacker was made by a suicide bomber (`UAF`, no country).
//! - **launch origin**: rockets or shells fired `من` a country or a place in it (`أطلقت صواريخ
//!   من جنوب لبنان`), with no one named who fired them, come from that country (no sector).
//! - **implied target**: an attack (ASSAULT) with no named victim targets the country where it
//!   happened; a protest with no named addressee targets that country's government. An attack
//!   needs a place it is located at (a place mention or `في` + country) — a country merely
//!   named in the sentence may be the attacker's; for a protest the one country the sentence
//!   names will do (`متظاهرون غاضبون في البقاع اللبناني`).
//!
//! The inferred actor's `text` and `span` are those of the place the inference rests on, so
//! the evidence stays a byte span of the document.

use crate::view::View;
use rasad_event::{ActorRef, Country, Inferred, Location, PloverType, Sector};
use rasad_text::Span;

/// Where a country comes from: the event's location or a mention in the sentence.
#[derive(Clone, Debug)]
pub struct Anchor {
    pub country: Country,
    pub text: String,
    pub span: Span,
    pub name: String,
    /// The event's location (not just a country named somewhere in the sentence).
    pub located: bool,
}

/// The event's location if it has a country, else the one country the sentence names.
pub fn anchor(v: &View<'_>, location: Option<&Location>) -> Option<Anchor> {
    if let Some(l) = location {
        if let Some(c) = l.country {
            return Some(Anchor {
                country: c,
                text: l.text.clone(),
                span: l.span,
                name: l.name.clone(),
                located: true,
            });
        }
    }
    sentence_country(v)
}

/// The one country the sentence speaks of, if it names exactly one (as actor or place).
fn sentence_country(v: &View<'_>) -> Option<Anchor> {
    let mut found: Option<Anchor> = None;
    let actors = v
        .slots
        .iter()
        .flat_map(|s| s.actors.iter())
        .filter(|a| a.sector.is_none() && a.antecedent.is_none() && a.inferred.is_none())
        .filter_map(actor_anchor);
    let places = v.places.iter().filter_map(|p| place_anchor(&p.mention));
    for a in actors.chain(places) {
        if !a.country.is_iso() {
            continue;
        }
        match &found {
            None => found = Some(a),
            Some(f) if f.country != a.country => return None,
            _ => {}
        }
    }
    found
}

/// A country actor as an anchor (not located).
fn actor_anchor(a: &ActorRef) -> Option<Anchor> {
    Some(Anchor {
        country: a.country?,
        text: a.text.clone(),
        span: a.span,
        name: a.name.clone(),
        located: false,
    })
}

/// A place mention as an anchor: the place's country, else the mention's (not located).
fn place_anchor(m: &rasad_lexicon::Mention) -> Option<Anchor> {
    Some(Anchor {
        country: m.place.as_ref().and_then(|i| i.country).or(m.country)?,
        text: m.text.clone(),
        span: m.span,
        name: m.name.clone(),
        located: false,
    })
}

/// A local actor without a country takes the anchor's country.
pub fn local_country(a: &mut ActorRef, anchor: Option<&Anchor>) {
    let (None, Some(sector), Some(anchor)) = (a.country, a.sector, anchor) else {
        return;
    };
    if sector.is_local() {
        a.country = Some(anchor.country);
        a.inferred = Some(Inferred::Country);
    }
}

/// The target an event of this type implies when the text names none: the country where an
/// attack happened, the government of the country where a protest took place.
pub fn implied_target(event: PloverType, anchor: Option<&Anchor>) -> Option<ActorRef> {
    let anchor = anchor.filter(|a| a.country.is_iso())?;
    let sector = match event {
        // the attacker's own country is often the only one named: only a location will do
        PloverType::Assault if anchor.located => None,
        PloverType::Protest => Some(Sector::Gov),
        _ => return None,
    };
    Some(ActorRef {
        text: anchor.text.clone(),
        span: anchor.span,
        name: anchor.name.clone(),
        id: None,
        country: Some(anchor.country),
        sector,
        antecedent: None,
        inferred: Some(Inferred::Actor),
    })
}

/// The source a protest implies when the text names no participant: civilians (of the
/// anchor's country, if any), evidenced by the crowd count or, without one, the protest word.
pub fn implied_source(
    event: PloverType,
    anchor: Option<&Anchor>,
    trigger: &str,
    span: Span,
) -> Option<ActorRef> {
    if event != PloverType::Protest {
        return None;
    }
    Some(ActorRef {
        text: trigger.to_string(),
        span,
        name: "protesters".to_string(),
        id: None,
        country: anchor.map(|a| a.country).filter(|c| c.is_iso()),
        sector: Some(Sector::Cvl),
        antecedent: None,
        inferred: Some(Inferred::Actor),
    })
}

/// The source a suicide attack implies when the text names no attacker: an unidentified
/// armed attacker (`UAF`, as the GSR codes suicide bombers), evidenced by the word `انتحاري`.
/// Like other armed groups it takes no country from the place.
pub fn implied_attacker(word: &str, span: Span) -> ActorRef {
    ActorRef {
        text: word.to_string(),
        span,
        name: "suicide bomber".to_string(),
        id: None,
        country: None,
        sector: Some(Sector::Uaf),
        antecedent: None,
        inferred: Some(Inferred::Actor),
    }
}

/// `أطلقت صواريخ من جنوب لبنان`, `قذائف أطلقت من قطاع غزة`: where rockets or shells were
/// fired from names, when the text names no one who fired them, the country they came from
/// (CAMEO codes cross-border fire to the country of origin; the GSR gold does too). The place
/// must follow `من` closely after the trigger (a direction or area word between:
/// `جنوب`, `قطاع`), in the trigger's clause; the inferred actor's text and span are the
/// place's.
pub fn launch_origin(v: &View<'_>, trig: &std::ops::Range<usize>) -> Option<ActorRef> {
    use crate::words::{self, strip_conj};
    let clause = v.clause[trig.start];
    let end = (trig.end + 6).min(v.forms.len());
    let from = (trig.end..end)
        .take_while(|&k| v.clause[k] == clause)
        .find(|&k| strip_conj(&v.forms[k]) == "من")?;
    // (only the weapon's words and a verb of launching between: `صواريخ كاتيوشا أطلقت من`,
    // not `الصواريخ بعد تهريبها من إيران`)
    let weapon_words = (trig.end..from).all(|k| {
        let f = strip_conj(&v.forms[k]);
        v.tokens[k].kind == rasad_text::TokenKind::Number
            || f.contains("طلق")
            || f.starts_with("ال") && !f.ends_with('ه') && !f.ends_with("ها")
            || f.ends_with("يه")
            || f.ends_with("ي")
            || f.ends_with("يا")
            || matches!(f, "هاون" | "كاتيوشا" | "جراد" | "غراد" | "قذائف" | "صواريخ")
    });
    if !weapon_words {
        return None;
    }
    // (a compass or area word between: `من جنوب لبنان`, `من قطاع غزة`)
    let skip = |f: &str| {
        words::is_word(f, &words::DIRECTIONS)
            || matches!(
                f,
                "قطاع"
                    | "مدينه"
                    | "بلده"
                    | "منطقه"
                    | "محافظه"
                    | "داخل"
                    | "الاراضي"
                    | "اراضي"
            )
    };
    let iso = |o: Anchor| o.country.is_iso().then_some(o);
    let origin = |k: usize| {
        let country_actor = v.slots.iter().find(|s| s.tokens.start == k).and_then(|s| {
            s.actors
                .iter()
                .filter(|a| a.sector.is_none())
                .find_map(|a| actor_anchor(a).and_then(iso))
        });
        country_actor.or_else(|| {
            v.places
                .iter()
                .find(|p| p.tokens.start == k)
                .and_then(|p| place_anchor(&p.mention))
                .and_then(iso)
        })
    };
    let mut found = None;
    for k in from + 1..(from + 4).min(v.forms.len()) {
        found = origin(k);
        if found.is_some() || !skip(strip_conj(&v.forms[k])) {
            break;
        }
    }
    let o = found?;
    Some(ActorRef {
        text: o.text,
        span: o.span,
        name: o.name,
        id: None,
        country: Some(o.country),
        sector: None,
        antecedent: None,
        inferred: Some(Inferred::Actor),
    })
}

#[cfg(test)]
mod tests {
    use crate::{Coder, Document};
    use rasad_event::{Event, Inferred, PloverType};

    fn code(text: &str) -> Vec<Event> {
        let coder = Coder::embedded().unwrap();
        let doc = Document {
            id: "t",
            text,
            date: None,
        };
        coder.code(&doc).events
    }

    fn first(text: &str, t: PloverType) -> Event {
        code(text)
            .into_iter()
            .find(|e| e.event_type == t)
            .unwrap_or_else(|| panic!("no {t:?} in {text}"))
    }

    #[test]
    fn protest_implies_civilians_against_the_host_government() {
        let text = "تظاهر المئات في القاهرة أمس.";
        let e = first(text, PloverType::Protest);
        let s = e.source.unwrap();
        assert_eq!(s.code(), "EGYCVL");
        assert_eq!(s.inferred, Some(Inferred::Actor));
        let t = e.target.unwrap();
        assert_eq!(t.code(), "EGYGOV");
        assert_eq!(t.inferred, Some(Inferred::Actor));
        assert_eq!(&text[t.span.start..t.span.end], "القاهرة");
    }

    #[test]
    fn a_stated_nationality_is_never_overridden_by_the_place() {
        let e = first("قتل ثلاثة أطباء أميركيين في صنعاء.", PloverType::Assault);
        let t = e.target.unwrap();
        assert_eq!(t.code(), "USAHLH");
        assert_eq!(t.inferred, None);
    }

    #[test]
    fn local_victims_take_the_country_of_the_place() {
        let e = first(
            "قتل ثلاثة من رجال الشرطة في انفجار في بغداد.",
            PloverType::Assault,
        );
        let t = e.target.unwrap();
        assert_eq!(t.code(), "IRQCOP");
        assert_eq!(t.inferred, Some(Inferred::Country));
    }

    #[test]
    fn a_strike_of_a_country_is_its_attack() {
        let e = first(
            "قتل ثلاثة مسلحين في ضربة جوية أميركية في بغداد.",
            PloverType::Assault,
        );
        assert_eq!(e.source.unwrap().code(), "USAMIL");
        assert_eq!(e.target.unwrap().sector.map(|s| s.as_str()), Some("UAF"));
    }

    #[test]
    fn possessed_forces_refer_to_the_state_named_before() {
        let e = first(
            "وقال الجيش الأميركي إن جنوده قتلوا خمسة مسلحين.",
            PloverType::Assault,
        );
        let s = e.source.unwrap();
        assert_eq!(s.code(), "USAMIL");
        assert!(s.antecedent.is_some());
    }

    #[test]
    fn who_claims_an_attack_carried_it_out() {
        let e = first(
            "أسفر هجوم انتحاري تبنته طالبان في كابل عن مقتل خمسة أشخاص.",
            PloverType::Assault,
        );
        assert_eq!(e.source.unwrap().code(), "IMGREB");
        let none = first(
            "ولم تتبنى أي جهة الهجوم على الموكب في كابل.",
            PloverType::Assault,
        );
        assert!(none.source.is_none());
    }

    #[test]
    fn rockets_fired_from_a_country_imply_it_as_their_source() {
        let e = first(
            "وسقطت قذائف هاون أطلقت من جنوب لبنان على بلدة في شمال إسرائيل.",
            PloverType::Assault,
        );
        let s = e.source.unwrap();
        assert_eq!(s.code(), "LBN");
        assert_eq!(s.inferred, Some(Inferred::Actor));
        // smuggled from a country is not fired from it
        let smuggled = first(
            "وتم تجميع الصواريخ بعد تهريبها من إيران في اليمن.",
            PloverType::Assault,
        );
        assert!(smuggled.source.as_ref().is_none_or(|s| s.code() != "IRN"));
    }
}
