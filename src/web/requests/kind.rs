//! Step 2: the type of request.

use askama::Template;

use super::*;

// --- Step 2: request type ---------------------------------------------------

#[derive(Template)]
#[template(path = "requests/type.html")]
struct TypePage {
    ctx: Ctx,
    form: Form,
    company: String,
    choices: Vec<Choice>,
    /// Types the company does not take, named so the officer knows why.
    refused: Vec<String>,
    unverified: bool,
    back: String,
    step: u32,
    total: u32,
}

fn type_page_for(ctx: Ctx, id: String, form: Form, company: &Company) -> TypePage {
    let hint_key = |t: RequestType| match t {
        RequestType::Preservation => "request-type-preservation-hint",
        RequestType::Emergency => "request-type-emergency-hint",
        RequestType::Subscriber => "request-type-subscriber-hint",
        RequestType::Traffic => "request-type-traffic-hint",
        RequestType::Content => "request-type-content-hint",
    };
    let choices = RequestType::ALL
        .into_iter()
        .filter(|t| company.accepts(*t))
        .map(|t| Choice::new(t.as_str(), ctx.t(t.label_key())).with_hint(ctx.t(hint_key(t))))
        .collect();
    let refused = RequestType::ALL
        .into_iter()
        .filter(|t| !company.accepts(*t))
        .map(|t| ctx.t(t.label_key()))
        .collect();
    let back = if company.entities.len() > 1 {
        "entity"
    } else {
        "company"
    };
    TypePage {
        back: format!("/requests/{id}/{back}"),
        ctx,
        form,
        company: company.name.clone(),
        choices,
        refused,
        unverified: !company.request_types.provenance.is_verified(),
        step: 2,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn type_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    let mut form = draft.form();
    form.set(
        "type",
        draft
            .body
            .request_type
            .map(|t| t.as_str())
            .unwrap_or_default(),
    );
    render(&type_page_for(ctx, id, form, company))
}

pub(super) async fn type_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let company = chosen_company(&state, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    let chosen = RequestType::ALL
        .into_iter()
        .find(|t| t.as_str() == form.value("type") && company.accepts(*t));
    match chosen {
        Some(t) => {
            draft.body.request_type = Some(t);
            if t != RequestType::Preservation {
                draft.body.preservation = None;
            }
            save(&state, &ctx, &user, &draft, &form).await?;
            let step = if t == RequestType::Preservation {
                "preservation"
            } else {
                "basis"
            };
            Ok(next(&ctx, &form, &id, step))
        }
        None if saving(&form) => Ok(saved()),
        None => {
            form.add_error("type", ctx.t("error-request-type-empty"));
            render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &type_page_for(ctx, id, form, company),
            )
        }
    }
}
