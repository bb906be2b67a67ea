//! Who did it to whom: source and target slots of a trigger from Arabic word order.
//!
//! - Verbs: VSO (the actor right after the verb, adverbs such as `يوم الثلاثاء` allowed in
//!   between) or SVO (the nearest free actor before the verb in the clause); the direct object
//!   is the next free actor, else an actor introduced by a target preposition (`إلى`, `على`,
//!   `ضد`, `مع` …). Passive-like entries (`subj=patient`) swap: the subject is the target and
//!   `من قبل X`/`على يد X` gives the source.
//! - Nouns: the genitive right after the noun (or a nisba adjective, `المناشدة الروسية`) is the
//!   agent — or the patient for `gen=patient` nouns (`مقتل مدني`, `اعتقال صحفي`); the agent
//!   otherwise comes from a support verb (`شن هجوما`) or a free actor earlier in the clause.
//! - `بين X و Y` and reciprocal entries give both directions.
//!
//! Everything stays inside one clause (see `view::clauses`), which is what keeps a long
//! sentence's actors from leaking into unrelated events.

use crate::view::View;
use crate::words::{self, strip_conj};
use rasad_event::{ActorRef, PloverType, Sector};
use std::ops::Range;

/// Roles found for one trigger: slot indices into `View::slots`.
#[derive(Clone, Debug, Default)]
pub struct Roles {
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// `بين X و Y` (or a reciprocal subject group): both directions between its actors.
    pub between: Option<usize>,
    pub rule: &'static str,
}

fn same_clause(v: &View, a: usize, b: usize) -> bool {
    v.clause.get(a) == v.clause.get(b)
}

/// The actor right after position `from` (VSO subject), skipping adverbs and quotes.
/// `طرد الدبلوماسيين البريطانيين`, `قتل الفلسطينيين`: a sound plural or dual in `-ين` is in
/// the accusative or genitive — after a transitive verb form, its object or (read as the
/// verbal noun) its patient, never the subject, which would be `الدبلوماسيون` (nisba plurals
/// `-يين`; agent words in `-ين`). Not when counted (`آلاف المتظاهرين`, `ثلاثة مدنيين`: the
/// count is the subject) — and country names that end so (`فلسطين`, `البحرين`) are no plurals.
pub fn oblique_plural(v: &View, slot: &crate::view::Slot) -> bool {
    let k = slot.tokens.start;
    let first = strip_conj(&v.forms[k]);
    // (so is the genitive of a quantifier or superlative: `كبار المسؤولين الإيرانيين`)
    let counted = k > 0
        && (v.tokens[k - 1].kind == rasad_text::TokenKind::Number
            || words::is_word(strip_conj(&v.forms[k - 1]), &words::QUANTITY)
            || words::construct_quantifier(strip_conj(&v.forms[k - 1]))
            || crate::numbers::parse_quantity(v.tokens, k - 1).is_some());
    let agents = !slot.actors.is_empty()
        && slot
            .actors
            .iter()
            .all(|a| a.sector.is_some() && a.id.is_none());
    !counted
        && first.chars().count() >= 5
        && (first.ends_with("يين") || first.ends_with("ين") && agents)
}

pub fn vso_subject(v: &View, from: usize, clause_of: usize) -> Option<usize> {
    let mut k = from;
    let mut skipped = 0;
    let mut definite_nouns = 0;
    // definite words after the first that are no adjectives (`أدان البيان القصف الإيراني`:
    // a subject and its object, the nisba the object's)
    let mut second_noun = false;
    while k < v.forms.len() && same_clause(v, k, clause_of) && skipped <= 4 {
        if let Some(s) = v.slot_at(k) {
            let slot = &v.slots[s];
            // `المئات من الإيرانيين`: a quantity before `من` + actor is the subject
            let partitive = slot.prep.as_deref() == Some("من")
                && k > 0
                && (words::is_word(strip_conj(&v.forms[k - 1]), &words::QUANTITY)
                    || partitive(v, slot));
            // `المرجع الشيعي العراقي`: a nisba after definite nouns describes them
            let nisba_only = (slot.tokens.len() == 1
                && slot.actors.iter().all(|a| a.sector.is_none())
                || slot.actors.iter().all(|a| a.id.is_some()))
                && strip_conj(&v.forms[k]).starts_with("ال");
            if definite_nouns > 0 && (!nisba_only || second_noun) {
                return None;
            }
            return (slot.prep.is_none() || partitive).then_some(s);
        }
        // `تجمع نحو مائة متظاهر`, `نحو مائة من المتظاهرين`: a counted subject
        if definite_nouns == 0 {
            if let Some(q) = crate::numbers::parse_quantity(v.tokens, k) {
                let e = q.tokens.end;
                let counted = v.slot_at(e).is_some()
                    || v.forms.get(e).is_some_and(|f| strip_conj(f) == "من")
                        && v.slot_at(e + 1).is_some();
                if e > k && counted {
                    k = e;
                    skipped += 1;
                    continue;
                }
            }
        }
        let f = strip_conj(&v.forms[k]);
        // `اتهم كل من جيش الإسلام و…`: "both … and …" opens the subject
        if definite_nouns == 0 && f == "كل" && v.forms.get(k + 1).is_some_and(|n| n == "من") {
            k += 1;
            skipped += 1;
            continue;
        }
        // `ونددت منظمتا هيومن رايتس ووتش والعفو الدولية`: a generic head before a body's
        // name (`منظمة`, `صحيفة`, `حركة`) — the name is the subject
        if definite_nouns == 0 && words::is_word(f, &words::NAME_HEADS) {
            if let Some(s) = v.slot_at(k + 1).filter(|&s| v.slots[s].prep.is_none()) {
                return Some(s);
            }
        }
        // `يوم الثلاثاء`, `يوم 27`: the word after `يوم` is part of the date; a number before
        // a quantity word or an actor counts the subject (`125 ألف متظاهر`)
        let is_date_word = k > 0 && strip_conj(&v.forms[k - 1]) == "يوم"
            || v.tokens[k].kind == rasad_text::TokenKind::Number
                && (v.slot_at(k + 1).is_some()
                    || v.forms
                        .get(k + 1)
                        .is_some_and(|n| words::is_word(strip_conj(n), &words::QUANTITY)));
        // `الذي أطلقت فيه القوات …`: a resumptive pronoun of a relative clause
        // (`تسيطر عليها بكين`, `قال لها الرئيس`: any preposition with a pronoun)
        let resumptive = k == from
            && (matches!(v.forms[k].as_str(), "فيه" | "فيها" | "فيهم")
                || words::is_prep_pronoun(strip_conj(&v.forms[k])));
        // `استقبل الشيخ محمد بن زايد`: a rank or honorific before the subject's name
        let honorific = rasad_lexicon::triggers::honorific(f) && v.slot_at(k + 1).is_some();
        if words::is_word(f, &words::ADVERBS)
            || is_date_word
            || resumptive
            || honorific
            || v.forms[k] == "\""
            || words::is_word(f, &words::QUANTITY) && definite_nouns == 0
        {
            k += 1;
            skipped += 1;
            continue;
        }
        // `واستهدفت أحدث الغارات الإسرائيلية مواقع`, `انتقدت معظم الدول`: a quantifier or
        // superlative heading the actor names the subject
        if definite_nouns == 0 && words::construct_quantifier(f) {
            // (a definite genitive: `أكبر دبلوماسي أميركي` is "the most senior diplomat", as
            // often an object)
            let definite = v
                .forms
                .get(k + 1)
                .is_some_and(|n| strip_conj(n).starts_with("ال"));
            if let Some(s) = v
                .slot_at(k + 1)
                .filter(|&s| definite && v.slots[s].prep.is_none())
            {
                return Some(s);
            }
        }
        // `جهاز الأمن …`: a construct-state head before a definite noun (a preposition is
        // none: `في العاصمة الروسية موسكو` is where, not who)
        let idafa_head = definite_nouns == 0
            && !f.starts_with("ال")
            && !v.is_punct(k)
            && !words::is_word(f, &words::PREPOSITIONS)
            && v.slot_at(k + 1).is_none()
            && v.forms
                .get(k + 1)
                .is_some_and(|n| strip_conj(n).starts_with("ال"));
        if (f.starts_with("ال") || idafa_head) && definite_nouns < 3 && !v.is_punct(k) {
            if definite_nouns > 0
                && f.starts_with("ال")
                && !["ي", "يه", "يون", "يين", "يان", "يات"]
                    .iter()
                    .any(|e| f.ends_with(e))
            {
                second_noun = true;
            }
            definite_nouns += 1;
            k += 1;
            skipped += 1;
            continue;
        }
        // `قصفت طائرة أميركية …`: an indefinite noun with a nationality adjective is a subject
        // of that nationality
        if definite_nouns == 0 && !v.is_punct(k) {
            if let Some(s) = v.slot_at(k + 1) {
                let slot = &v.slots[s];
                let adj = strip_conj(&v.forms[k + 1]);
                let nisba_adj = slot.tokens.len() == 1
                    && slot.prep.is_none()
                    && !adj.starts_with("ال")
                    && ["ي", "يه", "يون", "يين"].iter().any(|e| adj.ends_with(e))
                    && slot
                        .actors
                        .iter()
                        .all(|a| a.sector.is_none() && a.country.is_some());
                if nisba_adj {
                    return Some(s);
                }
            }
        }
        break;
    }
    None
}

/// The nearest free actor before position `before` (and at or after `floor`) in the same
/// clause (SVO subject).
pub fn svo_subject(v: &View, before: usize, floor: usize) -> Option<usize> {
    let comma = |k: usize| matches!(v.forms[k].as_str(), "،" | ",");
    v.slots
        .iter()
        .enumerate()
        .rev()
        .find(|(_, s)| {
            // `الرئيس السوري، بشار الأسد، تعهد`: an apposition closed by a comma right before
            // the verb is still its subject
            // (and so is a subject after `إن`/`أن` closed by a comma: `إن الرئيس الأمريكي
            // دونالد ترامب، انتقد`; a negation may stand before the verb)
            let mut b = before;
            while b > 0 && matches!(strip_conj(&v.forms[b - 1]), "لم" | "لن" | "لا" | "قد")
            {
                b -= 1;
            }
            let closed = s.tokens.end + 1 == b && comma(s.tokens.end);
            let after_that = s.tokens.start > 0
                && matches!(strip_conj(&v.forms[s.tokens.start - 1]), "ان" | "بان");
            let appositive = closed && (s.tokens.clone().any(comma) || after_that);
            s.tokens.end <= before
                && s.tokens.start >= floor
                && (s.prep.is_none() || partitive(v, s))
                && (same_clause(v, s.tokens.start, before) || appositive)
                && target_prep_before(v, s.tokens.start).is_none()
        })
        .map(|(i, _)| i)
}

