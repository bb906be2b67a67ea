//! Quantities (digits and Arabic number words) and casualty counts.
//!
//! News reports casualties in a handful of shapes: a verbal noun or verb followed by the count
//! (`مقتل 36 عنصرا`, `قتل نحو 10 آلاف شخص`), the count before a plural verb or a casualty noun
//! (`ستة أشخاص قتلوا`, `سقوط 10 قتلى`), or no number at all, where the grammatical number of the
//! victim noun carries the count (`مقتل مدني` = 1, `مقتل شخصين` = 2). So this module has two
//! layers: [`parse_quantity`] reads one quantity phrase at a token position (qualifier, digits
//! or number words, multipliers), and [`find_casualties`] anchors quantities on casualty
//! triggers within a sentence.
//!
//! Vague quantities follow ACLED's conservative conventions and say so in `rule`:
//! `عشرات` (tens) → 10 (`acled:tens=10`), `دزينة` (dozens) → 12 (`acled:dozens=12`), `مئات`
//! (hundreds) → 100 (`acled:hundreds=100`), `آلاف` → 1000 (`thousands=1000`), and products of them
//! (`عشرات الآلاف` → 10,000). `عدة` / `بضعة` / `عدد من` (several) → 3 (`several=3`), and a bare
//! plural victim noun (`سقوط قتلى`) → 3 (`plural=3`): Arabic uses the dual for two, so a plural
//! means at least three, and ACLED asks for the lowest defensible figure. A sound plural that is
//! spelt like a dual (`مدنيين`, `مسلحين` are both) takes the lower reading, 2
//! (`dual-or-plural=2`). Exact readings of the noun's number are named too: `singular=1`
//! (`مقتل مدني`), `dual=2` (`مقتل شخصين`), `one-of=1` (`مقتل أحد الجنود`).
//!
//! Conservative also means not counting what is not a count: a definite plural victim
//! (`قتل المدنيين`) is generic, words that also mean injuries or illness (`إصابات`, `مصاب`)
//! count only with a number before them, numbers followed by a unit (`25 عاما`, `3 أسابيع`) or
//! after `عام` are not head counts, and every quantity feeds at most one casualty mention.
//!
//! Matching is on the standard-normalized token form with the lossy letter folds applied
//! (ة→ه, ى→ي) so that common spelling variants (`حوالى`/`حوالي`) meet; proclitics
//! (`و`, `ف`, `ب`, `ل`) and the article are stripped only when what remains is in the closed
//! vocabularies below, so no open-class word is ever split.

use rasad_event::{Count, CountQualifier};
use rasad_text::hash::WordMemo;
use rasad_text::{Analysis, Sentence, Span, Token, TokenKind};
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

/// A quantity phrase read at a token position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    pub value: u64,
    pub qualifier: CountQualifier,
    /// The convention applied for vague quantities (`acled:tens=10`, `several=3`, ...).
    pub rule: Option<String>,
    /// Tokens of the phrase (qualifier included), indexing the token slice given.
    pub tokens: Range<usize>,
}

/// What a casualty count counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CasualtyKind {
    Dead,
    Injured,
}

/// A casualty count found in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CasualtyMention {
    pub kind: CasualtyKind,
    pub count: Count,
    /// Tokens of the whole mention (trigger, count and victim noun), indexing `analysis.tokens`.
    pub tokens: Range<usize>,
    /// Tokens of the casualty word (`مقتل`, `أصيب`, `قتلى`).
    pub trigger_tokens: Range<usize>,
}

/// The standard form with the lossy letter folds ة→ه and ى→ي (hamza carriers are kept: `مئة`
/// and `مية` differ), used to match closed vocabularies whatever the spelling habit. Allocates
/// only when a folded letter is present.
pub(crate) fn key(norm: &str) -> Cow<'_, str> {
    if norm.contains(['ة', 'ى']) {
        Cow::Owned(
            norm.chars()
                .map(|c| match c {
                    'ة' => 'ه',
                    'ى' => 'ي',
                    c => c,
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(norm)
    }
}

/// Forms of a word to look up in a closed vocabulary: the word itself, then with up to two
/// proclitics (`و`/`ف` then `ب`/`ل`/`ك`) removed, each optionally without the article. Stops at
/// the first form `f` accepts; the remaining stem must keep at least two letters.
pub(crate) fn lookup<T>(word: &str, article: bool, f: impl Fn(&str) -> Option<T>) -> Option<T> {
    let try_form = |w: &str| -> Option<T> {
        // A stripped form keeps at least three letters: `لست` is not ل + ست.
        let min = if w.len() == word.len() { 2 } else { 3 };
        if w.chars().count() < min {
            return None;
        }
        if let Some(v) = f(w) {
            return Some(v);
        }
        if article {
            if let Some(rest) = w.strip_prefix("ال") {
                if rest.chars().count() >= 2 {
                    return f(rest);
                }
            }
        }
        None
    };
    if let Some(v) = try_form(word) {
        return Some(v);
    }
    let w1 = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    if w1.len() != word.len() {
        if let Some(v) = try_form(w1) {
            return Some(v);
        }
    }
    for p in ['ب', 'ل', 'ك'] {
        if let Some(w2) = w1.strip_prefix(p) {
            if let Some(v) = try_form(w2) {
                return Some(v);
            }
            // `لل` = ل + ال with the alef dropped (`للقتلى`).
            if p == 'ل' && article {
                if let Some(w3) = w2.strip_prefix('ل') {
                    if w3.chars().count() >= 2 {
                        if let Some(v) = f(w3) {
                            return Some(v);
                        }
                    }
                }
            }
        }
    }
    None
}

/// A number word's role in composing a value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NumWord {
    /// 1–9 (and `أحد`/`إحدى` "one of", handled specially).
    Unit(u64),
    /// `عشر`/`عشرة`: 10, or the teen part after a unit (`ثلاثة عشر`).
    Ten,
    /// 20–90.
    Tens(u64),
    /// 100–900.
    Hundreds(u64),
    /// ألف/مليون/مليار: multiplies what precedes (`30 ألف`), alone it is one unit of itself.
    Mult(u64),
    /// A dual of a multiplier: `ألفين` = 2000.
    MultDual(u64),
    /// آلاف/ملايين: plural multiplier; after a number it multiplies, alone it is vague.
    MultPlural(u64),
    /// عشرات / مئات / دزينات: vague by convention.
    Vague(u64),
    /// عدة / بضعة / عدد (من): several.
    Several,
}

fn num_word(k: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match k {
        "واحد" | "واحده" => Unit(1),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثني" | "اثنتا" | "اثنتي" => {
            Unit(2)
        }
        "ثلاث" | "ثلاثه" => Unit(3),
        "اربع" | "اربعه" => Unit(4),
        "خمس" | "خمسه" => Unit(5),
        "ست" | "سته" => Unit(6),
        "سبع" | "سبعه" => Unit(7),
        "ثماني" | "ثمانيه" | "ثمان" => Unit(8),
        "تسع" | "تسعه" => Unit(9),
        "عشر" | "عشره" => Ten,
        "عشرون" | "عشرين" => Tens(20),
        "ثلاثون" | "ثلاثين" => Tens(30),
        "اربعون" | "اربعين" => Tens(40),
        "خمسون" | "خمسين" => Tens(50),
        "ستون" | "ستين" => Tens(60),
        "سبعون" | "سبعين" => Tens(70),
        "ثمانون" | "ثمانين" => Tens(80),
        "تسعون" | "تسعين" => Tens(90),
        "مئه" | "مائه" => Hundreds(100),
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتا" | "مائتا" | "مئتي" | "مائتي" => {
            Hundreds(200)
        }
        "ثلاثمئه" | "ثلاثمائه" => Hundreds(300),
        "اربعمئه" | "اربعمائه" => Hundreds(400),
        "خمسمئه" | "خمسمائه" => Hundreds(500),
        "ستمئه" | "ستمائه" => Hundreds(600),
        "سبعمئه" | "سبعمائه" => Hundreds(700),
        "ثمانمئه" | "ثمانمائه" | "ثمانيمئه" | "ثمانيمائه" => {
            Hundreds(800)
        }
        "تسعمئه" | "تسعمائه" => Hundreds(900),
        "الف" | "الفا" => Mult(1_000),
        "الفان" | "الفين" => MultDual(1_000),
        "الاف" => MultPlural(1_000),
        "مليون" | "مليونا" => Mult(1_000_000),
        "مليونان" | "مليونين" => MultDual(1_000_000),
        "ملايين" => MultPlural(1_000_000),
        "مليار" | "مليارا" => Mult(1_000_000_000),
        "ملياران" | "مليارين" => MultDual(1_000_000_000),
        "مليارات" => MultPlural(1_000_000_000),
        "عشرات" => Vague(10),
        "مئات" => Vague(100),
        "دزينه" | "دزينات" => Vague(12),
        "عده" | "بضعه" | "بضع" => Several,
        _ => return None,
    })
}

