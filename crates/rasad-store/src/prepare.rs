//! Turning a coded document into rows: the CPU work of a write (validation, content hash, search
//! terms, JSON with UTF-16 offsets), done by the caller's worker threads so the single writer
//! only runs SQL.

use crate::search;
use crate::utf16::{annotate_spans, Utf16Index};
use crate::{CodedDocument, StoreError};
use rasad_event::Span;
use rasad_text::Analyzer;

/// A [`CodedDocument`] checked and turned into what the store writes.
#[derive(Clone, Debug)]
pub struct PreparedDocument {
    pub coded: CodedDocument,
    pub content_hash: String,
    /// See [`search::index_terms`].
    pub search_terms: String,
    /// Per event (same order as `coded.events`): its JSON with `*_utf16` offsets added.
    pub event_json: Vec<String>,
}

impl PreparedDocument {
    /// Validates and prepares one document. Fails (naming the document and the record) when a
    /// span does not slice the original text on character boundaries, an event belongs to
    /// another document, or the document id is empty.
    pub fn new(coded: CodedDocument, analyzer: &Analyzer) -> Result<PreparedDocument, StoreError> {
        let doc = &coded.document;
        let text = doc.text.as_str();
        if doc.id.is_empty() {
            return Err(StoreError::invalid("document with an empty id"));
        }
        let check = |what: &str, span: Span| {
            if span.get(text).is_none() {
                Err(StoreError::invalid(format!(
                    "document {}: {what} span {span} does not slice the text ({} bytes)",
                    doc.id,
                    text.len()
                )))
            } else {
                Ok(())
            }
        };
        for s in &coded.sentences {
            check("sentence", s.span)?;
        }
        for m in &coded.mentions {
            check("mention", m.span)?;
        }
        for e in &coded.events {
            if e.doc_id != doc.id {
                return Err(StoreError::invalid(format!(
                    "event {} says document {:?} but belongs to {:?}",
                    e.event_id, e.doc_id, doc.id
                )));
            }
            check("trigger", e.trigger.span)?;
            for a in [&e.source, &e.target].into_iter().flatten() {
                check("actor", a.span)?;
            }
            if let Some(l) = &e.location {
                check("location", l.span)?;
            }
        }
        let index = Utf16Index::new(text);
        let mut event_json = Vec::with_capacity(coded.events.len());
        for e in &coded.events {
            let mut v = serde_json::to_value(e)?;
            annotate_spans(&mut v, &index);
            event_json.push(serde_json::to_string(&v)?);
        }
        Ok(PreparedDocument {
            content_hash: doc.content_hash(),
            search_terms: search::index_terms(analyzer, text),
            event_json,
            coded,
        })
    }
}
