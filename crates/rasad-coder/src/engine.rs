//! Coding one document: sentence by sentence, triggers → roles → claims/denials → modality →
//! places, dates, casualties → event records. Document-level state (actors mentioned so far, the
//! last explicit subject, events of earlier sentences) carries anaphora, dropped subjects and
//! denials across sentence boundaries.

use crate::dates::{find_dates, DateMention};
use crate::infer;
use crate::numbers::{find_casualties, CasualtyKind};
use crate::roles::{self, Roles};
use crate::salience::{self, Candidate, SalienceModel};
use crate::view::View;
use crate::words::{self, strip_conj};
use crate::{Coded, Coder, Document, SentenceInfo};
use rasad_event::{
    event_id, ActorRef, Attribution, CameoCode, Count, DatePrecision, Event, Location, PloverType,
    Sector, Status, Trigger,
};
use rasad_lexicon::triggers::{TriggerEntry, TriggerKind, TriggerMatch, Triggers};
use rasad_lexicon::Mention;
use rasad_text::{Analysis, Sentence};
use std::ops::Range;

/// An event being assembled, before it is expanded into one record per source–target pair.
#[derive(Clone, Debug)]
struct Pending {
    trig: Range<usize>,
    entry: Option<u32>,
    cameo: CameoCode,
    plover: PloverType,
    verbal: bool,
    roles: Roles,
    /// Explicit role overrides (claims, accusations, anaphora), as actor lists.
    source_override: Option<Vec<ActorRef>>,
    target_override: Option<Vec<ActorRef>>,
    claimed_by: Option<ActorRef>,
    status: Status,
    denied_by: Vec<ActorRef>,
    negated: bool,
    hypothetical: bool,
    historical: bool,
    /// Mentioned as background (`بعد اغتيال …`, `تدين الهجوم`), not reported.
    background: bool,
    drop: bool,
    recip: bool,
    /// A verb of the first person (`نطالب`): its agent is the speaker of the quotation.
    first_person: bool,
    rule: String,
    dead: Option<Count>,
    injured: Option<Count>,
}

/// Document-level memory.
#[derive(Default)]
struct DocState {
    prior: Vec<ActorRef>,
    /// Names of earlier actors, matching-normalized: the last word of a multi-word mention
    /// ending in a name (`تيريزا ماي` → `ماي`), and the bare words of a name in apposition
    /// right after a mention the recogniser could not join (`رئيسة الوزراء البريطانية، تيريزا
    /// ماي` → `تيريزا`, `ماي`). A bare name later in the document refers back to that actor.
    /// The flag marks the last word of a multi-word *person* mention (`محمود عباس` → `عباس`):
    /// a surer sign than an apposition's words, enough to read a bare word after a verb as that
    /// person.
    surnames: Vec<(String, ActorRef, bool)>,
    last_pair: Option<Vec<ActorRef>>,
    last_subject: Option<ActorRef>,
    /// The author of the last document that spoke (`بيان لقيادة الجيش`): what a later bare
    /// `البيان` / `التقرير` speaks for.
    last_author: Option<ActorRef>,
    /// Whether `last_subject` names a person (a plural verb does not drop back to one).
    last_subject_person: bool,
    /// The salience model deciding `background` for its types (see `salience`).
    salience: Option<std::sync::Arc<SalienceModel>>,
    /// Collect each event's salience features (for training), parallel to the events.
    collect_features: bool,
    features: Vec<salience::EventFeatures>,
}

/// Mention recognition, abstracted so tests can supply hand-built mentions.
pub(crate) type Recognize<'r> = dyn Fn(&Analysis<'_>, &Sentence) -> Vec<Mention> + 'r;

pub(crate) fn code(coder: &Coder, doc: &Document<'_>) -> Coded {
    let lexicon = coder.lexicon();
    let analysis = lexicon.analyzer().analyze(doc.text);
    // Actor mentions of earlier sentences, so that a bare surname the recogniser finds later
    // (`ماي`) links to the full name mentioned before (`تيريزا ماي`).
    let earlier = std::cell::RefCell::new(Vec::<Mention>::new());
    // the countries named so far choose between readings of an ambiguous place name (`عمان`
    // in an article about Jordan is Amman)
    let named = std::cell::RefCell::new(Vec::<rasad_event::Country>::new());
    let recognize = |a: &Analysis<'_>, s: &Sentence| {
        let known = lexicon.recognize_in_context(a, s, doc.date, &named.borrow());
        let all = match coder.ner() {
            Some(ner) => {
                let entities = ner.tag_sentence(a, s);
                crate::unknown::merge_unknown(a, known, &entities, &earlier.borrow())
            }
            None => known,
        };
        let mut named = named.borrow_mut();
        for c in all.iter().filter_map(|m| m.country) {
            if !named.contains(&c) {
                named.push(c);
            }
        }
        earlier.borrow_mut().extend(
            all.iter()
                .filter(|m| m.kind == rasad_lexicon::MentionKind::Actor)
                .cloned(),
        );
        all
    };
    let state = DocState {
        salience: coder.salience_model(),
        collect_features: coder.collects_salience_features(),
        ..DocState::default()
    };
    code_analysis_with(coder.triggers(), &analysis, doc, &recognize, state)
}

#[cfg(test)]
pub(crate) fn code_analysis(
    triggers: &Triggers,
    analysis: &Analysis<'_>,
    doc: &Document<'_>,
    recognize: &Recognize<'_>,
) -> Coded {
    code_analysis_with(triggers, analysis, doc, recognize, DocState::default())
}

fn code_analysis_with(
    triggers: &Triggers,
    analysis: &Analysis<'_>,
    doc: &Document<'_>,
    recognize: &Recognize<'_>,
    mut state: DocState,
) -> Coded {
    let mut coded = Coded::default();
    for sentence in &analysis.sentences {
        coded.sentences.push(SentenceInfo {
            index: sentence.index,
            span: sentence.span,
            boilerplate: sentence.boilerplate,
        });
        if sentence.tokens.is_empty() || sentence.tokens.end > analysis.tokens.len() {
            continue;
        }
        let mentions = recognize(analysis, sentence);
        let base = sentence.tokens.start;
        let rel: Vec<Mention> = mentions
            .iter()
            .filter(|m| m.tokens.start >= base && m.tokens.end <= sentence.tokens.end)
            .map(|m| {
                let mut m = m.clone();
                m.tokens = m.tokens.start - base..m.tokens.end - base;
                m
            })
            .collect();
        for m in mentions {
            coded.mentions.push((sentence.index, m));
        }
        if sentence.boilerplate.is_some() {
            continue;
        }
        let tokens = &analysis.tokens[sentence.tokens.clone()];
        let mut view = View::new(
            tokens,
            &rel,
            &state.prior,
            state.last_pair.as_deref(),
            state.last_subject.as_ref(),
        );
        let marbuta: Vec<bool> = view
            .tokens
            .iter()
            .map(rasad_lexicon::triggers::ends_in_ta_marbuta)
            .collect();
        let matches = triggers.find_forms(&view.forms, &marbuta);
        prefer_event_words(&mut view, triggers, &matches);
        let events = code_sentence(
            triggers,
            matches,
            analysis,
            sentence,
            &view,
            doc,
            &mut state,
            &mut coded.events,
        );
        // `التقى ترامب كيم … واتفق الزعيمان`: the two named parties of the sentence's last
        // event between two countries are the pair (a group named together, below, is a
        // later and stronger cue)
        let named = |a: &Option<ActorRef>| {
            a.as_ref()
                .filter(|a| a.antecedent.is_none() && a.inferred.is_none() && a.country.is_some())
                .cloned()
        };
        if let Some((s, t)) = events.iter().rev().find_map(|e| {
            let (s, t) = (named(&e.source)?, named(&e.target)?);
            (s.country != t.country).then_some((s, t))
        }) {
            state.last_pair = Some(vec![s, t]);
        }
        coded.events.extend(events);
        for s in &view.slots {
            if crate::view::distinct_countries(&s.actors) >= 2 {
                state.last_pair = Some(s.actors.clone());
            }
            for a in &s.actors {
                if a.antecedent.is_none() {
                    state.prior.push(a.clone());
                }
            }
            let Some(a) = s.actors.first().filter(|a| a.antecedent.is_none()) else {
                continue;
            };
            if s.prep.is_some() {
                continue;
            }
            let name_word = |k: usize| {
                let f = strip_conj(&view.forms[k]);
                (view.tokens[k].kind == rasad_text::TokenKind::Word
                    && !f.starts_with("ال")
                    && view.slot_at(k).is_none()
                    && !words::is_word(f, &words::PREPOSITIONS)
                    && !words::is_word(f, &words::PARTICLES)
                    && !words::is_word(f, &words::ADVERBS)
                    && !words::is_word(f, &words::COMPLEMENTIZERS))
                .then(|| f.to_string())
            };
            let last = s.tokens.end - 1;
            let tail = strip_conj(&view.forms[last]);
            let person = view.persons.iter().any(|p| p.contains(&last));
            // (a definite surname only of a person the lexicon knows: `بشار الأسد` … `الأسد`)
            if s.tokens.len() >= 2
                && view.tokens[last].kind == rasad_text::TokenKind::Word
                && (!tail.starts_with("ال")
                    || person && a.id.is_some() && tail.chars().count() >= 5)
            {
                state.surnames.push((tail.to_string(), a.clone(), person));
            }
            // an apposition after a comma: up to three name words
            if view
                .forms
                .get(s.tokens.end)
                .is_some_and(|f| f == "،" || f == ",")
            {
                // (closed by punctuation or `أن`/`إن`: `، كما قال عباس` names no one)
                let mut words_at = Vec::new();
                let mut k = s.tokens.end + 1;
                while k < (s.tokens.end + 4).min(view.forms.len()) {
                    match name_word(k) {
                        Some(w) => words_at.push(w),
                        None => break,
                    }
                    k += 1;
                }
                let closed = view.forms.get(k).is_none_or(|f| {
                    view.tokens[k].kind == rasad_text::TokenKind::Punct
                        || words::is_word(strip_conj(f), &words::COMPLEMENTIZERS)
                });
                if closed {
                    for w in words_at {
                        state.surnames.push((w, a.clone(), false));
                    }
                }
            }
        }
    }
    coded.salience_features = std::mem::take(&mut state.features);
    coded
}

/// The sentence's first actor with no preposition before `at`, after any dateline (a dash
/// ends one: `دبي، الإمارات العربية المتحدة (CNN)-- أكد مفتي مصر …، مطالبا`): the main clause's
/// subject, for a participle describing it.
fn main_subject(v: &View<'_>, at: usize) -> Option<usize> {
    v.slots
        .iter()
        .position(|s| s.tokens.end <= at && s.prep.is_none() && !v.dash_between(s.tokens.end, at))
}

/// `صواريخ إسرائيلية`, `قذائف في دمشق`: an attack noun (`صواريخ`, `قذائف`) that the lexicon
/// also reads as the start of a composed agent mention (its owner's forces, by nisba or place)
/// is still the event; returns that mention's slot. (Strikes, `غارة`, `ضربة جوية`, are no
/// agent words: their nisba names the forces, see `code_sentence`.)
fn strike_head(v: &View<'_>, triggers: &Triggers, m: &TriggerMatch) -> Option<usize> {
    let e = triggers.entry(m.entry);
    if e.verbal || e.plover != Some(PloverType::Assault) || e.flags.agent {
        return None;
    }
    v.slots.iter().position(|s| {
        s.tokens.start == m.tokens.start
            && s.tokens.end > m.tokens.end
            && !s.actors.is_empty()
            && s.actors
                .iter()
                .all(|a| a.id.is_none() && a.antecedent.is_none())
    })
}

/// A word that is both an event noun and an agent word (`احتجاجات` read as "protesters") is an
/// event: the one-word agent mention gives way to a strong trigger on the same token.
fn prefer_event_words(v: &mut View<'_>, triggers: &Triggers, matches: &[TriggerMatch]) {
    let strong: Vec<Range<usize>> = matches
        .iter()
        .filter(|m| {
            let e = triggers.entry(m.entry);
            e.kind == TriggerKind::Event && !e.flags.weak && !e.flags.agent
        })
        .map(|m| m.tokens.clone())
        .collect();
    v.slots.retain(|s| {
        let agent =
            s.actors.len() == 1 && s.actors[0].id.is_none() && s.actors[0].antecedent.is_none();
        let covered = s
            .tokens
            .clone()
            .all(|k| strong.iter().any(|t| t.contains(&k)));
        !(agent && covered)
    });
}

impl Pending {
    /// An asserted, unflagged event with the given roles; callers set what differs.
    fn new(
        trig: Range<usize>,
        cameo: CameoCode,
        plover: PloverType,
        verbal: bool,
        roles: Roles,
        rule: String,
    ) -> Pending {
        Pending {
            trig,
            entry: None,
            cameo,
            plover,
            verbal,
            roles,
            source_override: None,
            target_override: None,
            claimed_by: None,
            status: Status::Asserted,
            denied_by: Vec::new(),
            negated: false,
            hypothetical: false,
            historical: false,
            background: false,
            drop: false,
            recip: false,
            first_person: false,
            rule,
            dead: None,
            injured: None,
        }
    }
}

fn pending(triggers: &Triggers, entry: u32, trig: Range<usize>, roles: Roles) -> Option<Pending> {
    let e = triggers.entry(entry);
    let mut p = Pending::new(trig, e.cameo?, e.plover?, e.verbal, roles, e.id.clone());
    p.entry = Some(entry);
    p.recip = e.flags.recip;
    Some(p)
}

#[derive(Clone, Debug)]
struct Found {
    kind: TriggerKind,
    entry: u32,
    tokens: Range<usize>,
}