/// A number word at `tokens[i]`, with clitics stripped. The article is allowed only on the
/// vague plurals (`العشرات`, `المئات`, `الآلاف`): `الثلاثين` is an ordinal or a date.
fn num_word_at(tokens: &[Token], i: usize) -> Option<NumWord> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let k = key(&t.norm);
    if let Some(w) = lookup(&k, false, num_word) {
        return Some(w);
    }
    lookup(&k, true, |w| match num_word(w) {
        Some(v @ (NumWord::Vague(_) | NumWord::MultPlural(_))) => Some(v),
        _ => None,
    })
}

/// The value of a digit token: `30,000` (thousands separators), `3.5` / `2,5` (decimals).
/// `None` for date-like forms (`14.5.2018`) and absurd magnitudes.
pub(crate) fn digits_value(norm: &str) -> Option<f64> {
    if norm.is_empty()
        || !norm
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let dots = norm.matches('.').count();
    let commas = norm.matches(',').count();
    let groups_of_three = |sep: char| {
        let mut parts = norm.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let v: f64 = match (dots, commas) {
        (0, 0) => norm.parse().ok()?,
        (0, _) if groups_of_three(',') => norm.replace(',', "").parse().ok()?,
        (0, 1) => norm.replace(',', ".").parse().ok()?,
        (1, 0) => norm.parse().ok()?,
        (_, 0) if groups_of_three('.') && dots > 1 => return None,
        _ => return None,
    };
    (v.is_finite() && v < 1e15).then_some(v)
}

fn qualifier_words(tokens: &[Token], i: usize) -> Option<(CountQualifier, usize)> {
    let w = |j: usize| -> Option<Cow<'_, str>> {
        tokens
            .get(j)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| key(&t.norm))
    };
    let first = w(i)?;
    let second = w(i + 1);
    let third = w(i + 2);
    let is = |c: &Option<Cow<'_, str>>, s: &[&str]| c.as_deref().is_some_and(|x| s.contains(&x));
    let one = |f: &str| -> Option<CountQualifier> {
        match f {
            "نحو" | "حوالي" | "قرابه" | "زهاء" | "تقريبا" => {
                Some(CountQualifier::About)
            }
            "حتي" => Some(CountQualifier::AtMost),
            _ => None,
        }
    };
    // Two-word and three-word phrases first.
    let head = lookup(&first, false, |f| match f {
        "اكثر" | "ازيد" | "اقل" | "ما" | "لا" | "يزيد" | "يقارب" | "يقرب" | "يناهز" | "يصل"
        | "يربو" => Some(f.to_string()),
        _ => None,
    });
    if let Some(h) = head.as_deref() {
        match h {
            "اكثر" | "ازيد" if is(&second, &["من"]) => {
                return Some((CountQualifier::AtLeast, 2));
            }
            "اقل" if is(&second, &["من"]) => return Some((CountQualifier::AtMost, 2)),
            "ما" if is(&second, &["لا"])
                && is(&third, &["يقل"])
                && is(&w(i + 3), &["عن", "علي"]) =>
            {
                return Some((CountQualifier::AtLeast, 4));
            }
            "لا" if is(&second, &["يقل"]) && is(&third, &["عن", "علي"]) => {
                return Some((CountQualifier::AtLeast, 3));
            }
            "ما" if is(&second, &["يزيد", "يربو"]) && is(&third, &["عن", "علي"]) => {
                return Some((CountQualifier::AtLeast, 3));
            }
            "ما" if is(&second, &["يقارب", "يناهز"]) => {
                return Some((CountQualifier::About, 2));
            }
            "ما" if is(&second, &["يقرب"]) && is(&third, &["من"]) => {
                return Some((CountQualifier::About, 3));
            }
            "ما" if is(&second, &["يصل"]) && is(&third, &["الي"]) => {
                return Some((CountQualifier::AtMost, 3));
            }
            "يزيد" | "يربو" if is(&second, &["عن", "علي"]) => {
                return Some((CountQualifier::AtLeast, 2));
            }
            "يقارب" | "يناهز" => return Some((CountQualifier::About, 1)),
            _ => {}
        }
    }
    lookup(&first, false, one).map(|q| (q, 1))
}

/// Reads a quantity phrase starting at `tokens[start]`: an optional qualifier (`أكثر من`,
/// `ما لا يقل عن`, `نحو`, `حوالي`, `قرابة`, `زهاء`, `أقل من`, `حتى`, ...), then digits and/or
/// number words composed as Arabic composes them (`ثلاثة وعشرين`, `30 ألف`, `2.5 مليون`,
/// `مئة وخمسين ألفا`), or a vague quantity (`عشرات`, `مئات الآلاف`, `عدة`). `None` when no
/// quantity starts there.
pub fn parse_quantity(tokens: &[Token], start: usize) -> Option<Quantity> {
    if start >= tokens.len() {
        return None;
    }
    let (mut qualifier, skip) =
        qualifier_words(tokens, start).unwrap_or((CountQualifier::Exact, 0));
    let first = start + skip;
    let (value, rule, end) = compose(tokens, first)?;
    // `أحد الجنود` names exactly one; every other convention is a vague quantity.
    if rule.as_deref().is_some_and(|r| r != ONE_OF) {
        qualifier = CountQualifier::Vague;
    }
    let mut end = end;
    // Trailing `تقريبا`.
    if qualifier == CountQualifier::Exact
        && tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && key(&t.norm) == "تقريبا")
    {
        qualifier = CountQualifier::About;
        end += 1;
    }
    Some(Quantity {
        value,
        qualifier,
        rule,
        tokens: start..end,
    })
}

