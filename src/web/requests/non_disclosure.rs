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

fn page_for(s: Page, t: RequestType) -> NonDisclosurePage {
    let (id, Step { ctx, form, .. }) = (s.id(), s);
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

pub(super) async fn page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let (_, _, t) = chosen(&s.state, &s.draft)?;
    if let Some(n) = &s.draft.body.non_disclosure {
        s.form
            .set("requested", if n.requested { "yes" } else { "no" });
        s.form.set("basis", n.basis.as_str());
        if let Some(d) = n.until {
            s.form.set("until-day", d.day().to_string());
            s.form.set("until-month", d.month().to_string());
            s.form.set("until-year", d.year().to_string());
        }
    }
    s.show(|s| page_for(s, t))
}

pub(super) async fn submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let (_, _, t) = chosen(&s.state, &s.draft)?;
    if saving(&s.form) && s.form.value("requested").is_empty() {
        return Ok(saved());
    }
    let requested = match s.form.value("requested") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            s.form.add_error("requested", s.ctx.t("error-ndo-empty"));
            None
        }
    };
    let mut ndo = NonDisclosure::default();
    if requested == Some(true) {
        ndo.requested = true;
        ndo.basis = s.form.value("basis").trim().to_string();
        if ndo.basis.chars().count() > 2000 {
            s.form.add_error("basis", s.ctx.t("error-text-too-long"));
        }
        let given = ["until-day", "until-month", "until-year"]
            .iter()
            .any(|f| !s.form.value(f).trim().is_empty());
        if given {
            match parse_date(
                s.form.value("until-day"),
                s.form.value("until-month"),
                s.form.value("until-year"),
            ) {
                Ok(d) => ndo.until = Some(d),
                Err(m) => s.form.add_msg(s.ctx.locale, "until", &m),
            }
        }
        refuse_national_ids(
            &s.ctx,
            &mut s.form,
            &["basis"],
            Field::Text,
            &id_countries(&s.state, &s.user, &s.draft.body),
        );
        let mut probe = s.draft.body.clone();
        probe.non_disclosure = Some(ndo.clone());
        show_rule_errors(
            &s.ctx,
            &mut s.form,
            &check_request(&s.state, &s.user, &probe),
            "non_disclosure",
        );
    }
    if s.form.has_errors() {
        return s.refuse(|s| page_for(s, t));
    }
    s.draft.body.non_disclosure = Some(ndo);
    s.save_and_go(after(t)).await
}
