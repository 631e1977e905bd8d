//! Four eyes. A submitted report is frozen until a reviewer of the same
//! organisation who did not write it approves it or returns it with
//! comments; a returned report is a draft again. Only an approved report
//! counts as approved. Each step records the rule-pack version the report
//! was validated against.

use super::check::{ViewClock, ViewFinding, ViewItem, view_checklist, view_clocks, view_findings};
use super::summary::{Section, sections};
use super::*;
use crate::store::{ReviewEntry, Transition};

pub(super) struct ViewEntry {
    pub who: String,
    pub action: String,
    pub at: String,
    pub comment: String,
    pub pack_version: String,
    pub returned: bool,
}

pub(super) fn view_history(ctx: &Ctx, entries: &[ReviewEntry]) -> Vec<ViewEntry> {
    entries
        .iter()
        .map(|e| ViewEntry {
            who: e.actor_name.clone(),
            action: ctx.t(match e.action.as_str() {
                "submitted" => "report-review-action-submitted",
                "returned" => "report-review-action-returned",
                _ => "report-review-action-approved",
            }),
            at: crate::domain::time::from_db(&e.at)
                .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_else(|| e.at.clone()),
            comment: e.comment.clone(),
            pack_version: e.pack_version.clone(),
            returned: e.action == "returned",
        })
        .collect()
}

#[derive(Template)]
#[template(path = "reports/review.html")]
struct ReviewPage {
    ctx: Ctx,
    id: String,
    title: String,
    status: String,
    approved: bool,
    /// The package, once the report is approved.
    package: Option<crate::store::StoredPackage>,
    form: Form,
    sections: Vec<Section>,
    errors: Vec<ViewFinding>,
    warnings: Vec<ViewFinding>,
    checklist: Vec<ViewItem>,
    score: u32,
    clocks: Vec<ViewClock>,
    history: Vec<ViewEntry>,
    /// The signed-in member may approve or return the report.
    can_decide: bool,
    /// Why they may not, when they are a reviewer.
    cannot_decide: String,
    /// Files nobody has attested viewing yet, which the deciding reviewer
    /// may attest: (index, name).
    unattested: Vec<(usize, String)>,
    submitted: bool,
}

fn status_key(status: &str) -> &'static str {
    match status {
        "in_review" => "report-status-in-review",
        "approved" => "report-status-approved",
        _ => "report-status-draft",
    }
}

/// Whether `user` may decide on `draft`, or why not.
fn decision_right(user: &User, draft: &Draft) -> Result<(), &'static str> {
    if user.role != Role::MemberReviewer {
        Err("report-review-reviewers-only")
    } else if user.id == draft.doc.owner_id {
        Err("report-error-self-approval")
    } else if draft.doc.status != "in_review" {
        Err("report-review-not-in-review")
    } else {
        Ok(())
    }
}

async fn review_page(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    draft: &Draft,
    form: Form,
    submitted: bool,
) -> Result<ReviewPage, AppError> {
    let r = &draft.report;
    let id = draft.doc.public_id.clone();
    let o = outcome(state, r)
        .ok_or_else(|| AppError::internal("a report in review has no destination"))?;
    let history = state
        .store
        .report_reviews(draft.doc.id, draft.doc.org_id)
        .await?;
    let right = decision_right(user, draft);
    let cannot_decide = match right {
        Err(key) if user.role == Role::MemberReviewer && draft.doc.status == "in_review" => {
            ctx.t(key)
        }
        _ => String::new(),
    };
    let package = if draft.doc.status == "approved" {
        Some(super::packaging::ensure(state, user, draft).await?)
    } else {
        None
    };
    Ok(ReviewPage {
        package,
        title: title(state, &ctx, r),
        status: ctx.t(status_key(&draft.doc.status)),
        approved: draft.doc.status == "approved",
        sections: sections(state, &ctx, &id, r, false),
        errors: view_findings(&ctx, &id, &o.errors, &[], false),
        warnings: view_findings(&ctx, &id, &o.warnings, &[], false),
        checklist: view_checklist(&ctx, &id, &o),
        score: o.checklist.score,
        clocks: view_clocks(&ctx, &o.clocks),
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
        ctx,
        id,
        form,
    })
}

