//! The people in a report: reported accounts, intended recipients and
//! victims, with the identifiers police use to find them.

use serde::{Deserialize, Serialize};

use super::ip::IpEvent;
use crate::domain::country::CountryCode;

/// A reported account or an intended recipient (NCMEC `personOrUserReported`,
/// `intendedRecipient`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Account {
    /// The platform's internal user id (NCMEC `espIdentifier`).
    pub esp_identifier: String,
    /// The product or service the account belongs to.
    pub service: String,
    pub screen_name: String,
    pub display_name: String,
    pub profile_urls: Vec<String>,
    pub emails: Vec<ContactEmail>,
    pub phones: Vec<ContactPhone>,
    pub ip_events: Vec<IpEvent>,
    pub device_ids: Vec<DeviceId>,
    pub estimated_location: Option<EstimatedLocation>,
    /// The account may have been taken over from its owner.
    pub compromised: Option<bool>,
    pub additional_info: String,
}

impl Account {
    /// Any identifier at all that points at the account.
    pub fn has_identifier(&self) -> bool {
        !self.esp_identifier.trim().is_empty()
            || !self.screen_name.trim().is_empty()
            || !self.profile_urls.is_empty()
            || !self.emails.is_empty()
            || !self.phones.is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactEmail {
    pub address: String,
    /// The platform confirmed that the user controls the address.
    pub verified: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactPhone {
    /// E.164, with the country calling code.
    pub number: String,
    pub verified: Option<bool>,
}

/// A device identifier: IMEI, advertising id, ICCID and the like.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeviceId {
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EstimatedLocation {
    pub city: String,
    pub region: String,
    pub country_code: Option<CountryCode>,
    /// Verified (billing address, GPS) rather than inferred from an IP.
    pub verified: Option<bool>,
}

impl EstimatedLocation {
    pub fn is_empty(&self) -> bool {
        self.city.trim().is_empty() && self.region.trim().is_empty() && self.country_code.is_none()
    }
}

/// A child victim, as far as the platform knows them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Victim {
    pub esp_identifier: String,
    pub screen_name: String,
    pub display_name: String,
    pub profile_urls: Vec<String>,
    pub age: AgeIndicators,
    pub school_name: String,
    pub estimated_location: Option<EstimatedLocation>,
    pub emails: Vec<ContactEmail>,
    pub phones: Vec<ContactPhone>,
    pub ip_events: Vec<IpEvent>,
    pub device_ids: Vec<DeviceId>,
    pub additional_info: String,
}

/// What suggests the victim's age. Police triage on it: a younger child is
/// a more urgent case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AgeIndicators {
    /// The age the child gave or the account shows.
    pub stated: Option<u8>,
    /// An estimated range, for example from a reviewer's assessment.
    pub estimated_min: Option<u8>,
    pub estimated_max: Option<u8>,
    pub basis: Vec<AgeBasis>,
    pub note: String,
}

impl AgeIndicators {
    pub fn is_empty(&self) -> bool {
        self.stated.is_none() && self.estimated_min.is_none() && self.estimated_max.is_none()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBasis {
    SelfDeclared,
    AccountBirthDate,
    ReviewerAssessment,
    SchoolOrGrade,
    Other,
}
