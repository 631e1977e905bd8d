//! Cases on both sides: the recipient's inbox (`/inbox`), what the
//! organisation sent (`/cases`), and one page per case (`/cases/{id}`) with
//! its status, package, history, messages, outcomes and feedback, and the
//! forms for the moves open to the reader. Handlers only call the workflow
//! layer ([`crate::app::cases`]).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, RawForm, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::AppState;
use super::error::AppError;
use super::form::{Choice, Form};
use super::page::{Ctx, render, render_status};
use crate::app::cases::{
    CaseStatus, CaseView, FEEDBACK, Move, NOT_ACTIONABLE_REASONS, OUTCOMES, OutcomeInput,
    REJECT_REASONS, Side,
};
use crate::app::{Error, Refusal};
use crate::store::{Case, CaseFilter, SortBy, StoredPackage};

const PAGE: i64 = 50;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/inbox", get(inbox))
        .route("/cases", get(sent))
        .route("/cases/{id}", get(show))
        .route("/cases/{id}/status", post(status))
        .route("/cases/{id}/messages", post(message))
        .route("/cases/{id}/outcomes", post(outcomes))
        .route("/cases/{id}/feedback", post(feedback))
        .route("/cases/{id}/files/{file}", get(file))
}

/// One row of a case list.
pub struct Row {
    pub id: String,
    /// The document's `CB-2026-000123`.
    pub reference: String,
    pub kind: String,
    pub other: String,
    pub title: String,
    pub status: String,
    pub status_label: String,
    pub urgent: bool,
    /// Urgent and still not acknowledged past the configured time: what
    /// the list says; empty otherwise.
    pub late: String,
    pub received: String,
}

