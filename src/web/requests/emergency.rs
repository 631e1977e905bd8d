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

fn page_for(ctx: Ctx, id: String, form: Form, company: &Company) -> EmergencyPage {
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

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (company, _, _) = chosen(&state, &draft)?;
    require_emergency(&draft)?;
    let mut form = draft.form();
    if let Some(e) = &draft.body.emergency {
        if let Some(n) = e.nature {
            form.set("nature", n.as_str());
        }
        for (field, value) in [
            ("imminence", &e.imminence),
            ("person_at_risk", &e.person_at_risk),
            ("why_urgent", &e.why_urgent),
            ("callback", &e.callback),
            ("supervisor_name", &e.supervisor_name),
            ("supervisor_contact", &e.supervisor_contact),
        ] {
            form.set(field, value.as_str());
        }
    }
    render(&page_for(ctx, id, form, company))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let (company, _, _) = chosen(&state, &draft)?;
    require_emergency(&draft)?;
    let mut form = draft.posted(&ctx, &body);
    let text = |f: &str| form.value(f).trim().to_string();
    let callback = PhoneNumber::parse(form.value("callback"), user.org.country)
        .map(|p| p.to_string())
        .unwrap_or_else(|_| text("callback"));
    let emergency = Emergency {
        nature: EmergencyNature::ALL
            .into_iter()
            .find(|n| n.as_str() == form.value("nature")),
        imminence: text("imminence"),
        person_at_risk: text("person_at_risk"),
        why_urgent: text("why_urgent"),
        callback,
        supervisor_name: text("supervisor_name"),
        supervisor_contact: text("supervisor_contact"),
    };
    for field in TEXT_FIELDS {
        if form.value(field).trim().chars().count() > 4000 {
            form.add_error(field, ctx.t("error-text-too-long"));
        }
    }
    let countries = id_countries(&state, &user, &draft.body);
    let words = [
        "imminence",
        "person_at_risk",
        "why_urgent",
        "supervisor_name",
    ];
    refuse_national_ids(&ctx, &mut form, &words, Field::Text, &countries);
    let contacts = ["callback", "supervisor_contact"];
    refuse_national_ids(&ctx, &mut form, &contacts, Field::Identifier, &countries);
    let mut probe = draft.body.clone();
    probe.emergency = Some(emergency.clone());
    show_rule_errors(
        &ctx,
        &mut form,
        &check_request(&state, &user, &probe),
        "emergency",
    );
    if form.has_errors() {
        let blank = emergency == Emergency::default();
        if saving(&form) && blank {
            return Ok(saved());
        }
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_for(ctx, id, form, company),
        );
    }
    draft.body.emergency = Some(emergency);
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "non-disclosure"))
}