#[allow(clippy::too_many_arguments)]
fn code_sentence(
    triggers: &Triggers,
    matches: Vec<TriggerMatch>,
    analysis: &Analysis<'_>,
    sentence: &Sentence,
    v: &View<'_>,
    doc: &Document<'_>,
    state: &mut DocState,
    earlier: &mut [Event],
) -> Vec<Event> {
    let mention_tok = |k: usize| {
        v.slots
            .iter()
            .any(|s| !s.actors.iter().any(|a| a.antecedent.is_some()) && s.tokens.contains(&k))
            || v.places.iter().any(|p| p.tokens.contains(&k))
    };
    let attack_word = matches.iter().any(|m| {
        let e = triggers.entry(m.entry);
        e.plover == Some(PloverType::Assault) && !e.flags.casualty
    });
    let mut found: Vec<Found> = matches
        .into_iter()
        // verbs never end in ة (`دعاة` is not `دعاه`): the matching fold hides the difference
        .filter(|m| {
            !(triggers.entry(m.entry).verbal
                && m.tokens.len() == 1
                && v.tokens[m.tokens.start].norm.ends_with('ة'))
        })
        .filter(|m| {
            triggers.entry(m.entry).flags.agent
                || !m.tokens.clone().any(mention_tok)
                || strike_head(v, triggers, m).is_some()
        })
        // `أعلن X تحمله المسؤولية`: "his bearing" responsibility, not `حمّله` "blamed him"
        .filter(|m| {
            !(triggers.entry(m.entry).verbal
                && roles::responsibility_claimant(v, m.tokens.start).is_some())
        })
        .map(|m| Found {
            kind: triggers.entry(m.entry).kind,
            entry: m.entry,
            tokens: m.tokens,
        })
        .collect();
    // `رفعت الولايات المتحدة العقوبات`: the word a verb needs (`needs=`) is part of its
    // event, not an event of its own
    // (each as the verb's first token and the needed word's)
    let needed: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.kind == TriggerKind::Event && triggers.entry(f.entry).verbal)
        .filter_map(|f| {
            let e = triggers.entry(f.entry);
            (f.tokens.end..(f.tokens.end + 7).min(v.forms.len()))
                .find(|&k| e.needs_word(&v.forms[k]))
                .map(|k| (f.tokens.start, k))
        })
        .collect();
    found.retain(|f| {
        triggers.entry(f.entry).verbal
            || !(f.tokens.len() == 1 && needed.iter().any(|&(_, k)| k == f.tokens.start))
    });
    // participant words (`المتظاهرون`) only when no other trigger of their type fires, once
    let mut seen_agent: Vec<PloverType> = Vec::new();
    let typed: Vec<(usize, Option<PloverType>, bool)> = found
        .iter()
        .map(|f| {
            let e = triggers.entry(f.entry);
            (f.tokens.start, e.plover, e.flags.agent)
        })
        .collect();
    found.retain(|f| {
        let e = triggers.entry(f.entry);
        if !e.flags.agent {
            return true;
        }
        let other = typed.iter().any(|(_, p, ag)| !ag && *p == e.plover);
        let Some(p) = e.plover else { return false };
        if other || seen_agent.contains(&p) {
            return false;
        }
        seen_agent.push(p);
        true
    });
    // weak triggers only when no strong trigger of their type fires in their clause (`هتف`
    // beside `تظاهر` adds nothing; beside an accusation it is the only protest)
    let strong_clauses: Vec<(usize, Option<PloverType>)> = found
        .iter()
        .filter(|f| f.kind == TriggerKind::Event && !triggers.entry(f.entry).flags.weak)
        .map(|f| (v.clause[f.tokens.start], triggers.entry(f.entry).plover))
        .collect();
    found.retain(|f| {
        f.kind != TriggerKind::Event
            || !triggers.entry(f.entry).flags.weak
            || !strong_clauses.contains(&(v.clause[f.tokens.start], triggers.entry(f.entry).plover))
    });

    // `طلب عدم الكشف عن هويته`, `طالبا عدم ذكر اسمه`: asking to stay unnamed is no request
    found.retain(|f| {
        f.kind != TriggerKind::Event
            || triggers.entry(f.entry).plover != Some(PloverType::Request)
            || !(v
                .forms
                .get(f.tokens.end)
                .is_some_and(|w| strip_conj(w) == "عدم")
                && v.forms.get(f.tokens.end + 1).is_some_and(|w| {
                    matches!(
                        strip_conj(w),
                        "الكشف" | "كشف" | "ذكر" | "نشر" | "الافصاح" | "الاعلان"
                    )
                }))
    });

    // --- roles
    let lights: Vec<&Found> = found
        .iter()
        .filter(|f| f.kind == TriggerKind::Light)
        .collect();
    let mut evs: Vec<Pending> = Vec::new();
    // speakers of reported speech, resolved in text order with the event subjects so that a
    // dropped subject (`وقالت إن …`) refers to what came before it
    let mut speakers: Vec<(Range<usize>, Option<ActorRef>)> = Vec::new();
    // the subjects of plain verbs, remembered in text order with the events' own
    // (an event verb's subject is its own business: its roles decide it, passive readings too)
    let trigger_tokens: Vec<usize> = found
        .iter()
        .filter(|f| f.kind == TriggerKind::Event)
        .flat_map(|f| f.tokens.clone())
        .collect();
    let plain = plain_subjects(v, &trigger_tokens);
    // (in this sentence only: read on the 2018 news, a plain verb's subject was the agent of
    // a dropped subject in the same sentence far more often than in the next ones, where the
    // verb's reading is less sure)
    let mut plain_next = 0;
    let mut plain_subject: Option<(ActorRef, bool)> = None;
    let remember_plain =
        |plain_subject: &mut Option<(ActorRef, bool)>, next: &mut usize, before: usize| {
            while let Some(&(_, s)) = plain.get(*next).filter(|(j, _)| *j < before) {
                if let Some(a) = v.slots[s].actors.first() {
                    *plain_subject = Some((a.clone(), person_slot(v, s)));
                }
                *next += 1;
            }
        };
    for f in found
        .iter()
        .filter(|f| matches!(f.kind, TriggerKind::Event | TriggerKind::Speech))
    {
        remember_plain(&mut plain_subject, &mut plain_next, f.tokens.start);
        if f.kind == TriggerKind::Speech {
            // `يذكر أن`, `يشار إلى أن`: the writer's own voice, no one's claim
            if impersonal_speech(v, &f.tokens) {
                continue;
            }
            let c = f.tokens.start;
            // `أفاد بيان لقيادة الجيش`, `ذكر تقرير لمنظمة العفو`: the document's author
            // speaks; `وذكر التقرير أن …`: the author of the last document named
            let author = document_author(v, f.tokens.end);
            let speaker_slot = author
                .or_else(|| roles::vso_subject(v, f.tokens.end, c))
                .or_else(|| roles::svo_subject(v, f.tokens.start, 0));
            // `نقلت رويترز عن وزير الخارجية قوله`: the one quoted speaks
            let speaker_slot = speaker_slot.map(|s| quoted_through(v, s).unwrap_or(s));
            if let Some(a) = author.and_then(|a| v.slots[a].actors.first()) {
                state.last_author = Some(a.clone());
            }
            let document_anaphor = speaker_slot.is_none() && definite_document(v, f.tokens.end);
            let speaker = speaker_slot
                .and_then(|s| v.slots[s].actors.first().cloned())
                .or_else(|| {
                    document_anaphor.then(|| {
                        state.last_author.clone().map(|mut a| {
                            a.antecedent = Some(a.span);
                            a
                        })
                    })?
                })
                .or_else(|| {
                    // a dropped subject only: `وقالت إن …`, not `قال محلل عسكري إن …`
                    // (a speaker the lexicon does not know is no reason to borrow the last one)
                    (!document_anaphor && dropped_subject(v, f.tokens.end)).then(|| {
                        state.last_subject.clone().map(|mut a| {
                            a.antecedent = Some(a.span);
                            a
                        })
                    })?
                });
            // (a source, `مصدر عسكري`, `مصادر أمنية`, tells what others did: it is no
            // antecedent of a later dropped subject)
            let source_word = speaker.as_ref().is_some_and(|sp| {
                let first = sp.text.split_whitespace().next().unwrap_or("");
                let first = first.trim_start_matches('و');
                let first = first.strip_prefix("ال").unwrap_or(first);
                first.starts_with("مصدر") || first.starts_with("مصادر")
            });
            if let Some(sp) = speaker.as_ref().filter(|_| !source_word) {
                if sp.antecedent.is_none() {
                    state.last_subject = Some(sp.clone());
                    state.last_subject_person = speaker_slot.is_some_and(|s| person_slot(v, s));
                    plain_subject = None;
                }
            }
            speakers.push((f.tokens.clone(), speaker));
            continue;
        }
        let e = triggers.entry(f.entry);
        // the support verb of the nearest event noun after it only (`وجهت مصر نداء لوقف
        // الهجمات`: the call is Egypt's, the attacks are not)
        let light = lights.iter().rev().find(|l| {
            // (an inverting verb has its subject, the patient, before the noun: `نجا محافظ
            // البنك المركزي من محاولة اغتيال`)
            let invert = triggers.entry(l.entry).flags.invert;
            let reach = if invert { 12 } else { 4 };
            // (`نجا وزير التعليم العراقي سامي المظفر، من انفجار`: the subject's apposition may
            // close with a comma before the `من`/`لـ` phrase an inverting verb governs)
            // (also through an attempt: `من محاولة اغتيال`, `لمحاولة اغتيال`)
            let mut head = f.tokens.start;
            if head > 1
                && matches!(
                    strip_conj(&v.forms[head - 1]),
                    "محاوله" | "محاولات" | "لمحاوله" | "لمحاولات"
                )
            {
                head -= 1;
            }
            let governed = head > 0 && {
                let prev = strip_conj(&v.forms[head - 1]);
                prev == "من" || prev == "ل" || strip_conj(&v.forms[head]).starts_with('ل')
            };
            // (`قام عشرة جنود، من قوة حفظ السلام، باغتصابها`: `قام` reaches its `بـ` past a
            // long subject)
            let qama = triggers.entry(l.entry).id.ends_with(":قام")
                && strip_conj(&v.forms[f.tokens.start]).starts_with('ب');
            let reach = if qama { 12 } else { reach };
            // (`شن الجيش الإسرائيلي، مساء الأربعاء، هجوما صاروخيا`: an indefinite accusative
            // noun is the support verb's object past a subject and a time between commas)
            let object = !invert
                && !qama
                && strip_conj(&v.forms[f.tokens.start]).ends_with('ا')
                && !strip_conj(&v.forms[f.tokens.start]).starts_with("ال");
            let reach = if object { reach.max(9) } else { reach };
            l.tokens.end <= f.tokens.start
                && f.tokens.start - l.tokens.end <= reach
                && (v.clause[l.tokens.start] == v.clause[f.tokens.start]
                    || invert && governed
                    || qama
                    || object
                        && (l.tokens.end..f.tokens.start).all(|k| {
                            !words::is_word(strip_conj(&v.forms[k]), &words::CLAUSE_OPENERS)
                        }))
                && (!invert || f.tokens.start - l.tokens.end <= 7 || governed)
                && !found.iter().any(|g| {
                    g.kind == TriggerKind::Event
                        && g.tokens.start >= l.tokens.end
                        && g.tokens.end <= f.tokens.start
                })
        });
        let mut roles = if e.flags.agent {
            // the participants are the word itself (or the mention covering it)
            let own = v
                .slots
                .iter()
                .position(|s| s.tokens.contains(&f.tokens.start));
            let mut r = roles::nominal(
                v,
                &f.tokens,
                false,
                None,
                f.tokens.start,
                (false, false, false),
            );
            r.source = own.or(r.source);
            if r.target == r.source {
                r.target = None;
            }
            r.rule = "agent";
            r
        } else if e.verbal && masdar_reading(v, &f.tokens, e.key()) {
            // `بمحاولة قتل الجاسوس`, `لاعتقال المحتجين`: a verb form read as its verbal noun;
            // the genitive after a transitive act is its patient, and no agent is looked for
            // before a preposition
            // (so is a supported one, `على دعم الحكومة العراقية`, unless the supported follows
            // with `لـ` or `مع`: `دعم روسيا للأسد`, `تضامن الكويت مع السعودية`)
            // (an indefinite nisba after it is its adjective, naming the agent: `في قصف
            // إسرائيلي` is an Israeli shelling, not one of Israel)
            let nisba_adjective = roles::genitive(v, &f.tokens).is_some_and(|g| {
                let s = &v.slots[g];
                let form = strip_conj(&v.forms[s.tokens.start]);
                s.tokens.len() == 1
                    && s.tokens.start == f.tokens.end
                    && s.prep.is_none()
                    && s.actors.iter().all(|a| a.sector.is_none())
                    && !form.starts_with("ال")
                    && (form.ends_with('ي') || form.ends_with("يه"))
            });
            // (shelling is done by an armed body in its genitive: `في قصف الطيران الروسي`,
            // `قصف الجيش لمواقع المتمردين`)
            let armed_shelling = e.key() == "قصف"
                && roles::genitive(v, &f.tokens).is_some_and(|g| {
                    v.slots[g].actors.iter().all(|a| {
                        matches!(
                            a.sector,
                            Some(Sector::Mil | Sector::Reb | Sector::Uaf | Sector::Ins)
                        )
                    })
                });
            // (so is the one expelled or banned: `على طرد الإيرانيين`)
            let gen_patient = !nisba_adjective
                && !armed_shelling
                && matches!(
                    e.plover,
                    Some(PloverType::Assault | PloverType::Coerce | PloverType::Sanction)
                )
                || e.plover == Some(PloverType::Support)
                    && roles::genitive(v, &f.tokens).is_some_and(|g| {
                        !v.slots
                            .get(g + 1)
                            .is_some_and(|n| matches!(n.prep.as_deref(), Some("ل" | "مع")))
                    });
            // (a support verb before it still gives the agent: `عمد مسلحون إلى خطف …`)
            let mut r = roles::nominal(
                v,
                &f.tokens,
                gen_patient,
                light.map(|l| &l.tokens),
                f.tokens.start,
                (
                    e.plover == Some(PloverType::Assault),
                    roles::directed_noun(e.plover, e.flags.recip),
                    light.is_some_and(|l| triggers.entry(l.entry).flags.invert),
                ),
            );
            r.rule = "masdar";
            r
        } else if e.verbal
            && f.tokens.len() == 1
            && (passive_vocalized(v.tokens[f.tokens.start].surface(analysis.text))
                || hollow_passive(v, f.tokens.start, e.key()))
        {
            // `قُتل`, `طُرد`, `استُهدفا`: a vowelled passive — its subject is the patient,
            // whoever it is, and it has no dropped agent
            let mut r = roles::verbal(v, &f.tokens, true);
            r.rule = "passive-vowelled";
            r
        } else if e.verbal
            && !e.flags.subj_patient
            && (e.flags.casualty
                || matches!(e.plover, Some(PloverType::Assault | PloverType::Coerce)))
            && !counted_needed_object(v, &f.tokens, e)
        {
            // unvocalized `خطف موظف`, `اعتقل صحفي` are passive: a victim-like subject with no
            // object after it is the target
            roles::casualty_verb(v, &f.tokens, e.flags.casualty)
        } else if e.verbal {
            let mut r = roles::verbal(v, &f.tokens, e.flags.subj_patient);
            // `واتهم الحوثيين`, `قال إن طرد الدبلوماسيين البريطانيين سيحدث`: an accusative or
            // genitive plural after a transitive verb form is its object (the subject is
            // dropped, or before it); after an intransitive one (`تجمع يمنيين`) it is the
            // verbal noun's agent (a relative clause's subject is its antecedent: see below)
            if r.rule == "vso"
                && roles::relative_antecedent(v, &f.tokens).is_none()
                && !e.flags.subj_patient
                && !e.flags.intrans
                && e.plover != Some(PloverType::Protest)
            {
                if let Some(s) = r.source.filter(|&s| roles::oblique_plural(v, &v.slots[s])) {
                    r.source = roles::svo_subject(v, f.tokens.start, 0).filter(|&x| x != s);
                    r.target = Some(s);
                    r.rule = if r.source.is_some() { "svo" } else { "verb" };
                }
            }
            if r.target.is_none() && r.between.is_none() {
                if let Some(p) = object_prep(e) {
                    r.target = roles::prep_object(v, &f.tokens, r.source, p);
                }
            }
            // `تظاهر الأطباء المقيمون والطلبة`: an intransitive verb has no object; an actor
            // after it with no preposition is a subject it did not join
            if e.flags.intrans
                && r.target.is_some_and(|t| {
                    v.slots[t].prep.is_none()
                        && v.slots[t].tokens.start >= f.tokens.end
                        && roles::target_prep_before(v, v.slots[t].tokens.start).is_none()
                })
            {
                r.target = None;
            }
            // `يزور ليبيا`: the country or capital after a verb of going is where to, not who
            // goes (`ويزور موسكو وزير الخارجية التركي`: the minister after it goes)
            if e.flags.placeobj {
                let place = |s: usize| {
                    let slot = &v.slots[s];
                    slot.tokens.start == f.tokens.end
                        && slot.prep.is_none()
                        && slot.actors.iter().all(|a| {
                            a.country.is_some_and(|c| {
                                a.sector.is_none() && a.id.as_deref() == Some(c.as_str())
                            }) || v.places.iter().any(|p| p.tokens == slot.tokens)
                        })
                };
                if let Some(s) = r.source.filter(|&s| place(s)) {
                    r.source = r.target.filter(|&t| !place(t));
                    r.target = Some(s);
                    r.rule = if r.source.is_some() { "vos" } else { "verb" };
                }
            }
            r
        } else {
            // a noun's agent is not looked for across a verb before it, nor from inside a
            // prepositional phrase (`بعد اتهامات`, `في هجوم`)
            let own_key = e.key();
            let first = strip_conj(&v.forms[f.tokens.start]);
            let proclitic = ['ب', 'ل', 'ك']
                .iter()
                .any(|c| first.starts_with(*c) && !own_key.starts_with(*c));
            // `خرجوا للاحتجاج على …`, `تظاهروا احتجاجا على …`: protest "in protest of" is done
            // by the clause's subject, whatever preposition it carries
            // and so is the protest its subject took part "in" (`خرج آلاف في احتجاجات`; a state
            // actor before it is dropped below)
            let in_protest = f.tokens.start > 0 && strip_conj(&v.forms[f.tokens.start - 1]) == "في";
            let purpose_protest = e.plover == Some(PloverType::Protest)
                && (first.starts_with('ل') && !own_key.starts_with('ل')
                    || first.ends_with("ا")
                    || in_protest);
            let governed = !purpose_protest && proclitic
                || !purpose_protest && f.tokens.start > 0 && {
                    // (through an opening quote: `على "هجوم كيميائي"`)
                    let mut k = f.tokens.start - 1;
                    while k > 0 && matches!(v.forms[k].as_str(), "\"" | "«" | "'") {
                        k -= 1;
                    }
                    let prev = strip_conj(&v.forms[k]);
                    prev != "عبر" && words::is_word(prev, &words::PREPOSITIONS)
                };
            let floor = found
                .iter()
                .filter(|g| {
                    let ge = triggers.entry(g.entry);
                    // nor across an event noun of another type (`أطلقت الأمم المتحدة نداء
                    // لوقف الهجمات`: the attacks are not the UN's)
                    g.tokens.end <= f.tokens.start
                        && (g.kind == TriggerKind::Speech
                            || g.kind == TriggerKind::Event
                                && (ge.verbal || ge.plover != e.plover && !ge.flags.weak))
                })
                .map(|g| g.tokens.end)
                .max()
                .unwrap_or(0);
            let floor = if governed && light.is_none() {
                f.tokens.start
            } else {
                floor
            };
            let mut r = roles::nominal(
                v,
                &f.tokens,
                e.flags.gen_patient,
                light.map(|l| &l.tokens),
                floor,
                (
                    e.plover == Some(PloverType::Assault),
                    roles::directed_noun(e.plover, e.flags.recip),
                    light.is_some_and(|l| triggers.entry(l.entry).flags.invert),
                ),
            );
            // `يبدأ وزير الخارجية الأميركي، مايك بومبيو، الخميس، ثاني أيام محادثاته مع …`: a
            // singular possessive on the noun of a politician's own act (a visit, talks, a
            // withdrawal, support) with no agent found stands for the sentence's subject when
            // that is a person. (Read on the 2018 news: with any subject or any act — an
            // attack, an arrest, whose possessive is often its patient — it was as often wrong.)
            let own_act = !e.flags.gen_patient
                && matches!(
                    e.plover,
                    Some(
                        PloverType::Consult
                            | PloverType::Retreat
                            | PloverType::Support
                            | PloverType::Agree
                            | PloverType::Reject
                    )
                );
            // (so does a meeting behind `خلال`/`أثناء`, the setting of the subject's words:
            // `قال الرئيس الفرنسي خلال اتصال هاتفي مع نظيره الروسي`)
            // (an indefinite one: `خلال الزيارة الأولى لوفد …` is someone else's; nor `من خلال`,
            // "through")
            let k = f.tokens.start;
            let setting = e.plover == Some(PloverType::Consult)
                && k > 0
                && matches!(strip_conj(&v.forms[k - 1]), "خلال" | "اثناء")
                && !(k > 1 && strip_conj(&v.forms[k - 2]) == "من")
                && !strip_conj(&v.forms[k]).starts_with("ال");
            if r.source.is_none()
                && r.between.is_none()
                && own_act
                && (setting
                    || v.tokens[f.tokens.end - 1].segments.last().is_some_and(|g| {
                        g.kind == rasad_text::SegmentKind::Enclitic
                            && matches!(g.text.as_str(), "ه" | "ها")
                    }))
            {
                if let Some(s) = main_subject(v, f.tokens.start)
                    .filter(|&s| Some(s) != r.target && person_slot(v, s))
                {
                    r.source = Some(s);
                    r.rule = "noun-possessor";
                }
            }
            // (with no other party named, a list after `بـ` is not paired with itself:
            // `كانت السويد على اتصال بالولايات المتحدة وكوريا الجنوبية`)
            if r.target.is_none() && r.between.is_none() {
                if let Some(p) = object_prep(e) {
                    r.target = roles::prep_object(v, &f.tokens, r.source, p)
                        .filter(|&t| r.source.is_some() || v.slots[t].actors.len() == 1);
                }
            }
            // `خرج متظاهرون أفغان أمس، للاحتجاج على …`: a purpose after a comma still belongs
            // to the clause before it, whose subject (its first actor, a civilian kind, not the
            // state) protests
            // (an agent found past the protested act, `على يد قوات التحالف`, is not it)
            let state_source = r
                .source
                .is_some_and(|s| v.slots[s].actors.iter().all(state_force));
            // (a purpose is a singular verbal noun: `للاحتجاج`, `احتجاجا`; `التصدي للاحتجاجات`
            // is what is confronted)
            let singular = !(first.starts_with('ل') && first.ends_with("ات"));
            if purpose_protest
                && singular
                && (r.source.is_none() || state_source)
                && f.tokens.start >= 2
            {
                let own_clause = v.clause[f.tokens.start];
                let prev_clause = own_clause.checked_sub(1);
                let comma_before = v.is_punct(f.tokens.start - 1);
                // `تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء للاحتجاج`: the first civilian
                // actor of its own clause (not the state's building it stood at)
                let civilian = |s: &crate::view::Slot| {
                    s.prep.is_none()
                        && s.actors
                            .iter()
                            .all(|a| a.sector.is_some() && !state_force(a))
                };
                if let Some(own) = v.slots.iter().position(|s| {
                    s.tokens.end <= f.tokens.start
                        && v.clause[s.tokens.start] == own_clause
                        && civilian(s)
                }) {
                    r.source = Some(own);
                } else if comma_before {
                    // (the subject of the clause before: its first actor, if a civilian one)
                    r.source = v
                        .slots
                        .iter()
                        .position(|s| {
                            s.tokens.end < f.tokens.start
                                && Some(v.clause[s.tokens.start]) == prev_clause
                                && s.prep.is_none()
                        })
                        .filter(|&i| civilian(&v.slots[i]))
                        .or(r.source);
                }
            }
            // `وسط رفض من الديمقراطيين`, `بدعم من روسيا`, `انتقادات واسعة من المعارضة`: an actor
            // after `من` right after a noun of stance (one adjective between) is its agent
            let stance = matches!(
                e.plover,
                Some(
                    PloverType::Reject
                        | PloverType::Support
                        | PloverType::Accuse
                        | PloverType::Request
                        | PloverType::Agree
                )
            );
            if stance && r.source.is_none() {
                let min = f.tokens.end;
                // (the word between is an adjective: adjective-shaped, of the noun's
                // definiteness, with no clitics — not `الخروج من`, `للخروج من`, `خبراء من`)
                let adjective = |k: usize| {
                    let w = strip_conj(&v.forms[k]);
                    let def = |x: &str| x.starts_with("ال");
                    let trig = strip_conj(&v.forms[f.tokens.start]);
                    let bare = w.strip_prefix("ال").unwrap_or(w);
                    v.slot_at(k).is_none()
                        && !v.is_punct(k)
                        && def(w) == def(trig)
                        && !v.tokens[k].segments.iter().any(|s| {
                            s.kind != rasad_text::SegmentKind::Stem
                                && s.kind != rasad_text::SegmentKind::Article
                        })
                        && (["ه", "ي", "يه", "ين", "ون"]
                            .iter()
                            .any(|e| bare.ends_with(e))
                            || bare.starts_with('م'))
                };
                let from_at = (min..(min + 2).min(v.forms.len()))
                    .find(|&k| v.forms[k] == "من")
                    .filter(|&k| k == min || adjective(min));
                if let Some(s) = from_at.and_then(|k| v.slot_at(k + 1)) {
                    if r.target == Some(s) {
                        r.target = None;
                    }
                    r.source = Some(s);
                    r.rule = "noun-min-agent";
                }
            }
            // `الجنود الذين ردوا بإطلاق النار`: a support verb right after a relative pronoun
            // has the antecedent as its subject, whatever governs it
            if let Some(l) = light.filter(|_| r.source.is_none()) {
                if let Some((Some(ante), false)) = roles::relative_antecedent(v, &l.tokens) {
                    if r.target == Some(ante) {
                        r.target = None;
                    }
                    r.source = Some(ante);
                }
            }
            // `غارات إسرائيلية`: the strike noun heads a mention of its owner's forces
            if r.source.is_none() {
                if let Some(s) = strike_head(
                    v,
                    triggers,
                    &TriggerMatch {
                        entry: f.entry,
                        tokens: f.tokens.clone(),
                    },
                ) {
                    let fi = v.slots[s]
                        .tokens
                        .clone()
                        .any(|k| strip_conj(&v.forms[k]) == "في");
                    if !fi {
                        r.source = Some(s);
                        r.rule = "noun-genitive";
                    }
                }
            }
            // `استقالت الحكومة عقب احتجاجات`: a street protest is not the state's; an earlier
            // government, army or police actor is no protest noun's agent without a support
            // verb (`قدمت الخارجية احتجاجا` has one)
            if r.rule == "noun"
                && light.is_none()
                && e.plover == Some(PloverType::Protest)
                && r.source
                    .is_some_and(|s| v.slots[s].actors.iter().all(state_force))
            {
                r.source = None;
            }
            // `اتهام ماكرون بمحاولة …`: an accusation's genitive followed by the charge (`بـ`)
            // is the accused (`اتهام واشنطن لموسكو بـ` has its accused after `لـ`); what
            // follows belongs to the charge, and a support verb's subject accuses
            if r.rule == "noun-genitive" && e.plover == Some(PloverType::Accuse) {
                let end = r.source.map(|s| v.slots[s].tokens.end);
                let charge = end.is_some_and(|k| {
                    v.slot_at(k).is_none()
                        && v.forms.get(k).is_some_and(|n| {
                            let n = strip_conj(n);
                            n.starts_with('ب') && !matches!(n, "بين" | "بعد" | "بسبب")
                        })
                });
                if charge {
                    r.target = r.source.take();
                    r.source = light.and_then(|l| {
                        roles::vso_subject(v, l.tokens.end, l.tokens.start)
                            .filter(|&s| Some(s) != r.target)
                    });
                    r.rule = "noun-patient";
                }
            }
            // `الانسحاب من سوريا`: what one withdraws from is no agent
            if e.plover == Some(PloverType::Retreat)
                && r.source
                    .is_some_and(|s| v.slots[s].prep.as_deref() == Some("من"))
            {
                r.source = None;
                r.rule = "noun";
            }
            // `تجمع المتظاهرون …، مطالبين رئيس الوزراء بفتح تحقيق`: the participle's object is
            // the one asked; who asks is the subject of the clause it describes
            // (`، مطالبة المحكمة بعدم …`: after a comma the feminine form is the participle
            // of a feminine subject, not the noun "a demand")
            let participle = words::is_word(
                strip_conj(&v.forms[f.tokens.start]),
                &words::DEMANDING_PARTICIPLES,
            ) || v.forms[f.tokens.start] == "مطالبه"
                && f.tokens.start > 0
                && matches!(v.forms[f.tokens.start - 1].as_str(), "،" | ",");
            // (`قال المبعوث …، مطالبا بتوفير ممرات آمنة`: with no one asked named, it is the
            // speaker's demand — filled in with the attribution below)
            if e.plover == Some(PloverType::Request)
                && participle
                && r.source.is_none()
                && roles::genitive(v, &f.tokens).is_none()
            {
                r.rule = "participle";
            }
            if e.plover == Some(PloverType::Request) && participle {
                if let Some(g) = roles::genitive(v, &f.tokens) {
                    r.target = Some(g);
                    // the subject of the verb before it, else the sentence's first bare actor,
                    // the main clause's subject (`وجه الوزير … رسالة إلى لبنان بعد استقبال
                    // نصرالله لوفد من الحوثيين، مطالبا لبنان`: the minister demands)
                    let verb_subject = evs
                        .iter()
                        .rev()
                        .find(|p| p.verbal && p.trig.end <= f.tokens.start)
                        .and_then(|p| p.roles.source);
                    r.source = verb_subject
                        .or_else(|| main_subject(v, f.tokens.start))
                        .filter(|&s| s != g);
                    r.rule = "participle";
                }
            }
            // `جددت الحكومة مطالبة إيران بالانسحاب`: with a support verb, a demand's genitive
            // followed by what is demanded (`بـ`) is the one asked; the support verb's subject
            // asks (without one, `رفض مطالبة واشنطن بتسليم …` is Washington's demand)
            if e.plover == Some(PloverType::Request) && light.is_some() {
                if let Some(g) = roles::genitive(v, &f.tokens) {
                    let k = v.slots[g].tokens.end;
                    let demanded = v.slot_at(k).is_none()
                        && v.forms.get(k).is_some_and(|n| {
                            let n = strip_conj(n);
                            n.starts_with('ب') && !matches!(n, "بين" | "بعد" | "بسبب")
                        });
                    if demanded {
                        r.target = Some(g);
                        r.source = light.and_then(|l| {
                            roles::vso_subject(v, l.tokens.end, l.tokens.start)
                                .or_else(|| roles::svo_subject(v, l.tokens.start, 0))
                                .filter(|&s| s != g)
                        });
                        r.rule = "noun-patient";
                    }
                }
            }
            // `هجوم استهدف الشرطة`: a verb right after the noun is no adjective; the actor
            // after it is the verb's, not the noun's genitive
            let verb_next = found.iter().any(|g| {
                g.tokens.start == f.tokens.end
                    && (g.kind == TriggerKind::Speech
                        || g.kind == TriggerKind::Event && triggers.entry(g.entry).verbal)
            });
            if verb_next {
                let beyond =
                    |s: Option<usize>| s.is_some_and(|s| v.slots[s].tokens.start > f.tokens.end);
                match r.rule {
                    "noun-genitive" if beyond(r.source) => {
                        r.source = None;
                        r.rule = "noun";
                    }
                    "noun-patient" | "noun-object" if beyond(r.target) => r.target = None,
                    _ => {}
                }
            }
            if r.source.is_none() && e.plover == Some(PloverType::Assault) {
                if let Some(s) = roles::lam_agent(v, &f.tokens) {
                    r.source = Some(s);
                    if r.target == Some(s) {
                        // the `لـ` slot was taken for the target: the target comes after it
                        r.target =
                            roles::prep_target(v, v.slots[s].tokens.end, f.tokens.start, Some(s));
                    }
                    r.rule = "noun-lam-agent";
                }
            }
            r
        };
        // `اتهم تقرير جديد لمنظمة العفو الدولية جنودا …`: a document as the verb's subject
        // speaks for its author, who is the agent (the `لـ` does not make it the target)
        if e.verbal && !matches!(roles.rule, "passive-vowelled" | "masdar") {
            if let Some(a) = document_author(v, f.tokens.end) {
                if roles.source.is_none() || roles.target == Some(a) {
                    // (the object comes after the author: `… لمنظمة العفو الدولية جنودا`)
                    if roles.target.is_none_or(|t| t == a) {
                        let end = v.slots[a].tokens.end;
                        roles.target = roles::prep_target(v, end, f.tokens.start, Some(a))
                            .or_else(|| roles::direct_object(v, end, f.tokens.start, Some(a)));
                    }
                    roles.source = Some(a);
                    roles.rule = "document-author";
                    state.last_author = v.slots[a].actors.first().cloned();
                }
            }
        }
        // `ونطالب إسرائيل بوقف العدوان`, `رفضنا الاتهامات`: a verb of the first person holds
        // its subject (the speaker, filled in with the attribution below); an actor after it is
        // its object
        let first_person = e.verbal && first_person_verb(triggers, v, &f.tokens, f.entry);
        if first_person && !matches!(roles.rule, "passive-vowelled" | "masdar") {
            if roles.source.is_some() && roles.rule == "vso" {
                roles.target = roles.source;
            }
            roles.source = None;
            roles.rule = "first-person";
        }
        // `انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري`: what was passing
        // when the attack struck is its target
        if e.plover == Some(PloverType::Assault) && roles.target.is_none() {
            if let Some(t) = passing_target(v, &f.tokens) {
                if roles.source != Some(t) {
                    roles.target = Some(t);
                }
            }
        }
        // `أسقطت طائرة أذربيجانية`: the word the entry needs is its object, not its subject
        if e.verbal
            && roles.rule == "vso"
            && roles.target.is_none()
            && roles.source.is_some_and(|s| {
                // the slot itself, or the noun its nationality adjective describes
                let k = v.slots[s].tokens.start;
                // (`قبض عليه الحوثيون`: a needed preposition with a pronoun has its object;
                // the actor after it is the subject)
                e.needs_word(&v.forms[k])
                    || k > f.tokens.end
                        && e.needs_word(&v.forms[k - 1])
                        && !words::is_prep_pronoun(strip_conj(&v.forms[k - 1]))
            })
        {
            roles.target = roles.source.take();
            roles.rule = "verb";
        }
        // `الحكومة التي اتهمت المعارضة`: the antecedent of a relative pronoun before the verb
        // is its subject, the actor after the verb its object; `تركيا، التي اتهمها الرئيس`: a
        // resumptive object pronoun makes the antecedent the object (the subject follows);
        // `لاكروا الذي يزور إسرائيل`: an antecedent that is no actor leaves the subject unknown
        // (an unknown subject, not a dropped one: no earlier subject fills it)
        let mut subject_not_dropped = false;
        if e.verbal && !e.flags.subj_patient && !matches!(roles.rule, "passive-vowelled" | "masdar")
        {
            let c = f.tokens.start;
            match roles::relative_antecedent(v, &f.tokens) {
                Some((Some(ante), true)) => {
                    if roles.source == Some(ante) {
                        roles.source = None;
                    }
                    roles.target = Some(ante);
                    roles.rule = "relative-object";
                }
                Some((Some(ante), false)) => {
                    let obj = roles::direct_object(v, f.tokens.end, c, Some(ante))
                        .or_else(|| roles::prep_target(v, f.tokens.end, c, Some(ante)));
                    // (`الانتحاري الذي قتل بالرصاص`: an unvowelled killing verb with no
                    // object may be passive)
                    if !e.flags.casualty || obj.is_some() {
                        roles.source = Some(ante);
                        roles.target = obj;
                        roles.rule = "relative-subject";
                    }
                }
                Some((None, false)) if roles.rule == "vso" && !e.flags.casualty => {
                    let subject = roles.source.take();
                    roles.target = roles.target.or(subject);
                    roles.rule = "relative-subject";
                    subject_not_dropped = true;
                }
                // (`الضباط في فرقة مكافحة الجريمة الذين اعتقلوا الرجل`: a plural verb takes no
                // subject after it, and its antecedent is not the subject dropped earlier)
                Some((None, false)) if roles.source.is_none() => subject_not_dropped = true,
                // `مشروع قرار يدين إسرائيل`, `بيان يتهم الحكومة`: a verb right after a bare
                // noun of a text describes it; the text is its subject, the actor after the
                // verb its object
                None if roles.rule == "vso"
                    && !e.flags.casualty
                    && c > 0
                    && {
                        // (accusative `بيانا`)
                        let w = strip_conj(&v.forms[c - 1]);
                        [Some(w), w.strip_suffix('ا')]
                            .into_iter()
                            .flatten()
                            .any(|w| words::is_word(w, &words::DOCUMENT_NOUNS))
                    }
                    && v.slot_at(c - 1).is_none() =>
                {
                    let subject = roles.source.take();
                    roles.target = subject.or(roles.target);
                    roles.rule = "document-subject";
                    subject_not_dropped = true;
                }
                _ => {}
            }
        }
        // `هجوم استهدف القنصلية`, `انفجار الذي استهدف سوقا`: a verb right after an event noun
        // (up to three words between: `هجوم كبير عام 2015 استهدف`)
        // of its type has that event as its subject; the actor after the verb is its object
        let event_subject = e.verbal
            && !e.flags.subj_patient
            // (`مواجهات أطلقت فيها القوات …`: a relative clause with its own subject)
            && !v
                .forms
                .get(f.tokens.end)
                .is_some_and(|n| matches!(n.as_str(), "فيه" | "فيها" | "فيهم"))
            && found.iter().any(|g| {
                let ge = triggers.entry(g.entry);
                g.kind == TriggerKind::Event
                    && !ge.verbal
                    && ge.plover == e.plover
                    && (g.tokens.end <= f.tokens.start
                        && f.tokens.start - g.tokens.end <= 3
                        && v.clause[g.tokens.start] == v.clause[f.tokens.start]
                        && (g.tokens.end..f.tokens.start).all(|k| {
                            !v.is_punct(k) && !v.slots.iter().any(|s| s.tokens.contains(&k))
                        })
                        // `دمر انفجار ضخم متجرا`: the event noun right after the verb (not
                        // one whose nationality names the agent: `استهدفت ضربات جوية أمريكية`,
                        // `القصف الإسرائيلي`)
                        // (nor one behind a preposition: `واعتدت بالضرب`)
                        || g.tokens.start == f.tokens.end
                            && e.verbal
                            && !strip_conj(&v.forms[g.tokens.start]).starts_with(['ب', 'ل', 'ك'])
                            && !v.slots.iter().any(|s| {
                                s.tokens.start < g.tokens.end + 2 && s.tokens.end > g.tokens.start
                            }))
            });
        if event_subject {
            match roles.rule {
                "vso" | "passive-casualty" if roles.target.is_none() => {
                    roles.target = roles.source.take();
                }
                "vso" | "svo" | "verb" => roles.source = None,
                _ => {}
            }
            if roles.target.is_none() {
                roles.target = roles::direct_object(v, f.tokens.end, f.tokens.start, None)
                    .or_else(|| roles::prep_target(v, f.tokens.end, f.tokens.start, None));
            }
            roles.rule = "event-subject";
        }
        // `وستطرد السفير الإيراني`, `وانتقدت الرئيس`: a verb marked feminine does not agree with
        // a masculine title after it — that is its object, and the subject is dropped
        // (with another actor after it, that one is the subject: `وانتقدت الرئيس منظمات`)
        if e.verbal
            && roles.rule == "vso"
            && feminine_verb(&v.forms[f.tokens.start], e.key())
            && roles.source.is_some_and(|s| masculine_title(v, s))
            && roles.target.is_none_or(|t| !masculine_title(v, t))
        {
            let object = roles.source.take();
            // (an indefinite title heads a construct whose genitive follows: `واختطفت رئيس
            // مجلس الطلبة` — the students are no subject)
            let construct = object
                .is_some_and(|o| !strip_conj(&v.forms[v.slots[o].tokens.start]).starts_with("ال"));
            roles.source = roles.target.take().filter(|_| !construct);
            roles.target = object;
            if roles.source.is_none() {
                roles.rule = "verb";
            }
        }
        // `دعا امرأة إلى المنصة`, `اتهم الحكومة بالفساد`: a masculine verb right before a
        // feminine singular noun does not agree with it — the noun is the object (so with a
        // feminine head before a name: `ودعا منظمات الأمم المتحدة إلى …`)
        let feminine_head_before = |s: usize| {
            v.slots[s].tokens.start == f.tokens.end + 1 && {
                let h = strip_conj(&v.forms[f.tokens.end]);
                words::is_word(h, &words::NAME_HEADS)
                    && (h.ends_with('ه') || ["ات", "تا", "تي"].iter().any(|e| h.ends_with(e)))
            }
        };
        if e.verbal
            && roles.rule == "vso"
            && roles.target.is_none()
            && masculine_verb(&v.forms[f.tokens.start], e.key())
            && roles.source.is_some_and(|s| {
                v.slots[s].tokens.start == f.tokens.end && feminine_singular(v, s)
                    || feminine_head_before(s)
            })
        {
            roles.target = roles.source.take();
            roles.rule = "verb";
        }
        // `انتقد الوزير الحكومة السورية، واتهم موسكو بدعمها`, `وطالب إيران بسحب قواتها`: a
        // masculine verb takes no country or city name (feminine in Arabic) right after it as
        // its subject, nor, coordinated, a feminine plural — that is its object, and the
        // subject the sentence's earlier verb's, else a dropped one
        if e.verbal
            && roles.rule == "vso"
            && !e.flags.recip
            && masculine_verb(&v.forms[f.tokens.start], e.key())
            // (a bare perfect of forms V and VI is also its verbal noun: `تعهد كوريا
            // الشمالية`, `تضامن لبنان` — the pledge, the solidarity of the state)
            && !(strip_conj(&v.forms[f.tokens.start]) == e.key() && e.key().starts_with('ت'))
            && roles.source.is_some_and(|s| {
                let slot = &v.slots[s];
                // (or a feminine plural of things or bodies: `واتهم ميليشيات الحوثي`)
                let feminine_plural = strip_conj(&v.forms[slot.tokens.start]).ends_with("ات");
                // (a name, not a nisba: `وتجمع القطريون` is the Qataris gathering)
                let head = strip_conj(&v.forms[slot.tokens.start]);
                let nisba = ["ي", "يه", "ون", "ين"].iter().any(|e| head.ends_with(e));
                slot.tokens.start == f.tokens.end
                    && slot.actors.len() == 1
                    && (feminine_plural && v.forms[f.tokens.start].starts_with(['و', 'ف'])
                        // (a state or its capital: blocs and bodies — `الاتحاد الأوروبي`,
                        // `مجلس الأمن`, `الغرب` — are masculine)
                        || (slot.tokens.len() == 1 || slot.actors[0].sector.is_none())
                            && !nisba
                            && slot.actors[0].id.is_some()
                            && slot.actors[0].country.is_some_and(|c| c.is_iso())
                            && matches!(slot.actors[0].sector, None | Some(Sector::Gov)))
                    && !masculine_title(v, s)
                    && !person_slot(v, s)
            })
        {
            // (else none named: `وجدد بن دغر …، واتهم ميليشيات الحوثي`)
            let earlier = evs
                .iter()
                .rev()
                .find(|q| !q.drop && q.verbal && q.trig.end <= f.tokens.start)
                .and_then(|q| q.roles.source)
                .filter(|&s| Some(s) != roles.source);
            roles.target = roles.source.take();
            roles.source = earlier;
            roles.rule = "conjoined-subject";
        }
        // `وصل وزير الخارجية الروسي إلى دمشق والتقى الرئيس السوري`, `، كما زار الرئيس
        // السوري`: a masculine verb coordinated within the running clause (`و` with no
        // punctuation before it, or after `كما`/`ثم`) continues the earlier verb's subject, a
        // person, in the same sentence; the one actor after it is its object
        // (a meeting verb too, `والتقى`: unless a pair follows, `واتفق الجانبان`)
        let pair_after = roles.source.is_some_and(|s| {
            v.slots[s].actors.len() > 1
                || strip_conj(&v.forms[v.slots[s].tokens.start]).ends_with("ان")
        });
        if e.verbal && roles.rule == "vso" && !pair_after && roles.target.is_none() {
            let k = f.tokens.start;
            let form = &v.forms[k];
            let linked = k > 0
                && (form.starts_with('و')
                    && strip_conj(form) != form.as_str()
                    && !v.is_punct(k - 1)
                    || matches!(strip_conj(&v.forms[k - 1]), "كما" | "ثم"));
            // (not with an object pronoun: `وانتقده الرئيس` names its subject after it)
            let pronoun = words::ends_in_pronoun(form);
            if linked && !pronoun && masculine_verb(form, e.key()) {
                let from_event = evs
                    .iter()
                    .rev()
                    .find(|q| !q.drop && q.verbal && q.trig.end <= k)
                    .and_then(|q| q.roles.source);
                let from_plain = plain.iter().rev().find(|(j, _)| *j < k).map(|&(_, s)| s);
                let earlier = [from_event, from_plain]
                    .into_iter()
                    .flatten()
                    .filter(|&s| v.slots[s].tokens.end <= k)
                    .max_by_key(|&s| v.slots[s].tokens.start);
                if let Some(es) = earlier.filter(|&es| {
                    Some(es) != roles.source && (person_slot(v, es) || masculine_title(v, es))
                }) {
                    roles.target = roles.source.take();
                    roles.source = Some(es);
                    roles.rule = "coordinated-subject";
                }
            }
        }
        // `سحبت روسيا قواتها`, `نشرت الولايات المتحدة قوات`, `سحبت الرياض سفيرها`: the word a
        // verb needs, when it is troops or the subject's own people, is part of its event (what
        // is withdrawn or deployed), not its target (`فرقت الشرطة المتظاهرين` keeps them)
        if e.verbal {
            let needed = needed
                .iter()
                .find(|&&(start, _)| start == f.tokens.start)
                .map(|&(_, k)| k);
            let own = |t: usize| {
                let src_country = roles
                    .source
                    .and_then(|s| v.slots[s].actors.first())
                    .and_then(|a| a.country);
                // (troops of no country named; a plane of another country is shot down)
                v.slots[t].actors.iter().all(|a| {
                    a.country.is_none() && a.sector == Some(Sector::Mil)
                        || a.country.is_some() && a.country == src_country
                })
            };
            if roles
                .target
                .zip(needed)
                .is_some_and(|(t, k)| v.slots[t].tokens.contains(&k) && own(t))
            {
                roles.target = None;
            }
        }
        if let Some(l) = light {
            let le = triggers.entry(l.entry);
            // `تعرضت البلدات لقصف القوات الحكومية`: under an inverting support verb the
            // genitive a noun takes as its patient is its agent — the patient is the support
            // verb's subject
            if le.flags.invert
                && matches!(roles.rule, "noun-patient" | "masdar")
                // (the noun the support verb governs, behind its `لـ`: not `وتدمير` further on)
                && v.forms[f.tokens.start].starts_with('ل')
                && roles
                    .target
                    .is_some_and(|t| v.slots[t].tokens.start == f.tokens.end && v.slots[t].prep.is_none())
            {
                roles.source = roles.target.take();
                roles.rule = "noun-genitive";
            }
            // `تعرضت القوات لهجوم المسلحين`: under an inverting support verb its subject is
            // the patient and the genitive the agent
            if le.flags.invert && roles.rule == "noun-object" {
                std::mem::swap(&mut roles.source, &mut roles.target);
            }
            if le.flags.invert && roles.target.is_none() {
                // `تعرضت القوات لهجوم`: the light verb's subject is the target; a genitive
                // of the noun stays its agent (`تحظى الحكومة بدعم روسيا`)
                let explicit_agent = roles.source.is_some()
                    && roles.source == roles::passive_agent(v, f.tokens.end, f.tokens.start);
                // (so does the nisba of a verbal noun: `تعرض لقصف أمريكي`)
                let nisba_agent = roles.rule == "masdar"
                    && roles
                        .source
                        .is_some_and(|s| v.slots[s].tokens.start == f.tokens.end);
                if roles.rule == "noun-genitive" || explicit_agent || nisba_agent {
                    roles.target = roles::vso_subject(v, l.tokens.end, l.tokens.start)
                        .or_else(|| roles::svo_subject(v, l.tokens.start, 0))
                        .filter(|&s| {
                            Some(s) != roles.source && !v.slots[s].tokens.contains(&f.tokens.start)
                        });
                } else {
                    roles.target = roles.source.take();
                }
            }
            roles.rule = if le.flags.invert {
                "light-invert"
            } else {
                "light"
            };
        }
        // `غارة جوية منسوبة لإسرائيل`: the one an act is attributed to is its agent
        if let Some(s) = roles::attributed_to(v, &f.tokens) {
            if roles.target == Some(s) {
                roles.target = None;
            }
            roles.source = Some(s);
        }
        let Some(mut p) = pending(triggers, f.entry, f.tokens.clone(), roles) else {
            continue;
        };
        p.first_person = first_person;
        if let Some(l) = light {
            if triggers.entry(l.entry).id.ends_with("تبادل") {
                p.recip = true;
            }
        }
        // `اتهامات متبادلة`
        if v.forms
            .get(f.tokens.end)
            .is_some_and(|n| n.starts_with("متبادل"))
        {
            p.recip = true;
        }
        // `اشتباكات بين X و Y`, `اتهامات متبادلة بين الطرفين`: the participants are the pair
        if p.recip && !e.verbal && p.roles.between.is_some() && p.roles.target.is_none() {
            p.roles.source = None;
        }
        // `وسبق لتنظيم داعش أن هاجم`: the actor after `سبق لـ` is the subject after `أن`
        if e.verbal && p.roles.source.is_none() {
            if let Some(s) = roles::preceded_subject(v, p.trig.start) {
                p.roles.source = Some(s);
                p.roles.rule = "preceded-subject";
            }
        }
        // dropped subject of a verb: the last explicit subject of the document
        let light_prodrop = !e.verbal
            && light.is_some()
            && p.roles.source.is_none()
            && !light.is_some_and(|l| triggers.entry(l.entry).flags.invert);
        // an explicit but unknown subject (`ووجه الجهاز …`: a definite noun right after the
        // verb) is not a dropped one
        let verb_end = if e.verbal {
            f.tokens.end
        } else {
            light.map(|l| l.tokens.end).unwrap_or(f.tokens.end)
        };
        // `وتزور ماندلكر برلين`: a bare word no lexicon or recogniser knows between a verb and
        // its object is a name, the verb's subject
        // (a bare word after the verb that is the surname of someone named in full earlier
        // is that person even with no object after it: `ورفض عباس أي حل`)
        // (`وهدد الأسد …` after `بشار الأسد`: a definite surname of a known person too)
        let bare_name = e.verbal
            && v.forms.get(verb_end).is_some_and(|n| {
                let bare = strip_conj(n);
                let surname = || {
                    state
                        .surnames
                        .iter()
                        .any(|(s, _, person)| *person && s == bare)
                };
                v.tokens[verb_end].kind == rasad_text::TokenKind::Word
                    && v.slot_at(verb_end).is_none()
                    && (!bare.starts_with("ال")
                        && words::bare_noun(bare)
                        && (v.slot_at(verb_end + 1).is_some()
                            || surname()
                            // `وطالب أبوالفتوح بالإفراج عن …`: or its complement with `بـ`
                            // (not `فيه`, `في` + "it" read as `ف` + `يه`)
                            || bare.chars().count() >= 3
                                && !words::is_prep_pronoun(n)
                                && v.forms.get(verb_end + 1).is_some_and(|m| {
                                m.starts_with('ب')
                                    && m.chars().count() >= 5
                                    && !words::is_word(m, &words::PREPOSITIONS)
                            }))
                        // (not of an attack or arrest, whose unvowelled passive has the
                        // victim there: `واغتيل الحريري`; nor after `أدعو`, whose subject is
                        // the speaker)
                        || bare.starts_with("ال")
                            && surname()
                            && !first_person
                            && !matches!(
                                e.plover,
                                Some(PloverType::Assault | PloverType::Coerce)
                            ))
            });
        // (a verb whose trigger spans its complement, `ودعت إلى وقف القتال`, has no subject
        // after it: the subject would stand between verb and complement)
        let spans_complement = e.verbal && f.tokens.len() > 1;
        // (nor is an event noun behind `بـ`/`لـ`: `وطالبت بانسحاب القوات`)
        let event_after = found
            .iter()
            .any(|g| g.kind == TriggerKind::Event && g.tokens.start == verb_end);
        let unknown_subject = !spans_complement
            && (v.forms.get(verb_end).is_some_and(|n| {
                strip_conj(n).starts_with("ال") && v.slot_at(verb_end).is_none()
            })
            // `ودعا مجلس النقابات`: a construct-state head before a definite noun (which
            // never has the article itself, nor a preposition with it: `وطالبت بالمساعدات
            // الإنسانية`)
            || v.forms.get(verb_end).is_some_and(|n| {
                let n = strip_conj(n);
                let behind_prep = n.starts_with(['ب', 'ل', 'ك']) && event_after;
                v.tokens[verb_end].kind == rasad_text::TokenKind::Word
                    && v.slot_at(verb_end).is_none()
                    && !["بال", "لل", "كال"].iter().any(|p| n.starts_with(p))
                    && !behind_prep
                    && !words::is_word(n, &words::PREPOSITIONS)
                    && !words::is_word(n, &words::ADVERBS)
                    && !words::is_word(n, &words::QUANTITY)
                    && !words::is_word(n, &words::COMPLEMENTIZERS)
                    && (v
                        .forms
                        .get(verb_end + 1)
                        .is_some_and(|m| m.starts_with("ال"))
                        // `ورحبت جمعية دفن الموتى`: a chain of two constructs
                        || [n, v.forms.get(verb_end + 1).map_or("", |m| m.as_str())]
                            .iter()
                            .all(|m| !m.is_empty() && words::bare_noun(m))
                            && v.slot_at(verb_end + 1).is_none()
                            && v.tokens.get(verb_end + 1).is_some_and(|t| {
                                t.kind == rasad_text::TokenKind::Word
                            })
                            && v.forms.get(verb_end + 2).is_some_and(|m| {
                                m.starts_with("ال") && !words::is_word(m, &words::PREPOSITIONS)
                            }))
            }))
            || bare_name
            // `نددت عدة دول`, `ودعت بعض البلدان`: a counted or quantified noun no dictionary
            // knows is an unknown subject
            || e.verbal
                && v.slot_at(verb_end).is_none()
                && v.slot_at(verb_end + 1).is_none()
                && v.forms.get(verb_end).is_some_and(|n| {
                    let n = strip_conj(n);
                    matches!(
                        n,
                        "عده" | "بضعه" | "عشرات" | "العشرات" | "مئات" | "المئات" | "الاف" | "الالاف"
                    ) || words::is_word(n, &words::QUANTIFIERS)
                })
                && v.tokens.get(verb_end + 1).is_some_and(|t| t.kind == rasad_text::TokenKind::Word)
            // `وقد سجن كل من كيم هاك-سونغ وتوني كيم`: "both … and …" opens a subject (the
            // accusative `كلا من` an object: `وانتقدت كلا من الولايات المتحدة`)
            || e.verbal
                && v.forms.get(verb_end).is_some_and(|n| strip_conj(n) == "كل")
                && v.forms.get(verb_end + 1).is_some_and(|n| n == "من")
            || subject_not_dropped
            // `إن الطائرات قصفت`: a definite noun between a complementizer and the verb
            || e.verbal && roles::unknown_preverbal_subject(v, f.tokens.start);
        // `وجاء في بيان الجيش أنه نفذ غارات`, `قال الجيش إنه قتل خمسة`: the pronoun on the
        // complementizer is the verb's subject, and its antecedent the nearest actor before it
        // (`إنها ترفض نسخة المحققين`: an actor after the verb is then no subject)
        let pronoun_antecedent = (e.verbal
            && !e.flags.subj_patient
            && (p.roles.source.is_none() || p.roles.rule == "vso"))
            .then(|| {
                let mut k = f.tokens.start;
                // (`إنها "ترفض …`: a quotation may open between)
                while k > 0 && matches!(strip_conj(&v.forms[k - 1]), "قد" | "لقد" | "\"") {
                    k -= 1;
                }
                let c = k.checked_sub(1)?;
                if !words::is_word(strip_conj(&v.forms[c]), &words::PRONOUN_COMPLEMENTIZERS) {
                    return None;
                }
                // (`إنهما طلبا`: a dual pronoun stands for two, not for one earlier actor)
                let dual = strip_conj(&v.forms[c]).ends_with("هما");
                let before = || {
                    v.slots
                        .iter()
                        .rev()
                        .filter(move |s| s.tokens.end <= c && (!dual || s.actors.len() == 2))
                };
                before()
                    .find(|s| s.prep.is_none())
                    .or_else(|| before().next())
                    .and_then(|s| s.actors.first().cloned())
            })
            .flatten();
        if let Some(mut a) = pronoun_antecedent {
            if p.roles.rule == "vso" {
                let subject = p.roles.source.take();
                p.roles.target = p.roles.target.or(subject);
            }
            a.antecedent = Some(a.span);
            p.source_override = Some(vec![a]);
            p.rule.push_str("+pronoun-subject");
        } else if let Some(mut a) = bare_name
            .then(|| {
                let w = strip_conj(&v.forms[verb_end]);
                state
                    .surnames
                    .iter()
                    .rev()
                    .find(|(s, _, _)| s == w)
                    .map(|(_, a, _)| a.clone())
            })
            .flatten()
            .filter(|_| {
                p.roles.source.is_none()
                    // (the actor after the name was read as the subject: it is the object)
                    || p.roles.rule == "vso"
                        && p.roles.target.is_none()
                        && p.roles.source.is_some_and(|s| v.slots[s].tokens.start > verb_end)
            })
        {
            // `واتهمت ماي موسكو` after `تيريزا ماي`: the bare name is the earlier person's
            if p.roles.source.is_some() {
                p.roles.target = p.roles.source.take();
            }
            a.antecedent = Some(a.span);
            p.source_override = Some(vec![a]);
            p.rule.push_str("+surname");
        } else if (e.verbal && !e.flags.subj_patient && !e.flags.casualty || light_prodrop)
            // (a verb read as passive, `واعتقل صحفي`, has no dropped agent)
            && !matches!(
                p.roles.rule,
                "passive-vowelled" | "passive-casualty" | "passive" | "passive-agent"
            )
            && p.roles.source.is_none()
            && !unknown_subject
            && !event_subject
            && !p.first_person
        {
            // (a reporter or outlet, the last subject as the speaker of `أفاد مراسل … أن`, does
            // not carry out the material acts it reports)
            let material = matches!(
                p.plover,
                PloverType::Assault
                    | PloverType::Coerce
                    | PloverType::Mobilize
                    | PloverType::Protest
                    | PloverType::Retreat
                    | PloverType::Aid
                    | PloverType::Sanction
            );
            let reporter = |a: &ActorRef| a.sector == Some(Sector::Med);
            // (a verbal noun behind a preposition, `لغزوه`, or after a support verb, `وأجرى
            // مشاورات`, takes the subject of its own sentence, never an earlier sentence's: read
            // on the 2018 news, the earlier subject was the agent in about a third of such cases)
            let own_sentence_only = p.roles.rule == "masdar" || light_prodrop;
            // (a plural verb, `نظموا`, has no singular antecedent: `محكمة`, a country)
            // (nor a dual, `اقتحما`, `اعتديتا`: the entry's perfect with `ا`/`تا` — not the
            // adverbial verbal noun of the same letters before `لـ`, `دعما لـ`, `نفيا لـ`, whose
            // agent is the clause's subject)
            let dual_verb = e.verbal && {
                // (the form with and without a leading `و`: `وقعا` is "the two signed")
                let whole = v.forms[p.trig.start].as_str();
                let key = e.key();
                !key.ends_with('ا')
                    && [whole, strip_conj(whole)].iter().any(|f| {
                        f.strip_prefix(key)
                            .is_some_and(|suffix| matches!(suffix, "ا" | "تا"))
                    })
                    && !v
                        .forms
                        .get(p.trig.end)
                        .is_some_and(|n| strip_conj(n).starts_with('ل'))
            };
            // (and the imperfect dual, `سيجتمعان`, `يلتقيان`, `تتهمان`)
            let dual_imperfect = e.verbal && {
                let f = strip_conj(&v.forms[p.trig.start]);
                let f = f.strip_prefix('س').unwrap_or(f);
                f.chars().count() >= 6 && f.starts_with(['ي', 'ت']) && f.ends_with("ان")
            };
            let plural_verb =
                e.verbal && words::plural_perfect(&v.forms[p.trig.start]) || dual_verb;
            // (a support verb that is itself a verbal noun behind a preposition, `تقارير حول
            // شن هجوم`, is no clause of the plain verb's subject)
            let light_masdar = light_prodrop
                && light.is_some_and(|l| {
                    l.tokens.start > 0
                        && words::is_word(
                            strip_conj(&v.forms[l.tokens.start - 1]),
                            &words::PREPOSITIONS,
                        )
                });
            let (last, last_person) = match &plain_subject {
                Some((a, person)) if !light_masdar => (Some(a), *person),
                _ => (state.last_subject.as_ref(), state.last_subject_person),
            };
            if let Some(prev) = last
                .filter(|a| !(material && reporter(a)))
                .filter(|a| !own_sentence_only || a.span.start >= sentence.span.start)
                .filter(|a| !(plural_verb && (singular_actor(a) || last_person)))
                // (the last subject is one actor: an imperfect dual never refers back to it)
                .filter(|_| !dual_imperfect)
            {
                let mut a = prev.clone();
                a.antecedent = Some(prev.span);
                p.source_override = Some(vec![a]);
                p.rule.push_str("+prodrop");
            }
        }
        // (a verbal noun's genitive is no subject: `لدعم المستشفيات`; the subject of a relative
        // clause is not the topic: `المدينة التي يسيطر عليها الحوثيون`)
        if e.verbal && p.roles.rule != "masdar" && relative_before(v, p.trig.start).is_none() {
            // (nor is a lone nisba read as the subject, `وانتقد سلوك إيراني`: no topic that
            // later dropped subjects refer to)
            if let Some(s) = p.roles.source.filter(|&s| !lone_nisba(v, s)) {
                if let Some(a) = v.slots[s].actors.first() {
                    state.last_subject = Some(a.clone());
                    state.last_subject_person = person_slot(v, s);
                    plain_subject = None;
                }
            }
        }
        evs.push(p);
    }

    // --- `الهجوم الذي نفذته طالبان`, `هجوم تبناه التنظيم`: a support verb with an object
    // pronoun after an event noun names the noun's agent
    for l in &lights {
        let lk = strip_conj(&v.forms[l.tokens.start]);
        let key = triggers.entry(l.entry).key();
        let pronoun = lk.len() > key.len() && ["ه", "ها", "هم"].iter().any(|p| lk.ends_with(p));
        // (or on the preposition it governs: `عمليات القتل التي تقوم بها قوات الاحتلال`)
        let governed_pronoun = !pronoun
            && v.forms
                .get(l.tokens.end)
                .is_some_and(|n| matches!(n.as_str(), "به" | "بها" | "بهم"))
            && relative_before(v, l.tokens.start).is_some();
        if !(pronoun || governed_pronoun) || triggers.entry(l.entry).flags.invert {
            continue;
        }
        let after = l.tokens.end + usize::from(governed_pronoun);
        let Some(agent) = roles::vso_subject(v, after, l.tokens.start) else {
            continue;
        };
        if let Some(p) = evs
            .iter_mut()
            .rev()
            .find(|p| !p.verbal && p.trig.end <= l.tokens.start && l.tokens.start - p.trig.end <= 5)
        {
            if p.source_override.is_none() {
                p.roles.source = Some(agent);
                p.rule.push_str("+relative-agent");
            }
        }
    }

    // --- complements: events governed by another trigger of the same clause
    let n = evs.len();
    for i in 0..n {
        let absorb = evs[i].entry.is_some_and(|e| triggers.entry(e).flags.absorb);
        // (`اتهمت محكمة تدعمها الأمم المتحدة خمسة من أعضاء حزب الله باغتيال …`: the act an
        // accusation's `بـ` names comes after the accused, who may take many words)
        let accused_act = |g: usize| {
            evs[g].plover == PloverType::Accuse
                && evs[g].verbal
                && strip_conj(&v.forms[evs[i].trig.start]).starts_with('ب')
        };
        let gov = (0..i).rev().find(|&g| {
            evs[g].trig.end <= evs[i].trig.start
                && (evs[i].trig.start - evs[g].trig.end <= 6
                    || absorb
                    || evs[i].trig.start - evs[g].trig.end <= 12 && accused_act(g))
                && v.clause[evs[g].trig.start] == v.clause[evs[i].trig.start]
                && !(evs[g].trig.end..evs[i].trig.start)
                    .any(|k| words::is_word(strip_conj(&v.forms[k]), &words::COMPLEMENT_BLOCKERS))
        });
        let Some(g) = gov else { continue };
        // `رفضت الجبهة الاتفاق واحتجزت رهائن`: a finite verb with the conjunction is
        // coordinated with what came before, not its complement
        let conj_verb = evs[i].verbal
            && v.forms[evs[i].trig.start].starts_with(['و', 'ف'])
            && evs[i]
                .entry
                .is_some_and(|e| !triggers.entry(e).key().starts_with(['و', 'ف']));
        if conj_verb {
            continue;
        }
        // (`إصابة 11 آخرين في انفجار`: the attack a casualty noun names is its cause, not a
        // complement; the casualties merge into it below)
        if !evs[g].verbal
            && evs[g]
                .entry
                .is_some_and(|e| triggers.entry(e).flags.casualty)
            && evs[i].plover == PloverType::Assault
        {
            continue;
        }
        // `طالبت تركيا بوقف الهجمات على المدنيين`, `دعت فرنسا إلى دعم الحكومة`: an actor after
        // the complement, its genitive or behind the preposition of a patient, is the
        // complement's, not the governor's
        if let Some(t) = evs[g].roles.target {
            if evs[g].target_override.is_none()
                && v.slots[t].tokens.start >= evs[i].trig.end
                && (matches!(v.slots[t].prep.as_deref(), Some("علي" | "ضد"))
                    || v.slots[t].tokens.start == evs[i].trig.end && v.slots[t].prep.is_none())
                && evs[i].roles.target.is_none_or(|x| x == t)
            {
                evs[g].roles.target = None;
                evs[i].roles.target = Some(t);
            }
        }
        // `أمرت محكمة باحتجاز تسعة طلاب`: the patient of the act asked for is not the one asked
        // (nor the one accused: `نددت باعتقال الصحفيين`)
        let patient_complement = evs[i]
            .entry
            .is_some_and(|e| triggers.entry(e).flags.gen_patient);
        // (one of the governor's own type is its manner, the same act: `اعتدت الشرطة على
        // المتظاهرين بالضرب`)
        if patient_complement
            && evs[g].plover != evs[i].plover
            && evs[g].target_override.is_none()
            && evs[g].roles.target.is_some()
            && evs[g].roles.target == evs[i].roles.target
        {
            evs[g].roles.target = None;
        }
        let gdeny = evs[g].entry.is_some_and(|e| triggers.entry(e).flags.deny);
        let gtype = evs[g].plover;
        let gsrc = actors_of(v, &evs[g], true);
        let gtgt = actors_of(v, &evs[g], false);
        if absorb {
            evs[i].drop = true;
            continue;
        }
        if gdeny && evs[i].plover == PloverType::Accuse && !evs[i].verbal {
            // `نفت روسيا الاتهامات`: the accusations are the claims it answers, not a new event
            evs[i].drop = true;
            continue;
        }
        // `أدان الرئيس الهجوم`: the condemner, the protester, the one who asks is not the
        // agent of the attack or arrest they speak of (a denier may be: `نفت روسيا الهجوم`)
        if matches!(
            gtype,
            PloverType::Accuse | PloverType::Request | PloverType::Protest
        ) && matches!(evs[i].plover, PloverType::Assault | PloverType::Coerce)
            && evs[i].roles.source.is_some()
            && evs[i].roles.source == evs[g].roles.source
            && evs[i].source_override.is_none()
        {
            evs[i].roles.source = None;
        }
        // `هددت واشنطن طهران بفرض عقوبات`: the one threatened is no agent of the act it is
        // threatened with but its target; the agent is the threatener (below)
        if gtype == PloverType::Threaten
            && evs[i].source_override.is_none()
            && evs[g].target_override.is_none()
            && evs[i].roles.source.is_some()
            && evs[i].roles.source == evs[g].roles.target
        {
            evs[i].roles.source = None;
            if evs[i].roles.target.is_none() && evs[i].target_override.is_none() {
                evs[i].roles.target = evs[g].roles.target;
            }
        }
        // (not a complement with a subject of its own no dictionary knows: `لتفريق حشد تجمع`)
        if evs[i].roles.source.is_none()
            && evs[i].source_override.is_none()
            && evs[i].roles.rule != "svo-unknown"
        {
            // the agent of a complement: the accused, the denier, the one asked to act
            // (only one named before the act: an actor after it is the act's own, `أدين
            // بتنظيم تظاهرات معادية للكرملين`)
            let asked_before = evs[g].target_override.is_some()
                || evs[g]
                    .roles
                    .target
                    .is_some_and(|t| v.slots[t].tokens.start < evs[i].trig.start);
            // (an order with no one ordered is carried out by the orderer: `أمرت السلطات
            // باعتقال 271 جندياً`)
            let command = evs[g]
                .entry
                .is_some_and(|e| triggers.entry(e).flags.command);
            let agent = match gtype {
                PloverType::Accuse | PloverType::Request if asked_before => gtgt.clone(),
                PloverType::Request if command => gsrc.clone(),
                PloverType::Accuse | PloverType::Request => Vec::new(),
                // `قضت المحكمة بسجن سبعة جنود لضلوعهم في قتل …`, `اعتقلت الشرطة رجلا بتهمة
                // قتل …`: what one is sentenced or arrested for is one's own act
                PloverType::Coerce if asked_before => gtgt.clone(),
                // `احتجاجا على إعدام صدام`: what is protested is someone else's act
                PloverType::Protest => Vec::new(),
                _ => gsrc.clone(),
            };
            if !agent.is_empty() {
                evs[i].source_override = Some(agent);
            }
        }
        if gdeny {
            evs[i].status = Status::Denied;
            evs[i].denied_by = gsrc.clone();
            evs[i].rule.push_str("+denied");
        } else if gtype == PloverType::Accuse {
            evs[i].status = Status::Claimed;
            evs[i].claimed_by = gsrc.first().cloned();
            evs[i].rule.push_str("+alleged");
            // `ندد الرئيس بالهجوم التركي على عفرين`, `دانت الرئاسة عمليات القتل التي تقوم
            // بها قوات الاحتلال`: a condemnation that names no one aims at the agent of the
            // hostile act it condemns
            let hostile = matches!(
                evs[i].plover,
                PloverType::Assault
                    | PloverType::Coerce
                    | PloverType::Sanction
                    | PloverType::Threaten
            );
            if hostile && evs[g].roles.target.is_none() && evs[g].target_override.is_none() {
                let agent = evs[i]
                    .roles
                    .source
                    .filter(|&s| Some(s) != evs[g].roles.source);
                if let Some(s) = agent {
                    evs[g].roles.target = Some(s);
                    evs[g].rule.push_str("+condemned-agent");
                } else if let Some(o) = evs[i].source_override.clone().filter(|o| !o.is_empty()) {
                    evs[g].target_override = Some(o);
                    evs[g].rule.push_str("+condemned-agent");
                }
            }
        } else if matches!(
            gtype,
            PloverType::Request
                | PloverType::Agree
                | PloverType::Threaten
                | PloverType::Reject
                | PloverType::Support
        ) {
            evs[i].hypothetical = true;
            evs[i].rule.push_str("+complement");
        }
    }
    // absorbable events (ceasefire, dialogue) with no actor are states, not events
    for p in evs.iter_mut() {
        let absorb = p.entry.is_some_and(|e| triggers.entry(e).flags.absorb);
        if absorb && actors_of(v, p, true).is_empty() && actors_of(v, p, false).is_empty() {
            p.drop = true;
        }
    }

    let dates = find_dates(analysis, sentence, doc.date);
    let base = sentence.tokens.start;
    let date_between = |a: usize, b: usize| {
        let (lo, hi) = (a.min(b), a.max(b));
        dates.iter().any(|d| {
            let s = d.tokens.start.saturating_sub(base);
            s > lo && s < hi
        })
    };
    // --- casualties merge into the main assault of the clause
    for i in 0..evs.len() {
        let cas = evs[i]
            .entry
            .is_some_and(|e| triggers.entry(e).flags.casualty);
        // (`… واحتجز فيها رهائن قبل أن تقتله الشرطة`: a killing whose victim is an object
        // pronoun, with a subject of its own, is another act — of the police on the attacker)
        let pronoun_victim = evs[i].verbal
            && evs[i].roles.rule == "vso"
            && evs[i].roles.source.is_some()
            && words::ends_in_pronoun(&v.forms[evs[i].trig.end - 1]);
        if !cas || evs[i].drop || pronoun_victim {
            continue;
        }
        let ci = v.clause[evs[i].trig.start];
        let host = (0..evs.len())
            .filter(|&h| {
                h != i
                    && !evs[h].drop
                    && evs[h].plover == PloverType::Assault
                    && !evs[h].hypothetical
                    && (!evs[h]
                        .entry
                        .is_some_and(|e| triggers.entry(e).flags.casualty)
                        || h < i && v.clause[evs[h].trig.start] == ci)
                    && (v.clause[evs[h].trig.start] == ci
                        || !date_between(evs[h].trig.start, evs[i].trig.start))
            })
            .min_by_key(|&h| {
                (
                    v.clause[evs[h].trig.start] != ci,
                    evs[h].trig.start.abs_diff(evs[i].trig.start),
                )
            });
        if let Some(h) = host {
            evs[i].drop = true;
            // (a fight between named parties keeps them: the dead of `القتال بين الجيش
            // والمتمردين، ما أدى إلى مقتل خمسة جنود` are no third party)
            let parties =
                evs[h].recip && evs[h].roles.source.is_none() && evs[h].roles.between.is_some();
            if evs[h].roles.target.is_none() && evs[h].target_override.is_none() && !parties {
                evs[h].roles.target = evs[i].roles.target;
            }
            if evs[h].roles.source.is_none()
                && evs[h].source_override.is_none()
                && evs[i].verbal
                // `جنوده قتلوا خمسة … خلال غارة`: an active subject (VSO or SVO) is the agent
                && matches!(evs[i].roles.rule, "vso" | "svo")
            {
                evs[h].roles.source = evs[i].roles.source;
            }
            let t = evs[i].trig.clone();
            evs[h].rule.push_str(&format!("+casualty@{}", t.start));
        }
    }

    // `مقتل اثنين من عناصر الشرطة في تفجير سيارة مفخخة`: the victims of one attack word are
    // not the agent another attack word of the sentence found only by looking back
    // (the victims of a casualty word merged into its attack too)
    let victims: Vec<usize> = evs
        .iter()
        .filter(|p| p.plover == PloverType::Assault)
        .filter_map(|p| p.roles.target)
        .collect();
    for p in evs
        .iter_mut()
        .filter(|p| !p.drop && p.plover == PloverType::Assault)
    {
        // (a clash has its victims among its parties: `قتل 46 من الحوثيين في غارات ومواجهات`)
        if p.roles.rule == "noun"
            && !p.recip
            && p.roles.source.is_some_and(|s| victims.contains(&s))
        {
            p.roles.source = None;
        }
    }

    // `تظاهروا أمام النقابة احتجاجا على زيارة بوش`: what a protest is against is its target,
    // before the place it stood at
    for p in evs
        .iter_mut()
        .filter(|p| !p.drop && p.plover == PloverType::Protest)
    {
        if p.target_override.is_none() {
            if let Some(s) = roles::protest_object(v, &p.trig, p.roles.source) {
                p.roles.target = Some(s);
                p.rule.push_str("+protest-object");
            } else if p.roles.target.is_none() {
                p.roles.target = roles::border_neighbour(v, &p.trig);
            }
        }
    }

    // --- `نفت روسيا أنها قصفت المدينة`: the clause a verb of denial introduces with `أن` is
    // denied by the verb's subject (as its object would be: `نفت روسيا الهجوم`)
    for d in 0..evs.len() {
        let deny = evs[d].entry.is_some_and(|e| triggers.entry(e).flags.deny);
        if evs[d].drop || !evs[d].verbal || !deny || evs[d].negated {
            continue;
        }
        let from = evs[d].trig.end;
        // its subject and adverbs may stand between (`وتنفي كوريا الشمالية دوما أنها …`)
        let Some(c) = (from..(from + 8).min(v.forms.len()))
            .take_while(|&k| !v.is_punct(k))
            .find(|&k| {
                let f = strip_conj(&v.forms[k]);
                f != "عن"
                    && (words::is_word(f, &words::COMPLEMENTIZERS)
                        || words::is_word(f, &words::PRONOUN_COMPLEMENTIZERS))
            })
        else {
            continue;
        };
        // (only its subject and adverbs: `ونفت تركيا ذلك وتقول إن …` — that `إن` is `تقول`'s)
        let between_ok = (from..c).all(|k| {
            let f = strip_conj(&v.forms[k]);
            v.slots.iter().any(|s| s.tokens.contains(&k))
                || words::is_word(f, &words::ADVERBS)
                || f.ends_with('ا') && f.chars().count() > 3
        });
        if !between_ok {
            continue;
        }
        let deniers = actors_of(v, &evs[d], true);
        // (up to the clause's end: `، قائلة إن قوات النظام هي التي أطلقت` is a claim of its own,
        // and `ما أدى إلى طرد …` a consequence that happened)
        let scope_end = (c + 1..v.forms.len())
            .find(|&k| {
                v.is_punct(k)
                    || words::is_word(&v.forms[k], &words::CONTRAST)
                    || strip_conj(&v.forms[k]) == "ما"
            })
            .unwrap_or(v.forms.len());
        for p in evs.iter_mut() {
            if p.drop || p.trig.start <= c || p.trig.start >= scope_end {
                continue;
            }
            if p.status != Status::Denied {
                p.status = Status::Denied;
                p.denied_by = deniers.clone();
                p.rule.push_str("+denied");
            }
        }
    }

    // --- reported speech and attribution
    for (range, speaker) in &speakers {
        let speaker_slot = roles::vso_subject(v, range.end, range.start);
        let f = Found {
            kind: TriggerKind::Speech,
            entry: 0,
            tokens: range.clone(),
        };
        let scope_end = (f.tokens.end..v.forms.len())
            .find(|&k| k > f.tokens.end && words::is_word(&v.forms[k], &words::CONTRAST))
            .unwrap_or(v.forms.len());
        let deontic = (f.tokens.end..scope_end)
            .find(|&k| words::is_word(strip_conj(&v.forms[k]), &words::DEONTIC));
        let objects = speech_objects(v, &f, speaker_slot, &evs);
        for (i, p) in evs.iter_mut().enumerate() {
            if p.trig.start < f.tokens.end || p.trig.start >= scope_end {
                continue;
            }
            if p.status != Status::Asserted || p.claimed_by.is_some() {
                continue;
            }
            // `أكد الملك خلال لقائه نتنياهو أن …`: the speaker's own meeting behind `خلال`/
            // `أثناء` is where the words were said, told by the writer — not what is claimed
            if p.roles.rule == "noun-possessor"
                && p.trig.start > 0
                && matches!(strip_conj(&v.forms[p.trig.start - 1]), "خلال" | "اثناء")
            {
                continue;
            }
            // `أعلنت X مسؤوليتها عن الهجوم`: claiming responsibility is claiming the act
            let responsibility = (f.tokens.end..p.trig.start)
                .any(|k| strip_conj(&v.forms[k]).starts_with("مسووليت"));
            let complementizer = !responsibility
                && (f.tokens.end..p.trig.start)
                    .any(|k| words::is_word(&v.forms[k], &words::COMPLEMENTIZERS));
            let same_clause = v.clause[p.trig.start] == v.clause[f.tokens.start];
            // `أعلنت وزارة الصحة مقتل فلسطيني برصاص القوات`: an announcer who names another
            // agent, or who reports deaths without being an armed body, only reports them
            let explicit_agent = p
                .roles
                .source
                .is_some_and(|s| roles::passive_agent(v, p.trig.end, p.trig.start) == Some(s));
            // `أعلن ترامب انسحاب الولايات المتحدة من الاتفاق`: the act is announced, but its
            // agent is the noun's genitive, not the announcer
            let genitive_agent = p.roles.rule == "noun-genitive"
                && p.roles
                    .source
                    .is_some_and(|s| v.slots[s].tokens.start == p.trig.end);
            let death = !p.verbal && {
                let w = strip_conj(&v.forms[p.trig.start]);
                let w = w.strip_prefix("ال").unwrap_or(w);
                words::DEATH_NOUNS.iter().any(|d| w.starts_with(d))
            };
            let armed = speaker
                .as_ref()
                .is_some_and(|sp| sp.sector.is_some_and(|s| s.is_armed()));
            let direct = (objects[i] || responsibility)
                && !complementizer
                && same_clause
                && !explicit_agent
                && (!death || armed || responsibility);
            if direct {
                // `أعلن الجيش قتل فلسطيني واعتقال آخر`: the speaker performs the act
                if let Some(sp) = speaker.as_ref().filter(|_| !genitive_agent) {
                    let src_is_speaker = p
                        .roles
                        .source
                        .is_some_and(|s| v.slots[s].actors.iter().any(|a| a.span == sp.span));
                    if !src_is_speaker && p.source_override.is_none() {
                        if p.roles.source.is_some() && p.roles.target.is_none() {
                            // the SVO fallback had picked the patient
                            p.roles.target = p.roles.source;
                        }
                        p.roles.source = None;
                        p.source_override = Some(vec![sp.clone()]);
                    }
                }
                p.rule.push_str("+announced");
                continue;
            }
            if let Some(d) = deontic {
                if p.trig.start > d {
                    p.hypothetical = true;
                }
            }
            // the reporter of a nominal event is not its agent (`أعلنت الوزارة مقتل …`); a
            // participle describing the speaker is the speaker's (`قال المبعوث …، مطالبا`)
            if p.roles.rule == "participle" && p.roles.source.is_none() {
                if let Some(sp) = &speaker {
                    p.roles.source = v
                        .slots
                        .iter()
                        .position(|s| s.actors.iter().any(|a| a.span == sp.span));
                }
            }
            if !p.verbal && p.source_override.is_none() && p.roles.rule != "participle" {
                if let Some(sp) = &speaker {
                    if p.roles
                        .source
                        .is_some_and(|s| v.slots[s].actors.iter().any(|a| a.span == sp.span))
                    {
                        p.roles.source = None;
                    }
                }
            }
            p.status = Status::Claimed;
            p.claimed_by = speaker.clone();
            p.rule.push_str("+reported");
            if p.first_person && p.roles.source.is_none() && p.source_override.is_none() {
                if let Some(sp) = &speaker {
                    p.source_override = Some(vec![sp.clone()]);
                    p.rule.push_str("+speaker");
                }
            }
        }
        // `تقول إن القوات يجب أن تنسحب`: a demand by the speaker on the embedded subject
        if let (Some(d), Some(sp)) = (deontic, &speaker) {
            let embedded = evs
                .iter()
                .find(|p| p.trig.start > d && p.trig.start < scope_end && p.verbal)
                .map(|p| p.trig.clone());
            // the obliged: before the modal (`إن القوات يجب أن`), or after a modal verb with
            // `على` (`يجب على إيران أن`, `يتعين على`)
            let modal_verb = matches!(strip_conj(&v.forms[d]), "يجب" | "ينبغي" | "يتعين" | "يتوجب");
            let obliged = roles::svo_subject(v, d, f.tokens.end).or_else(|| {
                v.slots.iter().position(|s| {
                    modal_verb && s.tokens.start == d + 2 && s.prep.as_deref() == Some("علي")
                })
            });
            // (the act required is the obliged's, not a dropped subject's: `يتعين على روسيا
            // سحب قواتها`)
            if let Some(o) = obliged {
                for p in evs.iter_mut().filter(|p| {
                    p.trig.start > d && p.trig.start < scope_end && p.rule.contains("+prodrop")
                }) {
                    p.source_override = None;
                    p.roles.source = Some(o);
                    p.rule = p.rule.replace("+prodrop", "+obliged");
                }
            }
            if let Ok(code) = CameoCode::parse("100") {
                let roles = Roles {
                    source: None,
                    target: obliged,
                    between: None,
                    rule: "deontic",
                };
                let rule = format!(
                    "100:deontic-speech{}",
                    embedded
                        .map(|t| format!("@{}", t.start))
                        .unwrap_or_default()
                );
                let mut p = Pending::new(d..d + 1, code, PloverType::Request, true, roles, rule);
                p.source_override = Some(vec![sp.clone()]);
                if obliged.is_none() {
                    p.drop = true;
                }
                evs.push(p);
            }
        }
    }
    for f in found.iter().filter(|f| f.kind == TriggerKind::Source) {
        let who = v
            .slots
            .iter()
            .find(|s| s.tokens.start >= f.tokens.end && s.tokens.start <= f.tokens.end + 2)
            .and_then(|s| s.actors.first().cloned());
        if let Some(w) = who {
            for p in evs.iter_mut() {
                if p.status == Status::Asserted && p.claimed_by.is_none() {
                    p.status = Status::Claimed;
                    p.claimed_by = Some(w.clone());
                    p.rule.push_str("+attributed");
                }
            }
        }
    }

    // --- denials answering earlier claims: `نفت أذربيجان ذلك`
    for i in 0..evs.len() {
        let deny = evs[i].entry.is_some_and(|e| triggers.entry(e).flags.deny);
        if !deny {
            continue;
        }
        let deniers = actors_of(v, &evs[i], true);
        let has_complement = evs
            .iter()
            .any(|p| !p.drop && p.status == Status::Denied && p.trig.start > evs[i].trig.start);
        if has_complement {
            // `نفى كل جانب انتهاك …`: each side denies; REJECT aimed at the other
            continue;
        }
        let mut claimants: Vec<ActorRef> = Vec::new();
        // (one denies what one is said to have done or suffered: when some of the claims
        // answered name the denier, only those are denied — `وينفي غولن أي دور له` answers
        // the accusation against him, not the arrests reported beside it; when none does but
        // an accusation aims at the denier, no other claim is denied)
        let names_denier = |src: &[ActorRef], tgt: &[ActorRef]| {
            src.iter()
                .chain(tgt.iter())
                .any(|a| deniers.iter().any(|d| same_actor(d, a)))
        };
        let here: Vec<usize> = (0..i)
            .filter(|&k| evs[k].status == Status::Claimed && !evs[k].drop)
            .collect();
        let here_involved: Vec<bool> = here
            .iter()
            .map(|&k| names_denier(&actors_of(v, &evs[k], true), &actors_of(v, &evs[k], false)))
            .collect();
        let here_any = here_involved.iter().any(|&b| b);
        // claims earlier in this sentence
        for (n, &k) in here.iter().enumerate() {
            let p = &mut evs[k];
            if !here_any || here_involved[n] {
                p.status = Status::Denied;
                p.denied_by = deniers.clone();
                p.rule.push_str("+denied");
                if let Some(c) = &p.claimed_by {
                    claimants.push(c.clone());
                }
            }
        }
        if claimants.is_empty() {
            // claims of the previous sentence(s)
            let prev_sentence = earlier
                .iter()
                .rev()
                .map(|e| e.sentence)
                .find(|&s| s < sentence.index);
            if let Some(ps) = prev_sentence {
                let involved = |e: &Event| names_denier(e.source.as_slice(), e.target.as_slice());
                let prev: Vec<&Event> = earlier.iter().filter(|e| e.sentence == ps).collect();
                let claimed_involved = prev
                    .iter()
                    .any(|e| e.attribution.status == Status::Claimed && involved(e));
                let accused = prev.iter().any(|e| {
                    e.event_type == PloverType::Accuse
                        && e.target
                            .as_ref()
                            .is_some_and(|t| deniers.iter().any(|d| same_actor(d, t)))
                });
                let restrict = claimed_involved || accused;
                for e in earlier.iter_mut().filter(|e| e.sentence == ps) {
                    if e.attribution.status == Status::Claimed && (!restrict || involved(e)) {
                        e.attribution.status = Status::Denied;
                        e.attribution.denied_by = deniers.clone();
                        e.rule.push_str("+denied");
                        if let Some(c) = &e.attribution.claimed_by {
                            claimants.push(c.clone());
                        }
                    }
                }
                if claimants.is_empty() {
                    // the accusation it answers: an ACCUSE aimed at the denier
                    for e in earlier.iter().filter(|e| e.sentence == ps) {
                        let aimed = e
                            .target
                            .as_ref()
                            .is_some_and(|t| deniers.iter().any(|d| same_actor(d, t)));
                        if aimed && e.event_type == PloverType::Accuse {
                            if let Some(s) = &e.source {
                                claimants.push(s.clone());
                            }
                        }
                    }
                }
            }
        }
        if evs[i].roles.target.is_none() && !claimants.is_empty() {
            claimants.dedup_by(|a, b| same_actor(a, b));
            evs[i].target_override = Some(claimants);
            evs[i].rule.push_str("+answers-claim");
        }
    }

    // a question (`هل …؟`) asks about events, it does not report them
    let question =
        v.forms.iter().any(|f| f == "?") || v.forms.first().is_some_and(|f| strip_conj(f) == "هل");
    // --- negation, modality (a support verb passes its own on: `ستفرض عقوبات`)
    // `الحرب العالمية الثانية`, `الحرب الباردة`: the named wars of the last century are
    // history whatever the sentence's date, and so is what happened during them, in the clause
    // that says so (`سقطت القذائف خلال الحرب العالمية`)
    let named_war = |k: usize| {
        v.forms
            .get(k + 1)
            .is_some_and(|n| matches!(n.as_str(), "العالميه" | "البارده"))
            && matches!(strip_conj(&v.forms[k]), "الحرب" | "حرب")
    };
    let war_clauses: Vec<usize> = (1..v.forms.len())
        .filter(|&k| {
            named_war(k)
                && matches!(
                    strip_conj(&v.forms[k - 1]),
                    "خلال" | "ابان" | "اثناء" | "منذ" | "في" | "بعد" | "قبل"
                )
        })
        .map(|k| v.clause[k])
        .collect();
    for p in evs.iter_mut() {
        if question {
            p.hypothetical = true;
        }
        // `روسيا لديها اتفاقية دفاع`: having an agreement is a state, not an event
        if !p.verbal
            && p.trig.start > 0
            && words::is_word(strip_conj(&v.forms[p.trig.start - 1]), &words::POSSESSION)
        {
            p.drop = true;
        }
        let lemma = p.entry.map(|e| triggers.entry(e).key());
        let (mut neg, mut hyp) = modality(v, &p.trig, p.verbal, lemma);
        let stop = stopped(triggers, v, &lights, p.trig.start);
        if let Some((_, n, h)) = stop {
            neg = n;
            hyp |= h;
        }
        let stop = stop.map(|(k, _, _)| k);
        if !p.verbal && cancelled(v, p.trig.start, p.plover) {
            neg = true;
            p.rule.push_str("+cancelled");
        }
        // `خرجوا للاحتجاج على …`: acting "in protest" is the protest itself
        if hyp && p.plover == PloverType::Protest && !p.verbal {
            let f = strip_conj(&v.forms[p.trig.start]);
            if f.starts_with('ل') {
                hyp = modality_without_purpose(v, &p.trig);
            }
        }
        p.negated |= neg;
        p.hypothetical |= hyp;
        if stop.is_some() {
            p.rule
                .push_str(if neg { "+stopped" } else { "+not-stopped" });
        }
        if !p.verbal && p.plover == PloverType::Assault && named_war(p.trig.start)
            || war_clauses.contains(&v.clause[p.trig.start])
        {
            p.historical = true;
        }
        if let Some(l) = lights.iter().rev().find(|l| {
            l.tokens.end <= p.trig.start
                && p.trig.start - l.tokens.end <= 4
                && v.clause[l.tokens.start] == v.clause[p.trig.start]
        }) {
            let (mut neg, mut hyp) = modality(v, &l.tokens, true, None);
            // (the support verb may be what is stopped: `تمتنع إسرائيل عن شن غارات`)
            if let Some((_, n, h)) = stopped(triggers, v, &lights, l.tokens.start) {
                neg = n;
                hyp |= h;
            }
            // (a stop verb's own negation was read with the event: `لم تتوقف عن` goes on)
            if stop != Some(l.tokens.start) {
                p.negated |= neg;
            }
            p.hypothetical |= hyp;
            // purpose `لشن هجوم`: the support verb's masdar after `لـ`
            if strip_conj(&v.forms[l.tokens.start]).starts_with('ل') {
                p.hypothetical = true;
            }
        }
    }

    // --- casualties, places
    let casualties = find_casualties(analysis, sentence);
    for c in &casualties {
        let t = c.trigger_tokens.start.saturating_sub(base);
        let host = evs
            .iter()
            .position(|p| !p.drop && p.plover == PloverType::Assault && p.trig.contains(&t))
            .or_else(|| {
                // the merged host of a dropped casualty trigger, else the nearest assault
                evs.iter()
                    .enumerate()
                    .filter(|(_, p)| !p.drop && p.plover == PloverType::Assault)
                    .min_by_key(|(_, p)| {
                        let same = v.clause.get(t) == v.clause.get(p.trig.start);
                        (!same, p.trig.start.abs_diff(t))
                    })
                    .map(|(i, _)| i)
            });
        if let Some(h) = host {
            let slot = match c.kind {
                CasualtyKind::Dead => &mut evs[h].dead,
                CasualtyKind::Injured => &mut evs[h].injured,
            };
            if slot.is_none() {
                *slot = Some(c.count.clone());
            }
            // `19 شخصا على الأقل قتلوا`: the counted dead and injured are victims, never the
            // source (the unvoweled verb reads active or passive alike)
            // (the victims: the slot that holds the count or starts right after it — not
            // any slot inside the mention, as in `قتل الجيش عشرة مسلحين`)
            let count_end = v.tokens.iter().position(|t| t.span.end >= c.count.span.end);
            let p = &mut evs[h];
            if let (Some(s), Some(ce)) = (
                p.roles.source.filter(|_| p.source_override.is_none()),
                count_end,
            ) {
                let st = &v.slots[s].tokens;
                if (st.start <= ce && ce < st.end) || st.start == ce + 1 {
                    p.roles.source = None;
                    if p.roles.target.is_none() && p.target_override.is_none() {
                        p.roles.target = Some(s);
                    }
                    p.rule.push_str("+victims-not-source");
                }
            }
            // `وتسبب قصف المطار بمقتل سبعة من عناصر الحرس الثوري`: with no one else named as
            // the target (nor two sides that fought), the counted victims are
            if p.roles.target.is_none() && p.roles.between.is_none() && p.target_override.is_none()
            {
                if let Some(s) = count_end.and_then(|ce| counted_victims(v, ce, p.roles.source)) {
                    p.roles.target = Some(s);
                    p.rule.push_str("+victims-target");
                }
            }
        }
    }

    // `أدان الوزير هجمات باريس`: a city right after an attack noun is where it was, no party
    // (after a noun of a transitive act it is the target: `استهداف الرياض`)
    for p in evs.iter_mut().filter(|p| {
        p.plover == PloverType::Assault
            && !p.verbal
            && !p.entry.is_some_and(|e| triggers.entry(e).flags.gen_patient)
    }) {
        let city = |s: Option<usize>| {
            s.is_some_and(|s| v.slots[s].tokens.start == p.trig.end && roles::city_genitive(v, s))
        };
        if city(p.roles.source) {
            p.roles.source = None;
        }
        if city(p.roles.target) {
            p.roles.target = None;
        }
    }

    // --- context: figurative attacks, court sentences, background mentions
    for p in evs.iter_mut().filter(|p| !p.drop) {
        context::refine(triggers, v, p);
    }
    // a riot is a protest of the sentence: the participant word no longer stands alone
    if evs
        .iter()
        .any(|p| !p.drop && (p.rule.contains("+riot") || p.rule.contains("+protesters")))
    {
        for p in evs.iter_mut() {
            if p.plover == PloverType::Protest
                && p.entry.is_some_and(|e| triggers.entry(e).flags.agent)
            {
                p.drop = true;
            }
        }
    }
    context::link_clause(v, &mut evs);
    context::accidents(triggers, v, attack_word, &mut evs);

    let mut out = Vec::new();
    let mut sentence_features = None;
    let trigger_starts: Vec<usize> = evs.iter().map(|p| p.trig.start).collect();
    for p in evs.iter().filter(|p| !p.drop) {
        let (date, precision, date_text, historical) =
            pick_date(&dates, base, v, &p.trig, &trigger_starts, doc);
        let location = pick_place(v, &p.trig, p.plover == PloverType::Assault);
        let trig_span = v.tokens[p.trig.start]
            .span
            .cover(v.tokens[p.trig.end - 1].span);
        let info = p.cameo.info();
        let mut mode = info.mode.clone();
        let mut cameo = p.cameo;
        // mode refinements from the clause: phone calls, air strikes
        if p.plover == PloverType::Consult
            && clause_has(v, &p.trig, &["هاتف", "هاتفي", "هاتفيا", "الهاتف", "هاتفيه"])
        {
            if let Ok(c) = CameoCode::parse("041") {
                cameo = c;
                mode = c.info().mode.clone();
            }
        }
        if p.plover == PloverType::Assault
            && matches!(cameo.as_str(), "190" | "194" | "180")
            && clause_has(
                v,
                &p.trig,
                &[
                    "جوي",
                    "جويه",
                    "طائرات",
                    "طائره",
                    "الطيران",
                    "طيران",
                    "جويا",
                    "مقاتلات",
                ],
            )
        {
            if let Ok(c) = CameoCode::parse("195") {
                cameo = c;
                mode = c.info().mode.clone();
            }
        }
        let info = cameo.info();
        let anchor = infer::anchor(v, location.as_ref());
        let responsible = (p.plover == PloverType::Assault)
            .then(|| roles::responsible(v))
            .flatten()
            .filter(|&r| p.roles.target != Some(r));
        let pair_list = pairs(v, p);
        let (features, verdict) = salience_verdict(
            v,
            p,
            &evs,
            pair_list.first(),
            (date_text.is_some(), location.is_some(), historical),
            state,
            &mut sentence_features,
        );
        for (mut src, mut tgt) in pair_list {
            if src.is_none() && p.source_override.is_none() {
                // `هجوم انتحاري تبنته طالبان`: who claims the attack carried it out
                src = responsible.and_then(|r| v.slots[r].actors.first().cloned());
            }
            // `احتشد متظاهرون خارج السفارة الصينية ورددوا شعارات مناهضة للصين`, `شن رئيس جهاز
            // المخابرات هجوما على روسيا`: an act aimed at a country itself, the one country the
            // sentence names, was not done by its own people (one against its government may
            // well have been)
            let src_anchor = anchor.as_ref().filter(|a| {
                a.located
                    || !tgt
                        .as_ref()
                        .is_some_and(|t| t.sector.is_none() && t.country == Some(a.country))
            });
            if let Some(a) = src.as_mut() {
                infer::local_country(a, src_anchor);
            }
            if let Some(a) = tgt.as_mut() {
                infer::local_country(a, anchor.as_ref());
            }
            if self_target(src.as_ref(), tgt.as_ref(), analysis.text) {
                tgt = None;
            }
            let id = event_id(
                doc.id,
                sentence.index,
                trig_span,
                p.plover,
                src.as_ref().map(|a| a.antecedent.unwrap_or(a.span)),
                tgt.as_ref().map(|a| a.antecedent.unwrap_or(a.span)),
            );
            if out.iter().any(|e: &Event| e.event_id == id) {
                continue;
            }
            // An event with no participant, place, time phrase or count is a passing reference
            // (`فهل يجوز تبرير القتل والاغتيال`), not a reported event — unless a finite verb
            // or a support verb tells it (`وانفجرت خمس قذائف`, `نفذت ضربة جوية`).
            // (a toll with the time it has run since tells the event too: `وأودى القتال بحياة
            // أكثر من 500 شخص منذ اشتعاله في 27 سبتمبر`)
            let since_dated = p.rule.contains("+casualty")
                && dates.iter().any(|d| {
                    let s = d.tokens.start.saturating_sub(base);
                    s > p.trig.start
                        && v.clause.get(s) == Some(&v.clause[p.trig.start])
                        && (s.saturating_sub(5)..s).any(|k| strip_conj(&v.forms[k]) == "منذ")
                });
            let told = p.verbal && p.roles.rule != "masdar"
                || matches!(p.roles.rule, "light" | "light-invert")
                || since_dated
                || context::occurs(triggers, v, p, &trigger_starts);
            if !told
                && src.is_none()
                && tgt.is_none()
                && location.is_none()
                && date_text.is_none()
                && p.dead.is_none()
                && p.injured.is_none()
                && !crowd_subject(v, &p.trig, p.verbal)
            {
                continue;
            }
            let trigger_text = analysis.text[trig_span.start..trig_span.end].to_string();
            // after the event id: implied actors do not make new events
            if tgt.is_none() {
                tgt = infer::implied_target(p.plover, anchor.as_ref());
            }
            if src.is_none() {
                let (evidence, evidence_span) = crowd_phrase(v, &p.trig, p.verbal, analysis.text)
                    .unwrap_or((trigger_text.clone(), trig_span));
                src = infer::implied_source(p.plover, src_anchor, &evidence, evidence_span);
            }
            // `هجوم انتحاري`, `تفجير سيارة مفخخة يقودها انتحاري`: a suicide attack was made by
            // a suicide bomber
            if src.is_none() && p.plover == PloverType::Assault {
                let end = (p.trig.end + 4).min(v.forms.len());
                if let Some(k) = (p.trig.start..end)
                    .take_while(|&k| v.clause[k] == v.clause[p.trig.start])
                    .find(|&k| {
                        let f = strip_conj(&v.forms[k]);
                        // (not the target's own word: `استهدف … يقودها انتحاري`)
                        let span = v.tokens[k].span;
                        let targeted = tgt
                            .as_ref()
                            .is_some_and(|t| t.span.start <= span.start && span.end <= t.span.end);
                        f.strip_prefix("ال").unwrap_or(f).starts_with("انتحاري") && !targeted
                    })
                {
                    let span = v.tokens[k].span;
                    src = Some(infer::implied_attacker(
                        &analysis.text[span.start..span.end],
                        span,
                    ));
                }
            }
            // `أطلقت صواريخ من جنوب لبنان`: cross-border fire from a country
            if src.is_none()
                && p.plover == PloverType::Assault
                && matches!(cameo.as_str(), "194" | "195")
            {
                src = infer::launch_origin(v, &p.trig)
                    .filter(|o| tgt.as_ref().is_none_or(|t| t.country != o.country));
            }
            let denied_by = own_denial(&p.denied_by, src.as_ref());
            out.push(Event {
                doc_id: doc.id.to_string(),
                event_id: id,
                sentence: sentence.index,
                event_type: p.plover,
                mode: mode.clone(),
                cameo,
                quad_class: p.plover.quad_class(),
                goldstein: info.goldstein,
                source: src,
                target: tgt,
                date,
                date_precision: precision,
                date_text: date_text.clone(),
                location: location.clone(),
                dead: p.dead.clone(),
                injured: p.injured.clone(),
                trigger: Trigger {
                    text: trigger_text,
                    span: trig_span,
                },
                attribution: Attribution {
                    claimed_by: p.claimed_by.clone(),
                    status: p.status,
                    denied_by,
                },
                negated: p.negated,
                hypothetical: p.hypothetical,
                historical: historical || p.historical,
                background: verdict.as_ref().map_or(p.background, |v| !v.salient),
                salience: verdict.as_ref().map(|v| v.score as f32),
                rule: format!(
                    "{}{}:{}",
                    p.rule,
                    verdict.as_ref().map_or("", |v| v.note.as_str()),
                    p.roles.rule
                ),
            });
            if state.collect_features {
                state.features.push(features.clone().unwrap_or_default());
            }
        }
    }
    out
}

