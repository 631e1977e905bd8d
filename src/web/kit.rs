//! The page kit, shown with every component on one page. Trainers use it to
//! explain the forms; developers use it to see a component before using it.
//! Posting it runs real validation, so the error summary can be seen too.

use askama::Template;
use axum::Router;
use axum::extract::RawForm;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form, SummaryRow, Task};
use super::page::{Ctx, render, render_status};
use crate::domain::email::EmailAddress;
use crate::domain::time::{LocalParts, parse_local};

pub fn router() -> Router<AppState> {
    Router::new().route("/kit", get(show).post(submit))
}

#[derive(Template)]
#[template(path = "kit.html")]
struct KitPage {
    ctx: Ctx,
    form: Form,
    request_types: Vec<Choice>,
    categories: Vec<Choice>,
    countries: Vec<Choice>,
    zones: crate::web::wizard::Zones,
    answers: Vec<SummaryRow>,
    tasks: Vec<Task>,
    /// The entered time in UTC, once it parses.
    when_utc: String,
}

impl KitPage {
    fn new(ctx: Ctx, form: Form, state: &AppState) -> Self {
        let t = |k: &str| ctx.t(k);
        let request_types = vec![
            Choice::new("preservation", t("kit-type-preservation"))
                .with_hint(t("kit-type-preservation-hint")),
            Choice::new("emergency", t("kit-type-emergency"))
                .with_hint(t("kit-type-emergency-hint")),
            Choice::new("subscriber", t("kit-type-subscriber")),
        ];
        let categories = vec![
            Choice::new("subscriber", t("kit-category-subscriber")),
            Choice::new("ip-logs", t("kit-category-ip-logs")),
            Choice::new("content", t("kit-category-content"))
                .with_hint(t("kit-category-content-hint")),
        ];
        let countries = state
            .directory
            .jurisdictions()
            .iter()
            .map(|j| Choice::new(j.code.as_str(), j.display_name()))
            .collect();
        // The demonstration page orders its zones as the first jurisdiction's documents would.
        let zones = match state.directory.jurisdictions().first() {
            Some(j) => crate::web::wizard::zone_choices(state, j.code),
            None => crate::web::wizard::Zones::default(),
        };
        let answers = vec![
            SummaryRow {
                key: t("kit-name-label"),
                value: "Insp. Dana Villanueva".into(),
                change_href: "#name".into(),
            },
            SummaryRow {
                key: t("kit-type-legend"),
                value: t("kit-type-preservation"),
                change_href: "#type".into(),
            },
            SummaryRow {
                key: t("kit-when-legend"),
                value: "2026-02-03 14:30 Asia/Kathmandu (2026-02-03 08:45 UTC)".into(),
                change_href: String::new(),
            },
        ];
        let tasks = vec![
            Task {
                name: t("kit-task-company"),
                href: "#name".into(),
                hint: String::new(),
                status: t("status-completed"),
                tag: String::new(),
            },
            Task {
                name: t("kit-task-targets"),
                href: "#email".into(),
                hint: t("kit-task-targets-hint"),
                status: t("status-incomplete"),
                tag: "blue".into(),
            },
            Task {
                name: t("kit-task-attest"),
                href: String::new(),
                hint: String::new(),
                status: t("status-cannot-start"),
                tag: "grey".into(),
            },
        ];
        KitPage {
            ctx,
            form,
            request_types,
            categories,
            countries,
            zones,
            answers,
            tasks,
            when_utc: String::new(),
        }
    }
}

async fn show(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut ctx: Ctx,
) -> Result<Response, AppError> {
    let mut form = Form::new();
    form.set("when-zone", "Asia/Manila");
    // Strangers may try the kit: its forms' token is in the signed cookie.
    let cookie = super::login_token::ensure(&state, &mut ctx);
    let mut res = render(&KitPage::new(ctx, form, &state))?;
    super::login_token::attach(&mut res, cookie);
    Ok(res)
}

async fn submit(
    axum::extract::State(state): axum::extract::State<AppState>,
    ctx: Ctx,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let mut form = Form::from_body(&body);
    let locale = ctx.locale;

    if form.value("name").trim().is_empty() {
        form.add_error("name", locale.t("kit-name-empty"));
    }
    if let Err(e) = EmailAddress::parse(form.value("email")) {
        form.add_error("email", locale.t(e.message_key()));
    }
    if !["preservation", "emergency", "subscriber"].contains(&form.value("type")) {
        form.add_error("type", locale.t("kit-type-empty"));
    }
    if form.value("country").is_empty() {
        form.add_error("country", locale.t("kit-country-empty"));
    }
    let when = parse_local(LocalParts {
        day: form.value("when-day"),
        month: form.value("when-month"),
        year: form.value("when-year"),
        hour: form.value("when-hour"),
        minute: form.value("when-minute"),
        second: form.value("when-second"),
        zone: form.value("when-zone"),
    });
    let when_utc = match when {
        Ok(z) => z.timestamp().strftime("%Y-%m-%d %H:%M:%S UTC").to_string(),
        Err(m) => {
            form.add_msg(locale, "when", &m);
            String::new()
        }
    };
    let status = if form.has_errors() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = KitPage::new(ctx, form, &state);
    page.when_utc = when_utc;
    render_status(status, &page)
}
