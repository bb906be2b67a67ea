//! Lines that are not article body: related-story links, "read also", share/app notices,
//! credits, separators, hashtag lines, and bare related-story headlines. They are flagged, never
//! deleted, so spans and the original stay intact.
//!
//! The signals come from how crawled news bodies really look (studied on the ANT corpus):
//! - marker lines: `اقرأ أيضًا | …`, `اقرأ أيضاً:`, `اقرأ..`, `أيضاً..`, `للمزيد: …`, `للمزيد - …`,
//!   `قد يهمك أيضا: …`, `شاهد.. …`; app and notification notices (`يمكنكم تسلم إشعارات … تطبيق`);
//!   agency credits and disclaimers (`فرانس24/ أ ف ب`, `* نقلا عن …`, `** جميع المقالات …`);
//!   rules made of dashes; lines that are only hashtags, mentions or links.
//! - bare headlines of other stories, left by the crawler between paragraphs: short lines with no
//!   sentence-final punctuation, in an article whose long paragraphs do end in punctuation, that
//!   either carry a headline's topic colon (`سوريا: …`) or come in a run of such lines. These need
//!   the whole document, so [`classify_line`] cannot see them; the analyzer flags them.

use crate::Normalizer;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Serialize;
use std::sync::OnceLock;

/// Why a line was flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// `اقرأ أيضًا | …`, `اقرأ..`, `أيضاً..`, `شاهد أيضا`, `للمزيد: …`, `قد يهمك`.
    ReadAlso,
    /// App, notification, subscribe, follow-us and share notices, and verification disclaimers.
    Notice,
    /// A line made only of hashtags, mentions or links.
    Hashtags,
    /// A bare headline of another story left inside the body by a crawler.
    RelatedHeadline,
    /// Agency credits, "quoted from" lines and opinion disclaimers.
    Credit,
    /// A rule of dashes, underscores or stars.
    Separator,
}

/// Phrases that make a short line a notice wherever they occur (matching-normalized).
const NOTICE_PHRASES: [&str; 12] = [
    "حمل تطبيق",
    "تحميل احدث نسخه من تطبيق",
    "تسلم اشعارات",
    "استلام اشعارات",
    "تابعونا علي",
    "اشترك في",
    "شارك هذا",
    "انقر هنا",
    "اضغط هنا",
    "حقوق الصور محفوظه",
    "لا يمكنه التاكد",
    "لا يمكنها التاكد",
];

/// Credit and disclaimer phrases (matching-normalized).
const CREDIT_PHRASES: [&str; 4] = [
    "جميع المقالات المنشوره تمثل راي",
    "الاراء الوارده ادناه تعبر عن راي",
    "لا تعكس بالضروره وجهه نظر",
    "نقلا عن",
];

/// A line of more words than this is never a notice or a credit.
const MAX_NOTICE_WORDS: usize = 40;

/// Bit `i` of [`phrases_in`] stands for `NOTICE_PHRASES[i]`; the bits above, for the first three
/// `CREDIT_PHRASES` (the fourth counts only at the start of a line).
const NOTICE_BITS: u32 = (1 << NOTICE_PHRASES.len()) - 1;
const CREDIT_BITS: u32 = 0b111 << NOTICE_PHRASES.len();

/// Which of the notice phrases and the first three credit phrases occur in `t` (see
/// [`NOTICE_BITS`], [`CREDIT_BITS`]), found in one pass.
fn phrases_in(t: &str) -> u32 {
    static MATCHER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let phrases = || NOTICE_PHRASES.iter().chain(&CREDIT_PHRASES[..3]);
    // (a DFA without a prefilter: the "rare" bytes a prefilter skips to are Arabic lead bytes,
    // which are everywhere in Arabic text)
    let build = || {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(phrases())
            .ok()
    };
    match MATCHER.get_or_init(build) {
        Some(m) => m
            .find_overlapping_iter(t)
            .fold(0, |bits, hit| bits | 1 << hit.pattern().as_u32()),
        // (a few literal phrases always compile; were they not to, search them one by one)
        None => phrases()
            .enumerate()
            .filter(|(_, p)| t.contains(*p))
            .fold(0, |bits, (i, _)| bits | 1 << i),
    }
}

