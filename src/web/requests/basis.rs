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
        state.today(),
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
    s: Page,
    company: &Company,
    t: crate::domain::request_type::RequestType,
    show_route: bool,
) -> BasisPage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
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

pub(super) async fn basis_page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let (company, _, t) = chosen(&s.state, &s.draft)?;
    let company = company.clone();
    if let Some(b) = &s.draft.body.legal_basis {
        s.form.set("basis", b.kind.as_str());
        s.form.set("provision", b.provision.as_str());
        s.form.set("reference", b.reference.as_str());
    }
    s.show(|s| basis_page_for(s, &company, t, false))
}

pub(super) async fn basis_submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let (company, _, t) = chosen(&s.state, &s.draft)?;
    let company = company.clone();
    if saving(&s.form) && s.form.value("basis").is_empty() {
        return Ok(saved());
    }
    let kind = LegalBasisKind::ALL
        .into_iter()
        .find(|k| k.as_str() == s.form.value("basis"));
    let mut show_route = false;
    match kind {
        None => s.form.add_error("basis", s.ctx.t("error-basis-empty")),
        Some(k) => {
            if let Some(problem) = basis_problem(&s.state, &s.user, &s.draft, k) {
                show_route = problem != legal_basis::BasisError::NotForType;
                s.form.add_error("basis", s.ctx.t(problem.message_key()));
            }
            let provision = s.form.value("provision").trim().to_string();
            if k.needs_provision() && provision.is_empty() {
                s.form
                    .add_error("provision", s.ctx.t("error-basis-provision-empty"));
            }
            if provision.chars().count() > 500 {
                s.form
                    .add_error("provision", s.ctx.t("error-basis-provision-long"));
            }
            if s.form.value("reference").trim().chars().count() > 200 {
                s.form
                    .add_error("reference", s.ctx.t("error-basis-reference-long"));
            }
        }
    }
    let countries = id_countries(&s.state, &s.user, &s.draft.body);
    refuse_national_ids(&s.ctx, &mut s.form, &["provision"], Field::Text, &countries);
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &["reference"],
        Field::Identifier,
        &countries,
    );
    let Some(kind) = kind.filter(|_| !s.form.has_errors()) else {
        return s.refuse(|s| basis_page_for(s, &company, t, show_route));
    };
    s.draft.body.legal_basis = Some(LegalBasis {
        kind,
        provision: s.form.value("provision").trim().to_string(),
        reference: s.form.value("reference").trim().to_string(),
    });
    s.save_and_go("requester").await
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

pub(super) async fn route_page(Opened(s): Opened<Requests>) -> Result<Response, AppError> {
    let (company, entity, _) = chosen(&s.state, &s.draft)?;
    let country_name = |code: crate::domain::country::CountryCode| {
        s.state
            .directory
            .jurisdiction(code)
            .map(|j| j.name_en.clone())
            .unwrap_or_else(|| code.to_string())
    };
    let home = company.home_country(entity.country);
    let agreement = s
        .state
        .directory
        .agreement_between(s.user.org.country, home, s.state.today())
        .cloned();
    render(&RoutePage {
        company: company.name.clone(),
        entity: entity.name.clone(),
        entity_country: country_name(home),
        officer_country: country_name(s.user.org.country),
        agreement,
        id: s.id(),
        ctx: s.ctx,
    })
}
