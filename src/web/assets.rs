//! Static files, compiled into the binary so it runs from any directory.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

const CSS: &str = include_str!("../../static/casebridge.css");

pub fn router() -> Router<AppState> {
    Router::new().route("/static/casebridge.css", get(css))
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}