/// A target preposition within three words before `tok` with no actor in between
/// (`على مواقع الجيش` → `على`).
pub fn target_prep_before(v: &View, tok: usize) -> Option<&'static str> {
    let lo = tok.saturating_sub(3);
    for k in (lo..tok).rev() {
        if v.is_punct(k) && v.forms[k] != "\"" {
            return None;
        }
        if v.slots.iter().any(|s| s.tokens.contains(&k)) {
            return None;
        }
        let f = strip_conj(&v.forms[k]);
        // `أشار إلى أن الرئيس …`: a complementizer opens a clause; the preposition before it
        // governs the clause, not the noun after it
        if matches!(f, "ان" | "بان" | "لان") {
            return None;
        }
        // `إضراب عام على مستوى الأردن`, `على صعيد المنطقة`: a scope, not an addressee
        if matches!(f, "مستوي" | "صعيد" | "نطاق") {
            return None;
        }
        if words::is_word(f, &words::TARGET_PREPS) {
            return Some(words::TARGET_PREPS[words::TARGET_PREPS.iter().position(|p| *p == f)?]);
        }
        // `بالقرب من مبنى الوزارة`: near
        if f == "من" && k > 0 && strip_conj(&v.forms[k - 1]) == "بالقرب" {
            return Some("قرب");
        }
        if words::is_word(f, &words::PREPOSITIONS) {
            return None;
        }
    }
    None
}

/// `الحكومة التي اتهمت المعارضة`, `تركيا، التي اتهمها الرئيس الأرمني`: the actor a relative
/// pronoun right before the verb at `trig` refers to (a comma may stand between them, `قد`
/// between pronoun and verb) — `None` inside when it is no actor (`لاكروا الذي يزور إسرائيل`:
/// an unknown name) — and whether it is the verb's object. An object pronoun on the verb
/// (`اتهمها`) is resumptive: the antecedent is the object and the subject follows the verb;
/// without one the antecedent is the subject and what follows the object. A resumptive pronoun
/// after a preposition (`الذي قتل فيه`, `التي أطلقت منها`) makes it neither: `None`.
pub fn relative_antecedent(v: &View, trig: &Range<usize>) -> Option<(Option<usize>, bool)> {
    let mut k = trig.start;
    // (a quotation may open between: `الشرطة التي "سيطرت" على المعتدي`)
    while k > 0 && matches!(strip_conj(&v.forms[k - 1]), "قد" | "لقد" | "\"") {
        k -= 1;
    }
    let rel = k.checked_sub(1)?;
    // (`… والتي اتهمت`: a second relative clause, whose antecedent is further back)
    if !words::is_word(&v.forms[rel], &words::RELATIVE_PRONOUNS) {
        return None;
    }
    let end = if rel > 0 && matches!(v.forms[rel - 1].as_str(), "،" | ",") {
        rel - 1
    } else {
        rel
    };
    let antecedent = v.slots.iter().rposition(|s| s.tokens.end == end);
    let object = has_enclitic(&v.tokens[trig.start]);
    let oblique = v
        .forms
        .get(trig.end)
        .is_some_and(|f| words::is_prep_pronoun(f));
    (!oblique).then_some((antecedent, object))
}

/// The direct object: the next free actor after `from` in the clause, within four words.
pub fn direct_object(v: &View, from: usize, clause_of: usize, not: Option<usize>) -> Option<usize> {
    v.slots
        .iter()
        .enumerate()
        .find(|(i, s)| {
            Some(*i) != not
                && s.tokens.start >= from
                && s.tokens.start <= from + 4
                && same_clause(v, s.tokens.start, clause_of)
                && (s.prep.is_none() || partitive(v, s))
                && target_prep_before(v, s.tokens.start).is_none()
                // the `من` of a partitive (`خطفت 23 من الكوريين`) is not a preposition here,
                // nor is `قبل`/`بعد` of a time phrase (`خطفوا قبل ظهر أمس أميركيا`)
                && !(from..s.tokens.start).any(|k| {
                    words::is_word(strip_conj(&v.forms[k]), &words::PREPOSITIONS)
                        && !(k + 1 == s.tokens.start && partitive(v, s))
                        && !time_phrase(v, k)
                })
        })
        .map(|(i, _)| i)
}

/// `انتقد أعضاء الائتلاف، رئيس الوزراء نتانياهو، …`, `حث رئيس الوزراء، نتانياهو، فرنسا`: an actor
/// right after the comma that closes the subject (one the slots did not join to it as a list
/// or an apposition) is the object, unless a verb after it makes it a clause's subject.
fn comma_object(v: &View, end: usize) -> Option<usize> {
    if v.forms.get(end).is_none_or(|f| f != ",") {
        return None;
    }
    let o = v.slot_at(end + 1)?;
    let after = v.slots[o].tokens.end;
    let verb_next = v.forms.get(after).is_some_and(|f| {
        let f = strip_conj(f);
        f.chars().count() > 3 && (f.starts_with('ي') || f.starts_with('ت'))
    });
    (v.slots[o].prep.is_none() && !verb_next).then_some(o)
}

/// `وسبق لتنظيم داعش أن هاجم`, `كان قد سبق للجيش أن قصف`: "X had already done": the actor
/// behind `لـ` after `سبق` is the subject of the verb after `أن` at `verb`.
pub fn preceded_subject(v: &View, verb: usize) -> Option<usize> {
    let an = verb.checked_sub(1)?;
    if strip_conj(&v.forms[an]) != "ان" {
        return None;
    }
    let s = v.slots.iter().position(|s| s.tokens.end == an)?;
    let slot = &v.slots[s];
    let before = slot.tokens.start.checked_sub(1)?;
    let sabaqa = matches!(strip_conj(&v.forms[before]), "سبق" | "يسبق");
    (slot.prep.as_deref() == Some("ل") && sabaqa).then_some(s)
}

/// `قبل ظهر أمس`, `بعد ظهر اليوم`: `قبل`/`بعد` opening a time phrase is an adverb.
fn time_phrase(v: &View, k: usize) -> bool {
    matches!(strip_conj(&v.forms[k]), "قبل" | "بعد")
        && (k + 1..(k + 3).min(v.forms.len()))
            .any(|j| words::is_word(strip_conj(&v.forms[j]), &words::ADVERBS))
        // `طعن حتى الموت شرطيا`: "to death" is how, not to whom
        || strip_conj(&v.forms[k]) == "حتي" && v.forms.get(k + 1).is_some_and(|n| n == "الموت")
}

/// `23 من الكوريين`, `العشرات من المتظاهرين`, `عناصر من حماس`, `كلا من كندا و…`: a quantity (or
/// a member word, or "both") + `من` + actor is a noun phrase, not a prepositional phrase.
pub fn partitive(v: &View, s: &crate::view::Slot) -> bool {
    let k = s.tokens.start;
    s.prep.as_deref() == Some("من")
        && k >= 2
        && (v.tokens[k - 2].kind == rasad_text::TokenKind::Number
            || words::is_word(strip_conj(&v.forms[k - 2]), &words::QUANTITY)
            // `كلا من كندا والسعودية`: both … and …
            || matches!(strip_conj(&v.forms[k - 2]), "كلا" | "كل")
            // `عناصر من حركة حماس`: members of a body, when the member word is no actor itself
            || v.slots.iter().all(|o| !o.tokens.contains(&(k - 2)))
                && words::member_noun(&v.forms[k - 2]))
}

/// Whether an actor is the kind that carries out violence or arrests (armed forces, police,
/// armed groups, states); others (civilians, journalists, officials) are typically its victims.
pub fn perpetrator_like(v: &View, s: usize) -> bool {
    !v.slots[s].actors.iter().all(|a| {
        a.sector.is_some_and(|sec| {
            matches!(
                sec.as_str(),
                "CVL" | "MED" | "EDU" | "BUS" | "HLH" | "REL" | "LAB" | "AGR" | "REF" | "ELI"
            )
        })
    })
}

/// Whether the actor is protesters: the lexicon's agent entry `protesters`, whose id names
/// the actor.
pub fn protester(a: &rasad_event::ActorRef) -> bool {
    a.sector == Some(rasad_event::Sector::Cvl)
        && a.name.split_whitespace().any(|w| w == "protesters")
}

/// Whether the slot names protesters only.
fn protesters(v: &View, s: usize) -> bool {
    let actors = &v.slots[s].actors;
    !actors.is_empty() && actors.iter().all(protester)
}

/// An actor after `from` in the clause introduced by a target preposition.
pub fn prep_target(v: &View, from: usize, clause_of: usize, not: Option<usize>) -> Option<usize> {
    v.slots
        .iter()
        .enumerate()
        .find(|(i, s)| {
            Some(*i) != not
                // `على يد X` is the agent, not a target of `على`
                && passive_agent(v, s.tokens.start, clause_of) != Some(*i)
                // `على لسان X`: X speaks for the subject
                && !(s.tokens.start > 0
                    && strip_conj(&v.forms[s.tokens.start - 1]) == "لسان")
                // `قرب الحدود مع تركيا`: the border is with X; X is no party
                && !border_with(v, s.tokens.start)
                && s.tokens.start >= from
                && same_clause(v, s.tokens.start, clause_of)
                && (s
                    .prep
                    .as_deref()
                    .is_some_and(|p| words::is_word(p, &words::TARGET_PREPS) || p == "ل")
                    || s.prep.is_none() && target_prep_before(v, s.tokens.start).is_some()
                    // `على مجموعة من المسلحين`, `على عشرات من المتظاهرين`: the counted actors
                    || partitive(v, s) && target_prep_before(v, s.tokens.start - 2).is_some())
        })
        .map(|(i, _)| i)
}

