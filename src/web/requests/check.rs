//! Check your answers, the attestation that makes a request final, the
//! confirmation page, and new versions of a final request.

use askama::Template;

use super::summary::{Section, sections};
use super::*;
use crate::app::{AttestInput, Refusal};
use crate::rules::request::{ItemStatus, Outcome};

/// A finding as the page shows it.
struct ViewFinding {
    message: String,
    href: String,
    key: String,
    acknowledged: bool,
}

struct ViewItem {
    title: String,
    why: String,
    status: String,
    tag: &'static str,
    href: String,
}

fn view_findings(
    ctx: &Ctx,
    id: &str,
    r: &RecordsRequest,
    fs: &[request_rules::Finding],
) -> Vec<ViewFinding> {
    fs.iter()
        .map(|f| ViewFinding {
            message: ctx.locale.msg(&f.msg),
            href: format!("/requests/{id}/{}?return=check", f.step.slug()),
            key: f.ack_key(),
            acknowledged: r.acknowledged.contains(&f.ack_key()),
        })
        .collect()
}

fn view_checklist(ctx: &Ctx, id: &str, o: &Outcome) -> Vec<ViewItem> {
    o.checklist
        .iter()
        .map(|i| {
            let (status, tag) = match i.status {
                ItemStatus::Ok => (ctx.t("checklist-status-ok"), "green"),
                ItemStatus::Attention => (ctx.t("checklist-status-attention"), "red"),
                ItemStatus::NotApplicable => (ctx.t("checklist-status-na"), "grey"),
            };
            ViewItem {
                title: ctx.t(&i.title_key()),
                why: ctx.t(&i.why_key()),
                status,
                tag,
                href: format!("/requests/{id}/{}?return=check", i.step.slug()),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "requests/check.html")]
struct CheckPage {
    ctx: Ctx,
    id: String,
    title: String,
    form: Form,
    sections: Vec<Section>,
    errors: Vec<ViewFinding>,
    warnings: Vec<ViewFinding>,
    checklist: Vec<ViewItem>,
}

fn check_page(state: &AppState, ctx: Ctx, user: &User, draft: &Draft, form: Form) -> CheckPage {
    let r = &draft.body;
    let id = draft.doc.public_id.clone();
    let outcome = check_request(state, user, r);
    CheckPage {
        title: title(state, &ctx, r),
        sections: sections(state, &ctx, &id, r, true),
        errors: view_findings(&ctx, &id, r, &outcome.errors),
        warnings: view_findings(&ctx, &id, r, &outcome.warnings),
        checklist: view_checklist(&ctx, &id, &outcome),
        ctx,
        id,
        form,
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    render(&check_page(&state, ctx, &user, &draft, draft.form()))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    if form.error(crate::web::wizard::REVISION).is_some() {
        return render_status(
            StatusCode::CONFLICT,
            &check_page(&state, ctx, &user, &draft, form),
        );
    }
    let outcome = check_request(&state, &user, &draft.body);
    // Keep exactly the acknowledgements of warnings that still apply.
    let current: Vec<String> = outcome.warnings.iter().map(|w| w.ack_key()).collect();
    draft.body.acknowledged = current
        .iter()
        .filter(|k| form.has("ack", k))
        .cloned()
        .collect();
    save(&state, &ctx, &user, &draft, &form).await?;
    if saving(&form) {
        return Ok(saved());
    }
    if !outcome.errors.is_empty() {
        form.add_error("errors", ctx.t("error-check-has-errors"));
    }
    if outcome.unacknowledged(&draft.body).next().is_some() {
        form.add_error("warnings", ctx.t("error-check-unacknowledged"));
    }
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &check_page(&state, ctx, &user, &draft, form),
        );
    }
    Ok(Redirect::to(&format!("/requests/{id}/attest")).into_response())
}

// --- Attestation --------------------------------------------------------------

#[derive(Template)]
#[template(path = "requests/attest.html")]
struct AttestPage {
    ctx: Ctx,
    id: String,
    form: Form,
    declarations: Vec<Choice>,
}

fn attest_page(ctx: Ctx, id: String, form: Form) -> AttestPage {
    let declarations = vec![
        Choice::new("official", ctx.t("request-attest-official")),
        Choice::new("accurate", ctx.t("request-attest-accurate")),
        Choice::new("lawful", ctx.t("request-attest-lawful")),
    ];
    AttestPage {
        ctx,
        id,
        form,
        declarations,
    }
}

/// Only a request that passes every rule, warnings acknowledged, can be
/// attested; anything else goes back to check-your-answers.
fn require_ready(state: &AppState, user: &User, draft: &Draft) -> Result<(), AppError> {
    if check_request(state, user, &draft.body).is_ready(&draft.body) {
        Ok(())
    } else {
        Err(AppError::Redirect(format!(
            "/requests/{}/check",
            draft.doc.public_id
        )))
    }
}

pub(super) async fn attest_page_get(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    require_ready(&state, &user, &draft)?;
    let mut form = draft.form();
    form.set(
        "name",
        draft
            .body
            .requester
            .as_ref()
            .map(|q| q.name.as_str())
            .unwrap_or(user.display_name.as_str()),
    );
    render(&attest_page(ctx, id, form))
}

pub(super) async fn attest_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    require_ready(&state, &user, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    let name = form.value("name").trim().to_string();
    let countries = id_countries(&state, &user, &draft.body);
    if let Some(problem) = crate::app::attestation_name_problem(ctx.locale, &name, &countries) {
        form.add_msg(ctx.locale, "name", &problem);
    }
    let all_ticked = ["official", "accurate", "lawful"]
        .iter()
        .all(|d| form.has("declarations", d));
    if !all_ticked {
        form.add_error("declarations", ctx.t("error-attest-declarations"));
    }
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &attest_page(ctx, id, form),
        );
    }
    let actor = ctx.actor()?;
    let input = AttestInput {
        name,
        acknowledged: None,
    };
    match state.attest_request(&actor, &draft, None, input).await {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{id}/done")).into_response()),
        Err(crate::app::Error::Refused(Refusal::Invalid(problems))) => {
            for (field, msg) in problems {
                form.add_msg(ctx.locale, field, &msg);
            }
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &attest_page(ctx, id, form),
            )
        }
        Err(crate::app::Error::Refused(Refusal::NotReady { .. })) => {
            Err(AppError::Redirect(format!("/requests/{id}/check")))
        }
        Err(e) => Err(e.into()),
    }
}

