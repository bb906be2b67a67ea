//! RSS 2.0 and Atom feeds: each `<item>`/`<entry>` is a document dated by its feed date.
//!
//! Feed bodies are HTML more often than not: tags are dropped and entities decoded, so the stored
//! text is what a reader sees (spans then index that text). Items read before a syntax error are
//! kept; the error is reported with its line.

use crate::source::{parse_date, Item};
use crate::InputProblem;
use quick_xml::events::Event;
use quick_xml::Reader;
use rasad_store::DocumentRecord;

#[derive(Default)]
struct Entry {
    id: Option<String>,
    title: Option<String>,
    link: Option<String>,
    date: Option<String>,
    body: Option<String>,
    summary: Option<String>,
}

fn line_of(bytes: &[u8], pos: usize) -> usize {
    1 + bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

pub(crate) fn read_feed(name: &str, bytes: &[u8], sink: &mut dyn FnMut(Item) -> bool) {
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = line_of(bytes, e.valid_up_to());
        sink(Item::Problem(InputProblem::new(
            name,
            Some(line),
            format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
        )));
        return;
    }
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut field: Option<String> = None;
    let mut text = String::new();
    let mut n = 0usize;
    let mut seen_root = false;
    let mut open: Vec<String> = Vec::new();
    loop {
        let ev = match reader.read_event_into(&mut buf) {
            Ok(ev) => ev,
            Err(e) => {
                let line = line_of(bytes, reader.error_position() as usize);
                sink(Item::Problem(InputProblem::new(
                    name,
                    Some(line),
                    format!("broken XML: {e}"),
                )));
                return;
            }
        };
        match ev {
            Event::Start(e) => {
                seen_root = true;
                let local = String::from_utf8_lossy(e.local_name().as_ref()).to_string();
                open.push(local.clone());
                if local == "item" || local == "entry" {
                    entry = Some(Entry::default());
                } else if entry.is_some() {
                    if local == "link" {
                        link_attr(&e, entry.as_mut());
                    }
                    field = Some(local);
                    text.clear();
                }
            }
            Event::Empty(e) => {
                seen_root = true;
                if e.local_name().as_ref() == b"link" {
                    link_attr(&e, entry.as_mut());
                }
            }
            Event::Text(t) if field.is_some() => match t.unescape() {
                Ok(s) => text.push_str(&s),
                Err(_) => text.push_str(&String::from_utf8_lossy(&t)),
            },
            Event::CData(t) if field.is_some() => {
                text.push_str(&String::from_utf8_lossy(&t));
            }
            Event::End(e) => {
                open.pop();
                let local = e.local_name();
                let local = local.as_ref();
                if local == b"item" || local == b"entry" {
                    if let Some(en) = entry.take() {
                        n += 1;
                        if !sink(to_item(
                            name,
                            n,
                            line_of(bytes, reader.buffer_position() as usize),
                            en,
                        )) {
                            return;
                        }
                    }
                } else if let (Some(f), Some(en)) = (field.take(), entry.as_mut()) {
                    let value = std::mem::take(&mut text);
                    let slot = match f.as_str() {
                        "guid" | "id" => &mut en.id,
                        "title" => &mut en.title,
                        "link" => &mut en.link,
                        "pubDate" | "published" | "updated" | "date" => &mut en.date,
                        "encoded" | "content" => &mut en.body,
                        "description" | "summary" => &mut en.summary,
                        _ => continue,
                    };
                    if slot.is_none() && !value.trim().is_empty() {
                        *slot = Some(value.trim().to_string());
                    }
                }
            }
            Event::Eof => {
                if let Some(unclosed) = open.last() {
                    sink(Item::Problem(InputProblem::new(
                        name,
                        Some(line_of(bytes, bytes.len())),
                        format!("broken XML: the file ends inside <{unclosed}>"),
                    )));
                    return;
                }
                break;
            }
            _ => {}
        }
        buf.clear();
    }
    if !seen_root {
        sink(Item::Problem(InputProblem::new(
            name,
            None,
            "not an XML feed (no elements)",
        )));
    } else if n == 0 {
        sink(Item::Problem(InputProblem::new(
            name,
            None,
            "feed has no <item> or <entry>",
        )));
    }
}