/// `اتصل الرئيس الروسي بنظيره التركي`, `أفرجت السلطات عن الصحفي`: for a verb whose `بـ` or
/// `عن` (`prep`) introduces its target (flags `btarget`, `antarget`), the first actor written
/// with it after the verb in its clause, within the verb's subject and six words.
pub fn prep_object(v: &View, trig: &Range<usize>, not: Option<usize>, prep: &str) -> Option<usize> {
    let from = not
        .map(|s| v.slots[s].tokens.end)
        .filter(|&e| e > trig.end)
        .unwrap_or(trig.end);
    v.slots
        .iter()
        .position(|s| {
            s.tokens.start >= trig.end
                && s.tokens.start <= from + 6
                && same_clause(v, s.tokens.start, trig.start)
                && s.prep.as_deref() == Some(prep)
                // (`اجتماعه برئاسة البشير`, `بقيادة`: who chairs or leads, no other party)
                && !["برياسه", "بقياده"]
                    .iter()
                    .any(|w| strip_conj(&v.forms[s.tokens.start]).starts_with(w))
        })
        .filter(|&i| Some(i) != not)
}

/// `الحدود مع تركيا`, `حدودها المشتركة مع العراق`: an actor after `مع` that follows a word of
/// the border names a neighbour, not a party to the event.
fn border_with(v: &View, start: usize) -> bool {
    let Some(k) = start.checked_sub(1) else {
        return false;
    };
    if strip_conj(&v.forms[k]) != "مع" {
        return false;
    }
    (k.saturating_sub(2)..k).any(|j| {
        let f = strip_conj(&v.forms[j]);
        let f = f.strip_prefix("ال").unwrap_or(f);
        f.starts_with("حدود") || f == "مشتركه"
    })
}

/// `احتجاجات قرب الحدود مع إسرائيل`: the neighbour across the border a protest stands at, in
/// the trigger's clause — the addressee a protest there has when it names no other.
pub fn border_neighbour(v: &View, trig: &Range<usize>) -> Option<usize> {
    let c = v.clause.get(trig.start)?;
    v.slots.iter().position(|s| {
        s.tokens.start > trig.end
            && s.tokens.start <= trig.end + 8
            && v.clause.get(s.tokens.start) == Some(c)
            && border_with(v, s.tokens.start)
    })
}

/// `بين X و Y` after `from` in the clause.
pub fn between(v: &View, from: usize, clause_of: usize) -> Option<usize> {
    v.slots
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s.tokens.start >= from
                && s.tokens.start <= from + 6
                && same_clause(v, s.tokens.start, clause_of)
                && s.prep.as_deref() == Some("بين")
                && s.actors.len() >= 2
        })
        .map(|(i, _)| i)
}

/// `من قبل X`, `على يد X`, `على أيدي X`, `بيد X`: the agent of a passive (a number or
/// quantity word may stand before the agent: `على يد عشرة مسلحين`).
pub fn passive_agent(v: &View, from: usize, clause_of: usize) -> Option<usize> {
    let agent_marker = |k: usize| -> bool {
        let f = strip_conj(&v.forms[k]);
        let prev = if k > 0 { v.forms[k - 1].as_str() } else { "" };
        (prev == "من" && f == "قبل")
            || (prev == "علي" && matches!(f, "يد" | "ايدي" | "يدي"))
            || matches!(f, "بيد" | "بايدي")
            // `قتل 149 فلسطينيا برصاص الجنود`, `أصيب بنيران القوات`: shot by
            || matches!(f, "برصاص" | "برصاصه" | "بنيران")
    };
    v.slots
        .iter()
        .enumerate()
        .find(|(_, s)| {
            let st = s.tokens.start;
            if st < from || st < 2 {
                return false;
            }
            let mut k = st - 1;
            // one quantity word between the marker and the agent
            if (v.tokens[k].kind == rasad_text::TokenKind::Number
                || words::is_word(strip_conj(&v.forms[k]), &words::QUANTITY))
                && k > from
            {
                k -= 1;
            }
            k >= 1 && agent_marker(k) && (same_clause(v, st, clause_of) || st - from <= 8)
        })
        .map(|(i, _)| i)
}

/// The genitive/adjective actor right after a noun trigger (`مقتل مدني`, `المناشدة الروسية`,
/// `هجمات القوات`), allowing one modifier word in between.
pub fn genitive(v: &View, trig: &Range<usize>) -> Option<usize> {
    genitive_via(v, trig).map(|(s, _)| s)
}

/// [`genitive`], and whether it is reached through a noun of its own (`بقصف مواقع المتمردين`):
/// then it owns the noun's patient rather than being the noun's agent.
fn genitive_via(v: &View, trig: &Range<usize>) -> Option<(usize, bool)> {
    // quantities between the noun and its genitive: `مقتل 4 جنود`, `إصابة العشرات من`,
    // `مقتل اثنين من عناصر الشرطة`
    let mut e = trig.end;
    if let Some(q) = crate::numbers::parse_quantity(v.tokens, e) {
        if q.tokens.end > e && q.tokens.end <= trig.end + 4 && v.slot_at(e).is_none() {
            e = q.tokens.end;
        }
    }
    while e < v.forms.len()
        && e < trig.end + 4
        && v.slot_at(e).is_none()
        && (v.tokens[e].kind == rasad_text::TokenKind::Number
            || words::is_word(strip_conj(&v.forms[e]), &words::QUANTITY))
    {
        e += 1;
    }
    if let Some(s) = v.slot_at(e) {
        // (a definite noun has no genitive: `وطالت الاتهامات ثلاث شركات روسية` — only an
        // agreeing definite adjective after it names its agent, `الهجوم الإسرائيلي`)
        let head = strip_conj(&v.forms[trig.start]);
        // (`لل` is also لـ + a stem in ل: `للقاء نظيره` is "to meet his counterpart")
        let definite = head.starts_with("ال") || head.starts_with("بال");
        // (but the dead and wounded are who they are: `ومن بين القتلى ثمانية أطفال`)
        let toll = matches!(
            head.trim_start_matches('ب').trim_start_matches("ال"),
            "قتلي" | "جرحي" | "مصابين" | "مصابون" | "ضحايا" | "شهداء" | "اصابات"
        );
        if definite
            && !(toll && e > trig.end)
            && !strip_conj(&v.forms[v.slots[s].tokens.start]).starts_with("ال")
        {
            return None;
        }
        // (after a number the counted noun is accusative: `مقتل 20 شخصا`)
        let object = e == trig.end && accusative_indefinite(v, s);
        // (a count may take `من` with it: `العشرات من المدنيين`)
        let counted_from = e > trig.end && v.slots[s].prep.as_deref() == Some("من");
        return ((v.slots[s].prep.is_none() || counted_from) && !object).then_some((s, false));
    }
    // `بدعم كل من قطر وتركيا`: "both … and …"
    if e == trig.end
        && v.forms.get(e).is_some_and(|f| f == "كل")
        && v.forms.get(e + 1).is_some_and(|f| f == "من")
    {
        return v.slot_at(e + 2).map(|s| (s, false));
    }
    // a count, then `من` and whom it counts: `مقتل اثنين من عناصر الشرطة`
    if e > trig.end && v.forms.get(e).is_some_and(|f| f == "من") {
        if let Some(s) = v.slot_at(e + 1) {
            return Some((s, false));
        }
    }
    // one adjective or date word between (`مناشدة جديدة روسية`, `الهجوم الأخير للجيش`); an
    // indefinite noun there heads a construct of its own, whose genitive the actor is (`بقصف
    // مواقع المتمردين`: the rebels own the positions, they do not shell)
    if e + 1 < v.forms.len() && !v.is_punct(e) {
        let f = strip_conj(&v.forms[e]);
        let plain = !words::is_word(f, &words::PREPOSITIONS) && !f.starts_with('و');
        // (a word with a pronoun heads no construct: `هجوم شنه مسلحون`, `ضربة نفذها الجيش`
        // is a relative clause whose subject is the agent)
        let pronoun = words::ends_in_pronoun(&v.tokens[e].norm);
        let adjective_like = f.starts_with("ال")
            || pronoun
            || words::is_word(f, &words::ADVERBS)
            || v.slot_at(e + 1).is_some_and(|s| {
                let w = &v.forms[v.slots[s].tokens.start];
                !w.starts_with("ال") && ["ي", "يه", "يين", "يون"].iter().any(|x| w.ends_with(x))
            });
        // what cannot head a construct: an indefinite sound plural (`متهمين`: in construct it
        // drops its ن) or any word after a definite noun (`الهجوم متهمين الجنود`); the actor
        // after it is no genitive of the trigger then
        let definite_trigger = rasad_lexicon::triggers::definite(&v.forms[trig.end - 1]);
        let no_construct = f.ends_with("ين")
            || f.ends_with("ون")
            || definite_trigger
            // (a conjunction or a particle: `لهجوم وأن المهاجمين`)
            || f != v.forms[e]
            || f.chars().count() < 3
            || words::is_word(f, &words::COMPLEMENTIZERS)
            || words::is_word(f, &words::PARTICLES);
        if plain && (adjective_like || !no_construct) {
            if let Some(s) = v.slot_at(e + 1) {
                if v.slots[s].prep.is_none() && v.slots[s].actors.iter().all(|a| a.id.is_none()) {
                    return Some((s, !adjective_like && !no_construct));
                }
            }
        }
    }
    None
}

/// `احتجاجا على زيارة بوش`, `للتنديد بإعدام صدام`, `ضد الناتو`: the first actor (not `not`)
/// within a few words after a phrase naming what a protest at `trig` is against, in its clause;
/// first of all the one its demands are made of (`مطالبين الحكومة`).
pub fn protest_object(v: &View, trig: &Range<usize>, not: Option<usize>) -> Option<usize> {
    let c = v.clause.get(trig.start)?;
    let end = (trig.start + 20).min(v.forms.len());
    // `مطالبين الحكومة بـ…`, `لمطالبة إسلام آباد بوقف …`: whom the protesters make demands of
    // (a participle, `، مطالبين رئيس الوزراء`, may follow later clauses of the sentence)
    let participle =
        |k: usize| words::is_word(strip_conj(&v.forms[k]), &words::DEMANDING_PARTICIPLES);
    let addressee = (trig.start..end)
        .take_while(|&k| v.clause.get(k) == Some(c))
        .find(|&k| words::is_word(strip_conj(&v.forms[k]), &words::DEMANDING))
        .or_else(|| (trig.end..(trig.start + 30).min(v.forms.len())).find(|&k| participle(k)))
        .and_then(|k| v.slot_at(k + 1))
        .filter(|&s| v.slots[s].prep.is_none() && Some(s) != not);
    if addressee.is_some() {
        return addressee;
    }
    // (a place phrase may open a clause of its own, `في وسط القاهرة احتجاجا على …`: up to the
    // first punctuation mark)
    let marker = (trig.start..end)
        .take_while(|&k| v.clause.get(k) == Some(c) || !v.is_punct(k))
        .find(|&k| {
            let f = strip_conj(&v.forms[k]);
            let next = v.forms.get(k + 1).map(|n| strip_conj(n));
            f == "ضد"
                || words::is_word(f, &words::PROTEST_AGAINST)
                    && next.is_some_and(|n| n == "علي" || n.starts_with('ب') || n.starts_with('ل'))
        })?;
    // `احتجاجا على مقتل مدنيين على يد قوات التحالف`: a protest against a killing is against
    // its named perpetrator
    let perpetrator = passive_agent(v, marker + 1, marker + 1)
        .filter(|&s| v.slots[s].tokens.start <= marker + 10 && Some(s) != not);
    if perpetrator.is_some() {
        return perpetrator;
    }
    // `على ما وصفوه بانتهاكات الرئيس الباكستاني`: what they called it comes after the verb
    let mut from = marker + 1;
    if let Some(m) = (from..from + 2).find(|&k| {
        v.forms.get(k).is_some_and(|f| f == "ما")
            && v.forms.get(k + 2).is_some_and(|f| f.starts_with('ب'))
    }) {
        from = m + 2;
    }
    let mc = v.clause.get(marker);
    (from..(from + 4).min(v.forms.len()))
        .take_while(|&k| v.clause.get(k) == mc && !v.is_punct(k))
        .find_map(|k| v.slot_at(k))
        .filter(|&s| Some(s) != not)
}

