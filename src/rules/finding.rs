//! One thing the rules found in a report: where, what (a stable code) and a
//! message to render in the reader's language.

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
    /// Arguments whose values are Fluent keys of names (national-ID kinds),
    /// translated and joined when rendered.
    pub named: Vec<(&'static str, Vec<&'static str>)>,
    /// The pack rule behind the finding, if one is.
    pub rule: Option<String>,
}

impl Finding {
    pub fn error(path: impl Into<String>, code: &'static str, message: Msg) -> Self {
        Finding {
            severity: Severity::Error,
            path: path.into(),
            code,
            message,
            named: Vec::new(),
            rule: None,
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

    pub fn with_rule(mut self, id: &str) -> Self {
        self.rule = Some(id.to_string());
        self
    }

    pub fn with_named(mut self, arg: &'static str, keys: Vec<&'static str>) -> Self {
        self.named.push((arg, keys));
        self
    }

    /// The message in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let names: Vec<(&str, String)> = self
            .named
            .iter()
            .map(|(arg, keys)| {
                let joined = keys
                    .iter()
                    .map(|k| locale.t(k))
                    .collect::<Vec<_>>()
                    .join(" / ");
                (*arg, joined)
            })
            .collect();
        let mut args: Vec<(&str, &str)> = self
            .message
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        args.extend(names.iter().map(|(k, v)| (*k, v.as_str())));
        locale.t_args(self.message.key, &args)
    }
}
