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

fn type_page_for(s: Page, company: &Company) -> TypePage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
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

pub(super) async fn type_page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    s.form.set(
        "type",
        s.draft
            .body
            .request_type
            .map(|t| t.as_str())
            .unwrap_or_default(),
    );
    s.show(|s| type_page_for(s, &company))
}

pub(super) async fn type_submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let company = chosen_company(&s.state, &s.draft)?.clone();
    let chosen = RequestType::ALL
        .into_iter()
        .find(|t| t.as_str() == s.form.value("type") && company.accepts(*t));
    match chosen {
        Some(t) => {
            s.draft.body.request_type = Some(t);
            if t != RequestType::Preservation {
                s.draft.body.preservation = None;
            }
            s.save().await?;
            let step = if t == RequestType::Preservation {
                "preservation"
            } else {
                "basis"
            };
            Ok(s.next(step))
        }
        None if saving(&s.form) => Ok(saved()),
        None => {
            s.form
                .add_error("type", s.ctx.t("error-request-type-empty"));
            s.refuse(|s| type_page_for(s, &company))
        }
    }
}
