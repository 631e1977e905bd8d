//! Every rule a records request must pass before it is final, in one place:
//! the check-your-answers page and `POST /api/v1/requests/validate` both run
//! [`check`]. Errors block; warnings need the officer's acknowledgement; the
//! quality checklist says what a company is most likely to query.

use jiff::{Timestamp, ToSpan};
use serde::Serialize;

pub use super::ItemStatus;
pub use super::finding::{Finding, Severity};
use crate::directory::{Company, DataCategory, Directory, Entity, Process};
use crate::domain::country::CountryCode;
use crate::domain::email::{EmailAddress, MAX_CC};
use crate::domain::identifier::{self, IdentifierKind, IpScope};
use crate::domain::legal_basis::{self, Requirement};
use crate::domain::national_id;
use crate::domain::phone::PhoneNumber;
use crate::domain::request::{RecordsRequest, ZonedTime};
use crate::domain::request_type::RequestType;
use crate::i18n::Msg;

/// The builder step a finding belongs to; its slug is the step's URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Company,
    Type,
    Preservation,
    Basis,
    Requester,
    Targets,
    Data,
    Emergency,
    NonDisclosure,
    LegalProcess,
}

impl Step {
    /// The step's URL segment under `/requests/{id}/`.
    pub fn slug(self) -> &'static str {
        // In declaration order; URL segments, not messages.
        const SLUGS: [&str; 10] = [
            "company",
            "type",
            "preservation",
            "basis",
            "requester",
            "targets",
            "data",
            "emergency",
            "non-disclosure",
            "legal-process",
        ];
        SLUGS[self as usize]
    }
}

/// One thing companies query or refuse requests for (research §2.9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub code: &'static str,
    pub status: ItemStatus,
    pub step: Step,
}

impl ChecklistItem {
    pub fn title_key(&self) -> String {
        format!("checklist-{}", self.code.replace('_', "-"))
    }

    pub fn why_key(&self) -> String {
        format!("checklist-{}-why", self.code.replace('_', "-"))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
    pub checklist: Vec<ChecklistItem>,
}

impl Outcome {
    /// Warnings the request has not acknowledged yet.
    pub fn unacknowledged<'a>(
        &'a self,
        r: &'a RecordsRequest,
    ) -> impl Iterator<Item = &'a Finding> {
        self.warnings
            .iter()
            .filter(|w| !r.acknowledged.contains(&w.ack_key()))
    }

    pub fn is_ready(&self, r: &RecordsRequest) -> bool {
        self.errors.is_empty() && self.unacknowledged(r).next().is_none()
    }

    fn error(&mut self, path: impl Into<String>, code: &'static str, step: Step, msg: Msg) {
        self.errors
            .push(Finding::error(path, code, msg).with_step(step.slug()));
    }

    fn warning(&mut self, path: impl Into<String>, code: &'static str, step: Step, msg: Msg) {
        self.warnings
            .push(Finding::warning(path, code, msg).with_step(step.slug()));
    }

    /// Whether an error stands on the builder page `step`.
    pub fn has(&self, step: Step) -> bool {
        self.errors.iter().any(|f| f.step == step.slug())
    }

    fn has_code(&self, codes: &[&str]) -> bool {
        self.errors
            .iter()
            .chain(&self.warnings)
            .any(|f| codes.contains(&f.code))
    }
}

/// Who is asking, and when: the rules depend on the officer's country.
pub struct Context<'a> {
    pub directory: &'a Directory,
    pub officer_country: CountryCode,
    /// Demo and training agencies may use `.test` addresses.
    pub demo: bool,
    pub now: Timestamp,
    /// What the package PDF can print.
    pub printable: &'a dyn super::Printable,
}

/// Longer than this is worth a second look, whatever the company allows.
const BROAD_RANGE_DAYS: i64 = 365;
/// An emergency disclosure reaches the records that bear on the danger
/// (18 U.S.C. 2702(b)(8), (c)(4): information "relating to the emergency");
/// casebridge asks the officer to narrow anything longer than this.
const EMERGENCY_RANGE_DAYS: i64 = 30;
/// Numeric account ids this short are almost always a typo or a fragment;
/// a company's published format, where known, decides instead.
const SHORT_ACCOUNT_ID_DIGITS: usize = 6;

/// What the company needs for requests of type `t`, seen from the officer's
/// country: preservation and emergency requests need no process checked.
pub fn requirement(
    directory: &Directory,
    company: &Company,
    entity: &Entity,
    officer_country: CountryCode,
    t: RequestType,
    today: jiff::civil::Date,
) -> Requirement {
    let category = match t {
        RequestType::Preservation | RequestType::Emergency => return Requirement::None,
        RequestType::Subscriber => DataCategory::Subscriber,
        RequestType::Traffic => DataCategory::Traffic,
        RequestType::Content => DataCategory::Content,
    };
    match company.process_for(category, officer_country, entity.country) {
        Process::OfficialRequest => Requirement::Letter,
        Process::LocalProcess => Requirement::Local,
        Process::HomeProcessOrTreaty => Requirement::Home {
            production_order_available: directory
                .agreement_between(officer_country, company.home_country(entity.country), today)
                .is_some(),
        },
    }
}