fn when(s: Option<&str>) -> String {
    s.and_then(crate::domain::time::from_db)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

fn status_label(ctx: &Ctx, status: &str) -> String {
    CaseStatus::parse(status).map_or_else(|| status.to_string(), |s| ctx.t(&s.label_key()))
}

fn kind_label(ctx: &Ctx, kind: &str) -> String {
    ctx.t(&format!("case-kind-{kind}"))
}

fn row(state: &AppState, ctx: &Ctx, c: &Case, side: Side) -> Row {
    Row {
        late: if state.overdue_acknowledgement(c) {
            ctx.t1(
                "case-unacknowledged",
                "minutes",
                state.config.delivery.emergency_ack_minutes,
            )
        } else {
            String::new()
        },
        id: c.public_id.clone(),
        reference: c.document_reference.clone(),
        kind: kind_label(ctx, &c.kind),
        other: match side {
            Side::Recipient => c.sender_org_name.clone(),
            Side::Sender => c.recipient_name.clone(),
        },
        title: c.title.clone(),
        status: c.status.clone(),
        status_label: status_label(ctx, &c.status),
        urgent: c.urgent && !CaseStatus::parse(&c.status).is_some_and(|s| s.is_closed()),
        received: when(Some(&c.received_at)),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
struct ListQuery {
    status: Option<String>,
    kind: Option<String>,
    country: Option<String>,
    q: Option<String>,
    target: Option<String>,
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
    open: Option<String>,
    page: Option<i64>,
}

impl ListQuery {
    /// The filter, and a form with a message for each date that is not one.
    fn filter(&self, ctx: &Ctx) -> (CaseFilter, Form) {
        let some = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        let mut form = Form::new();
        for (k, v) in self.fields() {
            form.set(k, v.clone().unwrap_or_default());
        }
        if self.open.is_some() {
            form.set("open", "yes");
        }
        let from = super::finding::date(&self.from_day, &self.from_month, &self.from_year);
        let to = super::finding::date(&self.to_day, &self.to_month, &self.to_year);
        for (name, d) in [("from", &from), ("to", &to)] {
            if d.is_err() {
                form.add_error(name, ctx.t("find-error-date"));
            }
        }
        let (from, to) = (from.unwrap_or(None), to.unwrap_or(None));
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            form.add_error("to", ctx.t("find-error-order"));
        }
        let filter = CaseFilter {
            target: some(&self.target).map(|t| crate::store::SearchKeys::key(&t)),
            received_from: from.map(|d| d.to_string()),
            received_before: to.and_then(|d| d.tomorrow().ok()).map(|d| d.to_string()),
            sort: self.sort.as_deref().and_then(SortBy::parse),
            status: some(&self.status).filter(|s| CaseStatus::parse(s).is_some()),
            kind: some(&self.kind).filter(|k| k == "request" || k == "report"),
            sender_country: some(&self.country).map(|c| c.to_uppercase()),
            open: self.open.is_some(),
            q: some(&self.q),
            limit: PAGE,
            offset: (self.page.unwrap_or(1).clamp(1, 100_000) - 1) * PAGE,
        };
        (filter, form)
    }

    fn fields(&self) -> [(&'static str, &Option<String>); 12] {
        [
            ("status", &self.status),
            ("kind", &self.kind),
            ("country", &self.country),
            ("q", &self.q),
            ("target", &self.target),
            ("from-day", &self.from_day),
            ("from-month", &self.from_month),
            ("from-year", &self.from_year),
            ("to-day", &self.to_day),
            ("to-month", &self.to_month),
            ("to-year", &self.to_year),
            ("sort", &self.sort),
        ]
    }

    /// This list's address on page `n`, filters kept.
    fn href(&self, base: &str, n: i64) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        let open = [("open", &self.open)];
        for (k, v) in self.fields().iter().chain(open.iter()) {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                q.append_pair(k, v);
            }
        }
        q.append_pair("page", &n.to_string());
        format!("{base}?{}", q.finish())
    }
}

#[derive(Template)]
#[template(path = "cases/list.html")]
struct ListPage {
    ctx: Ctx,
    inbox: bool,
    rows: Vec<Row>,
    form: Form,
    statuses: Vec<Choice>,
    kinds: Vec<Choice>,
    sorts: Vec<Choice>,
    showing: String,
    prev: String,
    next: String,
}

async fn list(state: AppState, ctx: Ctx, q: ListQuery, side: Side) -> Result<Response, AppError> {
    let actor = ctx.actor()?;
    let (filter, form) = q.filter(&ctx);
    // A wrong date shows its message, not a list filtered some other way.
    let (cases, total) = if form.has_errors() {
        (Vec::new(), 0)
    } else {
        state.cases(&actor, side, &filter).await?
    };
    let rows = cases
        .iter()
        .map(|c| row(&state, &ctx, c, side))
        .collect::<Vec<_>>();
    let page = filter.offset / PAGE + 1;
    let base = if side == Side::Recipient {
        "/inbox"
    } else {
        "/cases"
    };
    let first = if rows.is_empty() {
        0
    } else {
        filter.offset + 1
    };
    let showing = ctx.t_args(
        "case-list-showing",
        &[
            ("from", &first.to_string()),
            ("to", &(filter.offset + rows.len() as i64).to_string()),
            ("total", &total.to_string()),
        ],
    );
    render(&ListPage {
        inbox: side == Side::Recipient,
        statuses: CaseStatus::ALL
            .iter()
            .map(|s| Choice::new(s.as_str(), ctx.t(&s.label_key())))
            .collect(),
        kinds: ["request", "report"]
            .iter()
            .map(|k| Choice::new(*k, kind_label(&ctx, k)))
            .collect(),
        sorts: SortBy::ALL
            .iter()
            .map(|s| Choice::new(s.as_str(), ctx.t(&format!("find-sort-{}", s.as_str()))))
            .collect(),
        prev: if page > 1 {
            q.href(base, page - 1)
        } else {
            String::new()
        },
        next: if filter.offset + PAGE < total {
            q.href(base, page + 1)
        } else {
            String::new()
        },
        rows,
        form,
        showing,
        ctx,
    })
}

async fn inbox(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    list(state, ctx, q, Side::Recipient).await
}

async fn sent(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    list(state, ctx, q, Side::Sender).await
}

/// One entry of the history as the page shows it.
pub struct HistoryLine {
    pub at: String,
    pub who: String,
    pub what: String,
    pub body: String,
    pub kind: String,
}

/// One target with what became of it.
pub struct TargetLine {
    pub index: usize,
    /// The outcome form's field names for this target.
    pub outcome_field: String,
    pub produced_field: String,
    pub channel_field: String,
    pub reason_field: String,
    pub target: String,
    pub outcome: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "cases/case.html")]