/// Classifies one line on its own. `None` means body text (as far as one line can tell).
pub fn classify_line(line: &str) -> Option<BoilerplateKind> {
    classify_normalized(Normalizer::matching().normalize_str(line.trim()).trim())
}

/// [`classify_line`] on a trimmed, matching-normalized line.
fn classify_normalized(t: &str) -> Option<BoilerplateKind> {
    if t.is_empty() {
        return None;
    }
    if t.chars()
        .all(|c| matches!(c, '-' | '_' | '*' | '=' | '~' | '•' | '—' | '–' | ' '))
    {
        return Some(BoilerplateKind::Separator);
    }
    if is_read_also(t) {
        return Some(BoilerplateKind::ReadAlso);
    }
    // (counted no further than the limits below need)
    let words = t.split_whitespace().take(MAX_NOTICE_WORDS + 1).count();
    // (one pass over the line for every notice and credit phrase)
    let found = if words <= MAX_NOTICE_WORDS {
        phrases_in(t)
    } else {
        0
    };
    if words < MAX_NOTICE_WORDS && found & NOTICE_BITS != 0 {
        return Some(BoilerplateKind::Notice);
    }
    if is_credit(t, words, found) {
        return Some(BoilerplateKind::Credit);
    }
    if t.split_whitespace()
        .all(|w| w.starts_with('#') || w.starts_with('@') || w.starts_with("http"))
    {
        return Some(BoilerplateKind::Hashtags);
    }
    None
}

/// The first word's letters and the non-space characters glued after them: `اقرا..` →
/// (`اقرا`, `..`); `للمزيد:` → (`للمزيد`, `:`).
fn first_word(t: &str) -> (&str, &str) {
    let w = t.split_whitespace().next().unwrap_or("");
    let letters = w
        .char_indices()
        // (the Arabic letters U+0620–U+064A first: the Unicode tables are slow to search)
        .find(|&(_, c)| !('\u{0620}'..='\u{064A}').contains(&c) && !c.is_alphanumeric())
        .map_or(w.len(), |(i, _)| i);
    (&w[..letters], &w[letters..])
}

/// What follows the first word (glued marks, or the next word's start).
fn after_first_word(t: &str) -> &str {
    let (letters, _) = first_word(t);
    t[letters.len()..].trim_start()
}

fn is_read_also(t: &str) -> bool {
    let (w, glued) = first_word(t);
    let rest = after_first_word(t);
    let marked = |s: &str| s.starts_with(['.', ':', '|', '-', '/', '…']);
    match w {
        // اقرأ / إقرأ as a whole word (not إقرار), with or without أيضا.
        "اقرا" => true,
        "ايضا" => marked(glued) || marked(rest),
        "شاهد" => marked(glued) || rest.starts_with("ايضا"),
        "للمزيد" | "المزيد" => marked(glued) || marked(rest),
        "قد" => rest.starts_with("يهمك"),
        _ => t.starts_with("مواضيع ذات صله") || t.starts_with("ذات صله"),
    }
}

fn is_credit(t: &str, words: usize, found: u32) -> bool {
    if words > MAX_NOTICE_WORDS {
        return false;
    }
    let body = t.trim_start_matches(['*', ' ']);
    // `فرانس24/ أ ف ب`, `فرانس 24 / رويترز`: a source, a slash, agency initials.
    let agency_line = words <= 6 && body.contains('/') && !body.contains(['.', ',']);
    agency_line
        || found & CREDIT_BITS != 0
        || t.starts_with('*') && body.starts_with(CREDIT_PHRASES[3])
}

/// Whether a matching-normalized line ends like a sentence (after closing quotes and brackets).
fn ends_sentence(t: &str) -> bool {
    let core = t.trim_end_matches(['"', '\'', ')', ']', ' ']);
    core.ends_with(['.', '!', '…', ':', ';', ',', '?'])
}