const ONE_OF: &str = "one-of=1";

/// Composes the number at `tokens[i..]`: `(value, rule, end)`.
fn compose(tokens: &[Token], i: usize) -> Option<(u64, Option<String>, usize)> {
    let t = tokens.get(i)?;
    // Vague heads: عشرات / مئات / آلاف / عدة, optionally times a plural multiplier.
    if let Some(w) = num_word_at(tokens, i) {
        let vague = match w {
            NumWord::Vague(v) => Some((v, vague_name(v))),
            NumWord::MultPlural(m) => Some((m, vague_name(m))),
            NumWord::Several => Some((3, "several")),
            _ => None,
        };
        if let Some((base, name)) = vague {
            let mut end = i + 1;
            let mut value = base;
            let mut rule = format!("{}={}", acled_prefix(name), base);
            if let Some(NumWord::MultPlural(m)) | Some(NumWord::Mult(m)) =
                tokens.get(end).and_then(|_| num_word_at(tokens, end))
            {
                if m > base || name == "several" {
                    value = base * m;
                    rule = format!("{}-of-{}={}", acled_prefix(name), vague_name(m), value);
                    end += 1;
                }
            }
            return Some((value, Some(rule), end));
        }
    }
    if t.kind == TokenKind::Word && matches!(key(&t.norm).as_ref(), "عدد" | "عددا") {
        // `عدد من القتلى` (a number of): several.
        if tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.norm == "من")
        {
            return Some((3, Some("several=3".to_string()), i + 2));
        }
        return None;
    }
    // `أحد`/`إحدى` + definite noun: "one of the …" (`واحد` is a number word of its own).
    if t.kind == TokenKind::Word && num_word_at(tokens, i).is_none() {
        let k = key(&t.norm);
        if matches!(
            lookup(&k, false, |w| matches!(w, "احد" | "احدي").then_some(())),
            Some(())
        ) {
            let next = tokens.get(i + 1)?;
            if next.kind == TokenKind::Word && next.norm.starts_with("ال") {
                return Some((1, Some(ONE_OF.to_string()), i + 1));
            }
            if next.kind == TokenKind::Word && matches!(key(&next.norm).as_ref(), "عشر" | "عشره")
            {
                return Some((11, None, i + 2));
            }
            return None;
        }
    }

    let mut total = 0f64;
    let mut current = 0f64;
    let mut last: Option<NumWord> = None;
    let mut any = false;
    let mut conj = false;
    let mut j = i;
    // The end of the last number token taken: a `و` that leads nowhere is not part of it.
    let mut end = i;
    while j < tokens.len() {
        let tok = &tokens[j];
        match tok.kind {
            TokenKind::Number => {
                if any && current != 0.0 {
                    break;
                }
                let Some(v) = digits_value(&tok.norm) else {
                    break;
                };
                current += v;
                any = true;
                conj = false;
                last = None;
                j += 1;
                end = j;
            }
            TokenKind::Word => {
                // A standalone conjunction continues a compound only before another number.
                if tok.norm == "و" && any {
                    conj = true;
                    let continues = tokens.get(j + 1).is_some_and(|n| {
                        n.kind == TokenKind::Number
                            || (n.kind == TokenKind::Word
                                && matches!(
                                    num_word_at(tokens, j + 1),
                                    Some(
                                        NumWord::Unit(_) | NumWord::Tens(_) | NumWord::Hundreds(_)
                                    )
                                ))
                    });
                    if !continues {
                        break;
                    }
                    j += 1;
                    continue;
                }
                let Some(w) = num_word_at(tokens, j) else {
                    break;
                };
                let joined = conj || {
                    let k = key(&tok.norm);
                    k.starts_with('و') && num_word(&k).is_none()
                };
                conj = false;
                if any && !joined {
                    // Without `و`, only a teen (`ثلاثة عشر`), a hundred after a unit
                    // (`ثلاث مئة`) or a multiplier may follow.
                    let ok = matches!(
                        (last, w),
                        (Some(NumWord::Unit(_)), NumWord::Ten)
                            | (Some(NumWord::Unit(_)), NumWord::Hundreds(100))
                            | (_, NumWord::Mult(_) | NumWord::MultPlural(_))
                    );
                    if !ok {
                        break;
                    }
                }
                match w {
                    NumWord::Unit(u) => {
                        if any && !joined {
                            break;
                        }
                        current += u as f64;
                    }
                    NumWord::Ten => current += 10.0,
                    NumWord::Tens(t) => current += t as f64,
                    NumWord::Hundreds(h) => {
                        if h == 100 && matches!(last, Some(NumWord::Unit(_))) && !joined {
                            current *= 100.0;
                        } else {
                            current += h as f64;
                        }
                    }
                    NumWord::Mult(m) => {
                        let c = if current == 0.0 { 1.0 } else { current };
                        total += c * m as f64;
                        current = 0.0;
                    }
                    NumWord::MultDual(m) => {
                        if any && !joined {
                            break;
                        }
                        total += 2.0 * m as f64;
                    }
                    NumWord::MultPlural(m) => {
                        if current == 0.0 {
                            break;
                        }
                        total += current * m as f64;
                        current = 0.0;
                    }
                    NumWord::Vague(_) | NumWord::Several => break,
                }
                any = true;
                last = Some(w);
                j += 1;
                end = j;
            }
            _ => break,
        }
    }
    if !any {
        return None;
    }
    let v = total + current;
    if !(v.is_finite() && (0.0..1e15).contains(&v)) {
        return None;
    }
    Some((v.floor() as u64, None, end))
}

fn vague_name(v: u64) -> &'static str {
    match v {
        10 => "tens",
        12 => "dozens",
        100 => "hundreds",
        1_000 => "thousands",
        1_000_000 => "millions",
        _ => "billions",
    }
}

/// ACLED names tens, dozens and hundreds explicitly; the others are our own extension.
fn acled_prefix(name: &str) -> String {
    match name {
        "tens" | "dozens" | "hundreds" => format!("acled:{name}"),
        _ => name.to_string(),
    }
}

/// How a casualty word behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trig {
    /// Verbal noun or active/passive verb: the count follows (`مقتل 3`, `قتل 4 جنود`).
    Forward,
    /// Plural verb: the count precedes (`ستة أشخاص قتلوا`), else follows.
    PluralVerb,
    /// Casualty noun (`قتلى`, `قتيلا`, `جرحى`, `إصابة`): the count precedes; its own
    /// grammatical number gives the count otherwise.
    Noun(Grammar),
    /// `لقي`/`لقوا`: needs `حتفه`/`مصرعه` after it.
    Met,
    /// `بحياة` after `أودى`/`أدى`.
    Life,
    /// `ضحية` after `راح`/`ذهب` (`راح ضحية الانفجار 7 مدنيين`, `ذهب ضحيتها 5`): the idiom
    /// says the victims died; the count follows.
    Fell,
    /// Counts only with a number right before it (`100 إصابة`, `26 قتيلا` is a Noun): words
    /// that also mean injuries, deaths or illness (`إصابات طفيفة`, `مصاب بمرض`).
    CountOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grammar {
    Singular,
    Dual,
    Plural,
}

