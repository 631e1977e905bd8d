//! Step 1: where the report goes. First the jurisdiction, whose rule pack
//! then names the receiving authorities; intake channels nobody could
//! confirm are shown as unverified.

use super::*;
use crate::domain::report::ZoneName;
use crate::rules::Channel;

#[derive(Template)]
#[template(path = "reports/destination.html")]
struct DestinationPage {
    ctx: Ctx,
    form: Form,
    panel: Panel,
    countries: Vec<Choice>,
    step: u32,
    total: u32,
}

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.form();
    if let Some(j) = draft.body.destination.jurisdiction {
        form.set("jurisdiction", j.as_str());
    }
    let panel = Panel::of(&state, &ctx, &id, &draft.body);
    render(&DestinationPage {
        countries: country_choices(&state),
        ctx,
        form,
        panel,
        step: 1,
        total: TOTAL_STEPS,
    })
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    let chosen = CountryCode::parse(form.value("jurisdiction").trim())
        .filter(|c| state.rules.pack(*c).is_some());
    let Some(code) = chosen else {
        form.add_error("jurisdiction", ctx.t("report-error-jurisdiction-empty"));
        let panel = Panel::of(&state, &ctx, &id, &draft.body);
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &DestinationPage {
                countries: country_choices(&state),
                ctx,
                form,
                panel,
                step: 1,
                total: TOTAL_STEPS,
            },
        );
    };
    let d = &mut draft.body.destination;
    if d.jurisdiction != Some(code) {
        // Another country has other authorities and zones.
        d.jurisdiction = Some(code);
        d.authority.clear();
        d.zone = None;
    }
    save(&state, &ctx, &user, &draft, &form).await?;
    if saving(&form) {
        return Ok(saved());
    }
    // The authority belongs to the jurisdiction: always ask it next.
    let to = format!("/reports/{id}/authority{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}

fn channel_key(c: Channel) -> &'static str {
    match c {
        Channel::ViaNcmec => "report-channel-via-ncmec",
        Channel::Portal => "report-channel-portal",
        Channel::WebForm => "report-channel-web-form",
        Channel::Email => "report-channel-email",
        Channel::Phone => "report-channel-phone",
        Channel::NonePublished => "report-channel-none-published",
    }
}

#[derive(Template)]
#[template(path = "reports/authority.html")]
struct AuthorityPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    country: String,
    authorities: Vec<Choice>,
    zones: Vec<Choice>,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn authority_view(
    state: &AppState,
    ctx: Ctx,
    draft: &Draft,
    form: Form,
) -> Result<AuthorityPage, AppError> {
    let id = draft.doc.public_id.clone();
    let code = draft
        .body
        .destination
        .jurisdiction
        .ok_or_else(|| AppError::Redirect(format!("/reports/{id}/destination")))?;
    let pack = state
        .rules
        .pack(code)
        .ok_or_else(|| AppError::Redirect(format!("/reports/{id}/destination")))?;
    let authorities = pack
        .authorities
        .iter()
        .map(|a| {
            let mut hint = format!(
                "{} {} {} {}",
                a.role,
                ctx.t("report-authority-intake"),
                ctx.t(channel_key(a.intake.channel)),
                a.intake.address
            );
            if !a.intake.provenance.is_verified() {
                hint = format!("{hint} ({})", ctx.t("report-authority-intake-unverified"));
            }
            Choice::new(a.id.as_str(), a.name.as_str()).with_hint(hint.trim().to_string())
        })
        .collect();
    let zones = pack
        .zones
        .iter()
        .map(|z| Choice::new(z.as_str(), z.as_str()))
        .collect();
    let country = state
        .directory
        .jurisdiction(code)
        .map(|j| j.name_en.clone())
        .unwrap_or_else(|| code.to_string());
    Ok(AuthorityPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        country,
        authorities,
        zones,
        step: 1,
        total: TOTAL_STEPS,
    })
}

pub(super) async fn authority_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let d = &draft.body.destination;
    let mut form = draft.form();
    form.set("authority", d.authority.as_str());
    if let Some(z) = &d.zone {
        form.set("zone", z.as_str());
    }
    set_bool(&mut form, "also_to_ncmec", d.also_to_ncmec);
    render(&authority_view(&state, ctx, &draft, form)?)
}

pub(super) async fn authority_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    let code = draft
        .body
        .destination
        .jurisdiction
        .ok_or_else(|| AppError::Redirect(format!("/reports/{id}/destination")))?;
    let pack = state
        .rules
        .pack(code)
        .ok_or_else(|| AppError::Redirect(format!("/reports/{id}/destination")))?;
    let authority = form.value("authority").trim().to_string();
    if pack.authority(&authority).is_none() {
        form.add_error("authority", ctx.t("report-error-authority-empty"));
    }
    let zone = match form.value("zone").trim() {
        "" => None,
        z if pack.zones.iter().any(|p| p == z) => ZoneName::parse(z),
        _ => {
            form.add_error("zone", ctx.t("report-error-zone"));
            None
        }
    };
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &authority_view(&state, ctx, &draft, form)?,
        );
    }
    let d = &mut draft.body.destination;
    d.authority = authority;
    d.zone = zone;
    d.also_to_ncmec = read_bool(&form, "also_to_ncmec");
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "incident"))
}
