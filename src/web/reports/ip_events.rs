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
fn account_index(s: &Page, n: &str) -> Result<usize, AppError> {
    existing(s.draft.body.reported_persons.len(), n)
}

pub(super) async fn list(
    Path((_, n)): Path<(String, String)>,
    Opened(s): Opened<Reports>,
) -> Result<Response, AppError> {
    let i = account_index(&s, &n)?;
    s.show(|s| list_page(s, i))
}

fn list_page(s: Page, i: usize) -> ListPage {
    let (id, r) = (s.id(), ret(&s.ctx));
    let account = &s.draft.body.reported_persons[i];
    let cx = projection(&s.state, &s.ctx);
    let records = ip_records(&cx, account.ip_events.iter().map(|e| (String::new(), e)));
    let cards = summary::cards(&s.ctx, records, |j| {
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
    let ctx = &s.ctx;
    ListPage {
        panel: Panel::of(&s.state, ctx, &id, &s.draft.body),
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
        ctx: s.ctx.clone(),
        form: s.form,
        step: 4,
        total: TOTAL_STEPS,
    }
}

/// Continue goes back to the list of accounts: IP events are optional, and
/// the checklist says what their absence costs.
pub(super) async fn list_submit(
    Path((_, n)): Path<(String, String)>,
    Posted(s): Posted<Reports>,
) -> Result<Response, AppError> {
    account_index(&s, &n)?;
    if saving(&s.form) {
        return Ok(saved());
    }
    Ok(Redirect::to(&s.href("accounts")).into_response())
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
    zones: crate::web::wizard::Zones,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn event_page(s: Page, account: usize) -> EventPage {
    let Step {
        ref state,
        ctx,
        ref user,
        ref draft,
        form,
    } = s;
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
    Path((_, n, m)): Path<(String, String, String)>,
    Opened(mut s): Opened<Reports>,
) -> Result<Response, AppError> {
    let i = account_index(&s, &n)?;
    let events = &s.draft.body.reported_persons[i].ip_events;
    if let Some(j) = slot(events.len(), MAX_EVENTS, &m)? {
        let (e, form) = (&events[j], &mut s.form);
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
            set_moment(form, "at", at);
        }
        set_bool(form, "possible_proxy", e.possible_proxy);
    }
    let zone = default_zone(&s.state, &s.user, &s.draft.body);
    default_zones(&mut s.form, &["at"], &zone);
    s.show(|s| event_page(s, i))
}

pub(super) async fn edit_submit(
    Path((_, n, m)): Path<(String, String, String)>,
    Posted(mut s): Posted<Reports>,
) -> Result<Response, AppError> {
    let i = account_index(&s, &n)?;
    let at = slot(
        s.draft.body.reported_persons[i].ip_events.len(),
        MAX_EVENTS,
        &m,
    )?;
    let countries = national_id_jurisdictions(&s.draft.body);
    let now = s.state.now();
    let Some(event) = read_event(&s.ctx, &mut s.form, &countries, now) else {
        return s.refuse(|s| event_page(s, i));
    };
    put(&mut s.draft.body.reported_persons[i].ip_events, at, event);
    let to = s.href(&format!("accounts/{i}/ip-events"));
    s.save_element(to, |s| event_page(s, i)).await
}

/// The form as an IP event, or `None` with every problem on the form. The
/// messages are the rule engine's, so the step says what check-your-answers
/// would.
fn read_event(
    ctx: &Ctx,
    form: &mut Form,
    countries: &[CountryCode],
    now: jiff::Timestamp,
) -> Option<IpEvent> {
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
        read_moment(ctx, form, "at", now)
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
    Path((_, n, m)): Path<(String, String, String)>,
    Posted(s): Posted<Reports>,
) -> Result<Response, AppError> {
    let back = s.href(&format!("accounts/{n}/ip-events"));
    s.remove(
        &m,
        |r| {
            let i = n.parse::<usize>().ok()?;
            r.reported_persons.get_mut(i).map(|a| &mut a.ip_events)
        },
        back,
    )
    .await
}
