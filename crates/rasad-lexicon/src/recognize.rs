//! Recognition over one analyzed sentence: longest, clitic-aware phrase matches ("chunks"), then
//! composition of chunks into actor mentions.
//!
//! Composition rules (each mention lists the rules that fired in `matched`):
//! - `agent+agent`: a title heads an institution (`قائد الشرطة` → COP); an armed or opposition
//!   word specifies the head (`المتظاهرين المعارضين` → OPP).
//! - `agent+nisba`: `القوات الأرمنية` → ARM MIL; a `head` agent (`الخارجية`) is an actor only so
//!   composed (`الخارجية التركية` → TUR GOV); up to two agreeing adjectives may sit between
//!   (`القوات الخاصة الأمريكية`, `دورية عسكرية ألمانية`).
//! - `agent+min+country`: civilian kinds "from" a country or nationality (`لاجئون من التبت`,
//!   `متظاهرون من الفلسطينيين`); never troops, who are mostly leaving the place.
//! - `agent+country` / `agent+place` (idafa): `حكومة أذربيجان`, `شرطة بغداد` → the place's country.
//! - `agent+fi+country`: `مكتب المدعي العام في أذربيجان`.
//! - `agent+organisation`, also through `في`/`من`: `مسلحو حماس`, `زعماء طالبان`,
//!   `مسلحا من تنظيم القاعدة` → the organisation's codes (it identifies the agent); the agent's
//!   sector only when the organisation has none.
//! - `title+person`: `رئيس الوزراء الأرميني نيكول باشينيان` → the person's role at the article date;
//!   after a common noun the noun keeps its sector (`قوات مناوي` → SDN MIL).
//! - `location-country`: a mention with a sector but no country takes the country of the
//!   sentence's location when all locations agree (`جنود في وزيرستان` → PAK; a place reached
//!   from or to, `من أمستردام`, `إلى لندن`, is no location); the coder marks such a country as
//!   inferred.
//! - `name+attribute`: one definite singular adjective right after a named person or
//!   organisation describes it and joins its mention (`تنظيم داعش الإرهابي`, `ميليشيات الحوثي
//!   الإيرانية`, `حزب الغد المعارض`); the name keeps its codes.
//! - `coordination`: `وزيري الدفاع في أذربيجان وأرمينيا` → a second mention for `أرمينيا` with the
//!   agent's sector; plain coordination of names (`أرمينيا وأذربيجان`) gives separate mentions
//!   anyway because each conjunct is its own chunk.

use crate::compile::{fold_key, Term, TermKind};
use crate::source::{Entry, Role};
use crate::{Lexicon, Mention, MentionKind, PlaceInfo};
use chrono::NaiveDate;
use rasad_event::{Country, Sector};
use rasad_text::{Analysis, Normalizer, Sentence, Span, Token};
use std::borrow::Cow;

/// A phrase match.
#[derive(Debug)]
struct Chunk<'l> {
    /// Token indices in the document.
    start: usize,
    end: usize,
    span: Span,
    terms: &'l [Term],
    /// A conjunction (و/ف) was stripped from the first word.
    conj: bool,
    /// A preposition (ب/ل/ك) was stripped from the first word.
    prep: bool,
    /// Alternate readings of the matched name (`~عمان`: Amman besides Oman).
    alt: Option<&'l [Term]>,
    /// `terms` is an alternate reading, chosen by the sentence's countries.
    alternate: bool,
}

/// Up to this many unmatched definite adjectives may separate an agent from its nisba.
const MAX_ADJ_GAP: usize = 2;

impl Lexicon {
    /// [`recognize`](Self::recognize), with the countries the document named before this
    /// sentence: when the sentence itself does not decide between the readings of an ambiguous
    /// place name (`عمان`: Oman, or Amman — `~عمان` in places.tsv), a reading whose country the
    /// document named wins, unless the document named the other reading's country too.
    pub fn recognize_in_context(
        &self,
        analysis: &Analysis,
        sentence: &Sentence,
        date: Option<NaiveDate>,
        context: &[Country],
    ) -> Vec<Mention> {
        let range = sentence.tokens.start.min(analysis.tokens.len())
            ..sentence.tokens.end.min(analysis.tokens.len());
        let toks = &analysis.tokens[range.clone()];
        let keys: Vec<Cow<str>> = toks.iter().map(token_key).collect();
        let mut chunks = self.chunks(analysis.text, toks, &keys, range.start);
        self.choose_alternates(&mut chunks, context);
        let mut mentions = self.compose(analysis, &chunks, &keys, range.start, date);
        location_country(analysis, &mut mentions);
        mentions
    }