/// A common noun in the indefinite accusative (`رجلا`, `شخصا`, `مدنيا`): the object of a verb,
/// never the genitive of the noun before it (`أصاب انفجار رجلا` — the man is hit, not the
/// bomber). Names (lexicon ids: `روسيا`, `أمريكا`) are not judged by their ending.
fn accusative_indefinite(v: &View, s: usize) -> bool {
    let slot = &v.slots[s];
    let first = strip_conj(&v.forms[slot.tokens.start]);
    slot.actors.iter().all(|a| a.id.is_none())
        && !first.starts_with("ال")
        && first.ends_with('ا')
        && first.chars().count() > 3
}

/// `إن الطائرات قصفت`, `أن القوات الحكومية استعادت`: one or two definite words that are no
/// actor mention, between a complementizer (or `كان`) and the verb at `start`, are its
/// (unknown) subject; so is a bare unknown word after `لكن`/`بينما`/`أن` (`لكن مينرز
/// انسحبت`, `إلا أن مسلم نفى`).
pub fn unknown_preverbal_subject(v: &View, start: usize) -> bool {
    let free =
        |k: usize| v.forms[k].starts_with("ال") && !v.slots.iter().any(|s| s.tokens.contains(&k));
    // (`كان الحلفاء الأوروبيون قد ناشدوا ترمب`: `كان` opens the clause as well)
    let comp = |k: usize| {
        let f = strip_conj(&v.forms[k]);
        words::is_word(f, &words::COMPLEMENTIZERS) || matches!(f, "كان" | "كانت" | "كانوا")
    };
    let mut k = start;
    while k > 0 && matches!(strip_conj(&v.forms[k - 1]), "قد" | "لقد") {
        k -= 1;
    }
    // `لكن مينرز انسحبت`: a bare word no dictionary knows between `لكن` and the verb is a name
    let name = |k: usize| {
        v.tokens[k].kind == rasad_text::TokenKind::Word
            && !v.slots.iter().any(|s| s.tokens.contains(&k))
            && words::bare_noun(&v.forms[k])
    };
    let but = |k: usize| matches!(strip_conj(&v.forms[k]), "لكن" | "بينما");
    // `إلا أن مسلم نفى`: after `أن`/`إن` too, but a noun with a possessive there stands for
    // its owner (`أن حكومته ستهدم`), and `هناك` is no subject
    // (a name may begin with the letters of a proclitic here: `إن كيم زار بكين`)
    let that_name = |k: usize| {
        let f = v.forms[k].as_str();
        matches!(strip_conj(&v.forms[k - 1]), "ان" | "بان")
            && v.tokens[k].kind == rasad_text::TokenKind::Word
            && !v.slots.iter().any(|s| s.tokens.contains(&k))
            && (words::bare_noun(f)
                || f.starts_with(['ب', 'ل', 'ك'])
                    && words::bare_noun(&f[f.char_indices().nth(1).map_or(0, |(i, _)| i)..])
                    && !words::is_prep_pronoun(f))
            && !words::ends_in_pronoun(&v.forms[k])
            && !matches!(v.forms[k].as_str(), "هناك" | "هنا" | "ثمه")
    };
    // `لكن طلبها رفض`: a noun with a possessive pronoun is definite, a subject of its own
    let possessed = |k: usize| {
        v.tokens[k].kind == rasad_text::TokenKind::Word
            && !v.slots.iter().any(|s| s.tokens.contains(&k))
            && ["ها", "هم", "هما"].iter().any(|p| {
                strip_conj(&v.forms[k])
                    .strip_suffix(p)
                    .is_some_and(|stem| stem.chars().count() >= 3)
            })
    };
    // `لتفريق حشد تجمع قبالة المقر`: a crowd noun right before the verb is its subject
    let crowd = |k: usize| {
        let f = strip_conj(&v.forms[k]);
        !v.slots.iter().any(|s| s.tokens.contains(&k))
            && (words::is_word(f, &words::CROWD) && !words::is_word(f, &words::APPROXIMATORS)
                || words::is_word(f, &words::CROWD_NOUNS))
    };
    (k >= 2 && free(k - 1) && comp(k - 2))
        || (k >= 1 && crowd(k - 1))
        || (k >= 3 && free(k - 1) && free(k - 2) && comp(k - 3))
        // (`إن بعض الدول انتقدت`: a quantifier before the definite noun)
        || (k >= 3
            && free(k - 1)
            && (words::is_word(strip_conj(&v.forms[k - 2]), &words::QUANTIFIERS)
                || strip_conj(&v.forms[k - 2]) == "كل")
            && comp(k - 3))
        || (k >= 2 && (name(k - 1) || possessed(k - 1)) && but(k - 2))
        || (k >= 2 && that_name(k - 1))
        || opening_subject(v, k)
}

/// `شاهد سري يتهم برانسون`, `قائد ميليشيا ليبية شن هجمات`: a sentence that opens with two to
/// four words no dictionary knows — a bare noun and what follows it, no particle, preposition,
/// time word or number — and then a verb with no conjunction has them as its subject.
fn opening_subject(v: &View, k: usize) -> bool {
    let plain = |j: usize| {
        let f = strip_conj(&v.forms[j]);
        v.tokens[j].kind == rasad_text::TokenKind::Word
            && !v.slots.iter().any(|s| s.tokens.contains(&j))
            && ![
                &words::PARTICLES,
                &words::PREPOSITIONS,
                &words::ADVERBS,
                &words::COMPLEMENTIZERS,
                &words::PRONOUN_COMPLEMENTIZERS,
                &words::CLAUSE_OPENERS,
                &words::QUANTITY,
                &words::NEGATORS,
                &words::MODALS,
            ]
            .iter()
            .any(|l| words::is_word(f, l))
            && !words::is_prep_pronoun(f)
    };
    (2..=4).contains(&k)
        && !v.forms[k].starts_with(['و', 'ف'])
        // (a sentence opening with `و`/`ف` opens with its verb: `وأكد اليماني دعم …`)
        && !v.forms[0].starts_with(['و', 'ف'])
        && words::bare_noun(&v.forms[0])
        && (0..k).all(plain)
}

/// Roles of a verbal trigger.
/// The subject right before the verb at `verb` (`مسلحين مجهولين اغتالوا`): only `قد` may
/// stand between — or the subject's own `من`/`في` phrase: an actor, or one or two definite
/// words (`ضابط وجندي من الجيش اختطفا`, `الموظف في اللجنة الانتخابية خطف`).
fn adjacent_subject(v: &View, verb: usize) -> Option<usize> {
    relative_closed_subject(v, verb).or_else(|| adjacent_svo_subject(v, verb))
}

/// `قوات سوريا الديموقراطية، التي تشكل الوحدات الكردية عمودها الفقري، طردت …`: a relative
/// clause set off by commas between the subject and its verb (`قد` may follow it).
fn relative_closed_subject(v: &View, verb: usize) -> Option<usize> {
    let comma = |k: usize| matches!(v.forms[k].as_str(), "،" | ",");
    let mut k = verb;
    while k > 0 && matches!(strip_conj(&v.forms[k - 1]), "قد" | "لقد") {
        k -= 1;
    }
    if k < 4 || !comma(k - 1) {
        return None;
    }
    let open = (k.saturating_sub(20)..k - 1).rev().find(|&p| comma(p))?;
    if !words::is_word(strip_conj(&v.forms[open + 1]), &words::RELATIVE_PRONOUNS) {
        return None;
    }
    v.slots
        .iter()
        .position(|s| s.tokens.end == open && s.prep.is_none())
}

fn adjacent_svo_subject(v: &View, verb: usize) -> Option<usize> {
    svo_subject(v, verb, 0).filter(|&s| {
        let end = v.slots[s].tokens.end;
        if (end..verb).all(|k| matches!(strip_conj(&v.forms[k]), "قد" | "لقد")) {
            return true;
        }
        // `زعيم كوريا الشمالية، كيم جونغ أون، سيجتمع`: the comma closing a name in apposition,
        // or a subject after `إن`/`أن` (`إن الرئيس الأمريكي دونالد ترامب، انتقد`)
        let start = v.slots[s].tokens.start;
        if verb == end + 1
            && v.forms[end] == ","
            && (v.slots[s].tokens.clone().any(|k| v.forms[k] == ",")
                || start > 0 && matches!(strip_conj(&v.forms[start - 1]), "ان" | "بان"))
        {
            return true;
        }
        if end + 1 >= verb || !matches!(v.forms[end].as_str(), "من" | "في") {
            return false;
        }
        let actor = v
            .slots
            .iter()
            .any(|p| p.tokens == (end + 1..verb) && matches!(p.prep.as_deref(), Some("من" | "في")));
        actor
            || verb - end <= 3
                && (end + 1..verb).all(|k| !v.is_punct(k) && v.forms[k].starts_with("ال"))
    })
}

