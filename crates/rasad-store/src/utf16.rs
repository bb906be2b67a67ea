//! Byte offsets → UTF-16 offsets for one document, in O(1) per span after one pass.
//!
//! `Span::to_utf16` rescans the text from the start for every span; a document view converts
//! hundreds of spans, so the store builds this table once per document instead. It agrees with
//! `Span::to_utf16` exactly (offsets inside a character round down to its start).

use rasad_event::Span;

/// UTF-16 offset of every byte position of a text.
#[derive(Clone, Debug)]
pub struct Utf16Index {
    offsets: Vec<u32>,
}

impl Utf16Index {
    pub fn new(text: &str) -> Utf16Index {
        let mut offsets = vec![0u32; text.len() + 1];
        let mut u = 0u32;
        for (i, c) in text.char_indices() {
            // Bytes inside a character map to its start, as `Span::to_utf16` floors them.
            for o in &mut offsets[i..i + c.len_utf8()] {
                *o = u;
            }
            u += c.len_utf16() as u32;
        }
        offsets[text.len()] = u;
        Utf16Index { offsets }
    }

    /// UTF-16 offset of a byte offset (clamped to the text).
    pub fn offset(&self, byte: usize) -> usize {
        self.offsets[byte.min(self.offsets.len() - 1)] as usize
    }

    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.offset(span.start), self.offset(span.end))
    }
}

/// Adds `<key>_utf16` beside every `span` and `antecedent` pair in a JSON value, so a client
/// gets both units without knowing the record's shape.
pub fn annotate_spans(value: &mut serde_json::Value, index: &Utf16Index) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut extra = Vec::new();
            for (k, v) in map.iter_mut() {
                if k == "span" || k == "antecedent" {
                    if let Some([a, b]) = v.as_array().map(Vec::as_slice) {
                        if let (Some(a), Some(b)) = (a.as_u64(), b.as_u64()) {
                            let (x, y) = index.span(Span::new(a as usize, b as usize));
                            extra.push((format!("{k}_utf16"), serde_json::json!([x, y])));
                        }
                    }
                } else {
                    annotate_spans(v, index);
                }
            }
            map.extend(extra);
        }
        Value::Array(items) => items.iter_mut().for_each(|v| annotate_spans(v, index)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_span_to_utf16_everywhere() {
        let text = "a😀 روسيا\nأرمينيا ٣";
        let index = Utf16Index::new(text);
        for start in 0..=text.len() {
            for end in start..=text.len() {
                let s = Span::new(start, end);
                if text.is_char_boundary(start) {
                    assert_eq!(index.span(s), s.to_utf16(text), "{start}..{end}");
                }
            }
        }
    }

    #[test]
    fn annotates_nested_spans() {
        let text = "😀روسيا";
        let mut v = serde_json::json!({"trigger": {"span": [4, 14]}, "list": [{"span": [0, 4]}]});
        annotate_spans(&mut v, &Utf16Index::new(text));
        assert_eq!(v["trigger"]["span_utf16"], serde_json::json!([2, 7]));
        assert_eq!(v["list"][0]["span_utf16"], serde_json::json!([0, 2]));
    }
}