fn trigger(k: &str) -> Option<(CasualtyKind, Trig)> {
    use CasualtyKind::*;
    use Grammar::*;
    use Trig::*;
    Some(match k {
        "مقتل" | "قتل" | "قتلت" | "يقتل" | "مصرع" | "وفاه" | "استشهاد" | "استشهد" | "استشهدت"
        | "قتله" => (Dead, Forward),
        "قتلوا" | "استشهدوا" | "قتلن" => (Dead, PluralVerb),
        "قتلي" | "شهداء" => (Dead, Noun(Plural)),
        "وفيات" | "حالات_وفاه" => (Dead, CountOnly),
        "قتيل" | "قتيلا" | "شهيد" | "شهيدا" => (Dead, Noun(Singular)),
        "قتيلان" | "قتيلين" | "شهيدان" | "شهيدين" => (Dead, Noun(Dual)),
        "لقي" | "لقيت" | "لقوا" | "لقين" => (Dead, Met),
        "بحياه" | "حياه" => (Dead, Life),
        "ضحيه" | "ضحيته" | "ضحيتها" | "ضحيتهم" => (Dead, Fell),
        "اصابه" | "اصيب" | "اصيبت" | "اصاب" | "اصابت" | "جرح" | "جرحت" => {
            (Injured, Forward)
        }
        "اصيبوا" | "جرحوا" => (Injured, PluralVerb),
        "جرحي" => (Injured, Noun(Plural)),
        "جريح" | "جريحا" => (Injured, Noun(Singular)),
        "جريحان" | "جريحين" => (Injured, Noun(Dual)),
        "مصابين" | "مصابون" | "اصابات" | "مصاب" | "مصابا" | "مصابان" => {
            (Injured, CountOnly)
        }
        _ => return None,
    })
}

thread_local! {
    /// [`word_trigger`]'s answers (one table: the word list is fixed).
    static WORD_TRIGGERS: RefCell<WordMemo<Option<(CasualtyKind, Trig)>>> =
        RefCell::new(WordMemo::default());
}

/// What a word (its normalized form) is as a casualty word, before its context is seen.
/// Every token of every sentence is asked, and news repeats its words: the answers are
/// remembered per thread.
fn word_trigger(norm: &str) -> Option<(CasualtyKind, Trig)> {
    WORD_TRIGGERS.with_borrow_mut(|memo| {
        let table = memo.table(0);
        if let Some(found) = table.get(norm) {
            return *found;
        }
        let k = key(norm);
        // `لقتل`: a verb form after the purpose `ل` is an aim (`خطط لقتل جنود`), not a toll
        let found = if k.trim_start_matches(['و', 'ف']) == "لقتل" {
            None
        } else {
            lookup(&k, true, trigger)
        };
        table.insert(norm.into(), found);
        found
    })
}

fn trigger_at(tokens: &[Token], i: usize) -> Option<(CasualtyKind, Trig)> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let (kind, trig) = word_trigger(&t.norm)?;
    match trig {
        // `أودى بحياة` / `أدى بحياة`: only after the verb.
        Trig::Life => {
            // the verb right before, or before its subject (`أودى الهجوم بحياة`): up to three
            // words back, within the clause
            let ok = (i.saturating_sub(4)..i).rev().any(|p| {
                let k = key(&tokens[p].norm);
                lookup(&k, false, |w| {
                    matches!(w, "اودي" | "اودت" | "ادي" | "ادت" | "يودي" | "تودي").then_some(())
                })
                .is_some()
            }) && !tokens[i.saturating_sub(4)..i]
                .iter()
                .any(|t| t.kind == TokenKind::Punct);
            ok.then_some((kind, trig))
        }
        Trig::Fell => {
            let prev = i.checked_sub(1).map(|p| key(&tokens[p].norm).into_owned());
            let ok = prev.as_deref().is_some_and(|p| {
                lookup(p, false, |w| {
                    matches!(w, "راح" | "ذهب" | "يروح" | "يذهب").then_some(())
                })
                .is_some()
            });
            ok.then_some((kind, trig))
        }
        _ => Some((kind, trig)),
    }
}

/// Victim nouns: `(singular, broken plural)`. Nouns with sound plurals and nisba adjectives
/// (`مدني`, `مسلح`) are recognised by form in [`victim`].
const VICTIMS: &[(&str, &str)] = &[
    ("شخص", "اشخاص"),
    ("جندي", "جنود"),
    ("طفل", "اطفال"),
    ("امراه", "نساء"),
    ("رجل", "رجال"),
    ("عنصر", "عناصر"),
    ("ضابط", "ضباط"),
    ("شاب", "شبان"),
    ("شابه", "شابات"),
    ("فتي", "فتيان"),
    ("فتاه", "فتيات"),
    ("طالب", "طلاب"),
    ("سائح", "سياح"),
    ("صحفي", "صحفيين"),
    ("ضحيه", "ضحايا"),
    ("مدني", "مدنيين"),
    ("شرطي", "شرطيين"),
    ("عسكري", "عسكريين"),
    ("مسلح", "مسلحين"),
    ("مقاتل", "مقاتلين"),
    ("متظاهر", "متظاهرين"),
    ("محتج", "محتجين"),
    ("مواطن", "مواطنين"),
    ("مستوطن", "مستوطنين"),
    ("مهاجر", "مهاجرين"),
    ("لاجئ", "لاجئين"),
    ("جهادي", "جهاديين"),
    ("ارهابي", "ارهابيين"),
    ("مدنيه", "مدنيات"),
    ("عامل", "عمال"),
    ("مسعف", "مسعفين"),
    ("راكب", "ركاب"),
    ("حارس", "حراس"),
    ("قائد", "قاده"),
    ("قيادي", "قياديين"),
    ("مقيم", "مقيمين"),
    ("سجين", "سجناء"),
    ("معتقل", "معتقلين"),
    // `وإصابة 11 آخرين`, `وأصيب آخرون`: "others" counts the victims of the second clause.
    ("اخر", "اخرين"),
];

/// The grammatical number of a victim noun (`مدني` → singular, `شخصين` → dual,
/// `أشخاص` → plural), or `None` when the word is not a known victim noun. The second value is
/// true when a sound plural is spelt like a dual (`مدنيين`).
fn victim(k: &str) -> Option<(Grammar, bool)> {
    lookup(k, true, victim_form)
}

