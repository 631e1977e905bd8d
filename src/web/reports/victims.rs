//! Step 4: child victims where the platform knows them, a repeatable list.
//! The age indicators decide which offence applies and how fast police act.

use super::*;
use crate::app::projection::report::victim;
use crate::domain::report::{AgeBasis, EstimatedLocation, Victim};
use crate::web::summary;

const MAX_VICTIMS: usize = 20;
const BASES: [AgeBasis; 5] = [
    AgeBasis::SelfDeclared,
    AgeBasis::AccountBirthDate,
    AgeBasis::ReviewerAssessment,
    AgeBasis::SchoolOrGrade,
    AgeBasis::Other,
];

fn list_page(state: &AppState, ctx: Ctx, draft: &Draft, form: Form) -> ListPage {
    let id = &draft.doc.public_id;
    let r = ret(&ctx);
    let items = draft
        .body
        .victims
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let href = format!("/reports/{id}/victims/{i}{r}");
            let part = victim(&projection(state, &ctx), i, v);
            Listed {
                title: part.subtitle.clone(),
                rows: summary::rows(&ctx, &part, &href),
                remove: format!("/reports/{id}/victims/{i}/remove{r}"),
                more: None,
            }
        })
        .collect();
    ListPage {
        panel: Panel::of(state, &ctx, id, &draft.body),
        heading: ctx.t("report-victims-question"),
        intro: ctx.t("report-victims-intro"),
        none: ctx.t("report-victims-none"),
        items,
        add_href: format!("/reports/{id}/victims/new{r}"),
        add_label: ctx.t(if draft.body.victims.is_empty() {
            "report-victims-add"
        } else {
            "report-victims-add-another"
        }),
        back: format!("/reports/{id}/accounts{r}"),
        why: "report-victims-why",
        ctx,
        form,
        step: 5,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    render(&list_page(&state, ctx, &draft, draft.form()))
}

/// Victims are optional: a platform often knows none.
pub(super) async fn list_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let form = draft.posted(&ctx, &body);
    Ok(next(&ctx, &form, &id, "files"))
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

fn victim_page(state: &AppState, ctx: Ctx, draft: &Draft, form: Form) -> VictimPage {
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
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.form();
    match index(draft.body.victims.len(), &n)? {
        Some(i) => {
            let v = &draft.body.victims[i];
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
                set_bool(&mut form, "location_verified", l.verified);
            }
            form.set("additional_info", v.additional_info.as_str());
        }
        None if draft.body.victims.len() >= MAX_VICTIMS => return Err(AppError::NotFound),
        None => {}
    }
    render(&victim_page(&state, ctx, &draft, form))
}

pub(super) async fn edit_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let slot = index(draft.body.victims.len(), &n)?;
    if slot.is_none() && draft.body.victims.len() >= MAX_VICTIMS {
        return Err(AppError::NotFound);
    }
    let mut form = draft.posted(&ctx, &body);
    let base = slot
        .map(|i| draft.body.victims[i].clone())
        .unwrap_or_default();
    let Some(victim) = read_victim(
        &ctx,
        &mut form,
        base,
        &national_id_jurisdictions(&draft.body),
    ) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &victim_page(&state, ctx, &draft, form),
        );
    };
    match slot {
        Some(i) => draft.body.victims[i] = victim,
        None => draft.body.victims.push(victim),
    }
    if let Err(e) = save(&state, &ctx, &user, &draft, &form).await {
        // Saved from another window meanwhile: say so, keep the answers.
        note_stale(e, &ctx, &mut form)?;
        return render_status(
            StatusCode::CONFLICT,
            &victim_page(&state, ctx, &draft, form),
        );
    }
    if saving(&form) {
        return Ok(saved());
    }
    let to = format!("/reports/{id}/victims{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
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
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let form = draft.posted(&ctx, &body);
    let i = index(draft.body.victims.len(), &n)?.ok_or(AppError::NotFound)?;
    draft.body.victims.remove(i);
    save(&state, &ctx, &user, &draft, &form).await?;
    let to = format!("/reports/{id}/victims{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}
