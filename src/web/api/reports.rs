//! The APAC-report API: validate a report document, serve its schema.

use axum::Router;

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