fn link_attr(e: &quick_xml::events::BytesStart<'_>, entry: Option<&mut Entry>) {
    let Some(entry) = entry else { return };
    if entry.link.is_some() {
        return;
    }
    if let Ok(Some(a)) = e.try_get_attribute("href") {
        if let Ok(v) = a.unescape_value() {
            entry.link = Some(v.to_string());
        }
    }
}

fn to_item(name: &str, n: usize, line: usize, e: Entry) -> Item {
    let body = e.body.or(e.summary).map(|b| strip_html(&b));
    let text = match (body.filter(|b| !b.trim().is_empty()), &e.title) {
        (Some(b), _) => b,
        (None, Some(t)) => t.clone(),
        (None, None) => {
            return Item::Problem(InputProblem::new(
                name,
                Some(line),
                format!("item {n} has no text"),
            ))
        }
    };
    let date = e.date.as_deref().and_then(|d| {
        chrono::DateTime::parse_from_rfc2822(d)
            .ok()
            .map(|d| d.date_naive())
            .or_else(|| parse_date(d))
            .or_else(|| d.get(..10).and_then(parse_date))
    });
    Item::Doc(DocumentRecord {
        id: e
            .id
            .or_else(|| e.link.clone())
            .unwrap_or_else(|| format!("{name}#{n}")),
        source: None,
        url: e.link,
        date,
        title: e.title,
        text,
    })
}

/// Drops tags, decodes the common entities, keeps paragraph breaks as newlines.
fn strip_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in s.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let t = tag.trim_start_matches('/').to_ascii_lowercase();
                let block = t.starts_with('p') || t.starts_with("br") || t.starts_with("div");
                if block && !out.ends_with('\n') && !out.is_empty() {
                    out.push('\n');
                }
            }
            (true, c) => tag.push(c),
            (false, c) => out.push(c),
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(xml: &str) -> Vec<Item> {
        let mut out = Vec::new();
        read_feed("f.xml", xml.as_bytes(), &mut |i| {
            out.push(i);
            true
        });
        out
    }

    #[test]
    fn rss_items_become_dated_documents() {
        let xml = r#"<?xml version="1.0"?><rss><channel><title>x</title>
<item><title>عنوان</title><link>https://e.org/1</link><guid>g1</guid>
<pubDate>Mon, 05 Oct 2020 10:00:00 +0000</pubDate>
<description><![CDATA[<p>قصفت القوات &amp; المدفعية</p><p>سطر ثان</p>]]></description></item>
<item><title>فقط عنوان</title><pubDate>2020-10-06T00:00:00Z</pubDate></item>
</channel></rss>"#;
        let items = read(xml);
        assert_eq!(items.len(), 2, "{items:?}");
        let Item::Doc(a) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(a.id, "g1");
        assert_eq!(a.text, "قصفت القوات & المدفعية\nسطر ثان");
        assert_eq!(a.date.unwrap().to_string(), "2020-10-05");
        assert_eq!(a.url.as_deref(), Some("https://e.org/1"));
        let Item::Doc(b) = &items[1] else { panic!() };
        assert_eq!((b.text.as_str(), b.id.as_str()), ("فقط عنوان", "f.xml#2"));
        assert_eq!(b.date.unwrap().to_string(), "2020-10-06");
    }

    #[test]
    fn atom_entries_use_href_links() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id><title>t</title>
<link href="https://e.org/a"/><updated>2018-02-17T09:00:00+03:00</updated><summary>نص الخبر</summary></entry></feed>"#;
        let items = read(xml);
        let [Item::Doc(d)] = &items[..] else {
            panic!("{items:?}")
        };
        assert_eq!(
            (d.id.as_str(), d.url.as_deref(), d.text.as_str()),
            ("urn:1", Some("https://e.org/a"), "نص الخبر")
        );
        assert_eq!(d.date.unwrap().to_string(), "2018-02-17");
    }

    #[test]
    fn broken_xml_keeps_earlier_items_and_names_the_line() {
        let xml = "<rss><channel>\n<item><title>a</title><description>one</description></item>\n<item><title>b</title>\n</description></item></channel></rss>";
        let items = read(xml);
        assert!(
            matches!(&items[0], Item::Doc(d) if d.text == "one"),
            "{items:?}"
        );
        let Item::Problem(p) = &items[1] else {
            panic!("{items:?}")
        };
        assert_eq!(p.line, Some(4), "{p}");
        assert!(p.message.contains("broken XML"));
    }
}
