//! Step 2b, for preservation requests: a first preservation, or an extension
//! of one that is still running.

use askama::Template;

use super::*;
use crate::domain::request::Preservation;
use crate::domain::time::parse_date;

#[derive(Template)]
#[template(path = "requests/preservation.html")]
struct PreservationPage {
    ctx: Ctx,
    id: String,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    step: u32,
    total: u32,
}

fn page_for(s: Page, company: &Company) -> PreservationPage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
    let choices = vec![
        Choice::new("original", ctx.t("request-preservation-original")),
        Choice::new("extension", ctx.t("request-preservation-extension"))
            .with_hint(ctx.t("request-preservation-extension-hint")),
    ];
    PreservationPage {
        ctx,
        id,
        form,
        company: company.name.clone(),
        choices,
        step: 2,
        total: TOTAL_STEPS,
    }
}

/// Preservation details make sense only for preservation requests.
fn require_preservation(draft: &Draft) -> Result<(), AppError> {
    match draft.body.request_type {
        Some(RequestType::Preservation) => Ok(()),
        _ => Err(AppError::Redirect(format!(
            "/requests/{}/type",
            draft.doc.public_id
        ))),
    }
}

pub(super) async fn page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    require_preservation(&s.draft)?;
    match &s.draft.body.preservation {
        Some(Preservation::Original) => s.form.set("kind", "original"),
        Some(Preservation::Extension {
            original_reference,
            original_expiry,
        }) => {
            s.form.set("kind", "extension");
            s.form
                .set("original_reference", original_reference.as_str());
            s.form.set("expiry-day", original_expiry.day().to_string());
            s.form
                .set("expiry-month", original_expiry.month().to_string());
            s.form
                .set("expiry-year", original_expiry.year().to_string());
        }
        None => {}
    }
    s.show(|s| page_for(s, &company))
}

pub(super) async fn submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    require_preservation(&s.draft)?;
    if saving(&s.form) && s.form.value("kind").is_empty() {
        return Ok(saved());
    }
    let preservation = match s.form.value("kind") {
        "original" => Some(Preservation::Original),
        "extension" => {
            let reference = s.form.value("original_reference").trim().to_string();
            if reference.is_empty() {
                s.form.add_error(
                    "original_reference",
                    s.ctx.t("error-preservation-reference-empty"),
                );
            } else if reference.chars().count() > 200 {
                s.form
                    .add_error("original_reference", s.ctx.t("error-basis-reference-long"));
            }
            let expiry = match parse_date(
                s.form.value("expiry-day"),
                s.form.value("expiry-month"),
                s.form.value("expiry-year"),
            ) {
                Ok(d) if d < s.state.today() => {
                    // An expired preservation cannot be extended: the records
                    // may already be gone, and a new request is needed.
                    s.form
                        .add_error("expiry", s.ctx.t1("error-preservation-expired", "date", d));
                    None
                }
                Ok(d) => Some(d),
                Err(m) => {
                    s.form.add_msg(s.ctx.locale, "expiry", &m);
                    None
                }
            };
            refuse_national_ids(
                &s.ctx,
                &mut s.form,
                &["original_reference"],
                Field::Identifier,
                &id_countries(&s.state, &s.user, &s.draft.body),
            );
            expiry
                .filter(|_| !s.form.has_errors())
                .map(|original_expiry| Preservation::Extension {
                    original_reference: reference,
                    original_expiry,
                })
        }
        _ => {
            s.form
                .add_error("kind", s.ctx.t("error-preservation-kind-empty"));
            None
        }
    };
    let Some(preservation) = preservation else {
        return s.refuse(|s| page_for(s, &company));
    };
    s.draft.body.preservation = Some(preservation);
    s.save_and_go("basis").await
}
