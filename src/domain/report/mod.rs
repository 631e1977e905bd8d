//! An APAC CSAM/OCSEA report as a member builds it: the JSON document stored
//! for drafts and accepted by the API. It follows the NCMEC CyberTipline
//! report's structure and order (incident summary, internet details,
//! reported persons, intended recipients, victims, files, additional
//! information), so that an XML export is a mapping, and adds what APAC
//! destinations need. Every part is optional while it is a draft; the rules
//! say what is still missing. Unknown fields are refused.

mod apac;
mod file;
mod hash;
mod incident;
mod ip;
mod moment;
mod person;

pub use apac::{
    Destination, LeContact, LegalBasis, Livestream, Preservation, PriorReport, PriorReportKind,
    Reporter,
};
pub use file::{FileAnnotation, HumanReview, IndustryClassification, Relevance, ReportedFile};
pub use hash::{FileHash, HashKind, HashProblem};
pub use incident::{IncidentSummary, IncidentType, InternetDetail, ReportAnnotation};
pub use ip::{IpEvent, IpEventKind, IpProblem};
pub use moment::{Moment, ZoneName};
pub use person::{
    Account, AgeBasis, AgeIndicators, ContactEmail, ContactPhone, DeviceId, EstimatedLocation,
    Victim,
};

use serde::{Deserialize, Serialize};

/// The version of the report document's schema (`schemas/report.v1.json`).
/// Fields added later default, so older drafts keep loading.
pub const SCHEMA_VERSION: u32 = 1;

fn schema_version() -> u32 {
    SCHEMA_VERSION
}

/// A document of another version has other fields: reading it as this one
/// would silently drop or misread them.
fn known_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u32::deserialize(d)?;
    if v == SCHEMA_VERSION {
        Ok(v)
    } else {
        Err(serde::de::Error::custom(format!(
            "schema_version {v} is not supported; this is version {SCHEMA_VERSION}"
        )))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Report {
    #[serde(default = "schema_version", deserialize_with = "known_version")]
    pub schema_version: u32,
    pub destination: Destination,
    pub incident: IncidentSummary,
    pub internet_details: Vec<InternetDetail>,
    pub reported_persons: Vec<Account>,
    pub intended_recipients: Vec<Account>,
    pub victims: Vec<Victim>,
    pub files: Vec<ReportedFile>,
    pub livestream: Option<Livestream>,
    pub legal_basis: LegalBasis,
    pub preservation: Preservation,
    pub prior_reports: Vec<PriorReport>,
    /// The member checked and found no earlier report to reference.
    pub no_prior_reports: Option<bool>,
    pub reporter: Reporter,
    /// When the member first became aware of the material: the clocks of
    /// the destination's duties run from here.
    pub aware_at: Option<Moment>,
    pub additional_info: String,
    /// Warnings the member read and accepted before submitting, as
    /// acknowledgement keys (`code@path`).
    pub acknowledged: Vec<String>,
}

impl Default for Report {
    fn default() -> Self {
        Report {
            schema_version: SCHEMA_VERSION,
            destination: Destination::default(),
            incident: IncidentSummary::default(),
            internet_details: Vec::new(),
            reported_persons: Vec::new(),
            intended_recipients: Vec::new(),
            victims: Vec::new(),
            files: Vec::new(),
            livestream: None,
            legal_basis: LegalBasis::default(),
            preservation: Preservation::default(),
            prior_reports: Vec::new(),
            no_prior_reports: None,
            reporter: Reporter::default(),
            aware_at: None,
            additional_info: String::new(),
            acknowledged: Vec::new(),
        }
    }
}

impl Report {
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The document as a JSON tree, for the generic rules.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_draft_loads_and_round_trips() {
        let r = Report::from_json("{}").unwrap();
        assert_eq!(r, Report::default());
        assert_eq!(r.schema_version, SCHEMA_VERSION);
        assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    }

    #[test]
    fn unknown_fields_are_refused_at_every_level() {
        assert!(Report::from_json(r#"{"nope":1}"#).is_err());
        assert!(Report::from_json(r#"{"reported_persons":[{"nope":1}]}"#).is_err());
        assert!(
            Report::from_json(r#"{"internet_details":[{"kind":"web_page","nope":1}]}"#).is_err()
        );
        let ok = Report::from_json(
            r#"{"internet_details":[{"kind":"web_page","urls":["https://example.test/a"]}]}"#,
        )
        .unwrap();
        assert_eq!(ok.internet_details.len(), 1);
    }

    #[test]
    fn no_field_takes_file_content() {
        // A file is its hashes and metadata; there is nowhere to put bytes.
        assert!(Report::from_json(r#"{"files":[{"content":"iVBORw0KGgo="}]}"#).is_err());
        assert!(Report::from_json(r#"{"files":[{"data":"AAAA"}]}"#).is_err());
    }
}
