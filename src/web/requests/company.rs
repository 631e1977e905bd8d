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
        .map(|c| {
            // A company whose one service bears its name needs no hint.
            let services = c.services.join(", ");
            let choice = Choice::new(c.id.as_str(), c.name.as_str());
            match services == c.name {
                true => choice,
                false => choice.with_hint(services),
            }
        })
        .collect()
}

fn company_page_for(s: Page) -> CompanyPage {
    CompanyPage {
        choices: company_choices(&s.state, &s.user),
        id: s.id(),
        ctx: s.ctx,
        form: s.form,
        step: 1,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn company_page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let company = s.draft.body.company_id.clone().unwrap_or_default();
    s.form.set("company", company);
    s.show(company_page_for)
}

pub(super) async fn company_submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let chosen = companies_for(&s.state, &s.user)
        .find(|c| c.id == s.form.value("company"))
        .cloned();
    let Some(company) = chosen else {
        if saving(&s.form) {
            return Ok(saved());
        }
        s.form
            .add_error("company", s.ctx.t("error-request-company-empty"));
        return s.refuse(company_page_for);
    };
    if s.draft.body.company_id.as_deref() != Some(company.id.as_str()) {
        // Another company: its entities and accepted types differ.
        s.draft.body.company_id = Some(company.id.clone());
        s.draft.body.entity = company
            .entity_for(s.user.org.country)
            .map(|e| e.name.clone());
        s.draft.body.request_type = None;
    }
    s.save().await?;
    let step = if company.entities.len() > 1 {
        "entity"
    } else {
        "type"
    };
    Ok(s.next(step))
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

fn entity_page_for(s: Page, company: &Company) -> EntityPage {
    let (
        id,
        Step {
            ctx, user, form, ..
        },
    ) = (s.id(), s);
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

pub(super) async fn entity_page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    s.form
        .set("entity", s.draft.body.entity.clone().unwrap_or_default());
    s.show(|s| entity_page_for(s, &company))
}

pub(super) async fn entity_submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    match company
        .entities
        .iter()
        .find(|e| e.name == s.form.value("entity"))
    {
        Some(e) => {
            s.draft.body.entity = Some(e.name.clone());
            s.save_and_go("type").await
        }
        None if saving(&s.form) => Ok(saved()),
        None => {
            s.form
                .add_error("entity", s.ctx.t("error-request-entity-empty"));
            s.refuse(|s| entity_page_for(s, &company))
        }
    }
}
