//! One thing the rules found in a document (a report or a records request):
//! how serious, where (a JSON path and the builder page that changes it),
//! what (a stable code) and a message to render in the reader's language.
//! Both builders, both APIs and both check pages speak this one vocabulary.

use serde::Serialize;

use crate::i18n::{Locale, Msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The report cannot go as it is.
    Error,
    /// The report can go, but police may have to write back.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// A JSON path into the report: `reported_persons[0].ip_events[1].port`.
    pub path: String,
    /// Stable and machine-readable: `missing_port_reason`, `national_id`, ...
    pub code: &'static str,
    pub message: Msg,
    /// The pack rule behind the finding, if one is.
    pub rule: Option<String>,
    /// The builder page that changes the answer, under the document's
    /// address (`targets`, `accounts/0/ip-events`); empty for none.
    pub step: String,
}

impl Finding {
    pub fn error(path: impl Into<String>, code: &'static str, message: Msg) -> Self {
        Finding {
            severity: Severity::Error,
            path: path.into(),
            code,
            message,
            rule: None,
            step: String::new(),
        }
    }

    pub fn warning(path: impl Into<String>, code: &'static str, message: Msg) -> Self {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(path, code, message)
        }
    }

    /// What an acknowledgement of this warning is stored as: it changes
    /// when the warning moves to another field, so an old acknowledgement
    /// does not cover a new problem.
    pub fn ack_key(&self) -> String {
        format!("{}@{}", self.code, self.path)
    }

    pub fn with_step(mut self, step: impl Into<String>) -> Self {
        self.step = step.into();
        self
    }

    pub fn with_rule(mut self, id: &str) -> Self {
        self.rule = Some(id.to_string());
        self
    }

    pub fn with_named(mut self, arg: &'static str, keys: Vec<&'static str>) -> Self {
        self.message.named.push((arg, keys));
        self
    }

    /// The message in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        locale.msg(&self.message)
    }
}