    /// Greedy left-to-right longest matches.
    fn chunks<'l>(
        &'l self,
        text: &str,
        toks: &[Token],
        keys: &[Cow<str>],
        base: usize,
    ) -> Vec<Chunk<'l>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // (len, stripped, terms, conj, alternates)
            type Best<'l> = (usize, usize, &'l [Term], bool, Option<&'l [Term]>);
            let mut best: Option<Best<'l>> = None;
            // after `بن` (son of) comes a father's name, not an actor: `فهد بن تركي` is no
            // Turk, `محمد بن سلمان` not the king (a full name in the lexicon matches from its
            // first word, before this)
            let patronym = i > 0 && matches!(&*keys[i - 1], "بن" | "بنت" | "ابن" | "ابنه");
            if !keys[i].is_empty() && !patronym {
                for (cand, stripped, conj) in first_word_readings(&keys[i]) {
                    // `وإلى` is `و` + `إلى`, never the governor `والي`: a conjunction before a
                    // function word is no part of a name
                    if stripped == 0 && conj_function_word(&toks[i].norm) {
                        continue;
                    }
                    // a word the segmenter never cuts (`كارمن`) has no proclitic to strip
                    if stripped > 0 && self.analyzer.segmenter().is_protected(&toks[i].norm) {
                        continue;
                    }
                    let mut key = cand;
                    // `n`: tokens consumed (quotes inside a name included: تنظيم «القاعدة»);
                    // `words`: words in the key; `quotes`: quote tokens skipped.
                    let (mut n, mut words, mut quotes) = (1, 1, 0);
                    loop {
                        if let Some(terms) = self.matcher.phrases.get(&*key) {
                            // An odd number of quotes inside: take the closing one too.
                            let close =
                                quotes % 2 == 1 && keys.get(i + n).is_some_and(|k| is_quote(k));
                            let n = n + close as usize;
                            if best.as_ref().is_none_or(|b| n > b.0) {
                                let alt = self.matcher.alternates.get(&*key);
                                best = Some((
                                    n,
                                    stripped,
                                    terms.as_slice(),
                                    conj,
                                    alt.map(Vec::as_slice),
                                ));
                            }
                        }
                        if words >= self.matcher.max_words || !self.matcher.prefixes.contains(&*key)
                        {
                            break;
                        }
                        let mut j = i + n;
                        while j < toks.len() && is_quote(&keys[j]) {
                            j += 1;
                            quotes += 1;
                        }
                        if j >= toks.len() {
                            break;
                        }
                        let k = key.to_mut();
                        k.push(' ');
                        k.push_str(&keys[j]);
                        n = j - i + 1;
                        words += 1;
                    }
                }
            }
            match best {
                // `مسقط رأسه`: a phrase that is no name (lexicon `not-names*`) hides the names
                // inside it
                Some((n, _, terms, ..)) if terms.iter().any(|t| t.kind == TermKind::NotName) => {
                    i += n;
                }
                Some((n, stripped, terms, conj, alt)) => {
                    let t0 = &toks[i];
                    let start = offset_after_letters(text, t0.span, stripped);
                    out.push(Chunk {
                        start: base + i,
                        end: base + i + n,
                        span: Span::new(start, toks[i + n - 1].span.end),
                        terms,
                        conj,
                        prep: stripped > usize::from(conj),
                        alt,
                        alternate: false,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// A name with alternate readings (`عمان`: Oman, or `~عمان` Amman) takes the reading whose
    /// country another name of the sentence gives (`العاصمة الأردنية عمان`, `عمان، الأردن`),
    /// else one whose country the document named before (`context`) while it never named the
    /// plain reading's; never when coordinated with a country (`الأردن وعمان` lists countries).
    fn choose_alternates(&self, chunks: &mut [Chunk], context: &[Country]) {
        if chunks.iter().all(|c| c.alt.is_none()) {
            return;
        }
        let named: Vec<Country> = chunks
            .iter()
            .filter(|c| c.alt.is_none())
            .filter_map(|c| self.country_of(c).map(|(_, cc)| cc))
            .collect();
        let is_country = |c: &Chunk| self.find(c, &[TermKind::Country]).is_some();
        for i in 0..chunks.len() {
            let Some(alt) = chunks[i].alt else { continue };
            let after_country = i > 0
                && chunks[i].conj
                && chunks[i - 1].end == chunks[i].start
                && is_country(&chunks[i - 1]);
            let before_country = chunks
                .get(i + 1)
                .is_some_and(|n| n.conj && n.start == chunks[i].end && is_country(n));
            if after_country || before_country {
                continue;
            }
            let in_country = |t: &Term, set: &[Country]| matches!(self.entry(t), Entry::Place { country: Some(cc), .. } if set.contains(cc));
            let plain = self.country_of(&chunks[i]).map(|(_, cc)| cc);
            let pick = alt.iter().position(|t| in_country(t, &named)).or_else(|| {
                if plain.is_some_and(|p| context.contains(&p) || named.contains(&p)) {
                    return None;
                }
                alt.iter().position(|t| in_country(t, context))
            });
            if let Some(j) = pick {
                chunks[i].terms = &alt[j..j + 1];
                chunks[i].alternate = true;
            }
        }
    }

    fn entry(&self, t: &Term) -> &Entry {
        &self.rows[t.entry as usize].entry
    }

    fn find(&self, c: &Chunk, kinds: &[TermKind]) -> Option<Term> {
        kinds
            .iter()
            .find_map(|k| c.terms.iter().find(|t| t.kind == *k).copied())
    }

    /// The country a country, nisba or place chunk stands for.
    fn country_of(&self, c: &Chunk) -> Option<(Term, Country)> {
        let t = self.find(c, &[TermKind::Country, TermKind::Nisba, TermKind::Place])?;
        match self.entry(&t) {
            Entry::Country { code, .. } => Some((t, *code)),
            Entry::Place {
                country: Some(cc), ..
            } => Some((t, *cc)),
            _ => None,
        }
    }

    fn compose(
        &self,
        analysis: &Analysis,
        chunks: &[Chunk],
        keys: &[Cow<str>],
        base: usize,
        date: Option<NaiveDate>,
    ) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut c = 0;
        while c < chunks.len() {
            let ch = &chunks[c];
            // `الانقلاب العسكري`, `الحل الدبلوماسي`: a nisba-shaped agent or title word right
            // after a definite noun that is no term of its own is that noun's adjective, not
            // "the soldier"
            // (after a noun of a group it names the group: `التنظيم الجهادي`)
            let after_term = c > 0 && chunks[c - 1].end == ch.start;
            let after_group = ch.start > base && GROUP_NOUNS.contains(&&*keys[ch.start - base - 1]);
            let plain_before = !after_term && !after_group;
            let agent_adjective = plain_before
                && ch.end - ch.start == 1
                && ch
                    .terms
                    .iter()
                    .all(|t| matches!(t.kind, TermKind::Agent | TermKind::Title))
                && (self.nisba_adjective(ch, keys, base)
                    || self.indefinite_nisba_adjective(ch, keys, base));
            if self.adjective_of_noun(ch, keys, base)
                || agent_adjective
                || verbal_noun(ch, keys, base)
            {
                c += 1;
                continue;
            }
            let agent = if self
                .find(
                    ch,
                    &[TermKind::Person, TermKind::Organisation, TermKind::Country],
                )
                .is_some()
            {
                None
            } else {
                self.find(ch, &[TermKind::Title, TermKind::Agent])
            };
            let Some(agent) = agent else {
                let mut b = self.standalone_builder(ch, date);
                // `تنظيم داعش الإرهابي`, `حزب الله اللبناني`: an adjective after a name
                // describes it (another definite adjective may come first: `جيش الإسلام
                // المسلحة المعارضة`)
                let named = self
                    .find(ch, &[TermKind::Person, TermKind::Organisation])
                    .is_some();
                let adjective_between = |n: &Chunk| {
                    n.start == b.end + 1
                        && keys.get(b.end - base).is_some_and(|k| {
                            k.starts_with("ال") && k.chars().count() > 4 && k.ends_with('ه')
                        })
                };
                if let Some(tag) = chunks
                    .get(c + 1)
                    .filter(|n| named && (n.start == b.end || adjective_between(n)))
                    .and_then(|n| self.attribute(n, keys, base))
                {
                    b.absorb(&chunks[c + 1], [tag, "name+attribute".into()]);
                    c += 1;
                }
                if self.led_by(&mut b, chunks.get(c + 1), keys, base) {
                    c += 1;
                }
                out.push(b.build(analysis, 0));
                c += 1;
                continue;
            };
            let Entry::Agent {
                id: agent_id,
                sector: agent_sector,
                head,
                ..
            } = self.entry(&agent)
            else {
                unreachable!("agent terms point at agent entries")
            };
            let mut m = Builder::new(ch, format!("agent:{agent_id}"));
            m.person = agent.kind == TermKind::Title;
            m.sector = Some(*agent_sector);
            m.name = agent_id.clone();
            let mut next = c + 1;
            let mut modifier_kind = None;
            // Agent + agent: a title heads an institution (`قائد الشرطة` → COP, `زعيم المعارضة`
            // → OPP); an armed or opposition adjective specifies the head (`المتظاهرين المعارضين`
            // → OPP, `مسلحين إسلاميين` → REB).
            // (`التقى الرئيس بوزير الخارجية`: not behind a preposition)
            if let Some(n) = chunks
                .get(next)
                .filter(|n| n.start == m.end && !n.conj && !n.prep)
            {
                let head_is_title = agent.kind == TermKind::Title;
                if let Some(t2) = self.find(n, &[TermKind::Agent, TermKind::Title]) {
                    if let Entry::Agent {
                        id: id2,
                        sector: s2,
                        ..
                    } = self.entry(&t2)
                    {
                        let member = agent_id == "member";
                        let state_body = matches!(
                            s2,
                            Sector::Gov
                                | Sector::Mil
                                | Sector::Cop
                                | Sector::Spy
                                | Sector::Jud
                                | Sector::Leg
                                | Sector::Cvl
                        );
                        // (an adjective agrees with its head: `الحكومة المسلحين` is two
                        // actors, the government and the gunmen)
                        let specifies = matches!(s2, Sector::Opp | Sector::Reb | Sector::Uaf)
                            && agrees(&keys[m.end - base - 1], &keys[n.end - base - 1])
                            // members of a non-state body are of its kind (`أعضاء حزب` → PTY)
                            || member && !state_body;
                        // forces of a state body (`قوات النظام السوري`, `مدفعية الجيش`,
                        // `عناصر الشرطة`): an indefinite armed head before a definite genitive
                        // keeps its own sector and takes the genitive's country below
                        // (supporters of a state body are civilians: `أنصار الحكومة`)
                        let forces_of = member && state_body
                            || !keys[m.end - base - 1].starts_with("ال")
                                && keys[n.start - base].starts_with("ال")
                                && matches!(agent_sector, Sector::Mil | Sector::Cop)
                                && matches!(s2, Sector::Gov | Sector::Mil | Sector::Cop);
                        // an indefinite head before a definite genitive of its own kind:
                        // `طلبة المدارس`, `جنود الجيش` are one actor
                        let own_kind = !keys[m.end - base - 1].starts_with("ال")
                            && keys[n.start - base].starts_with("ال")
                            && s2 == agent_sector;
                        // an indefinite head before a definite `head` word, which alone names
                        // no one, governs it as a plain genitive: `شركة الطيران الفرنسية` is a
                        // French company, not the French air force (the head keeps its sector)
                        let genitive_of_head = !keys[m.end - base - 1].starts_with("ال")
                            && keys[n.start - base].starts_with("ال")
                            && matches!(self.entry(&t2), Entry::Agent { head: true, .. });
                        if self
                            .find(
                                n,
                                &[TermKind::Person, TermKind::Organisation, TermKind::Country],
                            )
                            .is_none()
                            && (head_is_title || specifies || forces_of || own_kind)
                        {
                            if !forces_of || head_is_title || specifies {
                                m.sector = Some(*s2);
                            }
                            m.name = format!("{agent_id} {id2}");
                            m.absorb(n, [format!("agent:{id2}"), "agent+agent".into()]);
                            next += 1;
                        } else if genitive_of_head {
                            m.absorb(n, [format!("agent:{id2}"), "agent+genitive".into()]);
                            next += 1;
                        }
                    }
                }
            }
            // Modifier: nisba / country / place / organisation.
            if let Some(n) = chunks.get(next) {
                let gap = &keys[m.end - base..n.start - base];
                // (quotation marks alone are no gap: `جنود «المارينز»`)
                let gap: &[Cow<str>] = if !gap.is_empty()
                    && gap
                        .iter()
                        .all(|k| k.chars().all(|c| matches!(c, '"' | '«' | '»' | '“' | '”')))
                {
                    &[]
                } else {
                    gap
                };
                // a definite head takes no genitive: `وزير الخارجية مجلس الأمن` is two actors
                // (`وزير خارجية إيران`, `زعماء طالبان` compose); a nisba still agrees with it,
                // and `لـ` makes the genitive of a definite head (`الجناح العسكري لحركة حماس`)
                let definite_head = keys[m.end - base - 1].starts_with("ال");
                let adjacent = gap.is_empty();
                let genitive = adjacent && (!definite_head || n.prep);
                let via_fi = gap.len() == 1 && gap[0] == "في";
                // Members "of" an organisation: مسلحا من تنظيم القاعدة. Not for countries, where
                // من is mostly "out of" (انسحاب القوات من أفغانستان).
                let via_of = gap.len() == 1 && matches!(&*gap[0], "في" | "من");
                // Adjectives between the agent and its nisba agree with it: definite after a
                // definite agent (`القوات الخاصة الأمريكية`), indefinite and nisba-shaped after an
                // indefinite one (`دورية عسكرية ألمانية`, `مسلحين إسلاميين باكستانيين`).
                // A construct phrase may stand there too, its head indefinite before a definite
                // genitive (`رئيس مركز المصالحة الروسي`).
                // (only an indefinite agent takes indefinite words or heads a construct:
                // `الحكومة عمليات القصف الإيراني` is the government and an Iranian shelling)
                let agent_indefinite = m.end > base && !keys[m.end - base - 1].starts_with("ال");
                // (a feminine or plural head takes feminine adjectives: `القوات الخاصة
                // الأمريكية`, not `الحكومة القصف الإيراني`)
                // (a definite head only: after a construct, `وزارة التوحيد الكورية`, a
                // definite word is the genitive)
                let feminine_head = m.end > base && keys[m.start - base].starts_with("ال") && {
                    let h = &keys[m.end - base - 1];
                    h.ends_with('ه') || h.ends_with("ات")
                };
                let via_adj = !gap.is_empty()
                    && gap.len() <= MAX_ADJ_GAP
                    && gap.iter().enumerate().all(|(j, k)| {
                        // (coordinated adjectives too: `الأحزاب السياسية والإسلامية الكردية`)
                        (k.strip_prefix('و').unwrap_or(k).starts_with("ال")
                            && k.chars().count() > 3
                            && (!feminine_head
                                || k.starts_with('و')
                                || k.ends_with('ه')
                                || k.ends_with('ي')))
                            || agent_indefinite && is_indefinite_adjective(k)
                            || m.sector.is_some()
                                && agent_indefinite
                                && !k.starts_with("ال")
                                && k.chars().count() > 2
                                && gap.get(j + 1).is_some_and(|g| g.starts_with("ال"))
                    });
                // People "from" a country or of a nationality: `لاجئون من التبت`, `المتظاهرون من
                // ألمانيا`, `متظاهرون من فلسطينيين`. Only for civilian kinds, since troops "from"
                // a country are mostly leaving it (انسحاب القوات من أفغانستان).
                let people_from = gap.len() == 1
                    && gap[0] == "من"
                    && matches!(
                        m.sector,
                        Some(Sector::Cvl | Sector::Ref | Sector::Edu | Sector::Lab | Sector::Med)
                    );
                if let Some((t, cc)) = self.country_of(n) {
                    let ok = match t.kind {
                        TermKind::Nisba => adjacent || via_adj || people_from,
                        _ => genitive || via_fi || people_from,
                    };
                    if ok && !n.conj {
                        m.country = Some(cc);
                        m.name = format!("{} {}", self.display_name(&t), agent_id);
                        let rule = match (t.kind, via_fi) {
                            _ if people_from && !adjacent => "agent+min+country",
                            (TermKind::Nisba, _) => "agent+nisba",
                            (TermKind::Place, false) => "agent+place",
                            (TermKind::Place, true) => "agent+fi+place",
                            (_, false) => "agent+country",
                            (_, true) => "agent+fi+country",
                        };
                        m.absorb(
                            n,
                            [
                                format!("{}:{}", kind_tag(t.kind), self.entry(&t).id()),
                                rule.into(),
                            ],
                        );
                        if let Entry::Place { .. } = self.entry(&t) {
                            m.place = self.place_info(&t);
                        }
                        modifier_kind = Some(t.kind);
                        next += 1;
                    }
                } else if let Some(t) = self.find(n, &[TermKind::Organisation]) {
                    // a group's nisba agreeing with a definite head is its adjective:
                    // `المسلحين الحوثيين`, `القيادي الحوثي` are Houthis
                    let head_key = &keys[m.end - base - 1];
                    let adj_key = &keys[n.end - base - 1];
                    let nisba_of_group = adjacent
                        && definite_head
                        && n.end - n.start == 1
                        && is_indefinite_adjective(adj_key.trim_start_matches("ال"))
                        && agrees(head_key, adj_key);
                    if (genitive || via_of || nisba_of_group) && !n.conj {
                        // The organisation identifies the agent: زعماء طالبان are Taliban (REB),
                        // not a government; an organisation without a sector keeps the agent's.
                        let (cc, sec, _) = self.resolve(&t, date);
                        m.country = cc;
                        m.sector = sec.or(m.sector);
                        m.id = Some(self.entry(&t).id());
                        m.name = self.display_name(&t);
                        m.absorb(
                            n,
                            [
                                format!("actor:{}", self.entry(&t).id()),
                                "agent+organisation".into(),
                            ],
                        );
                        next += 1;
                    }
                }
            }
            // `ميليشيات الحوثي الإيرانية`: an adjective after the organisation describes it
            if m.id.is_some() {
                if let Some(tag) = chunks
                    .get(next)
                    .filter(|n| n.start == m.end)
                    .and_then(|n| self.attribute(n, keys, base))
                {
                    m.absorb(&chunks[next], [tag, "name+attribute".into()]);
                    next += 1;
                }
            }
            if self.led_by(&mut m, chunks.get(next), keys, base) {
                next += 1;
            }
            // Title (+ nisba) + person, allowing up to two unmatched first names between.
            if let Some(p) = chunks.get(next) {
                let gap = p.start - m.end;
                // (no preposition between: not `في الخطاب` in `أعضاء البرلمان في الخطاب
                // روحاني`)
                let names_between = keys[m.end - base..p.start - base]
                    .iter()
                    .all(|k| !matches!(&**k, "في" | "من" | "الي" | "علي" | "عن" | "مع"));
                // (a definite common noun heads no construct: before a person it is an
                // apposition, with only its own definite adjectives, a comma or `باسم`
                // between — `الجاسوس الروسي السابق سيرغي سكريبال`, `المتحدثة باسم ترامب` —
                // and `المعارضة كثيرا سياسة أردوغان` is the opposition and Erdogan's policy;
                // a title and an indefinite head take first names between, `الرئيس محمد
                // حسني مبارك`, `تلاميذ مولانا عبد العزيز`)
                let definite_noun =
                    agent.kind != TermKind::Title && keys[m.end - base - 1].starts_with("ال");
                let names_between = names_between
                    && (!definite_noun
                        || keys[m.end - base..p.start - base]
                            .iter()
                            .all(|k| k.starts_with("ال") || matches!(&**k, "،" | "," | "باسم")));
                // (nor is a definite body — its head a feminine singular or a plural, or
                // `الجيش` — in apposition with a person: `اعتقلت الشرطة محمد مرسي`,
                // `اعتقلت السلطات التركية عثمان كافالا` name two actors)
                let body = definite_noun
                    && keys[m.end - base..p.start - base]
                        .iter()
                        .all(|k| k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه")))
                    && {
                        let h = &*keys[m.start - base];
                        let h = h.strip_prefix(['و', 'ف']).unwrap_or(h);
                        h.starts_with("ال")
                            && (h.ends_with('ه')
                                || h.ends_with("ات")
                                || matches!(h, "الجيش" | "الامن"))
                            && matches!(
                                m.sector,
                                Some(
                                    Sector::Cop
                                        | Sector::Mil
                                        | Sector::Gov
                                        | Sector::Jud
                                        | Sector::Spy
                                )
                            )
                    };
                if let Some(t) = self.find(p, &[TermKind::Person]) {
                    if gap <= 2 && !p.conj && names_between && !body {
                        let (cc, sec, _) = self.resolve(&t, date);
                        m.country = cc.or(m.country);
                        // A title introduces the person (`الرئيس نجيب ميقاتي`: the person's role);
                        // a common noun names something of theirs (`قوات مناوي` MIL, `حكومة
                        // السنيورة` GOV): the noun's sector, the person's country.
                        m.sector = if agent.kind == TermKind::Title {
                            sec.or(m.sector)
                        } else {
                            m.sector.or(sec)
                        };
                        m.id = Some(self.entry(&t).id());
                        m.name = self.display_name(&t);
                        m.person = true;
                        m.absorb(
                            p,
                            [
                                format!("actor:{}", self.entry(&t).id()),
                                "title+person".into(),
                            ],
                        );
                        modifier_kind = None;
                        next += 1;
                    }
                }
            }
            // a head word with no modifier is no actor (`السياسة الخارجية`)
            if *head && m.end == ch.end {
                c += 1;
                continue;
            }
            let (sector, end_tok) = (m.sector, m.end);
            out.push(m.build(analysis, base));
            // Coordinated countries after a composed agent share its sector.
            let mut prev_end = end_tok;
            while let (Some(kind), Some(n)) = (modifier_kind, chunks.get(next)) {
                if !(n.conj && n.start == prev_end) {
                    break;
                }
                let Some((t, cc)) = self.country_of(n) else {
                    break;
                };
                if (t.kind == TermKind::Nisba) != (kind == TermKind::Nisba) {
                    break;
                }
                let mut cm =
                    Builder::new(n, format!("{}:{}", kind_tag(t.kind), self.entry(&t).id()));
                cm.country = Some(cc);
                cm.sector = sector;
                cm.name = format!("{} {}", self.display_name(&t), agent_id);
                cm.matched.push(format!("agent:{agent_id}"));
                cm.matched.push("coordination".into());
                prev_end = n.end;
                out.push(cm.build(analysis, base));
                next += 1;
            }
            c = next;
        }
        out
    }

    /// A chunk that can only be an attribute of the name right before it: one definite
    /// singular adjective, a nationality (`اللبناني`, `الإيرانية`) or an armed or opposition
    /// word (`الإرهابي`, `المعارض`). Plurals (`الإسرائيليين`) are people, not attributes.
    fn attribute(&self, n: &Chunk, keys: &[Cow<str>], base: usize) -> Option<String> {
        if n.conj || n.end != n.start + 1 {
            return None;
        }
        let key = keys.get(n.start - base)?;
        let singular = !["ين", "ون", "ات", "يان", "يتان", "يتين"]
            .iter()
            .any(|e| key.ends_with(e));
        if !key.starts_with("ال") || !singular {
            return None;
        }
        if let Some(t) = self.find(n, &[TermKind::Nisba]) {
            return Some(format!("nisba:{}", self.entry(&t).id()));
        }
        let t = self.find(n, &[TermKind::Agent])?;
        match self.entry(&t) {
            Entry::Agent {
                id,
                sector: Sector::Uaf | Sector::Reb | Sector::Opp,
                ..
            } => Some(format!("agent:{id}")),
            _ => None,
        }
    }

    /// `الحدود الخارجية للاتحاد`, `السياسة الخارجية الأمريكية`: a nisba-shaped head word
    /// (`الخارجية`, `الداخلية`: the ministries, with whose they are) right after a definite
    /// noun is that noun's adjective, not the ministry — nor any name it starts
    /// (`الخارجية الأمريكية`).
    fn adjective_of_noun(&self, ch: &Chunk, keys: &[Cow<str>], base: usize) -> bool {
        let first = &keys[ch.start - base];
        self.nisba_adjective(ch, keys, base)
            && self.matcher.phrases.get(&**first).is_some_and(|terms| {
                terms.iter().any(|t| {
                    t.kind == TermKind::Agent
                        && matches!(self.entry(t), Entry::Agent { head: true, .. })
                })
            })
    }

    /// A definite nisba-shaped word (`العسكري`, `الأمنية`) right after a definite noun, or
    /// a noun made definite by a possessive pronoun (`بتعاونها العسكري`).
    fn nisba_adjective(&self, ch: &Chunk, keys: &[Cow<str>], base: usize) -> bool {
        let i = ch.start - base;
        let first = &keys[i];
        i > 0
            && !ch.conj
            && !ch.prep
            && (crate::triggers::definite(&keys[i - 1]) || possessed(&keys[i - 1]))
            && first.starts_with("ال")
            && (first.ends_with("يه") || first.ends_with('ي'))
    }

    /// `موقعا عسكريا`, `غطاء سياسيا`, `منفذا بريا وجويا وبحريا`: the indefinite accusative
    /// of a nisba-shaped agent word (`عسكريا`, the entry's `عسكري` + ا) right after an
    /// indefinite accusative noun, or after another such adjective it is coordinated with
    /// (`اقتصاديا وسياسيا`), describes that noun or is an adverb — it is no soldier or
    /// politician. After a number it is the counted noun (`قتل 15 عسكريا`), after a verb its
    /// object (`قتلوا جنديا`, `استهدفها`), after a body or its site (`وفدا برلمانيا`,
    /// `موقعا عسكريا`) whose they are: it stays an agent there.
    fn indefinite_nisba_adjective(&self, ch: &Chunk, keys: &[Cow<str>], base: usize) -> bool {
        let i = ch.start - base;
        let key = &*keys[i];
        let word = if ch.conj {
            key.strip_prefix(['و', 'ف']).unwrap_or(key)
        } else {
            key
        };
        if ch.prep || word.starts_with("ال") || word.chars().count() < 5 {
            return false;
        }
        // the accusative the compiler made of a singular in ي (not `ميليشيا`, a name in itself)
        let Some(singular) = word.strip_suffix('ا').filter(|w| w.ends_with('ي')) else {
            return false;
        };
        let same_entry = self.matcher.phrases.get(singular).is_some_and(|ts| {
            ts.iter()
                .any(|t| ch.terms.iter().any(|c| c.entry == t.entry))
        });
        if !same_entry {
            return false;
        }
        // the word before, across a conjunction written apart (`اقتصاديا و سياسيا`)
        let mut k = i;
        while k > 0 && keys[k - 1] == "و" {
            k -= 1;
        }
        let Some(prev) = k.checked_sub(1).map(|k| &*keys[k]) else {
            return false;
        };
        let prev = if k < i || ch.conj {
            prev.strip_prefix('و').unwrap_or(prev)
        } else {
            prev
        };
        let stem = prev.strip_suffix('ا').unwrap_or(prev);
        let body =
            GROUP_NOUNS.contains(&format!("ال{stem}").as_str()) || BODY_NOUNS.contains(&stem);
        let accusative_noun = !prev.starts_with("ال")
            && prev.chars().count() > 2
            && (prev.ends_with('ا') && !prev.ends_with("وا") && !prev.ends_with("ها")
                || prev.ends_with("اء"))
            && !prev.chars().any(|c| c.is_ascii_digit());
        !body && (accusative_noun || is_indefinite_adjective(prev) && prev.ends_with("يا"))
    }

    /// `التحالف الدولي بقيادة الولايات المتحدة`: a body of no one country, led by one, is
    /// coded with the leader's country (CAMEO codes a coalition by its lead state).
    fn led_by(&self, m: &mut Builder, n: Option<&Chunk>, keys: &[Cow<str>], base: usize) -> bool {
        let Some(n) = n.filter(|n| !n.conj && m.kind == MentionKind::Actor) else {
            return false;
        };
        if m.country.is_some_and(|c| c.is_iso()) || keys[m.end - base..n.start - base] != ["بقياده"]
        {
            return false;
        }
        let Some((t, cc)) = self
            .country_of(n)
            .filter(|(t, cc)| cc.is_iso() && matches!(t.kind, TermKind::Country | TermKind::Place))
        else {
            return false;
        };
        m.country = Some(cc);
        m.absorb(
            n,
            [
                format!("{}:{}", kind_tag(t.kind), self.entry(&t).id()),
                "led-by".into(),
            ],
        );
        true
    }

    fn standalone_builder(&self, ch: &Chunk, date: Option<NaiveDate>) -> Builder {
        let order = [
            TermKind::Person,
            TermKind::Organisation,
            TermKind::Country,
            TermKind::Title,
            TermKind::Agent,
            TermKind::Nisba,
            TermKind::Place,
        ];
        let t = self.find(ch, &order).unwrap_or(ch.terms[0]);
        let e = self.entry(&t);
        let mut m = Builder::new(ch, format!("{}:{}", kind_tag(t.kind), e.id()));
        m.person = matches!(t.kind, TermKind::Person | TermKind::Title);
        m.name = self.display_name(&t);
        m.id = Some(e.id());
        match e {
            Entry::Country { code, .. } => m.country = Some(*code),
            Entry::Agent { sector, .. } => m.sector = Some(*sector),
            Entry::Actor { .. } => {
                let (cc, sec, _) = self.resolve(&t, date);
                m.country = cc;
                m.sector = sec;
            }
            Entry::Place { country, .. } => {
                m.kind = MentionKind::Place;
                m.country = *country;
                m.place = self.place_info(&t);
            }
            // (never reached: `chunks` drops every chunk a not-name matches)
            Entry::NotName { .. } => {}
        }
        m
    }

    fn display_name(&self, t: &Term) -> String {
        match self.entry(t) {
            Entry::Country { name, .. } | Entry::Place { name, .. } | Entry::Actor { name, .. } => {
                name.clone()
            }
            Entry::Agent { id, .. } | Entry::NotName { id } => id.clone(),
        }
    }

    fn place_info(&self, t: &Term) -> Option<PlaceInfo> {
        match self.entry(t) {
            Entry::Place {
                name,
                country,
                lat,
                lon,
                capital_of,
                ..
            } => Some(PlaceInfo {
                name: name.clone(),
                country: *country,
                lat: *lat,
                lon: *lon,
                capital_of: *capital_of,
            }),
            _ => None,
        }
    }

    /// An actor's codes at `date`: the first role covering it; without a date, the current (open)
    /// role, else the last listed. Outside every role the actor keeps the country of its
    /// nearest role but no sector.
    fn resolve(
        &self,
        t: &Term,
        date: Option<NaiveDate>,
    ) -> (Option<Country>, Option<Sector>, Option<usize>) {
        let Entry::Actor { roles, .. } = self.entry(t) else {
            return (None, None, None);
        };
        resolve_roles(roles, date)
    }
}

pub(crate) fn resolve_roles(
    roles: &[Role],
    date: Option<NaiveDate>,
) -> (Option<Country>, Option<Sector>, Option<usize>) {
    let pick = match date {
        Some(d) => roles.iter().position(|r| r.covers(d)),
        None => roles
            .iter()
            .position(|r| r.to.is_none())
            .or(roles.len().checked_sub(1)),
    };
    match pick {
        Some(i) => (roles[i].country, roles[i].sector, Some(i)),
        None => {
            let country = date.and_then(|d| {
                roles
                    .iter()
                    .filter(|r| r.country.is_some())
                    .min_by_key(|r| {
                        let a = r.from.map(|f| (f - d).num_days().abs()).unwrap_or(i64::MAX);
                        let b = r.to.map(|t| (t - d).num_days().abs()).unwrap_or(i64::MAX);
                        a.min(b)
                    })
                    .and_then(|r| r.country)
            });
            (country, None, None)
        }
    }
}

/// Local actors take the country of the sentence's location: `قتل ثلاثة جنود في وزيرستان` →
/// the soldiers are PAK, `متظاهرون في هانوفر` DEU. Because every location of the sentence must
/// agree, this applies to armed groups too (`متشددين` in Waziristan → PAK REB, the CAMEO
/// convention for domestic insurgents); the coder's broader event-level inference
/// (`rasad-coder`'s `infer`) is limited to local sectors. A nationality the text states
/// (`أطباء أميركيين`, `أجانب` → INT) is never overridden; the coder marks the guessed country
/// as inferred. Locations are place mentions and countries
/// introduced by `في` or a `ب` proclitic; the rule applies only when they all agree on one
/// country (and never overrides a country the mention states itself).
fn location_country(analysis: &Analysis, mentions: &mut [Mention]) {
    let mut found: Option<Country> = None;
    for m in mentions.iter() {
        let located = match m.kind {
            // (`انطلقت من أمستردام`, `توجه إلى لندن`: where from or to, not where)
            MentionKind::Place => !introduced_by_motion(analysis, m),
            MentionKind::Actor => {
                m.matched.len() == 1
                    && m.matched[0].starts_with("country:")
                    && introduced_by_in(analysis, m)
            }
        };
        let Some(c) = m.country.filter(|c| located && c.is_iso()) else {
            continue;
        };
        if found.is_some_and(|f| f != c) {
            return;
        }
        found = Some(c);
    }
    let Some(c) = found else { return };
    for m in mentions.iter_mut() {
        if m.kind == MentionKind::Actor && m.country.is_none() && m.sector.is_some() {
            m.country = Some(c);
            m.matched.push(format!("location-country:{c}"));
        }
    }
}

/// The mention follows a preposition of motion (`من`, `إلى`, `نحو`, `باتجاه`, `صوب`).
fn introduced_by_motion(analysis: &Analysis, m: &Mention) -> bool {
    m.tokens.start > 0
        && analysis.tokens.get(m.tokens.start - 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "من" | "إلى" | "الى" | "نحو" | "باتجاه" | "صوب"
            )
        })
}

/// The mention is preceded by the word `في` or carries a `ب` proclitic (`بباكستان`).
fn introduced_by_in(analysis: &Analysis, m: &Mention) -> bool {
    let Some(first) = analysis.tokens.get(m.tokens.start) else {
        return false;
    };
    let prefix = &analysis.text[first.span.start..m.span.start.max(first.span.start)];
    if prefix.ends_with('ب') {
        return true;
    }
    m.tokens.start > 0
        && analysis
            .tokens
            .get(m.tokens.start - 1)
            .is_some_and(|t| t.norm == "في")
}

fn kind_tag(k: TermKind) -> &'static str {
    match k {
        TermKind::Country => "country",
        TermKind::Nisba => "nisba",
        TermKind::Place => "place",
        TermKind::Person | TermKind::Organisation => "actor",
        TermKind::Agent | TermKind::Title => "agent",
        TermKind::NotName => "not-name",
    }
}