/// The salience model's judgement of one event.
struct Verdict {
    score: f64,
    salient: bool,
    /// Appended to `rule`: `+salient=0.81`, `+background:salience=0.12<0.40[…]`.
    note: String,
}

/// The salience features of a pending event (when collected or scored), and the model's verdict
/// for the types it covers on events neither negated nor hypothetical.
#[allow(clippy::too_many_arguments)]
fn salience_verdict<'v>(
    v: &'v View<'_>,
    p: &Pending,
    evs: &[Pending],
    pair: Option<&(Option<ActorRef>, Option<ActorRef>)>,
    (date, location, historical): (bool, bool, bool),
    state: &DocState,
    sentence_features: &mut Option<salience::SentenceFeatures<'v>>,
) -> (Option<salience::EventFeatures>, Option<Verdict>) {
    let model = state.salience.as_deref();
    let threshold = model.and_then(|m| m.threshold(p.plover));
    if threshold.is_none() && !state.collect_features {
        return (None, None);
    }
    let cand = Candidate {
        trig: p.trig.clone(),
        plover: p.plover,
        verbal: p.verbal,
        rule: &p.rule,
        roles_rule: p.roles.rule,
        status: p.status,
        historical: historical || p.historical,
        background: p.background,
        dead: p.dead.is_some(),
        injured: p.injured.is_some(),
        source: pair.and_then(|x| x.0.as_ref()),
        target: pair.and_then(|x| x.1.as_ref()),
        date,
        location,
        same_type: evs
            .iter()
            .filter(|q| !q.drop && q.plover == p.plover)
            .count(),
    };
    let shared = sentence_features.get_or_insert_with(|| salience::sentence_features(v));
    let mut feats = salience::features(v, &cand, shared);
    let verdict = match (model, threshold) {
        (Some(m), Some(th)) if !p.negated && !p.hypothetical => {
            let candidate = m.score_plus(&feats, shared.bag_weight(m, p.plover));
            // each is 0.5 without computing anything when the type has no such reader
            let q = shared.gram_probability(m, p.plover);
            let r = shared.vector_probability(m, p.plover);
            let s = m.combine(p.plover, candidate, || q, || r);
            let note = if s >= th {
                format!("+salient={s:.2}")
            } else {
                format!(
                    "+background:salience={s:.2}<{th:.2}[{}]",
                    m.strongest_negative(&feats, 2).join(",")
                )
            };
            Some(Verdict {
                score: s,
                salient: s >= th,
                note,
            })
        }
        _ => None,
    };
    if !state.collect_features {
        return (None, verdict);
    }
    feats.sort_unstable();
    feats.extend(shared.bag(p.plover));
    let grams = shared.grams();
    let vector = shared.vector().map(<[f32]>::to_vec);
    (
        Some(salience::EventFeatures {
            features: feats,
            grams,
            vector,
        }),
        verdict,
    )
}