struct CasePage {
    ctx: Ctx,
    view: CaseView,
    package: StoredPackage,
    form: Form,
    /// Which form the errors belong to.
    failed: String,
    /// Urgent and not acknowledged in time: what the page says.
    late: String,
    rows: Vec<super::form::SummaryRow>,
    history: Vec<HistoryLine>,
    targets: Vec<TargetLine>,
    reasons: Vec<Choice>,
    feedback_choices: Vec<Choice>,
    feedback_reasons: Vec<Choice>,
    outcome_choices: Vec<Choice>,
    /// A report's legal clocks, for both sides.
    clocks: Vec<super::clocks::ViewClock>,
}

impl CasePage {
    fn recipient(&self) -> bool {
        self.view.side == Side::Recipient
    }

    fn can(&self, status: &str) -> bool {
        self.view
            .moves
            .iter()
            .any(|m| m.target().as_str() == status)
    }

    /// Those of `moves` (named by the status they lead to) open now.
    fn open_moves(&self, moves: &[&'static str]) -> Vec<&'static str> {
        moves.iter().copied().filter(|m| self.can(m)).collect()
    }

    /// The label key of the words that go with a move.
    fn text_key(&self, status: &str) -> &'static str {
        match status {
            "needs_clarification" => "case-move-needs_clarification-text",
            "answered" => "case-move-answered-text",
            "rejected" => "case-move-rejected-text",
            _ => "case-move-withdrawn-text",
        }
    }

    fn open(&self) -> bool {
        !self.view.status.is_closed()
    }

    fn can_give_outcomes(&self) -> bool {
        self.recipient()
            && self.view.case.kind == "request"
            && matches!(
                self.view.status,
                CaseStatus::Acknowledged | CaseStatus::InProgress | CaseStatus::Answered
            )
    }

    fn can_give_feedback(&self) -> bool {
        self.recipient()
            && self.view.case.kind == "report"
            && self.view.status != CaseStatus::Withdrawn
    }

    /// The label key of a move's button.
    fn move_key(&self, status: &str) -> &'static str {
        match status {
            "acknowledged" => "case-move-acknowledged",
            "in_progress" => "case-move-in_progress",
            "needs_clarification" => "case-move-needs_clarification",
            "answered" => "case-move-answered",
            "completed" => "case-move-completed",
            "rejected" => "case-move-rejected",
            _ => "case-move-withdrawn",
        }
    }
}