struct Builder {
    start: usize,
    end: usize,
    span: Span,
    kind: MentionKind,
    name: String,
    id: Option<String>,
    country: Option<Country>,
    sector: Option<Sector>,
    place: Option<PlaceInfo>,
    matched: Vec<String>,
    person: bool,
}

impl Builder {
    fn new(ch: &Chunk, first: String) -> Builder {
        Builder {
            start: ch.start,
            end: ch.end,
            span: ch.span,
            kind: MentionKind::Actor,
            name: String::new(),
            id: None,
            country: None,
            sector: None,
            place: None,
            person: false,
            matched: if ch.alternate {
                vec![first, "alternate-reading".into()]
            } else {
                vec![first]
            },
        }
    }

    fn absorb<const N: usize>(&mut self, ch: &Chunk, matched: [String; N]) {
        self.end = ch.end;
        self.span = self.span.cover(ch.span);
        self.matched.extend(matched);
    }

    fn build(mut self, analysis: &Analysis, _base: usize) -> Mention {
        // `الرئيس الفرنسي السابق نيكولا ساركوزي`, `الرئيس الأسبق`: a former office holder is an
        // elite (CAMEO ELI), not the government, whatever the title or the person's entry says
        let former = |i: usize| {
            analysis.tokens.get(i).is_some_and(|t| {
                matches!(
                    &*token_key(t),
                    "السابق" | "السابقه" | "الاسبق" | "سابق" | "سابقه" | "اسبق"
                )
            })
        };
        // `إدارة ترامب`: an administration is its president's government, not the person
        if self
            .matched
            .first()
            .is_some_and(|m| m == "agent:administration")
            && self.matched.iter().any(|m| m == "title+person")
        {
            self.id = None;
            self.person = false;
            self.name = format!("{} administration", self.name);
        }
        if self.sector == Some(Sector::Gov) && (self.start..self.end).any(former) {
            self.sector = Some(Sector::Eli);
            self.matched.push("former".into());
        }
        Mention {
            span: self.span,
            tokens: self.start..self.end,
            text: self.span.get(analysis.text).unwrap_or_default().to_string(),
            kind: self.kind,
            name: self.name,
            id: self.id,
            country: self.country,
            sector: self.sector,
            place: self.place,
            matched: self.matched,
            person: self.person,
        }
    }
}

