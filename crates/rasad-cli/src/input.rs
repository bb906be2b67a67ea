//! Reading inputs: a file path or `-` for stdin, decoded as UTF-8 with a named error.

use anyhow::{Context, Result};
use std::io::Read;
use std::path::Path;

/// Reads `path` (or stdin for `-`/absent) and decodes it, naming the file, line and byte offset
/// of the first invalid byte.
pub fn read_text(path: Option<&Path>) -> Result<(String, String)> {
    let (name, bytes) = match path {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            (p.display().to_string(), bytes)
        }
    };
    let text = rasad_text::decode_utf8(&bytes, &name)?.to_string();
    Ok((name, text))
}

fn read_stdin() -> Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    Ok(("<stdin>".to_string(), bytes))
}
