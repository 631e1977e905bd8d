//! Step 3: the legal basis, and the page that explains the route for data
//! that needs the company's home-country process.

use askama::Template;

use super::*;

// --- Step 3: legal basis ----------------------------------------------------

/// What the company needs for this request, seen from the officer's country.
fn requirement(
    state: &AppState,
    user: &User,
    company: &Company,
    entity: &Entity,
    t: crate::domain::request_type::RequestType,
) -> Requirement {
    crate::rules::request::requirement(
        &state.directory,
        company,
        entity,
        user.org.country,
        t,
        jiff::Zoned::now().date(),
    )
}

/// Why `kind` cannot carry this draft, if it cannot.
pub(super) fn basis_problem(
    state: &AppState,
    user: &User,
    draft: &Draft,
    kind: LegalBasisKind,
) -> Option<legal_basis::BasisError> {
    let (company, entity, t) = chosen(state, draft).ok()?;
    legal_basis::check(t, kind, requirement(state, user, company, entity, t)).err()
}

#[derive(Template)]
#[template(path = "requests/basis.html")]
struct BasisPage {
    ctx: Ctx,
    id: String,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// Set when the chosen basis cannot reach the data: link to the route page.
    show_route: bool,
    step: u32,
    total: u32,
}

fn basis_page_for(
    ctx: Ctx,
    id: String,
    form: Form,
    company: &Company,
    t: crate::domain::request_type::RequestType,
    show_route: bool,
) -> BasisPage {
    let choices = LegalBasisKind::for_type(t)
        .iter()
        .map(|k| Choice::new(k.as_str(), ctx.t(k.label_key())))
        .collect();
    BasisPage {
        ctx,
        id,
        form,
        company: company.name.clone(),
        choices,
        show_route,
        step: 3,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn basis_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (company, _, t) = chosen(&state, &draft)?;
    let mut form = draft.form();
    if let Some(b) = &draft.body.legal_basis {
        form.set("basis", b.kind.as_str());
        form.set("provision", b.provision.as_str());
        form.set("reference", b.reference.as_str());
    }
    render(&basis_page_for(ctx, id, form, company, t, false))
}

pub(super) async fn basis_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let (company, _, t) = chosen(&state, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) && form.value("basis").is_empty() {
        return Ok(saved());
    }
    let kind = LegalBasisKind::ALL
        .into_iter()
        .find(|k| k.as_str() == form.value("basis"));
    let mut show_route = false;
    match kind {
        None => form.add_error("basis", ctx.t("error-basis-empty")),
        Some(k) => {
            if let Some(problem) = basis_problem(&state, &user, &draft, k) {
                show_route = problem != legal_basis::BasisError::NotForType;
                form.add_error("basis", ctx.t(problem.message_key()));
            }
            let provision = form.value("provision").trim().to_string();
            if k.needs_provision() && provision.is_empty() {
                form.add_error("provision", ctx.t("error-basis-provision-empty"));
            }
            if provision.chars().count() > 500 {
                form.add_error("provision", ctx.t("error-basis-provision-long"));
            }
            if form.value("reference").trim().chars().count() > 200 {
                form.add_error("reference", ctx.t("error-basis-reference-long"));
            }
        }
    }
    let countries = id_countries(&state, &user, &draft.body);
    refuse_national_ids(&ctx, &mut form, &["provision"], Field::Text, &countries);
    refuse_national_ids(
        &ctx,
        &mut form,
        &["reference"],
        Field::Identifier,
        &countries,
    );
    let Some(kind) = kind.filter(|_| !form.has_errors()) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &basis_page_for(ctx, id, form, company, t, show_route),
        );
    };
    draft.body.legal_basis = Some(LegalBasis {
        kind,
        provision: form.value("provision").trim().to_string(),
        reference: form.value("reference").trim().to_string(),
    });
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "requester"))
}

// --- How to get data that needs the company's home-country process ----------

#[derive(Template)]
#[template(path = "requests/route.html")]
struct RoutePage {
    ctx: Ctx,
    id: String,
    company: String,
    entity: String,
    entity_country: String,
    officer_country: String,
    agreement: Option<crate::directory::Agreement>,
}

pub(super) async fn route_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (company, entity, _) = chosen(&state, &draft)?;
    let country_name = |code: crate::domain::country::CountryCode| {
        state
            .directory
            .jurisdiction(code)
            .map(|j| j.name_en.clone())
            .unwrap_or_else(|| code.to_string())
    };
    let agreement = state
        .directory
        .agreement_between(user.org.country, entity.country, jiff::Zoned::now().date())
        .cloned();
    render(&RoutePage {
        company: company.name.clone(),
        entity: entity.name.clone(),
        entity_country: country_name(entity.country),
        officer_country: country_name(user.org.country),
        agreement,
        id,
        ctx,
    })
}
