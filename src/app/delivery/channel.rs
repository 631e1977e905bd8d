//! Where a finished document goes, read from the directory: the company's
//! legal entity for a request (its emergency route for an emergency), the
//! authority for a report. The channel keeps its source and whether it is
//! verified, so the page can show both before anything is sent.

use crate::directory::{self, Directory, Provenance};
use crate::domain::report::Report;
use crate::domain::request::RecordsRequest;
use crate::domain::request_type::RequestType;
use crate::i18n::Locale;
use crate::rules::{self as pack, Rules};

/// How the package reaches the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// casebridge sends it by email.
    Email,
    /// The user uploads it at the address (a portal or a web form).
    Portal,
    /// Published, but not something casebridge can send or record (post,
    /// phone, NCMEC's CyberTipline): the page names it.
    Other,
    /// Nobody found a public channel.
    None,
}

impl Route {
    pub fn as_str(self) -> &'static str {
        match self {
            Route::Email => "email",
            Route::Portal => "portal",
            Route::Other => "other",
            Route::None => "none",
        }
    }
}

/// The recipient of a document and how to reach them.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The legal entity or authority, as the directory names it.
    pub name: String,
    pub route: Route,
    /// The directory's own channel name (`email`, `web_form`, `post` …).
    pub channel: String,
    /// An email address or URL; empty when nothing is published.
    pub address: String,
    pub source: String,
    pub checked: String,
    pub verified: bool,
    pub note: String,
    /// The recipient's language when casebridge writes it (the email is
    /// in English and this language).
    pub locale: Option<Locale>,
    /// Whom an OpenPGP key is recorded for: `company:<id>` or
    /// `authority:<jurisdiction>:<id>`.
    pub key_id: String,
}

/// The key id of a company.
pub fn company_key_id(company_id: &str) -> String {
    format!("company:{company_id}")
}

/// The key id of a report authority.
pub fn authority_key_id(jurisdiction: &str, authority_id: &str) -> String {
    format!("authority:{jurisdiction}:{authority_id}")
}

impl Recipient {
    fn new(
        key_id: String,
        name: String,
        route: Route,
        channel: &str,
        address: &str,
        p: &Provenance,
        locale: Option<Locale>,
    ) -> Self {
        Recipient {
            key_id,
            name,
            route,
            channel: channel.to_string(),
            address: if route == Route::None {
                String::new()
            } else {
                address.trim().to_string()
            },
            source: p.source.clone(),
            checked: p.checked.to_string(),
            verified: p.is_verified(),
            note: p.note.clone(),
            // Only a language casebridge has every word of.
            locale: locale.filter(|l| l.is_complete() && *l != Locale::ENGLISH),
        }
    }

    /// Whether the user must confirm before casebridge sends to it.
    pub fn needs_confirmation(&self) -> bool {
        !self.verified
    }

    /// The address is a link the page can show as one.
    pub fn is_link(&self) -> bool {
        self.address.starts_with("https://") || self.address.starts_with("http://")
    }
}

fn company_route(c: directory::Channel) -> Route {
    use directory::Channel as C;
    match c {
        C::Email => Route::Email,
        C::Portal | C::PortalKodex | C::WebForm => Route::Portal,
        C::Post | C::Phone => Route::Other,
        C::NonePublished => Route::None,
    }
}

fn authority_route(c: pack::Channel) -> Route {
    use pack::Channel as C;
    match c {
        C::Email => Route::Email,
        C::Portal | C::WebForm => Route::Portal,
        C::ViaNcmec | C::Phone => Route::Other,
        C::NonePublished => Route::None,
    }
}

fn channel_name<T: serde::Serialize>(c: &T) -> String {
    crate::i18n::enum_str(c)
}

/// The recipient of a request: the entity it is addressed to, reached by
/// the company's intake, or its emergency route for an emergency request.
pub fn for_request(directory: &Directory, r: &RecordsRequest) -> Option<Recipient> {
    let company = directory.company(r.company_id.as_deref()?)?;
    let entity = r
        .entity
        .as_deref()
        .and_then(|name| company.entities.iter().find(|e| e.name == name));
    let name = entity.map_or_else(|| company.name.clone(), |e| e.name.clone());
    let locale = entity.and_then(|e| super::super::recipient_locale(directory, e));
    let emergency = r.request_type == Some(RequestType::Emergency);
    let key_id = company_key_id(&company.id);
    Some(match company.emergency.published() {
        Some((channel, address)) if emergency => Recipient::new(
            key_id,
            name,
            company_route(channel),
            &channel_name(&channel),
            address,
            &company.emergency.provenance,
            locale,
        ),
        _ => {
            let i = &company.intake;
            Recipient::new(
                key_id,
                name,
                company_route(i.channel),
                &channel_name(&i.channel),
                &i.address,
                &i.provenance,
                locale,
            )
        }
    })
}

/// The recipient of a report: the authority its destination names.
pub fn for_report(rules: &Rules, r: &Report) -> Option<Recipient> {
    let jurisdiction = r.destination.jurisdiction?;
    let pack = rules.pack(jurisdiction)?;
    let a = pack
        .authorities
        .iter()
        .find(|a| a.id == r.destination.authority)?;
    Some(Recipient::new(
        authority_key_id(&channel_name(&jurisdiction), &a.id),
        a.name.clone(),
        authority_route(a.intake.channel),
        &channel_name(&a.intake.channel),
        &a.intake.address,
        &a.intake.provenance,
        Locale::reader_of(&pack.languages),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_to_the_fictional_company_goes_by_email_and_an_emergency_by_its_form() {
        let dir = Directory::load().unwrap();
        let mut r = RecordsRequest {
            company_id: Some("example-social".into()),
            entity: Some("Example Social Pte. Ltd. (fictional)".into()),
            request_type: Some(RequestType::Subscriber),
            ..RecordsRequest::default()
        };
        let to = for_request(&dir, &r).unwrap();
        assert_eq!(to.route, Route::Email);
        assert_eq!(to.address, "lawenforcement@example-social.test");
        assert_eq!(to.name, "Example Social Pte. Ltd. (fictional)");
        assert!(to.verified);
        r.request_type = Some(RequestType::Emergency);
        let to = for_request(&dir, &r).unwrap();
        assert_eq!(to.route, Route::Portal);
        assert!(to.is_link(), "{}", to.address);
    }

    #[test]
    fn an_unpublished_channel_has_no_address() {
        let dir = Directory::load().unwrap();
        let none = dir
            .companies()
            .iter()
            .find(|c| c.intake.published().is_none())
            .expect("a company without a published intake");
        let r = RecordsRequest {
            company_id: Some(none.id.clone()),
            request_type: Some(RequestType::Subscriber),
            ..RecordsRequest::default()
        };
        let to = for_request(&dir, &r).unwrap();
        assert_eq!(to.route, Route::None);
        assert!(to.address.is_empty());
        assert!(to.needs_confirmation());
    }
}
