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
    zones: crate::web::wizard::Zones,
    /// "Example Social keeps requests to 730 days", when the directory knows.
    max_note: String,
    step: u32,
    total: u32,
}

fn page_for(s: Page, company: &Company, t: RequestType) -> DataPage {
    let zones = zone_choices(&s.state, s.user.org.country);
    let (id, Step { ctx, form, .. }) = (s.id(), s);
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
        zones,
        ctx,
        id,
        form,
        categories,
        max_note,
        step: 6,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Requests>) -> Result<Response, AppError> {
    let (company, _, t) = chosen(&s.state, &s.draft)?;
    let company = company.clone();
    match &s.draft.body.data {
        Some(d) => {
            for c in &d.categories {
                s.form.add("categories", c.as_str());
            }
            set_time(&mut s.form, "start", &d.start);
            set_time(&mut s.form, "end", &d.end);
            s.form.set("details", d.details.as_str());
        }
        None => {
            // The union of the targets' windows is the natural first answer.
            let windows = s
                .draft
                .body
                .targets
                .iter()
                .filter_map(|t| t.window.as_ref());
            if let Some(start) = windows.clone().map(|w| &w.start).min_by_key(|t| t.utc) {
                set_time(&mut s.form, "start", start);
            }
            if let Some(end) = windows.map(|w| &w.end).max_by_key(|t| t.utc) {
                set_time(&mut s.form, "end", end);
            }
        }
    }
    let zone = default_zone(&s.state, s.user.org.country);
    for name in ["start-zone", "end-zone"] {
        if s.form.value(name).is_empty() {
            s.form.set(name, zone.as_str());
        }
    }
    s.show(|s| page_for(s, &company, t))
}

pub(super) async fn submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    let (company, _, t) = chosen(&s.state, &s.draft)?;
    let company = company.clone();
    let categories: Vec<RecordCategory> = RecordCategory::ALL
        .into_iter()
        .filter(|c| c.fits(t) && s.form.has("categories", c.as_str()))
        .collect();
    if categories.is_empty() {
        s.form
            .add_error("categories", s.ctx.t("error-categories-empty"));
    }
    let start = read_time(&s.ctx, &mut s.form, "start");
    let end = read_time(&s.ctx, &mut s.form, "end");
    let details = s.form.value("details").trim().to_string();
    if details.chars().count() > 4000 {
        s.form.add_error("details", s.ctx.t("error-text-too-long"));
    }
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &["details"],
        Field::Text,
        &id_countries(&s.state, &s.user, &s.draft.body),
    );
    if let (Some(from), Some(to)) = (&start, &end) {
        // The same range rules check-your-answers applies, at once.
        let scope = DataScope {
            categories: categories.clone(),
            start: from.clone(),
            end: to.clone(),
            details: details.clone(),
        };
        let mut probe = s.draft.body.clone();
        probe.data = Some(scope);
        let outcome = check_request(&s.state, &s.user, &probe);
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
            s.form.add_error(field, f.render(s.ctx.locale));
        }
    }
    let (Some(start), Some(end), false) = (start, end, s.form.has_errors()) else {
        if saving(&s.form)
            && categories.is_empty()
            && !time_given(&s.form, "start")
            && !time_given(&s.form, "end")
        {
            return Ok(saved());
        }
        return s.refuse(|s| page_for(s, &company, t));
    };
    s.draft.body.data = Some(DataScope {
        categories,
        start,
        end,
        details,
    });
    s.save().await?;
    let after = if t == RequestType::Emergency {
        "emergency"
    } else {
        "non-disclosure"
    };
    Ok(s.next(after))
}