/// Whether a request of type `t` must carry signed legal process.
pub fn needs_legal_process(t: RequestType) -> bool {
    matches!(
        t,
        RequestType::Subscriber | RequestType::Traffic | RequestType::Content
    )
}

/// Runs every rule over `r`.
pub fn check(r: &RecordsRequest, ctx: &Context<'_>) -> Outcome {
    let mut out = Outcome::default();
    let company = r
        .company_id
        .as_deref()
        .and_then(|c| ctx.directory.company(c));
    let entity = company.and_then(|c| {
        r.entity
            .as_deref()
            .and_then(|name| c.entities.iter().find(|e| e.name == name))
    });
    match (company, entity) {
        (None, _) => out.error(
            "company_id",
            "missing_company",
            Step::Company,
            Msg::new("error-company-empty"),
        ),
        (Some(_), None) => out.error(
            "entity",
            "missing_entity",
            Step::Company,
            Msg::new("error-entity-empty"),
        ),
        _ => {}
    }
    match (r.request_type, company) {
        (None, _) => out.error(
            "request_type",
            "missing_type",
            Step::Type,
            Msg::new("error-type-empty"),
        ),
        (Some(t), Some(c)) if !c.accepts(t) => out.error(
            "request_type",
            "type_not_accepted",
            Step::Type,
            Msg::new("error-type-not-accepted").arg("company", &c.name),
        ),
        _ => {}
    }
    check_preservation(r, ctx, company, &mut out);
    check_basis(r, ctx, company, entity, &mut out);
    check_requester(r, ctx, &mut out);
    check_targets(r, ctx, company, entity, &mut out);
    check_data(r, ctx, company, &mut out);
    check_emergency(r, ctx, company, &mut out);
    check_non_disclosure(r, ctx, &mut out);
    check_legal_process(r, ctx, entity, &mut out);
    check_national_ids(r, ctx, &mut out);
    check_printable(r, ctx.printable, &mut out);
    out.checklist = checklist(r, &out);
    out
}

fn check_preservation(
    r: &RecordsRequest,
    ctx: &Context<'_>,
    company: Option<&Company>,
    out: &mut Outcome,
) {
    use crate::domain::request::Preservation;
    if r.request_type != Some(RequestType::Preservation) {
        return;
    }
    match &r.preservation {
        None => out.error(
            "preservation",
            "missing_preservation",
            Step::Preservation,
            Msg::new("error-preservation-empty"),
        ),
        Some(Preservation::Extension {
            original_reference,
            original_expiry,
        }) => {
            if original_reference.trim().is_empty() {
                out.error(
                    "preservation.original_reference",
                    "missing_original_reference",
                    Step::Preservation,
                    Msg::new("error-preservation-reference-empty"),
                );
            }
            renewal_offered(company, out);
            let today = ctx.now.to_zoned(officer_zone(ctx)).date();
            if *original_expiry < today {
                out.error(
                    "preservation.original_expiry",
                    "preservation_expired",
                    Step::Preservation,
                    Msg::new("error-preservation-expired"),
                );
            } else if *original_expiry <= today.saturating_add(14.days()) {
                out.warning(
                    "preservation.original_expiry",
                    "preservation_expires_soon",
                    Step::Preservation,
                    Msg::new("warning-preservation-expires-soon").arg("date", original_expiry),
                );
            }
        }
        Some(Preservation::Original) => {}
    }
}

/// An extension only helps where the company extends holds: refused where
/// it says it does not, a warning where it publishes nothing either way.
fn renewal_offered(company: Option<&Company>, out: &mut Outcome) {
    let Some(c) = company else {
        return;
    };
    match c.limits.preservation_renewable {
        Some(true) => {}
        Some(false) => out.error(
            "preservation",
            "renewal_not_offered",
            Step::Preservation,
            Msg::new("error-preservation-renewal-not-offered").arg("company", &c.name),
        ),
        None => out.warning(
            "preservation",
            "renewal_unpublished",
            Step::Preservation,
            Msg::new("warning-preservation-renewal-unpublished").arg("company", &c.name),
        ),
    }
}

