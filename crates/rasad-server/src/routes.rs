//! The handlers. Each parses its parameters into typed values, runs one store call off the
//! executor, and shapes the JSON answer.

use crate::params::{BucketParams, FilterParams, LimitParams, PageParams};
use crate::state::AppState;
use crate::ApiError;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use rasad_ingest::prepare_one;
use rasad_store::{DocumentRecord, Store, StoredEvent, WriteMode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Arc;
use utoipa::ToSchema;

type S = State<Arc<AppState>>;

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(t)| t)
        .map_err(|e| ApiError::bad_request(e.body_text()))
}

/// The event record (as `rasad code` prints it, with `span_utf16` beside every byte `span`), plus
/// its numeric `global_id`, its `document` and its coding `run`.
pub(crate) fn event_json(e: StoredEvent) -> Value {
    let mut v = e.json;
    if let Some(m) = v.as_object_mut() {
        m.insert("global_id".into(), json!(e.global_id));
        m.insert("document".into(), json!(e.document));
        m.insert("run".into(), json!(e.run));
    }
    v
}

/// A page of events.
#[derive(Serialize, ToSchema)]
pub struct EventList {
    /// Events matching the filters, over all pages.
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    /// Event records (see `docs/api.md` for the fields).
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Value>,
}

/// List events matching the filters, sorted and paginated.
#[utoipa::path(get, path = "/api/events", params(FilterParams, PageParams),
    responses((status = 200, body = EventList), (status = 400, body = ErrorBody), (status = 503, body = ErrorBody)))]
pub async fn events(
    State(st): S,
    f: Result<Query<FilterParams>, QueryRejection>,
    p: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<EventList>, ApiError> {
    let filter = query(f)?.to_filter()?;
    let (page, number) = query(p)?.to_page(st.config.max_page)?;
    let list = st.read(move |s| Ok(s.events(&filter, &page)?)).await?;
    Ok(Json(EventList {
        total: list.total,
        page: number,
        per_page: page.limit,
        events: list.events.into_iter().map(event_json).collect(),
    }))
}

/// One event by its `event_id`.
#[utoipa::path(get, path = "/api/events/{id}", params(("id" = String, Path, description = "event_id")),
    responses((status = 200, body = Object), (status = 404, body = ErrorBody)))]
pub async fn event(State(st): S, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let id2 = id.clone();
    match st.read(move |s| Ok(s.event(&id2)?)).await? {
        Some(e) => Ok(Json(event_json(e))),
        None => Err(ApiError::not_found(format!("no event {id:?}"))),
    }
}

/// A document with everything stored about it.
#[derive(Serialize, ToSchema)]
pub struct DocumentBody {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    #[schema(value_type = Option<String>)]
    pub date: Option<chrono::NaiveDate>,
    pub title: Option<String>,
    /// The original text; every `span` indexes its UTF-8 bytes, every `span_utf16` its UTF-16
    /// code units.
    pub text: String,
    pub text_utf16_length: usize,
    pub content_hash: String,
    #[schema(value_type = Object)]
    pub run: Value,
    #[schema(value_type = Vec<Object>)]
    pub sentences: Vec<Value>,
    #[schema(value_type = Vec<Object>)]
    pub mentions: Vec<Value>,
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Value>,
}

/// A document: text, sentences, mentions and events, with spans in bytes and UTF-16 units.
#[utoipa::path(get, path = "/api/documents/{id}", params(("id" = String, Path, description = "document id")),
    responses((status = 200, body = DocumentBody), (status = 404, body = ErrorBody)))]
pub async fn document(
    State(st): S,
    Path(id): Path<String>,
) -> Result<Json<DocumentBody>, ApiError> {
    let id2 = id.clone();
    let Some(v) = st.read(move |s| Ok(s.document(&id2)?)).await? else {
        return Err(ApiError::not_found(format!("no document {id:?}")));
    };
    let d = v.document;
    Ok(Json(DocumentBody {
        text_utf16_length: d.text.encode_utf16().count(),
        id: d.id,
        source: d.source,
        url: d.url,
        date: d.date,
        title: d.title,
        text: d.text,
        content_hash: v.content_hash,
        run: json!(v.run),
        sentences: v.sentences.iter().map(|s| json!(s)).collect(),
        mentions: v.mentions.iter().map(|m| json!(m)).collect(),
        events: v.events.into_iter().map(event_json).collect(),
    }))
}

/// Top actors.
#[derive(Serialize, ToSchema)]
pub struct ActorList {
    #[schema(value_type = Vec<Object>)]
    pub actors: Vec<Value>,
}

/// Most frequent actors (as source or target) among events matching the filters.
#[utoipa::path(get, path = "/api/actors", params(FilterParams, LimitParams),
    responses((status = 200, body = ActorList), (status = 400, body = ErrorBody)))]
pub async fn actors(
    State(st): S,
    f: Result<Query<FilterParams>, QueryRejection>,
    l: Result<Query<LimitParams>, QueryRejection>,
) -> Result<Json<ActorList>, ApiError> {
    let filter = query(f)?.to_filter()?;
    let limit = query(l)?.to_limit(st.config.max_page)?;
    let rows = st.read(move |s| Ok(s.actors(&filter, limit)?)).await?;
    Ok(Json(ActorList {
        actors: rows.iter().map(|a| json!(a)).collect(),
    }))
}

/// Event counts over time.
#[derive(Serialize, ToSchema)]
pub struct Timeline {
    /// `day` or `week`.
    pub bucket: String,
    /// `{period, event_type, count}`, by period then type.
    #[schema(value_type = Vec<Object>)]
    pub points: Vec<Value>,
}

