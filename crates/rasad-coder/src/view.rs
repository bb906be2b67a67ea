//! One sentence as the rules see it: matching forms of its tokens, clause numbers, actor slots
//! (mentions, coordinations, anaphors) and place mentions, all indexed by sentence-relative
//! token positions.

use crate::words::{self, strip_conj};
use rasad_event::{ActorRef, Inferred, Sector};
use rasad_lexicon::{Mention, MentionKind};
use rasad_text::{Normalizer, Span, Token, TokenKind};
use std::ops::Range;

/// A position that can fill a role: one actor, a coordination (`أرمينيا وأذربيجان`) or an
/// anaphor resolved to several actors (`البلدين`).
#[derive(Clone, Debug)]
pub struct Slot {
    pub tokens: Range<usize>,
    pub actors: Vec<ActorRef>,
    /// `كل جانب`: each actor acts on the others.
    pub each: bool,
    /// The preposition governing the slot (matching form), if any.
    pub prep: Option<String>,
}

/// A place mention usable as an event location.
#[derive(Clone, Debug)]
pub struct PlaceSlot {
    pub tokens: Range<usize>,
    pub mention: Mention,
    pub locative: bool,
}

pub struct View<'a> {
    pub tokens: &'a [Token],
    /// Matching-normalized forms (empty for non-words, punctuation kept as its norm).
    pub forms: Vec<String>,
    pub clause: Vec<usize>,
    pub slots: Vec<Slot>,
    pub places: Vec<PlaceSlot>,
    /// Tokens of the actor mentions that name persons ([`Mention::person`]).
    pub persons: Vec<Range<usize>>,
}

pub fn actor_ref(m: &Mention) -> ActorRef {
    ActorRef {
        text: m.text.clone(),
        span: m.span,
        name: m.name.clone(),
        id: m.id.clone(),
        country: m.country,
        sector: m.sector,
        antecedent: None,
        inferred: None,
    }
}

/// A definite nisba adjective (`الأردنية`, `السوري`), matching-normalized.
fn nisba_shaped(form: &str) -> bool {
    form.starts_with("ال") && ["ي", "يه"].iter().any(|e| form.ends_with(e))
}

/// A munition named without a nationality (`صاروخا`, `القذائف`): the means of an attack, not
/// an actor of it (see the `munitions` agent in lexicon/agents.tsv). A country the lexicon only
/// guessed from the sentence's places does not count as a nationality.
fn bare_munition(m: &Mention) -> bool {
    m.matched.iter().any(|x| x == "agent:munitions")
        && (m.country.is_none() || m.matched.iter().any(|x| x.starts_with("location-country")))
}

/// Whether the first word of a name, matching-normalized, with or without a conjunction and
/// without the article, is `head`: the head that a shorter definite name repeats (`حركة
/// طالبان` → `حركه`, `التحالف العربي` → `تحالف`). Both readings of a leading `و` count
/// (`وحركة` is `حركه`, `وزير` is itself).
fn has_head(text: &str, head: &str) -> bool {
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let key = Normalizer::matching().normalize_str(first);
    let bare = |w: &str| w.strip_prefix("ال").unwrap_or(w) == head;
    bare(&key) || bare(strip_conj(&key))
}

/// A named movement, party or armed group of the given sectors (an entry of its own, not a
/// country): the antecedent of `الحركة`, `الحركتان`.
fn named_group(a: &ActorRef, sectors: &[Sector]) -> bool {
    a.id.is_some()
        && a.country
            .is_some_and(|c| a.id.as_deref() != Some(c.as_str()))
        && a.sector.is_some_and(|s| sectors.contains(&s))
}

/// The actors named (not referred back to) in the slots before token `i`, in text order.
fn named_before(raw: &[Slot], i: usize) -> Vec<&ActorRef> {
    raw.iter()
        .filter(|s| s.tokens.end <= i)
        .flat_map(|s| s.actors.iter())
        .filter(|a| a.antecedent.is_none())
        .collect()
}

/// A word, or the word without a proclitic `بـ`/`لـ`, is in the list (`بمؤتمر`, `لحرية`).
fn word_or_after_clitic(form: &str, list: &words::WordList) -> bool {
    let f = strip_conj(form);
    let bare = f
        .strip_prefix(['ب', 'ل'])
        .filter(|r| r.chars().count() >= 3);
    [Some(f), bare]
        .into_iter()
        .flatten()
        .any(|w| words::is_word(w, list))
}

/// Definite descriptions refer back (`الجيش` after `الجيش الإسرائيلي`, `الوزير الروسي` after
/// `وزير الدفاع الروسي سيرجي شويغو`): a definite agent without a country takes the country of
/// the last earlier actor of the same sector; a definite agent with country but no entry id
/// takes the identity of the last earlier named actor of the same country and sector. A
/// construct with a definite genitive is definite too (`وزير الخارجية`, `قائد الجيش`).
/// A definite name that shortens an earlier one of a state (`التحالف` after `التحالف العربي
/// لدعم الشرعية`) is that actor, whatever the short name alone would be coded.
fn resolve_definite(mut a: ActorRef, prior: &[ActorRef]) -> ActorRef {
    let key = |t: &str| strip_conj(&Normalizer::matching().normalize_str(t)).to_string();
    let short = key(&a.text);
    let definite = short.starts_with("ال")
        || short
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with("ال"));
    // the same head, with more words after it (`تحالف دعم الشرعية` for `التحالف`); only the
    // first word of an earlier name is normalized, and only for a one-word definite name
    let bare = |w: &str| w.strip_prefix("ال").unwrap_or(w).to_string();
    let short_head = (definite && !short.contains(' ') && !a.country.is_some_and(|c| c.is_iso()))
        .then(|| bare(&short))
        .filter(|h| h.chars().count() > 2);
    let shortens = |p: &ActorRef, head: &str| {
        p.text.split_whitespace().nth(1).is_some() && has_head(&p.text, head)
    };
    if let Some(p) = short_head.as_deref().and_then(|head| {
        prior.iter().rev().take(40).find(|p| {
            p.country.is_some_and(|c| c.is_iso()) && p.sector.is_some() && shortens(p, head)
        })
    }) {
        a.country = p.country;
        a.sector = p.sector;
        a.id = p.id.clone();
        a.name = p.name.clone();
        a.antecedent = Some(p.span);
        return a;
    }
    let Some(sector) = a.sector else { return a };
    if !definite || a.id.is_some() {
        return a;
    }
    // a state's own bodies refer back to a state only: `الحكومة` after `المبعوث الأممي` (IGO
    // GOV) is not the UN's
    let state_only = words::is_word(&a.name, &words::STATE_BODIES);
    // a state's army or its "legitimate" forces (`قوات الجيش`, `قوات الشرعية`) are no
    // coalition's, though the coalition is the last military actor named (`طائرات تحالف دعم
    // الشرعية`)
    let coalition = |p: &ActorRef| {
        key(&p.text)
            .split_whitespace()
            .any(|w| w.ends_with("تحالف"))
    };
    let national_force = short
        .split_whitespace()
        .any(|w| words::is_word(w.strip_prefix("ال").unwrap_or(w), &words::NATIONAL_FORCES));
    let found = prior.iter().rev().take(40).find(|p| {
        p.sector == Some(sector)
            && !(national_force && coalition(p))
            && p.country
                .is_some_and(|c| c.as_str() != "INT" && (!state_only || c.is_iso()))
            && (a.country.is_none() || p.country == a.country && p.id.is_some())
    });
    if let Some(p) = found {
        if a.country.is_none() {
            a.country = p.country;
        } else {
            a.id = p.id.clone();
            a.name = p.name.clone();
        }
        a.antecedent = Some(p.span);
    }
    a
}

