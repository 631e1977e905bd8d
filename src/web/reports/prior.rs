//! Step 7: earlier reports about the same people or content, so police can
//! link cases about one offender. "None" is an answer too.

use super::*;
use crate::domain::report::{PriorReport, PriorReportKind};

const KINDS: [PriorReportKind; 3] = [
    PriorReportKind::Cybertipline,
    PriorReportKind::LocalAuthority,
    PriorReportKind::Other,
];
/// Reference boxes offered at least.
const MIN_SLOTS: usize = 3;

struct Slot {
    reference: String,
    kind: String,
}

#[derive(Template)]
#[template(path = "reports/prior.html")]
struct PriorPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    choices: Vec<Choice>,
    kinds: Vec<Choice>,
    slots: Vec<Slot>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn slot_count(form: &Form) -> usize {
    let last = (1..=50)
        .filter(|i| !form.value(&format!("prior_{i}")).trim().is_empty())
        .max()
        .unwrap_or(0);
    (last + 1).max(MIN_SLOTS)
}

fn view(s: Page) -> PriorPage {
    let Step {
        ref state,
        ctx,
        user: _,
        ref draft,
        form,
    } = s;
    let id = draft.doc.public_id.clone();
    let slots = (1..=slot_count(&form))
        .map(|i| Slot {
            reference: format!("prior_{i}"),
            kind: format!("prior_{i}_kind"),
        })
        .collect();
    PriorPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        choices: vec![
            Choice::new("yes", ctx.t("report-prior-yes")),
            Choice::new("no", ctx.t("report-prior-no")),
        ],
        kinds: enum_choices(&ctx, "report-prior-kind", &KINDS),
        slots,
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 8,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    let r = &s.draft.body;
    if !r.prior_reports.is_empty() {
        s.form.set("prior", "yes");
    } else if r.no_prior_reports == Some(true) {
        s.form.set("prior", "no");
    }
    for (i, p) in r.prior_reports.iter().enumerate() {
        s.form
            .set(&format!("prior_{}", i + 1), p.reference.as_str());
        if let Some(k) = p.kind {
            s.form.set(&format!("prior_{}_kind", i + 1), enum_str(&k));
        }
    }
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let answer = read_bool(&s.form, "prior");
    let mut refs = Vec::new();
    let mut fields = Vec::new();
    for i in 1..=slot_count(&s.form) {
        let name = format!("prior_{i}");
        let reference = text(&s.ctx, &mut s.form, &name, 200);
        if reference.is_empty() {
            continue;
        }
        refs.push(PriorReport {
            reference,
            kind: enum_parse(s.form.value(&format!("{name}_kind"))),
        });
        fields.push(name);
    }
    match answer {
        None => s
            .form
            .add_error("prior", s.ctx.t("report-error-prior-empty")),
        Some(true) if refs.is_empty() => s
            .form
            .add_error("prior_1", s.ctx.t("report-error-prior-refs")),
        _ => {}
    }
    let names: Vec<&str> = fields.iter().map(String::as_str).collect();
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &names,
        Field::Identifier,
        &national_id_jurisdictions(&s.draft.body),
    );
    if s.form.has_errors() {
        return s.refuse(view);
    }
    let r = &mut s.draft.body;
    if answer == Some(true) {
        r.prior_reports = refs;
        r.no_prior_reports = None;
    } else {
        r.prior_reports.clear();
        r.no_prior_reports = Some(true);
    }
    s.save_and_go("reporter").await
}
