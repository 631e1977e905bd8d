//! The emails accounts send: a sign-up's verification link, an invitation, a
//! password reset, and short notices (a sign-up waits for approval, a
//! password or second factor changed, a new device signed in). Each is
//! plain text and HTML, in English and the reader's language, and goes out
//! through the outbox like every other message.

use lettre::Message;
use lettre::message::{Mailbox, MultiPart};

use crate::app::App;
use crate::app::delivery::message;
use crate::i18n::Locale;
use crate::store::{AccountMail, Org};

/// What an account email says: a subject, paragraphs (Fluent keys with
/// their arguments) and, for links, where to go.
pub struct Letter<'a> {
    pub subject: &'a str,
    pub paragraphs: Vec<(&'a str, Vec<(&'a str, String)>)>,
    pub link: Option<String>,
}

/// The address people reach this installation at, for links in emails.
pub fn absolute(app: &App, path: &str) -> String {
    let base = app.config.public_url.as_deref().unwrap_or("");
    format!("{}{}", base.trim_end_matches('/'), path)
}

/// Builds the email for `to` in `org`. Demo organisations' mail, and all
/// mail of an installation without an SMTP server, goes to the outbox
/// folder only. `None` when the address does not parse as a mailbox.
pub fn build(
    app: &App,
    org: &Org,
    to: &str,
    to_name: &str,
    letter: &Letter<'_>,
) -> Option<AccountMail> {
    let from = app
        .config
        .smtp
        .as_ref()
        .map_or(crate::app::delivery::OUTBOX_FROM, |s| s.from.as_str());
    let id = uuid::Uuid::new_v4().to_string();
    let message_id = message::message_id_of(&id, "account", from);
    let locale = app
        .directory
        .get()
        .jurisdiction(org.country)
        .and_then(|j| Locale::reader_of(&j.languages))
        .filter(|l| l.is_complete());
    let mut languages = vec![Locale::ENGLISH];
    languages.extend(locale.filter(|l| *l != Locale::ENGLISH));

    let mut text = String::new();
    let mut html = String::from("<!DOCTYPE html><html><body>");
    for (i, l) in languages.iter().enumerate() {
        if i > 0 {
            text.push_str("\n---\n\n");
            html.push_str("<hr>");
        }
        html.push_str(&format!("<div lang=\"{}\">", l.tag()));
        for (key, args) in &letter.paragraphs {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let p = l.t_args(key, &args);
            text.push_str(&p);
            text.push_str("\n\n");
            html.push_str(&format!("<p>{}</p>", message::escape(&p)));
        }
        if let Some(link) = &letter.link {
            text.push_str(link);
            text.push_str("\n\n");
            let link = message::escape(link);
            html.push_str(&format!("<p><a href=\"{link}\">{link}</a></p>"));
        }
        html.push_str("</div>");
    }
    html.push_str("</body></html>");

    let to_box = Mailbox::new(
        Some(to_name.to_string()).filter(|s| !s.trim().is_empty()),
        to.trim().parse().ok()?,
    );
    let from_box = Mailbox::new(Some("casebridge".into()), from.trim().parse().ok()?);
    let m: Message = Message::builder()
        .from(from_box)
        .to(to_box)
        .subject(Locale::ENGLISH.t(letter.subject))
        .date(app.now().into())
        .message_id(Some(message_id.clone()))
        .multipart(MultiPart::alternative_plain_html(text, html))
        .ok()?;
    let file_only = org.is_demo || app.config.smtp.is_none();
    Some(AccountMail {
        public_id: id,
        org_id: org.id,
        recipient: to.to_string(),
        recipient_name: to_name.to_string(),
        transport: if file_only { "file" } else { "smtp" },
        message_id,
        envelope_from: from.to_string(),
        message: m.formatted(),
    })
}
