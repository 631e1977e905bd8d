//! The APAC report wizard: a member's safety team builds a CSAM/OCSEA report
//! for one jurisdiction's police, one question group per page, every step
//! saved as a draft on Continue, with the report's actionability beside each
//! step. Then four eyes: an analyst submits, another member of the same
//! organisation approves or returns it. A report belongs to the member's
//! organisation; any other organisation gets 404 for it.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form, SummaryRow, Task, TaskState};
use super::page::{Ctx, render, render_status};
use super::wizard::list::{existing, put, slot};
use super::wizard::{
    Builder, DraftForms, Opened, Posted, Step, Zones, enum_key, enum_str, fill_time, read_zoned,
    refuse_national_ids, ret, saved, saving, show_rule_errors, time_given, zone_choices,
};
use crate::app::projection::Part;
use crate::app::{Actor, Loaded, Refusal, Via};

use crate::domain::country::CountryCode;
use crate::domain::national_id::Field;
use crate::domain::report::{Moment, Report};
use crate::domain::role::Role;
use crate::i18n::Locale;
use crate::rules::{Outcome, national_id_jurisdictions};
use crate::store::User;

mod accounts;
mod check;
mod destination;
mod drafts;
mod duties;
mod files;
mod incident;
mod ip_events;
mod livestream;
mod ncmec;
mod online;
mod packaging;
mod panel;
mod prior;
mod reporter;
mod review;
mod start;
mod summary;
mod victims;
mod views;

pub use panel::Panel;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reports/new", get(start::start))
        .route("/reports", post(start::create))
        .route("/reports/{id}", get(start::open))
        .route(
            "/reports/{id}/destination",
            get(destination::page).post(destination::submit),
        )
        .route(
            "/reports/{id}/authority",
            get(destination::authority_page).post(destination::authority_submit),
        )
        .route(
            "/reports/{id}/incident",
            get(incident::page).post(incident::submit),
        )
        .route(
            "/reports/{id}/online",
            get(online::page).post(online::submit),
        )
        .route(
            "/reports/{id}/accounts",
            get(accounts::list).post(accounts::list_submit),
        )
        .route(
            "/reports/{id}/accounts/{n}",
            get(accounts::edit).post(accounts::edit_submit),
        )
        .route("/reports/{id}/accounts/{n}/remove", post(accounts::remove))
        .route(
            "/reports/{id}/accounts/{n}/ip-events",
            get(ip_events::list).post(ip_events::list_submit),
        )
        .route(
            "/reports/{id}/accounts/{n}/ip-events/{m}",
            get(ip_events::edit).post(ip_events::edit_submit),
        )
        .route(
            "/reports/{id}/accounts/{n}/ip-events/{m}/remove",
            post(ip_events::remove),
        )
        .route(
            "/reports/{id}/victims",
            get(victims::list).post(victims::list_submit),
        )
        .route(
            "/reports/{id}/victims/{n}",
            get(victims::edit).post(victims::edit_submit),
        )
        .route("/reports/{id}/victims/{n}/remove", post(victims::remove))
        .route(
            "/reports/{id}/files",
            get(files::list).post(files::list_submit),
        )
        .route(
            "/reports/{id}/files/{n}",
            get(files::edit).post(files::edit_submit),
        )
        .route("/reports/{id}/files/{n}/remove", post(files::remove))
        .route(
            "/reports/{id}/livestream",
            get(livestream::page).post(livestream::submit),
        )
        .route("/reports/{id}/prior", get(prior::page).post(prior::submit))
        .route(
            "/reports/{id}/reporter",
            get(reporter::page).post(reporter::submit),
        )
        .route("/reports/{id}/check", get(check::page).post(check::submit))
        .route("/reports/{id}/review", get(review::page))
        .route(
            "/reports/{id}/delete",
            get(drafts::delete_page).post(drafts::delete_submit),
        )
        .route("/reports/{id}/duplicate", post(drafts::duplicate))
        .route("/reports/{id}/package/{file}", get(packaging::file))
        .route("/reports/{id}/approve", post(review::approve))
        .route("/reports/{id}/ncmec", post(ncmec::submit))
        .route("/reports/{id}/duties", post(duties::record))
        .route("/reports/{id}/return", post(review::send_back))
        .route("/reports/{id}/files/{n}/attest", post(review::attest_file))
}

/// The wizard's question steps, in order; check-your-answers follows.
const TOTAL_STEPS: u32 = 9;

/// Analysts draft; reviewers may draft too, and they alone approve.
fn member(ctx: &Ctx) -> Result<&User, AppError> {
    ctx.user_with_role(&[Role::MemberAnalyst, Role::MemberReviewer])
}

/// A report of the member's organisation, parsed.
type Draft = Loaded<Report>;

