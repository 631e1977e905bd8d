//! The delivery panel of a finished document's page (the request's
//! confirmation, the approved report's review): the recipient's channel
//! with its source and whether it is verified, a Send button, the status of
//! each delivery, and the portal upload record. The forms post here and
//! come back to the document's page.

use axum::Router;
use axum::extract::{Path, Query, RawForm, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;

use super::AppState;
use super::error::AppError;
use super::page::Ctx;
use crate::app::delivery::{Panel, Route};
use crate::app::{Error, Refusal};
use crate::store::{Delivery, StoredPackage};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/packages/{id}/send", post(send))
        .route("/packages/{id}/portal-upload", post(portal_upload))
        .route("/packages/{id}/deliver", post(deliver))
        .route("/deliveries/{id}/retry", post(retry))
}

/// One delivery as the page shows it.
pub struct ViewDelivery {
    pub id: String,
    pub status: String,
    pub label: String,
    pub to: String,
    /// What happened, in words: when sent and the server's answer, why it
    /// failed, the portal reference.
    pub detail: String,
    pub attempts: String,
    pub file: bool,
    pub can_retry: bool,
}

/// The recipient's casebridge inbox, when an organisation here answers for
/// the recipient: the case once delivered, or the button to deliver.
pub struct InboxView {
    pub org: String,
    /// Empty until delivered.
    pub case_id: String,
    pub status: String,
    pub status_label: String,
    /// One side is a demo organisation and the other is not.
    pub blocked: bool,
}

/// A delivered preservation request's clock.
pub struct PreservationView {
    pub document_id: String,
    pub until: String,
    pub left: String,
    pub expired: bool,
    pub not_renewable: bool,
}

/// The panel as the page shows it.
pub struct DeliveryView {
    pub package_id: String,
    pub has_recipient: bool,
    pub name: String,
    pub route: &'static str,
    pub channel_label: String,
    pub address: String,
    pub is_link: bool,
    pub source: String,
    pub checked: String,
    pub verified: bool,
    pub note: String,
    /// Why mail only goes to the outbox folder, or empty.
    pub file_only: String,
    pub can_send: bool,
    pub can_record_upload: bool,
    pub deliveries: Vec<ViewDelivery>,
    pub inbox: Option<InboxView>,
    /// A delivered preservation: until when, and the extension button.
    pub preservation: Option<PreservationView>,
    /// A refused send or upload, in the reader's words.
    pub error: String,
    pub error_field: String,
}

