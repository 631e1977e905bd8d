//! What happened and where on the internet (NCMEC `incidentSummary` and
//! `internetDetails`).

use serde::{Deserialize, Serialize};

use super::ip::IpEvent;
use super::moment::Moment;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IncidentSummary {
    /// The harm category's id in `data/taxonomy.toml`.
    pub harm: String,
    pub incident_type: Option<IncidentType>,
    pub report_annotations: Vec<ReportAnnotation>,
    /// The product surface: direct messages, livestream, groups, ...
    pub platform: String,
    pub occurred_at: Option<Moment>,
    /// What the time means: upload, detection, message sent, ...
    pub time_description: String,
    /// Whether a child is at imminent risk. When true, an escalation reason
    /// is required: it raises the report's priority.
    pub child_at_imminent_risk: Option<bool>,
    pub escalation_reason: String,
}

/// NCMEC's eight incident types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentType {
    ChildPornography,
    ChildSexTrafficking,
    ChildSexTourism,
    ChildSexualMolestation,
    MisleadingDomainName,
    MisleadingWordsOrDigitalImages,
    OnlineEnticement,
    UnsolicitedObsceneMaterialSentToChild,
}

impl IncidentType {
    /// The value NCMEC's schema uses. Check it against the live XSD before
    /// an export: the two open-source clients spell enticement differently.
    pub fn ncmec_value(self) -> &'static str {
        match self {
            IncidentType::ChildPornography => {
                "Child Pornography (possession, manufacture, and distribution)"
            }
            IncidentType::ChildSexTrafficking => "Child Sex Trafficking",
            IncidentType::ChildSexTourism => "Child Sex Tourism",
            IncidentType::ChildSexualMolestation => "Child Sexual Molestation",
            IncidentType::MisleadingDomainName => "Misleading Domain Name",
            IncidentType::MisleadingWordsOrDigitalImages => {
                "Misleading Words or Digital Images on the Internet"
            }
            IncidentType::OnlineEnticement => "Online Enticement of Children for Sexual Acts",
            IncidentType::UnsolicitedObsceneMaterialSentToChild => {
                "Unsolicited Obscene Material Sent to a Child"
            }
        }
    }
}

/// NCMEC `reportAnnotations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportAnnotation {
    Sextortion,
    CsamSolicitation,
    MinorToMinorInteraction,
    Spam,
    SadisticOnlineExploitation,
    Informational,
}

/// Where the incident happened: exactly one kind per entry, as in NCMEC's
/// `internetDetails`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum InternetDetail {
    WebPage {
        #[serde(default)]
        urls: Vec<String>,
        #[serde(default)]
        third_party_hosted: Option<bool>,
        #[serde(default)]
        additional_info: String,
    },
    Email {
        #[serde(default)]
        addresses: Vec<String>,
        #[serde(default)]
        additional_info: String,
    },
    ChatIm {
        #[serde(default)]
        client: String,
        #[serde(default)]
        room: String,
        #[serde(default)]
        additional_info: String,
    },
    OnlineGaming {
        #[serde(default)]
        game: String,
        #[serde(default)]
        console: String,
        #[serde(default)]
        additional_info: String,
    },
    CellPhone {
        #[serde(default)]
        phone: String,
        #[serde(default)]
        additional_info: String,
    },
    PeerToPeer {
        #[serde(default)]
        client: String,
        #[serde(default)]
        ip_events: Vec<IpEvent>,
        #[serde(default)]
        file_names: Vec<String>,
    },
    NonInternet {
        #[serde(default)]
        location_name: String,
        #[serde(default)]
        address: String,
    },
}
