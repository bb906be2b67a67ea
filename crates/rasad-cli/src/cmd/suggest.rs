//! `rasad lexicon suggest`: frequent named entities the lexicon does not know, with contexts and
//! a proposed lexicon line, so a maintainer can grow the lexicon from real news in minutes.
//!
//! Every document is analysed with the lexicon's analyzer, tagged by the recogniser and
//! recognised by the lexicon; an entity overlapping a lexicon mention with an entry id is known
//! and dropped. The rest are counted by their matching-normalized text and type. A country is
//! proposed when a lexicon mention with a country (a nisba, a country name) sits right before
//! the entity (`الرئيس الروسي X`, `مدينة X السورية` → after it).

use crate::cmd::ner::{corpus_documents, gazetteer};
use anyhow::Result;
use rasad_lexicon::{Lexicon, Mention};
use rasad_ner::{EntityKind, Ner};
use rasad_text::{Analysis, Normalizer, Sentence};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Corpus files: JSONL (`{id, text, ...}` per line) or plain text.
    #[arg(required = true)]
    pub corpus: Vec<PathBuf>,
    /// Show entities seen at least this often.
    #[arg(long, default_value_t = 3)]
    pub min_count: usize,
    /// Show at most this many entities.
    #[arg(long, default_value_t = 200)]
    pub top: usize,
    /// Only this type (PERS, LOC, ORG, MISC).
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntityKind>,
    /// Write JSON lines instead of TSV.
    #[arg(long)]
    pub json: bool,
}

fn parse_kind(s: &str) -> Result<EntityKind, String> {
    EntityKind::from_label(&s.to_uppercase()).ok_or_else(|| format!("unknown type '{s}'"))
}

/// What we keep per unknown entity.
#[derive(Default)]
struct Tally {
    count: usize,
    /// Surface forms and their counts (the most frequent is shown).
    forms: HashMap<String, usize>,
    contexts: Vec<String>,
    countries: HashMap<String, usize>,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.count += other.count;
        for (f, n) in other.forms {
            *self.forms.entry(f).or_default() += n;
        }
        for c in other.contexts {
            if self.contexts.len() < 2 && !self.contexts.contains(&c) {
                self.contexts.push(c);
            }
        }
        for (c, n) in other.countries {
            *self.countries.entry(c).or_default() += n;
        }
    }

    fn best(m: &HashMap<String, usize>) -> Option<&str> {
        // Highest count, then the smallest string, so output is deterministic.
        m.iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.as_str())
    }
}

type Key = (EntityKind, String);