fn history_line(ctx: &Ctx, v: &CaseView, e: &crate::store::CaseEvent) -> HistoryLine {
    let side = if e.side == "recipient" {
        &v.case.recipient_org_name
    } else {
        &v.case.sender_org_name
    };
    let who = match &e.actor_name {
        Some(n) => format!("{n} ({side})"),
        None => side.clone(),
    };
    let what = match e.kind.as_str() {
        "status" | "delivered" => status_label(ctx, e.status.as_deref().unwrap_or("received")),
        "feedback" => ctx.t(&format!(
            "case-feedback-{}",
            e.status.as_deref().unwrap_or("").replace('_', "-")
        )),
        other => ctx.t(&format!("case-event-{other}")),
    };
    let mut body = e.body.clone();
    if e.kind == "duty" {
        // The duty as its reason, when it was done as its body.
        let duty = e.reason.as_deref().unwrap_or_default();
        let summary = v
            .clocks
            .iter()
            .find(|c| c.duty == duty)
            .map_or(duty, |c| c.summary.as_str());
        body = ctx.t_args(
            "case-event-duty-detail",
            &[("duty", summary), ("at", &when(Some(&e.body)))],
        );
    } else if let Some(r) = &e.reason {
        let label = ctx.t(&format!("case-reason-{}", r.replace('_', "-")));
        body = if body.is_empty() {
            label
        } else {
            format!("{label}: {body}")
        };
    }
    if let Some(d) = &e.document_public_id
        && e.kind == "version"
    {
        body = ctx.t1("case-event-version-detail", "document", d);
    }
    HistoryLine {
        at: when(Some(&e.at)),
        who,
        what,
        body,
        kind: e.kind.clone(),
    }
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    view: CaseView,
    form: Form,
    failed: &str,
) -> Result<CasePage, AppError> {
    let actor = ctx.actor()?;
    let package = state.case_package(&actor, &view.case.public_id).await?;
    let c = &view.case;
    let r = |key: &str, value: String| super::form::SummaryRow {
        key: ctx.t(key),
        value,
        change_href: String::new(),
    };
    let mut rows = vec![
        r("case-row-status", status_label(&ctx, &c.status)),
        r("case-row-kind", kind_label(&ctx, &c.kind)),
        r("case-row-document", c.document_public_id.clone()),
        r("case-row-sender", c.sender_org_name.clone()),
        r(
            "case-row-recipient",
            format!("{} ({})", c.recipient_name, c.recipient_org_name),
        ),
        r("case-row-received", when(Some(&c.received_at))),
    ];
    if let Some(a) = &c.acknowledged_at {
        rows.push(r("case-row-acknowledged", when(Some(a))));
    }
    if let Some(reason) = &c.reason {
        let label = ctx.t(&format!("case-reason-{}", reason.replace('_', "-")));
        rows.push(r(
            "case-row-reason",
            if c.reason_text.is_empty() {
                label
            } else {
                format!("{label}: {}", c.reason_text)
            },
        ));
    } else if c.status == "withdrawn" {
        rows.push(r("case-row-reason", c.reason_text.clone()));
    }
    if let Some(f) = &c.feedback {
        let mut text = ctx.t(&format!("case-feedback-{}", f.replace('_', "-")));
        if let Some(fr) = &c.feedback_reason {
            text = format!(
                "{text}: {}",
                ctx.t(&format!("case-reason-{}", fr.replace('_', "-")))
            );
        }
        if !c.feedback_text.is_empty() {
            text = format!("{text} ({})", c.feedback_text);
        }
        rows.push(r("case-row-feedback", text));
    }
    let history = view
        .events
        .iter()
        .map(|e| history_line(&ctx, &view, e))
        .collect();
    let targets = view
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let o = view.outcomes.iter().find(|o| o.target == i as i64);
            TargetLine {
                index: i,
                outcome_field: format!("outcome-{i}"),
                produced_field: format!("produced_on-{i}"),
                channel_field: format!("channel-{i}"),
                reason_field: format!("reason-{i}"),
                target: t.clone(),
                outcome: o.map_or_else(
                    || ctx.t("case-outcome-none"),
                    |o| ctx.t(&format!("case-outcome-{}", o.outcome.replace('_', "-"))),
                ),
                detail: o.map_or_else(String::new, |o| {
                    [
                        o.produced_on.clone().unwrap_or_default(),
                        o.channel.clone(),
                        o.reason
                            .as_deref()
                            .map(|r| ctx.t(&format!("case-reason-{}", r.replace('_', "-"))))
                            .unwrap_or_default(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ")
                }),
            }
        })
        .collect();
    let choices = |list: &[&str], prefix: &str| {
        list.iter()
            .map(|v| Choice::new(*v, ctx.t(&format!("{prefix}{}", v.replace('_', "-")))))
            .collect::<Vec<_>>()
    };
    Ok(CasePage {
        clocks: super::clocks::view_clocks(&ctx, &view.clocks),
        reasons: choices(REJECT_REASONS, "case-reason-"),
        feedback_choices: choices(FEEDBACK, "case-feedback-"),
        feedback_reasons: choices(NOT_ACTIONABLE_REASONS, "case-reason-"),
        outcome_choices: choices(OUTCOMES, "case-outcome-"),
        failed: failed.to_string(),
        late: if state.overdue_acknowledgement(&view.case) {
            ctx.t1(
                "case-unacknowledged",
                "minutes",
                state.config.delivery.emergency_ack_minutes,
            )
        } else {
            String::new()
        },
        package,
        rows,
        history,
        targets,
        form,
        view,
        ctx,
    })
}