// --- Confirmation and versions ------------------------------------------------

#[derive(Template)]
#[template(path = "requests/done.html")]
struct DonePage {
    ctx: Ctx,
    id: String,
    title: String,
    version: i64,
    attested: String,
    sections: Vec<Section>,
    previous: Option<String>,
    next_version: Option<String>,
    package: crate::store::StoredPackage,
    delivery: crate::web::delivery::DeliveryView,
}

pub(super) async fn done(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<crate::web::delivery::DeliveryQuery>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if !draft.status().is_finished() {
        return Err(AppError::Redirect(format!("/requests/{id}")));
    }
    let r = &draft.body;
    let attested = r
        .attestation
        .as_ref()
        .map(|a| format!("{} – {}", a.name, a.at.strftime("%Y-%m-%d %H:%M UTC")))
        .unwrap_or_default();
    let package = state.request_package(&user, &draft).await?;
    let delivery =
        crate::web::delivery::view(&state, &ctx, &package, q.delivery_error.as_deref()).await?;
    render(&DonePage {
        package,
        delivery,
        title: title(&state, &ctx, r),
        version: draft.doc.version,
        attested,
        sections: sections(&state, &ctx, &id, r, false),
        previous: state.store.previous_version(&draft.doc).await?,
        next_version: state.store.next_version(&draft.doc).await?,
        ctx,
        id,
    })
}

/// A change to a final request is a new version: a draft with the same
/// answers, minus the attestation, that references the final one.
pub(super) async fn new_version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if !draft.status().is_finished() {
        return Err(AppError::Redirect(format!("/requests/{id}")));
    }
    if let Some(existing) = state.store.next_version(&draft.doc).await? {
        return Ok(Redirect::to(&format!("/requests/{existing}")).into_response());
    }
    let new_id = state.new_request_version(&ctx.actor()?, &draft).await?;
    Ok(Redirect::to(&format!("/requests/{new_id}/check")).into_response())
}
