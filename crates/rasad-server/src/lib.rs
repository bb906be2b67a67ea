//! # rasad-server — the HTTP API
//!
//! An axum application over a [`rasad_store::SqliteStore`]: event lists with the same filters as
//! `rasad query`, documents with their spans, aggregates for dashboards (actors, timeline,
//! network), and `POST /api/documents` to code and store one document. `docs/api.md` documents
//! every route; `/api/openapi.json` is generated from the handlers (utoipa), and a test checks it
//! lists exactly the routes of [`router`].
//!
//! Why it is shaped so:
//! - **The store stays synchronous**; every query runs on tokio's blocking pool with a pooled
//!   read-only connection ([`AppState`]), bounded by a semaphore. SQLite's progress handler
//!   interrupts a query past the time limit, so a heavy filter costs a 503, not a stuck thread.
//! - **One place maps errors to statuses** ([`ApiError`]); answers are JSON `{error, message}`,
//!   and unexpected errors are logged, never sent. A panicking handler becomes a 500 of the same
//!   shape.
//! - **Spans in two units**: byte offsets (`span`) into the original UTF-8 text and UTF-16 code
//!   units (`span_utf16`), which is what JavaScript needs to highlight text.
//! - **Writes need a token; reads are open** unless the server is started private.

mod error;
mod params;
mod routes;
mod state;

pub use error::{ApiError, ServerError};
pub use state::AppState;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use utoipa::OpenApi;

/// Server settings.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Bearer token for writes (and for reads when `private`); `None` disables writes.
    pub token: Option<String>,
    /// Require the token for reads too.
    pub private: bool,
    /// Largest request body, bytes (default 1 MiB).
    pub max_body: usize,
    /// Largest page / aggregate size (default 500).
    pub max_page: u64,
    /// Longest a single query may run (default 5 s).
    pub query_timeout: Duration,
    /// Read connections (default 4).
    pub readers: usize,
}

impl ServerConfig {
    pub fn new(db: PathBuf) -> ServerConfig {
        ServerConfig {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            private: false,
            max_body: 1 << 20,
            max_page: 500,
            query_timeout: Duration::from_secs(5),
            readers: 4,
        }
    }
}

/// Every route: `(method, path)`. The OpenAPI document must list exactly these.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/events"),
    ("GET", "/api/events/{id}"),
    ("GET", "/api/documents/{id}"),
    ("POST", "/api/documents"),
    ("GET", "/api/actors"),
    ("GET", "/api/stats"),
    ("GET", "/api/stats/timeline"),
    ("GET", "/api/network"),
    ("GET", "/api/openapi.json"),
];

#[derive(OpenApi)]
#[openapi(
    info(title = "rasad API", description = "Political events coded from Arabic news (PLOVER/CAMEO). \
        Spans: `span` = [start, end) byte offsets into the document's UTF-8 text; `span_utf16` = the \
        same in UTF-16 code units."),
    paths(routes::events, routes::event, routes::document, routes::post_document, routes::actors,
        routes::stats, routes::timeline, routes::network, openapi_json),
    components(schemas(routes::EventList, routes::DocumentBody, routes::ActorList, routes::Timeline,
        routes::Network, routes::NewDocument, routes::Stored, routes::ErrorBody)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// This document (OpenAPI 3.1).
#[utoipa::path(get, path = "/api/openapi.json", responses((status = 200, body = Object)))]
async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

const DASHBOARD: &str = include_str!("../assets/index.html");

async fn dashboard() -> Html<&'static str> {
    Html(DASHBOARD)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such route; see /api/openapi.json")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "method not allowed on this route",
    )
}

/// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn auth(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    // Only POST writes; other methods fall through to the 405 answer.
    let write = req.method() == Method::POST;
    if write || st.config.private {
        let Some(token) = st.config.token.as_deref() else {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "writes are disabled: start the server with --token or RASAD_TOKEN",
            )
            .into_response();
        };
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !given.is_some_and(|g| same(g.trim().as_bytes(), token.as_bytes())) {
            let mut r = ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "missing or wrong bearer token",
            )
            .into_response();
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, "Bearer".parse().expect("static"));
            return r;
        }
    }
    next.run(req).await
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::internal("handler", "panicked").into_response()
}

/// The application: routes, limits, auth, error shapes.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/api/events", get(routes::events))
        .route("/api/events/{id}", get(routes::event))
        .route("/api/documents", axum::routing::post(routes::post_document))
        .route("/api/documents/{id}", get(routes::document))
        .route("/api/actors", get(routes::actors))
        .route("/api/stats", get(routes::stats))
        .route("/api/stats/timeline", get(routes::timeline))
        .route("/api/network", get(routes::network))
        .route("/api/openapi.json", get(openapi_json))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(Arc::clone(&state), auth));
    Router::new()
        .route("/", get(dashboard))
        .merge(api)
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(state.config.max_body))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .with_state(state)
}

/// Serves on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    use axum::serve::ListenerExt;
    // Small JSON answers must not wait for Nagle's algorithm.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// Opens the database and serves until Ctrl-C, on a runtime of its own (so callers need no async
/// runtime). `on_ready` receives the bound address (useful with port 0).
pub fn run_blocking(
    config: ServerConfig,
    coder: Arc<rasad_coder::Coder>,
    on_ready: impl FnOnce(SocketAddr) + Send,
) -> Result<(), ServerError> {
    let state = Arc::new(AppState::open(config.clone(), coder)?);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        on_ready(listener.local_addr()?);
        serve(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })
}
