//! Step 9, for requests that need signed legal process: the PDF itself
//! (checked by its first bytes, size-limited, SHA-256 recorded), who signed
//! it and when, and whether it is in English.
//!
//! The form is multipart, so its CSRF token travels in the action's query
//! string, which the CSRF layer reads for any POST.

use askama::Template;
use axum::extract::Multipart;
use sha2::{Digest, Sha256};

use super::*;
use crate::domain::request::LegalProcessFile;
use crate::domain::time::parse_date;
use crate::store::FileLine;
use crate::web::wizard::REVISION;

/// Court orders are a few pages; 10 MB leaves room for scans.
pub const MAX_PDF_BYTES: usize = 10 * 1024 * 1024;

#[derive(Template)]
#[template(path = "requests/legal_process.html")]
struct LegalProcessPage {
    ctx: Ctx,
    id: String,
    form: Form,
    file: Option<LegalProcessFile>,
    english: Vec<Choice>,
    max_mb: usize,
    step: u32,
    total: u32,
}

fn page_for(s: Page, file: Option<LegalProcessFile>) -> LegalProcessPage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
    let english = vec![
        Choice::new("yes", ctx.t("yes")),
        Choice::new("no", ctx.t("no")),
    ];
    LegalProcessPage {
        ctx,
        id,
        form,
        file,
        english,
        max_mb: MAX_PDF_BYTES / (1024 * 1024),
        step: 9,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    chosen(&s.state, &s.draft)?;
    let file = s.draft.body.legal_process.clone();
    if let Some(f) = &file {
        if let Some(d) = f.signed_on {
            s.form.set("signed-day", d.day().to_string());
            s.form.set("signed-month", d.month().to_string());
            s.form.set("signed-year", d.year().to_string());
        }
        s.form.set("signatory", f.signatory.as_str());
        s.form.set("english", if f.english { "yes" } else { "no" });
    }
    s.show(|s| page_for(s, file))
}

/// An uploaded file as received.
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

/// Reads the multipart body: text fields into a form, the file aside. A
/// file over the limit is not kept in memory past the limit.
pub async fn read_multipart(mut mp: Multipart) -> Result<(Form, Option<Upload>), AppError> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut upload = None;
    while let Some(mut field) = mp.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            // A browser sends an empty part with an empty file name when no
            // file is chosen: that keeps the file there is.
            let chosen = field.file_name().is_some_and(|n| !n.is_empty());
            let file_name = field.file_name().map(clean_file_name).unwrap_or_default();
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await.map_err(|_| AppError::BadRequest)? {
                if bytes.len() + chunk.len() > MAX_PDF_BYTES {
                    too_large = true;
                    bytes.clear();
                    continue;
                }
                if !too_large {
                    bytes.extend_from_slice(&chunk);
                }
            }
            if chosen || !bytes.is_empty() || too_large {
                upload = Some(Upload {
                    name: file_name,
                    bytes,
                    too_large,
                });
            }
        } else {
            let value = field.text().await.map_err(|_| AppError::BadRequest)?;
            pairs.push((name, value));
        }
    }
    let form = Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    Ok((form, upload))
}

/// The last path segment, without control characters, at most 200 chars.
pub fn clean_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    // Bidirectional controls make `order\u{202e}fdp.exe` read as
    // `orderexe.pdf`; they and zero-width marks go with control characters.
    let hidden = |c: &char| {
        c.is_control()
            || matches!(*c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
    };
    let cleaned: String = base.chars().filter(|c| !hidden(c)).take(200).collect();
    if cleaned.trim().is_empty() {
        "legal-process.pdf".into()
    } else {
        cleaned
    }
}

/// Why a file that starts like a PDF cannot be the legal process.
#[derive(Debug, PartialEq, Eq)]
enum PdfProblem {
    /// It does not parse as a PDF.
    Unreadable,
    /// It carries JavaScript, a launch action or embedded files: nothing a
    /// signed order needs, and what a company's reviewers must not open.
    Active,
}

/// Nesting deeper than this is no court order: refused, and the walk
/// below never runs out of stack.
const MAX_DEPTH: usize = 64;