fn check_basis(
    r: &RecordsRequest,
    ctx: &Context<'_>,
    company: Option<&Company>,
    entity: Option<&Entity>,
    out: &mut Outcome,
) {
    let Some(basis) = &r.legal_basis else {
        out.error(
            "legal_basis",
            "missing_basis",
            Step::Basis,
            Msg::new("error-basis-empty"),
        );
        return;
    };
    if basis.kind.needs_provision() && basis.provision.trim().is_empty() {
        out.error(
            "legal_basis.provision",
            "missing_provision",
            Step::Basis,
            Msg::new("error-basis-provision-empty"),
        );
    }
    let (Some(company), Some(entity), Some(t)) = (company, entity, r.request_type) else {
        return;
    };
    let today = ctx.now.to_zoned(officer_zone(ctx)).date();
    let need = requirement(
        ctx.directory,
        company,
        entity,
        ctx.officer_country,
        t,
        today,
    );
    if let Err(e) = legal_basis::check(t, basis.kind, need) {
        let code = match e {
            legal_basis::BasisError::NotForType => "basis_not_for_type",
            legal_basis::BasisError::NeedsHomeProcess => "content_without_process",
            legal_basis::BasisError::NoAgreement => "no_agreement",
            legal_basis::BasisError::NeedsLocalProcess => "letter_not_enough",
        };
        out.error(
            "legal_basis.kind",
            code,
            Step::Basis,
            Msg::new(e.message_key()).arg("company", &company.name),
        );
    }
}

fn check_requester(r: &RecordsRequest, ctx: &Context<'_>, out: &mut Outcome) {
    let Some(q) = &r.requester else {
        out.error(
            "requester",
            "missing_requester",
            Step::Requester,
            Msg::new("error-requester-empty"),
        );
        return;
    };
    for (field, value, key) in [
        ("name", &q.name, "error-requester-name-empty"),
        ("rank", &q.rank, "error-requester-rank-empty"),
        ("badge", &q.badge, "error-requester-badge-empty"),
        ("agency", &q.agency, "error-requester-agency-empty"),
        ("case_number", &q.case_number, "error-requester-case-empty"),
        ("offence", &q.offence, "error-requester-offence-empty"),
    ] {
        if value.trim().is_empty() {
            out.error(
                format!("requester.{field}"),
                "required",
                Step::Requester,
                Msg::new(key),
            );
        }
    }
    match EmailAddress::parse(&q.email) {
        Ok(email) => {
            if let Err(e) = ctx
                .directory
                .check_officer_email(&email, ctx.officer_country, ctx.demo)
            {
                out.error(
                    "requester.email",
                    "email_not_government",
                    Step::Requester,
                    Msg::new(e.message_key()),
                );
            }
        }
        Err(e) => out.error(
            "requester.email",
            "email_invalid",
            Step::Requester,
            Msg::new(e.message_key()),
        ),
    }
    check_cc(q, ctx, out);
    if let Err(e) = PhoneNumber::parse(&q.phone, ctx.officer_country) {
        out.error(
            "requester.phone",
            "phone_invalid",
            Step::Requester,
            Msg::new(e.message_key()),
        );
    }
}

/// Colleagues copied on the delivery: at most [`MAX_CC`], each on a domain
/// the officer's own address could have.
fn check_cc(q: &crate::domain::request::Requester, ctx: &Context<'_>, out: &mut Outcome) {
    if q.cc.len() > MAX_CC {
        out.error(
            "requester.cc",
            "too_many_cc",
            Step::Requester,
            Msg::new("error-cc-too-many").arg("max", MAX_CC.to_string()),
        );
    }
    for cc in &q.cc {
        let problem = match EmailAddress::parse(cc) {
            Ok(email) => ctx
                .directory
                .check_officer_email(&email, ctx.officer_country, ctx.demo)
                .err()
                .map(|e| ("cc_not_government", e.message_key())),
            Err(e) => Some(("cc_invalid", e.message_key())),
        };
        if let Some((code, key)) = problem {
            out.error(
                "requester.cc",
                code,
                Step::Requester,
                Msg::new("error-cc-address")
                    .arg("address", cc.clone())
                    .arg_names("problem", vec![key]),
            );
        }
    }
}

