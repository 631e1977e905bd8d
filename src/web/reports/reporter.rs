//! Step 8: who reports, the law-enforcement contact police can call at any
//! hour, how long the member keeps the data, and whether it is preserved.

use super::*;

#[derive(Template)]
#[template(path = "reports/reporter.html")]
struct ReporterPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    choices: Vec<Choice>,
    zones: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(state: &AppState, ctx: Ctx, user: &User, draft: &Draft, form: Form) -> ReporterPage {
    let id = draft.doc.public_id.clone();
    ReporterPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        choices: yes_no(&ctx),
        zones: zones(state, user, &draft.body),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 9,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let r = &draft.body.reporter;
    let mut form = draft.form();
    form.set("organisation", r.organisation.as_str());
    form.set("name", r.name.as_str());
    form.set("email", r.email.as_str());
    form.set("phone", r.phone.as_str());
    form.set("le_name", r.le_contact.name.as_str());
    form.set("le_email", r.le_contact.email.as_str());
    form.set("le_phone", r.le_contact.phone.as_str());
    set_bool(
        &mut form,
        "le_around_the_clock",
        r.le_contact.around_the_clock,
    );
    if let Some(d) = r.retention_days {
        form.set("retention_days", d.to_string());
    }
    form.set("legal_process_url", r.legal_process_url.as_str());
    let p = &draft.body.preservation;
    set_bool(&mut form, "preserved", p.preserved);
    form.set("preservation_reference", p.reference.as_str());
    if let Some(m) = &p.notice_received_at {
        set_moment(&mut form, "notice", m);
    }
    default_zones(
        &mut form,
        &["notice"],
        &default_zone(&state, &user, &draft.body),
    );
    render(&view(&state, ctx, &user, &draft, form))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    let mut report = draft.body.clone();
    let r = &mut report.reporter;
    r.organisation = text(&ctx, &mut form, "organisation", 200);
    r.name = text(&ctx, &mut form, "name", 200);
    r.email = text(&ctx, &mut form, "email", 254);
    if r.email.is_empty() {
        form.add_error("email", ctx.t("report-error-reporter-email-empty"));
    }
    // The member's own numbers, national ones read in the member's plan.
    let e164 = |v: String| {
        crate::domain::phone::PhoneNumber::parse(&v, user.org.country)
            .map(|p| p.to_string())
            .unwrap_or(v)
    };
    r.phone = e164(text(&ctx, &mut form, "phone", 40));
    r.le_contact.name = text(&ctx, &mut form, "le_name", 200);
    r.le_contact.email = text(&ctx, &mut form, "le_email", 254);
    r.le_contact.phone = e164(text(&ctx, &mut form, "le_phone", 40));
    r.le_contact.around_the_clock = read_bool(&form, "le_around_the_clock");
    r.retention_days = match form.value("retention_days").trim() {
        "" => None,
        v => match v.parse::<u32>() {
            Ok(d) if d > 0 && d <= 3650 => Some(d),
            _ => {
                form.add_error("retention_days", ctx.t("report-error-retention"));
                None
            }
        },
    };
    r.legal_process_url = text(&ctx, &mut form, "legal_process_url", 500);
    if !r.legal_process_url.is_empty() && !r.legal_process_url.starts_with("https://") {
        form.add_error("legal_process_url", ctx.t("report-error-url"));
    }
    let p = &mut report.preservation;
    p.preserved = read_bool(&form, "preserved");
    p.reference = text(&ctx, &mut form, "preservation_reference", 200);
    p.notice_received_at = read_optional_moment(&ctx, &mut form, "notice");
    let countries = national_id_jurisdictions(&report);
    let words = ["organisation", "name", "le_name"];
    refuse_national_ids(&ctx, &mut form, &words, Field::Text, &countries);
    let typed = [
        "email",
        "phone",
        "le_email",
        "le_phone",
        "legal_process_url",
        "preservation_reference",
    ];
    refuse_national_ids(&ctx, &mut form, &typed, Field::Identifier, &countries);
    if !form.has_errors()
        && let Some(o) = outcome(&state, &report)
    {
        // Email and phone formats are the rules' (E.164 for the country).
        for f in o.errors.iter().filter(|f| f.code != "required_field") {
            let field = match f.path.as_str() {
                "reporter.email" => "email",
                "reporter.phone" => "phone",
                "reporter.le_contact.email" => "le_email",
                "reporter.le_contact.phone" => "le_phone",
                _ => continue,
            };
            form.add_error(field, f.render(ctx.locale));
        }
    }
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &view(&state, ctx, &user, &draft, form),
        );
    }
    draft.body = report;
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "check"))
}
