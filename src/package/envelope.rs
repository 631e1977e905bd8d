//! `document.json`: the flow's document inside an envelope that says what it
//! is, who made it and when. Serialised deterministically (keys sorted,
//! fixed indentation) so the same package always hashes the same.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::PackageError;

/// The published JSON Schema of the envelope (`schemas/envelope.v1.json`),
/// for serving under `/schemas/`.
pub const ENVELOPE_SCHEMA: &str = include_str!("../../schemas/envelope.v1.json");
/// The version of the envelope format this module writes.
pub const ENVELOPE_VERSION: u32 = 1;

/// What the envelope says about its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeMeta {
    /// The document's schema, e.g. `casebridge.records-request`.
    pub schema_id: String,
    /// Version of that schema.
    pub schema_version: u32,
    pub package_id: uuid::Uuid,
    pub created_at: jiff::Timestamp,
    /// The jurisdiction rule pack applied, for reports.
    pub rule_pack_version: Option<String>,
    /// BCP 47 tag of the document's language.
    pub language: String,
    pub training: bool,
    /// The document's reference (`CB-2026-000123`), when it has one.
    pub document_reference: Option<String>,
}

/// The envelope as JSON bytes. `document` must be a JSON object.
pub fn envelope_json(meta: &EnvelopeMeta, document: &Value) -> Result<Vec<u8>, PackageError> {
    if !document.is_object() {
        return Err(PackageError::Json(
            "the document must be a JSON object".into(),
        ));
    }
    // Refuse what the published schema would refuse, so every envelope
    // written validates.
    if !is_language_tag(&meta.language) {
        return Err(PackageError::Json(format!(
            "language {:?} is not a BCP 47 tag",
            meta.language
        )));
    }
    let id_ok = meta.schema_id.starts_with(|c: char| c.is_ascii_lowercase())
        && meta
            .schema_id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
    if !id_ok || meta.schema_version == 0 {
        return Err(PackageError::Json(format!(
            "schema {:?} version {} is not a valid schema reference",
            meta.schema_id, meta.schema_version
        )));
    }
    // Whole seconds, cut not rounded, as the PDF cover prints them.
    let created = jiff::Timestamp::from_second(meta.created_at.as_second())
        .map_err(|e| PackageError::Json(format!("created_at: {e}")))?;
    let mut envelope = serde_json::json!({
        "envelope_version": ENVELOPE_VERSION,
        "schema": { "id": meta.schema_id, "version": meta.schema_version },
        "package_id": meta.package_id.to_string(),
        // RFC 3339 in UTC with a Z, to the second.
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "generator": { "name": "casebridge", "version": env!("CARGO_PKG_VERSION") },
        "rule_pack_version": meta.rule_pack_version,
        "language": meta.language,
        "training": meta.training,
        "document": document,
    });
    // Only when there is one: packages made without stay byte for byte
    // what they were.
    if let (Some(r), Some(map)) = (&meta.document_reference, envelope.as_object_mut()) {
        map.insert("document_reference".into(), Value::String(r.clone()));
    }
    Ok(canonical(&envelope))
}

/// The shape the schema accepts: a 2–3 letter language, then subtags of
/// 2–8 letters or digits.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    language
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Any serialisable document, enveloped.
pub fn envelope_for<T: serde::Serialize>(
    meta: &EnvelopeMeta,
    document: &T,
) -> Result<Vec<u8>, PackageError> {
    let value = serde_json::to_value(document).map_err(|e| PackageError::Json(e.to_string()))?;
    envelope_json(meta, &value)
}

/// Lowercase hex SHA-256, as printed on the PDF cover and in the manifest.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// JSON with object keys in byte order, two-space indentation and a final
/// line end: the same value always gives the same bytes, whatever order
/// the maps were built in.
pub fn canonical(value: &Value) -> Vec<u8> {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out.push('\n');
    out.into_bytes()
}

fn write_value(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push_str("{\n");
            for (i, key) in keys.iter().enumerate() {
                indent(out, depth + 1);
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                if let Some(v) = map.get(*key) {
                    write_value(out, v, depth + 1);
                }
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push('}');
        }
        // Scalars and empty containers: serde_json's own compact form.
        other => out.push_str(&other.to_string()),
    }
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> EnvelopeMeta {
        EnvelopeMeta {
            schema_id: "casebridge.records-request".into(),
            schema_version: 1,
            package_id: uuid::Uuid::from_u128(0x1234),
            document_reference: None,
            created_at: jiff::Timestamp::from_second(1_795_422_600).unwrap(),
            rule_pack_version: None,
            language: "en".into(),
            training: true,
        }
    }

    #[test]
    fn same_document_same_bytes_whatever_the_key_order() {
        let a: Value = serde_json::from_str(r#"{"b": 1, "a": {"y": [1, 2], "x": "김"}}"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a": {"x": "김", "y": [1, 2]}, "b": 1}"#).unwrap();
        assert_eq!(
            envelope_json(&meta(), &a).unwrap(),
            envelope_json(&meta(), &b).unwrap()
        );
        let text = String::from_utf8(envelope_json(&meta(), &a).unwrap()).unwrap();
        // Keys sorted at every level; non-ASCII kept as UTF-8.
        assert!(text.find("\"created_at\"").unwrap() < text.find("\"document\"").unwrap());
        assert!(text.find("\"x\"").unwrap() < text.find("\"y\"").unwrap());
        assert!(text.contains("\"김\""));
        assert!(text.contains("\"created_at\": \"2026-11-23T08:30:00Z\""));
        assert!(text.contains("\"training\": true"));
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn canonical_json_parses_back_to_the_same_value() {
        let v: Value = serde_json::from_str(
            r#"{"n": -1.5e-7, "s": "line\nend \"quoted\" \u2068x\u2069", "e": [], "o": {}, "z": null, "l": [true, {"k": 1}]}"#,
        )
        .unwrap();
        let back: Value = serde_json::from_slice(&canonical(&v)).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn a_document_that_is_not_an_object_is_refused() {
        assert!(envelope_json(&meta(), &serde_json::json!([1, 2])).is_err());
    }

    #[test]
    fn what_the_schema_would_refuse_is_refused_here() {
        let doc = serde_json::json!({});
        for lang in ["", "english", "ko_KR", "zh-"] {
            let m = EnvelopeMeta {
                language: lang.into(),
                ..meta()
            };
            assert!(envelope_json(&m, &doc).is_err(), "{lang:?}");
        }
        for lang in ["ko", "zh-Hant", "en-AU", "fil"] {
            let m = EnvelopeMeta {
                language: lang.into(),
                ..meta()
            };
            assert!(envelope_json(&m, &doc).is_ok(), "{lang:?}");
        }
        let m = EnvelopeMeta {
            schema_id: "Records Request".into(),
            ..meta()
        };
        assert!(envelope_json(&m, &doc).is_err());
        let m = EnvelopeMeta {
            schema_version: 0,
            ..meta()
        };
        assert!(envelope_json(&m, &doc).is_err());
    }

    #[test]
    fn sha256_is_lowercase_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
