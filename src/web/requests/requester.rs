//! Step 4: the requesting officer and agency.

use askama::Template;

use super::*;

// --- Step 4: requesting officer and agency ----------------------------------

const REQUESTER_FIELDS: [&str; 9] = [
    "name",
    "rank",
    "badge",
    "email",
    "phone",
    "agency",
    "unit",
    "case_number",
    "offence",
];

#[derive(Template)]
#[template(path = "requests/requester.html")]
struct RequesterPage {
    ctx: Ctx,
    id: String,
    form: Form,
    /// Government domains accepted for the agency's country, for the hint.
    domains: String,
    step: u32,
    total: u32,
}

fn requester_page_for(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    id: String,
    form: Form,
) -> RequesterPage {
    let domains = state
        .directory
        .gov_domains(user.org.country)
        .map(|d| d.suffix.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    RequesterPage {
        ctx,
        id,
        form,
        domains,
        step: 4,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn requester_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let mut form = Form::new();
    // Asked once: what the account already knows is filled in.
    let q = draft
        .request
        .requester
        .clone()
        .unwrap_or_else(|| Requester {
            name: user.display_name.clone(),
            email: user.email.clone(),
            agency: user.org.name.clone(),
            ..Requester::default()
        });
    for (field, value) in [
        ("name", &q.name),
        ("rank", &q.rank),
        ("badge", &q.badge),
        ("email", &q.email),
        ("phone", &q.phone),
        ("agency", &q.agency),
        ("unit", &q.unit),
        ("case_number", &q.case_number),
        ("offence", &q.offence),
    ] {
        form.set(field, value.as_str());
    }
    render(&requester_page_for(&state, ctx, &user, id, form))
}

pub(super) async fn requester_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = parse_form(&body);
    let text = |form: &Form, f: &str| form.value(f).trim().to_string();
    for (field, key) in [
        ("name", "error-requester-name-empty"),
        ("rank", "error-requester-rank-empty"),
        ("badge", "error-requester-badge-empty"),
        ("agency", "error-requester-agency-empty"),
        ("case_number", "error-requester-case-empty"),
        ("offence", "error-requester-offence-empty"),
    ] {
        if text(&form, field).is_empty() {
            form.add_error(field, ctx.t(key));
        }
    }
    for field in REQUESTER_FIELDS {
        if text(&form, field).chars().count() > 500 {
            form.add_error(field, ctx.t("error-requester-too-long"));
        }
    }
    let email = match EmailAddress::parse(form.value("email")) {
        Ok(e) => match state
            .directory
            .check_officer_email(&e, user.org.country, user.org.is_demo)
        {
            Ok(_) => Some(e),
            Err(err) => {
                form.add_error("email", ctx.t(err.message_key()));
                None
            }
        },
        Err(e) => {
            form.add_error("email", ctx.t(e.message_key()));
            None
        }
    };
    let phone = match PhoneNumber::parse(form.value("phone"), user.org.country) {
        Ok(p) => Some(p),
        Err(e) => {
            form.add_error("phone", ctx.t(e.message_key()));
            None
        }
    };
    refuse_national_ids(&ctx, &mut form, &REQUESTER_FIELDS);
    let (Some(email), Some(phone), false) = (email, phone, form.has_errors()) else {
        if saving(&form) && REQUESTER_FIELDS.iter().all(|f| text(&form, f).is_empty()) {
            return Ok(saved());
        }
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &requester_page_for(&state, ctx, &user, id, form),
        );
    };
    draft.request.requester = Some(Requester {
        name: text(&form, "name"),
        rank: text(&form, "rank"),
        badge: text(&form, "badge"),
        email: email.to_string(),
        phone: phone.to_string(),
        agency: text(&form, "agency"),
        unit: text(&form, "unit"),
        case_number: text(&form, "case_number"),
        offence: text(&form, "offence"),
    });
    save(&state, &ctx, &user, &draft).await?;
    Ok(next(&ctx, &form, &id, "targets"))
}
