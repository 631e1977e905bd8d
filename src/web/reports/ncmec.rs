//! The reviewer's button that submits an approved report's NCMEC form to
//! the CyberTipline API, with a field for the `fileId` of each file, and
//! the record of every submission: NCMEC's report id and each step's
//! response code with its meaning.

use super::review::review_page;
use super::*;
use crate::app::{NcmecPanel, ncmec_steps};
use crate::ncmec::codes::meaning_key;
use crate::ncmec::submit::Step;
use crate::store::NcmecSubmission;

/// One file's `fileId` field.
pub(super) struct FileField {
    pub name: String,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
}

pub(super) struct StepView {
    pub name: String,
    pub ok: bool,
    pub lines: Vec<String>,
}

pub(super) struct SubmissionView {
    pub status: String,
    pub finished: bool,
    pub by: String,
    pub report_id: String,
    pub steps: Vec<StepView>,
    /// A word on what is left at NCMEC, when the retract failed.
    pub note: String,
}

/// What the review page shows under the NCMEC downloads.
pub(super) struct NcmecView {
    /// Why the signed-in member may not submit; empty when they may.
    pub blocked: String,
    pub demo: bool,
    pub target: String,
    pub files: Vec<FileField>,
    pub submissions: Vec<SubmissionView>,
}

fn step_view(ctx: &Ctx, s: &Step) -> StepView {
    let name = match s.step.as_str() {
        "submit" => ctx.t("ncmec-step-submit"),
        "fileinfo" => ctx.t1("ncmec-step-fileinfo", "number", s.file.unwrap_or(0)),
        "finish" => ctx.t("ncmec-step-finish"),
        _ => ctx.t("ncmec-step-retract"),
    };
    let mut lines = Vec::new();
    if let Some(code) = s.code {
        lines.push(ctx.t_args(
            "ncmec-step-code",
            &[
                ("code", &code.to_string()),
                ("meaning", &ctx.t(meaning_key(code))),
            ],
        ));
        if !s.description.is_empty() {
            lines.push(ctx.t1("ncmec-step-description", "text", &s.description));
        }
    }
    match s.problem.as_str() {
        "unreachable" => lines.push(ctx.t("ncmec-problem-unreachable")),
        "not_xml" => lines.push(ctx.t1(
            "ncmec-problem-not-xml",
            "status",
            s.http_status.unwrap_or(0),
        )),
        "no_report_id" => lines.push(ctx.t("ncmec-problem-no-report-id")),
        _ => {}
    }
    if !s.request_id.is_empty() {
        lines.push(ctx.t1("ncmec-step-request-id", "id", &s.request_id));
    }
    StepView {
        name,
        ok: s.succeeded(),
        lines,
    }
}

fn submission_view(ctx: &Ctx, s: &NcmecSubmission) -> SubmissionView {
    let status = match s.status.as_str() {
        "finished" => "ncmec-status-finished",
        "retracted" => "ncmec-status-retracted",
        "failed" => "ncmec-status-failed",
        _ => "ncmec-status-started",
    };
    let steps = ncmec_steps(s);
    let open_left = s.status == "failed" && steps.iter().any(|st| st.step == "retract");
    let at = crate::domain::time::from_db(&s.started_at)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| s.started_at.clone());
    SubmissionView {
        status: ctx.t(status),
        finished: s.status == "finished",
        by: ctx.t_args(
            "ncmec-submission-by",
            &[("who", &s.submitted_by_name), ("at", &at)],
        ),
        report_id: s
            .ncmec_report_id
            .as_deref()
            .map(|id| ctx.t1("ncmec-report-id", "id", id))
            .unwrap_or_default(),
        steps: steps.iter().map(|st| step_view(ctx, st)).collect(),
        note: match open_left {
            true => ctx.t("ncmec-outcome-failed-open"),
            false => String::new(),
        },
    }
}

/// The field name of file `n`'s `fileId`.
fn field(n: usize) -> String {
    format!("file_id_{n}")
}

pub(super) fn view(ctx: &Ctx, panel: &NcmecPanel, r: &Report, form: &Form) -> NcmecView {
    NcmecView {
        blocked: panel.blocked.map(|k| ctx.t(k)).unwrap_or_default(),
        demo: panel.demo,
        target: ctx.t1("ncmec-submit-target", "url", &panel.base_url),
        files: r
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let name = field(i + 1);
                let file = if f.file_name.is_empty() {
                    ctx.t1("report-file-numbered", "number", i + 1)
                } else {
                    f.file_name.clone()
                };
                FileField {
                    label: ctx.t_args(
                        "ncmec-submit-file-id",
                        &[("number", &(i + 1).to_string()), ("file", &file)],
                    ),
                    value: form.value(&name).to_string(),
                    error: form.error(&name).map(String::from),
                    name,
                }
            })
            .collect(),
        submissions: panel
            .submissions
            .iter()
            .map(|s| submission_view(ctx, s))
            .collect(),
    }
}

/// The reviewer's submission: every file's `fileId` from the form, then
/// the workflow's submission; the review page shows the outcome.
pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load_any(&state, &user, &id).await?;
    if draft.status() != crate::app::ReportStatus::Approved {
        return Err(AppError::Redirect(format!("/reports/{id}/review")));
    }
    let mut form = Form::from_body(&body);
    let package = state.report_package(&user, &draft).await?;
    let given: Vec<(usize, String)> = (1..=draft.body.files.len())
        .map(|n| (n, form.value(&field(n)).to_string()))
        .collect();
    let problem = match state
        .submit_to_ncmec(&ctx.actor()?, &package.public_id, &given)
        .await
    {
        Ok(_) => {
            return Ok(
                Redirect::to(&format!("/reports/{id}/review?ncmec=1#ncmec-submissions"))
                    .into_response(),
            );
        }
        Err(crate::app::Error::Refused(Refusal::Invalid(problems))) => problems,
        Err(crate::app::Error::Refused(r @ Refusal::Role(_))) => {
            form.add_error("ncmec_submit", r.message(ctx.locale));
            let page = review_page(&state, ctx, &user, &draft, form, false, None).await?;
            return render_status(StatusCode::FORBIDDEN, &page);
        }
        Err(e) => return Err(e.into()),
    };
    for (_, msg) in problem {
        // A missing or bad id names its file: the error goes beside it.
        let target = match msg.key {
            "ncmec-error-file-id-missing" | "ncmec-error-file-id-invalid" => msg
                .args
                .iter()
                .find(|(k, _)| *k == "number")
                .and_then(|(_, v)| v.parse().ok())
                .map_or_else(|| "ncmec_submit".to_string(), field),
            _ => "ncmec_submit".to_string(),
        };
        form.add_msg(ctx.locale, &target, &msg);
    }
    let page = review_page(&state, ctx, &user, &draft, form, false, None).await?;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