#[derive(serde::Deserialize)]
pub(super) struct ReviewQuery {
    submitted: Option<String>,
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<ReviewQuery>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if draft.doc.status == "draft" {
        return Err(AppError::Redirect(format!("/reports/{id}/check")));
    }
    let page = review_page(
        &state,
        ctx,
        &user,
        &draft,
        Form::new(),
        q.submitted.is_some(),
    )
    .await?;
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
    let page = review_page(state, ctx, user, draft, form, false).await?;
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
    let form = parse_form(&body);
    if draft.doc.status != "in_review" {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    // The packs may have changed since submission: approve only what passes
    // the rules now.
    let o = outcome(&state, &draft.report)
        .ok_or_else(|| AppError::internal("a report in review has no destination"))?;
    if !o.errors.is_empty() {
        return refuse(
            &state,
            ctx,
            &user,
            &draft,
            form,
            StatusCode::UNPROCESSABLE_ENTITY,
            "report-error-approve-has-errors",
        )
        .await;
    }
    let moved = state
        .store
        .transition_report(&Transition {
            public_id: &id,
            org_id: user.org.id,
            from: "in_review",
            to: "approved",
            actor_user_id: user.id,
            actor_name: &user.display_name,
            action: "approved",
            comment: "",
            pack_version: &o.pack_version,
            body: None,
        })
        .await?;
    if !moved {
        return Err(AppError::Redirect(format!("/reports/{id}/review")));
    }
    audit_with(
        &state,
        &user,
        "report.approved",
        &id,
        serde_json::json!({ "pack_version": o.pack_version, "score": o.checklist.score }),
    )
    .await?;
    // The package leaves with exactly what was approved.
    let approved = load_any(&state, &user, &id).await?;
    super::packaging::ensure(&state, &user, &approved).await?;
    Ok(Redirect::to(&format!("/reports/{id}/review")).into_response())
}

pub(super) async fn send_back(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let mut form = parse_form(&body);
    if draft.doc.status != "in_review" {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    let comment = text(&ctx, &mut form, "comment", 3000);
    if comment.is_empty() && !form.has_errors() {
        form.add_error("comment", ctx.t("report-error-comment-empty"));
    }
    refuse_national_ids(
        &ctx,
        &mut form,
        &["comment"],
        Field::Text,
        &national_id_jurisdictions(&draft.report),
    );
    if form.has_errors() {
        let page = review_page(&state, ctx, &user, &draft, form, false).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let pack_version = outcome(&state, &draft.report)
        .map(|o| o.pack_version)
        .unwrap_or_default();
    let moved = state
        .store
        .transition_report(&Transition {
            public_id: &id,
            org_id: user.org.id,
            from: "in_review",
            to: "draft",
            actor_user_id: user.id,
            actor_name: &user.display_name,
            action: "returned",
            comment: &comment,
            pack_version: &pack_version,
            body: None,
        })
        .await?;
    if !moved {
        return Err(AppError::Redirect(format!("/reports/{id}/review")));
    }
    audit(&state, &user, "report.returned", &id).await?;
    Ok(Redirect::to("/?returned=1").into_response())
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
    let mut draft = load_any(&state, &user, &id).await?;
    let form = parse_form(&body);
    if draft.doc.status != "in_review" {
        return Err(AppError::Redirect(format!("/reports/{id}")));
    }
    if let Err(key) = decision_right(&user, &draft) {
        return refuse(&state, ctx, &user, &draft, form, StatusCode::FORBIDDEN, key).await;
    }
    let i = index(draft.report.files.len(), &n)?.ok_or(AppError::NotFound)?;
    let zone = default_zone(&state, &user, &draft.report);
    let file = &mut draft.report.files[i];
    let hash_list = file
        .review
        .as_ref()
        .map(|r| r.hash_list.clone())
        .unwrap_or_default();
    file.viewed_by_person = Some(true);
    file.review = Some(crate::domain::report::HumanReview {
        reviewer: user.display_name.clone(),
        at: Moment::new(crate::domain::time::now(), &zone),
        hash_list,
    });
    let saved = state
        .store
        .save_in_review(&id, user.org.id, &draft.report.to_json())
        .await?;
    if !saved {
        return Err(AppError::Redirect(format!("/reports/{id}/review")));
    }
    audit_with(
        &state,
        &user,
        "report.file_attested",
        &id,
        serde_json::json!({ "file": i }),
    )
    .await?;
    Ok(Redirect::to(&format!("/reports/{id}/review")).into_response())
}
