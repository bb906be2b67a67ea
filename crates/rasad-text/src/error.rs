//! The one error type of the text layer.

use std::fmt;

/// What went wrong, with enough context to name the input and the place.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {kind}")]
pub struct TextError {
    /// A file name, `<stdin>`, or another label for the input.
    pub source_name: String,
    pub kind: TextErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TextErrorKind {
    /// The bytes are not UTF-8; `line` is 1-based, `offset` the byte offset of the first bad byte.
    InvalidUtf8 { offset: usize, line: usize },
}

impl fmt::Display for TextErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextErrorKind::InvalidUtf8 { offset, line } => {
                write!(f, "line {line}: invalid UTF-8 at byte offset {offset}")
            }
        }
    }
}

/// Decodes bytes as UTF-8, naming the input, the line and the byte offset on failure.
/// A leading BOM is kept (it is a control the normalizer folds away; spans stay exact).
pub fn decode_utf8<'a>(bytes: &'a [u8], source_name: &str) -> Result<&'a str, TextError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        TextError {
            source_name: source_name.to_string(),
            kind: TextErrorKind::InvalidUtf8 { offset, line },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        let bytes = b"abc\ndef\xff";
        let err = decode_utf8(bytes, "x.txt").unwrap_err();
        assert_eq!(err.kind, TextErrorKind::InvalidUtf8 { offset: 7, line: 2 });
        assert_eq!(
            err.to_string(),
            "x.txt: line 2: invalid UTF-8 at byte offset 7"
        );
    }
}
