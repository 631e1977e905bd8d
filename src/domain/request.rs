//! A records request as the officer builds it: the JSON document stored for
//! drafts and finished requests. Every part is optional while it is a draft;
//! the builder fills it step by step.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::identifier::IdentifierKind;
use super::legal_basis::LegalBasis;
use super::request_type::RequestType;

/// The version of the request document's schema. Fields added later default,
/// so older drafts keep loading.
pub const SCHEMA_VERSION: i64 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecordsRequest {
    /// The company's id in the directory.
    pub company_id: Option<String>,
    /// The legal entity the request is addressed to.
    pub entity: Option<String>,
    /// Where the account holder is believed to be, when the officer says:
    /// decides which of a company's entities answers for them, for every
    /// target that names no country of its own. Written only when given,
    /// so requests made before the question existed read the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder_country: Option<CountryCode>,
    pub request_type: Option<RequestType>,
    pub legal_basis: Option<LegalBasis>,
    pub requester: Option<Requester>,
    pub preservation: Option<Preservation>,
    pub targets: Vec<Target>,
    pub data: Option<DataScope>,
    pub emergency: Option<Emergency>,
    pub non_disclosure: Option<NonDisclosure>,
    pub legal_process: Option<LegalProcessFile>,
    /// Warnings the officer has read and accepted, as `code@path`.
    pub acknowledged: Vec<String>,
    pub attestation: Option<Attestation>,
}

/// An instant and the IANA zone it was entered in: stored in UTC, shown in
/// both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZonedTime {
    pub utc: Timestamp,
    pub zone: String,
    /// The seconds were entered (a log line gives them), rather than the
    /// time being known to the minute only. Written only when true, so
    /// documents made before seconds existed read the same.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub seconds: bool,
}

impl ZonedTime {
    /// The entered time; its seconds count as given when they are not zero
    /// (use [`ZonedTime::with_seconds`] when the form says so).
    pub fn from_zoned(z: &jiff::Zoned) -> Self {
        let utc = super::time::round(z.timestamp());
        ZonedTime {
            utc,
            zone: z.time_zone().iana_name().unwrap_or("UTC").to_string(),
            seconds: utc.as_second().rem_euclid(60) != 0,
        }
    }

    /// Records whether the seconds were typed, `:00` included.
    pub fn with_seconds(mut self, given: bool) -> Self {
        self.seconds = self.seconds || given;
        self
    }

    /// Whether the time is known to the second: entered with seconds, or
    /// carrying seconds other than `:00` (documents from the API).
    pub fn to_the_second(&self) -> bool {
        self.seconds
            || self.utc.as_second().rem_euclid(60) != 0
            || self.utc.subsec_nanosecond() != 0
    }

    /// The instant in its own zone; `None` when the zone is unknown.
    pub fn local(&self) -> Option<jiff::Zoned> {
        let tz = super::time::zone(&self.zone)?;
        Some(self.utc.to_zoned(tz))
    }
}

/// The period a target's records are wanted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub start: ZonedTime,
    pub end: ZonedTime,
}

/// One identifier the company should look up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub kind: IdentifierKind,
    /// Normalised: E.164 phone, canonical URL, canonical IP, digits-only IMEI.
    pub value: String,
    /// Where the account holder is believed to be: decides which legal
    /// entity answers for them, and reads national phone numbers.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// For IP addresses: the source port, which CGNAT makes necessary.
    #[serde(default)]
    pub port: Option<u16>,
    /// For IP addresses: when the address was seen, to the minute or better.
    #[serde(default)]
    pub observed_at: Option<ZonedTime>,
    #[serde(default)]
    pub window: Option<Window>,
    /// Context the company needs to find the right account.
    #[serde(default)]
    pub note: String,
}

/// The kinds of records asked for. Each maps to the legal process the
/// company needs for it (see the directory's process rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordCategory {
    Subscriber,
    IpLogs,
    Metadata,
    Location,
    Content,
}

impl RecordCategory {
    pub const ALL: [RecordCategory; 5] = [
        RecordCategory::Subscriber,
        RecordCategory::IpLogs,
        RecordCategory::Metadata,
        RecordCategory::Location,
        RecordCategory::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordCategory::Subscriber => "subscriber",
            RecordCategory::IpLogs => "ip_logs",
            RecordCategory::Metadata => "metadata",
            RecordCategory::Location => "location",
            RecordCategory::Content => "content",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            RecordCategory::Subscriber => "category-subscriber",
            RecordCategory::IpLogs => "category-ip-logs",
            RecordCategory::Metadata => "category-metadata",
            RecordCategory::Location => "category-location",
            RecordCategory::Content => "category-content",
        }
    }

    /// Whether this category can be asked for in a request of type `t`:
    /// preservation and emergency requests may cover anything; the others
    /// only what their process reaches.
    pub fn fits(self, t: RequestType) -> bool {
        use RecordCategory::*;
        match t {
            RequestType::Preservation | RequestType::Emergency | RequestType::Content => true,
            RequestType::Subscriber => self == Subscriber,
            RequestType::Traffic => matches!(self, Subscriber | IpLogs | Metadata),
        }
    }
}