/// The matching key of a document token (empty for punctuation, which never starts a phrase but
/// may sit inside one).
fn token_key(t: &Token) -> Cow<'_, str> {
    if t.matching.is_ascii() {
        Cow::Owned(fold_key(&t.matching))
    } else {
        Cow::Borrowed(&t.matching)
    }
}

/// Whether a definite word after a definite head can be its adjective, by their endings: a
/// definite head takes only a definite adjective; a masculine sound plural (`ون`/`ين`) head
/// takes a masculine sound plural, and a feminine singular (`ة`) head no masculine plural.
/// A masculine singular head of a body or office (`الجيش`, `الرئيس`: [`SINGULAR_HEADS`]) takes
/// neither, so `اتهم الجيش المتمردين` is two actors. A feminine plural (`ات`, things: `القوات
/// المعارضة`) and other heads (a broken plural: `الجنود الأمريكيين`) are not judged, nor
/// anything after an indefinite head.
fn agrees(head: &str, adj: &str) -> bool {
    #[derive(PartialEq)]
    enum End {
        FemSg,
        MascPl,
        MascSg,
        Other,
    }
    let end = |k: &str| {
        let k = k.trim_end_matches(['ا']);
        if SINGULAR_HEADS.contains(&k) {
            End::MascSg
        } else if k.ends_with("ين") || k.ends_with("ون") {
            End::MascPl
        } else if k.ends_with('ه') || k.ends_with('ة') {
            End::FemSg
        } else {
            End::Other
        }
    };
    if !head.starts_with("ال") {
        // an indefinite head: an adjective or a genitive (`قوات المعارضة`)
        return true;
    }
    if !adj.starts_with("ال") {
        // a definite head takes no indefinite adjective (`اعتقلت الشرطة مسلحين`)
        return false;
    }
    !matches!(
        (end(head), end(adj)),
        (End::FemSg, End::MascPl)
            | (End::MascPl, End::FemSg)
            | (End::MascPl, End::Other)
            | (End::MascSg, End::MascPl)
            | (End::MascSg, End::FemSg)
    )
}

