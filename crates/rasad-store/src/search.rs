//! Arabic free-text search: the same analysis for documents and queries.
//!
//! SQLite's FTS5 tokenizers split on spaces and punctuation, so `بغزة` is one token that a search
//! for `غزة` never matches, and `مُقاتلون` keeps its diacritic. Instead of teaching SQLite Arabic,
//! the store indexes a *derived* text: every word of the document, clitic-segmented by
//! `rasad_text::Analyzer` and reduced to its stem under the matching normalization (diacritics,
//! tatweel, alef variants and the lossy letter merges folded), joined by spaces. Queries go through
//! the same function, so query and index always agree. When the segmenter is unsure and keeps a
//! word whole, the index also carries the word with a single leading conjunction or preposition
//! (`و ف ب ل ك`) removed, so `وغزة` and `بغزة` are found by `غزة` even before a lexicon teaches the
//! segmenter that `غزة` is a stem; the price is a few extra hits for words that merely start with
//! those letters.

use rasad_text::{Analyzer, Normalizer, TokenKind};

/// Index terms of a text: matching-normalized stems (and single-proclitic-stripped variants),
/// space-separated.
pub fn index_terms(analyzer: &Analyzer, text: &str) -> String {
    let mut out = String::with_capacity(text.len() / 2);
    for term in terms(analyzer, text, true) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&term);
    }
    out
}

/// An FTS5 MATCH expression for a user query (all terms must occur), or `None` when the query
/// has no searchable word.
pub fn fts_query(analyzer: &Analyzer, query: &str) -> Option<String> {
    let terms: Vec<String> = terms(analyzer, query, false)
        .into_iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

fn terms(analyzer: &Analyzer, text: &str, variants: bool) -> Vec<String> {
    let matching = Normalizer::matching();
    let analysis = analyzer.analyze(text);
    let mut out = Vec::with_capacity(analysis.tokens.len());
    for t in &analysis.tokens {
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Latin
        ) {
            continue;
        }
        let stem = matching.normalize_str(&t.stem().text).to_lowercase();
        if stem.is_empty() {
            continue;
        }
        if variants && t.kind == TokenKind::Word && t.segments.len() == 1 {
            if let Some(rest) = strip_one_proclitic(&stem) {
                out.push(rest.to_string());
            }
        }
        out.push(stem);
    }
    out
}

fn strip_one_proclitic(word: &str) -> Option<&str> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    // Keep at least three letters: shorter remainders are mostly noise.
    (matches!(first, 'و' | 'ف' | 'ب' | 'ل' | 'ك') && rest.chars().count() >= 3).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(index: &str, term: &str) -> bool {
        index.split(' ').any(|t| t == term)
    }

    #[test]
    fn clitics_and_diacritics_fold_to_the_query_term() {
        let a = Analyzer::default();
        for (doc, query) in [
            ("قصف بغزة أمس", "غزة"),
            ("وغزة تحت الحصار", "غزة"),
            ("قتل مُقاتلون في الهجوم", "مقاتلون"),
            ("المقاتلون انسحبوا", "مقاتلون"),
        ] {
            let index = index_terms(&a, doc);
            let q = &terms(&a, query, false)[0];
            assert!(
                contains(&index, q),
                "{query:?} not in index of {doc:?}: {index}"
            );
        }
    }

    #[test]
    fn queries_quote_terms_and_ignore_punctuation() {
        let a = Analyzer::default();
        let q = fts_query(&a, "غزة، \"رفح\"").unwrap();
        assert_eq!(q.matches(" AND ").count(), 1, "{q}");
        assert!(fts_query(&a, " ، . ").is_none());
    }
}
