//! Four eyes. A submitted report is frozen until a reviewer of the same
//! organisation who did not write it approves it or returns it with
//! comments; a returned report is a draft again. Only an approved report
//! counts as approved. Each step records the rule-pack version the report
//! was validated against.

use super::summary::{Section, sections};
use super::views::{ViewEntry, view_checklist, view_history};
use super::*;
use crate::app::ReportStatus;
use crate::web::clocks::{ViewClock, view_clocks};
use crate::web::findings::ViewItem;
use crate::web::findings::{ViewFinding, view_findings};

#[derive(Template)]
#[template(path = "reports/review.html")]
pub(super) struct ReviewPage {
    ctx: Ctx,
    id: String,
    /// `CB-2026-000123`, shown beside the id.
    reference: String,
    title: String,
    status: String,
    approved: bool,
    /// The package, once the report is approved.
    package: Option<crate::store::StoredPackage>,
    delivery: Option<crate::web::delivery::DeliveryView>,
    /// The NCMEC form in the package, when NCMEC is a destination too:
    /// (file name, label).
    ncmec: Vec<(String, String)>,
    /// Submitting that form to NCMEC's API, and what was submitted.
    ncmec_submit: Option<super::ncmec::NcmecView>,
    /// A submission to NCMEC just ended.
    ncmec_sent: bool,
    form: Form,
    sections: Vec<Section>,
    errors: Vec<ViewFinding>,
    warnings: Vec<ViewFinding>,
    checklist: Vec<ViewItem>,
    score: u32,
    clocks: Vec<ViewClock>,
    /// The duties of an approved report that may be recorded as done.
    duties: Vec<Choice>,
    zones: crate::web::wizard::Zones,
    history: Vec<ViewEntry>,
    /// The signed-in member may approve or return the report.
    can_decide: bool,
    /// Why they may not, when they are a reviewer.
    cannot_decide: String,
    /// Files nobody has attested viewing yet, which the deciding reviewer
    /// may attest: (index, name).
    unattested: Vec<(usize, String)>,
    submitted: bool,
    /// A duty was just recorded as done.
    recorded: bool,
}

fn status_key(status: &str) -> &'static str {
    match status {
        "in_review" => "report-status-in-review",
        "approved" => "report-status-approved",
        _ => "report-status-draft",
    }
}

/// Whether `user` may decide on `draft`, or the message key saying why not.
fn decision_right(state: &AppState, user: &User, draft: &Draft) -> Result<(), &'static str> {
    let actor = Actor::new(user, Via::Web, Locale::ENGLISH);
    match state.decision_refusal(&actor, draft) {
        None => Ok(()),
        Some(Refusal::Role(_)) => Err("report-review-reviewers-only"),
        Some(Refusal::FourEyes) => Err("report-error-self-approval"),
        Some(_) => Err("report-review-not-in-review"),
    }
}

pub(super) async fn review_page(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    draft: &Draft,
    form: Form,
    submitted: bool,
    delivery_error: Option<&str>,
) -> Result<ReviewPage, AppError> {
    let r = &draft.body;
    let id = draft.doc.public_id.clone();
    let o = outcome(state, r)
        .ok_or_else(|| AppError::internal("a report in review has no destination"))?;
    let history = state
        .store
        .report_reviews(draft.doc.id, draft.doc.org_id)
        .await?;
    let right = decision_right(state, user, draft);
    let cannot_decide = match right {
        Err(key) if user.role == Role::MemberReviewer && draft.doc.status == "in_review" => {
            ctx.t(key)
        }
        _ => String::new(),
    };
    let approved = draft.status() == ReportStatus::Approved;
    let package = if approved {
        Some(state.report_package(user, draft).await?)
    } else {
        None
    };
    let delivery = match &package {
        Some(p) => Some(crate::web::delivery::view(state, &ctx, p, delivery_error).await?),
        None => None,
    };
    // Once approved the clocks run on: what was done stops them.
    let clocks = match approved {
        true => state.report_clocks(&draft.doc, r).await?,
        false => o.clocks.clone(),
    };
    let duties = match approved {
        true => super::duties::choices(&ctx, &clocks),
        false => Vec::new(),
    };
    let mut form = form;
    super::default_zones(&mut form, &["done"], &super::default_zone(state, user, r));
    let ncmec = match (&package, r.destination.also_to_ncmec) {
        (Some(_), Some(true)) => std::iter::once((
            "ncmec-report.xml".to_string(),
            ctx.t("ncmec-download-report"),
        ))
        .chain((1..=r.files.len()).map(|n| {
            (
                format!("ncmec-file-{n}.xml"),
                ctx.t1("ncmec-download-file", "number", n),
            )
        }))
        .collect(),
        _ => Vec::new(),
    };
    let ncmec_submit = match (&package, r.destination.also_to_ncmec) {
        (Some(_), Some(true)) => {
            let actor = Actor::new(user, Via::Web, ctx.locale);
            let panel = state.ncmec_panel(&actor, &draft.doc, r).await?;
            Some(super::ncmec::view(&ctx, &panel, r, &form))
        }
        _ => None,
    };
    Ok(ReviewPage {
        ncmec,
        ncmec_submit,
        ncmec_sent: false,
        zones: super::zones(state, user, r),
        duties,
        reference: draft.doc.reference.clone(),
        package,
        delivery,
        title: title(state, &ctx, r),
        status: ctx.t(status_key(&draft.doc.status)),
        approved,
        sections: sections(state, &ctx, &id, r, &[], false),
        errors: view_findings(&ctx, &format!("/reports/{id}"), &o.errors, &[], false),
        warnings: view_findings(&ctx, &format!("/reports/{id}"), &o.warnings, &[], false),
        checklist: view_checklist(&ctx, &id, &o),
        score: o.checklist.score,
        clocks: view_clocks(&ctx, &clocks),
        history: view_history(&ctx, &history),
        unattested: if right.is_ok() {
            r.files
                .iter()
                .enumerate()
                .filter(|(_, f)| !f.review_attested())
                .map(|(i, f)| {
                    let name = if f.file_name.is_empty() {
                        ctx.t1("report-file-numbered", "number", i + 1)
                    } else {
                        f.file_name.clone()
                    };
                    (i, name)
                })
                .collect()
        } else {
            Vec::new()
        },
        can_decide: right.is_ok(),
        cannot_decide,
        submitted,
        recorded: false,
        ctx,
        id,
        form,
    })
}

