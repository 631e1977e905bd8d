//! Step 4: the requesting officer and agency.

use askama::Template;

use super::*;

// --- Step 4: requesting officer and agency ----------------------------------

/// The step's fields, as typed.
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Fields {
    name: String,
    rank: String,
    badge: String,
    email: String,
    phone: String,
    agency: String,
    unit: String,
    case_number: String,
    offence: String,
    /// Colleagues to copy, one address a line.
    cc: String,
}

impl From<Requester> for Fields {
    fn from(q: Requester) -> Self {
        let Requester {
            name,
            rank,
            badge,
            email,
            phone,
            agency,
            unit,
            case_number,
            offence,
            cc,
        } = q;
        Fields {
            name,
            rank,
            badge,
            email,
            phone,
            agency,
            unit,
            case_number,
            offence,
            cc: cc.join("\n"),
        }
    }
}

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
    let profile = &s.user.profile;
    let q = s.draft.body.requester.clone().unwrap_or_else(|| Requester {
        name: s.user.display_name.clone(),
        rank: profile.rank.clone(),
        badge: profile.badge_number.clone(),
        email: s.user.email.clone(),
        phone: profile.phone.clone(),
        agency: s.user.org.name.clone(),
        ..Requester::default()
    });
    s.form.fill(&Fields::from(q));
    s.show(requester_page_for)
}

pub(super) async fn requester_submit(
    Posted(mut s): Posted<Requests>,
) -> Result<Response, AppError> {
    let f: Fields = s.form.read();
    let tidy = |v: &str| v.trim().to_string();
    // Email and phone are stored in their normal form when they have one;
    // what is wrong with any answer is the request rules' to say.
    let requester = Requester {
        name: tidy(&f.name),
        rank: tidy(&f.rank),
        badge: tidy(&f.badge),
        email: EmailAddress::parse(&f.email)
            .map(|e| e.to_string())
            .unwrap_or_else(|_| tidy(&f.email)),
        phone: PhoneNumber::parse(&f.phone, s.user.org.country)
            .map(|p| p.to_string())
            .unwrap_or_else(|_| tidy(&f.phone)),
        agency: tidy(&f.agency),
        unit: tidy(&f.unit),
        case_number: tidy(&f.case_number),
        offence: tidy(&f.offence),
        cc: crate::web::form::cc_lines(&f.cc),
    };
    let answers = crate::web::form::text_fields(&f);
    for (field, value) in &answers {
        if field.as_str() != "cc" && value.trim().chars().count() > 500 {
            s.form.add_error(field, s.ctx.t("error-requester-too-long"));
        }
    }
    // The rules scan the free-text answers for national IDs; the contact
    // fields are checked as typed, before normalising hides the digits.
    if requester.cc.iter().any(|c| c.chars().count() > 254) {
        s.form.add_error("cc", s.ctx.t("error-cc-line-too-long"));
    }
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &["email", "phone", "cc"],
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
        if saving(&s.form) && answers.iter().all(|(_, v)| v.trim().is_empty()) {
            return Ok(saved());
        }
        return s.refuse(requester_page_for);
    }
    // Rank, badge number and telephone are remembered for the next request.
    crate::accounts::profile::save(
        &s.state,
        &s.user,
        &crate::accounts::profile::ProfileFields {
            display_name: &s.user.display_name,
            rank: &requester.rank,
            badge_number: &requester.badge,
            phone: &requester.phone,
        },
        "request",
        None,
    )
    .await?;
    s.draft.body.requester = Some(requester);
    s.save_and_go("targets").await
}
