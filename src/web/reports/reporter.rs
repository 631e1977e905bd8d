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
    zones: crate::web::wizard::Zones,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(s: Page) -> ReporterPage {
    let Step {
        ref state,
        ctx,
        ref user,
        ref draft,
        form,
    } = s;
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

/// The step's text boxes, as typed.
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Fields {
    organisation: String,
    name: String,
    email: String,
    phone: String,
    le_name: String,
    le_email: String,
    le_phone: String,
    retention_days: String,
    legal_process_url: String,
    preservation_reference: String,
    /// Colleagues to copy, one address a line.
    cc: String,
}

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    let (r, p) = (&s.draft.body.reporter, &s.draft.body.preservation);
    s.form.fill(&Fields {
        organisation: r.organisation.clone(),
        name: r.name.clone(),
        email: r.email.clone(),
        phone: r.phone.clone(),
        le_name: r.le_contact.name.clone(),
        le_email: r.le_contact.email.clone(),
        le_phone: r.le_contact.phone.clone(),
        retention_days: r.retention_days.map(|d| d.to_string()).unwrap_or_default(),
        legal_process_url: r.legal_process_url.clone(),
        preservation_reference: p.reference.clone(),
        cc: r.cc.join("\n"),
    });
    let around_the_clock = r.le_contact.around_the_clock;
    set_bool(&mut s.form, "le_around_the_clock", around_the_clock);
    set_bool(&mut s.form, "preserved", p.preserved);
    if let Some(m) = &p.notice_received_at {
        set_moment(&mut s.form, "notice", m);
    }
    default_zones(
        &mut s.form,
        &["notice"],
        &default_zone(&s.state, &s.user, &s.draft.body),
    );
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let mut report = s.draft.body.clone();
    let r = &mut report.reporter;
    r.organisation = text(&s.ctx, &mut s.form, "organisation", 200);
    r.name = text(&s.ctx, &mut s.form, "name", 200);
    r.email = text(&s.ctx, &mut s.form, "email", 254);
    if r.email.is_empty() {
        s.form
            .add_error("email", s.ctx.t("report-error-reporter-email-empty"));
    }
    // The member's own numbers, national ones read in the member's plan.
    let e164 = |v: String| {
        crate::domain::phone::PhoneNumber::parse(&v, s.user.org.country)
            .map(|p| p.to_string())
            .unwrap_or(v)
    };
    r.phone = e164(text(&s.ctx, &mut s.form, "phone", 40));
    r.cc = crate::web::form::cc_lines(s.form.value("cc"));
    if r.cc.iter().any(|c| c.chars().count() > 254) {
        s.form.add_error("cc", s.ctx.t("error-cc-line-too-long"));
    }
    r.le_contact.name = text(&s.ctx, &mut s.form, "le_name", 200);
    r.le_contact.email = text(&s.ctx, &mut s.form, "le_email", 254);
    r.le_contact.phone = e164(text(&s.ctx, &mut s.form, "le_phone", 40));
    r.le_contact.around_the_clock = read_bool(&s.form, "le_around_the_clock");
    r.retention_days = match s.form.value("retention_days").trim() {
        "" => None,
        v => match v.parse::<u32>() {
            Ok(d) if d > 0 && d <= 3650 => Some(d),
            _ => {
                s.form
                    .add_error("retention_days", s.ctx.t("report-error-retention"));
                None
            }
        },
    };
    r.legal_process_url = text(&s.ctx, &mut s.form, "legal_process_url", 500);
    if !r.legal_process_url.is_empty() && !r.legal_process_url.starts_with("https://") {
        s.form
            .add_error("legal_process_url", s.ctx.t("report-error-url"));
    }
    let p = &mut report.preservation;
    p.preserved = read_bool(&s.form, "preserved");
    p.reference = text(&s.ctx, &mut s.form, "preservation_reference", 200);
    p.notice_received_at = read_optional_moment(&s.ctx, &mut s.form, "notice", s.state.now());
    let countries = national_id_jurisdictions(&report);
    let words = ["organisation", "name", "le_name"];
    refuse_national_ids(&s.ctx, &mut s.form, &words, Field::Text, &countries);
    let typed = [
        "email",
        "cc",
        "phone",
        "le_email",
        "le_phone",
        "legal_process_url",
        "preservation_reference",
    ];
    refuse_national_ids(&s.ctx, &mut s.form, &typed, Field::Identifier, &countries);
    if !s.form.has_errors()
        && let Some(o) = outcome(&s.state, &report)
    {
        // Email and phone formats are the rules' (E.164 for the country).
        for f in o.errors.iter().filter(|f| f.code != "required_field") {
            let field = match f.path.as_str() {
                "reporter.email" => "email",
                "reporter.phone" => "phone",
                "reporter.le_contact.email" => "le_email",
                "reporter.le_contact.phone" => "le_phone",
                "reporter.cc" => "cc",
                _ => continue,
            };
            s.form.add_error(field, f.render(s.ctx.locale));
        }
    }
    if s.form.has_errors() {
        return s.refuse(view);
    }
    s.draft.body = report;
    s.save_and_go("check").await
}
