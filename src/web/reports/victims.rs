//! Step 4: child victims where the platform knows them, a repeatable list.
//! The age indicators decide which offence applies and how fast police act.

use super::*;
use crate::app::projection::report::victim;
use crate::domain::report::{AgeBasis, EstimatedLocation, Victim};

const MAX_VICTIMS: usize = 20;
const BASES: [AgeBasis; 5] = [
    AgeBasis::SelfDeclared,
    AgeBasis::AccountBirthDate,
    AgeBasis::ReviewerAssessment,
    AgeBasis::SchoolOrGrade,
    AgeBasis::Other,
];

fn list_page(s: Page) -> ListPage {
    let cx = projection(&s.state, &s.ctx);
    let parts = (s.draft.body.victims.iter().enumerate())
        .map(|(i, v)| (victim(&cx, i, v), None))
        .collect();
    let texts = SectionTexts {
        question: "report-victims-question",
        intro: "report-victims-intro",
        none: "report-victims-none",
        add: "report-victims-add",
        add_another: "report-victims-add-another",
        why: "report-victims-why",
    };
    section_page(s, "victims", texts, parts, "accounts", 5)
}

pub(super) async fn list(Opened(s): Opened<Reports>) -> Result<Response, AppError> {
    s.show(list_page)
}

/// Victims are optional: a platform often knows none.
pub(super) async fn list_submit(Posted(s): Posted<Reports>) -> Result<Response, AppError> {
    Ok(s.next("files"))
}

#[derive(Template)]
#[template(path = "reports/victim.html")]
struct VictimPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    bases: Vec<Choice>,
    countries: Vec<Choice>,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn victim_page(s: Page) -> VictimPage {
    let Step {
        ref state,
        ctx,
        ref draft,
        form,
        ..
    } = s;
    let id = draft.doc.public_id.clone();
    VictimPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        bases: enum_choices(&ctx, "report-age-basis", &BASES),
        countries: country_choices(state),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 5,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn edit(
    Path((_, n)): Path<(String, String)>,
    Opened(mut s): Opened<Reports>,
) -> Result<Response, AppError> {
    let victims = &s.draft.body.victims;
    if let Some(i) = slot(victims.len(), MAX_VICTIMS, &n)? {
        let (v, form) = (&victims[i], &mut s.form);
        form.set("esp_identifier", v.esp_identifier.as_str());
        form.set("screen_name", v.screen_name.as_str());
        let num = |x: Option<u8>| x.map(|v| v.to_string()).unwrap_or_default();
        form.set("age_stated", num(v.age.stated));
        form.set("age_min", num(v.age.estimated_min));
        form.set("age_max", num(v.age.estimated_max));
        for b in &v.age.basis {
            form.add("age_basis", enum_str(b));
        }
        form.set("age_note", v.age.note.as_str());
        form.set("school_name", v.school_name.as_str());
        if let Some(l) = &v.estimated_location {
            form.set("city", l.city.as_str());
            form.set("region", l.region.as_str());
            if let Some(c) = l.country_code {
                form.set("country", c.as_str());
            }
            set_bool(form, "location_verified", l.verified);
        }
        form.set("additional_info", v.additional_info.as_str());
    }
    s.show(victim_page)
}

pub(super) async fn edit_submit(
    Path((_, n)): Path<(String, String)>,
    Posted(mut s): Posted<Reports>,
) -> Result<Response, AppError> {
    let victims = &s.draft.body.victims;
    let at = slot(victims.len(), MAX_VICTIMS, &n)?;
    let base = at.map(|i| victims[i].clone()).unwrap_or_default();
    let countries = national_id_jurisdictions(&s.draft.body);
    let Some(victim) = read_victim(&s.ctx, &mut s.form, base, &countries) else {
        return s.refuse(victim_page);
    };
    put(&mut s.draft.body.victims, at, victim);
    let to = s.href("victims");
    s.save_element(to, victim_page).await
}

/// An age in years below `limit`; a wrong value goes on the form with the
/// message `key`.
fn read_age(ctx: &Ctx, form: &mut Form, name: &str, limit: u8, key: &str) -> Option<u8> {
    match form.value(name).trim() {
        "" => None,
        v => match v.parse::<u8>() {
            Ok(a) if a < limit => Some(a),
            _ => {
                form.add_error(name, ctx.t(key));
                None
            }
        },
    }
}

fn read_victim(
    ctx: &Ctx,
    form: &mut Form,
    base: Victim,
    countries: &[CountryCode],
) -> Option<Victim> {
    let mut v = base;
    v.esp_identifier = text(ctx, form, "esp_identifier", 200);
    v.screen_name = text(ctx, form, "screen_name", 200);
    // A child may claim to be an adult: the stated age is kept as given
    // (NCMEC takes 0–150) and the rules ask for the estimate.
    v.age.stated = read_age(ctx, form, "age_stated", 151, "report-error-age-stated");
    v.age.estimated_min = read_age(ctx, form, "age_min", 18, "report-error-age");
    v.age.estimated_max = read_age(ctx, form, "age_max", 18, "report-error-age");
    if let (Some(lo), Some(hi)) = (v.age.estimated_min, v.age.estimated_max)
        && lo > hi
    {
        form.add_error("age_min", ctx.t("report-age-range"));
    }
    v.age.basis = BASES
        .into_iter()
        .filter(|b| form.has("age_basis", &enum_str(b)))
        .collect();
    v.age.note = text(ctx, form, "age_note", 1000);
    v.school_name = text(ctx, form, "school_name", 200);
    let location = EstimatedLocation {
        city: text(ctx, form, "city", 200),
        region: text(ctx, form, "region", 200),
        country_code: read_country(ctx, form, "country"),
        verified: read_bool(form, "location_verified"),
    };
    v.estimated_location = (!location.is_empty()).then_some(location);
    v.additional_info = text(ctx, form, "additional_info", 3000);
    let known = !v.esp_identifier.is_empty()
        || !v.screen_name.is_empty()
        || !v.age.is_empty()
        || v.estimated_location.is_some();
    if !known && !form.has_errors() {
        form.add_error("esp_identifier", ctx.t("report-error-victim-empty"));
    }
    let words = [
        "screen_name",
        "age_note",
        "school_name",
        "city",
        "region",
        "additional_info",
    ];
    // The person's own country is in play as soon as it is given.
    let mut countries = countries.to_vec();
    countries.extend(v.estimated_location.as_ref().and_then(|l| l.country_code));
    refuse_national_ids(ctx, form, &words, Field::Text, &countries);
    refuse_national_ids(
        ctx,
        form,
        &["esp_identifier"],
        Field::Identifier,
        &countries,
    );
    if form.has_errors() { None } else { Some(v) }
}

pub(super) async fn remove(
    Path((_, n)): Path<(String, String)>,
    Posted(s): Posted<Reports>,
) -> Result<Response, AppError> {
    let back = s.href("victims");
    s.remove(&n, |r| Some(&mut r.victims), back).await
}