/// Whether a verb form carries a plural, dual or feminine object pronoun (`يتهمهم`, `اتهمها`):
/// `هم`/`هما` always, `ها` only after a stem of three letters or more (`وجها` is a dual).
fn object_pronoun(form: &str) -> bool {
    let form = strip_conj(form);
    ["هم", "هما"].iter().any(|p| {
        form.strip_suffix(p)
            .is_some_and(|stem| stem.chars().count() >= 3)
    }) || form
        .strip_suffix("ها")
        .is_some_and(|stem| stem.chars().count() >= 3)
}

/// Whether an actor slot is indefinite, as the antecedent of a relative clause without a
/// relative pronoun must be: no word with the article, and no name — a name or a construct
/// with a definite genitive is definite (`إسرائيل`, `قوات الحكومة`), a plural nationality is
/// not (`دركيين فرنسيين`).
fn indefinite_slot(v: &View, s: usize) -> bool {
    let slot = &v.slots[s];
    let last = strip_conj(&v.forms[slot.tokens.end - 1]);
    slot.tokens
        .clone()
        .all(|k| !strip_conj(&v.forms[k]).starts_with("ال"))
        && (slot.actors.iter().all(|a| a.id.is_none())
            || last.ends_with("يين")
            || last.ends_with("يون"))
}

/// [`prep_target`] right after a verb whose object is a pronoun, or a noun with a possessive
/// (`دعمها للبوليساريو`): at most one word between (`اعتقلتها عقب مقابلة مع رجل` names no
/// target).
fn near_prep_target(v: &View, from: usize, clause_of: usize, not: Option<usize>) -> Option<usize> {
    prep_target(v, from, clause_of, not).filter(|&t| v.slots[t].tokens.start <= from + 1)
}

/// The position after a parenthesis opening at `k` (closed within eight words) that names an
/// actor: another name of the actor before it (`(جبهة النصرة سابقا)`; an age, `(29 عاما)`,
/// names none).
fn parenthesis_end(v: &View, k: usize) -> Option<usize> {
    if v.forms.get(k).map(String::as_str) != Some("(") {
        return None;
    }
    let close = (k + 1..(k + 10).min(v.forms.len())).find(|&j| v.forms[j] == ")")?;
    (k + 1..close)
        .any(|j| v.slot_at(j).is_some())
        .then_some(close + 1)
}

/// The end of a short parenthesis opening at `k`, whatever it holds (up to eight words).
fn aside_end(v: &View, k: usize) -> Option<usize> {
    if v.forms.get(k).map(String::as_str) != Some("(") {
        return None;
    }
    (k + 1..(k + 10).min(v.forms.len()))
        .find(|&j| v.forms[j] == ")")
        .map(|close| close + 1)
}

/// `اتهمت محكمة تدعمها الأمم المتحدة خمسة …`: an imperfect verb with an object pronoun right
/// after an indefinite subject opens a relative clause on it (an indefinite antecedent takes no
/// relative pronoun); the end of that clause and of its own subject, where the main verb's
/// object may start.
fn relative_clause_end(v: &View, subj: Option<usize>, at: usize) -> Option<usize> {
    let s = subj?;
    let verb = v.forms.get(at)?;
    (v.slots[s].tokens.end == at
        && indefinite_slot(v, s)
        && verb.starts_with(['ي', 'ت'])
        && object_pronoun(verb))
    .then(|| {
        v.slot_at(at + 1)
            .filter(|&t| v.slots[t].prep.is_none())
            .map_or(at + 1, |t| v.slots[t].tokens.end)
    })
}

pub fn verbal(v: &View, trig: &Range<usize>, subj_patient: bool) -> Roles {
    let c = trig.start;
    let mut r = Roles::default();
    // an actor right before the verb is its subject (`فرنسا دعت روسيا`); the actor after the
    // verb is then its object
    let adjacent = adjacent_subject(v, trig.start);
    // a plural verb has no subject after it (`اختطفوا سبعة جنود`: the soldiers are the object)
    let plural = words::plural_verb(&v.forms[trig.start]);
    // `إن الطائرات قصفت صنعاء`: an unknown subject before the verb leaves the actor after it
    // as the object
    let preverbal = adjacent.is_none() && unknown_preverbal_subject(v, trig.start);
    let subj = adjacent
        .map(|s| (s, "svo"))
        .or_else(|| {
            vso_subject(v, trig.end, c)
                .filter(|_| !plural && !preverbal)
                .map(|s| (s, "vso"))
        })
        .or_else(|| {
            svo_subject(v, trig.start, 0)
                .filter(|_| !preverbal)
                .map(|s| (s, "svo"))
        });
    let after = subj
        .filter(|(s, _)| v.slots[*s].tokens.start >= trig.end)
        .map(|(s, _)| v.slots[s].tokens.end)
        .unwrap_or(trig.end);
    let subj_i = subj.map(|(s, _)| s);
    let after = relative_clause_end(v, subj_i, after).unwrap_or(after);
    // `هيئة تحرير الشام (جبهة النصرة سابقا)`: a parenthesis after the subject names it again,
    // or spells it out (`مكتب التحقيقات الفدرالي (أف بي آي)`), or gives an age: an aside
    let after = match subj_i {
        Some(s) if v.slots[s].tokens.end == after => aside_end(v, after).unwrap_or(after),
        _ => after,
    };
    if subj_patient {
        r.target = subj_i;
        r.source = passive_agent(v, trig.end, c);
        r.rule = "passive";
        if r.target.is_none() {
            r.target = direct_object(v, trig.end, c, None);
        }
        return r;
    }
    // `ناشطين يتهمهم النظام بالتحريض`: an object pronoun on the verb resumes the actor before
    // it, and the actor right after the verb is the subject
    // (whatever the case of that actor: `الإفراج عن دبلوماسيين يتهمهم الكرملين`)
    let before = adjacent.or_else(|| v.slots.iter().position(|s| s.tokens.end == trig.start));
    if let Some(pre) = before.filter(|_| object_pronoun(&v.forms[trig.start])) {
        if let Some(post) = v
            .slot_at(trig.end)
            .filter(|&s| v.slots[s].prep.is_none() && s != pre)
        {
            r.source = Some(post);
            r.target = Some(pre);
            r.rule = "resumptive-object";
            return r;
        }
    }
    r.source = subj_i;
    r.rule = subj
        .map(|(_, k)| k)
        .unwrap_or(if preverbal { "svo-unknown" } else { "verb" });
    r.between = between(v, trig.end, c);
    // (an object pronoun on the verb is its object, `اتهمتها الشرطة بالتحريض`; a noun with a
    // possessive reads the same and keeps its `لـ` target, `دعمها للبوليساريو`)
    r.target = if object_pronoun(&v.forms[trig.start]) {
        // (`على أن تستقبلهم لاحقا بريطانيا`: the actor after it is then its subject)
        // (only adverbs between: `اتهمتها بمحاولة تقويض الحكومة` names no subject)
        if r.source.is_none() {
            r.source = direct_object(v, after, c, None).filter(|&o| {
                (after..v.slots[o].tokens.start).all(|k| {
                    let f = strip_conj(&v.forms[k]);
                    words::is_word(f, &words::ADVERBS)
                        || f.ends_with('ا') && !f.starts_with('ب') && !words::is_prep_pronoun(f)
                })
            });
            if r.source.is_some() {
                r.rule = "vso";
            }
        }
        // (`ودعمها للأشقاء الفلسطينيين`: the actor describing the genitive of a `لـ` is the
        // target of the noun read the same way)
        near_prep_target(v, after, c, r.source).or_else(|| {
            direct_object(v, after, c, r.source).filter(|&o| {
                let k = v.slots[o].tokens.start;
                k > after && strip_conj(&v.forms[k - 1]).starts_with("لل")
            })
        })
    } else {
        // (a subject listed with commas, `دعت فرنسا، ألمانيا وبريطانيا إيران`, spans clause
        // marks: the object belongs to the clause the subject ends in)
        let oc = match subj {
            Some((s, "vso")) if v.slots[s].tokens.end == after => after - 1,
            _ => c,
        };
        direct_object(v, after, oc, subj_i)
            .or_else(|| prep_target(v, after, oc, subj_i))
            .or_else(|| {
                subj.filter(|(_, k)| *k == "vso")
                    .and_then(|_| comma_object(v, after))
            })
    };
    if let (Some(s), Some(t)) = (subj_i, r.target) {
        if let Some(end) = appositive_title(v, s, t) {
            r.target = direct_object(v, end, c, Some(t))
                .filter(|&o| o != s)
                .or_else(|| prep_target(v, end, c, subj_i));
        } else if appositive_person(v, s, t) {
            // `استقبل العاهل السعودي الملك سلمان بن عبدالعزيز الرئيس المصري`
            let end = v.slots[t].tokens.end;
            r.target = direct_object(v, end, c, Some(t))
                .filter(|&o| o != s)
                .or_else(|| prep_target(v, end, c, subj_i));
        }
    }
    r
}

/// `العاهل السعودي الملك سلمان`: a person of the same country and sector right after the
/// subject person, with nothing between, names the subject again.
fn appositive_person(v: &View, subj: usize, obj: usize) -> bool {
    let (s, o) = (&v.slots[subj], &v.slots[obj]);
    o.tokens.start == s.tokens.end
        && o.prep.is_none()
        && v.is_person(subj)
        && v.is_person(obj)
        && o.actors.iter().all(|a| {
            a.country.is_some()
                && s.actors
                    .iter()
                    .any(|b| (b.country, b.sector) == (a.country, a.sector))
        })
}

/// `توعد عبدالملك الحوثي زعيم جماعة أنصار الله`: a bare title right after the subject whose
/// genitive is the subject's own actor is an apposition describing the subject, not the
/// object. Returns where the apposition ends.
fn appositive_title(v: &View, subj: usize, obj: usize) -> Option<usize> {
    let (s, o) = (&v.slots[subj], &v.slots[obj]);
    let title = o.tokens.start == s.tokens.end
        && o.prep.is_none()
        && !strip_conj(&v.forms[o.tokens.start]).starts_with("ال")
        && o.actors
            .iter()
            .all(|a| a.id.is_none() && a.country.is_none());
    // `استقبل الشيخ محمد بن زايد ولي عهد أبوظبي`: a construct title of the named subject's
    // own country and sector, composed with its place, describes the subject
    let own_title = o.tokens.start == s.tokens.end
        && o.prep.is_none()
        && !strip_conj(&v.forms[o.tokens.start]).starts_with("ال")
        && o.actors.iter().all(|a| {
            a.id.is_none()
                && a.country.is_some()
                && s.actors
                    .iter()
                    .any(|b| b.id.is_some() && (b.country, b.sector) == (a.country, a.sector))
        });
    if own_title {
        return Some(o.tokens.end);
    }
    if !title {
        return None;
    }
    // (one head word may stand before the genitive's name: `زعيم جماعة أنصار الله`)
    let e = o.tokens.end;
    let g = v.slot_at(e).or_else(|| {
        (e + 1 < v.forms.len()
            && !v.is_punct(e)
            && !words::is_word(strip_conj(&v.forms[e]), &words::PREPOSITIONS))
        .then(|| v.slot_at(e + 1))
        .flatten()
    })?;
    let same = |a: &ActorRef, b: &ActorRef| {
        a.id.is_some() && a.id == b.id
            || a.country.is_some() && (a.country, a.sector) == (b.country, b.sector)
    };
    let genitive = &v.slots[g];
    (genitive.prep.is_none()
        && genitive
            .actors
            .iter()
            .any(|a| s.actors.iter().any(|b| same(a, b))))
    .then_some(genitive.tokens.end)
}

