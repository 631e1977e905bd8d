//! Step 3: the reported accounts, a repeatable list. One page lists them,
//! one page edits an account's identifiers, contact details, devices and
//! estimated location, and each account has its own list of IP capture
//! events (`ip_events.rs`).

use super::*;
use crate::app::projection::report::account;
use crate::domain::email::EmailAddress;
use crate::domain::report::{Account, ContactEmail, ContactPhone, DeviceId, EstimatedLocation};
use crate::web::summary;

/// More is a bulk report that police ask to split.
const MAX_ACCOUNTS: usize = 20;
/// Email and phone boxes offered at least.
const MIN_SLOTS: usize = 3;

pub(super) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    render(&list_page(&state, ctx, &draft, draft.form()))
}

fn list_page(state: &AppState, ctx: Ctx, draft: &Draft, form: Form) -> ListPage {
    let id = &draft.doc.public_id;
    let r = ret(&ctx);
    let items = draft
        .body
        .reported_persons
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let href = format!("/reports/{id}/accounts/{i}{r}");
            let part = account(&projection(state, &ctx), i, a);
            Listed {
                title: part.subtitle.clone(),
                rows: summary::rows(&ctx, &part, &href),
                remove: format!("/reports/{id}/accounts/{i}/remove{r}"),
                more: Some((
                    ctx.t1("report-account-ip-events-link", "count", a.ip_events.len()),
                    format!("/reports/{id}/accounts/{i}/ip-events{r}"),
                )),
            }
        })
        .collect();
    ListPage {
        panel: Panel::of(state, &ctx, id, &draft.body),
        heading: ctx.t("report-accounts-question"),
        intro: ctx.t("report-accounts-intro"),
        none: ctx.t("report-accounts-none"),
        items,
        add_href: format!("/reports/{id}/accounts/new{r}"),
        add_label: ctx.t(if draft.body.reported_persons.is_empty() {
            "report-accounts-add"
        } else {
            "report-accounts-add-another"
        }),
        back: format!("/reports/{id}/online{r}"),
        why: "report-accounts-why",
        ctx,
        form,
        step: 4,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn list_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    if saving(&form) {
        return Ok(saved());
    }
    if draft.body.reported_persons.is_empty() {
        form.add_error("add", ctx.t("report-error-accounts-empty"));
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &list_page(&state, ctx, &draft, form),
        );
    }
    Ok(next(&ctx, &form, &id, "victims"))
}

/// A numbered box for an email or phone, and its "verified" tick.
struct Slot {
    name: String,
    verified: String,
}

/// The email or the phone boxes of an account.
struct SlotGroup {
    id: &'static str,
    legend: &'static str,
    kind: &'static str,
    slots: Vec<Slot>,
}

fn slots(prefix: &str, n: usize) -> Vec<Slot> {
    (1..=n)
        .map(|i| Slot {
            name: format!("{prefix}_{i}"),
            verified: format!("{prefix}_{i}_verified"),
        })
        .collect()
}

/// How many boxes to show: every filled one and a spare, at least three.
fn slots_in(form: &Form, prefix: &str) -> usize {
    let last = (1..=50)
        .filter(|i| !form.value(&format!("{prefix}_{i}")).trim().is_empty())
        .max()
        .unwrap_or(0);
    (last + 1).max(MIN_SLOTS)
}

#[derive(Template)]
#[template(path = "reports/account.html")]
struct AccountPage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    groups: Vec<SlotGroup>,
    countries: Vec<Choice>,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn account_page(state: &AppState, ctx: Ctx, draft: &Draft, form: Form) -> AccountPage {
    let id = draft.doc.public_id.clone();
    AccountPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        groups: vec![
            SlotGroup {
                id: "emails",
                legend: "report-account-emails",
                kind: "email",
                slots: slots("email", slots_in(&form, "email")),
            },
            SlotGroup {
                id: "phones",
                legend: "report-account-phones",
                kind: "tel",
                slots: slots("phone", slots_in(&form, "phone")),
            },
        ],
        countries: country_choices(state),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 4,
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
    match index(draft.body.reported_persons.len(), &n)? {
        Some(i) => {
            let a = &draft.body.reported_persons[i];
            form.set("esp_identifier", a.esp_identifier.as_str());
            form.set("screen_name", a.screen_name.as_str());
            form.set("display_name", a.display_name.as_str());
            form.set("profile_urls", a.profile_urls.join("\n"));
            for (j, e) in a.emails.iter().enumerate() {
                form.set(&format!("email_{}", j + 1), e.address.as_str());
                if e.verified == Some(true) {
                    form.set(&format!("email_{}_verified", j + 1), "yes");
                }
            }
            for (j, p) in a.phones.iter().enumerate() {
                form.set(&format!("phone_{}", j + 1), p.number.as_str());
                if p.verified == Some(true) {
                    form.set(&format!("phone_{}_verified", j + 1), "yes");
                }
            }
            let devices: Vec<String> = a
                .device_ids
                .iter()
                .map(|d| format!("{}: {}", d.kind, d.value))
                .collect();
            form.set("device_ids", devices.join("\n"));
            if let Some(l) = &a.estimated_location {
                form.set("city", l.city.as_str());
                form.set("region", l.region.as_str());
                if let Some(c) = l.country_code {
                    form.set("country", c.as_str());
                }
                set_bool(&mut form, "location_verified", l.verified);
            }
            form.set("additional_info", a.additional_info.as_str());
        }
        None if draft.body.reported_persons.len() >= MAX_ACCOUNTS => {
            return Err(AppError::NotFound);
        }
        None => {}
    }
    render(&account_page(&state, ctx, &draft, form))
}

