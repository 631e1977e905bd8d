//! Static files, compiled into the binary so it runs from any directory.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

const CSS: &str = include_str!("../../static/casebridge.css");
const TIMEOUT_JS: &str = include_str!("../../static/timeout.js");

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/static/casebridge.css",
            get(|| asset("text/css; charset=utf-8", CSS)),
        )
        .route(
            "/static/timeout.js",
            get(|| asset("text/javascript; charset=utf-8", TIMEOUT_JS)),
        )
}

async fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
}
