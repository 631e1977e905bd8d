//! The records-request API: validate a request document, serve its schema.

use axum::Router;

use crate::web::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
}
