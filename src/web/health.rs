//! Liveness and readiness, for load balancers and orchestrators.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;

use super::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
}

/// Ready only when the database answers: an instance that cannot reach it
/// should not receive traffic.
async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.store.ping().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