/// Whether an event is reported or only mentioned, and what an attack word really means.
///
/// Which events are the object of the speech verb `f` (`أعلن الجيش قتل فلسطيني واعتقال آخر`):
/// Arabic needs `أن` before a finite verb there, so an event word right after the verb or its
/// subject — adverbs, dates and quotes aside (`أعلن الجيش أمس قتل`) — is a masdar the speaker
/// performs, and so is one coordinated with it by `و`. An event behind a preposition
/// (`حذرت من الهجوم`) or further on is only reported.
fn document_noun(form: &str) -> bool {
    words::is_word(form.strip_prefix("ال").unwrap_or(form), &words::DOCUMENTS)
}

/// `أفاد بيان لقيادة الجيش اللبناني`, `اتهم تقرير جديد لمنظمة العفو الدولية`, `ذكر بيان
/// الخارجية`: a document noun right after `from` (the verb), up to two adjectives after it,
/// then its author with `لـ` or in the genitive — the author's slot.
fn document_author(v: &View<'_>, from: usize) -> Option<usize> {
    let doc = (from..(from + 2).min(v.forms.len()))
        .take_while(|&k| !v.is_punct(k) && !v.slots.iter().any(|s| s.tokens.contains(&k)))
        .find(|&k| document_noun(strip_conj(&v.forms[k])))?;
    let s = v.slots.iter().position(|s| {
        s.tokens.start > doc
            && s.tokens.start <= doc + 3
            && matches!(s.prep.as_deref(), None | Some("ل" | "لل"))
    })?;
    let between_ok = (doc + 1..v.slots[s].tokens.start).all(|k| {
        let f = strip_conj(&v.forms[k]);
        !v.is_punct(k)
            && !words::is_word(f, &words::PREPOSITIONS)
            && !words::is_word(f, &words::COMPLEMENTIZERS)
    });
    // (a bare `البيان` has no author after it: `ذكر البيان الجيش …` is no genitive)
    let definite = strip_conj(&v.forms[doc]).starts_with("ال");
    (between_ok && !(definite && v.slots[s].prep.is_none())).then_some(s)
}

