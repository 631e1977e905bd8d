//! Step 8: whether the company is asked not to tell its user, on what basis
//! and until when. Companies notify users unless told why they must not.

use askama::Template;

use super::*;
use crate::domain::request::NonDisclosure;
use crate::domain::time::parse_date;

#[derive(Template)]
#[template(path = "requests/non_disclosure.html")]
struct NonDisclosurePage {
    ctx: Ctx,
    form: Form,
    choices: Vec<Choice>,
    back: String,
    step: u32,
    total: u32,
}

fn page_for(ctx: Ctx, id: String, form: Form, t: RequestType) -> NonDisclosurePage {
    let choices = vec![
        Choice::new("yes", ctx.t("yes")).with_hint(ctx.t("request-ndo-yes-hint")),
        Choice::new("no", ctx.t("no")),
    ];
    let back = if t == RequestType::Emergency {
        "emergency"
    } else {
        "data"
    };
    NonDisclosurePage {
        back: format!("/requests/{id}/{back}"),
        ctx,
        form,
        choices,
        step: 8,
        total: TOTAL_STEPS,
    }
}

/// Where the officer goes after this step.
fn after(t: RequestType) -> &'static str {
    if request_rules::needs_legal_process(t) {
        "legal-process"
    } else {
        "check"
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let (_, _, t) = chosen(&state, &draft)?;
    let mut form = draft.form();
    if let Some(n) = &draft.body.non_disclosure {
        form.set("requested", if n.requested { "yes" } else { "no" });
        form.set("basis", n.basis.as_str());
        if let Some(d) = n.until {
            form.set("until-day", d.day().to_string());
            form.set("until-month", d.month().to_string());
            form.set("until-year", d.year().to_string());
        }
    }
    render(&page_for(ctx, id, form, t))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let (_, _, t) = chosen(&state, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) && form.value("requested").is_empty() {
        return Ok(saved());
    }
    let requested = match form.value("requested") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            form.add_error("requested", ctx.t("error-ndo-empty"));
            None
        }
    };
    let mut ndo = NonDisclosure::default();
    if requested == Some(true) {
        ndo.requested = true;
        ndo.basis = form.value("basis").trim().to_string();
        if ndo.basis.chars().count() > 2000 {
            form.add_error("basis", ctx.t("error-text-too-long"));
        }
        let given = ["until-day", "until-month", "until-year"]
            .iter()
            .any(|f| !form.value(f).trim().is_empty());
        if given {
            match parse_date(
                form.value("until-day"),
                form.value("until-month"),
                form.value("until-year"),
            ) {
                Ok(d) => ndo.until = Some(d),
                Err(m) => form.add_msg(ctx.locale, "until", &m),
            }
        }
        refuse_national_ids(
            &ctx,
            &mut form,
            &["basis"],
            Field::Text,
            &id_countries(&state, &user, &draft.body),
        );
        let mut probe = draft.body.clone();
        probe.non_disclosure = Some(ndo.clone());
        show_rule_errors(
            &ctx,
            &mut form,
            &check_request(&state, &user, &probe),
            "non_disclosure",
        );
    }
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_for(ctx, id, form, t),
        );
    }
    draft.body.non_disclosure = Some(ndo);
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, after(t)))
}
