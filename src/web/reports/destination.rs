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

fn view(s: Page) -> DestinationPage {
    DestinationPage {
        countries: country_choices(&s.state),
        panel: Panel::of(&s.state, &s.ctx, &s.id(), &s.draft.body),
        ctx: s.ctx,
        form: s.form,
        step: 1,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    if let Some(j) = s.draft.body.destination.jurisdiction {
        s.form.set("jurisdiction", j.as_str());
    }
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let chosen = CountryCode::parse(s.form.value("jurisdiction").trim())
        .filter(|c| s.state.rules.pack(*c).is_some());
    let Some(code) = chosen else {
        s.form
            .add_error("jurisdiction", s.ctx.t("report-error-jurisdiction-empty"));
        return s.refuse(view);
    };
    let d = &mut s.draft.body.destination;
    if d.jurisdiction != Some(code) {
        // Another country has other authorities and zones.
        d.jurisdiction = Some(code);
        d.authority.clear();
        d.zone = None;
    }
    s.save().await?;
    if saving(&s.form) {
        return Ok(saved());
    }
    // The authority belongs to the jurisdiction: always ask it next.
    let to = s.href("authority");
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

fn authority_view(s: Page) -> Result<AuthorityPage, AppError> {
    let Step {
        ref state,
        ctx,
        ref draft,
        form,
        ..
    } = s;
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

pub(super) async fn authority_page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    let d = &s.draft.body.destination;
    s.form.set("authority", d.authority.as_str());
    if let Some(z) = &d.zone {
        s.form.set("zone", z.as_str());
    }
    set_bool(&mut s.form, "also_to_ncmec", d.also_to_ncmec);
    render(&authority_view(s)?)
}

pub(super) async fn authority_submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let back = || AppError::Redirect(format!("/reports/{}/destination", s.id()));
    let code = s.draft.body.destination.jurisdiction.ok_or_else(back)?;
    let pack = s.state.rules.pack(code).ok_or_else(back)?;
    let authority = s.form.value("authority").trim().to_string();
    if pack.authority(&authority).is_none() {
        s.form
            .add_error("authority", s.ctx.t("report-error-authority-empty"));
    }
    let zone = match s.form.value("zone").trim() {
        "" => None,
        z if pack.zones.iter().any(|p| p == z) => ZoneName::parse(z),
        _ => {
            s.form.add_error("zone", s.ctx.t("report-error-zone"));
            None
        }
    };
    if s.form.has_errors() {
        let page = authority_view(s)?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let d = &mut s.draft.body.destination;
    d.authority = authority;
    d.zone = zone;
    d.also_to_ncmec = read_bool(&s.form, "also_to_ncmec");
    s.save_and_go("incident").await
}
