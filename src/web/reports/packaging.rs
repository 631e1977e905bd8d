//! Downloads of an approved report's package, built when the reviewer
//! approved it and stored, so every download gives the same bytes. Drafts
//! and reports in review have none.

use super::*;

/// `GET /reports/{id}/package/{file}`: an artifact of an approved report.
pub(super) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let p = match state.report_package(&user, &draft).await {
        Err(crate::app::Error::Refused(Refusal::WrongState(_))) => return Err(AppError::NotFound),
        other => other?,
    };
    crate::web::packages::download(&p, &file)
}