/// `وذكر التقرير أن …`, `وأضاف البيان`: a definite document noun right after the verb.
fn definite_document(v: &View<'_>, from: usize) -> bool {
    v.forms.get(from).is_some_and(|f| {
        let f = strip_conj(f);
        f.starts_with("ال") && document_noun(f)
    })
}

/// `يذكر أن`, `ويشار إلى أن`, `وتجدر الإشارة إلى أن`: an impersonal verb of saying.
fn impersonal_speech(v: &View<'_>, trig: &Range<usize>) -> bool {
    let f = strip_conj(&v.forms[trig.start]);
    let next = v.forms.get(trig.end).map(|n| strip_conj(n));
    let after = v.forms.get(trig.end + 1).map(|n| strip_conj(n));
    let that = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(w, "ان" | "بان") || words::is_word(w, &words::PRONOUN_COMPLEMENTIZERS)
        })
    };
    matches!(f, "يذكر" | "يشار") && (that(next) || next == Some("الي") && that(after))
}

/// `نقلت رويترز عن وزير الخارجية`, `نقلت صحيفة الأهرام عن مسؤول`: after a verb of relaying
/// (`نقل`), the actor after the `عن` that follows the speaker's slot (up to two unknown words
/// of its name between), the one quoted.
fn quoted_through(v: &View<'_>, speaker: usize) -> Option<usize> {
    let start = v.slots[speaker].tokens.start;
    let relayed = (start.saturating_sub(3)..start).any(|k| {
        let f = strip_conj(&v.forms[k]);
        f.starts_with("نقل") || f.starts_with("تنقل") || f.starts_with("ينقل")
    });
    if !relayed {
        return None;
    }
    let end = v.slots[speaker].tokens.end;
    let an = (end..(end + 3).min(v.forms.len()))
        .take_while(|&k| !v.is_punct(k))
        .find(|&k| {
            strip_conj(&v.forms[k]) == "عن"
                || v.slots
                    .iter()
                    .any(|s| s.tokens.start == k && s.prep.as_deref() == Some("عن"))
        })?;
    v.slots.iter().position(|s| {
        s.tokens.start == an + 1 && strip_conj(&v.forms[an]) == "عن"
            || s.tokens.start == an && s.prep.as_deref() == Some("عن")
    })
}

