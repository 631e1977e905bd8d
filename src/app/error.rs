//! Why the workflow refused a transition: a stable code for machines, a
//! message for people in their language, and the HTTP status that fits.
//! A refusal never changed anything.

use crate::i18n::{Locale, Msg};
use crate::store::{CommitError, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No such document for the actor's organisation (or of that kind).
    NotFound,
    /// The actor's role may not do this; the code names who may.
    Role(&'static str),
    /// Only the document's author may do this.
    NotAuthor,
    /// The actor wrote the report, so someone else must decide on it.
    FourEyes,
    /// The document is not in a state that allows this.
    WrongState(String),
    /// The document changed since the revision the caller based this on.
    Stale { current: i64 },
    /// The document does not pass its rules yet; `path` names what is
    /// missing when it is one thing (`attestation`, `destination`).
    NotReady { path: Option<&'static str> },
    /// What the caller typed for the transition itself (an attestation
    /// name, a comment) is wrong: `(field, message)`.
    Invalid(Vec<(&'static str, Msg)>),
}

/// A refusal as an API caller or a page receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    pub path: Option<String>,
}

impl Refusal {
    /// Stable and machine-readable.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NotFound => "not_found",
            Refusal::Role(code) => code,
            Refusal::NotAuthor => "not_author",
            Refusal::FourEyes => "four_eyes",
            Refusal::WrongState(_) => "wrong_state",
            Refusal::Stale { .. } => "stale",
            Refusal::NotReady { .. } => "not_ready",
            Refusal::Invalid(_) => "invalid",
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            Refusal::NotFound => 404,
            Refusal::Role(_) | Refusal::NotAuthor | Refusal::FourEyes => 403,
            Refusal::WrongState(_) => 409,
            Refusal::Stale { .. } => 412,
            Refusal::NotReady { .. } | Refusal::Invalid(_) => 422,
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        match self {
            Refusal::NotFound => locale.t("refusal-not-found"),
            Refusal::Role(code) => locale.t(&format!("refusal-{}", code.replace('_', "-"))),
            Refusal::NotAuthor => locale.t("refusal-not-author"),
            Refusal::FourEyes => locale.t("refusal-four-eyes"),
            Refusal::WrongState(status) => locale.t_args(
                "refusal-wrong-state",
                &[(
                    "status",
                    &locale.t(&format!("status-{}", status.replace('_', "-"))),
                )],
            ),
            Refusal::Stale { .. } => locale.t("refusal-stale"),
            Refusal::NotReady { .. } => locale.t("refusal-not-ready"),
            Refusal::Invalid(problems) => problems
                .first()
                .map(|(_, m)| locale.msg(m))
                .unwrap_or_else(|| locale.t("refusal-invalid")),
        }
    }

    pub fn problem(&self, locale: Locale) -> Problem {
        Problem {
            status: self.status(),
            code: self.code(),
            message: self.message(locale),
            path: match self {
                Refusal::NotReady { path } => path.map(String::from),
                Refusal::Invalid(p) => p.first().map(|(f, _)| f.to_string()),
                _ => None,
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        Error::Internal(anyhow::anyhow!("{e}"))
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Self {
        Error::Refused(r)
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        Error::Internal(e.into())
    }
}

impl From<CommitError> for Error {
    fn from(e: CommitError) -> Self {
        match e {
            CommitError::Missing => Refusal::NotFound.into(),
            CommitError::State(s) => Refusal::WrongState(s).into(),
            CommitError::Stale(current) => Refusal::Stale { current }.into(),
            CommitError::Db(e) => e.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys built from codes are not seen by the locale scan: check them.
    #[test]
    fn every_refusal_speaks_every_language() {
        let refusals = [
            Refusal::NotFound,
            Refusal::Role("officers_only"),
            Refusal::Role("members_only"),
            Refusal::Role("reviewers_only"),
            Refusal::NotAuthor,
            Refusal::FourEyes,
            Refusal::Stale { current: 2 },
            Refusal::NotReady { path: None },
            Refusal::Invalid(Vec::new()),
        ];
        for l in Locale::all() {
            for r in &refusals {
                let m = r.message(l);
                assert!(
                    !m.contains("Unknown") && !m.is_empty(),
                    "{r:?} in {}: {m}",
                    l.tag()
                );
            }
            for s in [
                "draft",
                "final",
                "superseded",
                "in_review",
                "returned",
                "approved",
                "reviewed",
            ] {
                let m = Refusal::WrongState(s.into()).message(l);
                assert!(!m.contains("Unknown"), "{s} in {}: {m}", l.tag());
                assert!(
                    l.has_key(&format!("status-{}", s.replace('_', "-"))),
                    "status-{s}"
                );
            }
        }
    }
}
