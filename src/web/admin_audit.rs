//! The audit log for admins (`/admin/audit`): filters, pages of 50 newest
//! first, the chain check on request (`?verify=1`), and the filtered log
//! as JSON lines (`/admin/audit/export.jsonl`). Handlers read the query
//! and call the workflow layer ([`crate::app::audit`]).

use askama::Template;
use axum::Router;
use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render, render_status};
use crate::app::audit::{AuditQuery, audit_time};
use crate::app::{Error, Refusal};
use crate::domain::role::Role;
use crate::domain::time::parse_date;
use crate::store::{AuditCursor, AuditFilter, CONTENT_CHANGED, ChainCheck};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/audit", get(page))
        .route("/admin/audit/export.jsonl", get(export))
}

/// The filter fields a link carries from page to page.
const FILTER_FIELDS: [&str; 10] = [
    "org",
    "action",
    "account",
    "subject",
    "from-day",
    "from-month",
    "from-year",
    "until-day",
    "until-month",
    "until-year",
];

/// One entry as the page shows it.
pub struct Line {
    pub id: i64,
    pub at: String,
    pub org: String,
    pub action: String,
    pub actor: String,
    pub subject: String,
    pub ip: String,
    pub detail: String,
}

/// What the chain check found, in words.
pub struct Verdict {
    pub ok: bool,
    pub title: &'static str,
    pub text: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: Ctx,
    form: Form,
    orgs: Vec<Choice>,
    lines: Vec<Line>,
    verdict: Option<Verdict>,
    older: String,
    newer: String,
    export: String,
    verify: String,
}

/// The query string's pairs as a form, so the filters show what was asked.
fn query_form(raw: Option<&str>) -> Form {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .into_owned()
        .collect();
    Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The filters kept, plus `extra`, as a query string.
fn href(base: &str, form: &Form, extra: &[(&str, String)]) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    for name in FILTER_FIELDS {
        let v = form.value(name);
        if !v.trim().is_empty() {
            q.append_pair(name, v);
        }
    }
    for (k, v) in extra {
        q.append_pair(k, v);
    }
    let q = q.finish();
    if q.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{q}")
    }
}

/// A date filter: empty is none; a partial or impossible date is an error
/// on `name`.
fn date_filter(ctx: &Ctx, form: &mut Form, name: &str) -> Option<jiff::civil::Date> {
    let part = |p: &str| form.value(&format!("{name}-{p}")).to_string();
    let (d, m, y) = (part("day"), part("month"), part("year"));
    if [&d, &m, &y].iter().all(|s| s.trim().is_empty()) {
        return None;
    }
    match parse_date(&d, &m, &y) {
        Ok(date) => Some(date),
        Err(msg) => {
            form.add_msg(ctx.locale, name, &msg);
            None
        }
    }
}