pub fn run(args: Args, lexicon_dir: Option<&Path>) -> Result<()> {
    let lexicon = crate::cmd::lexicon::load(lexicon_dir)?;
    let ner = Ner::embedded()?.with_gazetteer(gazetteer(&lexicon));
    let mut documents = Vec::new();
    for path in &args.corpus {
        documents.extend(corpus_documents(path)?.into_iter().map(|(_, t)| t));
    }
    let tallies = documents
        .par_iter()
        .fold(HashMap::<Key, Tally>::new, |mut acc, doc| {
            tally_document(&lexicon, &ner, doc, &mut acc);
            acc
        })
        .reduce(HashMap::new, |mut a, b| {
            for (k, t) in b {
                a.entry(k).or_default().merge(t);
            }
            a
        });
    let mut rows: Vec<(Key, Tally)> = tallies
        .into_iter()
        .filter(|((k, _), t)| t.count >= args.min_count && args.kind.is_none_or(|w| w == *k))
        .collect();
    rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    let mut out = BufWriter::new(std::io::stdout().lock());
    if !args.json {
        writeln!(
            out,
            "count\ttype\tname\tcontext 1\tcontext 2\tproposed lexicon line"
        )?;
    }
    for ((kind, key), t) in rows.into_iter().take(args.top) {
        let name = Tally::best(&t.forms).unwrap_or(&key);
        // Propose a country only when most of the evidence agrees.
        let votes: usize = t.countries.values().sum();
        let country =
            Tally::best(&t.countries).filter(|c| 2 * t.countries[*c] > votes && votes >= 2);
        let (file, line) = proposal(kind, name, country);
        if args.json {
            let v = serde_json::json!({
                "count": t.count,
                "type": kind,
                "name": name,
                "contexts": t.contexts,
                "country": country,
                "file": file,
                "line": line,
            });
            writeln!(out, "{v}")?;
        } else {
            let ctx = |i: usize| t.contexts.get(i).map_or("", String::as_str);
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                t.count,
                kind,
                name,
                ctx(0),
                ctx(1),
                file.map_or("-".to_string(), |f| format!(
                    "{f}: {}",
                    line.replace('\t', "⇥")
                ))
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

fn tally_document(lexicon: &Lexicon, ner: &Ner, doc: &str, acc: &mut HashMap<Key, Tally>) {
    let analysis = lexicon.analyzer().analyze(doc);
    let matching = Normalizer::matching();
    for s in analysis.body_sentences() {
        let entities = ner.tag_sentence(&analysis, s);
        if entities.is_empty() {
            continue;
        }
        let mentions = lexicon.recognize(&analysis, s, None);
        for e in entities {
            // Known: the lexicon resolved something here (an entry, or a composition that
            // carries a country or a place), e.g. `سوريا` inside `غارات في سوريا`.
            let known = mentions.iter().any(|m| {
                m.span.overlaps(e.span)
                    && (m.id.is_some() || m.country.is_some() || m.place.is_some())
            });
            if known || e.text.is_empty() {
                continue;
            }
            let key = matching.normalize_str(&e.text);
            let t = acc.entry((e.kind, key)).or_default();
            t.count += 1;
            *t.forms
                .entry(Normalizer::standard().normalize_str(&e.text))
                .or_default() += 1;
            if t.contexts.len() < 2 {
                let c = context(&analysis, s, e.span);
                if !t.contexts.contains(&c) {
                    t.contexts.push(c);
                }
            }
            if let Some(c) = modifier_country(&analysis, &mentions, e.kind, &e.tokens) {
                *t.countries.entry(c).or_default() += 1;
            }
        }
    }
}

/// A country from a nisba the lexicon recognised next to the entity: for a person, right before
/// it (`الرئيس الروسي X`, allowing one comma); for a place or organisation, right after it
/// (`مدينة X السورية`). Country names next to an entity are usually coordinated
/// (`واشنطن وأنقرة`), not modifiers, so they do not count.
fn modifier_country(
    analysis: &Analysis,
    mentions: &[Mention],
    kind: EntityKind,
    tokens: &std::ops::Range<usize>,
) -> Option<String> {
    let person = kind == EntityKind::Person;
    let comma_before = tokens.start > 0 && analysis.tokens[tokens.start - 1].norm == ",";
    mentions
        .iter()
        .filter(|m| m.matched.iter().any(|r| r.starts_with("nisba:")))
        .filter(|m| {
            person
                && (m.tokens.end == tokens.start
                    || comma_before && m.tokens.end + 1 == tokens.start)
                || !person && m.tokens.start == tokens.end
        })
        .find_map(|m| m.country.as_ref().map(|c| c.as_str().to_string()))
}

/// Up to 40 characters either side of the entity, on one line, the entity in brackets.
fn context(analysis: &Analysis, s: &Sentence, span: rasad_text::Span) -> String {
    let text = analysis.text;
    let left: String = {
        let l = &text[s.span.start.min(span.start)..span.start];
        let chars: Vec<char> = l.chars().collect();
        chars[chars.len().saturating_sub(40)..].iter().collect()
    };
    let right: String = text[span.end..s.span.end.max(span.end)]
        .chars()
        .take(40)
        .collect();
    format!("{left}[{}]{right}", &text[span.start..span.end])
        .replace(['\n', '\t', '\r'], " ")
        .trim()
        .to_string()
}

/// The lexicon file and a line for it (tab-separated, as in the file). `???` marks what the
/// maintainer must fill in.
fn proposal(kind: EntityKind, name: &str, country: Option<&str>) -> (Option<&'static str>, String) {
    let cty = country.unwrap_or("???");
    match kind {
        EntityKind::Person => (
            Some("lexicon/people.tsv"),
            format!("???\t{name}\tperson\t{cty}\t{name}"),
        ),
        EntityKind::Organisation => (
            Some("lexicon/actors.tsv"),
            format!("???\t{name}\torganisation\t{cty}\t{name}"),
        ),
        EntityKind::Location => (
            Some("lexicon/places.tsv"),
            format!("???\t{name}\t{cty}\t-\t-\t-\t{name}"),
        ),
        EntityKind::Misc => (None, String::new()),
    }
}