/// Masculine singular heads of actor phrases (matching-normalized), told apart from the broken
/// plurals that share their shape (`الجنود`, `الزعماء`), which take plural adjectives.
const SINGULAR_HEADS: &[&str] = &[
    "الجيش",
    "الحرس",
    "الامن",
    "الدرك",
    "التحالف",
    "النظام",
    "الحزب",
    "المجلس",
    "البرلمان",
    "الشعب",
    "الوفد",
    "الرئيس",
    "الوزير",
    "المسؤول",
    "القائد",
    "الزعيم",
    "المتحدث",
    "الناطق",
    "السفير",
    "الملك",
    "الامير",
];

/// An indefinite adjective of the nisba shape (`عسكرية`, `إسلاميين`, `مسلحة` is not): ends in
/// ي/ية and their plural/dual endings, matching-normalized (ة → ه).
fn is_indefinite_adjective(key: &str) -> bool {
    !key.starts_with("ال")
        && key.chars().count() > 3
        && ["ي", "يه", "يين", "يون", "يان", "يتين", "يتان", "يا", "يات"]
            .iter()
            .any(|e| key.ends_with(e))
}

/// A conjunction + function word (`وإلى`, not the governor `والي`; `وعلى`, not the name
/// `وعلي`), on the standard normalization, which keeps ى apart from ي.
fn conj_function_word(norm: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "الى", "على", "في", "من", "عن", "مع", "ان", "لا", "ما", "لم", "لن", "قد", "لدى", "حتى",
        "اذا", "لو", "كما", "بين", "منذ",
    ];
    norm.strip_prefix(['و', 'ف'])
        .is_some_and(|rest| FUNCTION_WORDS.contains(&rest))
}