/// [`victim`] on a word without clitics.
fn victim_form(w: &str) -> Option<(Grammar, bool)> {
    for (sg, pl) in VICTIMS {
        // `مدنيا`: the accusative singular after numbers.
        if w == *sg || w.strip_suffix('ا') == Some(sg) {
            return Some((Grammar::Singular, false));
        }
        if w == *pl {
            // A sound plural in -ين is also the genitive dual.
            let ambiguous = pl.ends_with("ين") && pl.len() == sg.len() + 4;
            return Some(if ambiguous {
                (Grammar::Dual, true)
            } else {
                (Grammar::Plural, false)
            });
        }
        if let Some(stem) = w.strip_suffix("ان").or_else(|| w.strip_suffix("ين")) {
            // Duals of nouns with broken plurals are unambiguous (`شخصين`, `جنديين`);
            // a feminine stem takes ت (`امرأتان`, `شابتين`).
            let feminine = sg
                .strip_suffix('ه')
                .is_some_and(|s| stem.strip_suffix('ت') == Some(s));
            if stem == *sg || feminine {
                return Some((Grammar::Dual, false));
            }
        }
        if let Some(stem) = w.strip_suffix("ون") {
            if stem == *sg {
                return Some((Grammar::Plural, false));
            }
        }
    }
    None
}

fn is_word(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && words.contains(&key(&t.norm).as_ref()))
}

/// Units and nouns that show a number is not a head count (`25 عاما`, `3 أسابيع`, `65 كيلومترا`,
/// `3.5 مليون دولار`, `14 أيار`).
fn not_a_count(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "%" | "/" | ":") {
        return true;
    }
    // `ركاب الطائرة "إم أتش 17"`: a digit closing a quotation ends a name
    if t.norm == "\""
        && i > 0
        && tokens[i - 1].kind == TokenKind::Number
        && i >= 2
        && tokens[i - 2].kind != TokenKind::Punct
    {
        return true;
    }
    if t.kind == TokenKind::Symbol || t.kind == TokenKind::Latin {
        return true;
    }
    if t.kind != TokenKind::Word {
        return false;
    }
    let k = key(&t.norm);
    lookup(&k, true, |w| {
        let unit = matches!(
            w,
            "عام"
                | "عاما"
                | "اعوام"
                | "سنه"
                | "سنوات"
                | "سنين"
                | "عمر"
                | "يوم"
                | "يوما"
                | "ايام"
                | "اسبوع"
                | "اسبوعا"
                | "اسابيع"
                | "شهر"
                | "شهرا"
                | "اشهر"
                | "شهور"
                | "ساعه"
                | "ساعات"
                | "دقيقه"
                | "دقائق"
                | "كيلومتر"
                | "كيلومترا"
                | "كيلومترات"
                | "كلم"
                | "كم"
                | "متر"
                | "مترا"
                | "امتار"
                | "ميل"
                | "دولار"
                | "دولارا"
                | "دولارات"
                | "يورو"
                | "جنيه"
                | "ريال"
                | "دينار"
                | "ليره"
                | "طن"
                | "اطنان"
                | "بالمئه"
                | "بالمائه"
                | "نقطه"
                | "مره"
                | "مرات"
                | "درجه"
                | "درجات"
                | "مئويه"
        );
        (unit || crate::dates::month_number(w).is_some()).then_some(())
    })
    .is_some()
}

/// Words that may sit between a casualty word and its count (`أصيب في القصف أيضا أكثر من 40`).
fn is_particle(k: &str) -> bool {
    matches!(
        k,
        "في" | "من"
            | "عن"
            | "الي"
            | "ايضا"
            | "خلال"
            | "بينهم"
            | "جراء"
            | "اليوم"
            | "امس"
            | "قد"
    )
}

/// Verbs that give a running total (`بلغ قتلى X 80`, `ارتفع قتلى X إلى 15`), matching-normalized.
const TALLY_VERBS: &[&str] = &[
    "بلغ",
    "بلغت",
    "يبلغ",
    "تبلغ",
    "ارتفع",
    "ارتفعت",
    "يرتفع",
    "ترتفع",
    "ارتفاع",
    "وصل",
    "وصلت",
    "يصل",
    "تصل",
    "تجاوز",
    "تجاوزت",
    "يتجاوز",
    "يتجاوزون",
    "فاق",
    "فاقت",
];

/// Finds dead and injured counts in `sentence`. Each count is used once; a casualty word with
/// no count in reach (`القتل`, `بجروح`) gives nothing.
pub fn find_casualties(analysis: &Analysis, sentence: &Sentence) -> Vec<CasualtyMention> {
    let tokens = &analysis.tokens[..sentence.tokens.end.min(analysis.tokens.len())];
    let lo = sentence.tokens.start.min(tokens.len());
    let hi = tokens.len();
    let mut out: Vec<CasualtyMention> = Vec::new();
    let mut used: Vec<Range<usize>> = Vec::new();
    for i in lo..hi {
        let Some((kind, trig)) = trigger_at(tokens, i) else {
            continue;
        };
        if in_split_idiom(tokens, lo, i) {
            continue;
        }
        let found = match trig {
            // `100 إصابة`, `حالة وفاة واحدة`: a verbal noun may also be counted from before.
            Trig::Forward => {
                forward(tokens, i + 1, hi, 7, true).or_else(|| adjacent(tokens, lo, i))
            }
            Trig::CountOnly => adjacent(tokens, lo, i),
            Trig::Life => forward(tokens, i + 1, hi, 3, true),
            Trig::Fell => forward(tokens, i + 1, hi, 7, true),
            Trig::PluralVerb => backward(tokens, lo, i)
                .filter(|f| !bare_number_before_verb(tokens, f, i))
                .or_else(|| forward(tokens, i + 1, hi, 4, false)),
            Trig::Met => {
                // `لقي 5 أشخاص حتفهم` / `5 أشخاص لقوا حتفهم`.
                let fate = (i + 1..(i + 6).min(hi)).find(|&j| {
                    let k = key(&tokens[j].norm);
                    k.starts_with("حتف") || k.starts_with("مصرع")
                });
                match fate {
                    None => None,
                    Some(f) => forward(tokens, i + 1, f, 4, true)
                        .or_else(|| backward(tokens, lo, i))
                        .or(Some(Found::Grammar(
                            met_grammar(tokens, i),
                            false,
                            i..i + 1,
                        )))
                        .map(|fd| fd.extend_to(f + 1)),
                }
            }
            Trig::Noun(g) => {
                let counted = backward(tokens, lo, i);
                // `ارتفع عدد القتلى إلى 10` / `حصيلة القتلى 35`; a tally verb before the noun,
                // its owner after it (`بلغ قتلى الميليشيا أكثر من ثمانين`).
                let tally = i > lo && is_word(tokens, i - 1, &["عدد", "اعداد", "حصيله", "اجمالي"]);
                let tally_verb = i > lo && tokens[i - 1].kind == TokenKind::Word && {
                    let k = key(&tokens[i - 1].norm);
                    let bare = k.strip_prefix(['و', 'ف']).unwrap_or(&k);
                    TALLY_VERBS.contains(&bare) || TALLY_VERBS.contains(&k.as_ref())
                };
                counted
                    .or_else(|| {
                        tally
                            .then(|| forward(tokens, i + 1, hi, 3, false))
                            .flatten()
                    })
                    .or_else(|| {
                        (tally || tally_verb)
                            .then(|| forward(tokens, i + 1, hi, 5, false))
                            .flatten()
                    })
                    // A definite casualty noun (`القتلى`, `القتيل`) refers back to victims
                    // counted elsewhere; only an indefinite one counts by its own number.
                    .or_else(|| {
                        (!tally && !tally_verb && !definite(&tokens[i].norm))
                            .then(|| Found::Grammar(g, false, i..i + 1))
                    })
            }
        };
        let Some(found) = found else {
            continue;
        };
        let (count, span_tokens) = match found {
            Found::Quantity(q, whole) => {
                if used
                    .iter()
                    .any(|u| u.start < q.tokens.end && q.tokens.start < u.end)
                {
                    continue;
                }
                used.push(q.tokens.clone());
                let span = quantity_span(analysis.text, tokens, q.tokens.clone());
                let c = Count {
                    value: q.value,
                    qualifier: q.qualifier,
                    text: span.get(analysis.text).unwrap_or("").to_string(),
                    span,
                    rule: q.rule,
                };
                (c, whole)
            }
            Found::Grammar(g, ambiguous, noun) => {
                if used
                    .iter()
                    .any(|u| u.start < noun.end && noun.start < u.end)
                {
                    continue;
                }
                used.push(noun.clone());
                // `والجرحى` → `الجرحى`: the count's text starts at the noun.
                let span = cover(tokens, noun.clone());
                let skip = proclitic_bytes(analysis.text, &tokens[noun.start], |w| {
                    let bare = w.strip_prefix("ال").unwrap_or(w);
                    trigger(bare).is_some() || victim_form(bare).is_some()
                });
                let span = Span::new(span.start + skip, span.end);
                let (value, qualifier, rule) = match (g, ambiguous) {
                    (Grammar::Singular, _) => (1, CountQualifier::Exact, "singular=1"),
                    (Grammar::Dual, false) => (2, CountQualifier::Exact, "dual=2"),
                    (Grammar::Dual, true) => (2, CountQualifier::AtLeast, "dual-or-plural=2"),
                    (Grammar::Plural, _) => (3, CountQualifier::Vague, "plural=3"),
                };
                let c = Count {
                    value,
                    qualifier,
                    text: span.get(analysis.text).unwrap_or("").to_string(),
                    span,
                    rule: Some(rule.to_string()),
                };
                (c, noun)
            }
        };
        let all = span_tokens.start.min(i)..span_tokens.end.max(i + 1);
        out.push(CasualtyMention {
            kind,
            count,
            tokens: all,
            trigger_tokens: i..i + 1,
        });
    }
    out
}