fn check_targets(
    r: &RecordsRequest,
    ctx: &Context<'_>,
    company: Option<&Company>,
    entity: Option<&Entity>,
    out: &mut Outcome,
) {
    if r.targets.is_empty() {
        out.error(
            "targets",
            "no_targets",
            Step::Targets,
            Msg::new("error-targets-empty"),
        );
    }
    let max_days = max_range(company);
    for (i, t) in r.targets.iter().enumerate() {
        let at = |field: &str| format!("targets[{i}].{field}");
        let holder = t.country.or(r.holder_country);
        let country = holder.unwrap_or(ctx.officer_country);
        if let Err(m) = identifier::normalise(t.kind, &t.value, country) {
            out.error(at("value"), "identifier_invalid", Step::Targets, m);
        } else if t.kind == IdentifierKind::AccountId {
            account_id_shape(t.value.trim(), company, &at("value"), out);
        }
        if t.kind == IdentifierKind::Ip {
            match &t.observed_at {
                None => out.error(
                    at("observed_at"),
                    "ip_without_time",
                    Step::Targets,
                    Msg::new("error-ip-without-time"),
                ),
                Some(when) => {
                    zone_known(when, &at("observed_at.zone"), Step::Targets, out);
                    if when.utc > ctx.now {
                        out.error(
                            at("observed_at"),
                            "time_in_future",
                            Step::Targets,
                            Msg::new("error-seen-future"),
                        );
                    }
                    if !when.to_the_second() {
                        out.warning(
                            at("observed_at"),
                            "ip_time_to_minute",
                            Step::Targets,
                            Msg::new("warning-ip-time-to-minute").arg("ip", &t.value),
                        );
                    }
                }
            }
            let scope = t.value.trim().parse().ok().map(identifier::ip_scope);
            match scope {
                Some(IpScope::Private | IpScope::Local) => out.warning(
                    at("value"),
                    "ip_not_public",
                    Step::Targets,
                    Msg::new("warning-ip-private").arg("ip", &t.value),
                ),
                Some(IpScope::Shared) => out.warning(
                    at("value"),
                    "ip_not_public",
                    Step::Targets,
                    Msg::new("warning-ip-cgnat").arg("ip", &t.value),
                ),
                _ => {}
            }
            match t.port {
                // Inside the shared range only the port tells subscribers
                // apart: without it the request cannot be answered.
                None if scope == Some(IpScope::Shared) => out.error(
                    at("port"),
                    "cgnat_without_port",
                    Step::Targets,
                    Msg::new("error-ip-cgnat-without-port").arg("ip", &t.value),
                ),
                None => out.warning(
                    at("port"),
                    "ip_without_port",
                    Step::Targets,
                    Msg::new("warning-ip-without-port").arg("ip", &t.value),
                ),
                Some(0) => out.error(
                    at("port"),
                    "port_invalid",
                    Step::Targets,
                    Msg::new("error-port-invalid"),
                ),
                Some(_) => {}
            }
        } else if t.port.is_some() || t.observed_at.is_some() {
            out.error(
                at("port"),
                "port_not_for_kind",
                Step::Targets,
                Msg::new("error-port-not-for-kind"),
            );
        }
        if t.kind == IdentifierKind::Username {
            out.warning(
                at("value"),
                "username_not_unique",
                Step::Targets,
                Msg::new("warning-username-not-unique").arg("name", &t.value),
            );
        }
        match &t.window {
            None => out.error(
                at("window"),
                "missing_window",
                Step::Targets,
                Msg::new("error-window-empty"),
            ),
            Some(w) => check_range(
                &at("window"),
                &w.start,
                &w.end,
                max_days,
                company,
                ctx,
                Step::Targets,
                out,
            ),
        }
        if let (Some(company), Some(entity), Some(c)) = (company, entity, holder)
            && let Some(right) = company.entity_for(c)
            && right.name != entity.name
        {
            out.warning(
                at("country"),
                "wrong_entity",
                Step::Company,
                Msg::new("warning-wrong-entity")
                    .arg("value", &t.value)
                    .arg("country", c)
                    .arg("entity", &right.name),
            );
        }
        // Without the holder's country the entity cannot be checked, and a
        // company with several entities refuses requests sent to the wrong one.
        if let (Some(company), None) = (company, holder)
            && company.entities.len() > 1
        {
            let entities: Vec<&str> = company.entities.iter().map(|e| e.name.as_str()).collect();
            out.warning(
                at("country"),
                "holder_country_unknown",
                Step::Targets,
                Msg::new("warning-holder-country-unknown")
                    .arg("value", &t.value)
                    .arg("company", &company.name)
                    .arg("entities", entities.join(", ")),
            );
        }
        if broad_wording(&t.note) {
            out.warning(
                at("note"),
                "broad_scope",
                Step::Targets,
                Msg::new("warning-broad-scope"),
            );
        }
    }
}

fn check_data(r: &RecordsRequest, ctx: &Context<'_>, company: Option<&Company>, out: &mut Outcome) {
    let Some(d) = &r.data else {
        out.error(
            "data",
            "missing_data",
            Step::Data,
            Msg::new("error-data-empty"),
        );
        return;
    };
    if d.categories.is_empty() {
        out.error(
            "data.categories",
            "no_categories",
            Step::Data,
            Msg::new("error-categories-empty"),
        );
    }
    if let Some(t) = r.request_type {
        for (i, c) in d.categories.iter().enumerate() {
            if !c.fits(t) {
                out.error(
                    format!("data.categories[{i}]"),
                    "category_not_for_type",
                    Step::Data,
                    Msg::new("error-category-not-for-type")
                        .arg_names("category", vec![c.label_key()]),
                );
            }
        }
    }
    let max_days = max_range(company);
    check_range(
        "data",
        &d.start,
        &d.end,
        max_days,
        company,
        ctx,
        Step::Data,
        out,
    );
    if broad_wording(&d.details) {
        out.warning(
            "data.details",
            "broad_scope",
            Step::Data,
            Msg::new("warning-broad-scope"),
        );
    }
}

/// The company's maximum range and whether the fact is confirmed: an
/// unconfirmed maximum warns instead of blocking.
fn max_range(company: Option<&Company>) -> Option<(u32, bool)> {
    let c = company?;
    let verified = c.limits.provenance.status == crate::directory::Status::Verified;
    c.limits.max_range_days.map(|d| (d, verified))
}

