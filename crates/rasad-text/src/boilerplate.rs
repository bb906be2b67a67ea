//! Lines that are not article body: related-story links, "read also", share/app notices,
//! hashtag lines. They are flagged, never deleted, so spans and the original stay intact.

use crate::Normalizer;
use serde::Serialize;

/// Why a line was flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    /// `اقرأ أيضًا | …`, `اقرأ..`, `أيضاً..`, `شاهد أيضا`, `للمزيد`.
    ReadAlso,
    /// App, subscribe, follow-us and share notices.
    Notice,
    /// A line made only of hashtags, mentions or links.
    Hashtags,
    /// A bare headline of another story left inside the body by a crawler.
    RelatedHeadline,
}

const READ_ALSO_PREFIXES: [&str; 9] = [
    "اقرا",
    "ايضا",
    "شاهد ايضا",
    "شاهد ايضاً",
    "للمزيد",
    "المزيد:",
    "اقرأ المزيد",
    "مواضيع ذات صلة",
    "ذات صلة",
];
const NOTICE_WORDS: [&str; 8] = [
    "حمل تطبيق",
    "تابعونا",
    "اشترك في",
    "تابعوا",
    "شارك هذا",
    "لمتابعة اخر",
    "انقر هنا",
    "اضغط هنا",
];

/// Classifies one line of article text. `None` means body text.
pub fn classify_line(line: &str) -> Option<BoilerplateKind> {
    let norm = Normalizer::matching().normalize_str(line.trim());
    let t = norm.trim();
    if t.is_empty() {
        return None;
    }
    if READ_ALSO_PREFIXES.iter().any(|p| t.starts_with(p)) {
        return Some(BoilerplateKind::ReadAlso);
    }
    if NOTICE_WORDS.iter().any(|w| t.contains(w)) && t.split_whitespace().count() < 25 {
        return Some(BoilerplateKind::Notice);
    }
    if t.split_whitespace()
        .all(|w| w.starts_with('#') || w.starts_with('@') || w.starts_with("http"))
    {
        return Some(BoilerplateKind::Hashtags);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_also_lines() {
        assert_eq!(
            classify_line("اقرأ أيضًا | بدعم تركي.. أذربيجان تواصل حربها"),
            Some(BoilerplateKind::ReadAlso)
        );
        assert_eq!(
            classify_line("اقرأ.. خبر ما"),
            Some(BoilerplateKind::ReadAlso)
        );
        assert_eq!(classify_line("وقالت الوزارة إن القوات انسحبت."), None);
    }
}
