//! Downloads of a finished request's package: the JSON envelope, the
//! bilingual PDF and the ZIP with the signed legal process, built when the
//! request was attested and stored, so every download gives the same bytes.

use super::*;

/// `GET /requests/{id}/package/{file}`: the artifact of a final request.
pub(super) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if !draft.status().is_finished() {
        return Err(AppError::NotFound);
    }
    let p = state.request_package(&user, &draft).await?;
    crate::web::packages::download(&p, &file)
}
