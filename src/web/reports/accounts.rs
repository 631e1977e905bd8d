//! Step 3: the reported accounts, a repeatable list. One page lists them,
//! one page edits an account's identifiers, contact details, devices and
//! estimated location, and each account has its own list of IP capture
//! events (`ip_events.rs`).

use super::*;
use crate::app::projection::report::account;
use crate::domain::email::EmailAddress;
use crate::domain::report::{Account, ContactEmail, ContactPhone, DeviceId, EstimatedLocation};

/// More is a bulk report that police ask to split.
const MAX_ACCOUNTS: usize = 20;
/// Email and phone boxes offered at least.
const MIN_SLOTS: usize = 3;

pub(super) async fn list(Opened(s): Opened<Reports>) -> Result<Response, AppError> {
    s.show(list_page)
}

fn list_page(s: Page) -> ListPage {
    let (cx, id, r) = (projection(&s.state, &s.ctx), s.id(), ret(&s.ctx));
    let parts = (s.draft.body.reported_persons.iter().enumerate())
        .map(|(i, a)| {
            let events = (
                s.ctx
                    .t1("report-account-ip-events-link", "count", a.ip_events.len()),
                format!("/reports/{id}/accounts/{i}/ip-events{r}"),
            );
            (account(&cx, i, a), Some(events))
        })
        .collect();
    let texts = SectionTexts {
        question: "report-accounts-question",
        intro: "report-accounts-intro",
        none: "report-accounts-none",
        add: "report-accounts-add",
        add_another: "report-accounts-add-another",
        why: "report-accounts-why",
    };
    section_page(s, "accounts", texts, parts, "online", 4)
}

pub(super) async fn list_submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    if !saving(&s.form) && s.draft.body.reported_persons.is_empty() {
        s.form
            .add_error("add", s.ctx.t("report-error-accounts-empty"));
        return s.refuse(list_page);
    }
    Ok(s.next("victims"))
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
    /// What each box holds ("Email address 2"), and the group's hint.
    slot_label: &'static str,
    hint: &'static str,
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

fn account_page(s: Page) -> AccountPage {
    let Step {
        ref state,
        ctx,
        ref draft,
        form,
        ..
    } = s;
    let id = draft.doc.public_id.clone();
    AccountPage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        groups: vec![
            SlotGroup {
                id: "emails",
                legend: "report-account-emails",
                slot_label: "report-account-email-slot",
                hint: "report-account-emails-hint",
                kind: "email",
                slots: slots("email", slots_in(&form, "email")),
            },
            SlotGroup {
                id: "phones",
                legend: "report-account-phones",
                slot_label: "report-account-phone-slot",
                hint: "report-account-phones-hint",
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
    Path((_, n)): Path<(String, String)>,
    Opened(mut s): Opened<Reports>,
) -> Result<Response, AppError> {
    let accounts = &s.draft.body.reported_persons;
    if let Some(i) = slot(accounts.len(), MAX_ACCOUNTS, &n)? {
        let (a, form) = (&accounts[i], &mut s.form);
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
            set_bool(form, "location_verified", l.verified);
        }
        form.set("additional_info", a.additional_info.as_str());
    }
    s.show(account_page)
}

pub(super) async fn edit_submit(
    Path((_, n)): Path<(String, String)>,
    Posted(mut s): Posted<Reports>,
) -> Result<Response, AppError> {
    let accounts = &s.draft.body.reported_persons;
    let at = slot(accounts.len(), MAX_ACCOUNTS, &n)?;
    let base = at.map(|i| accounts[i].clone()).unwrap_or_default();
    // National numbers are read in the destination's plan, as officers'
    // are in theirs.
    let plan = s
        .draft
        .body
        .destination
        .jurisdiction
        .unwrap_or(s.user.org.country);
    let countries = national_id_jurisdictions(&s.draft.body);
    let Some(account) = read_account(&s.ctx, &mut s.form, base, plan, &countries) else {
        return s.refuse(account_page);
    };
    let i = put(&mut s.draft.body.reported_persons, at, account);
    // Next, the account's IP capture events; an account changed from check
    // your answers goes back there, its events listed there too.
    let to = match (at, s.ctx.returning) {
        (Some(_), true) => format!("/reports/{}/check", s.id()),
        _ => s.href(&format!("accounts/{i}/ip-events")),
    };
    s.save_element(to, account_page).await
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
    Path((_, n)): Path<(String, String)>,
    Posted(s): Posted<Reports>,
) -> Result<Response, AppError> {
    let back = s.href("accounts");
    s.remove(&n, |r| Some(&mut r.reported_persons), back).await
}
