//! What the step-by-step builders (records requests and APAC reports) share:
//! reading forms, "Save and come back later", the date-time component and
//! the national-ID guard on free text.

use axum::response::{IntoResponse, Redirect, Response};

use super::AppState;
use super::form::{Choice, Form};
use super::page::Ctx;
use crate::app::Loaded;
use crate::domain::country::CountryCode;
use crate::domain::national_id;
use crate::domain::time::{LocalParts, parse_local, zone_names};
pub use crate::i18n::{enum_key, enum_str};

pub mod list;
pub mod step;

pub use step::{Builder, Opened, Posted, Step};

/// Forms of a stored draft carry the revision they were rendered from, so
/// a save made from an older page is noticed.
pub trait DraftForms {
    /// An empty form for a page of the draft as it is now.
    fn form(&self) -> Form;
    /// The posted form. When it was rendered from an older revision, the
    /// problem is on the form (so the step shows it with the values kept)
    /// and the form now carries the current revision: saving again is a
    /// deliberate choice to keep these answers.
    fn posted(&self, ctx: &Ctx, body: &[u8]) -> Form;
    /// The revision check of [`DraftForms::posted`] on a form read otherwise
    /// (a multipart upload).
    fn check_revision(&self, ctx: &Ctx, form: &mut Form);
}

impl<T> DraftForms for Loaded<T> {
    fn form(&self) -> Form {
        let mut f = Form::new();
        f.set(REVISION, self.doc.revision.to_string());
        f
    }

    fn posted(&self, ctx: &Ctx, body: &[u8]) -> Form {
        let mut f = Form::from_body(body);
        self.check_revision(ctx, &mut f);
        f
    }

    fn check_revision(&self, ctx: &Ctx, f: &mut Form) {
        let current = self.doc.revision.to_string();
        let sent = f.value(REVISION).trim().to_string();
        if !sent.is_empty() && sent != current {
            f.add_error(REVISION, ctx.t("refusal-stale"));
        }
        f.set(REVISION, current);
    }
}

/// Refuses to save answers from a page of an older revision of the draft.
/// Steps that re-render with their errors never get here with such a form;
/// this is the guard for any that would.
pub fn refuse_stale(form: &Form) -> Result<(), super::error::AppError> {
    match form.error(REVISION) {
        Some(_) => Err(super::error::AppError::Refused(
            crate::app::Refusal::Stale { current: 0 },
        )),
        None => Ok(()),
    }
}

/// Puts a refused stale save on the form (the caller re-renders the step
/// with the answers kept); any other error is passed on.
pub fn note_stale(
    e: super::error::AppError,
    ctx: &Ctx,
    form: &mut Form,
) -> Result<(), super::error::AppError> {
    match e {
        super::error::AppError::Refused(crate::app::Refusal::Stale { current }) => {
            form.add_error(REVISION, ctx.t("refusal-stale"));
            // Saving again from the re-rendered page keeps these answers.
            if current > 0 {
                form.set(REVISION, current.to_string());
            }
            Ok(())
        }
        e => Err(e),
    }
}

/// The hidden field that carries a draft's revision.
pub const REVISION: &str = "revision";

/// Whether the user pressed "Save and come back later".
pub fn saving(form: &Form) -> bool {
    form.value("action") == "save"
}

/// Back to the dashboard, which confirms the answers were kept.
pub fn saved() -> Response {
    Redirect::to("/?saved=1").into_response()
}

/// `?return=check` to keep on links when the user came from
/// check-your-answers.
pub fn ret(ctx: &Ctx) -> &'static str {
    if ctx.returning { "?return=check" } else { "" }
}

/// The zone box's choices: the likely ones in a first group (UTC, since
/// platform logs are kept in it, then the zones of `first` and of every
/// jurisdiction), then every other IANA zone, so a log time from a US
/// data centre can be entered as the log gives it.
#[derive(Default)]
pub struct Zones {
    pub likely: Vec<Choice>,
    pub others: Vec<&'static str>,
}

/// The zones for a document whose own jurisdiction is `first`.
pub fn zone_choices(state: &AppState, first: CountryCode) -> Zones {
    let own = state.directory.jurisdiction(first);
    let jurisdictions = own
        .into_iter()
        .chain(state.directory.jurisdictions().iter())
        .flat_map(|j| j.zones.iter().map(|z| z.name().to_string()));
    let mut seen = std::collections::HashSet::new();
    let likely: Vec<Choice> = std::iter::once("UTC".to_string())
        .chain(jurisdictions)
        .filter(|z| seen.insert(z.clone()))
        .map(|z| Choice::new(z.clone(), z))
        .collect();
    let others = zone_names()
        .iter()
        .map(String::as_str)
        .filter(|z| !seen.contains(*z))
        .collect();
    Zones { likely, others }
}

/// Fills the date-time component `name` with a wall-clock time and its
/// zone; the seconds box is filled when the seconds are known.
pub fn fill_time(
    form: &mut Form,
    name: &str,
    local: Option<&jiff::Zoned>,
    zone: &str,
    seconds: bool,
) {
    if let Some(z) = local {
        form.set(&format!("{name}-day"), z.day().to_string());
        form.set(&format!("{name}-month"), z.month().to_string());
        form.set(&format!("{name}-year"), z.year().to_string());
        form.set(&format!("{name}-hour"), format!("{:02}", z.hour()));
        form.set(&format!("{name}-minute"), format!("{:02}", z.minute()));
        if seconds || z.second() != 0 {
            form.set(&format!("{name}-second"), format!("{:02}", z.second()));
        }
    }
    form.set(&format!("{name}-zone"), zone);
}

