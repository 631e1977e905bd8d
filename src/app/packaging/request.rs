//! The package of a finished records request: the JSON envelope, the
//! bilingual PDF and the ZIP with the signed legal process.

use crate::app::projection::request::parts;
use crate::directory::{Directory, Entity};
use crate::domain::country::CountryCode;
use crate::domain::request::{RecordsRequest, SCHEMA_VERSION};
use crate::domain::request_type::RequestType;
use crate::i18n::Locale;
use crate::package::{
    self, Attachment, Block, EnvelopeMeta, Label, Package, PackageError, PdfInput, Section,
};

/// The schema id written into the envelope of every records request.
pub const SCHEMA_ID: &str = "casebridge.records-request";

/// The recipient's language where casebridge has it: the first language of
/// the entity's country that is a casebridge locale other than English.
pub fn recipient_locale(directory: &Directory, entity: &Entity) -> Option<Locale> {
    Locale::reader_of(&directory.jurisdiction(entity.country)?.languages)
}

/// The zone the recipient reads times in: the first of the entity's
/// country when casebridge knows it, else UTC.
fn recipient_zone(directory: &Directory, entity: Option<&Entity>) -> jiff::tz::TimeZone {
    entity
        .and_then(|e| directory.jurisdiction(e.country))
        .map(|j| j.default_zone().tz().clone())
        .unwrap_or(jiff::tz::TimeZone::UTC)
}

/// The request laid out for the PDF: labels in English and the recipient's
/// language, values as entered (choices in English), identifiers as a table.
/// `officer_country` decides how Han characters in the values are drawn
/// (the officer typed them).
fn pdf_input(
    directory: &Directory,
    r: &RecordsRequest,
    sender: String,
    officer_country: CountryCode,
    training: bool,
) -> PdfInput {
    let company = r.company_id.as_deref().and_then(|c| directory.company(c));
    let entity = company.and_then(|c| {
        r.entity
            .as_deref()
            .and_then(|name| c.entities.iter().find(|e| e.name == name))
    });
    let local = entity.and_then(|e| recipient_locale(directory, e));
    let label = |key: &str| Label::from_key(key, local);
    let mut sections = super::sections(|values| parts(directory, values, r), local);
    // An emergency's facts open the cover, under a banner, where the duty
    // officer who opens the PDF sees them first.
    let cover_alert = match r.request_type {
        Some(RequestType::Emergency) => {
            let at = sections
                .iter()
                .position(|s| s.heading.en == Locale::ENGLISH.t("request-step-emergency"));
            at.map(|i| {
                let facts = sections.remove(i);
                Section {
                    heading: label("package-emergency"),
                    blocks: facts.blocks,
                }
            })
        }
        _ => None,
    };
    if let Some(a) = &r.attestation {
        sections.push(attestation(a, local));
    }
    // "Records request: Preservation" in each language, the type included.
    let kind_in = |l: Locale| {
        let kind = r
            .request_type
            .map(|t| l.t(t.label_key()))
            .unwrap_or_default();
        l.t_args("package-request-kind", &[("kind", &kind)])
    };
    let en_kind = kind_in(Locale::ENGLISH);
    let document_kind = Label {
        local: local.map(kind_in).filter(|l| *l != en_kind),
        en: en_kind,
    };
    let recipient = match (entity, company) {
        (Some(e), Some(c)) => match c.intake.published() {
            Some(address) => format!("{} ({address})", e.name),
            None => e.name.clone(),
        },
        _ => String::new(),
    };
    PdfInput {
        document_kind,
        package_id: uuid::Uuid::nil(),
        document_reference: None,
        sender,
        recipient,
        created: jiff::Timestamp::UNIX_EPOCH,
        recipient_zone: recipient_zone(directory, entity),
        json_sha256: String::new(),
        sections,
        cover_alert,
        training,
        recipient_locale: local,
        content_language: directory
            .jurisdiction(officer_country)
            .and_then(|j| j.languages.first().cloned()),
    }
}

/// The attestation with the statements the officer confirmed, in English
/// and the recipient's language, so it never stands as a bare name.
fn attestation(a: &crate::domain::request::Attestation, local: Option<Locale>) -> Section {
    let label = |key: &str| Label::from_key(key, local);
    let statements = |l: Locale| {
        format!(
            "{}\n– {}\n– {}\n– {}",
            l.t("request-attest-declarations"),
            l.t("request-attest-official"),
            l.t("request-attest-accurate"),
            l.t("request-attest-lawful")
        )
    };
    let mut confirmed = statements(Locale::ENGLISH);
    if let Some(l) = local.filter(|l| *l != Locale::ENGLISH) {
        let translated = statements(l);
        if translated != confirmed {
            confirmed = format!("{confirmed}\n\n{translated}");
        }
    }
    Section {
        heading: label("package-request-attestation"),
        blocks: vec![
            Block::Row {
                label: label("package-request-attested-statements"),
                value: confirmed,
            },
            Block::Row {
                label: label("package-request-attested-by"),
                value: a.name.clone(),
            },
            Block::Row {
                label: label("package-request-attested-at"),
                value: a.at.strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
            },
        ],
    }
}

/// Who sent the request, as the cover shows it.
pub fn sender(r: &RecordsRequest) -> String {
    r.requester
        .as_ref()
        .map(|q| format!("{}, {} ({})", q.name, q.agency, q.email))
        .unwrap_or_default()
}

/// Builds the package of a finished request at `at`. A few milliseconds of
/// CPU: callers run it off the async workers.
pub fn build(
    directory: &Directory,
    r: &RecordsRequest,
    officer_country: CountryCode,
    training: bool,
    at: jiff::Timestamp,
    legal_process: Option<Attachment>,
    reference: String,
) -> Result<Package, PackageError> {
    let document = serde_json::to_value(r).map_err(|e| PackageError::Json(e.to_string()))?;
    let meta = EnvelopeMeta {
        schema_id: SCHEMA_ID.into(),
        schema_version: SCHEMA_VERSION as u32,
        package_id: uuid::Uuid::new_v4(),
        document_reference: Some(reference),
        created_at: at,
        rule_pack_version: None,
        language: "en".into(),
        training,
    };
    let pdf = pdf_input(directory, r, sender(r), officer_country, training);
    let attachments: Vec<Attachment> = legal_process.into_iter().collect();
    package::build_package(&meta, &document, pdf, &[], &attachments)
}
