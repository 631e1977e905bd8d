//! What the step-by-step builders (records requests and APAC reports) share:
//! reading forms, "Save and come back later", the date-time component and
//! the national-ID guard on free text.

use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::Ctx;
use crate::domain::country::CountryCode;
use crate::domain::national_id;
use crate::domain::time::{LocalParts, parse_local};
use crate::store::{Document, User};

/// A document of `kind` of the user's organisation. Another organisation's
/// documents, and documents of another kind, are not found (404).
pub async fn document_of(
    state: &AppState,
    user: &User,
    id: &str,
    kind: &str,
) -> Result<Document, AppError> {
    state
        .store
        .document_for_org(id, user.org.id)
        .await?
        .filter(|d| d.kind == kind)
        .ok_or(AppError::NotFound)
}

pub fn parse_form(body: &[u8]) -> Form {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Whether the user pressed "Save and come back later".
pub fn saving(form: &Form) -> bool {
    form.value("action") == "save"
}

/// Back to the dashboard, which confirms the answers were kept.
pub fn saved() -> Response {
    Redirect::to("/?saved=1").into_response()
}

/// `?return=check` to keep on links when the user came from
/// check-your-answers.
pub fn ret(ctx: &Ctx) -> &'static str {
    if ctx.returning { "?return=check" } else { "" }
}

/// The IANA zones casebridge knows, those of `first` first.
pub fn zone_choices(state: &AppState, first: CountryCode) -> Vec<Choice> {
    let own = state.directory.jurisdiction(first);
    let mut zones: Vec<Choice> = own
        .into_iter()
        .chain(state.directory.jurisdictions().iter())
        .flat_map(|j| j.zones.iter().map(|z| Choice::new(z.name(), z.name())))
        .collect();
    let mut seen = std::collections::HashSet::new();
    zones.retain(|c| seen.insert(c.value.clone()));
    zones
}

/// Fills the date-time component `name` with a wall-clock time and its zone.
pub fn fill_time(form: &mut Form, name: &str, local: Option<&jiff::Zoned>, zone: &str) {
    if let Some(z) = local {
        form.set(&format!("{name}-day"), z.day().to_string());
        form.set(&format!("{name}-month"), z.month().to_string());
        form.set(&format!("{name}-year"), z.year().to_string());
        form.set(&format!("{name}-hour"), format!("{:02}", z.hour()));
        form.set(&format!("{name}-minute"), format!("{:02}", z.minute()));
    }
    form.set(&format!("{name}-zone"), zone);
}

/// Reads the date-time component `name`; an error goes on the form.
pub fn read_zoned(ctx: &Ctx, form: &mut Form, name: &str) -> Option<jiff::Zoned> {
    let parsed = {
        let v = |part: &str| form.value(&format!("{name}-{part}")).to_string();
        let (d, mo, y, h, mi, z) = (
            v("day"),
            v("month"),
            v("year"),
            v("hour"),
            v("minute"),
            v("zone"),
        );
        parse_local(LocalParts {
            day: &d,
            month: &mo,
            year: &y,
            hour: &h,
            minute: &mi,
            zone: &z,
        })
    };
    match parsed {
        Ok(z) => Some(z),
        Err(m) => {
            form.add_msg(ctx.locale, name, &m);
            None
        }
    }
}

/// Whether any box of the date-time component `name` was filled in.
pub fn time_given(form: &Form, name: &str) -> bool {
    ["day", "month", "year", "hour", "minute"]
        .iter()
        .any(|p| !form.value(&format!("{name}-{p}")).trim().is_empty())
}

/// Refuses national identity numbers at the step where they are typed
/// (DESIGN invariant 3), as the rules will judge them: `field` says what the
/// fields hold, `jurisdictions` whose numbers the document is likely to
/// meet. A number that may be something else is not refused here:
/// check-your-answers asks the user to acknowledge it.
pub fn refuse_national_ids(
    ctx: &Ctx,
    form: &mut Form,
    fields: &[&str],
    field: national_id::Field,
    jurisdictions: &[CountryCode],
) {
    for name in fields {
        if let Some(message) = national_id_error(ctx, form.value(name), field, jurisdictions) {
            form.add_error(name, message);
        }
    }
}

/// The message refusing the national identity numbers in `text`, if the
/// guard refuses any.
pub fn national_id_error(
    ctx: &Ctx,
    text: &str,
    field: national_id::Field,
    jurisdictions: &[CountryCode],
) -> Option<String> {
    let flags = national_id::judge(text, field, jurisdictions);
    let (national_id::Severity::Error, kinds) = national_id::strongest(&flags)? else {
        return None;
    };
    let names: Vec<String> = kinds.iter().map(|k| ctx.t(k.name_key())).collect();
    Some(ctx.t1("error-national-id", "id_type", names.join(" / ")))
}

/// The snake-case name an enum value has in a document (`ip_logs`).
pub fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// The Fluent key of an enum value's label: `{prefix}-{value}` with
/// hyphens (`report-ip-event-login`). Forms and package PDFs share it.
pub fn enum_key<T: serde::Serialize>(prefix: &str, v: &T) -> String {
    format!("{prefix}-{}", enum_str(v).replace('_', "-")).to_lowercase()
}
