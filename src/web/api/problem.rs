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

/// Reads a JSON document into its typed form: exactly one JSON object,
/// nothing after it. A body that is not JSON, is not an object, carries
/// more than the one document, or does not match the document's schema is
/// a 422 naming the path of the first problem.
pub fn parse_document<T: DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    let problem = |code, message: &str, path: Option<String>| Problem {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code,
        message: message.to_string(),
        path,
    };
    // serde reads a struct from an array too; a document is an object.
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        let json = serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok();
        let code = if json {
            "not_an_object"
        } else {
            "invalid_json"
        };
        return Err(problem(code, "The document must be one JSON object", None));
    }
    let de = &mut serde_json::Deserializer::from_slice(body);
    let doc = serde_path_to_error::deserialize(&mut *de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let code = if inner.is_syntax() || inner.is_eof() {
            "invalid_json"
        } else {
            "schema_mismatch"
        };
        problem(code, &inner.to_string(), (path != ".").then_some(path))
    })?;
    de.end().map_err(|_| {
        problem(
            "trailing_data",
            "Nothing may follow the document: send one JSON object",
            None,
        )
    })?;
    Ok(doc)
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

    #[test]
    fn one_object_and_nothing_after_it() {
        let one = br#"{"items":[{"port":8080}]}"#;
        let mut trailing = one.to_vec();
        trailing.extend_from_slice(b"\x00<<not json>>");
        assert_eq!(
            parse_document::<Doc>(&trailing).unwrap_err().code,
            "trailing_data"
        );
        let mut twice = one.to_vec();
        twice.extend_from_slice(one);
        assert_eq!(
            parse_document::<Doc>(&twice).unwrap_err().code,
            "trailing_data"
        );
        let seq = br#"[[{"port":8080}]]"#;
        assert_eq!(
            parse_document::<Doc>(seq).unwrap_err().code,
            "not_an_object"
        );
        let mut spaced = b" \n".to_vec();
        spaced.extend_from_slice(one);
        spaced.extend_from_slice(b"\n ");
        assert!(
            parse_document::<Doc>(&spaced).is_ok(),
            "white space around it is fine"
        );
    }
}