/// A time read from the date-time component, and whether its seconds were
/// typed (`:00` included) rather than left empty.
pub struct Typed {
    pub zoned: jiff::Zoned,
    pub seconds: bool,
}

/// Reads the date-time component `name`; an error goes on the form.
pub fn read_zoned(ctx: &Ctx, form: &mut Form, name: &str) -> Option<Typed> {
    let v = |part: &str| form.value(&format!("{name}-{part}")).to_string();
    let (d, mo, y, h, mi, s, z) = (
        v("day"),
        v("month"),
        v("year"),
        v("hour"),
        v("minute"),
        v("second"),
        v("zone"),
    );
    let parts = LocalParts {
        day: &d,
        month: &mo,
        year: &y,
        hour: &h,
        minute: &mi,
        second: &s,
        zone: &z,
    };
    match parse_local(parts) {
        Ok(zoned) => Some(Typed {
            zoned,
            seconds: parts.has_seconds(),
        }),
        Err(m) => {
            form.add_msg(ctx.locale, name, &m);
            None
        }
    }
}

/// Whether any box of the date-time component `name` was filled in.
pub fn time_given(form: &Form, name: &str) -> bool {
    ["day", "month", "year", "hour", "minute", "second"]
        .iter()
        .any(|p| !form.value(&format!("{name}-{p}")).trim().is_empty())
}

/// Refuses national identity numbers at the step where they are typed
/// (DESIGN invariant 3), as the rules will judge them: `field` says what the
/// fields hold, `jurisdictions` whose numbers the document is likely to
/// meet. A number that may be something else is not refused here:
/// check-your-answers asks the user to acknowledge it.
pub fn refuse_national_ids(
    ctx: &Ctx,
    form: &mut Form,
    fields: &[&str],
    field: national_id::Field,
    jurisdictions: &[CountryCode],
) {
    for name in fields {
        if let Some(message) = national_id_error(ctx, form.value(name), field, jurisdictions) {
            form.add_error(name, message);
        }
    }
    warn_unprintable(ctx, form, fields);
}

/// The hidden field that carries the characters the user was told the PDF
/// cannot print, so the next Continue keeps them.
pub const UNPRINTABLE_SEEN: &str = "unprintable_seen";

/// Text the package PDF cannot print (no shipped font covers its script)
/// is said at the step where it is typed: the first Continue shows the
/// page again with the characters named on their fields; continuing again
/// keeps them as typed (the JSON carries them; the PDF would show U+FFFD).
pub fn warn_unprintable(ctx: &Ctx, form: &mut Form, fields: &[&str]) {
    let seen: Vec<char> = form.value(UNPRINTABLE_SEEN).chars().collect();
    let mut told = seen.clone();
    for name in fields {
        let Ok(chars) = crate::package::text::unprintable(form.value(name)) else {
            continue;
        };
        let new: Vec<char> = chars.into_iter().filter(|c| !seen.contains(c)).collect();
        if new.is_empty() || form.error(name).is_some() {
            continue;
        }
        let shown: String = new.iter().collect();
        form.add_error(name, ctx.t1("warning-unprintable-step", "chars", shown));
        for c in new {
            if !told.contains(&c) {
                told.push(c);
            }
        }
    }
    if told != seen {
        form.set(UNPRINTABLE_SEEN, told.into_iter().collect::<String>());
    }
}

/// The message refusing the national identity numbers in `text`, if the
/// guard refuses any.
pub fn national_id_error(
    ctx: &Ctx,
    text: &str,
    field: national_id::Field,
    jurisdictions: &[CountryCode],
) -> Option<String> {
    let flags = national_id::judge(text, field, jurisdictions);
    let (national_id::Severity::Error, kinds) = national_id::strongest(&flags)? else {
        return None;
    };
    let names: Vec<String> = kinds.iter().map(|k| ctx.t(k.name_key())).collect();
    Some(ctx.t1("error-national-id", "id_type", names.join(" / ")))
}

/// Puts the rule errors under `prefix` (`incident`, `files[0]`) on the
/// form field named by the next segment of their path, or by its alias
/// where the form names the question differently (`occurred_at` is asked
/// as `occurred`), so a step shows what check-your-answers would. A field
/// keeps the first message it gets. Missing fields (`required_field`) are
/// left to check-your-answers: a draft may be incomplete.
pub fn show_rule_errors(
    ctx: &Ctx,
    form: &mut Form,
    errors: &[crate::rules::Finding],
    prefix: &str,
    aliases: &[(&str, &str)],
) {
    for f in errors.iter().filter(|f| f.code != "required_field") {
        let Some(rest) = f
            .path
            .strip_prefix(prefix)
            .and_then(|p| p.strip_prefix('.'))
        else {
            continue;
        };
        let field = rest.split(['.', '[']).next().unwrap_or(rest);
        let field = aliases
            .iter()
            .find(|(path, _)| *path == field)
            .map_or(field, |(_, name)| *name);
        if form.error(field).is_none() {
            form.add_error(field, f.render(ctx.locale));
        }
    }
}