/// `سقط 150 عنصرا بين قتيل وجريح`, `ما بين قتلى وجرحى`: the pair of casualty nouns after
/// `بين` shares out a count of dead *and* injured without saying how; neither noun is a count,
/// and the count before them is no death toll (both are left unknown: the lowest defensible
/// figure for either is none).
fn in_split_idiom(tokens: &[Token], lo: usize, i: usize) -> bool {
    let noun = |j: usize| -> Option<CasualtyKind> {
        match trigger_at(tokens, j)? {
            (k, Trig::Noun(_)) => Some(k),
            _ => None,
        }
    };
    let pair = |first: usize| -> bool {
        first > lo
            && is_word(tokens, first - 1, &["بين"])
            && first + 1 < tokens.len()
            && key(&tokens[first + 1].norm).starts_with('و')
            && matches!((noun(first), noun(first + 1)), (Some(a), Some(b)) if a != b)
    };
    pair(i) || (i > lo && pair(i - 1))
}

fn met_grammar(tokens: &[Token], i: usize) -> Grammar {
    let k = key(&tokens[i].norm);
    if k.ends_with("وا") || k.ends_with("ين") {
        Grammar::Plural
    } else {
        Grammar::Singular
    }
}

/// Whether a word carries the article, behind at most one proclitic (`والقتلى`, `للقتلى`).
fn definite(norm: &str) -> bool {
    let rest = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    let rest2 = rest.strip_prefix('ب').unwrap_or(rest);
    rest.starts_with("ال") || rest2.starts_with("ال") || rest.starts_with("لل")
}

enum Found {
    /// A quantity, and the token range it covers with its victim noun.
    Quantity(Quantity, Range<usize>),
    /// No number: the victim noun's grammatical number (with the dual/plural ambiguity flag).
    Grammar(Grammar, bool, Range<usize>),
}

impl Found {
    fn extend_to(self, end: usize) -> Found {
        match self {
            Found::Quantity(q, r) => Found::Quantity(q, r.start..r.end.max(end)),
            Found::Grammar(g, a, r) => Found::Grammar(g, a, r),
        }
    }
}

/// Words a quantity phrase may start with, in matching form.
fn starts_quantity(w: &str) -> bool {
    num_word(w).is_some()
        || matches!(
            w,
            "اكثر"
                | "ازيد"
                | "اقل"
                | "ما"
                | "لا"
                | "يزيد"
                | "يقارب"
                | "يقرب"
                | "يناهز"
                | "يصل"
                | "يربو"
                | "نحو"
                | "حوالي"
                | "قرابه"
                | "زهاء"
                | "حتي"
                | "عدد"
                | "عددا"
                | "احد"
                | "احدي"
        )
        || w.strip_prefix("ال").is_some_and(|r| {
            matches!(
                num_word(r),
                Some(NumWord::Vague(_) | NumWord::MultPlural(_))
            )
        })
}

/// The span of a quantity phrase without a leading proclitic (`وأكثر من 50` → `أكثر من 50`):
/// the count's text is the number, not the conjunction that joins it to the sentence.
fn quantity_span(text: &str, tokens: &[Token], r: Range<usize>) -> Span {
    let span = cover(tokens, r.clone());
    let skip = proclitic_bytes(text, &tokens[r.start], starts_quantity);
    Span::new(span.start + skip, span.end)
}

/// How many bytes of `token`'s original text are proclitics (`و`, `ف`, `ب`, `ل`, `ك`, at most
/// two) in front of a word `known` accepts, so that a phrase's span can start at the word
/// itself: `وأمس` → `أمس`. Zero when the whole token is known or no split makes it known.
pub(crate) fn proclitic_bytes(text: &str, token: &Token, known: impl Fn(&str) -> bool) -> usize {
    let k = key(&token.norm);
    if token.kind != TokenKind::Word || known(&k) {
        return 0;
    }
    let mut rest = k.as_ref();
    for n in 1..=2 {
        let Some(c) = rest.chars().next().filter(|c| "وفبلك".contains(*c)) else {
            return 0;
        };
        rest = &rest[c.len_utf8()..];
        if rest.chars().count() >= 2 && known(rest) {
            // Skip `n` letters (and the marks on them) in the original.
            let surface = token.surface(text);
            let mut letters = 0;
            for (i, ch) in surface.char_indices() {
                if rasad_text::is_arabic_letter(ch) {
                    if letters == n {
                        return i;
                    }
                    letters += 1;
                }
            }
            return 0;
        }
    }
    0
}

fn cover(tokens: &[Token], r: Range<usize>) -> Span {
    let first = tokens[r.start].span;
    let last = tokens[r.end.max(r.start + 1) - 1].span;
    first.cover(last)
}

