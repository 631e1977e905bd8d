//! The package of an approved report: built when the reviewer approves it
//! (or on first need, if that was interrupted) and stored, so every download
//! gives the same bytes. Drafts and reports in review have none.

use super::*;
use crate::store::StoredPackage;

/// Who sends the report, as the cover shows it.
fn sender(user: &User, r: &Report) -> String {
    let who = [r.reporter.name.as_str(), r.reporter.email.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if who.is_empty() {
        user.org.name.clone()
    } else {
        format!("{} ({who})", user.org.name)
    }
}

/// The stored package of an approved report, built and stored first when
/// there is none yet.
pub(super) async fn ensure(
    state: &AppState,
    user: &User,
    draft: &Draft,
) -> Result<StoredPackage, AppError> {
    if draft.doc.status != "approved" {
        return Err(AppError::NotFound);
    }
    if let Some(p) = state
        .store
        .package_for_document(draft.doc.id, user.org.id)
        .await?
    {
        return Ok(p);
    }
    let outcome = outcome(state, &draft.report)
        .ok_or_else(|| AppError::internal("an approved report has no destination"))?;
    let built = crate::web::report_package::build(
        &state.rules,
        &draft.report,
        &outcome,
        sender(user, &draft.report),
        draft.doc.training,
    )
    .await
    .map_err(AppError::internal)?;
    crate::web::packages::store(state, draft.doc.id, user.org.id, draft.doc.training, &built)
        .await?;
    state
        .store
        .package_for_document(draft.doc.id, user.org.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /reports/{id}/package/{file}`: an artifact of an approved report.
pub(super) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let p = ensure(&state, &user, &draft).await?;
    crate::web::packages::download(&p, &file)
}
