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

fn page_for(ctx: Ctx, id: String, form: Form, company: &Company) -> PreservationPage {
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

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    require_preservation(&draft)?;
    let mut form = draft.form();
    match &draft.body.preservation {
        Some(Preservation::Original) => form.set("kind", "original"),
        Some(Preservation::Extension {
            original_reference,
            original_expiry,
        }) => {
            form.set("kind", "extension");
            form.set("original_reference", original_reference.as_str());
            form.set("expiry-day", original_expiry.day().to_string());
            form.set("expiry-month", original_expiry.month().to_string());
            form.set("expiry-year", original_expiry.year().to_string());
        }
        None => {}
    }
    render(&page_for(ctx, id, form, company))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    require_preservation(&draft)?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) && form.value("kind").is_empty() {
        return Ok(saved());
    }
    let preservation = match form.value("kind") {
        "original" => Some(Preservation::Original),
        "extension" => {
            let reference = form.value("original_reference").trim().to_string();
            if reference.is_empty() {
                form.add_error(
                    "original_reference",
                    ctx.t("error-preservation-reference-empty"),
                );
            } else if reference.chars().count() > 200 {
                form.add_error("original_reference", ctx.t("error-basis-reference-long"));
            }
            let expiry = match parse_date(
                form.value("expiry-day"),
                form.value("expiry-month"),
                form.value("expiry-year"),
            ) {
                Ok(d) if d < jiff::Zoned::now().date() => {
                    // An expired preservation cannot be extended: the records
                    // may already be gone, and a new request is needed.
                    form.add_error("expiry", ctx.t1("error-preservation-expired", "date", d));
                    None
                }
                Ok(d) => Some(d),
                Err(m) => {
                    form.add_msg(ctx.locale, "expiry", &m);
                    None
                }
            };
            refuse_national_ids(
                &ctx,
                &mut form,
                &["original_reference"],
                Field::Identifier,
                &id_countries(&state, &user, &draft.body),
            );
            expiry
                .filter(|_| !form.has_errors())
                .map(|original_expiry| Preservation::Extension {
                    original_reference: reference,
                    original_expiry,
                })
        }
        _ => {
            form.add_error("kind", ctx.t("error-preservation-kind-empty"));
            None
        }
    };
    let Some(preservation) = preservation else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_for(ctx, id, form, company),
        );
    };
    draft.body.preservation = Some(preservation);
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "basis"))
}
