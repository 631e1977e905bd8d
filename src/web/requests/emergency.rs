//! Step 7, for emergency requests: the facts a company weighs before it
//! discloses without legal process.

use askama::Template;

use super::*;
use crate::domain::request::{Emergency, EmergencyNature};

const TEXT_FIELDS: [&str; 6] = [
    "imminence",
    "person_at_risk",
    "why_urgent",
    "callback",
    "supervisor_name",
    "supervisor_contact",
];

#[derive(Template)]
#[template(path = "requests/emergency.html")]
struct EmergencyPage {
    ctx: Ctx,
    id: String,
    form: Form,
    natures: Vec<Choice>,
    /// The company's emergency route, shown so the officer can call as well.
    route: String,
    step: u32,
    total: u32,
}

fn page_for(s: Page, company: &Company) -> EmergencyPage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
    let natures = EmergencyNature::ALL
        .into_iter()
        .map(|n| Choice::new(n.as_str(), ctx.t(n.label_key())))
        .collect();
    EmergencyPage {
        // Never an address nobody published: say that none was found.
        route: match company.emergency.published() {
            Some((_, address)) => address.to_string(),
            None => ctx.t("request-emergency-route-none"),
        },
        ctx,
        id,
        form,
        natures,
        step: 7,
        total: TOTAL_STEPS,
    }
}

fn require_emergency(draft: &Draft) -> Result<(), AppError> {
    match draft.body.request_type {
        Some(RequestType::Emergency) => Ok(()),
        _ => Err(AppError::Redirect(format!(
            "/requests/{}",
            draft.doc.public_id
        ))),
    }
}

pub(super) async fn page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let company = chosen(&s.state, &s.draft)?.0.clone();
    require_emergency(&s.draft)?;
    if let Some(e) = &s.draft.body.emergency {
        if let Some(n) = e.nature {
            s.form.set("nature", n.as_str());
        }
        for (field, value) in [
            ("imminence", &e.imminence),
            ("person_at_risk", &e.person_at_risk),
            ("why_urgent", &e.why_urgent),
            ("callback", &e.callback),
            ("supervisor_name", &e.supervisor_name),
            ("supervisor_contact", &e.supervisor_contact),
        ] {
            s.form.set(field, value.as_str());
        }
    }
    s.show(|s| page_for(s, &company))
}

pub(super) async fn submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let company = chosen(&s.state, &s.draft)?.0.clone();
    require_emergency(&s.draft)?;
    let text = |f: &str| s.form.value(f).trim().to_string();
    let callback = PhoneNumber::parse(s.form.value("callback"), s.user.org.country)
        .map(|p| p.to_string())
        .unwrap_or_else(|_| text("callback"));
    let emergency = Emergency {
        nature: EmergencyNature::ALL
            .into_iter()
            .find(|n| n.as_str() == s.form.value("nature")),
        imminence: text("imminence"),
        person_at_risk: text("person_at_risk"),
        why_urgent: text("why_urgent"),
        callback,
        supervisor_name: text("supervisor_name"),
        supervisor_contact: text("supervisor_contact"),
    };
    for field in TEXT_FIELDS {
        if s.form.value(field).trim().chars().count() > 4000 {
            s.form.add_error(field, s.ctx.t("error-text-too-long"));
        }
    }
    let countries = id_countries(&s.state, &s.user, &s.draft.body);
    let words = [
        "imminence",
        "person_at_risk",
        "why_urgent",
        "supervisor_name",
    ];
    refuse_national_ids(&s.ctx, &mut s.form, &words, Field::Text, &countries);
    let contacts = ["callback", "supervisor_contact"];
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &contacts,
        Field::Identifier,
        &countries,
    );
    let mut probe = s.draft.body.clone();
    probe.emergency = Some(emergency.clone());
    show_rule_errors(
        &s.ctx,
        &mut s.form,
        &check_request(&s.state, &s.user, &probe),
        "emergency",
    );
    if s.form.has_errors() {
        let blank = emergency == Emergency::default();
        if saving(&s.form) && blank {
            return Ok(saved());
        }
        return s.refuse(|s| page_for(s, &company));
    }
    s.draft.body.emergency = Some(emergency);
    s.save_and_go("non-disclosure").await
}
