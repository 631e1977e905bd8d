//! The email that carries a package: plain text and HTML, in English and
//! the recipient's language where casebridge has it, the ZIP attached under
//! an ASCII name, and a Message-ID derived from the delivery so a resend is
//! recognisably the same message.

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use crate::app::DocumentKind;
use crate::i18n::Locale;
use crate::store::StoredPackage;

/// Everything the message says.
pub struct Letter<'a> {
    pub delivery_id: &'a str,
    pub at: jiff::Timestamp,
    /// The address casebridge sends from.
    pub from: &'a str,
    pub to: &'a str,
    pub to_name: &'a str,
    pub kind: DocumentKind,
    /// An emergency request, or a report of a child at imminent risk.
    pub urgent: bool,
    pub training: bool,
    /// The document's id.
    pub reference: &'a str,
    pub package: &'a StoredPackage,
    pub org: &'a str,
    pub person: &'a str,
    /// The sender's own address: replies go there.
    pub reply_to: Option<&'a str>,
    pub callback: &'a str,
    pub locale: Option<Locale>,
    /// Colleagues named on the document, copied.
    pub cc: &'a [String],
    /// The ZIP as an OpenPGP message to the recipient's key, when it has
    /// one: attached instead of the ZIP.
    pub encrypted: Option<&'a [u8]>,
}

/// Why no message could be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    #[error("the recipient address {0:?} is not a valid email address")]
    Recipient(String),
    #[error("the sending address {0:?} is not a valid email address")]
    From(String),
    #[error("cannot build the message: {0}")]
    Build(String),
}

/// The attachment's name: ASCII only, whatever the package id holds.
pub fn zip_name(package_id: &str) -> String {
    let safe: String = package_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("casebridge-{safe}.zip")
}

/// The attachment's name when the ZIP is sent encrypted.
pub fn encrypted_name(package_id: &str) -> String {
    format!("{}.gpg", zip_name(package_id))
}

fn attachment_name(l: &Letter<'_>) -> String {
    if l.encrypted.is_some() {
        encrypted_name(&l.package.public_id)
    } else {
        zip_name(&l.package.public_id)
    }
}

/// `<delivery-id.delivery@domain-of-from>`: the same for every attempt.
pub fn message_id(delivery_id: &str, from: &str) -> String {
    message_id_of(delivery_id, "delivery", from)
}

/// A Message-ID for `id` of `what` (a delivery, a notice), on the sending
/// address's domain.
pub fn message_id_of(id: &str, what: &str, from: &str) -> String {
    let domain = from
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>'))
        .filter(|d| !d.is_empty())
        .unwrap_or("casebridge.invalid");
    format!("<{id}.{what}@{domain}>")
}

fn subject(l: &Letter<'_>) -> String {
    let en = Locale::ENGLISH;
    let kind = en.t(kind_key(l.kind));
    let mut s = String::new();
    if l.training {
        s.push_str(&en.t("delivery-email-training-tag"));
        s.push(' ');
    }
    if l.urgent {
        s.push_str(&en.t(match l.kind {
            DocumentKind::Request => "delivery-email-urgent-request",
            DocumentKind::Report => "delivery-email-urgent-report",
        }));
        s.push(' ');
    }
    s.push_str(&en.t_args(
        "delivery-email-subject",
        &[("kind", &kind), ("reference", l.reference), ("org", l.org)],
    ));
    s
}

fn kind_key(k: DocumentKind) -> &'static str {
    match k {
        DocumentKind::Request => "delivery-email-kind-request",
        DocumentKind::Report => "delivery-email-kind-report",
    }
}

