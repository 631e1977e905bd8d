//! Step 6: livestream session facts, where abuse was streamed or arranged
//! on a stream. Police use the session id and times to ask for the stream's
//! records, and the viewers to find those who paid or directed.

use super::*;
use crate::domain::report::Livestream;

#[derive(Template)]
#[template(path = "reports/livestream.html")]
struct LivestreamPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    zones: Vec<Choice>,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(state: &AppState, ctx: Ctx, user: &User, draft: &Draft, form: Form) -> LivestreamPage {
    let id = draft.doc.public_id.clone();
    LivestreamPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        zones: zones(state, user, &draft.body),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 7,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let mut form = draft.form();
    if let Some(l) = &draft.body.livestream {
        form.set("livestream", "yes");
        form.set("session_id", l.session_id.as_str());
        if let Some(m) = &l.started_at {
            set_moment(&mut form, "started", m);
        }
        if let Some(m) = &l.ended_at {
            set_moment(&mut form, "ended", m);
        }
        if let Some(n) = l.viewer_count {
            form.set("viewer_count", n.to_string());
        }
        form.set("viewer_accounts", l.viewer_accounts.join("\n"));
        form.set(
            "anonymisation_services",
            l.anonymisation_services.join("\n"),
        );
        set_bool(&mut form, "recorded", l.recorded);
    }
    default_zones(
        &mut form,
        &["started", "ended"],
        &default_zone(&state, &user, &draft.body),
    );
    render(&view(&state, ctx, &user, &draft, form))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    let livestream = match read_bool(&form, "livestream") {
        None => {
            form.add_error("livestream", ctx.t("report-error-livestream-empty"));
            None
        }
        Some(false) => None,
        Some(true) => {
            let session_id = text(&ctx, &mut form, "session_id", 200);
            let started_at = read_optional_moment(&ctx, &mut form, "started");
            let ended_at = read_optional_moment(&ctx, &mut form, "ended");
            if let (Some(a), Some(b)) = (&started_at, &ended_at)
                && b.at < a.at
            {
                form.add_error("ended", ctx.t("report-time-order"));
            }
            let viewer_count = match form.value("viewer_count").trim() {
                "" => None,
                v => match v.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        form.add_error("viewer_count", ctx.t("report-error-number"));
                        None
                    }
                },
            };
            if session_id.is_empty() && started_at.is_none() {
                form.add_error("session_id", ctx.t("report-error-livestream-facts"));
            }
            Some(Livestream {
                session_id,
                started_at,
                ended_at,
                viewer_count,
                viewer_accounts: lines(&form, "viewer_accounts"),
                anonymisation_services: lines(&form, "anonymisation_services"),
                recorded: read_bool(&form, "recorded"),
            })
        }
    };
    let countries = national_id_jurisdictions(&draft.body);
    let typed = ["session_id", "viewer_accounts"];
    refuse_national_ids(&ctx, &mut form, &typed, Field::Identifier, &countries);
    let words = ["anonymisation_services"];
    refuse_national_ids(&ctx, &mut form, &words, Field::Text, &countries);
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &view(&state, ctx, &user, &draft, form),
        );
    }
    draft.body.livestream = livestream;
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "prior"))
}