/// `قتل ثلاثة مسلحين في ضربة جوية أميركية`, `قتلوا جراء قصف إسرائيلي`: a strike or weapon of a
/// known country, introduced as the means or cause of the event (`في`, `ب`, `جراء`, `إثر`,
/// `بسبب`) or as the subject of a causal verb (`أدت إلى`, `أسفرت عن`), stands for its owner:
/// the attacker. The nearest such actor.
pub fn instrument(v: &View, trig: &Range<usize>) -> Option<usize> {
    let c = trig.start;
    // `ضربة جوية أميركية في شمال العراق، أدت إلى مقتل …`: the subject of a causal verb right
    // before the trigger
    let causes = |s: &crate::view::Slot| {
        s.prep.is_none()
            && s.tokens.end <= trig.start
            && trig.start - s.tokens.end <= 8
            && (s.tokens.end..trig.start)
                .any(|k| words::is_word(strip_conj(&v.forms[k]), &words::CAUSAL_VERBS))
    };
    v.slots
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            (same_clause(v, s.tokens.start, c)
                && s.prep
                    .as_deref()
                    .is_some_and(|p| words::is_word(p, &words::MEANS_PREPS))
                || causes(s))
                && !s.tokens.contains(&trig.start)
                && !s.actors.is_empty()
                && s.actors.iter().all(|a| {
                    a.country.is_some()
                        && a.inferred.is_none()
                        && a.sector == Some(rasad_event::Sector::Mil)
                        && {
                            let t = rasad_text::Normalizer::matching().normalize_str(&a.text);
                            let first = t.split(' ').next().unwrap_or("");
                            let first = strip_conj(first);
                            words::is_word(first, &words::STRIKES)
                                || first
                                    .strip_prefix('ب')
                                    .is_some_and(|f| words::is_word(f, &words::STRIKES))
                        }
                })
        })
        .min_by_key(|(_, s)| s.tokens.start.abs_diff(trig.start))
        .map(|(i, _)| i)
}

/// The instrument ([`instrument`]) is the source of a casualty event that has none, and never
/// its target.
fn with_instrument(v: &View, trig: &Range<usize>, mut r: Roles) -> Roles {
    if let Some(i) = instrument(v, trig) {
        if r.target == Some(i) {
            r.target = None;
        }
        if r.source.is_none() {
            r.source = Some(i);
        }
    }
    r
}

/// `تبنت حركة طالبان الهجوم`, `هجوم انتحاري تبنته طالبان`, `أعلنت X مسؤوليتها`: the actor
/// claiming responsibility in the sentence (the source of an attack that names none).
pub fn responsible(v: &View) -> Option<usize> {
    let free = |s: usize| v.slots[s].prep.is_none();
    for k in 0..v.forms.len() {
        let f = strip_conj(&v.forms[k]);
        // `لم تتبن أي جهة الهجوم`: a negated claim names no one
        let negated = k > 0 && words::is_word(strip_conj(&v.forms[k - 1]), &words::NEGATORS);
        if words::is_word(f, &words::CLAIM_VERBS) && !negated {
            let before = (0..v.slots.len()).find(|&s| free(s) && v.slots[s].tokens.end == k);
            if let Some(s) = vso_subject(v, k + 1, k).or(before) {
                return Some(s);
            }
        }
        // `أعلنت حركة طالبان مسؤوليتها`: the actor between the verb and `مسؤوليتها`
        if let Some(s) = responsibility_claimant(v, k) {
            return Some(s);
        }
    }
    None
}

/// `أعلنت X مسؤوليتها`, `أعلن X تحمله المسؤولية`: when the word at `k` is a responsibility
/// word right after an announcement verb and its subject, that subject (a slot index).
pub fn responsibility_claimant(v: &View, k: usize) -> Option<usize> {
    if !words::is_word(strip_conj(&v.forms[k]), &words::RESPONSIBILITY) {
        return None;
    }
    let (i, s) =
        v.slots.iter().enumerate().rev().find(|(i, s)| {
            s.tokens.end <= k && k - s.tokens.end <= 1 && v.slots[*i].prep.is_none()
        })?;
    let verb = s.tokens.start.checked_sub(1)?;
    words::is_word(strip_conj(&v.forms[verb]), &words::ANNOUNCE_VERBS).then_some(i)
}

/// Roles of a kill/injure verb (see [`casualty_roles`]), with a strike as the means giving
/// the source (`قتل ثلاثة في ضربة جوية أميركية`).
pub fn casualty_verb(v: &View, trig: &Range<usize>, kill: bool) -> Roles {
    with_instrument(v, trig, casualty_roles(v, trig, kill))
}

/// The passive reading of a casualty verb: `victim` is the target, the agent is whoever
/// `على يد`/`من قبل` names.
fn passive_casualty(v: &View, trig: &Range<usize>, victim: usize) -> Roles {
    Roles {
        source: passive_agent(v, trig.end, trig.start),
        target: Some(victim),
        between: None,
        rule: "passive-casualty",
    }
}