/// Matching form of a token.
pub fn form_of(t: &Token) -> String {
    match t.kind {
        TokenKind::Word | TokenKind::Punct => t.matching.clone(),
        TokenKind::Number => t.norm.clone(),
        _ => t.norm.to_lowercase(),
    }
}

impl<'a> View<'a> {
    /// `mentions` are the sentence's mentions with token ranges made sentence-relative;
    /// `prior` are the actors mentioned earlier in the document (most recent last).
    /// `last_pair` is the last group of two or more parties (`أرمينيا وأذربيجان`), the first
    /// choice for pair anaphors; `last_subject` the document's last explicit subject, the
    /// owner of possessed forces (`قواتهم`) when the sentence names no state before them.
    pub fn new(
        tokens: &'a [Token],
        mentions: &[Mention],
        prior: &[ActorRef],
        last_pair: Option<&[ActorRef]>,
        last_subject: Option<&ActorRef>,
    ) -> View<'a> {
        let forms: Vec<String> = tokens.iter().map(form_of).collect();
        let clause = clauses(&forms);
        let mut v = View {
            tokens,
            forms,
            clause,
            slots: Vec::new(),
            places: Vec::new(),
            persons: Vec::new(),
        };
        let mut raw: Vec<Slot> = Vec::new();
        for m in mentions {
            // `جنوبي العراق`, `شمال سوريا`: a country after a direction word is where, as if
            // after `في`
            let prep = v
                .governing_prep(m)
                .or_else(|| v.after_direction(m).then(|| "في".into()));
            if let Some(p) = v.fi_place(m) {
                v.places.push(p);
            }
            if m.person && m.kind == MentionKind::Actor {
                v.persons.push(m.tokens.clone());
            }
            match m.kind {
                // `قمة سنغافورة`, `مشاورات الكويت`: a country named like its capital, after a
                // noun of a meeting or accord, is the venue, no party
                MentionKind::Actor
                    if m.tokens.len() == 1
                        && words::is_word(
                            strip_conj(&v.forms[m.tokens.start]),
                            &words::CITY_STATES,
                        )
                        && v.names_gathering_or_site(m) => {}
                // `أطلق الجيش صاروخا على غزة`: a munition is the means of the attack, not a
                // party to it; only with a nationality (`بصاروخ إسرائيلي`) does it stand for
                // the armed forces that fired it
                MentionKind::Actor if bare_munition(m) => {}
                // `الهجوم الكيماوي المشتبه به`: a definite `المشتبه به` right after a definite
                // word that names no actor is an adjective of it (suspected), not a suspect
                MentionKind::Actor if v.suspected_adjective(m, mentions) => {}
                // `للقضاء على خلايا التنظيم` (to eliminate), `في مؤتمر صحفي` (a press
                // conference): the judiciary and the journalist words in another sense
                MentionKind::Actor if v.other_sense(m) => {}
                // `في العاصمة الأردنية`, `في المدينة العراقية`: a nationality describing a
                // place word says where, not who — read as `في الأردن`
                MentionKind::Actor if v.describes_place_word(m) => {
                    let k = m.tokens.start - 1;
                    let place_prep = (k > 0)
                        .then(|| strip_conj(&v.forms[k - 1]))
                        .filter(|p| words::is_word(p, &words::PREPOSITIONS));
                    if let Some(p) = place_prep {
                        raw.push(Slot {
                            tokens: m.tokens.clone(),
                            actors: vec![actor_ref(m)],
                            each: false,
                            prep: Some(p.to_string()),
                        });
                    }
                }
                MentionKind::Actor => raw.push({
                    let organ = v.organ_start(m, prep.as_deref());
                    Slot {
                        tokens: organ.unwrap_or(m.tokens.start)..m.tokens.end,
                        actors: vec![{
                            // a country the lexicon only guessed from the sentence's places gives
                            // way to the definite description's antecedent
                            let guessed =
                                m.matched.iter().any(|x| x.starts_with("location-country"));
                            let mut a = actor_ref(m);
                            let lex_country = a.country;
                            if guessed {
                                a.country = None;
                            }
                            let mut a = resolve_definite(a, prior);
                            if a.country.is_none() && lex_country.is_some() {
                                a.country = lex_country;
                                if guessed {
                                    a.inferred = Some(Inferred::Country);
                                }
                            }
                            a
                        }],
                        each: false,
                        prep: match organ {
                            Some(k) => v.organ_prep(k),
                            None => prep,
                        },
                    }
                }),
                MentionKind::Place => {
                    let locative = v.locative(m, prep.as_deref());
                    let capital = m.place.as_ref().and_then(|p| p.capital_of);
                    if let (false, Some(c), false) =
                        (locative, capital, v.names_gathering_or_site(m))
                    {
                        let mut a = actor_ref(m);
                        a.country = Some(c);
                        a.sector = Some(Sector::Gov);
                        raw.push(Slot {
                            tokens: m.tokens.clone(),
                            actors: vec![a],
                            each: false,
                            prep: prep.clone(),
                        });
                    }
                    v.places.push(PlaceSlot {
                        tokens: m.tokens.clone(),
                        mention: m.clone(),
                        locative,
                    });
                }
            }
        }
        v.possessed_agents(&mut raw, last_subject);
        v.members_country(&mut raw);
        v.strike_owners(&mut raw);
        let pairs = v.anaphors(prior, last_pair, &raw);
        // (`الرئيسين`, `الوزيرين`: a bare dual title the lexicon read as an agent, of no
        // country or of one taken from an earlier actor of its sector, is the pair)
        raw.retain(|s| !pairs.iter().any(|p| p.tokens == s.tokens));
        raw.extend(pairs);
        let groups = v.group_anaphors(prior, &raw);
        raw.extend(groups);
        raw.extend(v.possessed_forces(&raw, last_subject));
        raw.sort_by_key(|s| s.tokens.start);
        v.slots = v.merge(raw);
        v
    }

    /// `الهجوم الكيماوي المشتبه به`, `الهجمات المشتبه بها`: a definite `المشتبه` agreeing with
    /// the definite word before it (no actor's) describes that word; `اعتقلت الشرطة المشتبه
    /// به` (an actor before it) and `أحد المشتبه بهم` (an indefinite head) name suspects.
    fn suspected_adjective(&self, m: &Mention, mentions: &[Mention]) -> bool {
        let k = m.tokens.start;
        let first = strip_conj(&self.forms[k]);
        if k == 0 || !first.starts_with("المشتبه") || self.is_punct(k - 1) {
            return false;
        }
        let prev = strip_conj(&self.forms[k - 1]);
        (prev.starts_with("ال") || prev.starts_with("لل"))
            && !mentions.iter().any(|o| o.tokens.contains(&(k - 1)))
    }

    /// `القضاء على` is eliminating, no judiciary; `صحفي`/`صحفية` without the article right
    /// after a noun of speaking (`مؤتمر صحفي`, `تصريحات صحفية`, `بيان صحفي`) is the adjective
    /// "press", no journalist.
    fn other_sense(&self, m: &Mention) -> bool {
        let k = m.tokens.start;
        let first = strip_conj(&self.forms[k]);
        let bare = ["لل", "بال", "ال", "ل", "ب"]
            .iter()
            .find_map(|p| first.strip_prefix(p).filter(|b| *b == "قضاء"))
            .unwrap_or(first);
        let eliminate = m.tokens.len() == 1
            && bare == "قضاء"
            && self.forms.get(k + 1).is_some_and(|n| n == "علي");
        let press = m.tokens.len() == 1
            && matches!(first, "صحفي" | "صحفيه" | "صحافي" | "صحافيه")
            && k > 0
            && words::is_word(strip_conj(&self.forms[k - 1]), &words::SPEAKING_NOUNS);
        eliminate || press
    }

    /// `اجتماع باريس`, `بمؤتمر برلين`, `اتفاق أوسلو`: a place right after a bare noun of a
    /// meeting or accord is where it was held and its name, not the government of the capital;
    /// after a noun of a street or site (`شارع صنعاء`, `ميدان القاهرة`, `مطار بغداد`) it is
    /// part of a place's name.
    fn names_gathering_or_site(&self, m: &Mention) -> bool {
        let Some(k) = m.tokens.start.checked_sub(1) else {
            return false;
        };
        let f = &self.forms[k];
        word_or_after_clitic(f, &words::GATHERING_NOUNS)
            || word_or_after_clitic(f, &words::SITE_NOUNS)
    }

    /// Whether a place mention is introduced as a location (`في موسكو`, `بإقليم`, `في منطقة
    /// “كاراباخ”`, `على طول خط التماس`) rather than as a destination (`إلى منطقة`).
    fn locative(&self, m: &Mention, prep: Option<&str>) -> bool {
        let mut k = m.tokens.start;
        // skip opening quotes
        while k > 0 && self.forms[k - 1] == "\"" {
            k -= 1;
        }
        if k == m.tokens.start {
            if let Some(p) = prep {
                return matches!(p, "في" | "ب" | "قرب" | "داخل" | "عند" | "علي");
            }
        }
        if k == 0 {
            return false;
        }
        // `في العاصمة الأردنية عمان`: nationality adjectives between the place word and the name
        let mut adjectives = 0;
        while adjectives < 2 && k > 1 && nisba_shaped(strip_conj(&self.forms[k - 1])) {
            k -= 1;
            adjectives += 1;
        }
        let prev = strip_conj(&self.forms[k - 1]);
        if !words::is_locative(prev) && !words::is_locative(&self.forms[k - 1]) {
            return false;
        }
        // `إلى منطقة X`, `من مدينة X`: motion, not location
        let prev2 = if k >= 2 {
            strip_conj(&self.forms[k - 2])
        } else {
            ""
        };
        !matches!(prev2, "الي" | "نحو" | "من")
    }

    /// A bare country name right after a direction word (`جنوبي العراق`, `شمال سوريا`).
    fn after_direction(&self, m: &Mention) -> bool {
        let k = m.tokens.start;
        k > 0
            && m.tokens.len() <= 3
            && m.sector.is_none()
            && m.matched.iter().all(|x| x.starts_with("country:"))
            && words::is_word(strip_conj(&self.forms[k - 1]), &words::DIRECTIONS)
    }

    /// `الحكومة في عمان`, `غارات في دمشق`: an actor composed with the place it is in (the
    /// lexicon's `agent+fi+place`) also gives that place as a location.
    fn fi_place(&self, m: &Mention) -> Option<PlaceSlot> {
        if m.kind != MentionKind::Actor || !m.matched.iter().any(|x| x == "agent+fi+place") {
            return None;
        }
        let info = m.place.clone()?;
        let fi = m
            .tokens
            .clone()
            .rev()
            .find(|&k| strip_conj(&self.forms[k]) == "في")?;
        let tokens = fi + 1..m.tokens.end;
        if tokens.is_empty() {
            return None;
        }
        let span = Span::new(self.tokens[tokens.start].span.start, m.span.end);
        let text = m
            .text
            .get(span.start.checked_sub(m.span.start)?..)?
            .to_string();
        Some(PlaceSlot {
            tokens: tokens.clone(),
            mention: Mention {
                span,
                tokens,
                text,
                kind: MentionKind::Place,
                name: info.name.clone(),
                id: None,
                country: info.country,
                sector: None,
                place: Some(info),
                matched: vec!["agent+fi+place".into()],
                person: false,
            },
            locative: true,
        })
    }

    /// A bare nationality adjective right after a place word (`العاصمة الأردنية`, `مدينة
    /// عراقية`).
    fn describes_place_word(&self, m: &Mention) -> bool {
        let k = m.tokens.start;
        m.tokens.len() == 1
            && m.sector.is_none()
            && m.matched.iter().all(|x| x.starts_with("nisba:"))
            && k > 0
            && words::is_word(strip_conj(&self.forms[k - 1]), &words::PLACE_WORDS)
    }

    /// `المكتب السياسي لحركة حماس`: the first token of the organ phrase before `لـ` + a named
    /// body (not a country: `اللجنة المركزية لروسيا` is no organ of Russia's), which stands
    /// for the body.
    fn organ_start(&self, m: &Mention, prep: Option<&str>) -> Option<usize> {
        let org = m.kind == MentionKind::Actor
            && !m.person
            && m.id
                .as_deref()
                .is_some_and(|id| m.country.is_none_or(|c| c.as_str() != id));
        (org && prep == Some("ل"))
            .then(|| words::organ_before(&self.forms, m.tokens.start))
            .flatten()
            .map(|(k, _)| k)
    }

    /// The preposition governing an organ phrase starting at token `k`: written on its head
    /// (`للجنة المركزية`) or the word before it (`في المكتب السياسي`).
    fn organ_prep(&self, k: usize) -> Option<String> {
        if let Some((_, Some(p))) = words::organ_before(&self.forms, k + 2) {
            return Some(p.to_string());
        }
        let prev = k.checked_sub(1).map(|i| strip_conj(&self.forms[i]))?;
        words::is_word(prev, &words::PREPOSITIONS).then(|| prev.to_string())
    }

    /// The preposition right before a mention, as a separate word or as its token's proclitic.
    fn governing_prep(&self, m: &Mention) -> Option<String> {
        let i = m.tokens.start;
        let t = self.tokens.get(i)?;
        if m.span.start > t.span.start {
            // the letters the mention leaves out of its first token are its proclitics: `وبكين`
            // → `و` (the name itself starts with ب), `وبروسيا` → `وب`
            let first = m.text.split_whitespace().next().unwrap_or("");
            let first = Normalizer::matching().normalize_str(first);
            let form = &self.forms[i];
            let proclitics = form.strip_suffix(first.as_str()).unwrap_or(form);
            let proclitics = proclitics
                .strip_prefix('و')
                .or_else(|| proclitics.strip_prefix('ف'))
                .unwrap_or(proclitics);
            for p in ['ب', 'ل', 'ك'] {
                if proclitics.starts_with(p) {
                    return Some(p.to_string());
                }
            }
        }
        if i > 0 {
            let prev = strip_conj(&self.forms[i - 1]);
            if words::is_word(prev, &words::PREPOSITIONS) {
                return Some(prev.to_string());
            }
            if words::is_word(&self.forms[i - 1], &words::PREPOSITIONS) {
                return Some(self.forms[i - 1].clone());
            }
        }
        None
    }

    /// `قال الجيش الأميركي إن جنوده قتلوا …`, `أعلنت إسرائيل أن طائراتها قصفت …`: armed forces
    /// named with a possessive pronoun are those of the nearest earlier state actor of the
    /// sentence (a country, its government or its army) — an anaphor, with that actor's
    /// country and the sector MIL.
    fn possessed_forces(&self, raw: &[Slot], last_subject: Option<&ActorRef>) -> Vec<Slot> {
        let state_like = |a: &&ActorRef| {
            a.inferred.is_none()
                && a.country.is_some_and(|c| c.is_iso())
                && matches!(a.sector, None | Some(Sector::Gov) | Some(Sector::Mil))
        };
        // `قال الرئيس الروسي إن بلاده ستدعم …`: "his country", "his government" are the
        // country (or its government) of anyone of a country before them
        let of_country =
            |a: &&ActorRef| a.inferred.is_none() && a.country.is_some_and(|c| c.is_iso());
        let mut out = Vec::new();
        for (i, f) in self.forms.iter().enumerate() {
            let bare = strip_conj(f);
            let forces = words::is_word(bare, &words::POSSESSED_FORCES);
            let state = words::is_word(bare, &words::POSSESSED_STATES);
            if !(forces || state) || raw.iter().any(|s| s.tokens.contains(&i)) {
                continue;
            }
            // (`وقالت إن قواتهم أسقطت …`: with none in the sentence, the speaker of the
            // document's last statement)
            let before = || {
                raw.iter()
                    .rev()
                    .filter(|s| s.tokens.end <= i && s.actors.len() == 1)
                    .map(|s| &s.actors[0])
            };
            // ("his country" is the speaker's or the subject's: the sentence's first actor of a
            // country with no preposition, `أعلن السفير الأميركي لدى اليمن … رفض بلاده`)
            let antecedent = if forces {
                before()
                    .find(state_like)
                    .or_else(|| last_subject.filter(state_like))
            } else {
                // (his country, `بلاده`, is first that of the nearest person of its own clause:
                // `قال الجيش الإسرائيلي …، بالتزامن مع إعلان ترامب انسحاب بلاده` is Trump's)
                let own_person = bare.ends_with('ه').then(|| {
                    raw.iter()
                        .rev()
                        .filter(|s| {
                            s.tokens.end <= i
                                && s.prep.is_none()
                                && self.clause[s.tokens.start] == self.clause[i]
                                && self
                                    .persons
                                    .iter()
                                    .any(|p| p.start < s.tokens.end && s.tokens.start < p.end)
                        })
                        .find_map(|s| s.actors.iter().find(of_country))
                });
                // (not a dateline's: `دبي، الإمارات (CNN)-- قال …`; a spokesman merged with
                // the body he speaks for is one slot of two actors)
                own_person.flatten().or_else(|| {
                    raw.iter()
                        .filter(|s| {
                            s.tokens.end <= i
                                && s.prep.is_none()
                                && !self.dash_between(s.tokens.end, i)
                        })
                        .find_map(|s| s.actors.iter().find(of_country))
                        .or_else(|| before().find(of_country))
                        .or_else(|| last_subject.filter(of_country))
                })
            };
            let Some(a) = antecedent else { continue };
            let mil = a.sector == Some(Sector::Mil);
            let government = bare.starts_with("حكوم");
            let prep = (i > 0
                && words::is_word(strip_conj(&self.forms[i - 1]), &words::PREPOSITIONS))
            .then(|| strip_conj(&self.forms[i - 1]).to_string());
            let (name, id, sector) = if forces {
                (
                    a.name.clone(),
                    if mil { a.id.clone() } else { None },
                    Some(Sector::Mil),
                )
            } else {
                let code = a.country.map(|c| c.as_str().to_string());
                (
                    code.clone().unwrap_or_else(|| a.name.clone()),
                    if government { None } else { code },
                    government.then_some(Sector::Gov),
                )
            };
            out.push(Slot {
                tokens: i..i + 1,
                actors: vec![ActorRef {
                    text: self.tokens[i].norm.clone(),
                    span: self.tokens[i].span,
                    name,
                    id,
                    country: a.country,
                    sector,
                    antecedent: Some(a.antecedent.unwrap_or(a.span)),
                    inferred: None,
                }],
                each: false,
                prep,
            });
        }
        out
    }

    /// `غارة إسرائيلية`, `الغارات الجوية الروسية`, `ضربات تركية`: a country's adjective (which
    /// the lexicon codes as the country) right after a noun of a strike names that
    /// country's armed forces — one slot from the noun on, sector MIL, so that it is a subject
    /// like any actor (`واستهدفت أحدث الغارات الإسرائيلية مواقع`) while the noun stays the
    /// event (`strike_head` in the engine). A bare strike word is no actor.
    fn strike_owners(&self, raw: &mut [Slot]) {
        for slot in raw.iter_mut() {
            let nisba = slot.tokens.len() == 1
                && slot.prep.is_none()
                && !slot.actors.is_empty()
                && slot.actors.iter().all(|a| {
                    a.sector.is_none()
                        && a.antecedent.is_none()
                        && a.country
                            .is_some_and(|c| c.is_iso() && a.id.as_deref() == Some(c.as_str()))
                })
                && ["ي", "يه"]
                    .iter()
                    .any(|e| strip_conj(&self.forms[slot.tokens.start]).ends_with(e));
            if !nisba {
                continue;
            }
            let mut k = slot.tokens.start;
            while k > 0 && words::is_word(&self.forms[k - 1], &words::AIR_ADJECTIVES) {
                k -= 1;
            }
            let Some(head) = k.checked_sub(1) else {
                continue;
            };
            let f = strip_conj(&self.forms[head]);
            let bare = ["بال", "لل", "ال", "ب", "ل"]
                .iter()
                .find_map(|p| {
                    f.strip_prefix(p)
                        .filter(|b| words::is_word(b, &words::STRIKE_NOUNS))
                })
                .unwrap_or(f);
            if words::is_word(bare, &words::STRIKE_NOUNS) {
                slot.tokens.start = head;
                // (a composed actor, like the lexicon's agent + nisba: no entry of its own)
                for a in &mut slot.actors {
                    a.sector = Some(Sector::Mil);
                    a.id = None;
                }
            }
        }
    }

    /// `هاجم مفجرون سياسيين بينهم زعيمة المعارضة بينظير بوتو`, `قتل خمسة جنود بينهم ضابط
    /// أمريكي`: a group of no country whose members, named after `بينهم`/`منهم`, are of one
    /// country is of that country (marked inferred). Not a crowd of people (`14 شخصا بينهم
    /// إيرانيون`): some of them are, the others are the place's.
    fn members_country(&self, raw: &mut [Slot]) {
        for i in 0..raw.len() {
            let s = &raw[i];
            if s.actors.is_empty()
                || s.actors
                    .iter()
                    .any(|a| a.country.is_some() || a.sector.is_none_or(|x| x == Sector::Cvl))
            {
                continue;
            }
            let k = s.tokens.end;
            let among = self
                .forms
                .get(k)
                .is_some_and(|f| matches!(strip_conj(f), "بينهم" | "بينهن" | "منهم" | "منهن"));
            if !among {
                continue;
            }
            // the first actor after it, within a few words (`بينهم ثلاثة ضباط أمريكيين`)
            let Some(m) = raw[i + 1..]
                .iter()
                .find(|m| m.tokens.start > k && m.tokens.start <= k + 4 && m.prep.is_none())
            else {
                continue;
            };
            let countries: Vec<_> = m.actors.iter().filter_map(|a| a.country).collect();
            let Some(&c) = countries.first() else {
                continue;
            };
            if !c.is_iso() || countries.iter().any(|x| *x != c) {
                continue;
            }
            for a in &mut raw[i].actors {
                a.country = Some(c);
                a.inferred = Some(Inferred::Country);
            }
        }
    }

    /// `قالت حركة الشباب إن مقاتليها هاجموا`, `طردت روسيا 23 من دبلوماسييها`: a bare agent
    /// word with a possessive pronoun belongs to the nearest earlier actor of the sentence that
    /// has a country (else the document's last subject): it takes that country, and fighters
    /// of an armed group or army are that group (its sector and name).
    fn possessed_agents(&self, raw: &mut [Slot], last_subject: Option<&ActorRef>) {
        for i in 0..raw.len() {
            let s = &raw[i];
            let single = s.tokens.len() == 1 && s.actors.len() == 1;
            let possessive = single
                && self.tokens[s.tokens.start].segments.iter().any(|g| {
                    // (not `ـه`: it is also the folded `ة`, `طلبه` "students")
                    g.kind == rasad_text::SegmentKind::Enclitic
                        && matches!(g.text.as_str(), "ها" | "هم" | "هما" | "هن")
                });
            let a = &s.actors[0];
            if !possessive || a.id.is_some() || a.country.is_some() || a.sector.is_none() {
                continue;
            }
            let owner = raw[..i]
                .iter()
                .rev()
                .filter(|o| o.actors.len() == 1)
                .map(|o| &o.actors[0])
                .find(|o| o.inferred.is_none() && o.country.is_some())
                .or_else(|| last_subject.filter(|o| o.country.is_some()))
                .cloned();
            let Some(o) = owner else { continue };
            let armed =
                |x: Option<Sector>| matches!(x, Some(Sector::Uaf | Sector::Reb | Sector::Mil));
            let a = &mut raw[i].actors[0];
            a.country = o.country;
            if armed(a.sector) && armed(o.sector) {
                a.sector = o.sector;
                a.id = o.id.clone();
                a.name = o.name.clone();
            }
            a.antecedent = Some(o.antecedent.unwrap_or(o.span));
        }
    }

    /// Pair anaphors (`البلدين`, `الطرفين`, `كل جانب`) resolved to the last two parties.
    fn anaphors(
        &self,
        prior: &[ActorRef],
        last_pair: Option<&[ActorRef]>,
        raw: &[Slot],
    ) -> Vec<Slot> {
        let mut out = Vec::new();
        for (i, f) in self.forms.iter().enumerate() {
            let bare = strip_conj(f);
            let bare_agent = |s: &Slot| {
                s.tokens == (i..i + 1)
                    && s.actors.len() == 1
                    && s.actors[0].id.is_none()
                    && (s.actors[0].country.is_none() || s.actors[0].antecedent.is_some())
                    && words::is_word(bare, &words::PAIR_TITLES)
            };
            if raw.iter().any(|s| s.tokens.contains(&i) && !bare_agent(s)) {
                continue;
            }
            // `الرئيسان الأمريكي والفرنسي`: a dual title with its own nisbas names its parties
            // there, whatever pair came before
            let own_nisbas = words::is_word(bare, &words::PAIR_TITLES)
                && self.forms.get(i + 1).is_some_and(|n| nisba_shaped(n))
                && raw.iter().any(|s| {
                    s.tokens.start == i + 1 && s.actors.iter().all(|a| a.sector.is_none())
                });
            if own_nisbas {
                continue;
            }
            // (`كل من قطر وتركيا`: "both Qatar and Turkey", the names follow — of actors or
            // not: `زار كلا من قبة الصخرة والمسجد الأقصى`)
            let names_follow = self.forms.get(i + 1).is_some_and(|n| n == "من");
            let (each, len) = if bare == "كل"
                && !names_follow
                && self
                    .forms
                    .get(i + 1)
                    .is_some_and(|n| words::is_word(n, &words::EACH_HEADS))
            {
                (true, 2)
            } else if words::is_word(bare, &words::GROUP_PAIRS)
                || words::is_word(bare, &words::PAIR_TITLES)
                || (words::is_word(bare, &words::PAIR_ANAPHORS)
                    || words::is_word(f, &words::PAIR_ANAPHORS))
                    && !words::plural_countries(&self.forms, i)
                    // (`كلا من كندا والسعودية`: "both Canada and Saudi Arabia", the names follow)
                    && !(bare == "كلا" && names_follow)
            {
                (false, 1)
            } else {
                continue;
            };
            // Antecedents: a group of parties earlier in this sentence, else the last group of
            // the document, else the last two distinct countries mentioned (this sentence's
            // first).
            // (the anaphors are duals: a group of three is not their antecedent)
            let group_here = raw
                .iter()
                .rev()
                .find(|s| s.tokens.end <= i && distinct_countries(&s.actors) == 2)
                .map(|s| s.actors.clone());
            let last_pair = last_pair.filter(|p| distinct_countries(p) == 2);
            // `الحركتان`, `الحزبين`: the last two named movements or parties, of one country
            // or not (`فتح وحماس`)
            let group_pair = words::is_word(bare, &words::GROUP_PAIRS);
            let groups = || {
                let mut picked: Vec<ActorRef> = Vec::new();
                for a in named_before(raw, i)
                    .into_iter()
                    .rev()
                    .chain(prior.iter().rev().take(40))
                {
                    if named_group(a, &[Sector::Pty, Sector::Reb, Sector::Opp])
                        && !picked.iter().any(|p| p.id == a.id)
                    {
                        picked.push(a.clone());
                        if picked.len() == 2 {
                            break;
                        }
                    }
                }
                picked
            };
            let mut picked: Vec<ActorRef> = if group_pair {
                groups()
            } else {
                match group_here.or_else(|| last_pair.map(|p| p.to_vec())) {
                    Some(g) => {
                        let mut g: Vec<ActorRef> = g.into_iter().rev().collect();
                        g.dedup_by(|a, b| a.country == b.country);
                        g
                    }
                    None => {
                        // the parties named earlier in this sentence come first (`العلاقات بين
                        // واشنطن وبكين … بين البلدين`), then the document's
                        let here = raw
                            .iter()
                            .filter(|s| s.tokens.end <= i)
                            .flat_map(|s| s.actors.iter())
                            // (a country guessed from a place is no party named: `زعيما
                            // البلدين اللذين زارا واشنطن`)
                            .filter(|a| a.antecedent.is_none() && a.inferred.is_none());
                        let mut picked: Vec<ActorRef> = Vec::new();
                        let here: Vec<&ActorRef> = here.collect();
                        for a in here.into_iter().rev().chain(prior.iter().rev()) {
                            let Some(c) = a.country else { continue };
                            if c.is_international() || picked.iter().any(|p| p.country == Some(c)) {
                                continue;
                            }
                            picked.push(a.clone());
                            if picked.len() == 2 {
                                break;
                            }
                        }
                        picked
                    }
                }
            };
            if picked.len() < 2 {
                continue;
            }
            picked.reverse();
            let start = self.tokens[i].span.start;
            let end = self.tokens[(i + len - 1).min(self.tokens.len() - 1)]
                .span
                .end;
            let span = rasad_text::Span::new(start, end);
            // `البلدين`, `الدولتين` are the countries themselves, whatever agent was named
            let countries = [
                "البلدين",
                "البلدان",
                "الدولتين",
                "الدولتان",
                "الجارتين",
                "الجارين",
            ]
            .contains(&bare);
            let text = self.tokens[i..i + len]
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let actors = picked
                .into_iter()
                .map(|a| ActorRef {
                    text: text.clone(),
                    span,
                    name: if countries && a.sector.is_some() {
                        a.country
                            .map(|c| c.as_str().to_string())
                            .unwrap_or(a.name.clone())
                    } else {
                        a.name.clone()
                    },
                    id: if countries {
                        a.country.map(|c| c.as_str().to_string())
                    } else {
                        a.id.clone()
                    },
                    country: a.country,
                    // (`الرئيسان`, `الزعيمين`: the two countries' leaders, whoever of theirs
                    // the antecedent was)
                    sector: if countries {
                        None
                    } else if words::is_word(bare, &words::PAIR_TITLES) {
                        Some(Sector::Gov)
                    } else {
                        a.sector
                    },
                    antecedent: Some(a.antecedent.unwrap_or(a.span)),
                    inferred: a.inferred,
                })
                .collect();
            let prep = if i > 0 && words::is_word(&self.forms[i - 1], &words::PREPOSITIONS) {
                Some(self.forms[i - 1].clone())
            } else if bare == "بينهما" {
                Some("بين".to_string())
            } else {
                None
            };
            out.push(Slot {
                tokens: i..i + len,
                actors,
                each,
                prep,
            });
        }
        out
    }

    /// Singular group anaphors (`سيطرت الحركة على العاصمة` after `حركة طالبان`, `طرد التنظيم`
    /// after `تنظيم داعش`, `الحزب` after `حزب الله`): the most recent named group of the kind
    /// the noun allows, in this sentence before the word or in the last 40 actors of the
    /// document; one whose name starts with the same noun wins over a nearer one that does not.
    /// A word with an adjective of its own (`الحركة الشعبية`, `الحزب الحاكم`) names another
    /// group, and a noun of motion before `الحركة` makes it movement (`حرية الحركة`).
    fn group_anaphors(&self, prior: &[ActorRef], raw: &[Slot]) -> Vec<Slot> {
        let mut out = Vec::new();
        for (i, f) in self.forms.iter().enumerate() {
            let w = strip_conj(f);
            // (`للحركة`, `بالتنظيم`: the preposition is a proclitic)
            let (head, prep) = if let Some(r) = w.strip_prefix("لل") {
                (format!("ال{r}"), Some("ل".to_string()))
            } else if let Some(r) = w.strip_prefix("بال") {
                (format!("ال{r}"), Some("ب".to_string()))
            } else {
                let prep = (i > 0)
                    .then(|| strip_conj(&self.forms[i - 1]))
                    .filter(|p| words::is_word(p, &words::PREPOSITIONS))
                    .map(str::to_string);
                (w.to_string(), prep)
            };
            let Some(&(_, sectors)) = words::GROUP_ANAPHORS.iter().find(|(n, _)| *n == head) else {
                continue;
            };
            if raw.iter().any(|s| s.tokens.contains(&i)) {
                continue;
            }
            let own_adjective = self
                .forms
                .get(i + 1)
                .is_some_and(|n| n.starts_with("ال") && !words::is_word(n, &words::GROUP_EPITHETS));
            let motion = i > 0 && word_or_after_clitic(&self.forms[i - 1], &words::MOTION_HEADS);
            // (`الإذاعة التابعة للحركة`: the group owns the noun before it)
            let owner = prep.as_deref() == Some("ل")
                && i > 0
                && strip_conj(&self.forms[i - 1]).starts_with("التابع");
            if own_adjective || motion || owner {
                continue;
            }
            let head_bare = head.strip_prefix("ال").unwrap_or(&head);
            let candidates: Vec<&ActorRef> = named_before(raw, i)
                .into_iter()
                .rev()
                .chain(prior.iter().rev().take(40))
                .filter(|a| named_group(a, sectors))
                .collect();
            let Some(a) = candidates
                .iter()
                .find(|a| has_head(&a.text, head_bare))
                .or_else(|| candidates.first())
            else {
                continue;
            };
            let t = &self.tokens[i];
            out.push(Slot {
                tokens: i..i + 1,
                actors: vec![ActorRef {
                    text: t.norm.clone(),
                    span: t.span,
                    antecedent: Some(a.antecedent.unwrap_or(a.span)),
                    ..(*a).clone()
                }],
                each: false,
                prep,
            });
        }
        out
    }

    /// Whether a slot's first word carries the conjunction `و` before its actor (`وإيران`).
    fn conj_on_first_word(&self, s: &Slot) -> bool {
        self.forms
            .get(s.tokens.start)
            .is_some_and(|f| f.starts_with('و'))
            && s.actors[0].span.start > self.tokens[s.tokens.start].span.start
    }

    /// The matching forms of the words between two slots.
    fn gap_words(&self, prev: &Slot, s: &Slot) -> Vec<&str> {
        (prev.tokens.end..s.tokens.start)
            .map(|k| self.forms[k].as_str())
            .collect()
    }

    /// Merges coordinated slots (`X و Y`, `X، Y و Z`) and agent + `في` + country compositions.
    fn merge(&self, raw: Vec<Slot>) -> Vec<Slot> {
        // how raw slot `i` joins the one before it: `Some(true)` by `و`, `Some(false)` by a comma
        let join = |prev: &Slot, s: &Slot| -> Option<bool> {
            let first_tok_conj = self.conj_on_first_word(s);
            let gap = self.gap_words(prev, s);
            if first_tok_conj && (gap.is_empty() || gap == [","])
                || gap == ["و"]
                || gap == [",", "و"]
            {
                Some(true)
            } else if gap == [","] {
                Some(false)
            } else {
                None
            }
        };
        // `العاهل السعودي، الملك سلمان`: a person next to a title or name of the same country,
        // set off by a comma, is the same actor (not a group's members: `أعضاء الائتلاف`)
        let apposition = |prev: &Slot, s: &Slot| {
            let person = |x: &Slot| {
                self.persons
                    .iter()
                    .any(|p| p.start >= x.tokens.start && p.end <= x.tokens.end)
            };
            prev.actors.len() == 1
                && s.actors.len() == 1
                && s.prep.is_none()
                && (person(prev) || person(s))
                && (prev.actors[0].country == s.actors[0].country
                    || prev.actors[0].country.is_none()
                    || s.actors[0].country.is_none())
                && (prev.actors[0].sector == s.actors[0].sector
                    || prev.actors[0].sector.is_none()
                    || s.actors[0].sector.is_none())
                && !words::member_noun(&self.forms[prev.tokens.start])
        };
        // a comma coordinates only in a list that ends with `و` (`X، Y و Z`) or between a
        // title and a name; otherwise (`انتقد أعضاء الائتلاف، رئيس الوزراء نتانياهو`) the two
        // are a subject and an object
        let mut listed = vec![false; raw.len()];
        let mut appositive = vec![false; raw.len()];
        for i in (1..raw.len()).rev() {
            listed[i] = match join(&raw[i - 1], &raw[i]) {
                Some(true) => true,
                Some(false) => {
                    let list = raw.get(i + 1).is_some()
                        && listed[i + 1]
                        && join(&raw[i], &raw[i + 1]).is_some();
                    appositive[i] = !list && apposition(&raw[i - 1], &raw[i]);
                    list || appositive[i]
                }
                None => false,
            };
        }
        let mut out: Vec<Slot> = Vec::new();
        for (i, s) in raw.into_iter().enumerate() {
            if let Some(last) = out.last_mut() {
                let first_tok_conj = self.conj_on_first_word(&s);
                let gap_words = self.gap_words(last, &s);
                let coord = (gap_words.is_empty() && first_tok_conj)
                    || gap_words == ["و"]
                    || gap_words == [","] && !s.each && listed[i];
                // `المتحدث باسم الجيش الإسرائيلي`: a spokesperson speaks for the body named after
                // `باسم`, and is coded as that body
                // (`المتحدث الرسمي باسم`: an adjective of the title may stand between)
                let spokes = matches!(
                    gap_words.as_slice(),
                    ["باسم"] | ["الرسمي", "باسم"] | ["الرسميه", "باسم"]
                ) && last.actors.len() == 1
                    && s.prep.is_none()
                    && {
                        let t = Normalizer::matching().normalize_str(&last.actors[0].text);
                        let t = strip_conj(&t);
                        let t = t.strip_prefix("ال").unwrap_or(t);
                        t.starts_with("متحدث") || t.starts_with("ناطق")
                    };
                if spokes {
                    last.actors = s.actors.clone();
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // `وزيري الدفاع في أذربيجان وأرمينيا`: an agent without country gets the
                // countries that follow it after `في` (an agent: a sector; a bare name `X في
                // بريطانيا` is someone in Britain, not British).
                let agent_in = gap_words == ["في"]
                    && last
                        .actors
                        .iter()
                        .all(|a| a.country.is_none() && a.sector.is_some())
                    && s.actors
                        .iter()
                        .all(|a| a.country.is_some() && a.sector.is_none());
                if agent_in {
                    let agents = std::mem::take(&mut last.actors);
                    for c in &s.actors {
                        for a in &agents {
                            let mut a = a.clone();
                            a.country = c.country;
                            out_push_unique(&mut last.actors, a);
                        }
                    }
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // `حكومة الرئيس عمر البشير`, `قوات النظام السوري`: an institution word in the
                // construct state takes the country of its genitive
                let construct = gap_words.is_empty()
                    && !first_tok_conj
                    && !last.each
                    && s.prep.is_none()
                    && last.actors.len() == 1
                    && last.tokens.len() == 1
                    && last.actors[0].country.is_none()
                    && last.actors[0].id.is_none()
                    && words::is_word(
                        strip_conj(&self.forms[last.tokens.start]),
                        &words::CONSTRUCT_HEADS,
                    )
                    && !s.actors.is_empty()
                    && s.actors
                        .iter()
                        .all(|a| a.country.is_some() && a.country == s.actors[0].country);
                if construct {
                    last.actors[0].country = s.actors[0].country;
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // `ضابطا في الشرطة`, `عناصر من الجيش`: a member of an institution has the
                // institution's codes (the member word alone only guesses them)
                // `مهاجما انتحاريا من حركة طالبان`: armed men from a named group are the group's;
                // `المتشددين الموالين لحركة طالبان`, `مسلحين تابعين للتنظيم`: so are those
                // affiliated with it
                let head = last.actors.first();
                let armed = head.is_some_and(|a| {
                    a.id.is_none()
                        && a.sector
                            .is_some_and(|x| matches!(x.as_str(), "UAF" | "REB"))
                });
                let affiliated = head.is_some_and(|a| a.id.is_none() && a.sector.is_some())
                    && s.prep.as_deref() == Some("ل")
                    && match gap_words.as_slice() {
                        [w] | ["من", w] => words::is_word(strip_conj(w), &words::AFFILIATION),
                        _ => false,
                    };
                // `المتحدث الرسمي للحكومة العراقية`, `الرئيسة السابقة لحكومة الدنمارك`: an official
                // without a country before `لـ` + a body of one country is that body's (a bare
                // country needs a title adjective between: `زيارة الرئيس لروسيا` is a visit to it)
                let title_adjective = |w: &str| {
                    matches!(
                        strip_conj(w),
                        "الرسمي"
                            | "الرسميه"
                            | "السابق"
                            | "السابقه"
                            | "العام"
                            | "العامه"
                            | "الاعلي"
                    )
                };
                let title_of = last.actors.len() == 1
                    && !last.each
                    && last.actors[0].country.is_none()
                    && last.actors[0].id.is_none()
                    && last.actors[0].sector == Some(Sector::Gov)
                    && s.prep.as_deref() == Some("ل")
                    && gap_words.len() <= 1
                    && gap_words.iter().all(|w| title_adjective(w))
                    && !s.actors.is_empty()
                    && s.actors.iter().all(|a| {
                        a.country.is_some_and(|c| c.is_iso()) && a.country == s.actors[0].country
                    })
                    && (gap_words.len() == 1 || s.actors.iter().all(|a| a.sector.is_some()));
                if title_of {
                    last.actors[0].country = s.actors[0].country;
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // `رئيس المكتب السياسي لحركة حماس`, `عضو اللجنة المركزية لحركة فتح`: an agent
                // word before an organ of a named body (see `organ_start`) is the body's, with
                // its codes (a title before `لـ` + the body itself is the recognizer's:
                // `الأمين العام لحزب الله`)
                let official_of = last.actors.len() == 1
                    && !last.each
                    && !s.each
                    && s.actors.len() == 1
                    && s.prep.is_none()
                    && gap_words.is_empty()
                    && !first_tok_conj
                    && last.actors[0].id.is_none()
                    && last.actors[0].country.is_none()
                    && last.actors[0].sector.is_some()
                    && words::organ_before(&self.forms, s.tokens.start + 2)
                        .is_some_and(|(k, _)| k == s.tokens.start);
                if official_of {
                    last.actors = s.actors.clone();
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                let member_of = last.actors.len() == 1
                    && !last.each
                    && (matches!(gap_words.as_slice(), ["في"] | ["من"])
                        && words::member_noun(
                            &Normalizer::matching().normalize_str(&last.actors[0].text),
                        )
                        || gap_words == ["من"] && armed && s.actors.iter().all(|a| a.id.is_some())
                        || affiliated)
                    && !s.actors.is_empty()
                    && s.actors
                        .iter()
                        .all(|a| a.sector.is_some() && a.country == s.actors[0].country)
                    && (last.actors[0].country.is_none()
                        || last.actors[0].country == s.actors[0].country);
                if member_of {
                    let body = &s.actors[0];
                    last.actors[0].sector = body.sector;
                    last.actors[0].country = body.country.or(last.actors[0].country);
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // apposition: `المرجع العراقي علي السيستاني` — a bare nisba/country next to a
                // more specific actor is one actor
                let nisba = |a: &ActorRef| {
                    let t = Normalizer::matching().normalize_str(&a.text);
                    let t = strip_conj(&t);
                    a.sector.is_none()
                        && !t.contains(' ')
                        && t.starts_with("ال")
                        && ["ي", "يه", "يين", "يون"].iter().any(|e| t.ends_with(e))
                };
                let apposition = gap_words.is_empty()
                    && !first_tok_conj
                    && !last.each
                    && !s.each
                    && last.actors.len() == 1
                    && s.actors.len() == 1
                    && s.prep.is_none()
                    && nisba(&last.actors[0])
                    && s.actors[0].sector.is_some()
                    && s.actors[0].id.is_some();
                if apposition {
                    let (general, specific) = (last.actors[0].clone(), s.actors[0].clone());
                    let mut a = specific;
                    if a.country.is_none() {
                        a.country = general.country;
                    }
                    last.actors = vec![a];
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                // (a preposition of its own starts a new phrase: `اعتقال السلطات، لرجل الدين`;
                // coordinated actors share the first one's: `إلى أرمينيا وأذربيجان`)
                let own_prep = s.prep.is_some() && s.prep != last.prep;
                // an apposition names one actor: the person, with the title's codes
                // where the person has none
                if coord && appositive[i] && last.actors.len() == 1 && !last.each && !s.each {
                    let named = |a: &ActorRef| a.id.is_some();
                    let (keep, other) = if named(&s.actors[0]) || !named(&last.actors[0]) {
                        (s.actors[0].clone(), last.actors[0].clone())
                    } else {
                        (last.actors[0].clone(), s.actors[0].clone())
                    };
                    let mut a = keep;
                    a.country = a.country.or(other.country);
                    a.sector = a.sector.or(other.sector);
                    last.actors = vec![a];
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
                if coord && !last.each && !s.each && !own_prep {
                    last.actors.extend(s.actors);
                    last.tokens = last.tokens.start..s.tokens.end;
                    continue;
                }
            }
            out.push(s);
        }
        out
    }

    /// Whether slot `s` names a person (a person mention lies inside it).
    pub fn is_person(&self, s: usize) -> bool {
        let t = &self.slots[s].tokens;
        self.persons
            .iter()
            .any(|p| p.start >= t.start && p.end <= t.end)
    }

    pub fn slot_at(&self, tok: usize) -> Option<usize> {
        self.slots.iter().position(|s| s.tokens.start == tok)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
    }

    /// Whether a dash stands among tokens `from..to`: what is before it is a dateline
    /// (`دبي، الإمارات (CNN)-- قال …`), no part of the clause after it.
    pub fn dash_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| words::is_dash(&self.forms[k]))
    }
}

/// Number of distinct, non-international countries among `actors`.
pub fn distinct_countries(actors: &[ActorRef]) -> usize {
    let mut seen: Vec<rasad_event::Country> = Vec::new();
    for a in actors {
        if let Some(c) = a.country {
            if !c.is_international() && !seen.contains(&c) {
                seen.push(c);
            }
        }
    }
    seen.len()
}

fn out_push_unique(v: &mut Vec<ActorRef>, a: ActorRef) {
    if !v.iter().any(|b| b.country == a.country && b.span == a.span) {
        v.push(a);
    }
}

/// Clause number of every token: a new clause starts at `, ; :` and at clause-opening words.
fn clauses(forms: &[String]) -> Vec<usize> {
    // `قصفت الطائرات، الثلاثاء، مواقع`: commas around a time phrase (`أمس`, `مساء الخميس`)
    // set off an adverb, not a clause
    let time = |f: &str| {
        matches!(
            strip_conj(f),
            "يوم"
                | "امس"
                | "اليوم"
                | "الليله"
                | "صباح"
                | "مساء"
                | "فجر"
                | "ظهر"
                | "عصر"
                | "ليل"
                | "الاحد"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
                | "السبت"
        )
    };
    let mut quiet = vec![false; forms.len()];
    for (i, f) in forms.iter().enumerate() {
        if f != "," {
            continue;
        }
        let close = (i + 2..(i + 5).min(forms.len())).find(|&j| forms[j] == ",");
        // (only before the verb's object or subject: a preposition, particle or `أن` after
        // the closing comma starts a phrase of its own, `برصاص الجيش، الاثنين، خلال …`)
        let object_next = |j: usize| {
            forms.get(j + 1).is_some_and(|n| {
                let n = strip_conj(n);
                !words::is_word(n, &words::PREPOSITIONS)
                    && !words::is_word(n, &words::PARTICLES)
                    && !words::is_word(n, &words::COMPLEMENTIZERS)
                    && !n.starts_with("بال")
                    && !n.starts_with("لل")
                    && !n.starts_with("كال")
            })
        };
        if let Some(j) = close {
            if (i + 1..j).all(|k| time(&forms[k])) && object_next(j) {
                quiet[i] = true;
                quiet[j] = true;
            }
        }
    }
    let mut out = Vec::with_capacity(forms.len());
    let mut c = 0;
    for (i, f) in forms.iter().enumerate() {
        if quiet[i] {
            out.push(c);
            continue;
        }
        let after_modal = i > 0
            && (words::is_word(&forms[i - 1], &words::MODALS)
                || words::is_word(&forms[i - 1], &words::DEONTIC));
        // (`في حي المصطفى (وسط)`: a word in parentheses is a note, not a clause)
        let bracketed = i > 0 && forms[i - 1] == "(";
        let opens = (words::is_word(f, &words::CLAUSE_OPENERS) && !after_modal && !bracketed)
            // (dashes too: the dateline `دبي، الإمارات (CNN)— طلبت …` is no subject)
            || matches!(
                f.as_str(),
                "," | ";" | ":" | "." | "!" | "?"
            )
            || words::is_dash(f);
        if opens && i > 0 {
            c += 1;
        }
        out.push(c);
    }
    out
}