fn speech_objects(
    v: &View<'_>,
    f: &Found,
    speaker_slot: Option<usize>,
    evs: &[Pending],
) -> Vec<bool> {
    let mut order: Vec<usize> = (0..evs.len()).collect();
    order.sort_by_key(|&i| evs[i].trig.start);
    let mut objects = vec![false; evs.len()];
    let mut last_object: Option<usize> = None;
    for i in order {
        let t = evs[i].trig.start;
        if t < f.tokens.end {
            continue;
        }
        let from = speaker_slot
            .map(|s| v.slots[s].tokens.end)
            .filter(|&e| e <= t)
            .unwrap_or(f.tokens.end);
        let adjacent = (from..t).all(|k| {
            let w = strip_conj(&v.forms[k]);
            words::is_word(w, &words::ADVERBS) || w == "\"" || w == "يوم"
        });
        let coordinated = last_object.is_some_and(|o| {
            o < t
                && v.forms[t].starts_with('و')
                && strip_conj(&v.forms[t]) != v.forms[t]
                && !(o..t).any(|k| words::is_word(&v.forms[k], &words::COMPLEMENTIZERS))
        });
        if adjacent || coordinated {
            objects[i] = true;
            last_object = Some(t);
        }
    }
    objects
}

/// `واحتجزت 68 رهينة`: a count, then the word the verb's entry needs (its object by
/// definition) — the verb is active, and the count is no passive subject.
fn counted_needed_object(v: &View<'_>, trig: &Range<usize>, e: &TriggerEntry) -> bool {
    let k = trig.end;
    k + 1 < v.forms.len()
        && (v.tokens[k].kind == rasad_text::TokenKind::Number
            || words::is_word(strip_conj(&v.forms[k]), &words::QUANTITY))
        && e.needs_word(&v.forms[k + 1])
        && v.slot_at(k + 1).is_some()
}

/// Whether a one-word verb trigger is read as its verbal noun: it carries a preposition
/// proclitic its entry does not have (`بقتل`, `لاعتقال` — a finite verb takes none), or it is
/// the second term of a construct after a noun of attempt or charge (`محاولة قتل`, `بتهمة
/// خطف`).
fn masdar_reading(v: &View<'_>, trig: &Range<usize>, key: &str) -> bool {
    if trig.len() != 1 {
        return false;
    }
    let form = strip_conj(&v.forms[trig.start]);
    if ['ب', 'ل']
        .iter()
        .any(|c| form.starts_with(*c) && !key.starts_with(*c))
    {
        return true;
    }
    trig.start > 0 && {
        let prev = strip_conj(&v.forms[trig.start - 1]);
        // no finite verb follows a preposition: `عمد مسلحون إلى خطف`, `أقدموا على قتل`,
        // `بعد قتله` (a finite verb takes `أن`/`ما`: `بعد أن قتله`)
        if matches!(
            prev,
            "الي" | "علي" | "عن" | "في" | "من" | "بعد" | "قبل" | "اثر" | "عقب" | "اثناء"
        ) {
            return true;
        }
        let prev = prev.strip_prefix('ب').unwrap_or(prev);
        matches!(
            prev,
            "محاوله"
                | "محاولات"
                | "تهمه"
                | "بتهمه"
                | "جريمه"
                | "جرائم"
                | "عمليه"
                | "عمليات"
        )
    }
}

/// Whether the verb ending at `from` has no overt subject: it is followed (past adverbs, dates
/// and quotes) by a complementizer, a colon, the end of the sentence, or an actor slot (its
/// object, as in `وأضافت للصحفيين`).
fn dropped_subject(v: &View<'_>, from: usize) -> bool {
    let mut k = from;
    while k < v.forms.len() {
        let f = strip_conj(&v.forms[k]);
        if v.slot_at(k).is_some()
            || words::is_word(f, &words::COMPLEMENTIZERS)
            || words::is_word(&v.forms[k], &words::COMPLEMENTIZERS)
            || matches!(f, ":" | "." | "،" | ",")
        {
            return true;
        }
        if !(words::is_word(f, &words::ADVERBS) || f == "\"" || f == "يوم" || f.starts_with('ل'))
        {
            return false;
        }
        k += 1;
    }
    true
}

/// News sentences name many events they do not report: as the time or cause of the reported
/// one (`بعد اغتيال الحريري`), as the object of condemnation, inquiry or law (`تدين الهجوم`,
/// `التحقيق في اغتيال`, `ارتكاب اعتداء`), as a kind or a name (`سياسة الاغتيالات`,
/// `الحرب العالمية`). The cue words are data (`cue` lines of lexicon/triggers.tsv); the
/// positions they must stand in are grammar and live here.
mod context {
    use super::Pending;
    use crate::view::View;
    use crate::words::{self, strip_conj};
    use rasad_event::{CameoCode, PloverType};
    use rasad_lexicon::triggers::{CueClass, Triggers};

    /// Words a frame head may stand apart from its event noun by (`بعد ساعات من الهجوم`).
    const FRAME_GAP: usize = 2;
    /// Words between a comment verb/noun and its object (`أدانت مصر بشدة الهجوم`).
    const COMMENT_GAP: usize = 3;
    /// Words between an event noun and a verb asserting its occurrence (`وقع أمس الهجوم`).
    const OCCUR_GAP: usize = 3;
    /// Words between an event noun and the verb of its relative clause (`، الذي`).
    const RELATIVE_GAP: usize = 3;
    /// How far after an `unarmed=` verb a participle of speech shows it was said.
    const SPEECH_REACH: usize = 15;

    /// `أحرق المتظاهرون محطة وقود`, `اشتباكات بين الشرطة والمتظاهرين`: violence done by
    /// protesters — burning, clashing, attacking, throwing, firing in the air — is a riot
    /// (PLOVER PROTEST, mode riot, CAMEO 145), not an armed attack. The protesters are its
    /// source, whoever they clashed with its target. Killing is not rioting.
    use crate::roles::protester as protesters;

    fn riot(v: &View<'_>, p: &mut Pending) -> bool {
        use rasad_event::ActorRef;
        if p.plover != PloverType::Assault
            || !matches!(p.cameo.as_str(), "190" | "193" | "1712" | "183")
        {
            return false;
        }
        let src = super::actors_of(v, p, true);
        // (a noun's protesters are its own genitive, `إحراق المتظاهرين`, not the subject of
        // the sentence it is mentioned in: `ردد المتظاهرون … ضحايا التفجير`)
        let own = p.verbal
            || p.recip
            || p.roles
                .source
                .is_some_and(|s| v.slots[s].tokens.start >= p.trig.end);
        if own && !src.is_empty() && src.iter().all(protesters) {
            p.recip = false;
            return true;
        }
        // (a clash named by a noun with no party but its dead, `وقتل متظاهرون في
        // الاشتباكات`: the protesters are its victims, not rioters)
        if !p.recip || !p.verbal && src.is_empty() && p.roles.between.is_none() {
            return false;
        }
        let mut all = src;
        all.extend(super::actors_of(v, p, false));
        if let Some(b) = p.roles.between {
            all.extend(v.slots[b].actors.iter().cloned());
        }
        let (prot, mut other): (Vec<ActorRef>, Vec<ActorRef>) =
            all.into_iter().partition(protesters);
        if prot.is_empty() {
            return false;
        }
        // (`اشتبك متظاهرون مع الجيش`: whom they clashed with)
        if other.is_empty() {
            let c = v.clause[p.trig.start];
            if let Some(s) = v.slots.iter().find(|s| {
                s.tokens.start >= p.trig.end
                    && v.clause[s.tokens.start] == c
                    && s.prep.as_deref() == Some("مع")
            }) {
                other = s.actors.clone();
            }
        }
        p.source_override = Some(prot);
        p.target_override = Some(other);
        p.recip = false;
        true
    }

