//! One `<fileDetails>` document per reported file. NCMEC ties it to the
//! file its `/upload` returned, so `reportId` and `fileId` are added by
//! whoever uploads the file from the member's evidence store: casebridge
//! never holds the file.

use super::Xml;
use super::person::{ip_event, time};
use crate::domain::report::{
    FileAnnotation, HashKind, IndustryClassification, Relevance, ReportedFile,
};

const ANNOTATION_ORDER: [(FileAnnotation, &str); 10] = [
    (
        FileAnnotation::AnimeDrawingVirtualHentai,
        "animeDrawingVirtualHentai",
    ),
    (FileAnnotation::PotentialMeme, "potentialMeme"),
    (FileAnnotation::Viral, "viral"),
    (
        FileAnnotation::PossibleSelfProduction,
        "possibleSelfProduction",
    ),
    (FileAnnotation::PhysicalHarm, "physicalHarm"),
    (FileAnnotation::ViolenceGore, "violenceGore"),
    (FileAnnotation::Bestiality, "bestiality"),
    (FileAnnotation::LiveStreaming, "liveStreaming"),
    (FileAnnotation::Infant, "infant"),
    (FileAnnotation::GenerativeAi, "generativeAi"),
];

fn relevance(r: Relevance) -> &'static str {
    match r {
        Relevance::Reported => "Reported",
        Relevance::SupplementalReported => "Supplemental Reported",
    }
}

fn classification(c: IndustryClassification) -> &'static str {
    match c {
        IndustryClassification::A1 => "A1",
        IndustryClassification::A2 => "A2",
        IndustryClassification::B1 => "B1",
        IndustryClassification::B2 => "B2",
    }
}

/// Binary hashes NCMEC takes as `originalFileHash`; perceptual ones go in
/// `details` as HASH pairs.
fn is_binary(k: HashKind) -> bool {
    matches!(k, HashKind::Md5 | HashKind::Sha1 | HashKind::Sha256)
}

/// Who viewed the file, when, against which hash list: the attestation the
/// reviewing member made.
fn attestation(f: &ReportedFile) -> String {
    let Some(r) = f.review.as_ref().filter(|_| f.review_attested()) else {
        return String::new();
    };
    let mut s = format!("Viewed by a person at the company: {}", r.reviewer.trim());
    if let Some(at) = &r.at {
        s.push_str(&format!(", {}", time(at)));
    }
    if !r.hash_list.trim().is_empty() {
        s.push_str(&format!("; hash list: {}", r.hash_list.trim()));
    }
    s.push('.');
    s
}

pub fn file_xml(f: &ReportedFile) -> String {
    let mut x = Xml::new();
    x.open("fileDetails", &[]);
    x.text("originalFileName", &f.file_name);
    x.text(
        "uploadedToEspTimestamp",
        &f.uploaded_at.as_ref().map(time).unwrap_or_default(),
    );
    x.text("locationOfFile", &f.location_url);
    x.boolean("fileViewedByEsp", f.viewed_by_person);
    x.boolean("exifViewedByEsp", f.exif_viewed);
    x.boolean("publiclyAvailable", f.publicly_available);
    x.text("fileRelevance", f.relevance.map_or("", relevance));
    if !f.annotations.is_empty() {
        x.open("fileAnnotations", &[]);
        for (_, tag) in ANNOTATION_ORDER
            .iter()
            .filter(|(a, _)| f.annotations.contains(a))
        {
            x.flag(tag);
        }
        x.close();
    }
    x.text(
        "industryClassification",
        f.industry_classification.map_or("", classification),
    );
    for h in f.hashes.iter().filter(|h| is_binary(h.kind)) {
        x.text_with(
            "originalFileHash",
            &h.value,
            &[("hashType", h.kind.ncmec_name().into())],
        );
    }
    if let Some(e) = &f.ip_event {
        ip_event(&mut x, e);
    }
    let perceptual: Vec<_> = f.hashes.iter().filter(|h| !is_binary(h.kind)).collect();
    if !perceptual.is_empty() {
        x.open("details", &[]);
        for h in perceptual {
            x.open("nameValuePair", &[("type", "HASH".into())]);
            x.text("name", h.kind.ncmec_name());
            x.text("value", &h.value);
            x.close();
        }
        x.close();
    }
    x.text("additionalInfo", &attestation(f));
    x.text("additionalInfo", &f.additional_info);
    x.finish()
}
