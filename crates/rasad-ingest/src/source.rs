//! Reading documents from files: plain text, JSON lines, RSS/Atom feeds, and directory trees of
//! them. Every problem is reported with its file and line and the reading goes on.
//!
//! Formats are chosen by extension: `.jsonl`/`.ndjson`/`.json` are JSON lines, `.xml`/`.rss`/
//! `.atom` are feeds, anything else named explicitly is plain text. In directories only files with
//! those extensions or `.txt` are read (hidden files and others are skipped), in sorted order.
//!
//! Document ids: JSON lines use their `id` (else `FILE:LINE`); feed items their `guid`/`id`
//! (else link, else `FILE#N`); a text file its path as given.

use crate::InputProblem;
use chrono::NaiveDate;
use rasad_store::DocumentRecord;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What reading yields: a document, or a problem with one input.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Doc(DocumentRecord),
    Problem(InputProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    Feed,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "xml" | "rss" | "atom" => Some(Format::Feed),
        "txt" | "text" => Some(Format::Text),
        _ => None,
    }
}

/// The files a path stands for (itself, or the readable files under a directory).
pub fn files(path: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<InputProblem>) {
    let name = path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) => problems.push(InputProblem::new(name, None, format!("cannot read: {e}"))),
        Ok(m) if m.is_dir() => {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => {
                    problems.push(InputProblem::new(name, None, format!("cannot list: {e}")));
                    return;
                }
            };
            entries.sort();
            for p in entries {
                let hidden = p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'));
                if hidden {
                    continue;
                }
                if p.is_dir() || format_of(&p).is_some() {
                    files(&p, out, problems);
                }
            }
        }
        Ok(_) => out.push(path.to_path_buf()),
    }
}

/// A cheap upper estimate of the documents in `files` (for progress ETA): lines of JSON-lines
/// files, items of feeds, one per text file.
pub fn estimate(files: &[PathBuf]) -> u64 {
    files
        .iter()
        .map(|p| match format_of(p).unwrap_or(Format::Text) {
            Format::Text => 1,
            Format::Jsonl => std::fs::read(p)
                .map(|b| {
                    b.split(|&c| c == b'\n')
                        .filter(|l| !l.trim_ascii().is_empty())
                        .count() as u64
                })
                .unwrap_or(0),
            Format::Feed => std::fs::read(p)
                .map(|b| {
                    let t = String::from_utf8_lossy(&b);
                    (t.matches("<item").count() + t.matches("<entry").count()) as u64
                })
                .unwrap_or(0),
        })
        .sum()
}

/// Reads one file, calling `sink` for every document and problem. `sink` returns `false` to stop.
pub fn read_file(path: &Path, sink: &mut dyn FnMut(Item) -> bool) {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            sink(Item::Problem(InputProblem::new(
                name,
                None,
                format!("cannot read: {e}"),
            )));
            return;
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        sink(Item::Problem(InputProblem::new(name, None, "empty file")));
        return;
    }
    match format_of(path).unwrap_or(Format::Text) {
        Format::Text => {
            sink(read_text(&name, &bytes));
        }
        Format::Jsonl => read_jsonl(&name, &bytes, sink),
        Format::Feed => crate::feed::read_feed(&name, &bytes, sink),
    }
}

fn read_text(name: &str, bytes: &[u8]) -> Item {
    match rasad_text::decode_utf8(bytes, name) {
        Ok(text) => Item::Doc(DocumentRecord {
            id: name.to_string(),
            source: None,
            url: None,
            date: None,
            title: None,
            text: text.to_string(),
        }),
        Err(e) => match e.kind {
            rasad_text::TextErrorKind::InvalidUtf8 { line, offset } => {
                Item::Problem(InputProblem::new(
                    name,
                    Some(line),
                    format!("invalid UTF-8 at byte offset {offset}"),
                ))
            }
            other => Item::Problem(InputProblem::new(name, None, other.to_string())),
        },
    }
}

#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

/// Parses `YYYY-MM-DD`, `YYYYMMDD`, or an RFC 3339 timestamp's date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y%m%d"))
        .ok()
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|d| d.date_naive())
        })
}

fn read_jsonl(name: &str, bytes: &[u8], sink: &mut dyn FnMut(Item) -> bool) {
    for (i, raw) in bytes.split(|&c| c == b'\n').enumerate() {
        let line = i + 1;
        let problem = |msg: String| Item::Problem(InputProblem::new(name, Some(line), msg));
        if raw.trim_ascii().is_empty() {
            continue;
        }
        let item = match std::str::from_utf8(raw) {
            Err(e) => problem(format!(
                "invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            )),
            Ok(text) => match serde_json::from_str::<JsonDoc>(text) {
                Err(e) => problem(format!("malformed JSON: {e}")),
                Ok(d) => json_doc(name, line, d).unwrap_or_else(problem),
            },
        };
        if !sink(item) {
            return;
        }
    }
}

fn json_doc(name: &str, line: usize, d: JsonDoc) -> Result<Item, String> {
    let text = d
        .text
        .filter(|t| !t.trim().is_empty())
        .ok_or("no \"text\"")?;
    let id = match d.id {
        None | Some(serde_json::Value::Null) => format!("{name}:{line}"),
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => return Err(format!("bad \"id\": {other}")),
    };
    let date = match d.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            parse_date(s)
                .ok_or_else(|| format!("bad \"date\" {s:?} (want YYYY-MM-DD or YYYYMMDD)"))?,
        ),
    };
    Ok(Item::Doc(DocumentRecord {
        id,
        source: d.source,
        url: d.url,
        date,
        title: d.title,
        text,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(name: &str, bytes: &[u8]) -> Vec<Item> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let mut out = Vec::new();
        read_file(&path, &mut |i| {
            out.push(i);
            true
        });
        out
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_good_ones() {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(
            b"{\"id\":\"a\",\"text\":\"\xd9\x86\xd8\xb5\",\"date\":\"20201005\"}\n",
        );
        bytes.extend_from_slice(b"{not json}\n\n");
        bytes.extend_from_slice(b"{\"id\":\"b\",\"text\":\"x\xff\"}\n");
        bytes.extend_from_slice(b"{\"text\":\"bare\",\"date\":\"2020-13-40\"}\n");
        bytes.extend_from_slice(b"{\"text\":\"no id\",\"date\":\"2018-02-17\"}\n");
        let items = collect("c.jsonl", &bytes);
        let lines: Vec<Option<usize>> = items
            .iter()
            .map(|i| match i {
                Item::Problem(p) => p.line,
                Item::Doc(_) => None,
            })
            .collect();
        assert_eq!(lines, vec![None, Some(2), Some(4), Some(5), None]);
        let Item::Doc(a) = &items[0] else { panic!() };
        assert_eq!(
            (a.id.as_str(), a.date.unwrap().to_string()),
            ("a", "2020-10-05".into())
        );
        let Item::Doc(last) = &items[4] else { panic!() };
        assert!(last.id.ends_with("c.jsonl:6"), "{}", last.id);
    }

    #[test]
    fn empty_and_invalid_text_files_are_problems() {
        assert!(
            matches!(&collect("e.txt", b"  \n")[..], [Item::Problem(p)] if p.message == "empty file")
        );
        let items = collect("bad.txt", b"ok\nstill ok\n\xc3\x28");
        assert!(
            matches!(&items[..], [Item::Problem(p)] if p.line == Some(3)),
            "{items:?}"
        );
        let items = collect("good.txt", "قصف".as_bytes());
        assert!(matches!(&items[..], [Item::Doc(d)] if d.text == "قصف"));
    }
}