/// Whether `o`, or anything written inside it, is active content.
fn active(o: &lopdf::Object, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return true;
    }
    let dict = |d: &lopdf::Dictionary| {
        let named = |key: &[u8], names: &[&[u8]]| {
            d.get(key)
                .and_then(|o| o.as_name())
                .is_ok_and(|n| names.contains(&n))
        };
        [
            "JS",
            "JavaScript",
            "EmbeddedFile",
            "EmbeddedFiles",
            "Launch",
        ]
        .iter()
        .any(|k| d.has(k.as_bytes()))
            || named(b"S", &[b"JavaScript", b"Launch"])
            || named(b"Type", &[b"EmbeddedFile", b"Filespec"])
            || d.iter().any(|(_, v)| active(v, depth + 1))
    };
    match o {
        lopdf::Object::Dictionary(d) => dict(d),
        lopdf::Object::Stream(s) => dict(&s.dict),
        lopdf::Object::Array(a) => a.iter().any(|v| active(v, depth + 1)),
        _ => false,
    }
}

fn pdf_problem(bytes: &[u8]) -> Option<PdfProblem> {
    let Ok(doc) = lopdf::Document::load_mem(bytes) else {
        return Some(PdfProblem::Unreadable);
    };
    let found = doc.objects.values().any(|o| active(o, 0));
    found.then_some(PdfProblem::Active)
}

/// The uploaded file judged: a PDF within the limit, its name free of
/// national IDs, becomes the request's legal process (its bytes and hash
/// to store with the draft, in one transaction); otherwise the problem is
/// on the form and the file already kept, if any, stays.
fn take_upload(
    ctx: &Ctx,
    form: &mut Form,
    upload: Option<Upload>,
    kept: Option<LegalProcessFile>,
    countries: &[CountryCode],
) -> (Option<LegalProcessFile>, Option<(Vec<u8>, String)>) {
    let refused_name = upload
        .as_ref()
        .and_then(|u| national_id_error(ctx, &u.name, Field::Identifier, countries));
    let problem = match &upload {
        Some(_) if let Some(message) = refused_name => Some(message),
        Some(u) if u.too_large => Some(ctx.t1(
            "error-legal-process-too-large",
            "mb",
            MAX_PDF_BYTES / (1024 * 1024),
        )),
        Some(u) if u.bytes.is_empty() => Some(ctx.t("error-legal-process-empty-file")),
        Some(u) if !u.bytes.starts_with(b"%PDF-") => Some(ctx.t("error-legal-process-not-pdf")),
        Some(u) if !u.name.to_ascii_lowercase().ends_with(".pdf") => {
            Some(ctx.t("error-legal-process-name-pdf"))
        }
        Some(u) => match pdf_problem(&u.bytes) {
            Some(PdfProblem::Unreadable) => Some(ctx.t("error-legal-process-unreadable")),
            Some(PdfProblem::Active) => Some(ctx.t("error-legal-process-active")),
            None => None,
        },
        None if kept.is_none() => Some(ctx.t("error-legal-process-missing")),
        _ => None,
    };
    if let Some(message) = problem {
        form.add_error("file", message);
        return (kept, None);
    }
    let Some(u) = upload else {
        return (kept, None);
    };
    let sha256 = hex::encode(Sha256::digest(&u.bytes));
    let file = LegalProcessFile {
        file_name: u.name,
        size: u.bytes.len() as u64,
        sha256: sha256.clone(),
        signed_on: None,
        signatory: String::new(),
        english: false,
    };
    (Some(file), Some((u.bytes, sha256)))
}