/// A draft report of the member's organisation that the member wrote; a
/// report in review or approved redirects to its review page, since its
/// content is frozen. Only the author edits a draft: a reviewer who could
/// change a colleague's report and then approve it would be the only pair
/// of eyes on that change.
async fn load(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
    let draft = load_any(state, user, id).await?;
    if !draft.status().is_editable() {
        return Err(AppError::Redirect(format!("/reports/{id}/review")));
    }
    if draft.doc.owner_id != user.id {
        return Err(AppError::Forbidden);
    }
    Ok(draft)
}

/// A report of the member's organisation, whatever its status.
async fn load_any(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
    Ok(state
        .report(&Actor::new(user, Via::Web, Locale::ENGLISH), id)
        .await?)
}

/// "PH – Sextortion – shadow_tiger_88": where, what and whom, for lists.
fn title(state: &AppState, ctx: &Ctx, r: &Report) -> String {
    state.report_title(ctx.locale, r)
}

/// The report builder, as the wizard kit knows it.
pub(crate) struct Reports;

impl Builder for Reports {
    type Body = Report;
    const BASE: &'static str = "/reports";
    const HOME: &'static str = "check";

    fn user(ctx: &Ctx) -> Result<&User, AppError> {
        member(ctx)
    }

    async fn load(state: &AppState, user: &User, id: &str) -> Result<Draft, AppError> {
        load(state, user, id).await
    }

    /// A report submitted for review in another tab meanwhile goes to its
    /// review page.
    async fn store(state: &AppState, actor: &Actor<'_>, draft: &Draft) -> Result<i64, AppError> {
        match state
            .save_report(actor, draft, draft.doc.revision, &draft.body)
            .await
        {
            Err(crate::app::Error::Refused(Refusal::WrongState(_))) => Err(AppError::Redirect(
                format!("/reports/{}/review", draft.doc.public_id),
            )),
            other => Ok(other?),
        }
    }
}

/// A step of the report builder.
type Page = Step<Reports>;

/// What the report's projection needs to speak the page's language.
fn projection<'a>(state: &'a AppState, ctx: &Ctx) -> crate::app::projection::report::Context<'a> {
    crate::app::projection::report::Context {
        rules: &state.rules,
        directory: &state.directory,
        values: ctx.locale,
    }
}

/// The rules of the report's destination, applied now; `None` until a
/// destination is chosen.
fn outcome(state: &AppState, r: &Report) -> Option<Outcome> {
    state.check_report(r).ok()
}

/// The zone times default to: the receiving office's, else the destination's
/// first, else the member's own country's.
fn default_zone(state: &AppState, user: &User, r: &Report) -> String {
    if let Some(z) = &r.destination.zone {
        return z.as_str().to_string();
    }
    let country = r.destination.jurisdiction.unwrap_or(user.org.country);
    state
        .directory
        .jurisdiction(country)
        .map(|j| j.default_zone().name().to_string())
        .unwrap_or_else(|| "UTC".into())
}

/// Zones to choose from, the destination's first.
fn zones(state: &AppState, user: &User, r: &Report) -> Zones {
    zone_choices(
        state,
        r.destination.jurisdiction.unwrap_or(user.org.country),
    )
}

/// Fills the date-time component `name` from a stored moment, in its zone.
fn set_moment(form: &mut Form, name: &str, m: &Moment) {
    let zone = m.zone.as_ref().map(|z| z.as_str()).unwrap_or("UTC");
    fill_time(form, name, m.local().as_ref(), zone, false);
}

/// Puts `zone` in the zone box of each component that has none yet.
fn default_zones(form: &mut Form, names: &[&str], zone: &str) {
    for name in names {
        let field = format!("{name}-zone");
        if form.value(&field).is_empty() {
            form.set(&field, zone);
        }
    }
}

/// Clocks drift; a time further ahead than this is a typo.
const FUTURE_TOLERANCE_SECONDS: i64 = 300;

/// Reads the date-time component `name` as a moment; an error goes on the
/// form. Every time the wizard asks for has already happened.
fn read_moment(ctx: &Ctx, form: &mut Form, name: &str, now: jiff::Timestamp) -> Option<Moment> {
    let z = read_zoned(ctx, form, name)?.zoned;
    let zone = z.time_zone().iana_name().unwrap_or("UTC").to_string();
    let m = Moment::new(crate::domain::time::round(z.timestamp()), &zone);
    match &m {
        None => form.add_error(name, ctx.t("report-error-zone")),
        Some(m) if m.at.as_second() > now.as_second() + FUTURE_TOLERANCE_SECONDS => {
            form.add_error(name, ctx.t(future_key(name)))
        }
        Some(_) => {}
    }
    m
}

/// The message for a time in the future that names its field ("The time of
/// the incident is in the future"), so the error summary says which one.
fn future_key(name: &str) -> &'static str {
    match name {
        "occurred" => "report-future-occurred",
        "aware" => "report-future-aware",
        "at" => "report-future-logged",
        "started" => "report-future-started",
        "ended" => "report-future-ended",
        "notice" => "report-future-notice",
        "done" => "report-future-done",
        _ => "report-time-in-future",
    }
}

