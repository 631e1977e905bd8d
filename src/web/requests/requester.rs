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
    let mut form = draft.form();
    // Asked once: what the account already knows is filled in.
    let q = draft.body.requester.clone().unwrap_or_else(|| Requester {
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
    let mut form = draft.posted(&ctx, &body);
    let text = |form: &Form, f: &str| form.value(f).trim().to_string();
    // Email and phone are stored in their normal form when they have one;
    // what is wrong with any answer is the request rules' to say.
    let requester = Requester {
        name: text(&form, "name"),
        rank: text(&form, "rank"),
        badge: text(&form, "badge"),
        email: EmailAddress::parse(form.value("email"))
            .map(|e| e.to_string())
            .unwrap_or_else(|_| text(&form, "email")),
        phone: PhoneNumber::parse(form.value("phone"), user.org.country)
            .map(|p| p.to_string())
            .unwrap_or_else(|_| text(&form, "phone")),
        agency: text(&form, "agency"),
        unit: text(&form, "unit"),
        case_number: text(&form, "case_number"),
        offence: text(&form, "offence"),
    };
    for field in REQUESTER_FIELDS {
        if text(&form, field).chars().count() > 500 {
            form.add_error(field, ctx.t("error-requester-too-long"));
        }
    }
    // The rules scan the free-text answers for national IDs; the contact
    // fields are checked as typed, before normalising hides the digits.
    refuse_national_ids(
        &ctx,
        &mut form,
        &["email", "phone"],
        Field::Identifier,
        &id_countries(&state, &user, &draft.body),
    );
    let mut probe = draft.body.clone();
    probe.requester = Some(requester.clone());
    show_rule_errors(
        &ctx,
        &mut form,
        &check_request(&state, &user, &probe),
        "requester",
    );
    if form.has_errors() {
        if saving(&form) && REQUESTER_FIELDS.iter().all(|f| text(&form, f).is_empty()) {
            return Ok(saved());
        }
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &requester_page_for(&state, ctx, &user, id, form),
        );
    }
    draft.body.requester = Some(requester);
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "targets"))
}