/// The rules every period follows: in order, not in the future, within the
/// company's maximum (a warning while that maximum is unconfirmed), and a
/// warning past a year.
#[allow(clippy::too_many_arguments)]
fn check_range(
    path: &str,
    start: &ZonedTime,
    end: &ZonedTime,
    max_days: Option<(u32, bool)>,
    company: Option<&Company>,
    ctx: &Context<'_>,
    step: Step,
    out: &mut Outcome,
) {
    zone_known(start, &format!("{path}.start.zone"), step, out);
    zone_known(end, &format!("{path}.end.zone"), step, out);
    // Each message names its field: an identifier's period or the request's
    // date range.
    let targets = matches!(step, Step::Targets);
    let said =
        |window: &'static str, range: &'static str| Msg::new(if targets { window } else { range });
    if end.utc < start.utc {
        out.error(
            format!("{path}.end"),
            "end_before_start",
            step,
            said(
                "error-window-end-before-start",
                "error-data-range-end-before-start",
            ),
        );
        return;
    }
    if start.utc > ctx.now {
        out.error(
            format!("{path}.start"),
            "time_in_future",
            step,
            said("error-window-start-future", "error-data-range-start-future"),
        );
    }
    // The end may be "today, end of day" in its own zone: records up to now.
    let end_of_today = end
        .local()
        .and_then(|z| {
            ctx.now
                .to_zoned(z.time_zone().clone())
                .date()
                .tomorrow()
                .ok()
                .map(|d| (d, z))
        })
        .and_then(|(d, z)| d.to_zoned(z.time_zone().clone()).ok())
        .map(|z| z.timestamp())
        .unwrap_or(ctx.now);
    if end.utc >= end_of_today {
        out.error(
            format!("{path}.end"),
            "time_in_future",
            step,
            said("error-window-end-future", "error-data-range-end-future"),
        );
    }
    let days = (end.utc.as_second() - start.utc.as_second()) / 86_400;
    let company_name = company.map(|c| c.name.as_str()).unwrap_or_default();
    match max_days {
        Some((max, false)) if days > i64::from(max) => out.warning(
            format!("{path}.end"),
            "range_over_unconfirmed_max",
            step,
            Msg::new("warning-range-over-unconfirmed-max")
                .arg("company", company_name)
                .arg("days", max),
        ),
        Some((max, true)) if days > i64::from(max) => out.error(
            format!("{path}.end"),
            "range_over_company_max",
            step,
            Msg::new("error-range-over-max")
                .arg("company", company_name)
                .arg("days", max),
        ),
        _ if days > BROAD_RANGE_DAYS => out.warning(
            format!("{path}.end"),
            "range_over_a_year",
            step,
            Msg::new("warning-range-over-a-year").arg("days", days),
        ),
        _ => {}
    }
}

fn check_emergency(
    r: &RecordsRequest,
    ctx: &Context<'_>,
    company: Option<&Company>,
    out: &mut Outcome,
) {
    if r.request_type != Some(RequestType::Emergency) {
        return;
    }
    if let Some(c) = company {
        emergency_route(c, out);
    }
    emergency_scope(r, out);
    let Some(e) = &r.emergency else {
        out.error(
            "emergency",
            "missing_emergency",
            Step::Emergency,
            Msg::new("error-emergency-empty"),
        );
        return;
    };
    if e.nature.is_none() {
        out.error(
            "emergency.nature",
            "emergency_incomplete",
            Step::Emergency,
            Msg::new("error-emergency-nature-empty"),
        );
    }
    for (field, value, key) in [
        ("imminence", &e.imminence, "error-emergency-imminence-empty"),
        (
            "person_at_risk",
            &e.person_at_risk,
            "error-emergency-person-empty",
        ),
        ("why_urgent", &e.why_urgent, "error-emergency-why-empty"),
        (
            "supervisor_name",
            &e.supervisor_name,
            "error-emergency-supervisor-empty",
        ),
        (
            "supervisor_contact",
            &e.supervisor_contact,
            "error-emergency-supervisor-contact-empty",
        ),
    ] {
        if value.trim().is_empty() {
            out.error(
                format!("emergency.{field}"),
                "emergency_incomplete",
                Step::Emergency,
                Msg::new(key),
            );
        } else if field != "supervisor_contact" && says_nothing(value) {
            out.error(
                format!("emergency.{field}"),
                "emergency_incomplete",
                Step::Emergency,
                Msg::new("error-emergency-says-nothing").arg("text", value.trim()),
            );
        }
    }
    if !e.supervisor_contact.trim().is_empty() {
        supervisor_contact(&e.supervisor_contact, ctx, out);
    }
    if let Err(err) = PhoneNumber::parse(&e.callback, ctx.officer_country) {
        let key = match err {
            crate::domain::phone::PhoneError::Empty => "error-emergency-callback-empty",
            crate::domain::phone::PhoneError::Invalid => "error-phone-invalid",
        };
        out.error(
            "emergency.callback",
            "emergency_incomplete",
            Step::Emergency,
            Msg::new(key),
        );
    }
    let same_person = r.requester.as_ref().is_some_and(|q| {
        !q.name.trim().is_empty() && q.name.trim().eq_ignore_ascii_case(e.supervisor_name.trim())
    });
    if same_person {
        out.error(
            "emergency.supervisor_name",
            "supervisor_is_requester",
            Step::Emergency,
            Msg::new("error-emergency-supervisor-self"),
        );
    }
}

