//! What the page kit's form components read: the values a user typed and the
//! errors found in them, already in the user's language.

use std::collections::BTreeMap;

use crate::i18n::{Locale, Msg};

/// A submitted (or pre-filled) form. Values are kept exactly as typed so a
/// page that shows errors never clears what the user entered.
#[derive(Debug, Default, Clone)]
pub struct Form {
    values: BTreeMap<String, Vec<String>>,
    errors: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name, also the id the error summary links to.
    pub field: String,
    pub message: String,
}

impl Form {
    pub fn new() -> Self {
        Form::default()
    }

    /// A form holding the pairs of an url-encoded body, in order.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut f = Form::new();
        for (k, v) in pairs {
            f.values
                .entry(k.to_string())
                .or_default()
                .push(v.to_string());
        }
        f
    }

    /// A form read from an `application/x-www-form-urlencoded` body.
    pub fn from_body(body: &[u8]) -> Self {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
        Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The form as the step's typed fields: a struct of `String` fields
    /// named as the form's (with `#[serde(default)]`), so the compiler
    /// checks every name the step reads. What the user typed stays on the
    /// form for the page shown again.
    pub fn read<T: serde::de::DeserializeOwned + Default>(&self) -> T {
        let fields: serde_json::Map<String, serde_json::Value> = (self.values.iter())
            .map(|(k, v)| (k.clone(), v.first().cloned().unwrap_or_default().into()))
            .collect();
        // Only text fields: nothing a user sends can fail to read.
        serde_json::from_value(fields.into()).unwrap_or_default()
    }

    /// Fills the form from the step's typed fields.
    pub fn fill<T: serde::Serialize>(&mut self, typed: &T) {
        for (name, value) in text_fields(typed) {
            self.set(&name, value);
        }
    }

    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.values.insert(name.to_string(), vec![value.into()]);
    }

    /// Adds a value to `name` (for checkboxes: one call per ticked box).
    pub fn add(&mut self, name: &str, value: impl Into<String>) {
        self.values
            .entry(name.to_string())
            .or_default()
            .push(value.into());
    }

    /// The first value of `name`, or "" when absent.
    /// Whether the form carries a field of that name, empty or not.
    pub fn has_field(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    pub fn value(&self, name: &str) -> &str {
        self.values
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether `name` holds `value` (for radios, checkboxes and selects).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.values
            .get(name)
            .is_some_and(|v| v.iter().any(|x| x == value))
    }

    pub fn add_error(&mut self, field: &str, message: String) {
        // One message per field: the first problem is the one to fix first.
        if self.error(field).is_none() {
            self.errors.push(FieldError {
                field: field.to_string(),
                message,
            });
        }
    }

    pub fn add_msg(&mut self, locale: Locale, field: &str, msg: &Msg) {
        self.add_error(field, locale.msg(msg));
    }

    /// Adds the errors found by `validator`, whose codes are Fluent keys, in
    /// the order the fields appear on the page.
    pub fn add_validation_errors(
        &mut self,
        locale: Locale,
        errors: &validator::ValidationErrors,
        order: &[&str],
    ) {
        let fields = errors.field_errors();
        for name in order {
            if let Some(errs) = fields.get(*name)
                && let Some(first) = errs.first()
            {
                self.add_error(name, locale.t(&first.code));
            }
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn errors(&self) -> &[FieldError] {
        &self.errors
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// One option of a radio group, checkbox group or select.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: String,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: String::new(),
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }
}

/// A row of a summary list, as on check-your-answers pages.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub key: String,
    pub value: String,
    /// Where "Change" leads; empty for rows that cannot be changed.
    pub change_href: String,
}

/// An entry of a task list.
#[derive(Debug, Clone)]
pub struct Task {
    pub name: String,
    pub href: String,
    pub hint: String,
    pub status: String,
    /// Tag colour modifier (`blue`, `grey`, ...); empty for plain text.
    pub tag: String,
}

/// Where a task of a builder's task list stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskState {
    Done,
    ToDo,
    /// An earlier answer is needed first: no link.
    CannotStart,
}

impl TaskState {
    pub fn of(done: bool) -> Self {
        if done {
            TaskState::Done
        } else {
            TaskState::ToDo
        }
    }
}

impl Task {
    /// The task `name` (a key) at `href`, in `state`, with a short `hint`
    /// of its answer.
    pub fn new(locale: Locale, name: &str, href: String, hint: String, state: TaskState) -> Self {
        let (status, tag, href, hint) = match state {
            TaskState::Done => ("status-completed", "", href, hint),
            TaskState::ToDo => ("status-incomplete", "blue", href, hint),
            TaskState::CannotStart => ("status-cannot-start", "grey", String::new(), String::new()),
        };
        Task {
            name: locale.t(name),
            href,
            hint,
            status: locale.t(status),
            tag: tag.into(),
        }
    }

    /// The last task, check your answers: ready when no rule finds an error.
    pub fn check(locale: Locale, name: &str, href: String, started: bool, ready: bool) -> Self {
        Task {
            name: locale.t(name),
            href: if started { href } else { String::new() },
            hint: String::new(),
            status: locale.t(if ready {
                "status-ready"
            } else {
                "status-not-ready"
            }),
            tag: if ready { "blue" } else { "grey" }.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_values_and_first_error_per_field() {
        let mut f = Form::from_pairs([("email", " a@b.test "), ("kind", "x"), ("kind", "y")]);
        assert_eq!(f.value("email"), " a@b.test ", "kept exactly as typed");
        assert!(f.has("kind", "y"));
        assert_eq!(f.value("missing"), "");
        f.add_error("email", "first".into());
        f.add_error("email", "second".into());
        assert_eq!(f.errors().len(), 1);
        assert_eq!(f.error("email"), Some("first"));
    }
}

/// The text fields of a typed form, by name.
pub fn text_fields<T: serde::Serialize>(typed: &T) -> Vec<(String, String)> {
    match serde_json::to_value(typed) {
        Ok(serde_json::Value::Object(o)) => o
            .into_iter()
            .filter_map(|(k, v)| Some((k, v.as_str()?.to_string())))
            .collect(),
        _ => Vec::new(),
    }
}

/// The colleagues typed one a line, in their normal form where they have
/// one; blank lines dropped.
pub fn cc_lines(typed: &str) -> Vec<String> {
    typed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            crate::domain::email::EmailAddress::parse(l)
                .map(|e| e.to_string())
                .unwrap_or_else(|_| l.to_string())
        })
        .collect()
}

#[cfg(test)]
mod typed_tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(default)]
    struct Fields {
        name: String,
        unit: String,
    }

    #[test]
    fn a_typed_form_reads_its_own_fields_and_nothing_else() {
        let f = Form::from_pairs([
            ("csrf_token", "t"),
            ("name", "  Insp. Dana (fictional) "),
            ("revision", "3"),
        ]);
        let typed: Fields = f.read();
        assert_eq!(typed.name, "  Insp. Dana (fictional) ", "kept as typed");
        assert_eq!(typed.unit, "", "a field the form lacks is empty");
    }

    #[test]
    fn a_typed_form_fills_the_boxes_it_is_read_from() {
        let mut f = Form::new();
        let typed = Fields {
            name: "Sgt. Lee (fictional)".into(),
            unit: "Cyber unit".into(),
        };
        f.fill(&typed);
        assert_eq!(f.value("unit"), "Cyber unit");
        assert_eq!(f.read::<Fields>(), typed);
    }
}
