//! Field paths into the report document, as rule packs name them:
//! `reported_persons[].ip_events[].port`. A `[]` step means "every element".
//! Paths are checked against the published JSON Schema when packs load, and
//! resolved against a report's JSON tree when a report is validated.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Field(String),
    Each,
}

/// A parsed field path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath {
    text: String,
    steps: Vec<Step>,
}

impl FieldPath {
    pub fn parse(text: &str) -> Option<FieldPath> {
        let mut steps = Vec::new();
        for part in text.split('.') {
            let (name, each) = match part.strip_suffix("[]") {
                Some(n) => (n, true),
                None => (part, false),
            };
            let ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok {
                return None;
            }
            steps.push(Step::Field(name.to_string()));
            if each {
                steps.push(Step::Each);
            }
        }
        Some(FieldPath {
            text: text.to_string(),
            steps,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the schema has this path: every field a property (through
    /// `$ref`, `anyOf`, `oneOf`), every `[]` an array.
    pub fn exists_in(&self, schema: &Value) -> bool {
        exists(schema, schema, &self.steps)
    }

    /// Where the path has no value in `doc`, as concrete paths
    /// (`reported_persons[1].ip_events`). Empty when every element along the
    /// path has one. An empty list on the way is missing at the list itself.
    pub fn missing_in(&self, doc: &Value) -> Vec<String> {
        let mut out = Vec::new();
        missing(doc, &self.steps, String::new(), &mut out);
        out
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

fn missing(v: &Value, steps: &[Step], here: String, out: &mut Vec<String>) {
    let Some((first, rest)) = steps.split_first() else {
        if !present(v) {
            out.push(here);
        }
        return;
    };
    match first {
        Step::Field(name) => {
            let child = v.get(name).unwrap_or(&Value::Null);
            missing(child, rest, join(&here, name), out);
        }
        Step::Each => match v.as_array() {
            Some(items) if !items.is_empty() => {
                for (i, item) in items.iter().enumerate() {
                    missing(item, rest, format!("{here}[{i}]"), out);
                }
            }
            _ => out.push(here),
        },
    }
}

/// A value counts as given when it is not null, not blank text, not an empty
/// list and, for an object, when any of its fields is given. `false` and `0`
/// are answers.
pub fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => o.values().any(present),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

fn exists(root: &Value, node: &Value, steps: &[Step]) -> bool {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        return match resolve(root, r) {
            Some(target) => exists(root, target, steps),
            None => false,
        };
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = node.get(key).and_then(Value::as_array) {
            return branches.iter().any(|b| exists(root, b, steps));
        }
    }
    let Some((first, rest)) = steps.split_first() else {
        return true;
    };
    match first {
        Step::Field(name) => node
            .get("properties")
            .and_then(|p| p.get(name))
            .is_some_and(|child| exists(root, child, rest)),
        Step::Each => node
            .get("items")
            .is_some_and(|items| exists(root, items, rest)),
    }
}

/// Follows a local `#/$defs/name` reference.
fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    root.pointer(pointer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        serde_json::from_str(include_str!("../../schemas/report.v1.json")).unwrap()
    }

    #[test]
    fn paths_are_checked_against_the_schema() {
        let s = schema();
        for ok in [
            "incident.occurred_at",
            "reported_persons[].ip_events[].port",
            "reported_persons[].estimated_location.country_code",
            "internet_details[].urls",
            "files[].hashes",
            "victims[].age.stated",
            "livestream.session_id",
        ] {
            assert!(FieldPath::parse(ok).unwrap().exists_in(&s), "{ok}");
        }
        for bad in [
            "incident.nope",
            "reported_persons.ip_events",
            "files[].hashes[].colour",
            "victims[].age[]",
        ] {
            assert!(!FieldPath::parse(bad).unwrap().exists_in(&s), "{bad}");
        }
        assert!(FieldPath::parse("Incident").is_none());
        assert!(FieldPath::parse("a..b").is_none());
    }

    #[test]
    fn missing_values_are_named_by_concrete_path() {
        let p = FieldPath::parse("reported_persons[].ip_events[].port").unwrap();
        let doc = json!({"reported_persons": [
            {"ip_events": [{"port": 443}, {"port": null}]},
            {"ip_events": []}
        ]});
        assert_eq!(
            p.missing_in(&doc),
            [
                "reported_persons[0].ip_events[1].port",
                "reported_persons[1].ip_events"
            ]
        );
        assert_eq!(p.missing_in(&json!({})), ["reported_persons"]);
        let flag = FieldPath::parse("preservation.preserved").unwrap();
        assert!(
            flag.missing_in(&json!({"preservation": {"preserved": false}}))
                .is_empty()
        );
        assert_eq!(
            FieldPath::parse("reporter.email")
                .unwrap()
                .missing_in(&json!({"reporter": {"email": "  "}})),
            ["reporter.email"]
        );
    }
}
