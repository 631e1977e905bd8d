//! Step 6: which records, and the period they cover. The company's maximum
//! range is enforced by the request rules shown on check-your-answers; here
//! the officer gets the same messages at once.

use askama::Template;

use super::*;
use crate::domain::request::{DataScope, RecordCategory};

#[derive(Template)]
#[template(path = "requests/data.html")]
struct DataPage {
    ctx: Ctx,
    id: String,
    form: Form,
    categories: Vec<Choice>,
    zones: Vec<Choice>,
    /// "Example Social keeps requests to 730 days", when the directory knows.
    max_note: String,
    step: u32,
    total: u32,
}

fn page_for(
    state: &AppState,
    ctx: Ctx,
    user: &User,
    id: String,
    form: Form,
    company: &Company,
    t: RequestType,
) -> DataPage {
    let categories = RecordCategory::ALL
        .into_iter()
        .filter(|c| c.fits(t))
        .map(|c| {
            Choice::new(c.as_str(), ctx.t(c.label_key()))
                .with_hint(ctx.t(&format!("{}-hint", c.label_key())))
        })
        .collect();
    let max_note = company
        .limits
        .max_range_days
        .map(|d| {
            ctx.t2(
                "request-data-max",
                "company",
                company.name.clone(),
                "days",
                d.to_string(),
            )
        })
        .unwrap_or_default();
    DataPage {
        zones: zone_choices(state, user.org.country),
        ctx,
        id,
        form,
        categories,
        max_note,
        step: 6,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    let (company, _, t) = chosen(&state, &draft)?;
    let mut form = draft.form();
    match &draft.body.data {
        Some(d) => {
            for c in &d.categories {
                form.add("categories", c.as_str());
            }
            set_time(&mut form, "start", &d.start);
            set_time(&mut form, "end", &d.end);
            form.set("details", d.details.as_str());
        }
        None => {
            // The union of the targets' windows is the natural first answer.
            let windows = draft.body.targets.iter().filter_map(|t| t.window.as_ref());
            if let Some(start) = windows.clone().map(|w| &w.start).min_by_key(|t| t.utc) {
                set_time(&mut form, "start", start);
            }
            if let Some(end) = windows.map(|w| &w.end).max_by_key(|t| t.utc) {
                set_time(&mut form, "end", end);
            }
        }
    }
    let zone = default_zone(&state, user.org.country);
    for name in ["start-zone", "end-zone"] {
        if form.value(name).is_empty() {
            form.set(name, zone.as_str());
        }
    }
    render(&page_for(&state, ctx, &user, id, form, company, t))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let (company, _, t) = chosen(&state, &draft)?;
    let mut form = draft.posted(&ctx, &body);
    let categories: Vec<RecordCategory> = RecordCategory::ALL
        .into_iter()
        .filter(|c| c.fits(t) && form.has("categories", c.as_str()))
        .collect();
    if categories.is_empty() {
        form.add_error("categories", ctx.t("error-categories-empty"));
    }
    let start = read_time(&ctx, &mut form, "start");
    let end = read_time(&ctx, &mut form, "end");
    let details = form.value("details").trim().to_string();
    if details.chars().count() > 4000 {
        form.add_error("details", ctx.t("error-text-too-long"));
    }
    refuse_national_ids(
        &ctx,
        &mut form,
        &["details"],
        Field::Text,
        &id_countries(&state, &user, &draft.body),
    );
    if let (Some(s), Some(e)) = (&start, &end) {
        // The same range rules check-your-answers applies, at once.
        let scope = DataScope {
            categories: categories.clone(),
            start: s.clone(),
            end: e.clone(),
            details: details.clone(),
        };
        let mut probe = draft.body.clone();
        probe.data = Some(scope);
        let outcome = check_request(&state, &user, &probe);
        for f in outcome
            .errors
            .iter()
            .filter(|f| f.path.starts_with("data.start") || f.path.starts_with("data.end"))
        {
            let field = if f.path.starts_with("data.start") {
                "start"
            } else {
                "end"
            };
            form.add_msg(ctx.locale, field, &f.msg);
        }
    }
    let (Some(start), Some(end), false) = (start, end, form.has_errors()) else {
        if saving(&form)
            && categories.is_empty()
            && !time_given(&form, "start")
            && !time_given(&form, "end")
        {
            return Ok(saved());
        }
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page_for(&state, ctx, &user, id, form, company, t),
        );
    };
    draft.body.data = Some(DataScope {
        categories,
        start,
        end,
        details,
    });
    save(&state, &ctx, &user, &draft, &form).await?;
    let after = if t == RequestType::Emergency {
        "emergency"
    } else {
        "non-disclosure"
    };
    Ok(next(&ctx, &form, &id, after))
}
