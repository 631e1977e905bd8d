//! Step 5: the targets, a list of typed identifiers each with its own time
//! window. Adding, changing and removing work without JavaScript: one page
//! lists them, one page edits one.

use askama::Template;

use super::*;
use crate::domain::identifier::{self, IdentifierKind};
use crate::domain::request::{Target, Window};
use crate::web::form::SummaryRow;
use crate::web::wizard::list::{put, slot};
use crate::web::wizard::ret;

/// A request names at most this many identifiers; more is a bulk request
/// that companies ask to split.
const MAX_TARGETS: usize = 50;

/// One listed target: its summary and where to change or remove it.
struct Listed {
    index: usize,
    title: String,
    rows: Vec<SummaryRow>,
}

#[derive(Template)]
#[template(path = "requests/targets.html")]
struct TargetsPage {
    ctx: Ctx,
    id: String,
    form: Form,
    targets: Vec<Listed>,
    can_add: bool,
    /// `?return=check` to keep on links when the officer came from there.
    ret: &'static str,
    step: u32,
    total: u32,
}

fn listed(state: &AppState, ctx: &Ctx, id: &str, targets: &[Target]) -> Vec<Listed> {
    targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let href = format!("/requests/{id}/targets/{i}{}", ret(ctx));
            let mut rows = vec![SummaryRow {
                key: ctx.t("target-kind"),
                value: ctx.t(t.kind.label_key()),
                change_href: href.clone(),
            }];
            if let Some(port) = t.port {
                rows.push(SummaryRow {
                    key: ctx.t("target-port"),
                    value: port.to_string(),
                    change_href: href.clone(),
                });
            }
            if let Some(seen) = &t.observed_at {
                rows.push(SummaryRow {
                    key: ctx.t("target-observed"),
                    value: both_times(seen),
                    change_href: href.clone(),
                });
            }
            if let Some(w) = &t.window {
                rows.push(SummaryRow {
                    key: ctx.t("target-window"),
                    value: format!("{} – {}", both_times(&w.start), both_times(&w.end)),
                    change_href: href.clone(),
                });
            }
            if let Some(c) = t.country {
                let name = state
                    .directory
                    .jurisdiction(c)
                    .map(|j| j.name_en.clone())
                    .unwrap_or_else(|| c.to_string());
                rows.push(SummaryRow {
                    key: ctx.t("target-country"),
                    value: name,
                    change_href: href.clone(),
                });
            }
            if !t.note.is_empty() {
                rows.push(SummaryRow {
                    key: ctx.t("target-note"),
                    value: t.note.clone(),
                    change_href: href,
                });
            }
            Listed {
                index: i,
                title: t.value.clone(),
                rows,
            }
        })
        .collect()
}