/// The paragraphs of the body in one language.
fn paragraphs(l: &Letter<'_>, locale: Locale) -> Vec<String> {
    let kind = locale.t(kind_key(l.kind));
    let p = l.package;
    let mut out = Vec::new();
    if l.urgent {
        out.push(locale.t(match l.kind {
            DocumentKind::Request => "delivery-email-urgent-request-text",
            DocumentKind::Report => "delivery-email-urgent-report-text",
        }));
    }
    if l.training {
        out.push(locale.t("delivery-email-training"));
    }
    out.push(locale.t_args(
        "delivery-email-intro",
        &[("recipient", l.to_name), ("org", l.org), ("kind", &kind)],
    ));
    out.push(locale.t_args("delivery-email-reference", &[("reference", l.reference)]));
    let person = if l.person.is_empty() { l.org } else { l.person };
    out.push(locale.t_args(
        "delivery-email-sender",
        &[("person", person), ("org", l.org)],
    ));
    if !l.callback.is_empty() {
        out.push(locale.t_args("delivery-email-callback", &[("callback", l.callback)]));
    }
    if l.encrypted.is_some() {
        out.push(locale.t_args(
            "delivery-email-encrypted",
            &[
                ("file", &attachment_name(l)),
                ("zip", &zip_name(&p.public_id)),
            ],
        ));
    }
    out.push(locale.t_args(
        "delivery-email-attached",
        &[("file", &zip_name(&p.public_id)), ("sha256", &p.zip_sha256)],
    ));
    out.push(locale.t_args(
        "delivery-email-contents",
        &[("pdf", &p.pdf_sha256), ("json", &p.json_sha256)],
    ));
    out.push(locale.t("delivery-email-check"));
    out.push(locale.t("delivery-email-reply"));
    out
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Plain text and HTML with the same words: English first, then the
/// recipient's language.
fn bodies(l: &Letter<'_>) -> (String, String) {
    let mut languages = vec![Locale::ENGLISH];
    languages.extend(l.locale.filter(|x| *x != Locale::ENGLISH));
    let mut text = String::new();
    let mut html = String::from("<!DOCTYPE html><html><body>");
    for (i, locale) in languages.into_iter().enumerate() {
        if i > 0 {
            text.push_str("\n---\n\n");
            html.push_str("<hr>");
        }
        html.push_str(&format!("<div lang=\"{}\">", locale.tag()));
        for p in paragraphs(l, locale) {
            text.push_str(&p);
            text.push_str("\n\n");
            html.push_str(&format!("<p>{}</p>", escape(&p)));
        }
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    (text, html)
}

fn mailbox(name: &str, address: &str) -> Option<Mailbox> {
    let address = address.trim().parse().ok()?;
    Some(Mailbox::new(
        (!name.trim().is_empty()).then(|| name.trim().to_string()),
        address,
    ))
}

/// The message and its Message-ID.
pub fn build(l: &Letter<'_>) -> Result<(Message, String), LetterError> {
    let to = mailbox(l.to_name, l.to).ok_or_else(|| LetterError::Recipient(l.to.into()))?;
    let from = mailbox(&format!("{} via casebridge", l.org), l.from)
        .ok_or_else(|| LetterError::From(l.from.into()))?;
    let id = message_id(l.delivery_id, l.from);
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(subject(l))
        .date(l.at.into())
        .message_id(Some(id.clone()));
    // An address that does not parse is left out rather than refusing the
    // delivery: replies then reach the sending address.
    if let Some(reply) = l.reply_to.and_then(|a| mailbox(l.person, a)) {
        builder = builder.reply_to(reply);
    }
    // The colleagues' addresses were checked when the document was
    // written; one that does not parse now refuses the message.
    for cc in l.cc {
        builder = builder.cc(mailbox("", cc).ok_or_else(|| LetterError::Recipient(cc.clone()))?);
    }
    let (text, html) = bodies(l);
    let (bytes, kind) = match l.encrypted {
        Some(e) => (e.to_vec(), "application/octet-stream"),
        None => (l.package.zip_bytes.clone(), "application/zip"),
    };
    let zip = Attachment::new(attachment_name(l)).body(
        bytes,
        ContentType::parse(kind).map_err(|e| LetterError::Build(e.to_string()))?,
    );
    let message = builder
        .multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(text, html))
                .singlepart(zip),
        )
        .map_err(|e| LetterError::Build(e.to_string()))?;
    Ok((message, id))
}