/// A count after a casualty word: the first quantity within `window` tokens (particles and a
/// subject may intervene, punctuation and another casualty word stop the search), or, when
/// `noun` allows it, the grammatical number of a victim noun right after the word.
fn forward(tokens: &[Token], from: usize, hi: usize, window: usize, noun: bool) -> Option<Found> {
    let mut content = 0;
    let mut j = from;
    while j < hi && j < from + window {
        let t = &tokens[j];
        if t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "\"" | "(" | ")") {
            return None;
        }
        if trigger_at(tokens, j).is_some() {
            return None;
        }
        if let Some(q) = parse_quantity(tokens, j) {
            let noun_end = q.tokens.end;
            if !not_a_count(tokens, noun_end) && !year_like(tokens, &q) {
                let mut end = noun_end;
                let mut q = q;
                // The counted noun, then a trailing `على الأقل`.
                if tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Word && end < hi)
                {
                    end += 1;
                }
                if let Some(e) = at_least_tail(tokens, q.tokens.end, hi)
                    .or_else(|| at_least_tail(tokens, end, hi))
                {
                    if q.qualifier == CountQualifier::Exact {
                        q.qualifier = CountQualifier::AtLeast;
                    }
                    end = e;
                }
                return Some(Found::Quantity(q, from.min(j)..end));
            }
            return None;
        }
        if t.kind == TokenKind::Number {
            return None;
        }
        if t.kind == TokenKind::Word {
            let k = key(&t.norm);
            if is_particle(&k) {
                j += 1;
                continue;
            }
            if noun && content == 0 {
                if let Some((g, amb)) = victim(&k).or_else(|| nisba(&t.norm)) {
                    // `قتل المدنيين` (the killing of civilians) names no count.
                    if (g == Grammar::Plural || amb) && definite(&t.norm) {
                        return None;
                    }
                    // A number may follow the noun: `مقتل مدنيين اثنين`.
                    if let Some(q) = parse_quantity(tokens, j + 1).filter(|q| q.tokens.end <= hi) {
                        if q.rule.is_none() {
                            return Some(Found::Quantity(q.clone(), from..q.tokens.end));
                        }
                    }
                    return Some(Found::Grammar(g, amb, j..j + 1));
                }
            }
            content += 1;
        }
        j += 1;
    }
    None
}

/// An indefinite nisba noun right after a casualty word names one victim (`مقتل فلسطيني`,
/// `إصابة إسرائيلي`); its -يين plural is also the genitive dual. Works on the standard form so
/// that ى (`الى`) never looks like a nisba ي.
fn nisba(norm: &str) -> Option<(Grammar, bool)> {
    if norm.starts_with("ال") || norm.chars().count() < 4 {
        return None;
    }
    if norm.ends_with("يين") {
        return Some((Grammar::Dual, true));
    }
    if norm.ends_with("يون") {
        return Some((Grammar::Plural, false));
    }
    let stop = matches!(
        norm,
        "الذي"
            | "والذي"
            | "التي"
            | "الثاني"
            | "الماضي"
            | "الحالي"
            | "حوالي"
            | "وحوالي"
    );
    (norm.ends_with('ي') && !norm.ends_with("اي") && !stop).then_some((Grammar::Singular, false))
}

/// A year, not a head count: a number after `عام`/`سنة` or a month name, or a four-digit
/// number in 1900–2100 that nothing counted follows.
fn year_like(tokens: &[Token], q: &Quantity) -> bool {
    let first = &tokens[q.tokens.start];
    if q.tokens.start > 0 {
        let p = key(&tokens[q.tokens.start - 1].norm);
        let cue = lookup(&p, true, |w| {
            (matches!(w, "عام" | "عامي" | "سنه" | "سنتي")
                || crate::dates::month_number(w).is_some())
            .then_some(())
        });
        if cue.is_some() {
            return true;
        }
    }
    let four = first.kind == TokenKind::Number
        && first.norm.len() == 4
        && (1900..=2100).contains(&q.value)
        && q.tokens.len() == 1;
    four && !tokens
        .get(q.tokens.end)
        .is_some_and(|t| t.kind == TokenKind::Word && victim(&key(&t.norm)).is_some())
}

/// `على الأقل` at `i`: the end of the phrase.
fn at_least_tail(tokens: &[Token], i: usize, hi: usize) -> Option<usize> {
    (i + 1 < hi && is_word(tokens, i, &["علي"]) && is_word(tokens, i + 1, &["الاقل"]))
        .then_some(i + 2)
}

/// A quantity ending right before `trig` (`100 إصابة`, `أكثر من 100 إصابة`).
fn adjacent(tokens: &[Token], lo: usize, trig: usize) -> Option<Found> {
    (trig.saturating_sub(4).max(lo)..trig)
        .filter_map(|j| parse_quantity(tokens, j))
        .find(|q| q.tokens.end == trig && !year_like(tokens, q))
        .map(|q| {
            let start = q.tokens.start;
            Found::Quantity(q, start..trig)
        })
}

/// A count before a plural verb or casualty noun: a quantity ending right before it, or with one
/// victim noun between (`ستة أشخاص قتلوا`, `عشرات القتلى`, `35 قتيلا`).
/// `في عام 1971 وقتلوا 18 من مدربيهم`: a bare number (no counted noun) right before a verb is
/// no subject when the verb opens a clause with `و`/`ف`, nor when it reads as a year.
fn bare_number_before_verb(tokens: &[Token], found: &Found, verb: usize) -> bool {
    let Found::Quantity(q, _) = found else {
        return false;
    };
    let conj_verb = key(&tokens[verb].norm).starts_with(['و', 'ف']);
    q.tokens.end == verb && (conj_verb || (1900..=2100).contains(&q.value))
}