#[derive(serde::Deserialize)]
pub(super) struct ReviewQuery {
    submitted: Option<String>,
    delivery_error: Option<String>,
    recorded: Option<String>,
    ncmec: Option<String>,
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<ReviewQuery>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if draft.status().is_editable() {
        return Err(AppError::Redirect(format!("/reports/{id}/check")));
    }
    let mut page = review_page(
        &state,
        ctx,
        &user,
        &draft,
        draft.form(),
        q.submitted.is_some(),
        q.delivery_error.as_deref(),
    )
    .await?;
    page.recorded = q.recorded.is_some();
    page.ncmec_sent = q.ncmec.is_some();
    render(&page)
}

/// The review page again with the problem, refused with `status`.
async fn refuse(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    draft: &Draft,
    mut form: Form,
    status: StatusCode,
    key: &str,
) -> Result<Response, AppError> {
    form.add_error("decision", ctx.t(key));
    let page = review_page(state, ctx, user, draft, form, false, None).await?;
    render_status(status, &page)
}

pub(super) async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let form = draft.posted(&ctx, &body);
    if draft.status() != ReportStatus::InReview {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&state, &user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    match state.approve_report(&ctx.actor()?, &draft).await {
        Ok(_) => Ok(Redirect::to(&format!("/reports/{id}/review")).into_response()),
        Err(crate::app::Error::Refused(Refusal::NotReady { .. })) => {
            refuse(
                &state,
                ctx,
                &user,
                &draft,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
                "report-error-approve-has-errors",
            )
            .await
        }
        Err(crate::app::Error::Refused(Refusal::WrongState(_) | Refusal::Stale { .. })) => {
            Err(AppError::Redirect(format!("/reports/{id}/review")))
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn send_back(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    if draft.status() != ReportStatus::InReview {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&state, &user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    let comment = form.value("comment").to_string();
    match state.return_report(&ctx.actor()?, &draft, &comment).await {
        Ok(_) => Ok(Redirect::to("/?returned=1").into_response()),
        Err(crate::app::Error::Refused(Refusal::Invalid(problems))) => {
            for (field, msg) in problems {
                form.add_msg(ctx.locale, field, &msg);
            }
            let page = review_page(&state, ctx, &user, &draft, form, false, None).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(crate::app::Error::Refused(Refusal::WrongState(_) | Refusal::Stale { .. })) => {
            Err(AppError::Redirect(format!("/reports/{id}/review")))
        }
        Err(e) => Err(e.into()),
    }
}

/// The reviewer viewed a file during review and attests it: their name and
/// the time go into the report, which is otherwise frozen.
pub(super) async fn attest_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let form = draft.posted(&ctx, &body);
    if draft.status() != ReportStatus::InReview {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&state, &user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    let i = existing(draft.body.files.len(), &n)?;
    let zone = default_zone(&state, &user, &draft.body);
    match state
        .attest_file_review(&ctx.actor()?, &draft, i, &zone)
        .await
    {
        Ok(_) | Err(crate::app::Error::Refused(Refusal::WrongState(_) | Refusal::Stale { .. })) => {
            Ok(Redirect::to(&format!("/reports/{id}/review")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
