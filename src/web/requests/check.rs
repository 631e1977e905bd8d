//! Check your answers, the attestation that makes a request final, the
//! confirmation page, and new versions of a final request.

use askama::Template;

use super::summary::{Section, sections};
use super::*;
use crate::app::{AttestInput, Refusal};
use crate::rules::request::Outcome;
use crate::web::findings::{ViewFinding, ViewItem, view_findings};

fn view_checklist(ctx: &Ctx, id: &str, o: &Outcome) -> Vec<ViewItem> {
    let base = format!("/requests/{id}");
    o.checklist
        .iter()
        .map(|i| ViewItem {
            title: ctx.t(&i.title_key()),
            why: ctx.t(&i.why_key()),
            ..ViewItem::new(ctx, &base, i.step.slug(), i.status)
        })
        .collect()
}

#[derive(Template)]
#[template(path = "requests/check.html")]
struct CheckPage {
    ctx: Ctx,
    id: String,
    /// `CB-2026-000123`, shown beside the id.
    reference: String,
    title: String,
    form: Form,
    sections: Vec<Section>,
    errors: Vec<ViewFinding>,
    warnings: Vec<ViewFinding>,
    checklist: Vec<ViewItem>,
    /// "Version 2: corrects CB-2026-000001" for a correction.
    corrects: String,
}

fn check_page(s: Page) -> CheckPage {
    let Step {
        ref state,
        ctx,
        ref user,
        ref draft,
        form,
    } = s;
    let r = &draft.body;
    let id = draft.doc.public_id.clone();
    let base = format!("/requests/{id}");
    let outcome = check_request(state, user, r);
    CheckPage {
        reference: draft.doc.reference.clone(),
        title: title(state, &ctx, r),
        sections: sections(state, &ctx, &id, r, true),
        errors: view_findings(&ctx, &base, &outcome.errors, &r.acknowledged, true),
        warnings: view_findings(&ctx, &base, &outcome.warnings, &r.acknowledged, true),
        checklist: view_checklist(&ctx, &id, &outcome),
        corrects: String::new(),
        ctx,
        id,
        form,
    }
}

/// Check your answers, saying which version a correction corrects.
async fn corrected(s: &Page) -> Result<String, AppError> {
    let reference = s.state.store.corrected_reference(&s.draft.doc).await?;
    Ok(crate::web::finding::version_note(
        &s.ctx,
        s.draft.doc.version,
        reference.as_deref(),
    ))
}

pub(super) async fn page(Opened(s): Opened<Requests>) -> Result<Response, AppError> {
    let corrects = corrected(&s).await?;
    s.show(|s| CheckPage {
        corrects,
        ..check_page(s)
    })
}

pub(super) async fn submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    if s.form.error(crate::web::wizard::REVISION).is_some() {
        return render_status(StatusCode::CONFLICT, &check_page(s));
    }
    let outcome = check_request(&s.state, &s.user, &s.draft.body);
    // Keep exactly the acknowledgements of warnings that still apply.
    let current: Vec<String> = outcome.warnings.iter().map(|w| w.ack_key()).collect();
    s.draft.body.acknowledged = current
        .iter()
        .filter(|k| s.form.has("ack", k))
        .cloned()
        .collect();
    s.save().await?;
    if saving(&s.form) {
        return Ok(saved());
    }
    if !outcome.errors.is_empty() {
        s.form
            .add_error("errors", s.ctx.t("error-check-has-errors"));
    }
    if outcome.unacknowledged(&s.draft.body).next().is_some() {
        s.form
            .add_error("warnings", s.ctx.t("error-check-unacknowledged"));
    }
    if s.form.has_errors() {
        let corrects = corrected(&s).await?;
        return s.refuse(|s| CheckPage {
            corrects,
            ..check_page(s)
        });
    }
    Ok(Redirect::to(&format!("/requests/{}/attest", s.id())).into_response())
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
    /// `CB-2026-000123`, shown beside the id.
    reference: String,
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
        reference: draft.doc.reference.clone(),
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
