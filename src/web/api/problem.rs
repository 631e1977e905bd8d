//! Structured API errors: `{"error": {"code", "message", "path"}}` with the
//! HTTP status that fits, so an integrator's system can act on them.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

#[derive(Debug)]
pub struct Problem {
    pub status: StatusCode,
    /// Stable, machine-readable: `schema_mismatch`, `invalid_json`, ...
    pub code: &'static str,
    pub message: String,
    /// Where in the document the problem is, as a JSON path (`targets[0].kind`).
    pub path: Option<String>,
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": {
                "code": self.code,
                "message": self.message,
                "path": self.path,
            }
        });
        let mut res = (self.status, Json(body)).into_response();
        // The error-page layer leaves bodies that are already complete alone.
        res.extensions_mut().insert(crate::web::page::Rendered);
        res
    }
}

/// Reads a JSON document into its typed form. A body that is not JSON, or
/// JSON that does not match the document's schema, is a 422 naming the path
/// of the first problem.
pub fn parse_document<T: DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let code = if inner.is_syntax() || inner.is_eof() {
            "invalid_json"
        } else {
            "schema_mismatch"
        };
        Problem {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code,
            message: inner.to_string(),
            path: (path != ".").then_some(path),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[allow(dead_code)]
        items: Vec<Item>,
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        #[allow(dead_code)]
        port: u16,
    }

    #[test]
    fn names_the_path_of_a_mismatch() {
        let err = parse_document::<Doc>(br#"{"items":[{"port":1},{"port":"x"}]}"#).unwrap_err();
        assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err.code, "schema_mismatch");
        assert_eq!(err.path.as_deref(), Some("items[1].port"));
    }

    #[test]
    fn malformed_json_is_its_own_code() {
        let err = parse_document::<Doc>(b"{\"items\": [").unwrap_err();
        assert_eq!(err.code, "invalid_json");
        assert!(parse_document::<Doc>(br#"{"items":[{"port":8080}]}"#).is_ok());
    }
}