fn backward(tokens: &[Token], lo: usize, trig: usize) -> Option<Found> {
    let from = trig.saturating_sub(5).max(lo);
    for j in from..trig {
        if let Some(mut q) = parse_quantity(tokens, j) {
            if q.tokens.end > trig {
                continue;
            }
            // Between the count and the word: the counted noun and at most one adjective,
            // then `على الأقل` and `قد` (`12 شخصا على الأقل لقوا حتفهم`, `50 جنديا باكستانيا
            // قتلوا`, `75 شخصا قد لقوا حتفهم`).
            let mut k = q.tokens.end;
            for _ in 0..2 {
                if k < trig
                    && tokens[k].kind == TokenKind::Word
                    && !not_a_count(tokens, k)
                    && at_least_tail(tokens, k, trig + 1).is_none()
                    && !is_word(tokens, k, &["قد"])
                    && trigger_at(tokens, k).is_none()
                {
                    k += 1;
                }
            }
            if let Some(e) = at_least_tail(tokens, k, trig + 1) {
                if q.qualifier == CountQualifier::Exact {
                    q.qualifier = CountQualifier::AtLeast;
                }
                k = e;
            }
            if k < trig && is_word(tokens, k, &["قد"]) {
                k += 1;
            }
            if k == trig {
                let start = q.tokens.start;
                return Some(Found::Quantity(q, start..trig));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasad_text::Analyzer;

    fn quantity(text: &str) -> Option<(u64, CountQualifier, Option<String>, String)> {
        let a = Analyzer::default().analyze(text);
        parse_quantity(&a.tokens, 0).map(|q| {
            let span = cover(&a.tokens, q.tokens.clone());
            (
                q.value,
                q.qualifier,
                q.rule,
                span.get(text).unwrap().to_string(),
            )
        })
    }

    #[test]
    fn composes_digits_and_words() {
        assert_eq!(quantity("30 ألف شخص").unwrap().0, 30_000);
        assert_eq!(quantity("ثلاثة وعشرين").unwrap().0, 23);
        assert_eq!(quantity("2.5 مليون").unwrap().0, 2_500_000);
        assert_eq!(quantity("30,000 لاجئ").unwrap().0, 30_000);
        assert_eq!(quantity("مئة وخمسين ألفا").unwrap().0, 150_000);
        assert_eq!(quantity("ثلاثة عشر").unwrap().0, 13);
        assert!(quantity("الثلاثين من مارس").is_none());
    }

    #[test]
    fn vague_quantities_name_their_convention() {
        let (v, q, rule, _) = quantity("عشرات الآلاف من المتظاهرين").unwrap();
        assert_eq!((v, q), (10_000, CountQualifier::Vague));
        assert_eq!(rule.as_deref(), Some("acled:tens-of-thousands=10000"));
        let (v, _, rule, _) = quantity("العشرات").unwrap();
        assert_eq!((v, rule.as_deref()), (10, Some("acled:tens=10")));
    }

    #[test]
    fn qualifiers_are_part_of_the_phrase() {
        let (v, q, _, text) = quantity("ما لا يقل عن 70 شخصا").unwrap();
        assert_eq!(
            (v, q, text.as_str()),
            (70, CountQualifier::AtLeast, "ما لا يقل عن 70")
        );
        assert!(quantity("أكثر من الجميع").is_none());
    }

    fn qualifier_name(q: CountQualifier) -> &'static str {
        match q {
            CountQualifier::Exact => "exact",
            CountQualifier::AtLeast => "at_least",
            CountQualifier::About => "about",
            CountQualifier::AtMost => "at_most",
            CountQualifier::Vague => "vague",
        }
    }

    fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
        table
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
    }

    #[test]
    fn quantity_table() {
        let mut failures = Vec::new();
        let mut n = 0;
        for r in rows(include_str!("../../../testdata/numbers/quantities.tsv")) {
            assert_eq!(r.len(), 6, "bad row {r:?}");
            n += 1;
            let got = quantity(r[1]).map(|(v, q, rule, text)| {
                format!(
                    "{v}\t{}\t{}\t{text}",
                    qualifier_name(q),
                    rule.as_deref().unwrap_or("-")
                )
            });
            let want = (r[2] != "-").then(|| format!("{}\t{}\t{}\t{}", r[2], r[3], r[4], r[5]));
            if got != want {
                failures.push(format!("{}: got {got:?}, want {want:?}", r[0]));
            }
        }
        assert!(n >= 30, "table too small: {n}");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    fn describe(text: &str) -> String {
        let a = Analyzer::default().analyze(text);
        let mut out = Vec::new();
        for s in &a.sentences {
            for m in find_casualties(&a, s) {
                // Spans are sacred: the count text is the original slice.
                assert_eq!(m.count.span.get(text), Some(m.count.text.as_str()));
                assert!(m.tokens.start <= m.trigger_tokens.start);
                assert!(m.trigger_tokens.end <= m.tokens.end);
                let kind = match m.kind {
                    CasualtyKind::Dead => "dead",
                    CasualtyKind::Injured => "injured",
                };
                out.push(format!(
                    "{kind}={}/{}/{}/{}",
                    m.count.value,
                    qualifier_name(m.count.qualifier),
                    m.count.rule.as_deref().unwrap_or("-"),
                    m.count.text
                ));
            }
        }
        if out.is_empty() {
            "-".to_string()
        } else {
            out.join(";")
        }
    }

    #[test]
    fn casualty_table() {
        let mut failures = Vec::new();
        let mut n = 0;
        for r in rows(include_str!("../../../testdata/numbers/casualties.tsv")) {
            assert_eq!(r.len(), 3, "bad row {r:?}");
            n += 1;
            let got = describe(r[1]);
            if got != r[2] {
                failures.push(format!("{}: got {got}, want {}", r[0], r[2]));
            }
        }
        assert!(n >= 25, "table too small: {n}");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Pieces that make casualty phrases, and noise around them.
    const PIECES: &[&str] = &[
        "مقتل",
        "قتل",
        "قتلوا",
        "قتلى",
        "قتيلا",
        "وإصابة",
        "أصيب",
        "جرحى",
        "لقي",
        "حتفهم",
        "أودى",
        "بحياة",
        "أكثر",
        "من",
        "ما",
        "لا",
        "يقل",
        "عن",
        "نحو",
        "عشرات",
        "الآلاف",
        "مئات",
        "ألف",
        "مليون",
        "ثلاثة",
        "وعشرين",
        "عشر",
        "أحد",
        "عدة",
        "شخصا",
        "مدنيين",
        "اثنين",
        "على",
        "الأقل",
        "و",
        "،",
        ".",
        "30",
        "2.5",
        "30,000",
        "99999999999999999999",
        "١٢",
        "عاما",
        "ّ",
        "x",
    ];

    proptest::proptest! {
        #[test]
        fn spans_slice_the_original(
            picks in proptest::collection::vec(0..PIECES.len(), 0..24),
        ) {
            let text = picks.iter().map(|p| PIECES[*p]).collect::<Vec<_>>().join(" ");
            // `describe` asserts that every count's span slices its text.
            let _ = describe(&text);
            let a = Analyzer::default().analyze(&text);
            for i in 0..a.tokens.len() {
                if let Some(q) = parse_quantity(&a.tokens, i) {
                    proptest::prop_assert!(q.tokens.start == i && q.tokens.end <= a.tokens.len());
                    proptest::prop_assert!(q.tokens.end > q.tokens.start);
                }
            }
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "مقتل",
            "قتل 99999999999999999999 شخص",
            "أكثر من",
            "عشرات",
            "لقي",
            "1,2,3.4 قتيلا",
            "و و و 3",
        ] {
            let _ = describe(t);
            let a = Analyzer::default().analyze(t);
            for i in 0..a.tokens.len() {
                let _ = parse_quantity(&a.tokens, i);
            }
        }
    }

    #[test]
    fn key_folds_ta_marbuta_and_alef_maqsura_only() {
        assert_eq!(&*key("حوالى"), "حوالي");
        assert_eq!(&*key("ثلاثة"), "ثلاثه");
        assert_eq!(&*key("مئة"), "مئة".replace('ة', "ه"));
    }

    #[test]
    fn digit_forms() {
        assert_eq!(digits_value("30,000"), Some(30_000.0));
        assert_eq!(digits_value("3.5"), Some(3.5));
        assert_eq!(digits_value("14.5.2018"), None);
    }
}
