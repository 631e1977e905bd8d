//! A records request as the officer builds it: the JSON document stored for
//! drafts and finished requests. Every part is optional while it is a draft;
//! the builder fills it step by step.

use serde::{Deserialize, Serialize};

use super::legal_basis::LegalBasis;
use super::request_type::RequestType;

/// The version of the request document's schema. Fields added later default,
/// so older drafts keep loading.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordsRequest {
    /// The company's id in the directory.
    pub company_id: Option<String>,
    /// The legal entity the request is addressed to.
    pub entity: Option<String>,
    pub request_type: Option<RequestType>,
    pub legal_basis: Option<LegalBasis>,
    pub requester: Option<Requester>,
    pub preservation: Option<Preservation>,
}

/// For preservation requests: a first request, or an extension of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Preservation {
    Original,
    Extension {
        /// The company's reference for the original preservation.
        original_reference: String,
        /// When the original preservation runs out.
        original_expiry: jiff::civil::Date,
    },
}

/// The officer and agency making the request, as companies need them to
/// verify it and to answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Requester {
    pub name: String,
    pub rank: String,
    pub badge: String,
    /// An address on a government domain of the agency's country.
    pub email: String,
    /// E.164.
    pub phone: String,
    pub agency: String,
    pub unit: String,
    pub case_number: String,
    pub offence: String,
}

impl RecordsRequest {
    /// A short title for lists: "TikTok – Preservation".
    pub fn title(&self, company_name: Option<&str>, type_label: Option<&str>) -> String {
        match (company_name, type_label) {
            (Some(c), Some(t)) => format!("{c} – {t}"),
            (Some(c), None) => c.to_string(),
            _ => String::new(),
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reads_older_drafts() {
        let r = RecordsRequest {
            company_id: Some("tiktok".into()),
            entity: Some("TikTok Pte. Ltd.".into()),
            request_type: Some(RequestType::Preservation),
            legal_basis: None,
            requester: None,
            preservation: None,
        };
        assert_eq!(RecordsRequest::from_json(&r.to_json()).unwrap(), r);
        // A draft saved before a field existed still loads.
        let old = RecordsRequest::from_json(r#"{"company_id":"meta"}"#).unwrap();
        assert_eq!(old.company_id.as_deref(), Some("meta"));
        assert_eq!(old.request_type, None);
    }
}
