//! The coder's output → the store's records.

use crate::InputProblem;
use rasad_coder::{Coded, Coder, Document};
use rasad_lexicon::MentionKind as LexKind;
use rasad_store::{
    CodedDocument, DocumentRecord, MentionKind, MentionRecord, PreparedDocument, SentenceRecord,
};
use rasad_text::Analyzer;

/// Converts what the coder produced for `doc` into the store's records.
pub fn to_coded_document(document: DocumentRecord, coded: Coded) -> CodedDocument {
    let sentences = coded
        .sentences
        .into_iter()
        .map(|s| SentenceRecord {
            index: s.index,
            span: s.span,
            boilerplate: s
                .boilerplate
                .and_then(|b| serde_json::to_value(b).ok())
                .and_then(|v| v.as_str().map(str::to_string)),
        })
        .collect();
    let mentions = coded
        .mentions
        .into_iter()
        .map(|(sentence, m)| MentionRecord {
            sentence,
            span: m.span,
            text: m.text,
            kind: match m.kind {
                LexKind::Actor => MentionKind::Actor,
                LexKind::Place => MentionKind::Place,
            },
            name: m.name,
            entry_id: m.id,
            country: m.country,
            sector: m.sector,
            lat: m.place.as_ref().and_then(|p| p.lat),
            lon: m.place.as_ref().and_then(|p| p.lon),
        })
        .collect();
    CodedDocument {
        document,
        sentences,
        mentions,
        events: coded.events,
    }
}

/// Codes one document and prepares it for the store. A coder panic or a record the store
/// refuses becomes an [`InputProblem`] naming the document.
pub fn prepare_one(
    coder: &Coder,
    search: &Analyzer,
    document: DocumentRecord,
) -> Result<PreparedDocument, InputProblem> {
    let id = document.id.clone();
    let coded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        coder.code(&Document {
            id: &document.id,
            text: &document.text,
            date: document.date,
        })
    }))
    .map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        InputProblem::new(
            &id,
            None,
            format!("the coder failed on this document: {msg}"),
        )
    })?;
    PreparedDocument::new(to_coded_document(document, coded), search)
        .map_err(|e| InputProblem::new(&id, None, format!("coded record refused: {e}")))
}