/// Data categories and the date range of the records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataScope {
    pub categories: Vec<RecordCategory>,
    pub start: ZonedTime,
    pub end: ZonedTime,
    /// Exactly which records, in the officer's words.
    #[serde(default)]
    pub details: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmergencyNature {
    ThreatToLife,
    SelfHarm,
    ChildAtRisk,
    Kidnapping,
    Terrorism,
    Other,
}

impl EmergencyNature {
    pub const ALL: [EmergencyNature; 6] = [
        EmergencyNature::ChildAtRisk,
        EmergencyNature::ThreatToLife,
        EmergencyNature::SelfHarm,
        EmergencyNature::Kidnapping,
        EmergencyNature::Terrorism,
        EmergencyNature::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EmergencyNature::ThreatToLife => "threat_to_life",
            EmergencyNature::SelfHarm => "self_harm",
            EmergencyNature::ChildAtRisk => "child_at_risk",
            EmergencyNature::Kidnapping => "kidnapping",
            EmergencyNature::Terrorism => "terrorism",
            EmergencyNature::Other => "other",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            EmergencyNature::ThreatToLife => "emergency-nature-threat-to-life",
            EmergencyNature::SelfHarm => "emergency-nature-self-harm",
            EmergencyNature::ChildAtRisk => "emergency-nature-child-at-risk",
            EmergencyNature::Kidnapping => "emergency-nature-kidnapping",
            EmergencyNature::Terrorism => "emergency-nature-terrorism",
            EmergencyNature::Other => "emergency-nature-other",
        }
    }
}

/// The facts a company weighs before disclosing without process.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Emergency {
    pub nature: Option<EmergencyNature>,
    /// What shows the harm is imminent: what, when, and how it became known.
    pub imminence: String,
    /// Who is at risk and how they relate to the target.
    pub person_at_risk: String,
    /// Why a court order or treaty request would come too late.
    pub why_urgent: String,
    /// A number answered at any hour, E.164.
    pub callback: String,
    pub supervisor_name: String,
    /// The supervisor's official email or phone.
    pub supervisor_contact: String,
}

/// Whether the company is asked not to tell the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NonDisclosure {
    pub requested: bool,
    /// The order or provision that forbids or delays notice.
    pub basis: String,
    /// When the restriction ends, if it does.
    pub until: Option<Date>,
}

/// The signed legal process, described; its bytes are stored beside the
/// request and go into the package unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalProcessFile {
    pub file_name: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the file as uploaded.
    pub sha256: String,
    #[serde(default)]
    pub signed_on: Option<Date>,
    #[serde(default)]
    pub signatory: String,
    /// In English, or with an English translation inside.
    #[serde(default)]
    pub english: bool,
}

impl LegalProcessFile {
    /// The size as people read it ("31.9 KB").
    pub fn size_text(&self) -> String {
        super::size::readable(self.size)
    }
}

/// The officer's declaration that makes the request final.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attestation {
    pub name: String,
    pub at: Timestamp,
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
#[serde(default, deny_unknown_fields)]
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
    /// Colleagues copied on the delivery: at most five, on the same
    /// domains as `email`.
    pub cc: Vec<String>,
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
            ..RecordsRequest::default()
        };
        assert_eq!(RecordsRequest::from_json(&r.to_json()).unwrap(), r);
        // A draft saved before a field existed still loads.
        let old = RecordsRequest::from_json(r#"{"company_id":"meta"}"#).unwrap();
        assert_eq!(old.company_id.as_deref(), Some("meta"));
        assert_eq!(old.request_type, None);
    }

    #[test]
    fn seconds_are_remembered_only_when_given() {
        let tz = jiff::tz::TimeZone::get("Asia/Manila").unwrap();
        let minute: jiff::Zoned = "2026-11-01T10:15:00+08:00[Asia/Manila]".parse().unwrap();
        let t = ZonedTime::from_zoned(&minute.with_time_zone(tz.clone()));
        assert!(!t.to_the_second());
        // An older document has no "seconds" key and reads the same back.
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            r#"{"utc":"2026-11-01T02:15:00Z","zone":"Asia/Manila"}"#
        );
        let typed = t.clone().with_seconds(true);
        assert!(typed.to_the_second());
        let json = serde_json::to_string(&typed).unwrap();
        assert_eq!(
            json,
            r#"{"utc":"2026-11-01T02:15:00Z","zone":"Asia/Manila","seconds":true}"#
        );
        assert_eq!(serde_json::from_str::<ZonedTime>(&json).unwrap(), typed);
        let log: jiff::Zoned = "2026-11-01T10:15:07+08:00[Asia/Manila]".parse().unwrap();
        assert!(ZonedTime::from_zoned(&log).to_the_second());
        let utc = ZonedTime {
            utc: "2026-11-01T02:15:07Z".parse().unwrap(),
            zone: "UTC".into(),
            seconds: false,
        };
        assert_eq!(utc.local().unwrap().second(), 7);
    }
}