/// Companies weigh an emergency request on the facts it gives and send it
/// to their emergency route; where none is published or confirmed the
/// officer should know before relying on it (reports warn the same way).
fn emergency_route(c: &Company, out: &mut Outcome) {
    let route = &c.emergency;
    let msg = match route.published() {
        None => Msg::new("warning-emergency-route-unpublished")
            .arg("company", &c.name)
            .arg("date", route.provenance.checked),
        Some(_) if !route.provenance.is_verified() => {
            Msg::new("warning-emergency-route-unverified").arg("company", &c.name)
        }
        Some(_) => return,
    };
    out.warning(
        "company_id",
        "emergency_route_unconfirmed",
        Step::Emergency,
        msg,
    );
}

/// An emergency disclosure covers what bears on the danger: a long period
/// is refused or narrowed by companies, costing the time the request is
/// meant to save.
fn emergency_scope(r: &RecordsRequest, out: &mut Outcome) {
    let days =
        |start: &ZonedTime, end: &ZonedTime| (end.utc.as_second() - start.utc.as_second()) / 86_400;
    let mut periods: Vec<(String, Step, i64)> = Vec::new();
    if let Some(d) = &r.data {
        periods.push(("data.end".into(), Step::Data, days(&d.start, &d.end)));
    }
    for (i, t) in r.targets.iter().enumerate() {
        if let Some(w) = &t.window {
            periods.push((
                format!("targets[{i}].window.end"),
                Step::Targets,
                days(&w.start, &w.end),
            ));
        }
    }
    for (path, step, n) in periods {
        if n > EMERGENCY_RANGE_DAYS {
            out.warning(
                path,
                "emergency_range_broad",
                step,
                Msg::new("warning-emergency-range-broad")
                    .arg("days", n)
                    .arg("max", EMERGENCY_RANGE_DAYS),
            );
        }
    }
}

/// The supervisor's official email (a government address of the officer's
/// country) or a phone number that exists.
fn supervisor_contact(value: &str, ctx: &Context<'_>, out: &mut Outcome) {
    let path = "emergency.supervisor_contact";
    let key = match EmailAddress::parse(value) {
        Ok(email) => match ctx
            .directory
            .check_officer_email(&email, ctx.officer_country, ctx.demo)
        {
            Ok(_) => return,
            Err(e) => e.message_key(),
        },
        Err(_) if PhoneNumber::parse(value, ctx.officer_country).is_ok() => return,
        Err(_) => "error-emergency-supervisor-contact-invalid",
    };
    out.error(
        path,
        "supervisor_contact_invalid",
        Step::Emergency,
        Msg::new(key),
    );
}

/// Answers that fill a box without saying anything: "n/a", "-", "none".
pub fn says_nothing(text: &str) -> bool {
    const EMPTY_WORDS: [&str; 24] = [
        "n/a",
        "na",
        "n.a.",
        "n.a",
        "none",
        "nil",
        "null",
        "no",
        "nothing",
        "unknown",
        "not known",
        "not applicable",
        "tbd",
        "tba",
        "same",
        "see above",
        "as above",
        "x",
        "xx",
        "xxx",
        "없음",
        "해당 없음",
        "해당없음",
        "모름",
    ];
    let t = text.trim().to_lowercase();
    !t.chars().any(char::is_alphanumeric) || EMPTY_WORDS.contains(&t.as_str())
}

/// A numeric account id of the length the company uses: outside the
/// company's published format it is refused; very short ones warn.
fn account_id_shape(value: &str, company: Option<&Company>, path: &str, out: &mut Outcome) {
    let digits = value.len();
    match company.and_then(|c| c.account_ids.as_ref().map(|a| (c, a))) {
        Some((c, ids)) if !ids.fits(digits) => out.error(
            path,
            "account_id_format",
            Step::Targets,
            Msg::new("error-account-id-format")
                .arg("company", &c.name)
                .arg("min", ids.min_digits)
                .arg("max", ids.max_digits)
                .arg("found", digits),
        ),
        Some(_) => {}
        None if digits < SHORT_ACCOUNT_ID_DIGITS => out.warning(
            path,
            "account_id_short",
            Step::Targets,
            Msg::new("warning-account-id-short").arg("id", value),
        ),
        None => {}
    }
}