/// The typed filters as the store's, or the form with its errors.
async fn read_filter(
    state: &AppState,
    ctx: &Ctx,
    form: &mut Form,
) -> Result<Option<AuditFilter>, AppError> {
    let from = date_filter(ctx, form, "from");
    let until = date_filter(ctx, form, "until");
    if form.has_errors() {
        return Ok(None);
    }
    let q = AuditQuery {
        org: form.value("org"),
        action: form.value("action"),
        account: form.value("account"),
        subject: form.value("subject"),
        from,
        until,
    };
    match state.audit_filter(&q).await {
        Ok(f) => Ok(Some(f)),
        Err(Error::Refused(Refusal::Invalid(problems))) => {
            for (field, msg) in &problems {
                form.add_msg(ctx.locale, field, msg);
            }
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

fn cursor(form: &Form) -> AuditCursor {
    let id = |name| form.value(name).trim().parse::<i64>().ok();
    match (id("before"), id("after")) {
        (Some(b), _) => AuditCursor::Before(b),
        (None, Some(a)) => AuditCursor::After(a),
        _ => AuditCursor::Newest,
    }
}

fn verdict(ctx: &Ctx, check: &ChainCheck) -> Verdict {
    match check {
        ChainCheck::Intact { entries } => Verdict {
            ok: true,
            title: "admin-audit-intact-title",
            text: ctx.t1("admin-audit-intact", "entries", entries),
        },
        ChainCheck::Broken { id, reason } => Verdict {
            ok: false,
            title: "admin-audit-broken-title",
            text: ctx.t2(
                "admin-audit-broken",
                "id",
                id,
                "reason",
                ctx.t(if *reason == CONTENT_CHANGED {
                    "admin-audit-reason-content"
                } else {
                    "admin-audit-reason-link"
                }),
            ),
        },
        ChainCheck::HeadMismatch { entries } => Verdict {
            ok: false,
            title: "admin-audit-broken-title",
            text: ctx.t1("admin-audit-head-mismatch", "entries", entries),
        },
    }
}

async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let mut form = query_form(raw.as_deref());
    let orgs = state.store.list_orgs().await?;
    let filter = read_filter(&state, &ctx, &mut form).await?;
    let verify = form.value("verify") == "1";
    let view = match &filter {
        Some(f) => Some(
            state
                .audit_page(&ctx.actor()?, f, cursor(&form), verify)
                .await?,
        ),
        None => None,
    };
    let slug = |id: Option<i64>| {
        id.and_then(|id| orgs.iter().find(|o| o.id == id))
            .map(|o| o.slug.clone())
            .unwrap_or_default()
    };
    let (lines, verdict, older, newer) = match &view {
        Some(v) => (
            v.page
                .entries
                .iter()
                .map(|e| Line {
                    id: e.id,
                    at: audit_time(&e.at),
                    org: slug(e.org_id),
                    action: e.action.clone(),
                    actor: e.actor_user_id.map(|n| format!("#{n}")).unwrap_or_default(),
                    subject: e.subject.clone(),
                    ip: e.ip.clone().unwrap_or_default(),
                    detail: e.detail.clone(),
                })
                .collect(),
            v.check.as_ref().map(|c| verdict(&ctx, c)),
            match v.page.entries.last() {
                Some(last) if v.page.has_older => {
                    href("/admin/audit", &form, &[("before", last.id.to_string())])
                }
                _ => String::new(),
            },
            match v.page.entries.first() {
                Some(first) if v.page.has_newer => {
                    href("/admin/audit", &form, &[("after", first.id.to_string())])
                }
                _ => String::new(),
            },
        ),
        None => (Vec::new(), None, String::new(), String::new()),
    };
    let status = if form.has_errors() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = AuditPage {
        orgs: orgs
            .iter()
            .map(|o| Choice::new(o.slug.clone(), format!("{} ({})", o.name, o.slug)))
            .collect(),
        export: href("/admin/audit/export.jsonl", &form, &[]),
        verify: href("/admin/audit", &form, &[("verify", "1".into())]),
        lines,
        verdict,
        older,
        newer,
        form,
        ctx,
    };
    if status == StatusCode::OK {
        render(&page)
    } else {
        render_status(status, &page)
    }
}

/// The filtered log as JSON lines, oldest first, streamed a batch at a time.
async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.user_with_role(&[Role::Admin])?;
    let mut form = query_form(raw.as_deref());
    let Some(filter) = read_filter(&state, &ctx, &mut form).await? else {
        let first = form
            .errors()
            .first()
            .map(|e| e.message.clone())
            .unwrap_or_default();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, first).into_response());
    };
    let reader = state.audit_export(Some(&ctx.actor()?), &filter).await?;
    let lines = futures_util::stream::unfold(reader, |mut r| async move {
        match r.next_lines().await {
            Ok(Some(text)) => Some((Ok::<_, Error>(text), r)),
            Ok(None) => None,
            Err(e) => Some((Err(e), r)),
        }
    });
    let stamp = state.now().strftime("%Y%m%dT%H%M%SZ").to_string();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/jsonl; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"casebridge-audit-{stamp}.jsonl\""),
            ),
        ],
        Body::from_stream(lines),
    )
        .into_response())
}
