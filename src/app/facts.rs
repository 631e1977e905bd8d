//! The facts statistics count about a finished document, taken from it once
//! when it finishes, so reporting never reads the documents' JSON.

use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::request_type::RequestType;
use crate::domain::time;
use crate::i18n::enum_str;
use crate::rules::Outcome;
use crate::store::{Document, Facts};

fn some(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// An attested request: attested at `at`.
pub fn of_request(doc: &Document, r: &RecordsRequest, at: jiff::Timestamp) -> Facts {
    let at = time::to_db(at);
    Facts {
        kind: "request".into(),
        training: doc.training,
        company_id: r.company_id.clone(),
        entity: r.entity.clone(),
        request_type: r.request_type.map(|t| enum_str(&t)),
        urgent: r.request_type == Some(RequestType::Emergency),
        created_at: doc.created_at.clone(),
        submitted_at: Some(at.clone()),
        finalised_at: at,
        ..Facts::default()
    }
}

/// A report approved at `at`, submitted at `submitted`, checked as
/// `outcome` says.
pub fn of_report(
    doc: &Document,
    r: &Report,
    outcome: &Outcome,
    submitted: Option<String>,
    at: jiff::Timestamp,
) -> Facts {
    let i = &r.incident;
    Facts {
        kind: "report".into(),
        training: doc.training,
        jurisdiction: r.destination.jurisdiction.map(|c| c.to_string()),
        authority: some(&r.destination.authority),
        harm: some(&i.harm),
        incident_type: i.incident_type.map(|t| enum_str(&t)),
        annotations: i.report_annotations.iter().map(enum_str).collect(),
        urgent: i.child_at_imminent_risk == Some(true),
        created_at: doc.created_at.clone(),
        occurred_at: i.occurred_at.as_ref().map(|m| time::to_db(m.at)),
        aware_at: r.aware_at.as_ref().map(|m| time::to_db(m.at)),
        submitted_at: submitted,
        finalised_at: time::to_db(at),
        score: Some(i64::from(outcome.checklist.score)),
        pack_version: some(&outcome.pack_version),
        ..Facts::default()
    }
}
