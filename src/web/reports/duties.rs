//! Recording that a duty of an approved report was done: which duty, when
//! (now, unless a time is given) and a note. The review page shows the
//! form under the clocks; the recipient sees the result on its case.

use super::review::review_page;
use super::*;
use crate::rules::{Clock, ClockStatus};

/// The duties a member may record as done: every started clock, and those
/// without a fixed time. One already recorded may be recorded again to
/// correct it.
pub(super) fn choices(ctx: &Ctx, clocks: &[Clock]) -> Vec<Choice> {
    clocks
        .iter()
        .filter(|c| c.status != ClockStatus::NotStarted)
        .filter(|c| !c.done.as_ref().is_some_and(|d| d.by_delivery))
        .map(|c| {
            let label = format!(
                "{}: {}",
                ctx.t(crate::web::clocks::duty_key(c.kind)),
                c.summary
            );
            let choice = Choice::new(c.duty.as_str(), label);
            match c.done {
                Some(_) => choice.with_hint(ctx.t("duty-record-again")),
                None => choice,
            }
        })
        .collect()
}

pub(super) async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    let mut form = Form::from_body(&body);
    let duty = form.value("duty").to_string();
    if duty.is_empty() {
        form.add_error("duty", ctx.t("duty-error-choose"));
    }
    let at = read_optional_moment(&ctx, &mut form, "done", state.now()).map(|m| m.at);
    if !form.has_errors() {
        let done = state
            .record_duty_done(&ctx.actor()?, &draft, &duty, at, form.value("note"))
            .await;
        match done {
            Ok(_) => {
                return Ok(
                    Redirect::to(&format!("/reports/{id}/review?recorded=1#clocks"))
                        .into_response(),
                );
            }
            Err(crate::app::Error::Refused(Refusal::Invalid(problems))) => {
                for (field, msg) in problems {
                    let field = if field == "done_at" { "done" } else { field };
                    form.add_msg(ctx.locale, field, &msg);
                }
            }
            Err(crate::app::Error::Refused(Refusal::NotFound)) => {
                form.add_error("duty", ctx.t("duty-error-choose"));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = review_page(&state, ctx, &user, &draft, form, false, None).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
