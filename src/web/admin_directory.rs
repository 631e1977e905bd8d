//! Admins correct the company directory in the app: intake, accepted
//! request types, legal process, limits and the emergency route, each group
//! with its source, the date it was checked and whether it is verified.
//! Every edit is stored (the latest one wins over the shipped data) and
//! audited.

use askama::Template;
use axum::Router;
use axum::extract::{Path, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::AppState;
use super::directory::{channel_key, process_key};
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render, render_status};
use crate::directory::{Channel, Company, Process, Provenance, Status};
use crate::domain::request_type::RequestType;
use crate::domain::role::Role;
use crate::domain::time::parse_date;
use crate::store::CompanyEdit;

pub fn router() -> Router<AppState> {
    Router::new().route("/admin/directory/{id}", get(page).post(submit))
}

/// The fact groups an admin can correct, by form prefix.
const GROUPS: [&str; 5] = ["intake", "types", "process", "limits", "emergency"];

#[derive(Template)]
#[template(path = "admin/directory.html")]
struct EditPage {
    ctx: Ctx,
    id: String,
    name: String,
    form: Form,
    channels: Vec<Choice>,
    processes: Vec<Choice>,
    types: Vec<Choice>,
    statuses: Vec<Choice>,
    yes_no: Vec<Choice>,
    history: Vec<CompanyEdit>,
}

fn edit_page(ctx: Ctx, company: &Company, form: Form, history: Vec<CompanyEdit>) -> EditPage {
    let channels = Channel::ALL
        .into_iter()
        .map(|c| Choice::new(c.as_str(), ctx.t(channel_key(c))))
        .collect();
    let processes = Process::ALL
        .into_iter()
        .map(|p| Choice::new(p.as_str(), ctx.t(process_key(p))))
        .collect();
    let types = RequestType::ALL
        .into_iter()
        .map(|t| Choice::new(t.as_str(), ctx.t(t.label_key())))
        .collect();
    let statuses = vec![
        Choice::new("verified", ctx.t("admin-directory-verified")),
        Choice::new("unverified", ctx.t("admin-directory-unverified")),
    ];
    let yes_no = vec![
        Choice::new("yes", ctx.t("yes")),
        Choice::new("no", ctx.t("no")),
        Choice::new("unknown", ctx.t("directory-not-published")),
    ];
    EditPage {
        id: company.id.clone(),
        name: company.name.clone(),
        ctx,
        form,
        channels,
        processes,
        types,
        statuses,
        yes_no,
        history,
    }
}

fn set_provenance(form: &mut Form, prefix: &str, p: &Provenance) {
    form.set(&format!("{prefix}-source"), p.source.as_str());
    form.set(
        &format!("{prefix}-checked-day"),
        p.checked.day().to_string(),
    );
    form.set(
        &format!("{prefix}-checked-month"),
        p.checked.month().to_string(),
    );
    form.set(
        &format!("{prefix}-checked-year"),
        p.checked.year().to_string(),
    );
    let status = if p.is_verified() {
        "verified"
    } else {
        "unverified"
    };
    form.set(&format!("{prefix}-status"), status);
    form.set(&format!("{prefix}-note"), p.note.as_str());
}

fn optional_bool(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

fn form_for(c: &Company) -> Form {
    let mut form = Form::new();
    form.set("intake_channel", c.intake.channel.as_str());
    form.set("intake_address", c.intake.address.as_str());
    set_provenance(&mut form, "intake", &c.intake.provenance);
    for t in &c.request_types.accepted {
        form.add("types_accepted", t.as_str());
    }
    set_provenance(&mut form, "types", &c.request_types.provenance);
    form.set("process_subscriber", c.process.subscriber.as_str());
    form.set("process_traffic", c.process.traffic.as_str());
    form.set("process_content", c.process.content.as_str());
    set_provenance(&mut form, "process", &c.process.provenance);
    let days = |d: Option<u32>| d.map(|d| d.to_string()).unwrap_or_default();
    form.set("limits_max_range_days", days(c.limits.max_range_days));
    form.set("limits_preservation_days", days(c.limits.preservation_days));
    form.set(
        "limits_renewable",
        optional_bool(c.limits.preservation_renewable),
    );
    set_provenance(&mut form, "limits", &c.limits.provenance);
    form.set("emergency_channel", c.emergency.channel.as_str());
    form.set("emergency_address", c.emergency.address.as_str());
    form.set(
        "emergency_around",
        optional_bool(c.emergency.around_the_clock),
    );
    set_provenance(&mut form, "emergency", &c.emergency.provenance);
    form
}

async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let company = state.directory.company(&id).ok_or(AppError::NotFound)?;
    let history = state.store.company_edit_history(&id).await?;
    render(&edit_page(ctx, company, form_for(company), history))
}