fn check_non_disclosure(r: &RecordsRequest, ctx: &Context<'_>, out: &mut Outcome) {
    let Some(n) = &r.non_disclosure else {
        out.error(
            "non_disclosure",
            "missing_non_disclosure",
            Step::NonDisclosure,
            Msg::new("error-ndo-empty"),
        );
        return;
    };
    if !n.requested {
        return;
    }
    if n.basis.trim().is_empty() {
        out.error(
            "non_disclosure.basis",
            "missing_ndo_basis",
            Step::NonDisclosure,
            Msg::new("error-ndo-basis-empty"),
        );
    }
    if let Some(until) = n.until
        && until < ctx.now.to_zoned(officer_zone(ctx)).date()
    {
        out.error(
            "non_disclosure.until",
            "ndo_ended",
            Step::NonDisclosure,
            Msg::new("error-ndo-until-past"),
        );
    }
}

fn check_legal_process(
    r: &RecordsRequest,
    ctx: &Context<'_>,
    entity: Option<&Entity>,
    out: &mut Outcome,
) {
    let needed = r.request_type.is_some_and(needs_legal_process);
    let Some(f) = &r.legal_process else {
        if needed {
            out.error(
                "legal_process",
                "missing_legal_process",
                Step::LegalProcess,
                Msg::new("error-legal-process-missing"),
            );
        }
        return;
    };
    if f.sha256.len() != 64 || !f.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        out.error(
            "legal_process.sha256",
            "hash_invalid",
            Step::LegalProcess,
            Msg::new("error-legal-process-hash"),
        );
    }
    if f.signed_on.is_none() {
        out.error(
            "legal_process.signed_on",
            "missing_signed_on",
            Step::LegalProcess,
            Msg::new("error-legal-process-signed-empty"),
        );
    }
    if f.signatory.trim().is_empty() {
        out.error(
            "legal_process.signatory",
            "missing_signatory",
            Step::LegalProcess,
            Msg::new("error-legal-process-signatory-empty"),
        );
    }
    // A company in the officer's own country reads the officer's language.
    let abroad = entity.is_some_and(|e| e.country != ctx.officer_country);
    if abroad && !f.english {
        out.error(
            "legal_process.english",
            "translation_missing",
            Step::LegalProcess,
            Msg::new("error-legal-process-translation"),
        );
    }
}

/// Fields of a request that hold typed identifiers, times and references:
/// the national-ID guard looks in them for letter-and-checksum kinds only.
const IDENTIFIER_FIELDS: [&str; 17] = [
    "company_id",
    "entity",
    "requester.email",
    "requester.phone",
    "requester.badge",
    "requester.case_number",
    "legal_basis.reference",
    "preservation.original_reference",
    "preservation.original_expiry",
    "targets[].value",
    "targets[].country",
    "*.utc",
    "*.zone",
    "emergency.callback",
    "emergency.supervisor_contact",
    "non_disclosure.until",
    "legal_process.file_name",
];

/// What the guard reads in a request: everything the officer typed, each
/// field as what it holds.
const NATIONAL_ID_FIELDS: national_id::Fields<'static> = national_id::Fields {
    identifiers: &IDENTIFIER_FIELDS,
    skipped: &[
        "acknowledged[]",
        "legal_process.sha256",
        "legal_process.signed_on",
        "attestation.at",
    ],
};

/// The countries whose identity numbers a request is likely to meet: the
/// officer's, the addressed entity's and those of the targets.
pub fn national_id_jurisdictions(
    r: &RecordsRequest,
    directory: &Directory,
    officer_country: CountryCode,
) -> Vec<CountryCode> {
    let entity = r
        .company_id
        .as_deref()
        .and_then(|c| directory.company(c))
        .and_then(|c| {
            let name = r.entity.as_deref()?;
            c.entities.iter().find(|e| e.name == name)
        })
        .map(|e| e.country);
    let mut out = vec![officer_country];
    out.extend(entity);
    out.extend(r.targets.iter().filter_map(|t| t.country));
    out.sort();
    out.dedup();
    out
}

/// National identity numbers may travel in no field (DESIGN invariant 3):
/// every string of the request is judged. A number that is certain is an
/// error; one that may be something else is a warning to acknowledge.
fn check_national_ids(r: &RecordsRequest, ctx: &Context<'_>, out: &mut Outcome) {
    let Ok(doc) = serde_json::to_value(r) else {
        return;
    };
    let jurisdictions = national_id_jurisdictions(r, ctx.directory, ctx.officer_country);
    for stopped in national_id::judge_document(&doc, &NATIONAL_ID_FIELDS, &jurisdictions) {
        let step = step_of(&stopped.path);
        let names = stopped.name_keys();
        match stopped.severity {
            national_id::Severity::Error => out.error(
                stopped.path,
                "national_id",
                step,
                Msg::new("error-national-id").arg_names("id_type", names),
            ),
            national_id::Severity::Warning => out.warning(
                stopped.path,
                "possible_national_id",
                step,
                Msg::new("warning-possible-national-id").arg_names("id_type", names),
            ),
        }
    }
}

/// The builder step a path of the request document is answered at.
fn step_of(path: &str) -> Step {
    match path.split(['.', '[']).next().unwrap_or_default() {
        "preservation" => Step::Preservation,
        "legal_basis" => Step::Basis,
        "requester" => Step::Requester,
        "targets" => Step::Targets,
        "data" => Step::Data,
        "emergency" => Step::Emergency,
        "non_disclosure" => Step::NonDisclosure,
        "legal_process" => Step::LegalProcess,
        _ => Step::Company,
    }
}

