//! What an APAC destination needs beyond NCMEC's model: who receives the
//! report, livestream facts, the local legal basis and preservation.

use serde::{Deserialize, Serialize};

use super::moment::{Moment, ZoneName};
use crate::domain::country::CountryCode;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Destination {
    /// The jurisdiction whose rule pack applies.
    pub jurisdiction: Option<CountryCode>,
    /// The authority's id in the rule pack.
    pub authority: String,
    /// The receiving office's zone, where the country has several; the
    /// jurisdiction's first zone otherwise.
    pub zone: Option<ZoneName>,
    /// Whether the report is also filed with NCMEC's CyberTipline.
    pub also_to_ncmec: Option<bool>,
}

/// A livestream during which abuse happened or was arranged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Livestream {
    pub session_id: String,
    pub started_at: Option<Moment>,
    pub ended_at: Option<Moment>,
    pub viewer_count: Option<u32>,
    /// Internal ids or screen names of viewers who paid or directed.
    pub viewer_accounts: Vec<String>,
    /// VPNs, Tor or other anonymising services seen on the session.
    pub anonymisation_services: Vec<String>,
    pub recorded: Option<bool>,
}

/// The local law the report is made under, as the member understands it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LegalBasis {
    /// The provision, e.g. a duty id from the rule pack or a statute section.
    pub provision: String,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preservation {
    pub preserved: Option<bool>,
    pub preserved_at: Option<Moment>,
    /// The member's own reference for the preserved data.
    pub reference: String,
    /// When an authority's notice or order was received, for duties that
    /// run from it rather than from awareness.
    pub notice_received_at: Option<Moment>,
}

/// An earlier report about the same people or content.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PriorReport {
    pub reference: String,
    pub kind: Option<PriorReportKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorReportKind {
    Cybertipline,
    LocalAuthority,
    Other,
}

/// Who reports, and who police can call at any hour.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reporter {
    pub organisation: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub le_contact: LeContact,
    /// How long the member keeps the reported data.
    pub retention_days: Option<u32>,
    /// Where the member explains how to serve legal process.
    pub legal_process_url: String,
    /// Colleagues copied on the delivery: at most five, on the member's
    /// own email domain.
    pub cc: Vec<String>,
}

/// The member's law-enforcement contact for follow-up, day and night.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LeContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub around_the_clock: Option<bool>,
}