fn is_quote(key: &str) -> bool {
    matches!(key, "\"" | "'" | "«" | "»" | "“" | "”")
}

/// Readings of a phrase's first word, most literal first: `(key, letters stripped, conj)`.
/// Proclitics are stripped only when at least three letters remain, so `كما`, `بعد` stay whole.
/// (Borrowed from `w` but for the `لل` reading, which restores a letter.)
fn first_word_readings(w: &str) -> Vec<(Cow<'_, str>, usize, bool)> {
    let mut out = Vec::with_capacity(5);
    out.push((Cow::Borrowed(w), 0, false));
    let long_enough = |s: &str| s.chars().count() >= 3;
    let after_conj = w.strip_prefix(['و', 'ف']).filter(|rest| long_enough(rest));
    if let Some(rest) = after_conj {
        out.push((Cow::Borrowed(rest), 1, true));
    }
    let bases = std::iter::once((w, 0usize, false)).chain(after_conj.map(|r| (r, 1, true)));
    for (b, n, conj) in bases {
        if let Some(rest) = b.strip_prefix(['ب', 'ل', 'ك']) {
            if long_enough(rest) {
                out.push((Cow::Borrowed(rest), n + 1, conj));
            }
            // لل = ل + ال with the article's alef dropped: للقوات → القوات
            if b.starts_with("لل") && long_enough(rest) {
                out.push((Cow::Owned(format!("ا{rest}")), n + 1, conj));
            }
        }
    }
    out
}