    /// `حاصر المتظاهرون مبنى الأمن`, `اقتحم المتظاهرون البرلمان`: protesters besieging a
    /// building obstruct it (CAMEO 144), storming it is a riot (145): a protest, not the
    /// coercion of a state. The CAMEO code it becomes, if it is one.
    fn protesters_coerce(v: &View<'_>, p: &Pending) -> Option<&'static str> {
        if p.plover != PloverType::Coerce {
            return None;
        }
        let code = match p.cameo.as_str() {
            "191" => "144",
            "171" | "192" => "145",
            _ => return None,
        };
        let src = super::actors_of(v, p, true);
        (!src.is_empty() && src.iter().all(protesters)).then_some(code)
    }

    pub(super) fn refine(triggers: &Triggers, v: &View<'_>, p: &mut Pending) {
        // the event is another one than its trigger's entry says: code, type and the reason
        fn recode(p: &mut Pending, code: &str, plover: PloverType, why: &str) {
            if let Ok(c) = CameoCode::parse(code) {
                p.cameo = c;
                p.plover = plover;
                p.rule.push_str(why);
            }
        }
        if figurative(triggers, v, p) {
            recode(p, "111", PloverType::Accuse, "+figurative");
            return;
        }
        if let Some(c) = armed_code(triggers, v, p) {
            let plover = c.info().plover.unwrap_or(p.plover);
            recode(p, c.as_str(), plover, "+armed-gathering");
            return;
        }
        if riot(v, p) {
            recode(p, "145", PloverType::Protest, "+riot");
            return;
        }
        if let Some(code) = protesters_coerce(v, p) {
            recode(p, code, PloverType::Protest, "+protesters");
            return;
        }
        if let Some(c) = unarmed_code(triggers, v, p) {
            let plover = c.info().plover.unwrap_or(p.plover);
            recode(p, c.as_str(), plover, "+unarmed-subject");
            return;
        }
        // (the court of a verdict set off from its sentence by a comma: `قضت محكمة أميركية،
        // الجمعة، بالسجن`)
        if p.roles.source.is_none() {
            if let Some(k) = verdict(v, p) {
                p.roles.source = crate::roles::vso_subject(v, k + 1, k).filter(|&s| {
                    Some(s) != p.roles.target && v.slots[s].tokens.end <= p.trig.start
                });
            }
        }
        if court_sentence(v, p) {
            recode(p, "173", PloverType::Coerce, "+sentence");
            return;
        }
        if let Some(why) = background(triggers, v, p) {
            p.background = true;
            p.rule.push_str(why);
        }
    }

    /// `هجوم إعلامي`, `شن هجوما لاذعا على`, `هاجم الوزير تصريحات …`: an attack (CAMEO 190)
    /// whose modifier or object is verbal or abstract is criticism.
    fn figurative(triggers: &Triggers, v: &View<'_>, p: &Pending) -> bool {
        if p.cameo.as_str() != "190" {
            return false;
        }
        let c = v.clause[p.trig.start];
        let mut seen = 0;
        let mut k = p.trig.end;
        while k < v.forms.len() && seen < 3 && v.clause[k] == c {
            if v.is_punct(k) {
                break;
            }
            if let Some(s) = v.slots.iter().find(|s| s.tokens.start == k) {
                // the subject of a verb (`هاجم الوزير …`) is skipped; after a noun, a
                // person or country is the target: nothing figurative there
                if !p.verbal {
                    return false;
                }
                k = s.tokens.end;
                seen += 1;
                continue;
            }
            if triggers.cue(&v.forms[k], CueClass::Figurative) {
                return true;
            }
            k += 1;
            seen += 1;
        }
        false
    }

    /// A verb of occurrence or effect near the event word, in its clause (`وقع الهجوم`,
    /// `ارتفعت حدة الاحتجاجات`, `أسفر الانفجار عن`); not at the positions in `skip` (other
    /// event words: `القتل والاغتيال` do not report each other).
    /// `حكمت محكمة مصرية على الناشط بالسجن`, `قضت المحكمة، الجمعة، بإعدام …`: a sentence
    /// noun with its `بـ` after a verb of verdict earlier in the sentence is what the court
    /// decided — reported, not presupposed. Returns the verb (or `حكم` noun) of the verdict.
    fn verdict(v: &View<'_>, p: &Pending) -> Option<usize> {
        let form = strip_conj(&v.forms[p.trig.start]);
        if !matches!(p.cameo.as_str(), "173" | "1823" | "0841" | "111") || !form.starts_with('ب') {
            return None;
        }
        const VERDICT: &[&str] = &[
            "حكم",
            "حكمت",
            "حكموا",
            "يحكم",
            "تحكم",
            "قضت",
            "قضي",
            "قضوا",
            "يقضي",
            "تقضي",
            "حكما",
            "احكاما",
            "احكام",
        ];
        (p.trig.start.saturating_sub(14)..p.trig.start)
            .rev()
            .find(|&k| VERDICT.contains(&strip_conj(&v.forms[k])))
    }

    pub(super) fn occurs(triggers: &Triggers, v: &View<'_>, p: &Pending, skip: &[usize]) -> bool {
        let start = p.trig.start;
        let c = v.clause[start];
        (start.saturating_sub(OCCUR_GAP)..(p.trig.end + OCCUR_GAP).min(v.forms.len()))
            .filter(|&k| !p.trig.contains(&k) && v.clause[k] == c && !skip.contains(&k))
            .any(|k| triggers.cue(&v.forms[k], CueClass::Occur))
    }

    /// `قتل 40 شخصا في تحطم طائرة`, `مصرع 12 في حادث سير`, `غرق مهاجرين`: in a sentence with
    /// an accident or disaster word and no attack word, deaths and injuries that no one is
    /// said to have caused are no events (PLOVER codes what actors do, not misfortune).
    /// `attack_word`: the sentence matched an attack word that is no casualty word, kept or
    /// not (`قتل سبعة في قصف`: the shelling is absorbed by the killing).
    pub(super) fn accidents(
        triggers: &Triggers,
        v: &View<'_>,
        attack_word: bool,
        evs: &mut [Pending],
    ) {
        let casualty = |p: &Pending| p.entry.is_some_and(|e| triggers.entry(e).flags.casualty);
        // `دمرت صواعق ورياح جدرانا`: a disaster right after a verb is its subject
        for p in evs.iter_mut().filter(|p| !p.drop && p.verbal) {
            if p.plover == PloverType::Assault
                && v.forms
                    .get(p.trig.end)
                    .is_some_and(|n| triggers.cue(n, CueClass::Accident))
            {
                p.drop = true;
            }
        }
        if attack_word
            || !evs.iter().any(|p| !p.drop && casualty(p))
            || !(0..v.forms.len()).any(|k| triggers.cue(&v.forms[k], CueClass::Accident))
        {
            return;
        }
        // (a bare country or place is where it happened, no one causing it: `تحطمت ثلاث طائرات
        // في لاس فيغاس وكاليفورنيا وجيبوتي ما أسفر عن أربعة قتلى`)
        let no_agent = |s: Option<usize>| {
            s.is_none_or(|s| v.slots[s].actors.iter().all(|a| a.sector.is_none()))
        };
        for p in evs.iter_mut().filter(|p| !p.drop && casualty(p)) {
            if no_agent(p.roles.source) && p.source_override.is_none() {
                p.drop = true;
            }
        }
    }

    /// `احتشدت القوات على الحدود`, `القوات اليمنية التي احتشدت جنوبي المدينة`: a trigger with an
    /// `armed=` code in triggers.tsv (`احتشد`, `تجمع` → 154) whose subject is armed (its own, or
    /// the antecedent of the relative pronoun before it, which then becomes its source) takes
    /// that code: a build-up of force, not a protest; troops cutting roads (`تعمل وحدات الجيش
    /// على قطع طرق الإمداد`) impose a blockade (191), they do not protest.
    fn armed_code(triggers: &Triggers, v: &View<'_>, p: &mut Pending) -> Option<CameoCode> {
        let code = p.entry.and_then(|e| triggers.entry(e).armed)?;
        let all_armed = |a: &[rasad_event::ActorRef]| {
            !a.is_empty() && a.iter().all(|a| a.sector.is_some_and(|s| s.is_armed()))
        };
        if let Some(o) = &p.source_override {
            return all_armed(o).then_some(code);
        }
        let armed = |s: usize| all_armed(&v.slots[s].actors);
        let start = p.trig.start;
        let antecedent = || {
            (start > 0
                && words::is_word(strip_conj(&v.forms[start - 1]), &words::RELATIVE_PRONOUNS))
            .then(|| v.slots.iter().rposition(|s| s.tokens.end == start - 1))
            .flatten()
        };
        let s = p.roles.source.or_else(antecedent).filter(|&s| armed(s))?;
        p.roles.source = Some(s);
        Some(code)
    }

    /// `هاجم الرئيس التركي المعارضة`, `هاجمت الصحيفة الحكومة`: a verb with an `unarmed=` code
    /// in triggers.tsv whose subject is a civic actor ([`rasad_event::Sector::is_civic`]; of
    /// the government only a person — a title or a named official — not `الحكومة` or
    /// `النظام`, whose attacks may be armed) takes that code: criticism (111), not an assault.
    /// So does a noun with that code launched (`شن`) by such an actor, or told by its tone
    /// (`هجوما حادا`).
    fn unarmed_code(triggers: &Triggers, v: &View<'_>, p: &Pending) -> Option<CameoCode> {
        let code = p.entry.and_then(|e| triggers.entry(e).unarmed)?;
        if p.source_override.is_some() {
            return None;
        }
        if p.verbal {
            // `هاجم … أردوغان مشيرا إلى أن …`: an attack followed by what its subject said is
            // made in words, whoever the subject is
            let speaking = (p.trig.end..v.forms.len().min(p.trig.end + SPEECH_REACH))
                .take_while(|&k| !matches!(v.forms[k].as_str(), "." | "؟" | "!"))
                .any(|k| words::is_word(strip_conj(&v.forms[k]), &words::SPEECH_PARTICIPLES));
            if speaking {
                return Some(code);
            }
            // (a subject found right after the verb or as the relative's antecedent: one
            // looked for further back may be anything, `دخلوا مسجدا … وهاجموا`)
            if !matches!(p.roles.rule, "vso" | "relative-subject") {
                return None;
            }
        } else {
            // `شن الوزير هجوما حادا على الصحيفة`: a noun attack described by its tone is made
            // in words; so is one launched (`شن`) by a civic person, unless a word of kind
            // follows (`هجوما كيمياويا`, `هجمات إلكترونية`) or it killed or wounded
            let next = |k: usize| v.forms.get(p.trig.end + k).map(|f| strip_conj(f));
            let tone = (0..2).any(|k| {
                next(k).is_some_and(|f| {
                    matches!(
                        f,
                        "حادا" | "حاد" | "لاذعا" | "لاذع" | "كلاميا" | "اعلاميا" | "اللهجه"
                    )
                })
            });
            if tone {
                return Some(code);
            }
            let kind = next(0).is_some_and(|f| f.ends_with("يا") || f.ends_with("يه"));
            let launched = (p.trig.start.saturating_sub(8)..p.trig.start).any(|k| {
                matches!(
                    strip_conj(&v.forms[k]),
                    "شن" | "شنت" | "يشن" | "تشن" | "شنوا"
                )
            });
            if p.roles.rule != "light"
                || !launched
                || kind
                || p.dead.is_some()
                || p.injured.is_some()
            {
                return None;
            }
        }
        let s = p.roles.source?;
        let person = v.is_person(s);
        let actors = &v.slots[s].actors;
        let civic = !actors.is_empty()
            && actors.iter().all(|a| {
                a.sector
                    .is_some_and(|x| x.is_civic() && (x != rasad_event::Sector::Gov || person))
            });
        civic.then_some(code)
    }

    /// `حكم عليه بالإعدام`, `الأحكام الصادرة بالإعدام`: "to death" with `بـ` is a court
    /// sentence (coerce), not an execution.
    fn court_sentence(v: &View<'_>, p: &Pending) -> bool {
        p.cameo.as_str() == "1823"
            && !p.verbal
            && strip_conj(&v.forms[p.trig.start]).starts_with('ب')
    }

    /// Links between the events of a clause, after each was judged on its own:
    /// - `أدانت مصر الهجوم الذي استهدف السفارة`: a verb in a relative clause of a noun that is
    ///   background for a stated reason (time, comment, kind) describes that event: background;
    /// - `سيارة مفخخة انفجرت`, `هجوما بالقذائف نفذ`: a bare noun next to a reported verb of its
    ///   type is asserted by that verb: not presupposed.
    pub(super) fn link_clause(v: &View<'_>, evs: &mut [Pending]) {
        let heads: Vec<(usize, PloverType)> = evs
            .iter()
            .filter(|p| !p.drop && p.background && !p.verbal && !p.rule.contains("presupposed"))
            .filter(|p| !p.rule.contains("anaphoric") && !p.rule.contains(":weak"))
            .map(|p| (p.trig.end, p.plover))
            .collect();
        for p in evs
            .iter_mut()
            .filter(|p| !p.drop && p.verbal && !p.background)
        {
            if p.dead.is_some() || p.injured.is_some() {
                continue;
            }
            let described = heads.iter().any(|&(end, plover)| {
                plover == p.plover
                    && end <= p.trig.start
                    && p.trig.start - end <= RELATIVE_GAP
                    && (end..p.trig.start)
                        .any(|k| words::is_word(&v.forms[k], &words::RELATIVE_PRONOUNS))
                    && (end..p.trig.start).all(|k| {
                        !v.slots.iter().any(|s| s.tokens.contains(&k))
                            && (!v.is_punct(k) || v.forms[k] == "," || v.forms[k] == "،")
                    })
            });
            if described {
                p.background = true;
                p.rule.push_str("+background:relative");
            }
        }
        // `الزعيم الذي اغتالته إسرائيل قبل عامين`: a verb inside a relative clause describes
        // the noun it hangs on, while the main clause reports something else — unless it
        // hangs on a reported event noun of its type (`هجوم انتحاري استهدف …`, `الهجوم الذي
        // وقع أمس`) or counts its own casualties
        let reported_nouns: Vec<(usize, PloverType)> = evs
            .iter()
            .filter(|p| !p.drop && !p.verbal && !p.background)
            .map(|p| (p.trig.end, p.plover))
            .collect();
        for p in evs
            .iter_mut()
            .filter(|p| !p.drop && p.verbal && !p.background)
        {
            if p.dead.is_some() || p.injured.is_some() {
                continue;
            }
            let Some(r) = super::relative_before(v, p.trig.start) else {
                continue;
            };
            let on_event = reported_nouns
                .iter()
                .any(|&(end, plover)| plover == p.plover && end <= r && r - end <= 2);
            if !on_event {
                p.background = true;
                p.rule.push_str("+background:relative-clause");
            }
        }
        // `مناطق تسيطر عليها قوات سوريا الديموقراطية`, `الأراضي التي تحتلها إسرائيل`: the
        // imperfect of taking control or occupying is holding it, a state, not the seizure
        // (CAMEO 192 is the act: `سيطرت القوات على المدينة`)
        for p in evs
            .iter_mut()
            .filter(|p| !p.drop && p.verbal && !p.background && p.cameo.as_str() == "192")
        {
            let f = strip_conj(&v.forms[p.trig.start]);
            let f = f.strip_prefix('س').unwrap_or(f);
            if ["يسيطر", "تسيطر", "يحتل", "تحتل"]
                .iter()
                .any(|i| f.starts_with(i))
            {
                p.background = true;
                p.rule.push_str("+background:state");
            }
        }
        let verbs: Vec<(std::ops::Range<usize>, PloverType)> = evs
            .iter()
            .filter(|p| !p.drop && p.verbal && !p.background && !p.negated && !p.hypothetical)
            .map(|p| (p.trig.clone(), p.plover))
            .collect();
        for p in evs
            .iter_mut()
            .filter(|p| p.background && p.rule.ends_with("presupposed"))
        {
            let c = v.clause[p.trig.start];
            let asserted = verbs.iter().any(|(t, plover)| {
                *plover == p.plover
                    && v.clause[t.start] == c
                    && (t.start.abs_diff(p.trig.end) <= OCCUR_GAP
                        || p.trig.start.abs_diff(t.end) <= OCCUR_GAP)
            });
            if asserted {
                p.background = false;
                p.rule.push_str("+asserted");
            }
        }
    }

    /// The reason an event is background, if it is.
    fn background(triggers: &Triggers, v: &View<'_>, p: &Pending) -> Option<&'static str> {
        // a verb reports; a noun with its own casualty count reports too
        // (`مقتل 5 إثر انفجار`, `قتلى في هجوم`)
        let c = v.clause[p.trig.start];
        let start = p.trig.start;
        // unvocalized `خطف`, `قتل` right after a preposition or a frame/comment head is a
        // masdar (`بسبب خطف جندي`, `من قتل النساء`), not a finite verb
        let masdar = p.verbal
            && start > 0
            && v.clause[start - 1] == c
            && (words::is_word(strip_conj(&v.forms[start - 1]), &words::PREPOSITIONS)
                || triggers.cue(&v.forms[start - 1], CueClass::Frame)
                || triggers.cue(&v.forms[start - 1], CueClass::Comment));
        if p.verbal && !masdar || p.dead.is_some() || p.injured.is_some() {
            return None;
        }
        // a weak noun alone (`صواريخ`, `حرب`, `عنف`) names weapons or a state of affairs;
        // protest words (`هتافات`, `لافتات`) are the protest's own acts
        if p.plover != PloverType::Protest && p.entry.is_some_and(|e| triggers.entry(e).flags.weak)
        {
            return Some("+background:weak");
        }
        let is_slot = |k: usize| v.slots.iter().any(|s| s.tokens.contains(&k));
        // a frame head right before the noun, or up to two plain words before it
        for k in (start.saturating_sub(FRAME_GAP + 1)..start).rev() {
            if v.clause[k] != c || v.is_punct(k) || is_slot(k) {
                break;
            }
            // `من قبل` introduces an agent, not a time
            if k > 0 && strip_conj(&v.forms[k]) == "قبل" && strip_conj(&v.forms[k - 1]) == "من"
            {
                continue;
            }
            if triggers.cue(&v.forms[k], CueClass::Frame) {
                return Some("+background:frame");
            }
        }
        // a comment head before the noun, an actor (its subject) counting as one word
        let mut k = start;
        let mut seen = 0;
        while k > 0 && seen <= COMMENT_GAP {
            k -= 1;
            if matches!(
                v.forms[k].as_str(),
                "." | "," | "،" | ":" | "؛" | ";" | "?" | "؟"
            ) {
                break;
            }
            if let Some(s) = v.slots.iter().find(|s| s.tokens.contains(&k)) {
                k = s.tokens.start;
                seen += 1;
                continue;
            }
            if v.is_punct(k) {
                continue;
            }
            if triggers.cue(&v.forms[k], CueClass::Comment) {
                return Some("+background:comment");
            }
            seen += 1;
        }
        // `المتظاهرون`: a definite participant word refers back to a protest already told
        if p.entry.is_some_and(|e| triggers.entry(e).flags.agent) {
            return strip_conj(&v.forms[start])
                .starts_with("ال")
                .then_some("+background:anaphoric");
        }
        // `الحرب العالمية`, `الهجمات الأخيرة`, `الحرب على الإرهاب`
        for k in p.trig.end..(p.trig.end + 2).min(v.forms.len()) {
            if v.clause[k] != c || v.is_punct(k) {
                break;
            }
            if triggers.cue(&v.forms[k], CueClass::Generic) {
                return Some("+background:generic");
            }
        }
        // a bare event noun is presupposed: reported only with a support verb (`شن هجوما`),
        // a verb of occurrence or effect near it (`وقع الهجوم`, `أسفر الانفجار عن`), a merged
        // kill/injure word, or an announcement of the act (`أعلن الجيش قتل …`)
        let form = strip_conj(&v.forms[start]);
        let prev_punct = start == 0 || v.is_punct(start - 1) || v.clause[start - 1] != c;
        let supported = matches!(p.roles.rule, "light" | "light-invert")
            || p.rule.contains("+casualty")
            || p.rule.contains("+announced")
            // a headline or dateline item (`* 21 مايو 2005: اغتيال …`) is a nominal report
            || prev_punct
            // an indefinite accusative is the object or adverbial of a verb (`نفذوا هجوما`,
            // `خرجوا احتجاجا`), a purpose `لـ` protest is the act itself (`نزلوا للاحتجاج`)
            || !form.starts_with("ال") && form.ends_with('ا') && form.chars().count() > 3
            || p.plover == PloverType::Protest && form.starts_with("لل")
            // `قال الرئيس خلال لقائه نظيره`, `خلال اتصال هاتفي مع`: a meeting as the setting of
            // what was said took place
            // (not `من خلال المفاوضات`, "through" them)
            || p.plover == PloverType::Consult
                && start > 0
                && matches!(strip_conj(&v.forms[start - 1]), "خلال" | "اثناء")
                && !(start > 1 && strip_conj(&v.forms[start - 2]) == "من")
            || verdict(v, p).is_some();
        if !supported && !occurs(triggers, v, p, &[]) {
            return Some("+background:presupposed");
        }
        None
    }
}

/// `تظاهر أمس مئات …`, `تجمع نحو 40 شخصا`: a verb whose subject is a counted crowd reports
/// an event even when no actor of the lexicon is named.
fn crowd_subject(v: &View<'_>, trig: &Range<usize>, verbal: bool) -> bool {
    crowd_at(v, trig, verbal).is_some()
}

/// Where the crowd count after a verb starts (`تظاهر أمس مئات`, `تجمع نحو 200`).
fn crowd_at(v: &View<'_>, trig: &Range<usize>, verbal: bool) -> Option<usize> {
    if !verbal {
        return None;
    }
    let c = v.clause[trig.start];
    (trig.end..(trig.end + 4).min(v.forms.len()))
        .take_while(|&k| v.clause[k] == c)
        .find(|&k| {
            v.tokens[k].kind == rasad_text::TokenKind::Number
                || words::is_word(strip_conj(&v.forms[k]), &words::CROWD)
        })
}

/// The text and span of the crowd count that is a verb's subject (`الآلاف`, `نحو مائة`), the
/// evidence of an implied protester source.
fn crowd_phrase(
    v: &View<'_>,
    trig: &Range<usize>,
    verbal: bool,
    text: &str,
) -> Option<(String, rasad_text::Span)> {
    let k = crowd_at(v, trig, verbal)?;
    let end = crate::numbers::parse_quantity(v.tokens, k)
        .map(|q| q.tokens.end)
        .filter(|&e| e > k)
        .unwrap_or(k + 1);
    let span = rasad_text::Span::new(v.tokens[k].span.start, v.tokens[end - 1].span.end);
    Some((text.get(span.start..span.end)?.to_string(), span))
}

/// An actor named in the singular: a country, or a feminine singular noun (`محكمة`,
/// `الحكومة`, `وزارة`).
/// `نطالب`, `ندين`, `رفضنا`: a verb form of the first person plural: the imperfect turned
/// into the third person (`يطالب`, `يدين`) is a form of the same entry, or the perfect is the
/// entry's own with `نا`.
fn first_person_verb(triggers: &Triggers, v: &View, tokens: &Range<usize>, entry: u32) -> bool {
    if tokens.len() != 1 {
        return false;
    }
    let form = strip_conj(&v.forms[tokens.start]);
    let third = if let Some(rest) = form.strip_prefix('ن') {
        // (`ندد`, `نفى` are perfects: `يدد`, `يفي` are no forms of theirs)
        format!("ي{rest}")
    } else if let Some(stem) = form.strip_suffix("نا") {
        // only on the perfect itself: `تهاجمنا`, `دعانا` ("attacks us", "invited us") are
        // other persons with an object pronoun
        return stem == triggers.entry(entry).key();
    } else {
        return false;
    };
    triggers
        .find_forms(&[third], &[false])
        .iter()
        .any(|m| m.entry == entry)
}

/// A verb form marked for a feminine singular subject: the perfect in `ت` (`طردت` of `طرد`)
/// or the imperfect in `ت` (`تطرد`, `ستطرد`; a key in `ت` has its imperfect in `تت`).
fn feminine_verb(form: &str, key: &str) -> bool {
    let f = strip_conj(form);
    if f.strip_prefix(key) == Some("ت") {
        return true;
    }
    let f = f.strip_prefix('س').unwrap_or(f);
    if key.starts_with('ت') {
        f.starts_with("تت")
    } else {
        f.starts_with('ت') && !f.starts_with(key) && f.chars().count() > key.chars().count()
    }
}

/// A verb form marked for a masculine singular subject: the bare perfect (`دعا`, `اتهم`), with
/// an object pronoun (`اتهمه`), or the imperfect in `ي` (`يتهم`, `سيدعو`).
fn masculine_verb(form: &str, key: &str) -> bool {
    let f = strip_conj(form);
    // (a bare three-letter perfect is also the verbal noun, `دعم الحكومة` "the government's
    // support", whose genitive is its agent)
    let derived = key.chars().count() >= 4 || key.ends_with('ا');
    if f == key && derived
        || f.strip_prefix(key)
            .is_some_and(|p| matches!(p, "ه" | "ها" | "هم"))
    {
        return true;
    }
    // (the future `س`, not a root's own: `سيطرت` is no `يطرت`)
    let f = if key.starts_with('س') {
        f
    } else {
        f.strip_prefix('س').unwrap_or(f)
    };
    f.starts_with('ي') && !key.starts_with('ي') && !f.ends_with("ون") && !f.ends_with("ان")
}

/// A slot headed by a feminine singular noun in `ة` (`الحكومة`, `امرأة`, `الشرطة`), not a
/// person's name (`أسامة`) and not a plural in `ات`.
fn feminine_singular(v: &View, s: usize) -> bool {
    let slot = &v.slots[s];
    let head = strip_conj(&v.forms[slot.tokens.start]);
    let surface = &v.tokens[slot.tokens.start].norm;
    let bare = head.strip_prefix("ال").unwrap_or(head);
    slot.actors.len() == 1
        && !person_slot(v, s)
        // (broken plurals of men in `ة`: `القضاة`, `الطلبة`, `الولاة`)
        && !matches!(bare, "قضاه" | "طلبه" | "ولاه" | "دعاه" | "غزاه" | "رماه" | "بغاه" | "حماه" | "عصاه")
        && head.ends_with('ه')
        && surface.ends_with('ة')
        && head.chars().count() > 3
}

/// A slot headed by a masculine singular title (`السفير`, `الرئيس`, `وزير الخارجية`).
fn masculine_title(v: &View, s: usize) -> bool {
    let slot = &v.slots[s];
    let head = strip_conj(&v.forms[slot.tokens.start]);
    let head = head.strip_prefix("ال").unwrap_or(head);
    slot.actors.len() == 1
        && matches!(
            head,
            "رييس"
                | "وزير"
                | "سفير"
                | "زعيم"
                | "قايد"
                | "متحدث"
                | "ناطق"
                | "مبعوث"
                | "ملك"
                | "امير"
                | "نايب"
                | "مدير"
                | "محافظ"
                | "مستشار"
                | "مندوب"
                | "قنصل"
                | "سلطان"
        )
}

/// Whether a slot names a person (`بوتين`, `الرئيس الروسي فلاديمير بوتين`).
/// The slot of the victims a casualty count ending at token `ce` counts: the slot holding the
/// count, or the one right after it (`خمسة جنود`), or after a partitive `من` and a head such
/// as `عناصر` (`سبعة من عناصر الحرس الثوري`) — never `not` (the event's source).
fn counted_victims(v: &View<'_>, ce: usize, not: Option<usize>) -> Option<usize> {
    let partitive = v.forms.get(ce + 1).is_some_and(|f| f == "من");
    let headed = partitive
        && v.forms
            .get(ce + 2)
            .is_some_and(|f| words::is_word(f, &words::CONSTRUCT_HEADS));
    (0..v.slots.len()).find(|&s| {
        let sl = &v.slots[s];
        let start = sl.tokens.start;
        Some(s) != not
            && (start <= ce && ce < sl.tokens.end
                || start == ce + 1 && matches!(sl.prep.as_deref(), None | Some("من"))
                || partitive && start == ce + 2
                || headed && start == ce + 3)
    })
}

/// The preposition that introduces an entry's target, if it has one (`btarget`: `بـ`,
/// `antarget`: `عن`).
fn object_prep(e: &TriggerEntry) -> Option<&'static str> {
    if e.flags.btarget {
        Some("ب")
    } else if e.flags.antarget {
        Some("عن")
    } else {
        None
    }
}

/// A slot of one word that is a country's adjective, which the lexicon codes as the country
/// itself (`سلوك إيراني`) — not a name in `ي` (`ساركوزي`): no subject that later dropped
/// subjects refer to.
fn lone_nisba(v: &View, s: usize) -> bool {
    let f = strip_conj(&v.forms[v.slots[s].tokens.start]);
    v.slots[s].tokens.len() == 1
        && v.slots[s].actors.iter().all(|a| {
            a.sector.is_none()
                && a.country
                    .is_some_and(|c| a.id.as_deref() == Some(c.as_str()))
        })
        && ["ي", "يه"].iter().any(|e| f.ends_with(e))
}

/// `وعرضت فيه الولايات المتحدة مسودتها، وطالبت …`, `وشارك الوزير في المؤتمر، واتهم …`: the
/// subjects of verbs that are no trigger, which later dropped subjects refer to as much as an
/// event's — the actor right after a clause's first word when that word reads as a finite verb
/// (the sentence's first word, or one with `و`/`ف` after a punctuation mark; no article, no
/// preposition or particle, no plural ending, which takes no subject after it), with at most a
/// resumptive `فيه`/`فيها` or `أمس` between. Each as (the verb's token, the slot).
fn plain_subjects(v: &View<'_>, trigger_tokens: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, slot) in v.slots.iter().enumerate() {
        if slot.prep.is_some()
            || slot.actors.is_empty()
            || slot.actors.iter().any(|a| a.antecedent.is_some())
            || lone_nisba(v, s)
        {
            continue;
        }
        let mut j = slot.tokens.start;
        // (the raw form: `فيه` would lose its `ف` as a conjunction)
        while j > 0 && matches!(v.forms[j - 1].as_str(), "فيه" | "فيها" | "امس") {
            j -= 1;
        }
        let Some(j) = j.checked_sub(1) else { continue };
        let form = &v.forms[j];
        // (`وصل`: a root's own `و` is no conjunction)
        let f = Some(strip_conj(form))
            .filter(|f| f.chars().count() >= 3)
            .unwrap_or(form);
        let opens = j == 0
            || (form.starts_with('و') || form.starts_with('ف'))
                && form != f
                && matches!(v.forms[j - 1].as_str(), "،" | "," | "." | ":" | "؛" | "\"");
        let verb_like = f.chars().count() >= 3
            && f.chars().all(char::is_alphabetic)
            && !f.starts_with("ال")
            && !f.ends_with('ه')
            && !words::plural_verb(form)
            && !words::is_word(f, &words::PREPOSITIONS)
            && !words::is_word(f, &words::PARTICLES)
            && !words::is_word(f, &words::ADVERBS)
            && !words::is_word(f, &words::COMPLEMENTIZERS)
            && !words::is_word(f, &words::QUANTITY)
            && v.slot_at(j).is_none()
            && !trigger_tokens.contains(&j);
        if opens && verb_like {
            out.push((j, s));
        }
    }
    out
}

fn person_slot(v: &View, s: usize) -> bool {
    let t = &v.slots[s].tokens;
    v.persons.iter().any(|p| p.start < t.end && t.start < p.end)
}

fn singular_actor(a: &ActorRef) -> bool {
    if a.sector.is_none() && a.country.is_some_and(|c| c.is_iso()) {
        return true;
    }
    let t = rasad_text::Normalizer::matching().normalize_str(&a.text);
    let first = t.split_whitespace().next().unwrap_or_default();
    let first = strip_conj(first);
    first.chars().count() > 3 && first.ends_with('ه')
}

/// `نفى كل جانب انتهاك …`: when each party denies its own act, the record of A's act is denied
/// by A alone.
fn own_denial(denied_by: &[ActorRef], source: Option<&ActorRef>) -> Vec<ActorRef> {
    match source {
        Some(s) if denied_by.len() > 1 => {
            let own: Vec<ActorRef> = denied_by
                .iter()
                .filter(|d| d.span == s.span && d.country == s.country)
                .cloned()
                .collect();
            if own.is_empty() {
                denied_by.to_vec()
            } else {
                own
            }
        }
        _ => denied_by.to_vec(),
    }
}

fn same_actor(a: &ActorRef, b: &ActorRef) -> bool {
    match (&a.id, &b.id) {
        (Some(x), Some(y)) => x == y,
        _ => a.country == b.country && a.sector == b.sector && a.name == b.name,
    }
}

