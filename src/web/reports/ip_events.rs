//! An account's IP capture events: address, source port, what happened and
//! when, with the zone. Behind carrier-grade NAT an address names a
//! subscriber only with its port and the exact time, so a missing port needs
//! a stated reason.

use std::net::IpAddr;

use super::*;
use crate::app::projection::report::ip_records;
use crate::domain::report::{IpEvent, IpEventKind};
use crate::web::summary;

const MAX_EVENTS: usize = 50;
const KINDS: [IpEventKind; 5] = [
    IpEventKind::Login,
    IpEventKind::Registration,
    IpEventKind::Upload,
    IpEventKind::Purchase,
    IpEventKind::Other,
];

/// The account `n` of the draft, or 404.
fn account_index(draft: &Draft, n: &str) -> Result<usize, AppError> {
    index(draft.body.reported_persons.len(), n)?.ok_or(AppError::NotFound)
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let i = account_index(&draft, &n)?;
    render(&list_page(&state, ctx, &draft, i, draft.form()))
}

fn list_page(state: &AppState, ctx: Ctx, draft: &Draft, i: usize, form: Form) -> ListPage {
    let id = &draft.doc.public_id;
    let r = ret(&ctx);
    let account = &draft.body.reported_persons[i];
    let cx = projection(state, &ctx);
    let records = ip_records(&cx, account.ip_events.iter().map(|e| (String::new(), e)));
    let cards = summary::cards(&ctx, records, |j| {
        format!("/reports/{id}/accounts/{i}/ip-events/{j}{r}")
    });
    let items = cards
        .into_iter()
        .enumerate()
        .map(|(j, c)| Listed {
            title: c.title,
            rows: c.rows,
            remove: format!("/reports/{id}/accounts/{i}/ip-events/{j}/remove{r}"),
            more: None,
        })
        .collect();
    let name = crate::app::projection::report::account(&cx, i, account).subtitle;
    ListPage {
        panel: Panel::of(state, &ctx, id, &draft.body),
        heading: ctx.t1("report-ip-events-question", "account", &name),
        intro: ctx.t("report-ip-events-intro"),
        none: ctx.t("report-ip-events-none"),
        items,
        add_href: format!("/reports/{id}/accounts/{i}/ip-events/new{r}"),
        add_label: ctx.t(if account.ip_events.is_empty() {
            "report-ip-events-add"
        } else {
            "report-ip-events-add-another"
        }),
        back: format!("/reports/{id}/accounts/{i}{r}"),
        why: "report-ip-events-why",
        ctx,
        form,
        step: 4,
        total: TOTAL_STEPS,
    }
}

