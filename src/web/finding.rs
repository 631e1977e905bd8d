//! Finding past work: the search form over the organisation's documents,
//! on `/documents` and on the dashboard. A GET form, so a search can be
//! bookmarked and every page link keeps the filters.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render};
use crate::app::finding::{DOCUMENT_STATUSES, PAGE_SIZE, Search};
use crate::store::{DocumentSummary, NOTHING_DUE, SortBy};

pub fn router() -> Router<AppState> {
    Router::new().route("/documents", get(documents))
}

/// The search form as sent: every value text, so a wrong one becomes a
/// message rather than a refused request.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct FindQuery {
    q: Option<String>,
    target: Option<String>,
    status: Option<String>,
    kind: Option<String>,
    #[serde(rename = "from-day")]
    from_day: Option<String>,
    #[serde(rename = "from-month")]
    from_month: Option<String>,
    #[serde(rename = "from-year")]
    from_year: Option<String>,
    #[serde(rename = "to-day")]
    to_day: Option<String>,
    #[serde(rename = "to-month")]
    to_month: Option<String>,
    #[serde(rename = "to-year")]
    to_year: Option<String>,
    sort: Option<String>,
    page: Option<String>,
}

/// A date from three boxes: `Ok(None)` when all are empty.
pub(super) fn date(
    day: &Option<String>,
    month: &Option<String>,
    year: &Option<String>,
) -> Result<Option<jiff::civil::Date>, ()> {
    let parts = [day, month, year].map(|p| p.as_deref().map(str::trim).unwrap_or(""));
    if parts.iter().all(|p| p.is_empty()) {
        return Ok(None);
    }
    let n = |s: &str| s.parse::<i16>().map_err(|_| ());
    let (d, m, y) = (n(parts[0])?, n(parts[1])?, n(parts[2])?);
    if !(1000..=9999).contains(&y) {
        return Err(());
    }
    let small = |v: i16| i8::try_from(v).map_err(|_| ());
    jiff::civil::Date::new(y, small(m)?, small(d)?)
        .map(Some)
        .map_err(|_| ())
}

impl FindQuery {
    fn fields(&self) -> [(&'static str, &Option<String>); 11] {
        [
            ("q", &self.q),
            ("target", &self.target),
            ("status", &self.status),
            ("kind", &self.kind),
            ("from-day", &self.from_day),
            ("from-month", &self.from_month),
            ("from-year", &self.from_year),
            ("to-day", &self.to_day),
            ("to-month", &self.to_month),
            ("to-year", &self.to_year),
            ("sort", &self.sort),
        ]
    }

    /// The search, and the form to show again with any errors.
    pub fn read(&self, ctx: &Ctx) -> (Search, Form) {
        let mut form = Form::new();
        for (k, v) in self.fields() {
            form.set(k, v.clone().unwrap_or_default());
        }
        let from = date(&self.from_day, &self.from_month, &self.from_year);
        let to = date(&self.to_day, &self.to_month, &self.to_year);
        if from.is_err() {
            form.add_error("from", ctx.t("find-error-date"));
        }
        if to.is_err() {
            form.add_error("to", ctx.t("find-error-date"));
        }
        let (from, to) = (from.unwrap_or(None), to.unwrap_or(None));
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            form.add_error("to", ctx.t("find-error-order"));
        }
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        let search = Search {
            text: text(&self.q),
            target: text(&self.target),
            status: text(&self.status),
            kind: text(&self.kind),
            created_from: from,
            created_to: to,
            sort: self
                .sort
                .as_deref()
                .and_then(SortBy::parse)
                .unwrap_or_default(),
            page: self
                .page
                .as_deref()
                .and_then(|p| p.trim().parse().ok())
                .unwrap_or(1)
                .clamp(1, 1_000_000),
        };
        (search, form)
    }

    /// This search on page `n` of `base`, filters kept.
    fn href(&self, base: &str, n: i64) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.fields() {
            if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
                q.append_pair(k, v);
            }
        }
        q.append_pair("page", &n.to_string());
        format!("{base}?{}", q.finish())
    }
}

/// One document of a result list, its labels in the reader's language.
pub struct FoundRow {
    pub public_id: String,
    pub reference: String,
    pub href: String,
    pub title: String,
    pub training: bool,
    pub status: String,
    pub status_label: String,
    /// Which version this one corrects, if any.
    pub version_note: String,
    pub delivery: String,
    pub delivery_label: String,
    pub case_status: String,
    pub case_label: String,
    pub created: String,
    pub updated: String,
    pub due: String,
}

/// What the results partial (`documents/results.html`) shows.
pub struct Found {
    pub base: String,
    pub form: Form,
    pub rows: Vec<FoundRow>,
    pub statuses: Vec<Choice>,
    pub kinds: Vec<Choice>,
    pub sorts: Vec<Choice>,
    pub showing: String,
    /// Whether any filter is set: "no results" then says to change them.
    pub filtered: bool,
    pub prev: String,
    pub next: String,
}

/// A document's one status, the same on every list: a draft returned by a
/// reviewer says so until it is submitted again.
pub fn document_status_label(ctx: &Ctx, status: &str, last_action: Option<&str>) -> String {
    match (status, last_action) {
        ("draft", Some("returned")) => ctx.t("dashboard-report-returned-status"),
        _ => status_label(ctx, status),
    }
}

