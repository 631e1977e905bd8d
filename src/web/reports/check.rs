//! Check your answers: every answer with a Change link, the destination's
//! rule findings (errors block submission, warnings need an
//! acknowledgement), the full actionability checklist and the deadline
//! clocks. Submitting sends the report to a reviewer and freezes it.

use super::summary::{Section, sections};
use super::views::{ViewEntry, view_checklist, view_history};
use super::*;
use crate::rules::Finding;
use crate::web::clocks::{ViewClock, view_clocks};
use crate::web::findings::ViewItem;
use crate::web::findings::{ViewFinding, view_findings};

#[derive(Template)]
#[template(path = "reports/check.html")]
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
    score: u32,
    clocks: Vec<ViewClock>,
    pack_version: String,
    /// Comments of the reviewer who returned the report, newest first.
    comments: Vec<ViewEntry>,
}

async fn check_page(
    state: &AppState,
    ctx: Ctx,
    draft: &Draft,
    o: &Outcome,
    acked: &[String],
    form: Form,
) -> Result<CheckPage, AppError> {
    let r = &draft.body;
    let id = draft.doc.public_id.clone();
    let history = state
        .store
        .report_reviews(draft.doc.id, draft.doc.org_id)
        .await?;
    let comments = view_history(&ctx, &history)
        .into_iter()
        .filter(|e| e.returned)
        .rev()
        .collect();
    Ok(CheckPage {
        reference: draft.doc.reference.clone(),
        title: title(state, &ctx, r),
        sections: sections(state, &ctx, &id, r, &[], true),
        errors: view_findings(&ctx, &format!("/reports/{id}"), &o.errors, acked, true),
        warnings: view_findings(&ctx, &format!("/reports/{id}"), &o.warnings, acked, true),
        checklist: view_checklist(&ctx, &id, o),
        score: o.checklist.score,
        clocks: view_clocks(&ctx, &o.clocks),
        pack_version: o.pack_version.clone(),
        comments,
        ctx,
        id,
        form,
    })
}

/// The rules of the draft's destination, or the question that sets it.
fn checked(state: &AppState, draft: &Draft) -> Result<Outcome, AppError> {
    outcome(state, &draft.body)
        .ok_or_else(|| AppError::Redirect(format!("/reports/{}/destination", draft.doc.public_id)))
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let o = checked(&state, &draft)?;
    let acked = draft.body.acknowledged.clone();
    render(&check_page(&state, ctx, &draft, &o, &acked, draft.form()).await?)
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) {
        return Ok(saved());
    }
    let o = checked(&state, &draft)?;
    let acked: Vec<String> = o
        .warnings
        .iter()
        .map(Finding::ack_key)
        .filter(|k| form.has("ack", k))
        .collect();
    if !o.errors.is_empty() {
        form.add_error("errors", ctx.t("report-error-check-has-errors"));
    }
    if acked.len() < o.warnings.len() {
        form.add_error("warnings", ctx.t("report-error-check-unacknowledged"));
    }
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &check_page(&state, ctx, &draft, &o, &acked, form).await?,
        );
    }
    let submission = crate::app::Submission {
        acknowledged: Some(acked),
    };
    match state
        .submit_report(&ctx.actor()?, &draft, None, submission)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/reports/{id}/review?submitted=1")).into_response()),
        Err(crate::app::Error::Refused(crate::app::Refusal::WrongState(_))) => {
            Err(AppError::Redirect(format!("/reports/{id}/review")))
        }
        Err(e) => Err(e.into()),
    }
}
