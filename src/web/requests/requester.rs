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

fn requester_page_for(s: Page) -> RequesterPage {
    let domains = s
        .state
        .directory
        .gov_domains(s.user.org.country)
        .map(|d| d.suffix.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    RequesterPage {
        id: s.id(),
        ctx: s.ctx,
        form: s.form,
        domains,
        step: 4,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn requester_page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    // Asked once: what the account already knows is filled in.
    let q = s.draft.body.requester.clone().unwrap_or_else(|| Requester {
        name: s.user.display_name.clone(),
        email: s.user.email.clone(),
        agency: s.user.org.name.clone(),
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
        s.form.set(field, value.as_str());
    }
    s.show(requester_page_for)
}

pub(super) async fn requester_submit(
    Posted(mut s): Posted<Requests>,
) -> Result<Response, AppError> {
    let text = |form: &Form, f: &str| form.value(f).trim().to_string();
    // Email and phone are stored in their normal form when they have one;
    // what is wrong with any answer is the request rules' to say.
    let requester = Requester {
        name: text(&s.form, "name"),
        rank: text(&s.form, "rank"),
        badge: text(&s.form, "badge"),
        email: EmailAddress::parse(s.form.value("email"))
            .map(|e| e.to_string())
            .unwrap_or_else(|_| text(&s.form, "email")),
        phone: PhoneNumber::parse(s.form.value("phone"), s.user.org.country)
            .map(|p| p.to_string())
            .unwrap_or_else(|_| text(&s.form, "phone")),
        agency: text(&s.form, "agency"),
        unit: text(&s.form, "unit"),
        case_number: text(&s.form, "case_number"),
        offence: text(&s.form, "offence"),
    };
    for field in REQUESTER_FIELDS {
        if text(&s.form, field).chars().count() > 500 {
            s.form.add_error(field, s.ctx.t("error-requester-too-long"));
        }
    }
    // The rules scan the free-text answers for national IDs; the contact
    // fields are checked as typed, before normalising hides the digits.
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &["email", "phone"],
        Field::Identifier,
        &id_countries(&s.state, &s.user, &s.draft.body),
    );
    let mut probe = s.draft.body.clone();
    probe.requester = Some(requester.clone());
    show_rule_errors(
        &s.ctx,
        &mut s.form,
        &check_request(&s.state, &s.user, &probe),
        "requester",
    );
    if s.form.has_errors() {
        if saving(&s.form) && REQUESTER_FIELDS.iter().all(|f| text(&s.form, f).is_empty()) {
            return Ok(saved());
        }
        return s.refuse(requester_page_for);
    }
    s.draft.body.requester = Some(requester);
    s.save_and_go("targets").await
}