pub(super) async fn submit(
    Opened(mut s): Opened<Requests>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    chosen(&s.state, &s.draft)?;
    let (posted, upload) = read_multipart(multipart).await?;
    s.form = posted;
    s.draft.check_revision(&s.ctx, &mut s.form);
    let countries = id_countries(&s.state, &s.user, &s.draft.body);
    let kept = s.draft.body.legal_process.clone();
    let (mut file, stored) = take_upload(&s.ctx, &mut s.form, upload, kept, &countries);
    let signed_on = match parse_date(
        s.form.value("signed-day"),
        s.form.value("signed-month"),
        s.form.value("signed-year"),
    ) {
        Ok(d) if d > s.state.today() => {
            s.form
                .add_error("signed", s.ctx.t("error-legal-process-signed-future"));
            None
        }
        Ok(d) => Some(d),
        Err(m) => {
            s.form.add_msg(s.ctx.locale, "signed", &m);
            None
        }
    };
    let signatory = s.form.value("signatory").trim().to_string();
    if signatory.is_empty() {
        s.form
            .add_error("signatory", s.ctx.t("error-legal-process-signatory-empty"));
    } else if signatory.chars().count() > 300 {
        s.form
            .add_error("signatory", s.ctx.t("error-text-too-long"));
    }
    refuse_national_ids(&s.ctx, &mut s.form, &["signatory"], Field::Text, &countries);
    let english = match s.form.value("english") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            s.form
                .add_error("english", s.ctx.t("error-legal-process-english-empty"));
            None
        }
    };
    if let Some(f) = file.as_mut() {
        // What is valid is kept even when another answer needs fixing.
        f.signed_on = signed_on.or(f.signed_on);
        if s.form.error("signatory").is_none() {
            f.signatory = signatory;
        }
        f.english = english.unwrap_or(f.english);
    }
    s.draft.body.legal_process = file.clone();
    // Not over answers made in another window meanwhile: the page says so
    // and carries the current revision.
    let fresh = s.form.error(REVISION).is_none();
    if let Some(f) = file.as_ref().filter(|_| fresh) {
        let upload = stored.as_ref().map(|(bytes, sha256)| FileLine {
            role: "legal_process",
            file_name: &f.file_name,
            content_type: "application/pdf",
            sha256,
            bytes,
        });
        let revision = s
            .state
            .save_request(
                &s.ctx.actor()?,
                &s.draft,
                s.draft.doc.revision,
                &s.draft.body,
                upload,
            )
            .await?;
        // The page shown again with its problems is of the draft just saved.
        s.draft.doc.revision = revision;
        s.form.set(REVISION, revision.to_string());
    }
    if !s.form.has_errors() {
        let mut probe = s.draft.body.clone();
        probe.legal_process = file.clone();
        show_rule_errors(
            &s.ctx,
            &mut s.form,
            &check_request(&s.state, &s.user, &probe),
            "legal_process",
        );
    }
    if s.form.has_errors() {
        if saving(&s.form) {
            return Ok(saved());
        }
        return s.refuse(|s| page_for(s, file));
    }
    Ok(s.next("check"))
}

#[cfg(test)]
mod tests {
    use super::{PdfProblem, clean_file_name, pdf_problem};

    /// A one-page PDF, with `extra` in its catalogue.
    fn pdf(extra: &str) -> Vec<u8> {
        let objs = [
            format!("<< /Type /Catalog /Pages 2 0 R {extra} >>"),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_string(),
        ];
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objs.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
        }
        let xref = out.len();
        out.extend(b"xref\n0 4\n0000000000 65535 f \n");
        for o in offsets {
            out.extend(format!("{o:010} 00000 n \n").bytes());
        }
        out.extend(
            format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").bytes(),
        );
        out
    }

    #[test]
    fn a_plain_pdf_passes_and_active_content_is_refused() {
        assert_eq!(pdf_problem(&pdf("")), None);
        let js = "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>";
        assert_eq!(pdf_problem(&pdf(js)), Some(PdfProblem::Active));
        let launch = "/OpenAction << /S /Launch /F (calc.exe) >>";
        assert_eq!(pdf_problem(&pdf(launch)), Some(PdfProblem::Active));
        let embedded = "/Names << /EmbeddedFiles << /Names [] >> >>";
        assert_eq!(pdf_problem(&pdf(embedded)), Some(PdfProblem::Active));
        assert_eq!(
            pdf_problem(b"%PDF-1.4\n% just a header\n%%EOF\n"),
            Some(PdfProblem::Unreadable)
        );
    }

    #[test]
    fn a_file_name_keeps_what_people_see_and_nothing_hidden() {
        assert_eq!(clean_file_name("C:\\orders\\signed.pdf"), "signed.pdf");
        assert_eq!(clean_file_name("../../etc/order.pdf"), "order.pdf");
        assert_eq!(
            clean_file_name("court-order\u{202e}fdp.exe"),
            "court-orderfdp.exe"
        );
        assert_eq!(clean_file_name("a\u{200b}b\u{2066}.pdf\n"), "ab.pdf");
        assert_eq!(clean_file_name("\u{202e}"), "legal-process.pdf");
    }
}
