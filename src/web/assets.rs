//! Static files, compiled into the binary so it runs from any directory.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

const CSS: &str = include_str!("../../static/casebridge.css");
const TIMEOUT_JS: &str = include_str!("../../static/timeout.js");
const ZONES_JS: &str = include_str!("../../static/zones.js");
const REVEAL_JS: &str = include_str!("../../static/reveal.js");
/// A bridge on a blue square; browsers that ask for `/favicon.ico` get it too.
const FAVICON: &str = include_str!("../../static/favicon.svg");

/// A fingerprint of the static files, added to their URLs so browsers that
/// cached an older version fetch the new one after an upgrade.
pub fn version() -> &'static str {
    use sha2::{Digest, Sha256};
    use std::sync::LazyLock;
    static VERSION: LazyLock<String> = LazyLock::new(|| {
        let digest = Sha256::new()
            .chain_update(CSS)
            .chain_update(TIMEOUT_JS)
            .chain_update(ZONES_JS)
            .chain_update(REVEAL_JS)
            .finalize();
        hex::encode(&digest[..5])
    });
    &VERSION
}

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
        .route(
            "/static/zones.js",
            get(|| asset("text/javascript; charset=utf-8", ZONES_JS)),
        )
        .route(
            "/static/reveal.js",
            get(|| asset("text/javascript; charset=utf-8", REVEAL_JS)),
        )
        .route(
            "/static/favicon.svg",
            get(|| asset("image/svg+xml", FAVICON)),
        )
        .route("/favicon.ico", get(|| asset("image/svg+xml", FAVICON)))
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
