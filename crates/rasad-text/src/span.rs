//! Byte spans into the ORIGINAL document text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the original document text.
///
/// Every token, segment, entity, trigger and event in rasad carries one of these; stages never
/// rewrite them. Serialized as a two-element array `[start, end]`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Creates a span; panics in debug builds if `start > end` (a programming error).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Slices `text` by this span, or `None` when out of range or not on char boundaries.
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// Converts to UTF-16 code-unit offsets (what browsers use to highlight).
    pub fn to_utf16(&self, text: &str) -> (usize, usize) {
        let start = utf16_offset(text, self.start);
        let end = start + utf16_offset(&text[self.start.min(text.len())..], self.len());
        (start, end)
    }
}

fn utf16_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text[..floor_char_boundary(text, byte)]
        .encode_utf16()
        .count()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span {
            start: a[0],
            end: a[1].max(a[0]),
        }
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_code_units() {
        let t = "ab😀روسيا";
        let s = Span::new(6, t.len());
        assert_eq!(s.get(t), Some("روسيا"));
        assert_eq!(s.to_utf16(t), (4, 9));
    }

    #[test]
    fn serde_is_a_pair() {
        let s = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, s);
    }
}
