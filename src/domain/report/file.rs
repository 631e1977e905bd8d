//! Files described by hashes and metadata (NCMEC `fileDetails`), never by
//! content.

use serde::{Deserialize, Serialize};

use super::hash::FileHash;
use super::ip::IpEvent;
use super::moment::Moment;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportedFile {
    pub file_name: String,
    pub hashes: Vec<FileHash>,
    /// Whether a person at the platform looked at the file. Courts have
    /// suppressed evidence that nobody at the platform had opened.
    pub viewed_by_person: Option<bool>,
    /// Who viewed it and when; needed when `viewed_by_person` is true.
    pub review: Option<HumanReview>,
    pub exif_viewed: Option<bool>,
    pub publicly_available: Option<bool>,
    pub relevance: Option<Relevance>,
    pub annotations: Vec<FileAnnotation>,
    pub industry_classification: Option<IndustryClassification>,
    pub uploaded_at: Option<Moment>,
    /// Where the file was hosted (a URL), not the file.
    pub location_url: String,
    pub ip_event: Option<IpEvent>,
    pub additional_info: String,
}

/// The reviewer's attestation that they viewed the file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HumanReview {
    pub reviewer: String,
    pub at: Option<Moment>,
    /// The hash list the file matched, if it was found by matching.
    pub hash_list: String,
}

impl ReportedFile {
    /// Viewed, with the reviewer's name and time recorded.
    pub fn review_attested(&self) -> bool {
        self.viewed_by_person == Some(true)
            && self
                .review
                .as_ref()
                .is_some_and(|r| !r.reviewer.trim().is_empty() && r.at.is_some())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relevance {
    Reported,
    /// Context for a reported file; NCMEC forbids a classification on it.
    SupplementalReported,
}

/// NCMEC `fileAnnotations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileAnnotation {
    AnimeDrawingVirtualHentai,
    PotentialMeme,
    Viral,
    PossibleSelfProduction,
    PhysicalHarm,
    ViolenceGore,
    Bestiality,
    LiveStreaming,
    Infant,
    GenerativeAi,
}

/// The industry classification: A prepubescent, B pubescent; 1 a sex act,
/// 2 lascivious exhibition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IndustryClassification {
    A1,
    A2,
    B1,
    B2,
}
