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
    zones: crate::web::wizard::Zones,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(s: Page) -> LivestreamPage {
    let Step {
        ref state,
        ctx,
        ref user,
        ref draft,
        form,
    } = s;
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

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    if let Some(l) = &s.draft.body.livestream {
        s.form.set("livestream", "yes");
        s.form.set("session_id", l.session_id.as_str());
        if let Some(m) = &l.started_at {
            set_moment(&mut s.form, "started", m);
        }
        if let Some(m) = &l.ended_at {
            set_moment(&mut s.form, "ended", m);
        }
        if let Some(n) = l.viewer_count {
            s.form.set("viewer_count", n.to_string());
        }
        s.form.set("viewer_accounts", l.viewer_accounts.join("\n"));
        s.form.set(
            "anonymisation_services",
            l.anonymisation_services.join("\n"),
        );
        set_bool(&mut s.form, "recorded", l.recorded);
    }
    default_zones(
        &mut s.form,
        &["started", "ended"],
        &default_zone(&s.state, &s.user, &s.draft.body),
    );
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let livestream = match read_bool(&s.form, "livestream") {
        None => {
            s.form
                .add_error("livestream", s.ctx.t("report-error-livestream-empty"));
            None
        }
        Some(false) => None,
        Some(true) => {
            let session_id = text(&s.ctx, &mut s.form, "session_id", 200);
            let started_at = read_optional_moment(&s.ctx, &mut s.form, "started", s.state.now());
            let ended_at = read_optional_moment(&s.ctx, &mut s.form, "ended", s.state.now());
            if let (Some(a), Some(b)) = (&started_at, &ended_at)
                && b.at < a.at
            {
                s.form.add_error("ended", s.ctx.t("report-time-order"));
            }
            let viewer_count = match s.form.value("viewer_count").trim() {
                "" => None,
                v => match v.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        s.form
                            .add_error("viewer_count", s.ctx.t("report-error-number"));
                        None
                    }
                },
            };
            if session_id.is_empty() && started_at.is_none() {
                s.form
                    .add_error("session_id", s.ctx.t("report-error-livestream-facts"));
            }
            Some(Livestream {
                session_id,
                started_at,
                ended_at,
                viewer_count,
                viewer_accounts: lines(&s.form, "viewer_accounts"),
                anonymisation_services: lines(&s.form, "anonymisation_services"),
                recorded: read_bool(&s.form, "recorded"),
            })
        }
    };
    let countries = national_id_jurisdictions(&s.draft.body);
    let typed = ["session_id", "viewer_accounts"];
    refuse_national_ids(&s.ctx, &mut s.form, &typed, Field::Identifier, &countries);
    let words = ["anonymisation_services"];
    refuse_national_ids(&s.ctx, &mut s.form, &words, Field::Text, &countries);
    if s.form.has_errors() {
        return s.refuse(view);
    }
    s.draft.body.livestream = livestream;
    s.save_and_go("prior").await
}
