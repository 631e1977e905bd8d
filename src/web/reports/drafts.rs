//! Deleting and duplicating reports. Only the author deletes a draft, and
//! only one that has never been through review: a returned report keeps its
//! four-eyes history. Any member of the organisation may start a new draft
//! from a copy of a report, whatever its status.

use super::*;

#[derive(Template)]
#[template(path = "reports/delete.html")]
struct DeletePage {
    ctx: Ctx,
    id: String,
    title: String,
    /// Why it cannot be deleted, when it cannot.
    refusal: String,
}

pub(super) async fn delete_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let reviewed = !state
        .store
        .report_reviews(draft.doc.id, draft.doc.org_id)
        .await?
        .is_empty();
    let refusal = if reviewed {
        ctx.t("report-delete-reviewed")
    } else {
        String::new()
    };
    let title = title(&state, &ctx, &draft.report);
    render(&DeletePage {
        ctx,
        id,
        title,
        refusal,
    })
}

pub(super) async fn delete_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    load(&state, &user, &id).await?;
    if !state
        .store
        .delete_unreviewed_report(&id, user.org.id, user.id)
        .await?
    {
        return Err(AppError::Forbidden);
    }
    audit(&state, &user, "report.draft_deleted", &id).await?;
    Ok(Redirect::to("/?deleted=1").into_response())
}

pub(super) async fn duplicate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let original = load_any(&state, &user, &id).await?;
    let copy = state
        .store
        .create_draft(&NewDocument {
            kind: "report",
            schema_version: i64::from(SCHEMA_VERSION),
            owner_id: user.id,
            org_id: user.org.id,
            training: original.doc.training,
            title: &title(&state, &ctx, &original.report),
            body: &original.report.to_json(),
        })
        .await?;
    audit_with(
        &state,
        &user,
        "report.draft_created",
        &copy,
        serde_json::json!({ "copy_of": id }),
    )
    .await?;
    Ok(Redirect::to(&format!("/reports/{copy}/check")).into_response())
}
