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
    let title = title(&state, &ctx, &draft.body);
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
    let draft = load(&state, &user, &id).await?;
    match state.delete_report(&ctx.actor()?, &draft).await {
        Ok(()) => Ok(Redirect::to("/?deleted=1").into_response()),
        // Through review once: its history stays.
        Err(crate::app::Error::Refused(Refusal::WrongState(_))) => Err(AppError::Forbidden),
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn duplicate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let original = load_any(&state, &user, &id).await?;
    let copy = state.duplicate_report(&ctx.actor()?, &original).await?;
    Ok(Redirect::to(&format!("/reports/{copy}/check")).into_response())
}