fn list_page(s: Page) -> TargetsPage {
    let listed = listed(&s.state, &s.ctx, &s.id(), &s.draft.body.targets);
    TargetsPage {
        ret: ret(&s.ctx),
        can_add: s.draft.body.targets.len() < MAX_TARGETS,
        id: s.id(),
        ctx: s.ctx,
        form: s.form,
        targets: listed,
        step: 5,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn list(Opened(s): Opened<Requests>) -> Result<Response, AppError> {
    chosen(&s.state, &s.draft)?;
    s.show(list_page)
}

pub(super) async fn list_submit(Posted(mut s): Posted<Requests>) -> Result<Response, AppError> {
    if !saving(&s.form) && s.draft.body.targets.is_empty() {
        s.form.add_error("add", s.ctx.t("error-targets-empty"));
        return s.refuse(list_page);
    }
    Ok(s.next("data"))
}

#[derive(Template)]
#[template(path = "requests/target.html")]
struct TargetPage {
    ctx: Ctx,
    id: String,
    form: Form,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    zones: crate::web::wizard::Zones,
    /// The company's legal entities and whose users each answers for, when
    /// it has more than one: the holder's country decides which is right.
    entities: Vec<String>,
    company: String,
    ret: &'static str,
    step: u32,
    total: u32,
}

/// "Example Social Australia Pty Ltd: users in AU, NZ" for each entity of
/// a company that has several.
fn entity_lines(ctx: &Ctx, company: Option<&Company>) -> Vec<String> {
    let entities = company.map(|c| c.entities.as_slice()).unwrap_or_default();
    if entities.len() < 2 {
        return Vec::new();
    }
    entities
        .iter()
        .map(|e| {
            let served: Vec<&str> = e
                .serves
                .iter()
                .filter(|s| *s != "*")
                .map(String::as_str)
                .collect();
            let whom = if served.is_empty() {
                ctx.t("request-target-entity-others")
            } else {
                ctx.t1(
                    "request-target-entity-serves",
                    "countries",
                    served.join(", "),
                )
            };
            format!("{}: {whom}", e.name)
        })
        .collect()
}

fn target_page(s: Page) -> TargetPage {
    let id = s.id();
    let Step {
        ref state,
        ctx,
        ref user,
        form,
        ..
    } = s;
    let kinds = IdentifierKind::ALL
        .into_iter()
        .map(|k| {
            Choice::new(k.as_str(), ctx.t(k.label_key()))
                .with_hint(ctx.t(&format!("{}-hint", k.label_key())))
        })
        .collect();
    let countries = state
        .directory
        .jurisdictions()
        .iter()
        .map(|j| Choice::new(j.code.as_str(), j.display_name()))
        .collect();
    let company = chosen_company(state, &s.draft).ok();
    TargetPage {
        entities: entity_lines(&ctx, company),
        company: company.map(|c| c.name.clone()).unwrap_or_default(),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        kinds,
        countries,
        zones: zone_choices(state, user.org.country),
        step: 5,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn edit(
    Path((_, n)): Path<(String, String)>,
    Opened(mut s): Opened<Requests>,
) -> Result<Response, AppError> {
    chosen(&s.state, &s.draft)?;
    let targets = &s.draft.body.targets;
    if let Some(i) = slot(targets.len(), MAX_TARGETS, &n)? {
        let (t, form) = (&targets[i], &mut s.form);
        form.set("kind", t.kind.as_str());
        form.set("value", t.value.as_str());
        form.set("note", t.note.as_str());
        if let Some(c) = t.country {
            form.set("country", c.as_str());
        }
        if let Some(p) = t.port {
            form.set("port", p.to_string());
        }
        if let Some(seen) = &t.observed_at {
            set_time(form, "observed", seen);
        }
        if let Some(w) = &t.window {
            set_time(form, "start", &w.start);
            set_time(form, "end", &w.end);
        }
    } else if let Some(w) = targets.last().and_then(|t| t.window.as_ref()) {
        // A new identifier starts with the period of the one before: most
        // identifiers of a request share it, and it can still be changed.
        set_time(&mut s.form, "start", &w.start);
        set_time(&mut s.form, "end", &w.end);
    }
    let zone = default_zone(&s.state, s.user.org.country);
    for name in ["observed", "start", "end"] {
        let field = format!("{name}-zone");
        if s.form.value(&field).is_empty() {
            s.form.set(&field, zone.as_str());
        }
    }
    s.show(target_page)
}

pub(super) async fn edit_submit(
    Path((_, n)): Path<(String, String)>,
    Posted(mut s): Posted<Requests>,
) -> Result<Response, AppError> {
    let at = slot(s.draft.body.targets.len(), MAX_TARGETS, &n)?;
    let target = read_target(&s.ctx, &mut s.form, s.user.org.country);
    if let Some(t) = &target {
        // The request rules judge the target, as check-your-answers will.
        let mut probe = s.draft.body.clone();
        let i = put(&mut probe.targets, at, t.clone());
        let outcome = check_request(&s.state, &s.user, &probe);
        show_target_errors(&s.ctx, &mut s.form, &outcome, i);
    }
    match target {
        Some(target) if !s.form.has_errors() => {
            put(&mut s.draft.body.targets, at, target);
            let to = s.href("targets");
            s.save_element(to, target_page).await
        }
        _ => s.refuse(target_page),
    }
}

/// Puts the rule findings about target `at` on the form's fields.
fn show_target_errors(ctx: &Ctx, form: &mut Form, outcome: &request_rules::Outcome, at: usize) {
    let prefix = format!("targets[{at}].");
    for f in &outcome.errors {
        let Some(rest) = f.path.strip_prefix(&prefix) else {
            continue;
        };
        let field = match rest.split(['.', '[']).next().unwrap_or_default() {
            "observed_at" => "observed",
            "window" if rest.starts_with("window.end") => "end",
            "window" => "start",
            "port" => "port",
            "note" => "note",
            "country" => "country",
            _ => "value",
        };
        if form.error(field).is_none() {
            form.add_error(field, f.render(ctx.locale));
        }
    }
}

/// The form read into a target: what can be parsed is, and typed values
/// are normalised; judging them is the request rules' work. `None` when
/// something could not even be read (the problem is on the form).
fn read_target(ctx: &Ctx, form: &mut Form, officer_country: CountryCode) -> Option<Target> {
    let Some(kind) = IdentifierKind::parse_name(form.value("kind")) else {
        form.add_error("kind", ctx.t("error-target-kind-empty"));
        return None;
    };
    let country = match form.value("country").trim() {
        "" => None,
        c => CountryCode::parse(c),
    };
    let raw = form.value("value").trim().to_string();
    // An identifier that does not normalise is kept as typed: the rules say
    // what is wrong with it.
    let value =
        identifier::normalise(kind, &raw, country.unwrap_or(officer_country)).unwrap_or(raw);
    let port = match form.value("port").trim() {
        "" => None,
        p => match p.parse::<u16>() {
            Ok(p) => Some(p),
            Err(_) => {
                form.add_error("port", ctx.t("error-port-invalid"));
                None
            }
        },
    };
    // Only an IP address is seen at a time; the boxes are ignored otherwise.
    let observed = if kind == IdentifierKind::Ip && time_given(form, "observed") {
        read_time(ctx, form, "observed")
    } else {
        None
    };
    let start = read_time(ctx, form, "start");
    let end = read_time(ctx, form, "end");
    let note = form.value("note").trim().to_string();
    if note.chars().count() > 2000 {
        form.add_error("note", ctx.t("error-text-too-long"));
    }
    Some(Target {
        kind,
        value,
        country,
        port,
        observed_at: observed,
        window: Some(Window {
            start: start?,
            end: end?,
        }),
        note,
    })
}

pub(super) async fn remove(
    Path((_, n)): Path<(String, String)>,
    Posted(s): Posted<Requests>,
) -> Result<Response, AppError> {
    let back = s.href("targets");
    s.remove(&n, |r| Some(&mut r.targets), back).await
}