/// Roles of a kill/injure verb. Unvocalized `قتل جنديان` is almost always passive in news
/// (`قُتل`): a VSO subject with no object after it is the victim. With an object, or with the
/// actor before the verb (`جنوده قتلوا خمسة`), it is active.
fn casualty_roles(v: &View, trig: &Range<usize>, kill: bool) -> Roles {
    let c = trig.start;
    // `مسلحين مجهولين اغتالوا العميد`: an actor right before the verb is its subject
    let adjacent = adjacent_subject(v, trig.start);
    // `جنديان اختطفا على يد مسلحين`: an explicit passive agent makes the verb passive
    let agent = passive_agent(v, trig.end, c);
    if let (Some(s), Some(a)) = (adjacent, agent) {
        if s != a {
            return Roles {
                source: Some(a),
                target: Some(s),
                between: None,
                rule: "passive-agent",
            };
        }
    }
    if let Some(s) = adjacent {
        // `السلطات المصرية اعتقلتها عقب مقابلة مع رجل`: an object pronoun is the object
        // (a noun with a possessive reads the same: `دعمها للبوليساريو` keeps its `لـ` target)
        // (`رجال الجيش قتلهم المتشددون`: the pronoun resumes the actor before, the actor right
        // after is the subject)
        if object_pronoun(&v.forms[trig.start]) {
            if let Some(post) = v
                .slot_at(trig.end)
                .filter(|&p| v.slots[p].prep.is_none() && p != s)
            {
                return Roles {
                    source: Some(post),
                    target: Some(s),
                    between: None,
                    rule: "resumptive-object",
                };
            }
            // (`دركيين فرنسيين قتلتهم في 1988 مجموعة كوماندوس`: an indefinite actor before it
            // heads a relative clause and is its object; a definite one is the subject,
            // `السلطات المصرية اعتقلتها`)
            if indefinite_slot(v, s) {
                return Roles {
                    source: vso_subject(v, trig.end, c).filter(|&p| p != s),
                    target: Some(s),
                    between: None,
                    rule: "resumptive-object",
                };
            }
            return Roles {
                source: Some(s),
                target: near_prep_target(v, trig.end, c, Some(s)),
                between: None,
                rule: "svo",
            };
        }
        let obj = direct_object(v, trig.end, c, Some(s))
            .or_else(|| prep_target(v, trig.end, c, Some(s)))
            .filter(|&o| Some(o) != agent);
        if obj.is_none() && kill {
            // `28 شخصا قتلوا`, `جنديا أميركيا قتل`: unvocalized `قُتل` — a subject before a
            // kill verb with no object is its victim
            return passive_casualty(v, trig, s);
        }
        return Roles {
            source: Some(s),
            target: obj,
            between: None,
            rule: "svo",
        };
    }
    // `أن الطائرات قصفت صنعاء`: an unknown subject before the verb; the actor after it is
    // its object
    if unknown_preverbal_subject(v, trig.start) {
        if let Some(o) = direct_object(v, trig.end, c, None).filter(|&o| Some(o) != agent) {
            return Roles {
                source: agent,
                target: Some(o),
                between: None,
                rule: "svo-unknown",
            };
        }
    }
    // the victim may follow a quantity: `قتل 20 شخصا`, `قتل نحو 30 ألف شخص`
    let mut k = trig.end;
    while k < v.forms.len()
        && k < trig.end + 5
        && v.slot_at(k).is_none()
        && (v.tokens[k].kind == rasad_text::TokenKind::Number
            || words::is_word(strip_conj(&v.forms[k]), &words::QUANTITY)
            || words::is_word(strip_conj(&v.forms[k]), &words::ADVERBS)
            || v.forms[k] == "فيها"
            || v.forms[k] == "فيه")
    {
        k += 1;
    }
    // `المسلحين التابعين للقاعدة قتلوا سبعة جنود`: a plural verb's subject comes before it,
    // even with words in between; what follows is its object
    if words::plural_verb(&v.forms[trig.start]) {
        if let Some(s) = svo_subject(v, trig.start, 0) {
            let obj = direct_object(v, trig.end, c, Some(s))
                .or_else(|| vso_subject(v, k, c).filter(|&o| o != s))
                .or_else(|| prep_target(v, trig.end, c, Some(s)))
                .filter(|&o| Some(o) != agent);
            if obj.is_none() && kill {
                return passive_casualty(v, trig, s);
            }
            return Roles {
                source: Some(s),
                target: obj,
                between: None,
                rule: "svo",
            };
        }
    }
    // (a plural verb has no subject after it, `وهاجموا الجيش العراقي`: the army is attacked;
    // the subject was dropped)
    let after = vso_subject(v, k, c)
        .or_else(|| vso_subject(v, trig.end, c))
        .filter(|_| !words::plural_verb(&v.forms[trig.start]));
    if let Some(s) = after {
        let end = v.slots[s].tokens.end;
        let end = parenthesis_end(v, end).unwrap_or(end);
        let obj = direct_object(v, end, c, Some(s))
            .or_else(|| comma_object(v, end))
            .filter(|&o| Some(o) != agent);
        // a kill/injure verb with no object is passive whoever its subject (`قتل ضابط
        // استخبارات في …`, `قتل شرطيان`); other violent verbs keep the guess by the subject
        // (a count before the subject, not just a resumptive `فيها`: `أطلقت فيها القوات`)
        let counted = (trig.end..k).any(|j| {
            v.tokens[j].kind == rasad_text::TokenKind::Number
                || words::is_word(strip_conj(&v.forms[j]), &words::QUANTITY)
        });
        // (`اقتحم متظاهرون السياج`: a definite noun after the subject that names no actor is
        // an object all the same, so the verb is active)
        let end = v.slots[s].tokens.end;
        // (so is an indefinite noun heading a construct: `حاصر 1500 من المتظاهرين مبنى جهاز
        // الأمن`)
        let unknown_object = v.forms.get(end).is_some_and(|n| {
            let n = strip_conj(n);
            let definite_at = |j: usize| v.forms.get(j).is_some_and(|g| g.starts_with("ال"));
            let plain_at = |j: usize| {
                v.forms.get(j).is_some_and(|g| {
                    g.chars().count() > 2
                        && g.chars().all(char::is_alphabetic)
                        && !words::is_word(g, &words::PREPOSITIONS)
                })
            };
            let construct_head = (definite_at(end + 1)
                || plain_at(end + 1) && definite_at(end + 2))
                && n.chars().count() > 2
                && n == v.forms[end]
                && !words::is_word(n, &words::PREPOSITIONS)
                && !words::is_word(n, &words::PARTICLES)
                && !words::is_word(n, &words::COMPLEMENTIZERS);
            (n.starts_with("ال") || construct_head)
                && v.slot_at(end).is_none()
                && !words::is_word(n, &words::ADVERBS)
                && !words::is_word(n, &words::RELATIVE_PRONOUNS)
        });
        // (protesters burn and storm: `أحرق متظاهرون ليلا محطة وقود` is a riot, not what
        // was done to them)
        let victim_like = !perpetrator_like(v, s) && !protesters(v, s);
        // (`وقتلته قوات الأمن`, `قبل أن تقتله الشرطة`: an object pronoun on the verb is the
        // victim, so the verb is active and the actor after it its subject)
        // (not a verbal noun with its possessive, after a preposition or a time word: `منذ
        // قتلها الرئيس`, "since its killing of the president")
        let masdar = trig.start > 0 && {
            let prev = strip_conj(&v.forms[trig.start - 1]);
            words::is_word(prev, &words::PREPOSITIONS)
                || matches!(
                    prev,
                    "منذ" | "بعد" | "قبل" | "اثر" | "عقب" | "اثناء" | "خلال"
                )
        };
        let pronoun_object = !masdar
            && words::ends_in_pronoun(&v.forms[trig.end - 1])
            && strip_conj(&v.forms[trig.end - 1]).chars().count() > 4;
        if obj.is_none() && !pronoun_object && (kill || !unknown_object && (counted || victim_like))
        {
            return passive_casualty(v, trig, s);
        }
        // `اعتدى مسلحون على الشرطة`, `أطلق مسلحون النار على جنديين`: an active verb's victim
        // may come after a target preposition instead of as its object
        return Roles {
            source: Some(s),
            target: obj.or_else(|| prep_target(v, end, c, Some(s))),
            between: None,
            rule: "vso",
        };
    }
    let mut r = verbal(v, trig, false);
    if r.rule == "svo" && r.target.is_none() {
        r.target = direct_object(v, trig.end, c, r.source);
    }
    // `أحد المسلحين داخل المبنى قتل`: unvocalized `قُتل` again — a subject before a kill verb
    // with no object is its victim, whatever stands between (`صاروخ … قتلهم`: an object
    // pronoun is an object)
    let pronoun_object = ["ه", "ها", "هم", "هما", "هن"]
        .iter()
        .any(|p| v.forms[trig.end - 1].ends_with(p));
    if let (true, "svo", Some(s), None, false) = (kill, r.rule, r.source, r.target, pronoun_object)
    {
        return passive_casualty(v, trig, s);
    }
    r
}

/// `غارات لطائرات التحالف`, `هجوم لمسلحين`: an armed actor after `لـ` right after an attack
/// noun (one adjective between at most) is the attack's agent. (Only for attacks: after `دعم`
/// or `رسالة` the `لـ` actor is the recipient.)
pub fn lam_agent(v: &View, trig: &Range<usize>) -> Option<usize> {
    (trig.end..(trig.end + 2).min(v.forms.len()))
        .take_while(|&k| !v.is_punct(k))
        .find_map(|k| v.slot_at(k))
        .filter(|&s| {
            v.slots[s].prep.as_deref() == Some("ل")
                && v.slots[s].actors.iter().all(|a| {
                    a.sector.is_some_and(|x| {
                        matches!(x.as_str(), "MIL" | "REB" | "UAF" | "INS" | "CRM" | "SPY")
                    })
                })
        })
}

/// `غارة جوية منسوبة لإسرائيل`, `هجمات تنسب إلى تنظيم داعش`: the actor after `لـ`/`إلى` behind
/// a word of attribution close after the trigger (its noun and an adjective between) is the
/// one the act is attributed to.
pub fn attributed_to(v: &View, trig: &Range<usize>) -> Option<usize> {
    let end = (trig.end + 4).min(v.forms.len());
    let k = (trig.end..end).take_while(|&k| !v.is_punct(k)).find(|&k| {
        let f = strip_conj(&v.forms[k]);
        let f = f.strip_prefix("ال").unwrap_or(f);
        f.starts_with("منسوب") || matches!(f, "نسبت" | "تنسب" | "ينسب" | "نسب")
    })?;
    // (`إلى` is a word of its own: the actor then starts one further on)
    let at = if v.forms.get(k + 1).is_some_and(|f| f == "الي") {
        k + 2
    } else {
        k + 1
    };
    let s = v.slot_at(at)?;
    matches!(v.slots[s].prep.as_deref(), Some("ل" | "الي")).then_some(s)
}

/// A genitive that an attack noun suffers rather than does: civilians, students, journalists,
/// refugees, clergy, health workers (`قصف المدنيين`, `تفجيرات الكنائس`).
fn victim_genitive(v: &View, g: usize) -> bool {
    v.slots[g].actors.iter().all(|a| {
        matches!(
            a.sector,
            Some(Sector::Cvl | Sector::Edu | Sector::Med | Sector::Ref | Sector::Rel | Sector::Hlh)
        )
    })
}

/// A capital read as its government that is a place name in the text (`هجمات باريس`).
pub fn city_genitive(v: &View, g: usize) -> bool {
    let s = &v.slots[g];
    v.places.iter().any(|p| p.tokens == s.tokens)
        && s.actors.iter().all(|a| a.sector == Some(Sector::Gov))
}

/// Whether a noun of this type names an act done to someone, so that with a support verb
/// whose subject is the agent its genitive is the object: a visit, an expulsion or sanction,
/// aid, support, an arrest. Not a meeting (`recip`: `قمة سنغافورة` is where, `اجتماع الوزراء`
/// who), nor the acts whose genitive is mostly their agent (`موافقة طهران`, `انسحاب القوات`,
/// `تنازلات الحكومة`, `تهديد داعش`, `هجوم المسلحين`) — accusations and demands have rules
/// of their own.
pub fn directed_noun(plover: Option<PloverType>, recip: bool) -> bool {
    use PloverType::*;
    !recip && matches!(plover, Some(Consult | Sanction | Aid | Support | Coerce))
}

/// Whether a token carries an attached pronoun (`اعتقاله`, `لقائه`).
fn has_enclitic(t: &rasad_text::Token) -> bool {
    t.segments
        .iter()
        .any(|s| s.kind == rasad_text::SegmentKind::Enclitic)
}

/// `المشتبه به في الهجوم`, `المتهمين بالتورط في اغتيال …`: an event noun after `في` that
/// follows a word of the suspected or accused has them as its only possible agent (`Some` of
/// their slot, if they are an actor) — never the clause's subject, the police who arrested
/// them.
fn suspects_of(v: &View, c: usize) -> Option<Option<usize>> {
    let k = c.checked_sub(1)?;
    if strip_conj(&v.forms[k]) != "في" {
        return None;
    }
    let mut j = k.checked_sub(1)?;
    if matches!(
        strip_conj(&v.forms[j]),
        "المشاركه" | "بالمشاركه" | "التورط" | "بالتورط" | "الضلوع" | "بالضلوع"
    ) {
        j = j.checked_sub(1)?;
    }
    let w = strip_conj(&v.forms[j]);
    let w = w.strip_prefix("ال").unwrap_or(w);
    let accused = ["متهم", "متورط", "ضالع", "مدان"]
        .iter()
        .any(|p| w.starts_with(p));
    let suspected = matches!(w, "به" | "بهم" | "بها" | "بهما" | "فيه" | "فيهم" | "فيها")
        && j > 0
        && {
            let m = strip_conj(&v.forms[j - 1]);
            m.strip_prefix("ال").unwrap_or(m).starts_with("مشتبه")
        };
    (accused || suspected).then(|| v.slots.iter().position(|s| s.tokens.contains(&j)))
}

