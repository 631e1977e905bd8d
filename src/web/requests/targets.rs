//! Step 5: the targets, a list of typed identifiers each with its own time
//! window. Adding, changing and removing work without JavaScript: one page
//! lists them, one page edits one.

use askama::Template;

use super::*;
use crate::domain::identifier::{self, IdentifierKind};
use crate::domain::request::{Target, Window};
use crate::web::form::SummaryRow;
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

fn list_page(
    state: &AppState,
    ctx: Ctx,
    id: String,
    form: Form,
    targets: &[Target],
) -> TargetsPage {
    let listed = listed(state, &ctx, &id, targets);
    TargetsPage {
        ret: ret(&ctx),
        ctx,
        id,
        form,
        targets: listed,
        can_add: targets.len() < MAX_TARGETS,
        step: 5,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    chosen(&state, &draft)?;
    render(&list_page(
        &state,
        ctx,
        id,
        draft.form(),
        &draft.body.targets,
    ))
}

pub(super) async fn list_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) {
        return Ok(saved());
    }
    if draft.body.targets.is_empty() {
        form.add_error("add", ctx.t("error-targets-empty"));
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &list_page(&state, ctx, id, form, &draft.body.targets),
        );
    }
    Ok(next(&ctx, &form, &id, "data"))
}

#[derive(Template)]
#[template(path = "requests/target.html")]
struct TargetPage {
    ctx: Ctx,
    id: String,
    form: Form,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    zones: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn target_page(state: &AppState, ctx: Ctx, user: &User, id: String, form: Form) -> TargetPage {
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
        .map(|j| Choice::new(j.code.as_str(), format!("{} – {}", j.name_en, j.name_local)))
        .collect();
    TargetPage {
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

/// `None` for "new", the index of an existing target, or 404.
fn index(draft: &Draft, n: &str) -> Result<Option<usize>, AppError> {
    if n == "new" {
        return Ok(None);
    }
    match n.parse::<usize>() {
        Ok(i) if i < draft.body.targets.len() => Ok(Some(i)),
        _ => Err(AppError::NotFound),
    }
}

pub(super) async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let draft = load(&state, &user, &id).await?;
    chosen(&state, &draft)?;
    let mut form = draft.form();
    match index(&draft, &n)? {
        Some(i) => {
            let t = &draft.body.targets[i];
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
                set_time(&mut form, "observed", seen);
            }
            if let Some(w) = &t.window {
                set_time(&mut form, "start", &w.start);
                set_time(&mut form, "end", &w.end);
            }
        }
        None if draft.body.targets.len() >= MAX_TARGETS => return Err(AppError::NotFound),
        None => {}
    }
    let zone = default_zone(&state, user.org.country);
    for name in ["observed", "start", "end"] {
        let field = format!("{name}-zone");
        if form.value(&field).is_empty() {
            form.set(&field, zone.as_str());
        }
    }
    render(&target_page(&state, ctx, &user, id, form))
}

pub(super) async fn edit_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let slot = index(&draft, &n)?;
    if slot.is_none() && draft.body.targets.len() >= MAX_TARGETS {
        return Err(AppError::NotFound);
    }
    let mut form = draft.posted(&ctx, &body);
    let target = read_target(&ctx, &mut form, user.org.country);
    if let Some(t) = &target {
        // The request rules judge the target, as check-your-answers will.
        let mut probe = draft.body.clone();
        let at = match slot {
            Some(i) => {
                probe.targets[i] = t.clone();
                i
            }
            None => {
                probe.targets.push(t.clone());
                probe.targets.len() - 1
            }
        };
        show_target_errors(&ctx, &mut form, &check_request(&state, &user, &probe), at);
    }
    match target {
        Some(target) if !form.has_errors() => {
            match slot {
                Some(i) => draft.body.targets[i] = target,
                None => draft.body.targets.push(target),
            }
            if let Err(e) = save(&state, &ctx, &user, &draft, &form).await {
                // Saved from another window meanwhile: say so, keep the answers.
                note_stale(e, &ctx, &mut form)?;
                return render_status(
                    StatusCode::CONFLICT,
                    &target_page(&state, ctx, &user, id, form),
                );
            }
            if saving(&form) {
                return Ok(saved());
            }
            Ok(Redirect::to(&format!("/requests/{id}/targets{}", ret(&ctx))).into_response())
        }
        _ => render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &target_page(&state, ctx, &user, id, form),
        ),
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
            form.add_msg(ctx.locale, field, &f.msg);
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
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = officer(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let form = draft.posted(&ctx, &body);
    let i = index(&draft, &n)?.ok_or(AppError::NotFound)?;
    draft.body.targets.remove(i);
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(Redirect::to(&format!("/requests/{id}/targets{}", ret(&ctx))).into_response())
}