/// Event counts per day or week and event type.
#[utoipa::path(get, path = "/api/stats/timeline", params(FilterParams, BucketParams),
    responses((status = 200, body = Timeline), (status = 400, body = ErrorBody)))]
pub async fn timeline(
    State(st): S,
    f: Result<Query<FilterParams>, QueryRejection>,
    b: Result<Query<BucketParams>, QueryRejection>,
) -> Result<Json<Timeline>, ApiError> {
    let filter = query(f)?.to_filter()?;
    let bucket = query(b)?.to_bucket()?;
    let points = st.read(move |s| Ok(s.timeline(&filter, bucket)?)).await?;
    Ok(Json(Timeline {
        bucket: match bucket {
            rasad_store::Bucket::Day => "day".into(),
            rasad_store::Bucket::Week => "week".into(),
        },
        points: points.iter().map(|p| json!(p)).collect(),
    }))
}

/// Source→target counts.
#[derive(Serialize, ToSchema)]
pub struct Network {
    /// `{source, source_code, target, target_code, count}`, most frequent first.
    #[schema(value_type = Vec<Object>)]
    pub dyads: Vec<Value>,
}

/// The actor network: event counts per source→target pair.
#[utoipa::path(get, path = "/api/network", params(FilterParams, LimitParams),
    responses((status = 200, body = Network), (status = 400, body = ErrorBody)))]
pub async fn network(
    State(st): S,
    f: Result<Query<FilterParams>, QueryRejection>,
    l: Result<Query<LimitParams>, QueryRejection>,
) -> Result<Json<Network>, ApiError> {
    let filter = query(f)?.to_filter()?;
    let limit = query(l)?.to_limit(st.config.max_page)?;
    let dyads = st.read(move |s| Ok(s.network(&filter, limit)?)).await?;
    Ok(Json(Network {
        dyads: dyads.iter().map(|d| json!(d)).collect(),
    }))
}

/// Row counts of the store.
#[utoipa::path(get, path = "/api/stats", responses((status = 200, body = Object)))]
pub async fn stats(State(st): S) -> Result<Json<Value>, ApiError> {
    let s = st.read(|s| Ok(s.stats()?)).await?;
    Ok(Json(json!(s)))
}

/// A document to code and store.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDocument {
    /// Document id; default: `api:` + the content hash.
    pub id: Option<String>,
    pub text: String,
    /// `YYYY-MM-DD` or `YYYYMMDD`: relative dates in the text resolve against it.
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// What storing a document did.
#[derive(Serialize, ToSchema)]
pub struct Stored {
    pub id: String,
    /// `inserted`, `replaced` or `unchanged`.
    pub status: String,
    /// Events stored for the document.
    pub events: u64,
}

/// Code one document and store it (needs `Authorization: Bearer TOKEN`).
#[utoipa::path(post, path = "/api/documents", request_body = NewDocument,
    responses((status = 201, body = Stored), (status = 200, body = Stored, description = "unchanged"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn post_document(
    State(st): S,
    body: Result<Json<NewDocument>, JsonRejection>,
) -> Result<(StatusCode, Json<Stored>), ApiError> {
    let Json(nd) = body.map_err(|e| match e {
        JsonRejection::BytesRejection(b) if b.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!(
                    "request body is larger than the limit ({} bytes)",
                    st.config.max_body
                ),
            )
        }
        JsonRejection::MissingJsonContentType(_) => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send Content-Type: application/json",
        ),
        other => ApiError::bad_request(other.body_text()),
    })?;
    if nd.text.trim().is_empty() {
        return Err(ApiError::bad_request("text: must not be empty"));
    }
    let date = match nd.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(rasad_ingest::source::parse_date(s).ok_or_else(|| {
            ApiError::bad_request(format!("date: expected YYYY-MM-DD, got {s:?}"))
        })?),
    };
    let mut doc = DocumentRecord {
        id: nd.id.unwrap_or_default(),
        source: nd.source,
        url: nd.url,
        date,
        title: nd.title,
        text: nd.text,
    };
    if doc.id.trim().is_empty() {
        doc.id = format!("api:{}", doc.content_hash());
    }
    let coder = Arc::clone(&st.coder);
    let prepared = tokio::task::spawn_blocking(move || {
        prepare_one(&coder, &rasad_text::Analyzer::default(), doc)
    })
    .await
    .map_err(|e| ApiError::internal("coder task", e))?
    .map_err(|p| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unprocessable", p.message))?;
    let id = prepared.coded.document.id.clone();
    let n_events = prepared.coded.events.len() as u64;
    let report = st
        .write(move |s, run| Ok(s.write(run, &[prepared], WriteMode::IfChanged)?))
        .await?;
    let (status, code) = if report.inserted > 0 {
        ("inserted", StatusCode::CREATED)
    } else if report.replaced > 0 {
        ("replaced", StatusCode::CREATED)
    } else {
        ("unchanged", StatusCode::OK)
    };
    Ok((
        code,
        Json(Stored {
            id,
            status: status.into(),
            events: n_events,
        }),
    ))
}

/// An error answer.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// Machine-readable code: `bad_request`, `unauthorized`, `forbidden`, `not_found`,
    /// `method_not_allowed`, `too_large`, `unsupported_media_type`, `unprocessable`, `timeout`,
    /// `internal`.
    pub error: String,
    pub message: String,
}