async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let view = state.case(&ctx.actor()?, &id).await?;
    let p = page(&state, ctx, view, Form::new(), "").await?;
    render(&p)
}

/// After a form: to the case page, or the page again with what was wrong.
async fn answer(
    state: &AppState,
    ctx: Ctx,
    id: &str,
    form: Form,
    which: &str,
    done: Result<CaseView, Error>,
) -> Result<Response, AppError> {
    let problems = match done {
        Ok(_) => return Ok(Redirect::to(&format!("/cases/{id}")).into_response()),
        Err(Error::Refused(Refusal::Invalid(p))) => p,
        Err(e) => return Err(e.into()),
    };
    let mut form = form;
    for (field, msg) in problems {
        form.add_msg(ctx.locale, field, &msg);
    }
    let view = state.case(&ctx.actor()?, id).await?;
    let p = page(state, ctx, view, form, which).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &p)
}

/// The workflow names the fields of a case's words `text` and `reason`;
/// each form names them its own way.
fn rename(
    done: Result<CaseView, Error>,
    names: &[(&str, &'static str)],
) -> Result<CaseView, Error> {
    done.map_err(|e| match e {
        Error::Refused(Refusal::Invalid(p)) => Error::Refused(Refusal::Invalid(
            p.into_iter()
                .map(|(f, m)| {
                    (
                        names
                            .iter()
                            .find(|(from, _)| *from == f)
                            .map_or(f, |(_, to)| *to),
                        m,
                    )
                })
                .collect(),
        )),
        other => other,
    })
}

async fn status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Form::from_body(&body);
    let target = form.value("status").to_string();
    // Who may touch the case is answered before what they asked for.
    state.case(&ctx.actor()?, &id).await?;
    let mv = Move::to(&target).ok_or(AppError::BadRequest)?;
    let reason = Some(form.value("reason")).filter(|r| !r.is_empty());
    // Rejecting and withdrawing sit on the page beside the question or
    // answer form, so their words have a field name of their own.
    let words = match mv {
        Move::Reject | Move::Withdraw => "reason_text",
        _ => "text",
    };
    let done = state
        .move_case(&ctx.actor()?, &id, mv, reason, form.value(words))
        .await;
    let done = rename(done, &[("text", words)]);
    answer(&state, ctx, &id, form, &target, done).await
}

async fn message(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Form::from_body(&body);
    let done = state
        .case_message(&ctx.actor()?, &id, form.value("message"))
        .await;
    let done = rename(done, &[("text", "message")]);
    answer(&state, ctx, &id, form, "message", done).await
}

async fn feedback(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Form::from_body(&body);
    let reason = Some(form.value("feedback_reason")).filter(|r| !r.is_empty());
    let done = state
        .case_feedback(
            &ctx.actor()?,
            &id,
            form.value("feedback"),
            reason,
            form.value("feedback_text"),
        )
        .await;
    let done = rename(
        done,
        &[("reason", "feedback_reason"), ("text", "feedback_text")],
    );
    answer(&state, ctx, &id, form, "feedback", done).await
}

async fn outcomes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let form = Form::from_body(&body);
    let given: Vec<OutcomeInput> = (0..1000)
        .map_while(|i| form.has_field(&format!("target-{i}")).then_some(i))
        .filter(|i| !form.value(&format!("outcome-{i}")).is_empty())
        .map(|i| OutcomeInput {
            target: i,
            outcome: form.value(&format!("outcome-{i}")).to_string(),
            produced_on: form.value(&format!("produced_on-{i}")).to_string(),
            channel: form.value(&format!("channel-{i}")).to_string(),
            reason: form.value(&format!("reason-{i}")).to_string(),
        })
        .collect();
    let done = state.case_outcomes(&ctx.actor()?, &id, &given).await;
    answer(&state, ctx, &id, form, "outcomes", done).await
}

async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let package = state.case_package(&ctx.actor()?, &id).await?;
    super::packages::download(&package, &file)
}