/// A short line without final punctuation that does not open like narrative (`وقال …`).
fn headline_shaped(t: &str) -> bool {
    // Cheap tests first: most lines are long paragraphs ending in a full stop.
    if t.len() > 400 || ends_sentence(t) && !t.ends_with('?') {
        return false;
    }
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if !(4..=20).contains(&words) {
        return false;
    }
    let first = t.split_whitespace().next().unwrap_or("");
    !first.starts_with('و') || first.ends_with(':')
}

/// A headline's topic prefix: `سوريا: …`, `الحرب السورية: …` (a colon within the first 4 words).
fn has_topic_colon(t: &str) -> bool {
    t.split_whitespace().take(4).any(|w| w.ends_with(':'))
}

/// Classifies every line of a document, using the document for context. `lines` are the byte
/// ranges of the lines (without their line breaks).
pub(crate) fn classify_lines(text: &str, lines: &[crate::Span]) -> Vec<Option<BoilerplateKind>> {
    let norm = Normalizer::matching();
    let normed: Vec<String> = lines
        .iter()
        .map(|l| {
            let t = norm.normalize_str(text[l.start..l.end].trim());
            match t.trim() {
                trimmed if trimmed.len() == t.len() => t,
                trimmed => trimmed.to_string(),
            }
        })
        .collect();
    let mut out: Vec<Option<BoilerplateKind>> =
        normed.iter().map(|t| classify_normalized(t)).collect();
    // Document style: do its long paragraphs end in punctuation? Only then does a short line
    // without it stand out as a headline rather than the house style.
    let long: Vec<&String> = normed
        .iter()
        .filter(|t| t.split_whitespace().nth(20).is_some())
        .collect();
    let punctuated = long.iter().filter(|t| ends_sentence(t)).count();
    if long.len() < 2 || punctuated * 5 < long.len() * 4 {
        return out;
    }
    let non_empty: Vec<usize> = (0..normed.len())
        .filter(|&i| !normed[i].is_empty())
        .collect();
    let candidate = |i: usize| out[i].is_none() && headline_shaped(&normed[i]);
    let flags: Vec<bool> = non_empty
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            if !candidate(i) {
                return false;
            }
            let neighbour = |j: Option<&usize>| j.is_some_and(|&j| candidate(j));
            has_topic_colon(&normed[i])
                || neighbour(k.checked_sub(1).and_then(|p| non_empty.get(p)))
                || neighbour(non_empty.get(k + 1))
        })
        .collect();
    for (k, &i) in non_empty.iter().enumerate() {
        if flags[k] {
            out[i] = Some(BoilerplateKind::RelatedHeadline);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_phrase_is_found_by_its_own_bit_in_one_pass() {
        let all: Vec<&str> = NOTICE_PHRASES
            .iter()
            .chain(&CREDIT_PHRASES[..3])
            .copied()
            .collect();
        for (i, p) in all.iter().enumerate() {
            assert_eq!(phrases_in(&format!("كلام {p} كلام")), 1 << i, "{p}");
        }
        // overlapping and repeated phrases all count; none in plain text
        let two = format!("{} {}", NOTICE_PHRASES[1], CREDIT_PHRASES[2]);
        assert_eq!(phrases_in(&two), 1 << 1 | 1 << (NOTICE_PHRASES.len() + 2));
        assert_eq!(phrases_in("قال الوزير إن المحادثات انتهت"), 0);
        assert_eq!(NOTICE_BITS & CREDIT_BITS, 0);
    }

    #[test]
    fn read_also_needs_the_whole_word() {
        assert_eq!(
            classify_line("اقرأ.. خبر ما"),
            Some(BoilerplateKind::ReadAlso)
        );
        assert_eq!(classify_line("إقرار قانون الانتخابات الجديد"), None);
        assert_eq!(
            classify_line("أيضاً.. خبر آخر"),
            Some(BoilerplateKind::ReadAlso)
        );
        assert_eq!(classify_line("أيضا، قال الوزير إن الاتفاق صامد."), None);
    }

    #[test]
    fn separators_and_hashtags() {
        assert_eq!(
            classify_line("-----------"),
            Some(BoilerplateKind::Separator)
        );
        assert_eq!(
            classify_line("#سوريا #الغوطة"),
            Some(BoilerplateKind::Hashtags)
        );
    }
}