/// Byte offset in the original text after the first `n` letters of a token's normalized form,
/// skipping the marks that belong to the last stripped letter (`وَروسيا` → start of `ر`).
fn offset_after_letters(text: &str, span: Span, n: usize) -> usize {
    if n == 0 {
        return span.start;
    }
    let slice = span.get(text).unwrap_or_default();
    let norm = Normalizer::standard();
    let mut count = 0;
    let mut buf = String::new();
    for (i, c) in slice.char_indices() {
        buf.clear();
        norm.fold_char(c, &mut buf);
        let k = buf.chars().count();
        if count >= n && k > 0 {
            return span.start + i;
        }
        count += k;
    }
    span.end
}

/// A noun with a plural, dual or feminine possessive pronoun (`تعاونها`, `قواتهم`), which
/// makes it definite. (`ـه` is left out: it is also the folded `ة`.)
fn possessed(word: &str) -> bool {
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let w = w.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(w);
    ["ها", "هم", "هما"].iter().any(|p| {
        w.strip_suffix(p)
            .is_some_and(|stem| stem.chars().count() >= 3)
    })
}

/// Nouns of an organised group (matching-normalized): a nisba after one names the group
/// (`التنظيم الجهادي`, `الجماعات المسلحة`).
const GROUP_NOUNS: &[&str] = &[
    "التنظيم",
    "التنظيمات",
    "الجماعه",
    "الجماعات",
    "الحركه",
    "الحركات",
    "الفصيل",
    "الفصايل",
    "المجموعه",
    "المجموعات",
    "الميليشيا",
    "الميليشيات",
    "المليشيات",
    // `الجناح العسكري لحركة حماس`
    "الجناح",
    "الذراع",
];