/// "Version 2: corrects CB-2026-000001", for a version that corrects
/// another; empty for a first version.
pub fn version_note(ctx: &Ctx, version: i64, corrects: Option<&str>) -> String {
    match corrects {
        Some(reference) if version > 1 => ctx.t_args(
            "document-corrects",
            &[("version", &version.to_string()), ("reference", reference)],
        ),
        _ => String::new(),
    }
}

pub fn status_label(ctx: &Ctx, status: &str) -> String {
    match status {
        "draft" => ctx.t("status-draft"),
        "final" => ctx.t("status-final"),
        "superseded" => ctx.t("dashboard-status-superseded"),
        "returned" => ctx.t("dashboard-report-returned-status"),
        "in_review" => ctx.t("report-status-in-review"),
        "approved" => ctx.t("report-status-approved"),
        other => other.to_string(),
    }
}

/// A stored time as "2026-12-06 20:56 UTC": an ISO timestamp with its
/// fraction of a second wraps in a narrow column and says nothing more.
fn minute(stored: &str) -> String {
    crate::domain::time::from_db(stored)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| stored.to_string())
}

fn row(ctx: &Ctx, d: &DocumentSummary) -> FoundRow {
    let untitled = if d.kind == "request" {
        "request-untitled"
    } else {
        "report-untitled"
    };
    let delivery = d.delivery_status.clone().unwrap_or_default();
    let delivery_label = match delivery.as_str() {
        "" if d.status == "final" || d.status == "approved" => ctx.t("dashboard-delivery-none"),
        "" => String::new(),
        s => ctx.t(&format!("delivery-status-{s}")),
    };
    let case_status = d.case_status.clone().unwrap_or_default();
    let case_label = crate::app::cases::CaseStatus::parse(&case_status)
        .map(|s| ctx.t(&s.label_key()))
        .unwrap_or_default();
    let day = |s: &str| s.get(..10).unwrap_or(s).to_string();
    FoundRow {
        href: format!("/{}s/{}", d.kind, d.public_id),
        public_id: d.public_id.clone(),
        reference: d.reference.clone(),
        title: if d.title.is_empty() {
            ctx.t(untitled)
        } else {
            d.title.clone()
        },
        training: d.training,
        status: d.status.clone(),
        status_label: document_status_label(ctx, &d.status, d.last_action.as_deref()),
        version_note: version_note(ctx, d.version, d.corrects.as_deref()),
        delivery,
        delivery_label,
        case_status,
        case_label,
        created: day(&d.created_at),
        updated: minute(&d.updated_at),
        due: if d.due_at == NOTHING_DUE {
            String::new()
        } else {
            day(&d.due_at)
        },
    }
}

/// Runs the search of `q` for the signed-in reader and lays it out for
/// the page at `base`.
pub async fn find(
    state: &AppState,
    ctx: &Ctx,
    q: &FindQuery,
    base: &str,
) -> Result<Found, AppError> {
    let actor = ctx.actor()?;
    let (search, form) = q.read(ctx);
    // A search with a wrong date shows the message, not a wrong list.
    let (docs, total) = if form.has_errors() {
        (Vec::new(), 0)
    } else {
        state.find_documents(&actor, &search).await?
    };
    let offset = (search.page - 1) * PAGE_SIZE;
    let first = if docs.is_empty() { 0 } else { offset + 1 };
    let showing = ctx.t_args(
        "find-showing",
        &[
            ("from", &first.to_string()),
            ("to", &(offset + docs.len() as i64).to_string()),
            ("total", &total.to_string()),
        ],
    );
    let filtered = q
        .fields()
        .iter()
        .any(|(k, v)| *k != "sort" && v.as_deref().is_some_and(|v| !v.trim().is_empty()));
    Ok(Found {
        rows: docs.iter().map(|d| row(ctx, d)).collect(),
        statuses: DOCUMENT_STATUSES
            .iter()
            .map(|s| Choice::new(*s, status_label(ctx, s)))
            .collect(),
        kinds: ["request", "report"]
            .iter()
            .map(|k| Choice::new(*k, ctx.t(&format!("find-kind-{k}"))))
            .collect(),
        sorts: SortBy::ALL
            .iter()
            .map(|s| Choice::new(s.as_str(), ctx.t(&format!("find-sort-{}", s.as_str()))))
            .collect(),
        prev: if search.page > 1 {
            q.href(base, search.page - 1)
        } else {
            String::new()
        },
        next: if offset + PAGE_SIZE < total {
            q.href(base, search.page + 1)
        } else {
            String::new()
        },
        base: base.to_string(),
        filtered,
        showing,
        form,
    })
}

#[derive(Template)]
#[template(path = "documents/list.html")]
struct DocumentsPage {
    ctx: Ctx,
    found: Found,
}

async fn documents(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FindQuery>,
) -> Result<Response, AppError> {
    let found = find(&state, &ctx, &q, "/documents").await?;
    render(&DocumentsPage { found, ctx })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_three_boxes() {
        let s = |v: &str| Some(v.to_string());
        assert_eq!(date(&None, &None, &None), Ok(None));
        assert_eq!(
            date(&s("9"), &s("3"), &s("2026")),
            Ok(Some(jiff::civil::date(2026, 3, 9)))
        );
        assert_eq!(date(&s("31"), &s("2"), &s("2026")), Err(()));
        assert_eq!(date(&s(""), &s("2"), &s("2026")), Err(()));
        assert_eq!(date(&s("1"), &s("1"), &s("26")), Err(()));
    }
}
