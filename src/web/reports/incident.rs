//! Step 2: the incident. The harm category comes from the taxonomy and
//! brings its NCMEC incident type and annotations; the time is read with its
//! zone; a child at imminent risk needs an escalation reason; the time the
//! member became aware starts the destination's clocks.

use super::*;

#[derive(Template)]
#[template(path = "reports/incident.html")]
struct IncidentPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    harms: Vec<Choice>,
    zones: crate::web::wizard::Zones,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(s: Page) -> IncidentPage {
    let Step {
        ref state,
        ctx,
        ref user,
        ref draft,
        form,
    } = s;
    let harms = state
        .rules
        .taxonomy
        .harms
        .iter()
        .map(|h| {
            Choice::new(h.id.as_str(), ctx.t(&h.label_key)).with_hint(ctx.t1(
                "report-incident-ncmec-type",
                "type",
                h.incident_type.ncmec_value(),
            ))
        })
        .collect();
    let id = draft.doc.public_id.clone();
    IncidentPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        harms,
        zones: zones(state, user, &draft.body),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 2,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    let (i, form) = (&s.draft.body.incident, &mut s.form);
    form.set("harm", i.harm.as_str());
    form.set("platform", i.platform.as_str());
    form.set("time_description", i.time_description.as_str());
    set_bool(form, "imminent_risk", i.child_at_imminent_risk);
    form.set("escalation_reason", i.escalation_reason.as_str());
    if let Some(m) = &i.occurred_at {
        set_moment(form, "occurred", m);
    }
    if let Some(m) = &s.draft.body.aware_at {
        set_moment(form, "aware", m);
    }
    let zone = default_zone(&s.state, &s.user, &s.draft.body);
    default_zones(&mut s.form, &["occurred", "aware"], &zone);
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let (state, ctx, form) = (&s.state, &s.ctx, &mut s.form);
    let harm = state.rules.taxonomy.harm(form.value("harm")).cloned();
    if harm.is_none() {
        form.add_error("harm", ctx.t("report-error-harm-empty"));
    }
    let occurred = if time_given(form, "occurred") {
        read_moment(ctx, form, "occurred", state.now())
    } else {
        form.add_error("occurred", ctx.t("report-error-occurred-empty"));
        None
    };
    let time_description = text(ctx, form, "time_description", 3000);
    let platform = text(ctx, form, "platform", 500);
    let imminent = read_bool(form, "imminent_risk");
    if imminent.is_none() {
        form.add_error("imminent_risk", ctx.t("report-error-imminent-empty"));
    }
    let escalation = text(ctx, form, "escalation_reason", 3000);
    if imminent == Some(true) && escalation.is_empty() {
        form.add_error(
            "escalation_reason",
            ctx.t("report-escalation-reason-missing"),
        );
    }
    let aware = if time_given(form, "aware") {
        read_moment(ctx, form, "aware", state.now())
    } else {
        form.add_error("aware", ctx.t("report-error-aware-empty"));
        None
    };
    refuse_national_ids(
        ctx,
        form,
        &["time_description", "platform", "escalation_reason"],
        Field::Text,
        &national_id_jurisdictions(&s.draft.body),
    );
    let mut report = s.draft.body.clone();
    let inc = &mut report.incident;
    if let Some(h) = &harm {
        inc.harm = h.id.clone();
        inc.incident_type = Some(h.incident_type);
        inc.report_annotations = h.report_annotations.clone();
    }
    inc.occurred_at = occurred;
    inc.time_description = time_description;
    inc.platform = platform;
    inc.child_at_imminent_risk = imminent;
    // A reason kept for a child no longer at risk would still escalate.
    inc.escalation_reason = if imminent == Some(true) {
        escalation
    } else {
        String::new()
    };
    report.aware_at = aware;
    if !form.has_errors()
        && let Some(o) = outcome(state, &report)
    {
        show_rule_errors(
            ctx,
            form,
            &o.errors,
            "incident",
            &[
                ("occurred_at", "occurred"),
                ("child_at_imminent_risk", "imminent_risk"),
            ],
        );
        if let Some(f) = o
            .errors
            .iter()
            .find(|f| f.path.starts_with("aware_at") && f.code != "required_field")
        {
            form.add_error("aware", f.render(ctx.locale));
        }
    }
    if form.has_errors() {
        return s.refuse(view);
    }
    s.draft.body = report;
    s.save_and_go("online").await
}
