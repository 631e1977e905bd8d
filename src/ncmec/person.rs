//! The parts of a CyberTipline report that describe people and accounts:
//! persons with their phones and emails, IP capture events, device ids,
//! estimated locations, and the reported user, intended recipients and
//! victims in the schema's order.

use super::Xml;
use crate::domain::report::{
    Account, ContactEmail, ContactPhone, DeviceId, EstimatedLocation, IpEvent, Victim,
};

/// When a moment happened, in ISO 8601 with the offset of its zone.
pub fn time(m: &crate::domain::report::Moment) -> String {
    match m.local() {
        Some(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        None => m.at.strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string(),
    }
}

/// A name split at its last space into the first and last names the
/// schema has; one word is a last name.
pub fn split_name(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.rsplit_once(' ') {
        Some((first, last)) => (first.trim(), last.trim()),
        None => ("", name),
    }
}

/// A phone number: the national part as the value, the country calling
/// code (`+65`) as its attribute, when the number is in E.164.
pub fn phone(x: &mut Xml, tag: &'static str, number: &str, verified: Option<bool>) {
    let mut attrs = Vec::new();
    let mut value = number.trim().to_string();
    if let Ok(n) = phonenumber::parse(None, number.trim()) {
        attrs.push(("countryCallingCode", format!("+{}", n.code().value())));
        value = n.national().value().to_string();
    }
    if let Some(v) = verified {
        attrs.push(("verified", v.to_string()));
    }
    x.text_with(tag, &value, &attrs);
}

fn email(x: &mut Xml, e: &ContactEmail) {
    let attrs: Vec<(&str, String)> = e
        .verified
        .iter()
        .map(|v| ("verified", v.to_string()))
        .collect();
    x.text_with("email", &e.address, &attrs);
}

fn phones_and_emails(x: &mut Xml, phones: &[ContactPhone], emails: &[ContactEmail]) {
    for p in phones {
        phone(x, "phone", &p.number, p.verified);
    }
    for e in emails {
        email(x, e);
    }
}

pub fn ip_event(x: &mut Xml, e: &IpEvent) {
    let Some(address) = e.address else {
        return;
    };
    x.open("ipCaptureEvent", &[]);
    x.text("ipAddress", &address.to_string());
    x.text("eventName", e.event.map_or("", |k| k.ncmec_name()));
    x.text("dateTime", &e.at.as_ref().map(time).unwrap_or_default());
    x.boolean("possibleProxy", e.possible_proxy);
    if let Some(p) = e.valid_port() {
        x.text("port", &p.to_string());
    }
    x.close();
}

fn device(x: &mut Xml, d: &DeviceId) {
    if d.value.trim().is_empty() {
        return;
    }
    x.open("deviceId", &[]);
    x.text(
        "idType",
        if d.kind.trim().is_empty() {
            "Unknown"
        } else {
            &d.kind
        },
    );
    x.text("idValue", &d.value);
    x.close();
}

fn location(x: &mut Xml, l: &Option<EstimatedLocation>) {
    let Some(l) = l.as_ref().filter(|l| !l.is_empty()) else {
        return;
    };
    let attrs: Vec<(&str, String)> = l
        .verified
        .iter()
        .map(|v| ("verified", v.to_string()))
        .collect();
    x.open("estimatedLocation", &attrs);
    x.text("city", &l.city);
    x.text("region", &l.region);
    x.text(
        "countryCode",
        l.country_code
            .map(|c| c.to_string())
            .as_deref()
            .unwrap_or(""),
    );
    x.close();
}

fn person(
    x: &mut Xml,
    tag: &'static str,
    phones: &[ContactPhone],
    emails: &[ContactEmail],
    age: Option<u8>,
) {
    if phones.is_empty() && emails.is_empty() && age.is_none() {
        return;
    }
    x.open(tag, &[]);
    phones_and_emails(x, phones, emails);
    if let Some(a) = age {
        x.text("age", &a.to_string());
    }
    x.close();
}

/// The elements an account shares with the schema's reported user,
/// intended recipient and victim, up to its device ids.
fn account_ids(x: &mut Xml, a: &Account) {
    x.text("espIdentifier", &a.esp_identifier);
    x.text("espService", &a.service);
    x.boolean("compromisedAccount", a.compromised);
    x.text("screenName", &a.screen_name);
    x.text("displayName", &a.display_name);
    for u in &a.profile_urls {
        x.text("profileUrl", u);
    }
    for e in &a.ip_events {
        ip_event(x, e);
    }
    for d in &a.device_ids {
        device(x, d);
    }
}

/// Further reported accounts: the schema has one reported user, so the
/// others go in as its associated accounts with their identifiers.
fn associated(x: &mut Xml, a: &Account) {
    x.open("associatedAccount", &[("accountType", "Other".into())]);
    phones_and_emails(x, &a.phones, &a.emails);
    x.text("espService", &a.service);
    x.text("espIdentifier", &a.esp_identifier);
    for u in &a.profile_urls {
        x.text("profileUrl", u);
    }
    x.text("screenName", &a.screen_name);
    x.text("displayName", &a.display_name);
    for e in &a.ip_events {
        ip_event(x, e);
    }
    for d in &a.device_ids {
        device(x, d);
    }
    x.text("additionalInfo", &a.additional_info);
    x.close();
}

pub fn reported(x: &mut Xml, accounts: &[Account], prior: &[String]) {
    let Some((first, others)) = accounts.split_first() else {
        return;
    };
    x.open("personOrUserReported", &[]);
    person(
        x,
        "personOrUserReportedPerson",
        &first.phones,
        &first.emails,
        None,
    );
    account_ids(x, first);
    for p in prior {
        x.text("priorCTReports", p);
    }
    location(x, &first.estimated_location);
    for a in others {
        associated(x, a);
    }
    x.text("additionalInfo", &first.additional_info);
    x.close();
}

pub fn intended(x: &mut Xml, a: &Account) {
    x.open("intendedRecipient", &[]);
    person(x, "intendedRecipientPerson", &a.phones, &a.emails, None);
    account_ids(x, a);
    location(x, &a.estimated_location);
    x.text("additionalInfo", &a.additional_info);
    x.close();
}

pub fn victim(x: &mut Xml, v: &Victim) {
    x.open("victim", &[]);
    // The schema requires the person: an empty one when nothing is known.
    x.open("victimPerson", &[]);
    phones_and_emails(x, &v.phones, &v.emails);
    if let Some(a) = v.age.stated {
        x.text("age", &a.to_string());
    }
    x.close();
    x.text("espIdentifier", &v.esp_identifier);
    x.text("screenName", &v.screen_name);
    x.text("displayName", &v.display_name);
    for u in &v.profile_urls {
        x.text("profileUrl", u);
    }
    for e in &v.ip_events {
        ip_event(x, e);
    }
    for d in &v.device_ids {
        device(x, d);
    }
    x.text("schoolName", &v.school_name);
    location(x, &v.estimated_location);
    let mut info = Vec::new();
    if let (Some(lo), Some(hi)) = (v.age.estimated_min, v.age.estimated_max) {
        info.push(format!("Estimated age {lo}-{hi}."));
    }
    if !v.age.note.trim().is_empty() {
        info.push(v.age.note.trim().to_string());
    }
    if !v.additional_info.trim().is_empty() {
        info.push(v.additional_info.trim().to_string());
    }
    x.text("additionalInfo", &info.join(" "));
    x.close();
}