/// Indefinite nouns of a body of people or of a site or convoy it holds (matching-normalized,
/// without the accusative ا): a nisba after one says whose it is — `وفدا برلمانيا` is a
/// delegation of parliament, `قصف موقعا عسكريا` an attack on the military.
const BODY_NOUNS: &[&str] = &[
    "وفد",
    "فريق",
    "طاقم",
    "جناح",
    "تنظيم",
    "فصيل",
    "وفود",
    "فرق",
    "موقع",
    "مقر",
    "مطار",
    "معسكر",
    "هدف",
    "مركز",
    "مخزن",
    "مستودع",
    "رتل",
    "موكب",
    "زورق",
];

/// `القضاء على الفساد`: an agent word that is also a verbal noun, read as the verbal noun
/// before the preposition it governs (the judiciary is `القضاء`, eliminating is `القضاء على`).
const VERBAL_NOUNS: &[(&str, &str)] = &[("القضاء", "علي"), ("قضاء", "علي")];

/// Agent words that name the agent only with the article: without it, `قضاء` is a verbal
/// noun or an Iraqi district (`قضاء عطلة`, `لقضاء الحويجة`), not the judiciary.
const DEFINITE_ONLY: &[&str] = &["قضاء"];

fn verbal_noun(ch: &Chunk, keys: &[Cow<str>], base: usize) -> bool {
    let i = ch.start - base;
    // the word with a proclitic, never the article
    let is = |k: &str, w: &str| {
        k.strip_suffix(w)
            .is_some_and(|pre| ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"].contains(&pre))
    };
    let Some(k) = keys.get(i).filter(|_| ch.end - ch.start == 1) else {
        return false;
    };
    DEFINITE_ONLY.iter().any(|w| is(k, w))
        || VERBAL_NOUNS
            .iter()
            .any(|(w, p)| is(k, w) && keys.get(i + 1).is_some_and(|n| n == p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_strip_proclitics_and_restore_the_article() {
        let r: Vec<String> = first_word_readings("وبروسيا")
            .into_iter()
            .map(|r| r.0.into_owned())
            .collect();
        assert!(r.contains(&"روسيا".to_string()), "{r:?}");
        let r: Vec<String> = first_word_readings("للقوات")
            .into_iter()
            .map(|r| r.0.into_owned())
            .collect();
        assert!(r.contains(&"القوات".to_string()), "{r:?}");
        assert_eq!(first_word_readings("كما").len(), 1);
    }

    #[test]
    fn offsets_skip_marks_of_stripped_letters() {
        let t = "xوَبِروسيا";
        let sp = Span::new(1, t.len());
        let o = offset_after_letters(t, sp, 2);
        assert_eq!(&t[o..], "روسيا");
    }
}