/// Reads one group's source, checked date, status and note.
fn read_provenance(ctx: &Ctx, form: &mut Form, prefix: &str) -> Option<Provenance> {
    let field = |f: &str| format!("{prefix}-{f}");
    let source = form.value(&field("source")).trim().to_string();
    if source.is_empty() {
        form.add_error(&field("source"), ctx.t("error-admin-directory-source"));
    }
    let checked = match parse_date(
        form.value(&field("checked-day")),
        form.value(&field("checked-month")),
        form.value(&field("checked-year")),
    ) {
        Ok(d) if d > jiff::Zoned::now().date() => {
            form.add_error(
                &field("checked"),
                ctx.t("error-admin-directory-checked-future"),
            );
            None
        }
        Ok(d) => Some(d),
        Err(m) => {
            form.add_msg(ctx.locale, &field("checked"), &m);
            None
        }
    };
    let status = match form.value(&field("status")) {
        "verified" => Some(Status::Verified),
        "unverified" => Some(Status::Unverified),
        _ => {
            form.add_error(&field("status"), ctx.t("error-admin-directory-status"));
            None
        }
    };
    let note = form.value(&field("note")).trim().to_string();
    for (f, v) in [("source", &source), ("note", &note)] {
        if v.chars().count() > 2000 {
            form.add_error(&field(f), ctx.t("error-text-too-long"));
        }
    }
    Some(Provenance {
        source,
        checked: checked?,
        status: status?,
        note,
    })
}

fn read_choice<T: Copy>(
    ctx: &Ctx,
    form: &mut Form,
    field: &str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> Option<T> {
    let found = all.iter().copied().find(|x| name(*x) == form.value(field));
    if found.is_none() {
        form.add_error(field, ctx.t("error-admin-directory-choose"));
    }
    found
}

fn read_days(ctx: &Ctx, form: &mut Form, field: &str) -> Option<Option<u32>> {
    match form.value(field).trim() {
        "" => Some(None),
        v => match v.parse::<u32>() {
            Ok(d) if (1..=3650).contains(&d) => Some(Some(d)),
            _ => {
                form.add_error(field, ctx.t("error-admin-directory-days"));
                None
            }
        },
    }
}

fn read_optional_bool(form: &Form, field: &str) -> Option<bool> {
    match form.value(field) {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

fn read_address(ctx: &Ctx, form: &mut Form, field: &str) -> String {
    let v = form.value(field).trim().to_string();
    if v.is_empty() {
        form.add_error(field, ctx.t("error-admin-directory-address"));
    } else if v.chars().count() > 500 {
        form.add_error(field, ctx.t("error-text-too-long"));
    }
    v
}

/// The form applied to `current`, or `None` with the problems on the form.
fn read_company(ctx: &Ctx, form: &mut Form, current: &Company) -> Option<Company> {
    let mut c = current.clone();
    let provenance: Vec<Option<Provenance>> = GROUPS
        .iter()
        .map(|g| read_provenance(ctx, form, g))
        .collect();
    let intake_channel = read_choice(ctx, form, "intake_channel", &Channel::ALL, Channel::as_str);
    let intake_address = read_address(ctx, form, "intake_address");
    let accepted: Vec<RequestType> = RequestType::ALL
        .into_iter()
        .filter(|t| form.has("types_accepted", t.as_str()))
        .collect();
    if accepted.is_empty() {
        form.add_error("types_accepted", ctx.t("error-admin-directory-types"));
    }
    let subscriber = read_choice(
        ctx,
        form,
        "process_subscriber",
        &Process::ALL,
        Process::as_str,
    );
    let traffic = read_choice(ctx, form, "process_traffic", &Process::ALL, Process::as_str);
    let content = read_choice(ctx, form, "process_content", &Process::ALL, Process::as_str);
    let max_range = read_days(ctx, form, "limits_max_range_days");
    let preservation = read_days(ctx, form, "limits_preservation_days");
    let emergency_channel = read_choice(
        ctx,
        form,
        "emergency_channel",
        &Channel::ALL,
        Channel::as_str,
    );
    // "None published" has no address to give.
    let emergency_address = if form.value("emergency_channel") == Channel::NonePublished.as_str() {
        form.value("emergency_address").trim().to_string()
    } else {
        read_address(ctx, form, "emergency_address")
    };
    if form.has_errors() {
        return None;
    }
    let mut p = provenance.into_iter();
    c.intake.channel = intake_channel?;
    c.intake.address = intake_address;
    c.intake.provenance = p.next()??;
    c.request_types.accepted = accepted;
    c.request_types.provenance = p.next()??;
    c.process.subscriber = subscriber?;
    c.process.traffic = traffic?;
    c.process.content = content?;
    c.process.provenance = p.next()??;
    c.limits.max_range_days = max_range?;
    c.limits.preservation_days = preservation?;
    c.limits.preservation_renewable = read_optional_bool(form, "limits_renewable");
    c.limits.provenance = p.next()??;
    c.emergency.channel = emergency_channel?;
    c.emergency.address = emergency_address;
    c.emergency.around_the_clock = read_optional_bool(form, "emergency_around");
    c.emergency.provenance = p.next()??;
    Some(c)
}

async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let current = state.directory.company(&id).ok_or(AppError::NotFound)?;
    let mut form = Form::from_body(&body);
    let edited = read_company(&ctx, &mut form, current);
    // The same checks as the shipped data (for example: a fictional company
    // keeps reserved addresses).
    let fits = edited
        .as_ref()
        .map(|c| state.directory.get().with_company(c.clone()).is_ok());
    let (Some(company), Some(true)) = (edited, fits) else {
        if !form.has_errors() {
            form.add_error("intake_address", ctx.t("error-admin-directory-invalid"));
        }
        let history = state.store.company_edit_history(&id).await?;
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &edit_page(ctx, current, form, history),
        );
    };
    state.edit_company(&ctx.actor()?, company).await?;
    Ok(Redirect::to(&format!("/directory/{id}?edited=1")).into_response())
}
