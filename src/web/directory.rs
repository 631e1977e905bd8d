//! The company directory: where to send records requests and what each
//! company needs, with the source of every fact. Any signed-in user.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::page::{Ctx, render};
use crate::directory::{Channel, Company, Process, Provenance};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory", get(list))
        .route("/directory/{id}", get(show))
}

/// A company as a row of the list.
struct CompanyRow {
    id: String,
    name: String,
    services: String,
    intake: String,
    unverified: usize,
}

#[derive(Template)]
#[template(path = "directory/list.html")]
struct ListPage {
    ctx: Ctx,
    companies: Vec<CompanyRow>,
}

async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.user()?;
    let companies = state
        .directory
        .companies()
        .iter()
        .map(|c| CompanyRow {
            id: c.id.clone(),
            name: c.name.clone(),
            services: c.services.join(", "),
            intake: match c.intake.published() {
                Some(address) => format!("{}: {address}", ctx.t(channel_key(c.intake.channel))),
                None => ctx.t(channel_key(c.intake.channel)),
            },
            unverified: c.facts().iter().filter(|(_, p)| !p.is_verified()).count(),
        })
        .collect();
    render(&ListPage { ctx, companies })
}

/// One group of facts that share a source, as shown on the company page.
struct FactGroup {
    heading: String,
    rows: Vec<(String, String)>,
    source: String,
    checked: String,
    verified: bool,
    note: String,
}

impl FactGroup {
    fn new(heading: String, rows: Vec<(String, String)>, p: &Provenance) -> Self {
        FactGroup {
            heading,
            rows,
            source: p.source.clone(),
            checked: p.checked.to_string(),
            verified: p.is_verified(),
            note: p.note.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "directory/company.html")]
struct CompanyPage {
    ctx: Ctx,
    id: String,
    /// Admins correct the directory from here.
    can_edit: bool,
    /// Just saved by an admin.
    edited: bool,
    name: String,
    services: String,
    fictional: bool,
    groups: Vec<FactGroup>,
    /// The OpenPGP key packages are encrypted to, as recorded.
    key: Option<crate::store::RecipientKey>,
}

#[derive(serde::Deserialize)]
struct ShowQuery {
    edited: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, AppError> {
    let can_edit = ctx.user()?.role == crate::domain::role::Role::Admin;
    let company = state.directory.company(&id).ok_or(AppError::NotFound)?;
    let groups = fact_groups(&ctx, company);
    let key = state
        .store
        .recipient_key(&crate::app::delivery::channel::company_key_id(&id))
        .await?;
    render(&CompanyPage {
        key,
        id: company.id.clone(),
        can_edit,
        edited: q.edited.is_some(),
        name: company.name.clone(),
        services: company.services.join(", "),
        fictional: company.fictional,
        groups,
        ctx,
    })
}

fn fact_groups(ctx: &Ctx, c: &Company) -> Vec<FactGroup> {
    let t = |k: &str| ctx.t(k);
    let unknown = || t("directory-not-published");
    let yes_no = |b: Option<bool>| match b {
        Some(true) => t("yes"),
        Some(false) => t("no"),
        None => unknown(),
    };
    let days = |d: Option<u32>| {
        d.map(|d| ctx.t1("directory-days", "days", d))
            .unwrap_or_else(unknown)
    };

    let mut groups: Vec<FactGroup> = c
        .entities
        .iter()
        .map(|e| {
            let serves = if e.serves.iter().any(|s| s == "*") {
                t("directory-serves-all-others")
            } else {
                e.serves.join(", ")
            };
            FactGroup::new(
                e.name.clone(),
                vec![
                    (t("directory-entity-country"), e.country.to_string()),
                    (t("directory-entity-serves"), serves),
                ],
                &e.provenance,
            )
        })
        .collect();
    groups.push(FactGroup::new(
        t("directory-intake"),
        vec![
            (t("directory-channel"), t(channel_key(c.intake.channel))),
            (t("directory-address"), c.intake.address.clone()),
        ],
        &c.intake.provenance,
    ));
    let accepted = c
        .request_types
        .accepted
        .iter()
        .map(|r| t(r.label_key()))
        .collect::<Vec<_>>()
        .join(", ");
    groups.push(FactGroup::new(
        t("directory-request-types"),
        vec![(t("directory-accepted"), accepted)],
        &c.request_types.provenance,
    ));
    groups.push(FactGroup::new(
        t("directory-process"),
        vec![
            (
                t("request-type-subscriber"),
                t(process_key(c.process.subscriber)),
            ),
            (t("request-type-traffic"), t(process_key(c.process.traffic))),
            (t("request-type-content"), t(process_key(c.process.content))),
        ],
        &c.process.provenance,
    ));
    groups.push(FactGroup::new(
        t("directory-limits"),
        vec![
            (t("directory-max-range"), days(c.limits.max_range_days)),
            (
                t("directory-preservation-days"),
                days(c.limits.preservation_days),
            ),
            (
                t("directory-renewable"),
                yes_no(c.limits.preservation_renewable),
            ),
        ],
        &c.limits.provenance,
    ));
    groups.push(FactGroup::new(
        t("directory-emergency"),
        vec![
            (t("directory-channel"), t(channel_key(c.emergency.channel))),
            (t("directory-address"), c.emergency.address.clone()),
            (
                t("directory-around-the-clock"),
                yes_no(c.emergency.around_the_clock),
            ),
        ],
        &c.emergency.provenance,
    ));
    groups
}

pub(super) fn channel_key(c: Channel) -> &'static str {
    match c {
        Channel::Portal => "channel-portal",
        Channel::PortalKodex => "channel-portal-kodex",
        Channel::Email => "channel-email",
        Channel::WebForm => "channel-web-form",
        Channel::Post => "channel-post",
        Channel::Phone => "channel-phone",
        Channel::NonePublished => "channel-none-published",
    }
}

pub(super) fn process_key(p: Process) -> &'static str {
    match p {
        Process::OfficialRequest => "process-official-request",
        Process::LocalProcess => "process-local",
        Process::HomeProcessOrTreaty => "process-home-or-treaty",
    }
}
