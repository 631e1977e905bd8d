//! The short email that tells a person something happened on a case: what,
//! on which case, and where to read it. It carries no case content (the
//! message text, the package) beyond the reference, so a notice read on a
//! phone's lock screen gives nothing away; the case page has the rest.

use lettre::Message;
use lettre::message::{Mailbox, MultiPart};

use super::super::delivery::message;
use crate::i18n::Locale;

/// What a notice says.
pub struct Notice<'a> {
    pub id: &'a str,
    pub at: jiff::Timestamp,
    pub from: &'a str,
    pub to: &'a str,
    pub to_name: &'a str,
    /// The Fluent key of what happened (`case-notice-…`).
    pub what: &'a str,
    /// The case's short reference and its document's id.
    pub case: &'a str,
    pub reference: &'a str,
    /// The other side's organisation.
    pub other: &'a str,
    pub urgent: bool,
    /// Where to read it: the case page's path.
    pub path: &'a str,
    /// The reader's language besides English, if casebridge has it.
    pub locale: Option<Locale>,
}

/// The notice's Message-ID: stable per notice, so a resend is recognised.
pub fn message_id(id: &str, from: &str) -> String {
    message::message_id_of(id, "notice", from)
}

fn paragraphs(n: &Notice<'_>, l: Locale) -> Vec<String> {
    let args = [
        ("case", n.case),
        ("reference", n.reference),
        ("org", n.other),
    ];
    let mut out = Vec::new();
    if n.urgent {
        out.push(l.t("case-notice-urgent"));
    }
    out.push(l.t_args(n.what, &args));
    out.push(l.t_args("case-notice-where", &[("path", n.path)]));
    out
}

/// The message, or `None` when an address does not parse (the person is
/// then not told by email; the case page still shows everything).
pub fn build(n: &Notice<'_>) -> Option<Vec<u8>> {
    let to = Mailbox::new(
        Some(n.to_name.to_string()).filter(|s| !s.trim().is_empty()),
        n.to.trim().parse().ok()?,
    );
    let from = Mailbox::new(Some("casebridge".into()), n.from.trim().parse().ok()?);
    let mut languages = vec![Locale::ENGLISH];
    languages.extend(n.locale.filter(|l| *l != Locale::ENGLISH));
    let mut text = String::new();
    let mut html = String::from("<!DOCTYPE html><html><body>");
    for (i, l) in languages.iter().enumerate() {
        if i > 0 {
            text.push_str("\n---\n\n");
            html.push_str("<hr>");
        }
        html.push_str(&format!("<div lang=\"{}\">", l.tag()));
        for p in paragraphs(n, *l) {
            text.push_str(&p);
            text.push_str("\n\n");
            html.push_str(&format!("<p>{}</p>", message::escape(&p)));
        }
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let en = Locale::ENGLISH;
    let mut subject = String::new();
    if n.urgent {
        subject.push_str(&en.t("case-notice-urgent-tag"));
        subject.push(' ');
    }
    subject.push_str(&en.t_args(
        "case-notice-subject",
        &[
            ("case", n.case),
            ("what", &en.t(&format!("{}-short", n.what))),
        ],
    ));
    let m: Message = Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .date(n.at.into())
        .message_id(Some(message_id(n.id, n.from)))
        .multipart(MultiPart::alternative_plain_html(text, html))
        .ok()?;
    Some(m.formatted())
}