/// Continue goes back to the list of accounts: IP events are optional, and
/// the checklist says what their absence costs.
pub(super) async fn list_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    account_index(&draft, &n)?;
    let form = draft.posted(&ctx, &body);
    if saving(&form) {
        return Ok(saved());
    }
    let to = format!("/reports/{id}/accounts{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}

#[derive(Template)]
#[template(path = "reports/ip_event.html")]
struct EventPage {
    ctx: Ctx,
    id: String,
    account: usize,
    form: Form,
    panel: Panel,
    kinds: Vec<Choice>,
    zones: Vec<Choice>,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn event_page(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    draft: &Draft,
    account: usize,
    form: Form,
) -> EventPage {
    let id = draft.doc.public_id.clone();
    EventPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        kinds: enum_choices(&ctx, "report-ip-event", &KINDS),
        zones: zones(state, user, &draft.body),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        account,
        form,
        step: 4,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n, m)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let i = account_index(&draft, &n)?;
    let events = &draft.body.reported_persons[i].ip_events;
    let mut form = draft.form();
    match index(events.len(), &m)? {
        Some(j) => {
            let e = &events[j];
            if let Some(a) = e.address {
                form.set("address", a.to_string());
            }
            if let Some(p) = e.port {
                form.set("port", p.to_string());
            }
            form.set("port_missing_reason", e.port_missing_reason.as_str());
            if let Some(k) = e.event {
                form.set("event", enum_str(&k));
            }
            if let Some(at) = &e.at {
                set_moment(&mut form, "at", at);
            }
            set_bool(&mut form, "possible_proxy", e.possible_proxy);
        }
        None if events.len() >= MAX_EVENTS => return Err(AppError::NotFound),
        None => {}
    }
    default_zones(
        &mut form,
        &["at"],
        &default_zone(&state, &user, &draft.body),
    );
    render(&event_page(&state, ctx, &user, &draft, i, form))
}

pub(super) async fn edit_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n, m)): Path<(String, String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let i = account_index(&draft, &n)?;
    let len = draft.body.reported_persons[i].ip_events.len();
    let slot = index(len, &m)?;
    if slot.is_none() && len >= MAX_EVENTS {
        return Err(AppError::NotFound);
    }
    let mut form = draft.posted(&ctx, &body);
    let Some(event) = read_event(&ctx, &mut form, &national_id_jurisdictions(&draft.body)) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &event_page(&state, ctx, &user, &draft, i, form),
        );
    };
    let events = &mut draft.body.reported_persons[i].ip_events;
    match slot {
        Some(j) => events[j] = event,
        None => events.push(event),
    }
    if let Err(e) = save(&state, &ctx, &user, &draft, &form).await {
        // Saved from another window meanwhile: say so, keep the answers.
        note_stale(e, &ctx, &mut form)?;
        return render_status(
            StatusCode::CONFLICT,
            &event_page(&state, ctx, &user, &draft, i, form),
        );
    }
    if saving(&form) {
        return Ok(saved());
    }
    let to = format!("/reports/{id}/accounts/{i}/ip-events{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}

/// The form as an IP event, or `None` with every problem on the form. The
/// messages are the rule engine's, so the step says what check-your-answers
/// would.
fn read_event(ctx: &Ctx, form: &mut Form, countries: &[CountryCode]) -> Option<IpEvent> {
    let raw = form.value("address").trim();
    let address = match raw
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
    {
        Ok(a) => Some(a),
        Err(_) if raw.is_empty() => {
            form.add_error("address", ctx.t("report-ip-address-missing"));
            None
        }
        Err(_) => {
            form.add_error("address", ctx.t("report-error-ip-address"));
            None
        }
    };
    let reason = text(ctx, form, "port_missing_reason", 500);
    let port = match form.value("port").trim() {
        "" => None,
        p => match p.parse::<u32>() {
            Ok(p) if (1..=65535).contains(&p) => Some(p),
            _ => {
                form.add_error("port", ctx.t("report-port-range"));
                None
            }
        },
    };
    if form.value("port").trim().is_empty() && reason.is_empty() {
        form.add_error("port", ctx.t("report-missing-port-reason"));
    }
    let event = enum_parse::<IpEventKind>(form.value("event"));
    if event.is_none() {
        form.add_error("event", ctx.t("report-ip-event-missing"));
    }
    let at = if time_given(form, "at") {
        read_moment(ctx, form, "at")
    } else {
        form.add_error("at", ctx.t("report-ip-time-missing"));
        None
    };
    refuse_national_ids(ctx, form, &["port_missing_reason"], Field::Text, countries);
    if form.has_errors() {
        return None;
    }
    Some(IpEvent {
        address,
        port,
        // A reason kept beside a port would contradict it.
        port_missing_reason: if port.is_some() {
            String::new()
        } else {
            reason
        },
        event,
        at,
        possible_proxy: read_bool(form, "possible_proxy"),
    })
}

pub(super) async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n, m)): Path<(String, String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let form = draft.posted(&ctx, &body);
    let i = account_index(&draft, &n)?;
    let events = &mut draft.body.reported_persons[i].ip_events;
    let j = index(events.len(), &m)?.ok_or(AppError::NotFound)?;
    events.remove(j);
    save(&state, &ctx, &user, &draft, &form).await?;
    let to = format!("/reports/{id}/accounts/{i}/ip-events{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}