pub(super) async fn edit_submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, n)): Path<(String, String)>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let slot = index(draft.body.reported_persons.len(), &n)?;
    if slot.is_none() && draft.body.reported_persons.len() >= MAX_ACCOUNTS {
        return Err(AppError::NotFound);
    }
    let mut form = draft.posted(&ctx, &body);
    let existing = slot.map(|i| draft.body.reported_persons[i].clone());
    // National numbers are read in the destination's plan, as officers'
    // are in theirs.
    let plan = draft
        .body
        .destination
        .jurisdiction
        .unwrap_or(user.org.country);
    let Some(account) = read_account(
        &ctx,
        &mut form,
        existing.unwrap_or_default(),
        plan,
        &national_id_jurisdictions(&draft.body),
    ) else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &account_page(&state, ctx, &draft, form),
        );
    };
    let i = match slot {
        Some(i) => {
            draft.body.reported_persons[i] = account;
            i
        }
        None => {
            draft.body.reported_persons.push(account);
            draft.body.reported_persons.len() - 1
        }
    };
    if let Err(e) = save(&state, &ctx, &user, &draft, &form).await {
        // Saved from another window meanwhile: say so, keep the answers.
        note_stale(e, &ctx, &mut form)?;
        return render_status(
            StatusCode::CONFLICT,
            &account_page(&state, ctx, &draft, form),
        );
    }
    if saving(&form) {
        return Ok(saved());
    }
    // Next, the account's IP capture events.
    let to = format!("/reports/{id}/accounts/{i}/ip-events{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}

/// The form over `base` (which keeps the account's IP events and fields
/// the form does not show), or `None` with every problem on the form.
fn read_account(
    ctx: &Ctx,
    form: &mut Form,
    base: Account,
    plan: crate::domain::country::CountryCode,
    countries: &[CountryCode],
) -> Option<Account> {
    let mut a = base;
    a.esp_identifier = text(ctx, form, "esp_identifier", 200);
    a.screen_name = text(ctx, form, "screen_name", 200);
    a.display_name = text(ctx, form, "display_name", 200);
    a.profile_urls = lines(form, "profile_urls");
    if !a.profile_urls.iter().all(|u| web_url(u)) {
        form.add_error("profile_urls", ctx.t("report-error-url"));
    }
    a.emails = Vec::new();
    for i in 1..=slots_in(form, "email") {
        let name = format!("email_{i}");
        let address = form.value(&name).trim().to_string();
        if address.is_empty() {
            continue;
        }
        if EmailAddress::parse(&address).is_err() {
            form.add_error(&name, ctx.t("report-email-format"));
        }
        a.emails.push(ContactEmail {
            address,
            verified: Some(form.value(&format!("{name}_verified")) == "yes"),
        });
    }
    a.phones = Vec::new();
    for i in 1..=slots_in(form, "phone") {
        let name = format!("phone_{i}");
        let number: String = form
            .value(&name)
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
            .collect();
        if number.is_empty() {
            continue;
        }
        let number = crate::domain::phone::PhoneNumber::parse(&number, plan)
            .map(|p| p.to_string())
            .unwrap_or(number);
        let digits = number.strip_prefix('+').unwrap_or("");
        if digits.len() < 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            form.add_error(&name, ctx.t("report-phone-format"));
        }
        a.phones.push(ContactPhone {
            number,
            verified: Some(form.value(&format!("{name}_verified")) == "yes"),
        });
    }
    a.device_ids = lines(form, "device_ids")
        .into_iter()
        .map(|l| match l.split_once(':') {
            Some((k, v)) => DeviceId {
                kind: k.trim().to_string(),
                value: v.trim().to_string(),
            },
            None => DeviceId {
                kind: String::new(),
                value: l,
            },
        })
        .collect();
    let location = EstimatedLocation {
        city: text(ctx, form, "city", 200),
        region: text(ctx, form, "region", 200),
        country_code: read_country(ctx, form, "country"),
        verified: read_bool(form, "location_verified"),
    };
    a.estimated_location = (!location.is_empty()).then_some(location);
    a.additional_info = text(ctx, form, "additional_info", 3000);
    if !a.has_identifier() {
        form.add_error("esp_identifier", ctx.t("report-error-account-empty"));
    }
    let words = [
        "screen_name",
        "display_name",
        "city",
        "region",
        "additional_info",
    ];
    // The person's own country is in play as soon as it is given.
    let mut countries = countries.to_vec();
    countries.extend(a.estimated_location.as_ref().and_then(|l| l.country_code));
    refuse_national_ids(ctx, form, &words, Field::Text, &countries);
    let mut typed = vec![
        "esp_identifier".to_string(),
        "profile_urls".into(),
        "device_ids".into(),
    ];
    typed.extend((1..=slots_in(form, "email")).map(|i| format!("email_{i}")));
    typed.extend((1..=slots_in(form, "phone")).map(|i| format!("phone_{i}")));
    let typed: Vec<&str> = typed.iter().map(String::as_str).collect();
    refuse_national_ids(ctx, form, &typed, Field::Identifier, &countries);
    if form.has_errors() { None } else { Some(a) }
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
    let i = index(draft.body.reported_persons.len(), &n)?.ok_or(AppError::NotFound)?;
    draft.body.reported_persons.remove(i);
    save(&state, &ctx, &user, &draft, &form).await?;
    let to = format!("/reports/{id}/accounts{}", ret(&ctx));
    Ok(Redirect::to(&to).into_response())
}
