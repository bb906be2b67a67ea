//! Query parameters: received as strings, parsed once into typed filters, with a 400 naming the
//! parameter when a value does not parse.

use crate::ApiError;
use chrono::NaiveDate;
use rasad_event::{CameoCode, PloverType, Status};
use rasad_store::{Bucket, EventFilter, Page, Role, Sort};
use serde::Deserialize;
use utoipa::IntoParams;

/// Event filters shared by the list and aggregate routes (the same as `rasad query`).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FilterParams {
    /// Actor name, lexicon id, code (`ARMMIL`), country (`ARM`) or sector (`MIL`).
    pub actor: Option<String>,
    /// Which role `actor` must have: `source`, `target` or `either` (default).
    #[serde(rename = "as")]
    #[param(rename = "as")]
    pub role: Option<String>,
    /// PLOVER event type, e.g. `ASSAULT`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub event_type: Option<String>,
    /// CAMEO root code (two digits), e.g. `19`.
    pub root: Option<String>,
    /// First day, `YYYY-MM-DD` (inclusive).
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (inclusive).
    pub to: Option<String>,
    /// Place name, its text, or its country code.
    pub place: Option<String>,
    /// `asserted`, `claimed` or `denied`.
    pub status: Option<String>,
    /// Arabic free-text search over the documents (clitics and diacritics are ignored).
    pub text: Option<String>,
    /// Only events of this document.
    pub doc: Option<String>,
}

fn date(name: &str, v: &Option<String>) -> Result<Option<NaiveDate>, ApiError> {
    v.as_deref()
        .filter(|s| !s.is_empty())
        .map(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
                ApiError::bad_request(format!("{name}: expected YYYY-MM-DD, got {s:?}"))
            })
        })
        .transpose()
}

fn nonempty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl FilterParams {
    pub fn to_filter(&self) -> Result<EventFilter, ApiError> {
        let role = match nonempty(&self.role) {
            None => Role::Either,
            Some(r) => Role::parse(r).ok_or_else(|| {
                ApiError::bad_request(format!("as: expected source|target|either, got {r:?}"))
            })?,
        };
        let event_type = nonempty(&self.event_type)
            .map(|t| PloverType::parse(&t.to_ascii_uppercase()))
            .transpose()
            .map_err(|e| ApiError::bad_request(format!("type: {e}")))?;
        let root = nonempty(&self.root)
            .map(CameoCode::parse)
            .transpose()
            .map_err(|e| ApiError::bad_request(format!("root: {e}")))?;
        let status = match nonempty(&self.status) {
            None => None,
            Some(s) => Some(Status::parse(s).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "status: expected asserted|claimed|denied, got {s:?}"
                ))
            })?),
        };
        Ok(EventFilter {
            actor: nonempty(&self.actor).map(String::from),
            role,
            event_type,
            root,
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
            place: nonempty(&self.place).map(String::from),
            status,
            text: nonempty(&self.text).map(String::from),
            doc_id: nonempty(&self.doc).map(String::from),
        })
    }
}

/// Pagination and order of `GET /api/events`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, from 1 (default 1).
    pub page: Option<String>,
    /// Events per page (default 50, at most the server's limit, 500 by default).
    pub per_page: Option<String>,
    /// `date_desc` (default), `date_asc` or `id`.
    pub sort: Option<String>,
}

fn number(name: &str, v: &Option<String>, default: u64) -> Result<u64, ApiError> {
    match nonempty(v) {
        None => Ok(default),
        Some(s) => s.parse::<u64>().map_err(|_| {
            ApiError::bad_request(format!("{name}: expected a whole number, got {s:?}"))
        }),
    }
}

impl PageParams {
    pub fn to_page(&self, max: u64) -> Result<(Page, u64), ApiError> {
        let page = number("page", &self.page, 1)?;
        if page == 0 {
            return Err(ApiError::bad_request("page: pages start at 1"));
        }
        let limit = number("per_page", &self.per_page, 50)?;
        if limit == 0 || limit > max {
            return Err(ApiError::bad_request(format!(
                "per_page: must be 1..={max}"
            )));
        }
        let sort = match nonempty(&self.sort) {
            None => Sort::DateDesc,
            Some(s) => Sort::parse(s).ok_or_else(|| {
                ApiError::bad_request(format!("sort: expected date_desc|date_asc|id, got {s:?}"))
            })?,
        };
        let offset = (page - 1)
            .checked_mul(limit)
            .ok_or_else(|| ApiError::bad_request("page: too large"))?;
        Ok((
            Page {
                offset,
                limit,
                sort,
            },
            page,
        ))
    }
}

/// `limit` of the aggregate routes.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LimitParams {
    /// How many rows (default 50, at most the server's page limit).
    pub limit: Option<String>,
}

impl LimitParams {
    pub fn to_limit(&self, max: u64) -> Result<u64, ApiError> {
        let n = number("limit", &self.limit, 50)?;
        if n == 0 || n > max {
            return Err(ApiError::bad_request(format!("limit: must be 1..={max}")));
        }
        Ok(n)
    }
}

/// Bucket of the timeline.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BucketParams {
    /// `day` (default) or `week` (ISO weeks, labelled by their Monday).
    pub bucket: Option<String>,
}

impl BucketParams {
    pub fn to_bucket(&self) -> Result<Bucket, ApiError> {
        match nonempty(&self.bucket) {
            None => Ok(Bucket::Day),
            Some(b) => Bucket::parse(b).ok_or_else(|| {
                ApiError::bad_request(format!("bucket: expected day|week, got {b:?}"))
            }),
        }
    }
}
