//! The guard over a whole document: every string leaf, with its path, judged
//! as the kind of field it is. Both rule engines (records requests and
//! reports) run it, so no field is left unscanned.

use serde_json::Value;

use super::{Field, NationalIdKind, Severity, judge, strongest};
use crate::domain::country::CountryCode;

/// What the guard stops in one field of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    /// The field's path: `targets[0].note`.
    pub path: String,
    pub severity: Severity,
    pub kinds: Vec<NationalIdKind>,
}

impl Stopped {
    /// The Fluent keys of the kinds' names, for the message's `id_type`.
    pub fn name_keys(&self) -> Vec<&'static str> {
        self.kinds.iter().map(|k| k.name_key()).collect()
    }
}

/// Which fields of a document hold what. Patterns are paths with every
/// index written `[]` (`targets[].value`); a pattern starting `*.` matches
/// that ending anywhere (`*.zone`).
pub struct Fields<'a> {
    /// Typed identifiers: scanned for letter-and-checksum kinds only.
    pub identifiers: &'a [&'a str],
    /// Not the user's text at all (stored acknowledgement keys).
    pub skipped: &'a [&'a str],
}

impl Fields<'_> {
    /// What the field at `path` holds, or `None` when it is not scanned.
    pub fn kind_of(&self, path: &str) -> Option<Field> {
        let pattern = pattern_of(path);
        let matches = |p: &&str| match p.strip_prefix("*.") {
            Some(end) => pattern == end || pattern.ends_with(&format!(".{end}")),
            None => pattern == *p,
        };
        if self.skipped.iter().any(matches) {
            None
        } else if self.identifiers.iter().any(matches) {
            Some(Field::Identifier)
        } else {
            Some(Field::Text)
        }
    }
}

/// `reported_persons[1].phones[0].number` → `reported_persons[].phones[].number`.
fn pattern_of(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

/// Every field of `doc` the guard stops, one finding per field (the most
/// severe, naming every kind at that severity).
pub fn judge_document(
    doc: &Value,
    fields: &Fields<'_>,
    jurisdictions: &[CountryCode],
) -> Vec<Stopped> {
    let mut out = Vec::new();
    walk(doc, String::new(), &mut |path, text| {
        let Some(field) = fields.kind_of(&path) else {
            return;
        };
        if let Some((severity, kinds)) = strongest(&judge(text, field, jurisdictions)) {
            out.push(Stopped {
                path,
                severity,
                kinds,
            });
        }
    });
    out
}

fn walk(v: &Value, here: String, visit: &mut dyn FnMut(String, &str)) {
    match v {
        Value::String(s) => visit(here, s),
        Value::Object(o) => {
            for (k, child) in o {
                let path = if here.is_empty() {
                    k.clone()
                } else {
                    format!("{here}.{k}")
                };
                walk(child, path, visit);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                walk(child, format!("{here}[{i}]"), visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const FIELDS: Fields = Fields {
        identifiers: &["accounts[].id", "*.zone"],
        skipped: &["acknowledged[]"],
    };

    #[test]
    fn every_string_leaf_is_judged_by_its_field_kind() {
        let doc = json!({
            "accounts": [{"id": "749522587953", "note": "Aadhaar 234567890124"}],
            "nested": {"deep": [["S0000001I"]]},
            "when": {"zone": "A123456789"},
            "acknowledged": ["S0000001I"],
            "count": 234567890124_u64,
        });
        let found = judge_document(&doc, &FIELDS, &[CountryCode::parse("IN").unwrap()]);
        let paths: Vec<(&str, Severity)> = found
            .iter()
            .map(|s| (s.path.as_str(), s.severity))
            .collect();
        assert_eq!(
            paths,
            [
                ("accounts[0].note", Severity::Error),
                ("nested.deep[0][0]", Severity::Error),
                ("when.zone", Severity::Error),
            ]
        );
        assert_eq!(found[0].name_keys(), ["national-id-in-aadhaar"]);
    }

    #[test]
    fn patterns_match_any_index_and_endings() {
        assert_eq!(pattern_of("a[12].b[0].c"), "a[].b[].c");
        assert_eq!(FIELDS.kind_of("accounts[3].id"), Some(Field::Identifier));
        assert_eq!(FIELDS.kind_of("x.y[2].zone"), Some(Field::Identifier));
        assert_eq!(FIELDS.kind_of("timezone"), Some(Field::Text));
        assert_eq!(FIELDS.kind_of("acknowledged[0]"), None);
    }
}
