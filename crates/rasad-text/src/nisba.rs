//! Nisba (relational adjective) recognition: `الأذربيجانية` → stem `اذربيجان`, `الروسي` → `روس`.
//!
//! The helper only strips the article and a nisba ending; mapping stems to countries is the
//! lexicon's job (it knows that `روس` is Russia and `ارمن`/`ارمين` are Armenia).

use serde::Serialize;

/// Gender/number of a nisba form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NisbaForm {
    /// ـي
    Masculine,
    /// ـية
    Feminine,
    /// ـيون / ـيين (also masculine plural genitive)
    MasculinePlural,
    /// ـيات
    FemininePlural,
    /// ـيان / ـيين in the dual
    Dual,
    /// ـيتان / ـيتين
    FeminineDual,
}

/// A recognised nisba.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Nisba {
    /// The stem without article and ending (standard-normalized), e.g. `اذربيجان`.
    pub stem: String,
    pub form: NisbaForm,
    /// Whether the word carried the article (`الروسي`).
    pub definite: bool,
}

const ENDINGS: [(&str, NisbaForm); 9] = [
    ("يتان", NisbaForm::FeminineDual),
    ("يتين", NisbaForm::FeminineDual),
    ("يون", NisbaForm::MasculinePlural),
    ("يين", NisbaForm::MasculinePlural),
    ("يان", NisbaForm::Dual),
    ("يات", NisbaForm::FemininePlural),
    ("ية", NisbaForm::Feminine),
    ("ي", NisbaForm::Masculine),
    ("يه", NisbaForm::Feminine),
];

/// Recognises a nisba form in a standard- or matching-normalized word (article optional).
/// Returns every plausible reading, longest ending first (`الروسيين` is plural or dual).
pub fn nisba_candidates(word: &str) -> Vec<Nisba> {
    let (body, definite) = match word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 3 => (rest, true),
        _ => (word, false),
    };
    let mut out = Vec::new();
    for (ending, form) in ENDINGS {
        if let Some(stem) = body.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                out.push(Nisba {
                    stem: stem.to_string(),
                    form,
                    definite,
                });
                if ending == "يين" {
                    out.push(Nisba {
                        stem: stem.to_string(),
                        form: NisbaForm::Dual,
                        definite,
                    });
                }
            }
        }
    }
    out
}

/// The most likely nisba reading, if any.
pub fn nisba(word: &str) -> Option<Nisba> {
    nisba_candidates(word).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_article_and_ending() {
        let n = nisba("الاذربيجانية").unwrap();
        assert_eq!(
            (n.stem.as_str(), n.form, n.definite),
            ("اذربيجان", NisbaForm::Feminine, true)
        );
        assert_eq!(nisba("الارمينيين").unwrap().stem, "ارمين");
        assert_eq!(nisba("الروسي").unwrap().stem, "روس");
        assert_eq!(nisba("صحفيون").unwrap().form, NisbaForm::MasculinePlural);
    }
}