/// Roles of a nominal trigger; `light` is the support verb governing it, if any. `attack`:
/// the noun names an attack, whose genitive is its victim when that is a civilian body
/// rather than an armed one (`قصف المدنيين`; `قصف الطيران` stays the agent), and a city
/// after it only its place (`هجمات باريس`). `directed`: the noun names an act done to
/// someone ([`directed_noun`]); `invert`: the support verb's subject is its patient
/// (`تعرض`, `حظي`).
pub fn nominal(
    v: &View,
    trig: &Range<usize>,
    gen_patient: bool,
    light: Option<&Range<usize>>,
    floor: usize,
    (attack, directed, invert): (bool, bool, bool),
) -> Roles {
    let c = trig.start;
    let mut r = Roles {
        rule: "noun",
        ..Roles::default()
    };
    let (gen, via_noun) = match genitive_via(v, trig) {
        Some((s, via)) => (Some(s), via),
        None => (None, false),
    };
    // (unless the victim follows it: `اعتداء بعض المحتجين على أربعة شرطيين`)
    let victim_after = |g: usize| {
        v.slots
            .get(g + 1)
            .is_some_and(|n| matches!(n.prep.as_deref(), Some("علي" | "ضد")))
    };
    // `هجمات باريس`, `هجوم كابول`: a city after an attack noun says where it was, no party
    // (after a noun of a transitive act it is the target: `استهداف الرياض`)
    let gen = gen.filter(|&g| gen_patient || !(attack && city_genitive(v, g) && !victim_after(g)));
    let gen_patient =
        gen_patient || attack && gen.is_some_and(|g| victim_genitive(v, g) && !victim_after(g));
    // `خلال لقائه نظيره التركي`: a verbal noun with a possessive pronoun takes no genitive;
    // the actor right after it is its object, and its agent the pronoun's referent
    let possessed = !gen_patient
        && gen.is_some_and(|g| v.slots[g].tokens.start == trig.end)
        && has_enclitic(&v.tokens[trig.end - 1]);
    let suspects = suspects_of(v, c);
    let agent_from_context = || {
        if let Some(s) = suspects {
            return s;
        }
        if let Some(l) = light {
            // (not the mention the noun itself heads: `نفذت ضربة جوية إسرائيلية`; an explicit
            // agent first: `تعرض للخطف على أيدي مسلحين`)
            passive_agent(v, trig.end, c)
                .or_else(|| {
                    vso_subject(v, l.end, l.start)
                        .filter(|&s| !v.slots[s].tokens.contains(&trig.start))
                })
                // (a support verbal noun "about" which one reports has no agent before it:
                // `تحقق المنظمة في تقارير حول شن هجوم`)
                .or_else(|| {
                    let about =
                        l.start > 0 && matches!(strip_conj(&v.forms[l.start - 1]), "حول" | "بشان");
                    (!about).then(|| svo_subject(v, l.start, floor)).flatten()
                })
        } else {
            passive_agent(v, trig.end, c).or_else(|| svo_subject(v, trig.start, floor))
        }
    };
    // `اعتقال السلطات الإيرانية، لرجل الدين`, `قتل إسرائيل للفلسطينيين`: a verbal noun whose
    // genitive is followed by `لـ` + actor has its agent in the genitive and its patient after
    // `لـ` (the masdar's object marked by `لـ`)
    if let Some(g) = gen.filter(|_| gen_patient && !via_noun) {
        let mut k = v.slots[g].tokens.end;
        if v.forms.get(k).is_some_and(|f| f == "،" || f == ",") {
            k += 1;
        }
        if let Some(p) = v
            .slot_at(k)
            .filter(|&p| v.slots[p].prep.as_deref() == Some("ل"))
        {
            return Roles {
                source: Some(g),
                target: Some(p),
                between: None,
                rule: "noun-agent-lam",
            };
        }
        // `اعتقال الشرطة الإسرائيلية المتظاهرين`: a second actor right after the genitive, no
        // preposition, is the verbal noun's object, and the genitive its agent (not the same
        // actor named again, nor a lone nisba)
        // (the agent is a state, its forces or an armed group: `احتجاز الأطفال المهاجرين` is
        // one phrase)
        let (ga, gs) = (&v.slots[g].actors, &v.slots[g]);
        let agent_like = ga.iter().all(|a| match a.sector {
            None => a.country.is_some(),
            Some(s) => s.is_armed() || matches!(s, Sector::Gov | Sector::Jud),
        });
        if let Some(p) = v.slot_at(k).filter(|&p| {
            let ps = &v.slots[p];
            let first = strip_conj(&v.forms[ps.tokens.start]);
            let nisba = ps.tokens.len() == 1 && ps.actors.iter().all(|a| a.sector.is_none())
                || ["ي", "يه", "يا"].iter().any(|e| first.ends_with(e));
            let same = ps.actors.iter().any(|a| {
                ga.iter().any(|b| {
                    a.id.is_some() && a.id == b.id || a.country == b.country && a.sector == b.sector
                })
            });
            agent_like
                && ps.prep.is_none()
                && k == gs.tokens.end
                && !nisba
                && !same
                && same_clause(v, ps.tokens.start, trig.start)
        }) {
            return Roles {
                source: Some(g),
                target: Some(p),
                between: None,
                rule: "noun-agent-object",
            };
        }
    }
    // `المشتبه به جرى اعتقاله`, `الصحفي تم ترحيله`: a verbal noun with the pronoun of its
    // patient after the passive auxiliary `تم`/`جرى` refers back to the subject before it —
    // the patient; the agent is left unsaid (or given with `من قبل`)
    if gen_patient && gen.is_none() && c > 0 {
        let aux = strip_conj(&v.forms[c - 1]);
        let passive_aux = matches!(aux, "تم" | "جري" | "يتم" | "يجري" | "سيتم" | "سيجري");
        if passive_aux && has_enclitic(&v.tokens[c]) {
            if let Some(t) = svo_subject(v, c - 1, floor) {
                return Roles {
                    source: passive_agent(v, trig.end, c).filter(|&s| s != t),
                    target: Some(t),
                    between: None,
                    rule: "noun-passive-aux",
                };
            }
        }
    }
    if possessed {
        return Roles {
            source: agent_from_context().filter(|&s| Some(s) != gen),
            target: gen,
            between: between(v, trig.end, c),
            rule: "noun-possessed-object",
        };
    }
    if gen_patient {
        // (or its object with `لـ` right after it: `أكبر عملية طرد لدبلوماسيين`)
        r.target = gen.or_else(|| {
            v.slot_at(trig.end)
                .filter(|&s| v.slots[s].prep.as_deref() == Some("ل"))
        });
        r.source = agent_from_context()
            .filter(|s| Some(*s) != gen)
            .or_else(|| instrument(v, trig).filter(|s| Some(*s) != gen));
        // `ألقت الشرطة القبض على ثلاثة صحفيين`: a noun whose patient follows with `على`
        if r.target.is_none() && v.forms.get(trig.end).is_some_and(|f| f == "علي") {
            r.target = prep_target(v, trig.end, c, r.source);
        }
        // `حكمت المحكمة على الناشط بالسجن`, `اعتدت الشرطة على المتظاهرين بالضرب`: the actor
        // with `على` right before the noun (with its `بـ`, and no conjunction: `وإطلاق` after
        // `الاعتداء على الصحفيين` starts a phrase of its own) of what was done to them
        if r.target.is_none() && v.forms[c].starts_with('ب') {
            r.target = v
                .slots
                .iter()
                .position(|s| {
                    // (past a name no lexicon knows: `على الناشط علاء عبد الفتاح بالسجن`)
                    s.tokens.end <= c
                        && c - s.tokens.end <= 3
                        && (s.tokens.end..c).all(|k| {
                            !v.is_punct(k)
                                && !words::is_word(strip_conj(&v.forms[k]), &words::PREPOSITIONS)
                                && !v.slots.iter().any(|o| o.tokens.contains(&k))
                                && !v.places.iter().any(|p| p.tokens.contains(&k))
                        })
                        && s.prep.as_deref() == Some("علي")
                        && same_clause(v, s.tokens.start, c)
                })
                .filter(|&t| Some(t) != r.source);
        }
        // `قضت المحكمة بالسجن المؤبد على رجل`, `أحكاما بالسجن بحق معارضين`: a sentence noun
        // (with its `بـ`) names who is sentenced with `على`/`بحق` further on
        if r.target.is_none() && strip_conj(&v.forms[c]).starts_with('ب') {
            r.target = prep_target(v, trig.end, c, r.source).filter(|&t| {
                matches!(v.slots[t].prep.as_deref(), Some("علي" | "بحق"))
                    && v.slots[t].tokens.start <= trig.end + 6
            });
        }
        r.rule = "noun-patient";
    } else if via_noun {
        // `بقصف مواقع المتمردين`: the owner of what is shelled is the target
        r.source = agent_from_context().filter(|s| Some(*s) != gen);
        r.target = gen;
        r.rule = "noun-construct";
    } else {
        // `قام الوزير بزيارة المسجد`, `قامت بريطانيا بطرد دبلوماسيين`: a support verb with a
        // subject of its own names the agent, and the genitive of a noun of an act done to
        // someone (`directed`) is then its object (alone, `زيارة بوتين` is Putin's visit).
        // Not a genitive that is the agent of an act on someone named after it (`جدد دعم
        // بلاده لأوكرانيا`).
        let object_gen = gen.filter(|&g| {
            directed
                && light.is_some()
                && !v.slots.get(g + 1).is_some_and(|n| {
                    n.tokens.start == v.slots[g].tokens.end
                        && matches!(n.prep.as_deref(), Some("ل" | "مع"))
                })
        });
        let light_agent = object_gen
            .and_then(|_| agent_from_context())
            .filter(|&s| Some(s) != gen);
        if let (Some(s), Some(g)) = (light_agent, object_gen) {
            // (the agent's own country is no object: `جدد الرئيس دعم بلاده`)
            let own = v.slots[g].actors.iter().any(|a| {
                a.country.is_some() && v.slots[s].actors.iter().any(|b| b.country == a.country)
            });
            r.source = Some(s);
            r.target = (!own).then_some(g);
            r.rule = "noun-object";
        } else if let Some(g) = object_gen.filter(|_| {
            // and with no agent found, when the noun is governed by the support verb's `بـ`
            // (`قام بـ`: `أن يقوم أي مسؤول عربي بزيارة المسجد`, `فقامت بطرد دبلوماسيين`), it is
            // still the object; otherwise the noun may be the verb's subject (`بدأت زيارة
            // بوتين`) or another noun's genitive (`بدأ تطبيق عقوبات الأمم المتحدة`), whose
            // genitive is the agent (below)
            !invert && v.forms[c].starts_with('ب') && light.is_some_and(|l| c >= l.end)
        }) {
            r.target = Some(g);
            r.rule = "noun-object";
        } else {
            r.source = gen.or_else(agent_from_context);
            r.rule = if gen.is_some() {
                "noun-genitive"
            } else {
                "noun"
            };
            let after = gen.map(|g| v.slots[g].tokens.end).unwrap_or(trig.end);
            r.target = prep_target(v, after, c, r.source);
        }
    }
    r.between = between(v, trig.end, c);
    r
}