/// The message signed with the configured DKIM key: the header names the
/// domain and selector, and covers the headers a recipient relies on.
pub fn sign(message: &mut Message, dkim: &crate::config::Dkim) -> Result<(), LetterError> {
    use lettre::message::dkim::{
        DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
        DkimSigningKey,
    };
    use lettre::message::header::HeaderName;
    let key = DkimSigningKey::new(dkim.private_key.expose(), DkimSigningAlgorithm::Rsa)
        .map_err(|e| LetterError::Build(format!("the DKIM key cannot be used: {e}")))?;
    let headers = [
        "From",
        "To",
        "Cc",
        "Subject",
        "Date",
        "Message-ID",
        "Reply-To",
    ]
    .into_iter()
    .map(HeaderName::new_from_ascii_str)
    .collect();
    let config = DkimConfig::new(
        dkim.selector.clone(),
        dkim.domain.clone(),
        key,
        headers,
        DkimCanonicalization {
            header: DkimCanonicalizationType::Relaxed,
            body: DkimCanonicalizationType::Relaxed,
        },
    );
    message.sign(&config);
    Ok(())
}

/// A short message to check the SMTP set-up with (`casebridge smtp-test`).
pub fn test_message(from: &str, to: &str, at: jiff::Timestamp) -> Result<Message, LetterError> {
    let to_box = mailbox("", to).ok_or_else(|| LetterError::Recipient(to.into()))?;
    let from_box = mailbox("casebridge", from).ok_or_else(|| LetterError::From(from.into()))?;
    Message::builder()
        .from(from_box)
        .to(to_box)
        .subject("casebridge SMTP test")
        .date(at.into())
        .singlepart(SinglePart::plain(
            "casebridge can send mail through this server.\n".to_string(),
        ))
        .map_err(|e| LetterError::Build(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package() -> StoredPackage {
        StoredPackage {
            public_id: "0f0e0d0c-0000-4000-8000-000000000001".into(),
            document_id: 1,
            training: false,
            json_sha256: "a".repeat(64),
            pdf_sha256: "b".repeat(64),
            zip_sha256: "c".repeat(64),
            json_bytes: Vec::new(),
            pdf_bytes: Vec::new(),
            zip_bytes: b"PK\x05\x06zip".to_vec(),
            created_at: "2026-12-01T00:00:00Z".into(),
        }
    }

    fn letter<'a>(p: &'a StoredPackage, to: &'a str) -> Letter<'a> {
        Letter {
            delivery_id: "d-1",
            at: "2026-12-01T03:00:00Z".parse().unwrap(),
            from: "casebridge@agency.example",
            to,
            to_name: "Example Social Pte. Ltd. (fictional)",
            kind: DocumentKind::Request,
            urgent: true,
            training: false,
            reference: "doc-1",
            package: p,
            org: "Cyber Unit (demo)",
            person: "Insp. Dana Villanueva",
            reply_to: Some("dana@cyber-unit.police.test"),
            callback: "+63 2 8555 0100",
            locale: Locale::from_tag("ko"),
            cc: &[],
            encrypted: None,
        }
    }

    #[test]
    fn the_message_names_the_emergency_the_hashes_and_the_sender() {
        let p = package();
        let (m, id) = build(&letter(&p, "lawenforcement@example-social.test")).unwrap();
        assert_eq!(id, "<d-1.delivery@agency.example>");
        let raw = String::from_utf8_lossy(&m.formatted()).to_string();
        assert!(
            raw.contains("Message-ID: <d-1.delivery@agency.example>"),
            "{raw}"
        );
        assert!(
            raw.contains("Reply-To: \"Insp. Dana Villanueva\" <dana@cyber-unit.police.test>")
                || raw.contains("Reply-To: Insp. Dana Villanueva <dana@cyber-unit.police.test>"),
            "{raw}"
        );
        assert!(raw.contains("Subject: EMERGENCY"), "{raw}");
        assert!(raw.contains("casebridge-0f0e0d0c-0000-4000-8000-000000000001.zip"));
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/html"));
    }

    #[test]
    fn a_bad_recipient_address_builds_nothing() {
        let p = package();
        assert_eq!(
            build(&letter(&p, "not an address")).unwrap_err(),
            LetterError::Recipient("not an address".into())
        );
    }

    #[test]
    fn the_attachment_name_is_ascii() {
        assert_eq!(zip_name("ab/é1"), "casebridge-ab__1.zip");
    }

    #[test]
    fn both_languages_are_in_the_body() {
        let p = package();
        let l = letter(&p, "lawenforcement@example-social.test");
        let (text, html) = bodies(&l);
        assert!(text.contains(&"c".repeat(64)));
        assert!(text.contains("---"), "a second language follows English");
        assert!(html.contains("lang=\"ko\""));
        assert!(!html.contains("<dana"), "values are escaped");
    }
}