/// Characters the PDF cannot draw (scripts casebridge ships no font for):
/// the JSON keeps them, the people reading the PDF would see U+FFFD.
fn check_printable(r: &RecordsRequest, printable: &dyn super::Printable, out: &mut Outcome) {
    let Ok(doc) = serde_json::to_value(r) else {
        return;
    };
    for (path, chars) in printable.unprintable_in(&doc) {
        if path.starts_with("acknowledged") {
            continue;
        }
        let step = step_of(&path);
        out.warning(
            path,
            "unprintable_in_pdf",
            step,
            Msg::new("warning-unprintable").arg("chars", chars.into_iter().collect::<String>()),
        );
    }
}

fn zone_known(t: &ZonedTime, path: &str, step: Step, out: &mut Outcome) {
    if crate::domain::time::zone(&t.zone).is_none() {
        out.error(path, "zone_unknown", step, Msg::new("error-datetime-zone"));
    }
}

/// The officer's zone for "today": the first zone of their country.
fn officer_zone(ctx: &Context<'_>) -> jiff::tz::TimeZone {
    ctx.directory
        .jurisdiction(ctx.officer_country)
        .and_then(|j| j.zones.first())
        .map(|z| z.tz().clone())
        .unwrap_or(jiff::tz::TimeZone::UTC)
}

/// Wording that asks for everything, which companies refuse as overbroad.
pub fn broad_wording(text: &str) -> bool {
    const PHRASES: [&str; 12] = [
        "all records",
        "all data",
        "all information",
        "any and all",
        "all account",
        "everything",
        "all available",
        "all content",
        "모든 기록",
        "모든 자료",
        "모든 정보",
        "전부",
    ];
    let lower = text.to_lowercase();
    PHRASES.iter().any(|p| lower.contains(p))
}

/// The quality checklist: what a company is most likely to query or refuse.
fn checklist(r: &RecordsRequest, out: &Outcome) -> Vec<ChecklistItem> {
    use ItemStatus::*;
    let t = r.request_type;
    let ok_unless = |bad: bool| if bad { Missing } else { Met };
    let has_ip = r.targets.iter().any(|t| t.kind == IdentifierKind::Ip);
    let wants_content = t == Some(RequestType::Content)
        || r.data.as_ref().is_some_and(|d| {
            d.categories.iter().any(|c| {
                matches!(
                    c,
                    crate::domain::request::RecordCategory::Content
                        | crate::domain::request::RecordCategory::Location
                )
            })
        });
    let item = |code, status, step| ChecklistItem { code, status, step };
    vec![
        item(
            "right_entity",
            ok_unless(out.has(Step::Company) || out.has_code(&["wrong_entity"])),
            Step::Company,
        ),
        item(
            "official_sender",
            ok_unless(out.has(Step::Requester)),
            Step::Requester,
        ),
        item("valid_basis", ok_unless(out.has(Step::Basis)), Step::Basis),
        item(
            "content_process",
            if wants_content {
                ok_unless(out.has_code(&[
                    "content_without_process",
                    "no_agreement",
                    "basis_not_for_type",
                ]))
            } else {
                NotApplicable
            },
            Step::Basis,
        ),
        item(
            "signed_process",
            if t.is_some_and(needs_legal_process) || r.legal_process.is_some() {
                ok_unless(out.has(Step::LegalProcess))
            } else {
                NotApplicable
            },
            Step::LegalProcess,
        ),
        item(
            "exact_identifiers",
            ok_unless(
                r.targets.is_empty()
                    || out.has_code(&[
                        "identifier_invalid",
                        "username_not_unique",
                        "account_id_format",
                        "account_id_short",
                    ]),
            ),
            Step::Targets,
        ),
        item(
            "ip_port_time",
            if has_ip {
                ok_unless(out.has_code(&[
                    "ip_without_time",
                    "ip_without_port",
                    "cgnat_without_port",
                    "ip_time_to_minute",
                    "ip_not_public",
                ]))
            } else {
                NotApplicable
            },
            Step::Targets,
        ),
        item(
            "narrow_scope",
            ok_unless(
                out.has(Step::Data)
                    || out.has_code(&[
                        "range_over_a_year",
                        "broad_scope",
                        "range_over_company_max",
                        "emergency_range_broad",
                    ]),
            ),
            Step::Data,
        ),
        item(
            "emergency_threshold",
            if t == Some(RequestType::Emergency) {
                ok_unless(out.has(Step::Emergency))
            } else {
                NotApplicable
            },
            Step::Emergency,
        ),
        item(
            "translation",
            if r.legal_process.is_some() {
                ok_unless(out.has_code(&["translation_missing"]))
            } else {
                NotApplicable
            },
            Step::LegalProcess,
        ),
    ]
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