/// Reads an optional date-time component: nothing typed is `None`.
fn read_optional_moment(
    ctx: &Ctx,
    form: &mut Form,
    name: &str,
    now: jiff::Timestamp,
) -> Option<Moment> {
    if time_given(form, name) {
        read_moment(ctx, form, name, now)
    } else {
        None
    }
}

fn yes_no(ctx: &Ctx) -> Vec<Choice> {
    vec![
        Choice::new("yes", ctx.t("yes")),
        Choice::new("no", ctx.t("no")),
    ]
}

fn set_bool(form: &mut Form, name: &str, v: Option<bool>) {
    if let Some(b) = v {
        form.set(name, if b { "yes" } else { "no" });
    }
}

fn read_bool(form: &Form, name: &str) -> Option<bool> {
    match form.value(name) {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A trimmed text field, with an error when it is longer than `max`.
fn text(ctx: &Ctx, form: &mut Form, name: &str, max: usize) -> String {
    let v = form.value(name).trim().to_string();
    if v.chars().count() > max {
        form.add_error(name, ctx.t("report-error-too-long"));
    }
    v
}

/// A web address a person can open: http(s), no spaces.
fn web_url(u: &str) -> bool {
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or("");
    !rest.is_empty() && !u.contains(char::is_whitespace)
}

/// Non-empty lines of a textarea.
fn lines(form: &Form, name: &str) -> Vec<String> {
    form.value(name)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// The jurisdictions a report can go to, as choices.
fn country_choices(state: &AppState) -> Vec<Choice> {
    state
        .directory
        .jurisdictions()
        .iter()
        .map(|j| Choice::new(j.code.as_str(), j.display_name()))
        .collect()
}

fn read_country(ctx: &Ctx, form: &mut Form, name: &str) -> Option<CountryCode> {
    match form.value(name).trim() {
        "" => None,
        c => {
            let code = CountryCode::parse(c);
            if code.is_none() {
                form.add_error(name, ctx.t("report-error-country"));
            }
            code
        }
    }
}

// --- Repeatable sections -------------------------------------------------------

/// One element of a repeatable section, as its list page shows it.
struct Listed {
    title: String,
    rows: Vec<SummaryRow>,
    /// Where "Remove" posts.
    remove: String,
    /// A further page of the element (an account's IP events), if any.
    more: Option<(String, String)>,
}

/// The list page of a repeatable section: accounts, an account's IP
/// events, victims, files. Adding, changing and removing need no script.
#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListPage {
    ctx: Ctx,
    form: Form,
    panel: Panel,
    heading: String,
    intro: String,
    none: String,
    items: Vec<Listed>,
    add_href: String,
    add_label: String,
    back: String,
    why: &'static str,
    step: u32,
    total: u32,
}

/// The texts of a section's list page, as keys.
struct SectionTexts {
    question: &'static str,
    intro: &'static str,
    none: &'static str,
    add: &'static str,
    add_another: &'static str,
    why: &'static str,
}

/// The list page of the section `slug` (accounts, victims, files): each
/// element as its projection part shows it, with a further link where it
/// has one.
fn section_page(
    s: Page,
    slug: &str,
    texts: SectionTexts,
    elements: Vec<(Part, Option<(String, String)>)>,
    back: &str,
    step: u32,
) -> ListPage {
    let (id, r) = (s.id(), ret(&s.ctx));
    let add = if elements.is_empty() {
        texts.add
    } else {
        texts.add_another
    };
    let items = elements
        .into_iter()
        .enumerate()
        .map(|(i, (part, more))| Listed {
            title: part.subtitle.clone(),
            rows: crate::web::summary::rows(&s.ctx, &part, &format!("/reports/{id}/{slug}/{i}{r}")),
            remove: format!("/reports/{id}/{slug}/{i}/remove{r}"),
            more,
        })
        .collect();
    ListPage {
        panel: Panel::of(&s.state, &s.ctx, &id, &s.draft.body),
        heading: s.ctx.t(texts.question),
        intro: s.ctx.t(texts.intro),
        none: s.ctx.t(texts.none),
        items,
        add_href: format!("/reports/{id}/{slug}/new{r}"),
        add_label: s.ctx.t(add),
        back: format!("/reports/{id}/{back}{r}"),
        why: texts.why,
        ctx: s.ctx,
        form: s.form,
        step,
        total: TOTAL_STEPS,
    }
}

// --- Enumerations on forms ------------------------------------------------------

fn enum_parse<T: serde::de::DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_string())).ok()
}

fn enum_choices<T: serde::Serialize>(ctx: &Ctx, prefix: &str, values: &[T]) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice::new(enum_str(v), ctx.t(&enum_key(prefix, v))))
        .collect()
}