fn when(s: Option<&str>) -> String {
    s.and_then(crate::domain::time::from_db)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

fn view_delivery(ctx: &Ctx, d: &Delivery) -> ViewDelivery {
    let detail = match d.status.as_str() {
        "sent" => ctx.t_args(
            "delivery-sent-at",
            &[
                ("at", &when(d.sent_at.as_deref())),
                ("reply", &d.last_reply),
            ],
        ),
        "failed" => ctx.t1("delivery-failed-reason", "reply", &d.last_reply),
        "uploaded" => ctx.t_args(
            "delivery-uploaded",
            &[
                ("at", &when(d.uploaded_at.as_deref())),
                (
                    "reference",
                    d.portal_reference.as_deref().unwrap_or_default(),
                ),
            ],
        ),
        _ => ctx.t1("delivery-waiting", "reply", &d.last_reply),
    };
    ViewDelivery {
        id: d.public_id.clone(),
        label: ctx.t(&format!("delivery-status-{}", d.status)),
        status: d.status.clone(),
        to: ctx.t1("delivery-to", "recipient", &d.recipient),
        detail,
        attempts: if d.channel == "email" {
            ctx.t1("delivery-attempts", "count", d.attempts)
        } else {
            String::new()
        },
        file: d.transport == "file" && d.status == "sent",
        can_retry: d.status == "failed",
    }
}

/// The problem a refused form left, named by `?delivery_error=field`.
fn error_text(ctx: &Ctx, field: &str) -> String {
    let key = match field {
        "confirm" => "delivery-error-confirm",
        "recipient" => "delivery-error-bad-address",
        "channel" => "delivery-error-no-email",
        "portal" => "delivery-error-no-portal",
        "reference" => "delivery-error-reference",
        "uploaded_at" => "delivery-error-uploaded-at",
        "delivery" => "delivery-error-not-failed",
        "inbox" => "case-error-not-linked",
        "inbox_demo" => "case-error-demo-to-real",
        "inbox_training" => "case-error-training",
        _ => return String::new(),
    };
    ctx.t(key)
}

/// The panel of `package` for the signed-in user.
pub async fn view(
    state: &AppState,
    ctx: &Ctx,
    package: &StoredPackage,
    error_field: Option<&str>,
) -> Result<DeliveryView, AppError> {
    let actor = ctx.actor()?;
    let panel: Panel = state.delivery_panel(&actor, package).await?;
    let current = panel.current().is_some();
    let deliveries = panel
        .deliveries
        .iter()
        .map(|d| view_delivery(ctx, d))
        .collect();
    let file_only = match (panel.file_only, panel.demo) {
        (false, _) => String::new(),
        (true, true) => ctx.t("delivery-file-only"),
        (true, false) => ctx.t("delivery-no-smtp"),
    };
    let error_field = error_field.unwrap_or_default().to_string();
    let mut v = DeliveryView {
        package_id: panel.package_id.clone(),
        has_recipient: false,
        name: String::new(),
        route: Route::None.as_str(),
        channel_label: ctx.t("delivery-channel-none"),
        address: String::new(),
        is_link: false,
        source: String::new(),
        checked: String::new(),
        verified: false,
        note: String::new(),
        file_only,
        can_send: false,
        can_record_upload: false,
        deliveries,
        inbox: inbox_view(state, ctx, package).await?,
        preservation: preservation_view(state, ctx, package).await?,
        error: error_text(ctx, &error_field),
        error_field,
    };
    if let Some(r) = &panel.recipient {
        v.has_recipient = true;
        v.name = r.name.clone();
        v.route = r.route.as_str();
        v.channel_label = match r.route {
            Route::Other => format!("{} ({})", ctx.t("delivery-channel-other"), r.channel),
            other => ctx.t(&format!("delivery-channel-{}", other.as_str())),
        };
        v.address = r.address.clone();
        v.is_link = r.is_link();
        v.source = r.source.clone();
        v.checked = ctx.t1("delivery-checked", "date", &r.checked);
        v.verified = r.verified;
        v.note = r.note.clone();
        v.can_send = r.route == Route::Email && !current;
        v.can_record_upload = r.route == Route::Portal && !r.address.is_empty() && !current;
    }
    Ok(v)
}

async fn inbox_view(
    state: &AppState,
    ctx: &Ctx,
    package: &StoredPackage,
) -> Result<Option<InboxView>, AppError> {
    let actor = ctx.actor()?;
    let Some(org) = state.inbox_for(&actor, &package.public_id).await? else {
        return Ok(None);
    };
    let cases = state
        .store
        .cases_for_document(package.document_id, actor.user.org.id)
        .await?;
    let case = cases.iter().rev().find(|c| c.recipient_org_id == org.id);
    let status = case.map(|c| c.status.clone()).unwrap_or_default();
    Ok(Some(InboxView {
        blocked: actor.user.org.is_demo != org.is_demo,
        org: org.name,
        case_id: case.map(|c| c.public_id.clone()).unwrap_or_default(),
        status_label: crate::app::cases::CaseStatus::parse(&status)
            .map(|s| ctx.t(&s.label_key()))
            .unwrap_or_default(),
        status,
    }))
}

async fn preservation_view(
    state: &AppState,
    ctx: &Ctx,
    package: &StoredPackage,
) -> Result<Option<PreservationView>, AppError> {
    let org = ctx.user()?.org.id;
    let Some(doc) = state
        .store
        .document_by_row(package.document_id, org)
        .await?
    else {
        return Ok(None);
    };
    let Some(c) = state.preservation_of(&doc).await? else {
        return Ok(None);
    };
    let day = |t: jiff::Timestamp| t.strftime("%Y-%m-%d %H:%M UTC").to_string();
    Ok(Some(PreservationView {
        document_id: doc.public_id,
        until: ctx.t_args(
            "preservation-until",
            &[
                ("date", &day(c.expires_at)),
                ("days", &c.days.to_string()),
                ("delivered", &day(c.delivered_at)),
            ],
        ),
        left: ctx.t1("preservation-days-left", "days", c.days_left.max(0)),
        expired: c.days_left < 0,
        not_renewable: c.renewable == Some(false),
    }))
}

/// The document page a package belongs to.
async fn page_of(state: &AppState, ctx: &Ctx, package: &str) -> Result<String, AppError> {
    let user = ctx.user()?;
    let (_, doc_row) = state
        .store
        .package_row(package, user.org.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let doc = state
        .store
        .document_by_row(doc_row, user.org.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(match doc.kind.as_str() {
        "request" => format!("/requests/{}/done", doc.public_id),
        _ => format!("/reports/{}/review", doc.public_id),
    })
}

/// Back to the page, with the refused field named when there is one.
fn back(page: String, result: Result<(), Error>) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{page}#delivery")).into_response()),
        Err(Error::Refused(Refusal::Invalid(problems))) => {
            let field = problems.first().map_or("", |(f, _)| *f);
            Ok(Redirect::to(&format!("{page}?delivery_error={field}#delivery")).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

fn fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(all: &'a [(String, String)], name: &str) -> &'a str {
    all.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

async fn send(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let page = page_of(&state, &ctx, &id).await?;
    let form = fields(&body);
    let confirmed = field(&form, "confirm") == "yes";
    let done = state
        .send_package(&ctx.actor()?, &id, confirmed)
        .await
        .map(|_| ());
    back(page, done)
}

async fn portal_upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let page = page_of(&state, &ctx, &id).await?;
    let form = fields(&body);
    let done = state
        .record_portal_upload(
            &ctx.actor()?,
            &id,
            field(&form, "reference"),
            field(&form, "uploaded_at"),
        )
        .await
        .map(|_| ());
    back(page, done)
}

async fn deliver(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let page = page_of(&state, &ctx, &id).await?;
    let done = state.deliver_to_inbox(&ctx.actor()?, &id).await.map(|_| ());
    // The page names the problem by a field of its own.
    let done = done.map_err(|e| match e {
        Error::Refused(Refusal::Invalid(p)) => {
            let field = match p.first().map(|(_, m)| m.key) {
                Some("case-error-demo-to-real") => "inbox_demo",
                Some("case-error-training") => "inbox_training",
                _ => "inbox",
            };
            Error::Refused(Refusal::Invalid(vec![(field, crate::i18n::Msg::new(""))]))
        }
        other => other,
    });
    back(page, done)
}

#[derive(serde::Deserialize)]
pub struct RetryQuery {
    package: Option<String>,
}

async fn retry(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<RetryQuery>,
) -> Result<Response, AppError> {
    let actor = ctx.actor()?;
    let done = state.retry_delivery(Some(&actor), &id).await.map(|_| ());
    let page = match q.package {
        Some(p) => page_of(&state, &ctx, &p).await?,
        None => "/".to_string(),
    };
    back(page, done)
}

/// `?delivery_error=` of a document page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DeliveryQuery {
    pub delivery_error: Option<String>,
}
