//! Step 1: the company and its legal entity.

use askama::Template;

use super::*;

// --- Step 1: company --------------------------------------------------------

#[derive(Template)]
#[template(path = "requests/company.html")]
struct CompanyPage {
    ctx: Ctx,
    id: String,
    form: Form,
    choices: Vec<Choice>,
    step: u32,
    total: u32,
}

fn company_choices(state: &AppState, user: &User) -> Vec<Choice> {
    companies_for(state, user)
        .map(|c| Choice::new(c.id.as_str(), c.name.as_str()).with_hint(c.services.join(", ")))
        .collect()
}

pub(super) async fn company_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.form();
    form.set("company", draft.body.company_id.unwrap_or_default());
    let choices = company_choices(&state, user);
    render(&CompanyPage {
        ctx,
        id,
        form,
        choices,
        step: 1,
        total: TOTAL_STEPS,
    })
}

pub(super) async fn company_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let mut draft = load(&state, user, &id).await?;
    let form = draft.posted(&ctx, &body);
    let chosen = companies_for(&state, user).find(|c| c.id == form.value("company"));
    let Some(company) = chosen else {
        if saving(&form) {
            return Ok(saved());
        }
        let mut form = form;
        form.add_error("company", ctx.t("error-request-company-empty"));
        let choices = company_choices(&state, user);
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &CompanyPage {
                ctx,
                id,
                form,
                choices,
                step: 1,
                total: TOTAL_STEPS,
            },
        );
    };
    if draft.body.company_id.as_deref() != Some(company.id.as_str()) {
        // Another company: its entities and accepted types differ.
        draft.body.company_id = Some(company.id.clone());
        draft.body.entity = company.entity_for(user.org.country).map(|e| e.name.clone());
        draft.body.request_type = None;
    }
    save(&state, &ctx, user, &draft, &form).await?;
    let step = if company.entities.len() > 1 {
        "entity"
    } else {
        "type"
    };
    Ok(next(&ctx, &form, &id, step))
}

// --- Step 1b: legal entity --------------------------------------------------

#[derive(Template)]
#[template(path = "requests/entity.html")]
struct EntityPage {
    ctx: Ctx,
    id: String,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// The entity that answers for users in the officer's country.
    expected: String,
    step: u32,
    total: u32,
}

fn entity_page_for(ctx: Ctx, user: &User, id: String, form: Form, company: &Company) -> EntityPage {
    let choices = company
        .entities
        .iter()
        .map(|e| {
            let serves = if e.serves.iter().any(|s| s == "*") {
                ctx.t("directory-serves-all-others")
            } else {
                e.serves.join(", ")
            };
            Choice::new(e.name.as_str(), e.name.as_str()).with_hint(ctx.t1(
                "request-entity-serves",
                "countries",
                serves,
            ))
        })
        .collect();
    let expected = company
        .entity_for(user.org.country)
        .map(|e| e.name.clone())
        .unwrap_or_default();
    EntityPage {
        ctx,
        id,
        form,
        company: company.name.clone(),
        choices,
        expected,
        step: 1,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn entity_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    let mut form = draft.form();
    form.set("entity", draft.body.entity.clone().unwrap_or_default());
    let user = user.clone();
    render(&entity_page_for(ctx, &user, id, form, company))
}

pub(super) async fn entity_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    match company
        .entities
        .iter()
        .find(|e| e.name == form.value("entity"))
    {
        Some(e) => {
            draft.body.entity = Some(e.name.clone());
            save(&state, &ctx, &user, &draft, &form).await?;
            Ok(next(&ctx, &form, &id, "type"))
        }
        None if saving(&form) => Ok(saved()),
        None => {
            form.add_error("entity", ctx.t("error-request-entity-empty"));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &entity_page_for(ctx, &user, id, form, company),
            )
        }
    }
}