/// `منع الأمن السوداني وقفة احتجاجية` (one mention read as both sides), `رفضت وزارة الدفاع
/// الأميركية "البنتاغون"`, `أدانت حركة المقاومة الإسلامية #حماس`: a target that is the source's
/// own mention, or names it again right after it (an apposition set off by a quote, bracket,
/// hashtag or comma, with the same codes; with the same entry, by a space too), is no target.
/// Pair anaphors (`البلدين`, `الجماعتين`) share a mention but not their antecedents, and stay.
/// (`pairs` already drops the same actor read twice; this check runs after the local country
/// is inferred and looks at the original text between the two mentions.)
fn self_target(src: Option<&ActorRef>, tgt: Option<&ActorRef>, text: &str) -> bool {
    let (Some(s), Some(t)) = (src, tgt) else {
        return false;
    };
    if s.country != t.country || s.sector != t.sector {
        return false;
    }
    if s.span == t.span {
        // (`الجماعتين` after two groups of one code: two antecedents, two parties)
        return s.antecedent == t.antecedent && s.id == t.id;
    }
    let Some(gap) = text.get(s.span.end..t.span.start) else {
        return false;
    };
    let marks = |c: char| matches!(c, '"' | '«' | '»' | '(' | ')' | '#' | '،' | ',' | '-');
    gap.chars().all(|c| c.is_whitespace() || marks(c))
        && (gap.chars().any(marks) || s.id.is_some() && s.id == t.id)
}

/// The actors of a role (source when `source`), overrides first.
fn actors_of(v: &View<'_>, p: &Pending, source: bool) -> Vec<ActorRef> {
    let (ov, slot) = if source {
        (&p.source_override, p.roles.source)
    } else {
        (&p.target_override, p.roles.target)
    };
    if let Some(o) = ov {
        return o.clone();
    }
    slot.map(|s| v.slots[s].actors.clone()).unwrap_or_default()
}

/// One (source, target) pair per actor combination; reciprocal forms give both directions.
fn pairs(v: &View<'_>, p: &Pending) -> Vec<(Option<ActorRef>, Option<ActorRef>)> {
    let src = actors_of(v, p, true);
    // (one slot read as both source and target, `عمليات القصف الإيراني والتركي`, is the
    // source: its actors are no pairs of one another)
    let same_slot = p.source_override.is_none()
        && p.target_override.is_none()
        && p.roles.target.is_some()
        && p.roles.target == p.roles.source;
    let tgt = if same_slot {
        Vec::new()
    } else {
        actors_of(v, p, false)
    };
    let each = p.roles.source.is_some_and(|s| v.slots[s].each) && p.source_override.is_none();
    let mut out: Vec<(Option<ActorRef>, Option<ActorRef>)> = Vec::new();
    let both = |list: &[ActorRef], out: &mut Vec<_>| {
        for (i, a) in list.iter().enumerate() {
            for (j, b) in list.iter().enumerate() {
                if i != j {
                    out.push((Some(a.clone()), Some(b.clone())));
                }
            }
        }
    };
    if each && src.len() >= 2 && tgt.is_empty() {
        both(&src, &mut out);
        return out;
    }
    if src.is_empty() && tgt.is_empty() {
        // (a `بين` phrase further on may be another noun's: `تسبب اعتقال برونسون في أزمة بين
        // الولايات المتحدة وتركيا` — only a reciprocal event reaches it)
        let own = |b: usize| p.recip || v.slots[b].tokens.start <= p.trig.end + 2;
        if let Some(b) = p.roles.between.filter(|&b| own(b)) {
            both(&v.slots[b].actors, &mut out);
            if !out.is_empty() {
                return out;
            }
        }
    }
    // `اتفق بوتين ونظيره الفرنسي على …`: two or more parties of a reciprocal act are its
    // pairs; what follows (`على` the matter) is no party — only `مع` adds one
    let with = p.target_override.is_none()
        && p.roles.target.is_some_and(|t| {
            v.slots[t]
                .prep
                .as_deref()
                .is_some_and(|x| x == "مع" || x == "بين")
        });
    if p.recip && src.len() >= 2 && (tgt.is_empty() || !with) {
        both(&src, &mut out);
        return out;
    }
    if p.recip && src.is_empty() && tgt.len() >= 2 {
        both(&tgt, &mut out);
        return out;
    }
    let srcs: Vec<Option<ActorRef>> = if src.is_empty() {
        vec![None]
    } else {
        src.into_iter().map(Some).collect()
    };
    let tgts: Vec<Option<ActorRef>> = if tgt.is_empty() {
        vec![None]
    } else {
        tgt.into_iter().map(Some).collect()
    };
    for s in &srcs {
        for t in &tgts {
            if let (Some(a), Some(b)) = (s, t) {
                // (the same actor twice, once through an earlier mention: `تلقت طلبا من
                // بريطانيا` after `بريطانيا` as the dropped subject)
                let same = a.text == b.text && a.name == b.name && a.sector == b.sector;
                if (a.span == b.span || same) && a.country == b.country {
                    out.push((s.clone(), None));
                    continue;
                }
            }
            out.push((s.clone(), t.clone()));
            if p.recip {
                if let (Some(_), Some(_)) = (s, t) {
                    out.push((t.clone(), s.clone()));
                }
            }
        }
    }
    if out.is_empty() {
        out.push((None, None));
    }
    out
}

/// `ألغى ترامب القمة`, `تأجيل المحادثات`, `رفع العقوبات`: the event noun at `start` is
/// called off (or, for a sanction or restriction, eased) by the word right before it — or by a
/// verb before its subject — unless that word is itself negated (`لم يلغ`).
fn cancelled(v: &View<'_>, start: usize, plover: PloverType) -> bool {
    let Some(mut k) = start.checked_sub(1) else {
        return false;
    };
    if let Some(s) = v.slots.iter().find(|s| s.tokens.end == start) {
        match s.tokens.start.checked_sub(1) {
            Some(b) => k = b,
            None => return false,
        }
    }
    let f = strip_conj(&v.forms[k]);
    // (a noun behind `بـ`/`لـ`: `بإلغاء`, `لتأجيل`, `بتعليق`, `بإرجاء` — not `لوقف`/`بإنهاء`,
    // which mostly ask to stop what is going on: `دعا لوقف الهجمات`)
    let bare = f
        .strip_prefix('ب')
        .or_else(|| f.strip_prefix('ل'))
        .filter(|b| b.starts_with("ال") || b.starts_with('ت') || b.starts_with("ار"));
    // (`أنهى الزعيمان اجتماعهما`: a meeting or visit ended has taken place)
    let ends = |w: &str| w.starts_with("انه") || w.starts_with("ينه") || w.starts_with("تنه");
    let heads = |w: &str| {
        words::is_word(w, &words::CANCEL_HEADS) && !(plover == PloverType::Consult && ends(w))
            || matches!(plover, PloverType::Sanction | PloverType::Coerce)
                && words::is_word(w, &words::EASE_HEADS)
    };
    let governs = heads(f) || bare.is_some_and(heads);
    governs
        && !k
            .checked_sub(1)
            .is_some_and(|b| words::is_word(strip_conj(&v.forms[b]), &words::NEGATORS))
}

/// `توقف الجيش عن قصف حلب`: a stopped act no longer takes place; `لم تتوقف القوات عن تعذيب
/// المحتجزين`: not stopping is going on (`لن يتوقف`: will go on). For the word at `start`
/// governed by a stop verb: that verb's token, whether the act is negated, whether it is
/// hypothetical.
fn stopped(
    triggers: &Triggers,
    v: &View<'_>,
    lights: &[&Found],
    start: usize,
) -> Option<(usize, bool, bool)> {
    let k = stop_verb(triggers, v, lights, start)?;
    let before = k.checked_sub(1).map(|k| strip_conj(&v.forms[k]));
    let negated = !before.is_some_and(|f| words::is_word(f, &words::NEGATORS));
    Some((k, negated, before == Some("لن")))
}

/// The stop verb (a support verb with the `stop` flag) governing the event noun at `start`
/// through `عن`, its subject between or not (`توقفت القوات عن قصف`, `كف عن`, `امتنع عن`), or
/// `توقف` with the event noun as its subject right after it (`لم تتوقف الهجمات`): its token.
fn stop_verb(triggers: &Triggers, v: &View<'_>, lights: &[&Found], start: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    // `لم تتوقف هجمات التنظيم`, `توقف القصف`: the act is the stop verb's subject
    if matches!(
        strip_conj(&v.forms[k]),
        "توقف" | "توقفت" | "يتوقف" | "تتوقف" | "توقفا" | "توقفتا" | "توقفوا"
    ) {
        return Some(k);
    }
    if strip_conj(&v.forms[k]) != "عن" {
        return None;
    }
    k = k.checked_sub(1)?;
    if let Some(s) = v.slots.iter().find(|s| s.tokens.contains(&k)) {
        k = s.tokens.start.checked_sub(1)?;
    }
    lights
        .iter()
        .any(|l| l.tokens.start == k && triggers.entry(l.entry).flags.stop)
        .then_some(k)
}

/// Negation and modality from the words right before the trigger (auxiliaries skipped) and
/// from the trigger's own future prefix `س`. `lemma` is the trigger entry's form: a verb that
/// begins with it (`سيطرت` of `سيطر`) has no prefix to read.
fn modality(v: &View<'_>, trig: &Range<usize>, verbal: bool, lemma: Option<&str>) -> (bool, bool) {
    let mut negated = false;
    let mut hyp = false;
    let c = v.clause[trig.start];
    let mut k = trig.start;
    let mut seen = 0;
    while k > 0 && seen < 9 {
        k -= 1;
        if matches!(
            v.tokens[k].kind,
            rasad_text::TokenKind::Punct | rasad_text::TokenKind::Symbol
        ) && v.clause[k] == c
        {
            continue;
        }
        if let Some(s) = v.slots.iter().find(|s| s.tokens.contains(&k)) {
            // an actor between the modal and the event (`تعتزم الدول طرد …`) counts once
            k = s.tokens.start;
            seen += 1;
            continue;
        }
        if v.clause[k] != c && !words::is_word(&v.forms[k], &words::COMPLEMENTIZERS) {
            break;
        }
        let f = strip_conj(&v.forms[k]);
        // `لا يزال الجيش يقصف`, `ما زالت`: "still" — going on, not negated
        let still = v.forms.get(k + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "يزال"
                    | "تزال"
                    | "زال"
                    | "زالت"
                    | "يزالون"
                    | "تزالان"
                    | "يزالان"
                    | "نزال"
                    | "زالوا"
            )
        });
        // `ما لم تنسحب القوات`, `إذا لم تلتزم`, `إن لم`, `لو لم`: the protasis of a condition
        // is what may or may not happen — hypothetical, not negated
        let condition =
            f == "لم" && k > 0 && matches!(strip_conj(&v.forms[k - 1]), "ما" | "اذا" | "ان" | "لو");
        if seen < 3
            && !still
            && (words::is_word(f, &words::NEGATORS)
                || words::is_word(&v.forms[k], &words::NEGATORS))
        {
            if condition {
                hyp = true;
            } else {
                negated = true;
            }
        }
        if seen < 9
            && (words::is_word(f, &words::MODALS) || words::is_word(&v.forms[k], &words::MODALS))
        {
            hyp = true;
        }
        if !words::is_word(f, &words::AUXILIARIES) {
            seen += 1;
        }
    }
    // `لن` is negated future: negated and hypothetical
    if k < trig.start && v.forms[trig.start.saturating_sub(1)] == "لن" {
        hyp = true;
    }
    let f = strip_conj(&v.forms[trig.start]);
    // (the first letters of the word itself are no proclitic: `سافر`, `لقاء`)
    let own = lemma.is_some_and(|l| {
        let stem: String = l.chars().take(3).collect();
        stem.chars().count() == 3 && f.starts_with(&stem)
    });
    if verbal {
        let mut ch = f.chars();
        let first = ch.next();
        let second = ch.next();
        // future `سيفعل`, `سأزور`, purpose `ليفعل`
        if !own
            && (matches!(first, Some('س' | 'ل')) && matches!(second, Some('ي' | 'ت' | 'ن'))
                || first == Some('س') && second == Some('ا'))
        {
            hyp = true;
        }
        // `قد يأمر الرئيس`: `قد` before an imperfect is "may" (before a perfect, "has")
        // (a literal imperfect entry, `يامر`, is its own prefix; with no entry — a support
        // verb — the prefix cannot be told from the stem, `نفذوا`, and `تسمم` may be a perfect)
        let imperfect = match (lemma, first) {
            (Some(l), Some(c @ ('ي' | 'ت' | 'ن'))) => {
                // (`نفت` of `نفي`: a stem letter)
                l.starts_with('ي') || !own && !l.starts_with(c)
            }
            _ => false,
        };
        if imperfect
            && trig
                .start
                .checked_sub(1)
                .is_some_and(|k| strip_conj(&v.forms[k]) == "قد")
        {
            hyp = true;
        }
    }
    // purpose `لـ` + masdar (`لتعزيز`, `لحل`): an aim, not an event — unless it is what
    // someone suffered (`تعرض … للتعذيب`)
    // (`خلال لقاء مع`: the `ل` of `لقاء` is its own)
    if !verbal && !own && f.starts_with('ل') && trig.start > 0 {
        // (any form of it, the verbal noun with a pronoun too: `بعد تعرضهما لهجوم`)
        let suffered = (trig.start.saturating_sub(13)..trig.start).any(|k| {
            let w = strip_conj(&v.forms[k]);
            let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
            ["تعرض", "يتعرض", "تتعرض", "نتعرض"]
                .iter()
                .any(|s| w.starts_with(s))
        });
        if !suffered {
            hyp = true;
        }
    }
    (negated, hyp)
}

/// Modality from the words before the trigger only (no purpose reading of `لـ`).
fn modality_without_purpose(v: &View<'_>, trig: &Range<usize>) -> bool {
    let c = v.clause[trig.start];
    (trig.start.saturating_sub(6)..trig.start).any(|k| {
        v.clause[k] == c && {
            let f = strip_conj(&v.forms[k]);
            words::is_word(f, &words::MODALS) && !matches!(f, "اجل" | "بهدف")
        }
    })
}

fn clause_has(v: &View<'_>, trig: &Range<usize>, list: &[&str]) -> bool {
    let c = v.clause[trig.start];
    v.forms
        .iter()
        .zip(&v.clause)
        .any(|(f, cl)| *cl == c && list.contains(&strip_conj(f)))
}

/// The event's date: the nearest date phrase of the clause, else of the sentence (before the
/// trigger first); `منذ X` after the trigger is a starting point, not its date. Falls back to
/// the article date.
fn pick_date(
    dates: &[DateMention],
    base: usize,
    v: &View<'_>,
    trig: &Range<usize>,
    triggers: &[usize],
    doc: &Document<'_>,
) -> (
    Option<chrono::NaiveDate>,
    Option<DatePrecision>,
    Option<String>,
    bool,
) {
    let rel = |d: &DateMention| d.tokens.start.saturating_sub(base);
    // (also the date of an event noun after `منذ`: `منذ بدء الاحتجاجات في 15 مارس`)
    let since = |d: &DateMention| {
        let s = rel(d);
        (s.saturating_sub(5)..s)
            .rev()
            .take_while(|&k| !v.is_punct(k))
            .any(|k| strip_conj(&v.forms[k]) == "منذ")
    };
    // `انسحابها من الاتفاق الموقع عام 2015`: a date after a relative pronoun or a definite
    // participle dates the noun that participle describes — another event word between the
    // trigger and it — not the trigger
    let describes_other = |d: &DateMention| {
        let s = rel(d);
        let modifier = (s.saturating_sub(2)..s).find(|&k| {
            let f = strip_conj(&v.forms[k]);
            k >= trig.end
                && (words::is_word(f, &words::RELATIVE_PRONOUNS)
                    || f.starts_with("الم") && f.chars().count() >= 5 && k + 1 == s)
        });
        modifier.is_some_and(|m| triggers.iter().any(|&t| t >= trig.end && t < m))
    };
    let c = v.clause[trig.start];
    // `أصيب أربعة بإطلاق نار، الأربعاء، في …`: a date set off by a comma right after the
    // trigger is its own, though the comma opens a clause
    let own_clause = |d: &DateMention| {
        v.clause.get(rel(d)) == Some(&c) || rel(d) == trig.end + 1 && v.is_punct(trig.end)
    };
    let usable: Vec<&DateMention> = dates
        .iter()
        .filter(|d| d.date.is_some())
        .filter(|d| !describes_other(d))
        .filter(|d| !since(d) || d.historical && rel(d) < trig.start)
        .filter(|d| rel(d) < trig.start || own_clause(d))
        .collect();
    let pick = usable
        .iter()
        .filter(|d| own_clause(d))
        .min_by_key(|d| rel(d).abs_diff(trig.start))
        .or_else(|| {
            usable
                .iter()
                .filter(|d| rel(d) < trig.start)
                .max_by_key(|d| rel(d))
        });
    match pick {
        Some(d) => (
            d.date,
            Some(d.precision),
            Some(d.text.clone()),
            d.historical,
        ),
        None => (doc.date, doc.date.map(|_| DatePrecision::Day), None, false),
    }
}

/// The event's place: a locative place of the clause (after the trigger first), else of the
/// sentence, else a country introduced by `في` in the clause.
fn pick_place(v: &View<'_>, trig: &Range<usize>, attack: bool) -> Option<Location> {
    let c = v.clause[trig.start];
    let loc = v.places.iter().filter(|p| p.locative);
    let best = loc
        .clone()
        .filter(|p| v.clause[p.tokens.start] == c && p.tokens.start >= trig.end)
        .min_by_key(|p| p.tokens.start)
        .or_else(|| {
            loc.clone()
                .filter(|p| v.clause[p.tokens.start] == c)
                .min_by_key(|p| p.tokens.start.abs_diff(trig.start))
        });
    let country_here = v
        .slots
        .iter()
        .filter(|s| s.prep.as_deref() == Some("في") && v.clause[s.tokens.start] == c)
        .any(|s| {
            s.actors.len() == 1
                && s.actors[0].sector.is_none()
                && s.actors[0].country.is_some_and(|c| !c.is_international())
        });
    // `هجمات باريس`, `تفجير كابول`: a place right after an attack word, no locative in its
    // clause, names where it happened
    let best = best.or_else(|| {
        v.places
            .iter()
            .find(|p| attack && p.tokens.start == trig.end)
    });
    let best = best.or_else(|| {
        if country_here {
            None
        } else {
            loc.clone()
                .min_by_key(|p| p.tokens.start.abs_diff(trig.start))
        }
    });
    if let Some(p) = best {
        let m = &p.mention;
        let info = m.place.as_ref();
        return Some(Location {
            text: m.text.clone(),
            span: m.span,
            name: info
                .map(|i| i.name.clone())
                .unwrap_or_else(|| m.name.clone()),
            country: info.and_then(|i| i.country).or(m.country),
            lat: info.and_then(|i| i.lat),
            lon: info.and_then(|i| i.lon),
        });
    }
    v.slots
        .iter()
        .filter(|s| s.prep.as_deref() == Some("في") && v.clause[s.tokens.start] == c)
        // a country (`في أرمينيا`), not an organisation (`العضوين في حلف شمال الأطلسي`)
        .filter(|s| {
            s.actors.len() == 1
                && s.actors[0].sector.is_none()
                && s.actors[0].country.is_some_and(|c| !c.is_international())
        })
        // after the trigger first, as for places (`الوضع في سوريا والحرب في اليمن`)
        .min_by_key(|s| {
            (
                s.tokens.start < trig.end,
                s.tokens.start.abs_diff(trig.start),
            )
        })
        .map(|s| {
            let a = &s.actors[0];
            Location {
                text: a.text.clone(),
                span: a.span,
                name: a.name.clone(),
                country: a.country,
                lat: None,
                lon: None,
            }
        })
}

/// `لدى مرور دورية للجيش الأميركي`, `أثناء مرور موكبه`: the first actor within a few words
/// after `مرور` ("the passing of") governed by a temporal preposition, a few words after an
/// attack trigger in its clause; or after the participle `مستهدفا/مستهدفة` ("targeting"),
/// also past a comma (`وجهت ضربات جوية داخل الصومال، مستهدفة مقاتلي الشباب`).
fn passing_target(v: &View<'_>, trig: &Range<usize>) -> Option<usize> {
    let c = v.clause[trig.start];
    let end = (trig.end + 10).min(v.forms.len());
    let k = (trig.end..end)
        .take_while(|&k| v.clause[k] <= c + 1)
        .find(|&k| {
            let f = strip_conj(&v.forms[k]);
            let passing = v.clause[k] == c
                && f == "مرور"
                && matches!(
                    strip_conj(&v.forms[k - 1]),
                    "لدي" | "عند" | "اثناء" | "خلال" | "لحظه"
                );
            let targeting = matches!(f, "مستهدفا" | "مستهدفه" | "مستهدفين" | "مستهدفتين");
            passing || targeting
        })?;
    let ck = v.clause[k];
    (k + 1..(k + 7).min(v.forms.len()))
        .take_while(|&j| v.clause[j] == ck)
        .find_map(|j| v.slot_at(j))
        .filter(|&s| matches!(v.slots[s].prep.as_deref(), None | Some("من" | "ل")))
}

/// Whether an actor is the state's force or administration (government, army, police): no
/// street protest's agent.
fn state_force(a: &ActorRef) -> bool {
    matches!(a.sector, Some(Sector::Gov | Sector::Mil | Sector::Cop))
}

/// The relative pronoun that opens the clause of a verb at `start` (`التي يسيطر`, `الذي كان
/// قد أعلن`), if any.
fn relative_before(v: &View<'_>, start: usize) -> Option<usize> {
    let mut k = start;
    while k > 0 && start - k < 3 {
        k -= 1;
        let f = strip_conj(&v.forms[k]);
        if words::is_word(f, &words::RELATIVE_PRONOUNS) {
            return Some(k);
        }
        if !matches!(f, "قد" | "كان" | "كانت" | "كانوا" | "لقد" | "\"") {
            return None;
        }
    }
    None
}

/// `أدينوا`, `أقيل`, `أعيدت بـ`: the perfect passive of a hollow verb of form IV (`أدان` →
/// `أُدين`) is told by its letters alone, `ي` where the active has `ا`. Bare `أدين` is also
/// the first person of the imperfect (`أدين الهجوم`, "I condemn"), so it counts only with a
/// suffix or before `بـ` (`أدين بتهمة`).
fn hollow_passive(v: &View<'_>, k: usize, key: &str) -> bool {
    let lemma: Vec<char> = key.chars().collect();
    if lemma.len() != 4 || lemma[0] != 'ا' || lemma[2] != 'ا' {
        return false;
    }
    let stem: String = ['ا', lemma[1], 'ي', lemma[3]].iter().collect();
    let Some(rest) = strip_conj(&v.forms[k]).strip_prefix(stem.as_str()) else {
        return false;
    };
    match rest {
        "ت" | "وا" | "ا" | "تا" => true,
        // (the charge may follow the one convicted: `وأدين آرييه درعي زعيم حزب شاس بتهمة`)
        "" => {
            v.forms.get(k + 1).is_some_and(|n| n.starts_with('ب'))
                || (k + 2..(k + 11).min(v.forms.len())).any(|j| {
                    let n = strip_conj(&v.forms[j]);
                    ["بتهم", "بجرم", "بجريم", "بارتكاب", "بالسجن"]
                        .iter()
                        .any(|c| n.starts_with(c))
                })
        }
        _ => false,
    }
}

/// Whether a verb token is written with the vowels of the perfect passive (`قُتل`, `أُصيب`,
/// `اُعتُقل`, `استُهدفا`): a damma on a letter before its last, and no imperfect prefix (an
/// imperfect's damma, `يُطلق`, is mostly active).
pub(crate) fn passive_vocalized(surface: &str) -> bool {
    const DAMMA: char = '\u{064F}';
    let is_letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let letters: Vec<char> = surface.chars().filter(|&c| is_letter(c)).collect();
    if letters.len() < 3 || !surface.contains(DAMMA) {
        return false;
    }
    // after a conjunction, the verb's first letter
    let mut first = 0;
    if matches!(letters[0], 'و' | 'ف') && letters.len() > 3 {
        first = 1;
    }
    if matches!(letters[first], 'ي' | 'ت' | 'ن') {
        return false;
    }
    let mut seen = 0usize;
    for c in surface.chars() {
        if is_letter(c) {
            seen += 1;
        } else if c == DAMMA && seen > first && seen < letters.len() {
            return true;
        }
    }
    false
}
