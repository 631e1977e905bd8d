//! The APAC report as labelled parts, in the order of the wizard: check your
//! answers (with Change links), the review page and the package PDF all
//! show these. Every field of the document appears, whether the wizard
//! asks it or an integrator sent it, and the four-eyes trace when there is
//! one.

use super::{Part, Records};
use crate::directory::Directory;
use crate::domain::report::{
    Account, AgeIndicators, ContactEmail, ContactPhone, DeviceId, EstimatedLocation,
    InternetDetail, IpEvent, Moment, Report, ReportedFile, Victim,
};
use crate::i18n::{Locale, enum_key, enum_str};
use crate::rules::Rules;
use crate::store::ReviewEntry;

/// "2026-11-19 21:40:00 Asia/Manila (13:40:00 UTC)", or UTC alone.
pub fn both_times(m: &Moment) -> String {
    let utc = m.at.strftime("%Y-%m-%d %H:%M:%S UTC");
    match (m.local(), &m.zone) {
        (Some(z), Some(name)) => format!(
            "{} {} ({utc})",
            z.strftime("%Y-%m-%d %H:%M:%S"),
            name.as_str()
        ),
        _ => utc.to_string(),
    }
}

/// What the projection needs besides the report: names from the directory
/// and the rule packs, and the language of the values.
pub struct Context<'a> {
    pub rules: &'a Rules,
    pub directory: &'a Directory,
    pub values: Locale,
}

impl Context<'_> {
    fn t(&self, key: &str) -> String {
        self.values.t(key)
    }

    fn yes_no(&self, v: Option<bool>) -> String {
        match v {
            Some(true) => self.t("yes"),
            Some(false) => self.t("no"),
            None => String::new(),
        }
    }

    /// A choice as the wizard labels it; its data value in words where the
    /// wizard has no label.
    fn choice<T: serde::Serialize>(&self, prefix: &str, v: &T) -> String {
        let key = enum_key(prefix, v);
        if self.values.has_key(&key) {
            self.t(&key)
        } else {
            enum_str(v).replace('_', " ")
        }
    }

    fn time(&self, m: &Option<Moment>) -> String {
        m.as_ref().map(both_times).unwrap_or_default()
    }

    fn country(&self, c: Option<crate::domain::country::CountryCode>) -> String {
        c.map(|c| {
            self.directory
                .jurisdiction(c)
                .map(|j| j.name_en.clone())
                .unwrap_or_else(|| c.to_string())
        })
        .unwrap_or_default()
    }

    fn verified(&self, value: &str, v: Option<bool>) -> String {
        let mark = match v {
            Some(true) => self.t("report-verified"),
            _ => self.t("report-not-verified"),
        };
        format!("{value} ({mark})")
    }

    fn emails(&self, e: &[ContactEmail]) -> String {
        lines(e.iter().map(|e| self.verified(&e.address, e.verified)))
    }

    fn phones(&self, p: &[ContactPhone]) -> String {
        lines(p.iter().map(|p| self.verified(&p.number, p.verified)))
    }

    fn location(&self, l: Option<&EstimatedLocation>) -> String {
        let Some(l) = l.filter(|l| !l.is_empty()) else {
            return String::new();
        };
        let parts: Vec<String> = [
            l.city.clone(),
            l.region.clone(),
            self.country(l.country_code),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
        self.verified(&parts.join(", "), l.verified)
    }

    fn age(&self, a: &AgeIndicators) -> String {
        let mut parts = Vec::new();
        if let Some(s) = a.stated {
            parts.push(
                self.values
                    .t_args("report-victim-age-stated-value", &[("age", &s.to_string())]),
            );
        }
        if a.estimated_min.is_some() || a.estimated_max.is_some() {
            let n = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "?".into());
            parts.push(self.values.t_args(
                "report-victim-age-estimated-value",
                &[("min", &n(a.estimated_min)), ("max", &n(a.estimated_max))],
            ));
        }
        let bases: Vec<String> = a
            .basis
            .iter()
            .map(|b| self.choice("report-age-basis", b))
            .collect();
        if !bases.is_empty() {
            parts.push(bases.join(", "));
        }
        if !a.note.is_empty() {
            parts.push(a.note.clone());
        }
        parts.join("\n")
    }
}

fn lines(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("\n")
}

fn devices(d: &[DeviceId]) -> String {
    lines(d.iter().map(|d| format!("{}: {}", d.kind, d.value)))
}

/// Every part of `r`, with the four-eyes steps of `history`.
pub fn parts(cx: &Context<'_>, r: &Report, history: &[ReviewEntry]) -> Vec<Part> {
    let mut out = vec![destination(cx, r), incident(cx, r), online(cx, r)];
    accounts(cx, r, &mut out);
    victims(cx, r, &mut out);
    files(cx, r, &mut out);
    out.push(livestream(cx, r));
    out.push(prior(cx, r));
    out.push(reporter(cx, r));
    if let Some(trace) = review_trace(history) {
        out.push(trace);
    }
    out
}

fn destination(cx: &Context<'_>, r: &Report) -> Part {
    let d = &r.destination;
    let authority = d
        .jurisdiction
        .and_then(|c| cx.rules.pack(c))
        .and_then(|p| p.authority(&d.authority))
        .map(|a| a.name.clone())
        .unwrap_or_else(|| d.authority.clone());
    let mut p = Part::new("report-section-destination", "destination");
    p.row("report-destination-label", cx.country(d.jurisdiction));
    p.row("report-authority-label", authority);
    p.row(
        "report-zone-label",
        d.zone
            .as_ref()
            .map(|z| z.as_str().to_string())
            .unwrap_or_default(),
    );
    p.row("report-ncmec-question", cx.yes_no(d.also_to_ncmec));
    p
}

fn incident(cx: &Context<'_>, r: &Report) -> Part {
    let i = &r.incident;
    let harm = cx
        .rules
        .taxonomy
        .harm(&i.harm)
        .map(|h| cx.t(&h.label_key))
        .unwrap_or_else(|| i.harm.clone());
    let mut p = Part::new("report-section-incident", "incident");
    p.row("report-incident-harm", harm);
    p.derived(
        "report-incident-ncmec",
        i.incident_type
            .map(|t| t.ncmec_value().to_string())
            .unwrap_or_default(),
    );
    p.row(
        "report-incident-annotations",
        i.report_annotations
            .iter()
            .map(|a| cx.choice("report-annotation", a))
            .collect::<Vec<_>>()
            .join(", "),
    );
    p.row("report-incident-occurred", cx.time(&i.occurred_at));
    p.row(
        "report-incident-time-description",
        i.time_description.clone(),
    );
    p.row("report-incident-platform", i.platform.clone());
    p.row(
        "report-incident-imminent",
        cx.yes_no(i.child_at_imminent_risk),
    );
    p.row("report-incident-escalation", i.escalation_reason.clone());
    p.row("report-incident-aware", cx.time(&r.aware_at));
    p
}

/// Where online: each kind of internet detail in its own words.
fn online(cx: &Context<'_>, r: &Report) -> Part {
    let mut p = Part::new("report-section-online", "online");
    for d in &r.internet_details {
        match d {
            InternetDetail::WebPage {
                urls,
                third_party_hosted,
                additional_info,
            } => {
                p.row("report-online-urls", urls.join("\n"));
                p.row("report-online-third-party", cx.yes_no(*third_party_hosted));
                p.row("report-online-web-note", additional_info.clone());
            }
            InternetDetail::ChatIm {
                client,
                room,
                additional_info,
            } => {
                p.row("report-online-chat-client", client.clone());
                p.row("report-online-chat-room", room.clone());
                p.row("report-online-chat-note", additional_info.clone());
            }
            InternetDetail::Email {
                addresses,
                additional_info,
            } => {
                p.row("report-online-email", addresses.join("\n"));
                p.row("report-online-email-note", additional_info.clone());
            }
            InternetDetail::OnlineGaming {
                game,
                console,
                additional_info,
            } => {
                p.row(
                    "report-online-game",
                    format!("{game} {console}").trim().to_string(),
                );
                p.row("report-online-game-note", additional_info.clone());
            }
            InternetDetail::CellPhone {
                phone,
                additional_info,
            } => {
                p.row("report-online-phone", phone.clone());
                p.row("report-online-phone-note", additional_info.clone());
            }
            InternetDetail::PeerToPeer {
                client,
                ip_events,
                file_names,
            } => {
                p.row("report-online-p2p", client.clone());
                p.row("report-online-p2p-files", file_names.join("\n"));
                if !ip_events.is_empty() {
                    p.records = Some(ip_records(cx, ip_events.iter().map(|e| (String::new(), e))));
                }
            }
            InternetDetail::NonInternet {
                location_name,
                address,
            } => {
                p.row(
                    "report-online-offline",
                    format!("{location_name}\n{address}").trim().to_string(),
                );
            }
        }
    }
    if r.internet_details.is_empty() {
        p.row("report-online-urls", String::new());
    }
    p
}

/// "Viewed by R. Santos, 2026-11-20 …" once a viewing is attested.
pub fn review_text(cx: &Context<'_>, f: &ReportedFile) -> String {
    match (f.viewed_by_person, &f.review) {
        (Some(true), Some(r)) if f.review_attested() => cx.values.t_args(
            "report-file-attested-by",
            &[("name", &r.reviewer), ("at", &cx.time(&r.at))],
        ),
        (v, _) => cx.yes_no(v),
    }
}

/// IP capture events as records: address, port (or why none), event, time,
/// proxy; `who` names the account they belong to.
pub fn ip_records<'a>(
    cx: &Context<'_>,
    events: impl Iterator<Item = (String, &'a IpEvent)>,
) -> Records {
    let rows = events
        .map(|(who, e)| {
            let port = match e.port {
                Some(p) => p.to_string(),
                None if !e.port_missing_reason.is_empty() => {
                    format!(
                        "{} – {}",
                        cx.t("report-ip-port-none"),
                        e.port_missing_reason
                    )
                }
                None => String::new(),
            };
            vec![
                who,
                e.address.map(|a| a.to_string()).unwrap_or_default(),
                port,
                e.event
                    .as_ref()
                    .map(|k| cx.choice("report-ip-event", k))
                    .unwrap_or_default(),
                cx.time(&e.at),
                cx.yes_no(e.possible_proxy),
            ]
        })
        .collect();
    Records {
        columns: vec![
            "report-section-account",
            "report-ip-address",
            "report-ip-port",
            "report-ip-event",
            "report-ip-at",
            "report-ip-proxy",
        ],
        rows,
    }
}

/// The name a listed person goes by: screen name, else platform id, else
/// "Account 2".
fn person_title(cx: &Context<'_>, key: &str, n: usize, names: [&str; 2]) -> String {
    names
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .map(String::from)
        .unwrap_or_else(|| cx.values.t_args(key, &[("number", &(n + 1).to_string())]))
}

/// Reported account `n` (0-based) as its own part.
pub fn account(cx: &Context<'_>, n: usize, a: &Account) -> Part {
    let title = person_title(
        cx,
        "report-account-numbered",
        n,
        [&a.screen_name, &a.esp_identifier],
    );
    let mut p = Part::new("report-section-account", format!("accounts/{n}")).named(title);
    p.row("report-account-service", a.service.clone());
    p.row("report-account-esp-id", a.esp_identifier.clone());
    p.row("report-account-screen-name", a.screen_name.clone());
    p.row("report-account-display-name", a.display_name.clone());
    p.row("report-account-profile-urls", a.profile_urls.join("\n"));
    p.row("report-account-emails", cx.emails(&a.emails));
    p.row("report-account-phones", cx.phones(&a.phones));
    p.row("report-account-devices", devices(&a.device_ids));
    p.row(
        "report-location",
        cx.location(a.estimated_location.as_ref()),
    );
    p.row("report-account-compromised", cx.yes_no(a.compromised));
    p.row("report-additional-info", a.additional_info.clone());
    p
}

fn accounts(cx: &Context<'_>, r: &Report, out: &mut Vec<Part>) {
    if r.reported_persons.is_empty() {
        let mut p = Part::new("report-section-accounts", "accounts");
        p.row("report-accounts-question", String::new());
        out.push(p);
    }
    for (n, a) in r.reported_persons.iter().enumerate() {
        out.push(account(cx, n, a));
    }
    // The IP events of every account in one list, as police read them.
    let events: Vec<(String, &IpEvent)> = r
        .reported_persons
        .iter()
        .enumerate()
        .flat_map(|(n, a)| a.ip_events.iter().map(move |e| (format!("#{}", n + 1), e)))
        .collect();
    if !events.is_empty() {
        let mut p = Part::new("report-section-ip-events", "accounts");
        p.records = Some(ip_records(cx, events.into_iter()));
        out.push(p);
    }
    for (title, list) in [("report-section-recipients", &r.intended_recipients)] {
        for (n, a) in list.iter().enumerate() {
            let mut p = account(cx, n, a);
            p.title = title;
            p.step = "check".into();
            out.push(p);
        }
    }
}

/// Victim `n` (0-based) as its own part.
pub fn victim(cx: &Context<'_>, n: usize, v: &Victim) -> Part {
    let title = person_title(
        cx,
        "report-victim-numbered",
        n,
        [&v.screen_name, &v.esp_identifier],
    );
    let mut p = Part::new("report-section-victim", format!("victims/{n}")).named(title);
    p.row("report-account-esp-id", v.esp_identifier.clone());
    p.row("report-account-screen-name", v.screen_name.clone());
    p.row("report-account-display-name", v.display_name.clone());
    p.row("report-account-profile-urls", v.profile_urls.join("\n"));
    p.row("report-victim-age", cx.age(&v.age));
    p.row("report-victim-school", v.school_name.clone());
    p.row(
        "report-location",
        cx.location(v.estimated_location.as_ref()),
    );
    p.row("report-account-emails", cx.emails(&v.emails));
    p.row("report-account-phones", cx.phones(&v.phones));
    p.row("report-account-devices", devices(&v.device_ids));
    p.row("report-additional-info", v.additional_info.clone());
    if !v.ip_events.is_empty() {
        p.records = Some(ip_records(
            cx,
            v.ip_events.iter().map(|e| (String::new(), e)),
        ));
    }
    p
}

fn victims(cx: &Context<'_>, r: &Report, out: &mut Vec<Part>) {
    if r.victims.is_empty() {
        let mut p = Part::new("report-section-victims", "victims");
        p.row("report-victims-question", String::new());
        out.push(p);
    }
    for (n, v) in r.victims.iter().enumerate() {
        out.push(victim(cx, n, v));
    }
}

/// File `n` (0-based) as its own part.
pub fn file(cx: &Context<'_>, n: usize, f: &ReportedFile) -> Part {
    let title = if f.file_name.trim().is_empty() {
        cx.values
            .t_args("report-file-numbered", &[("number", &(n + 1).to_string())])
    } else {
        f.file_name.clone()
    };
    let viewed = review_text(cx, f);
    let mut p = Part::new("report-section-file", format!("files/{n}")).named(title);
    p.row(
        "report-file-hashes",
        lines(
            f.hashes
                .iter()
                .map(|h| format!("{}: {}", h.kind.ncmec_name(), h.value)),
        ),
    );
    p.row("report-file-viewed", viewed);
    p.row(
        "report-file-hash-list",
        f.review
            .as_ref()
            .map(|r| r.hash_list.clone())
            .unwrap_or_default(),
    );
    p.row("report-file-exif", cx.yes_no(f.exif_viewed));
    p.row("report-file-public", cx.yes_no(f.publicly_available));
    p.row(
        "report-file-relevance",
        f.relevance
            .as_ref()
            .map(|r| cx.choice("report-file-relevance", r))
            .unwrap_or_default(),
    );
    p.row(
        "report-file-annotations",
        f.annotations
            .iter()
            .map(|a| cx.choice("report-file-annotation", a))
            .collect::<Vec<_>>()
            .join(", "),
    );
    p.row(
        "report-file-classification",
        f.industry_classification
            .as_ref()
            .map(|c| cx.choice("report-file-class", c))
            .unwrap_or_default(),
    );
    p.row("report-file-uploaded", cx.time(&f.uploaded_at));
    p.row("report-file-location", f.location_url.clone());
    p.row("report-additional-info", f.additional_info.clone());
    if let Some(e) = &f.ip_event {
        p.records = Some(ip_records(cx, std::iter::once((String::new(), e))));
    }
    p
}

fn files(cx: &Context<'_>, r: &Report, out: &mut Vec<Part>) {
    if r.files.is_empty() {
        let mut p = Part::new("report-section-files", "files");
        p.row("report-files-question", String::new());
        out.push(p);
    }
    for (n, f) in r.files.iter().enumerate() {
        out.push(file(cx, n, f));
    }
}

fn livestream(cx: &Context<'_>, r: &Report) -> Part {
    let mut p = Part::new("report-section-livestream", "livestream");
    match &r.livestream {
        None => p.row("report-livestream-question", cx.t("no")),
        Some(l) => {
            p.row("report-livestream-session", l.session_id.clone());
            p.row("report-livestream-started", cx.time(&l.started_at));
            p.row("report-livestream-ended", cx.time(&l.ended_at));
            p.row(
                "report-livestream-viewers",
                l.viewer_count.map(|n| n.to_string()).unwrap_or_default(),
            );
            p.row(
                "report-livestream-viewer-accounts",
                l.viewer_accounts.join("\n"),
            );
            p.row(
                "report-livestream-anonymisation",
                l.anonymisation_services.join("\n"),
            );
            p.row("report-livestream-recorded", cx.yes_no(l.recorded));
        }
    }
    p
}

fn prior(cx: &Context<'_>, r: &Report) -> Part {
    let refs = if r.prior_reports.is_empty() && r.no_prior_reports == Some(true) {
        cx.t("report-prior-no")
    } else {
        lines(r.prior_reports.iter().map(|p| match &p.kind {
            Some(k) => format!("{} ({})", p.reference, cx.choice("report-prior-kind", k)),
            None => p.reference.clone(),
        }))
    };
    let mut p = Part::new("report-section-prior", "prior");
    p.row("report-prior-references", refs);
    p
}

fn reporter(cx: &Context<'_>, r: &Report) -> Part {
    let rep = &r.reporter;
    let pres = &r.preservation;
    let mut p = Part::new("report-section-reporter", "reporter");
    p.row("report-reporter-organisation", rep.organisation.clone());
    p.row("answer-reporter-name", rep.name.clone());
    p.row("answer-reporter-email", rep.email.clone());
    p.row("answer-reporter-phone", rep.phone.clone());
    if !rep.cc.is_empty() {
        p.row("requester-cc", rep.cc.join(", "));
    }
    p.row("answer-le-contact-name", rep.le_contact.name.clone());
    p.row("answer-le-contact-email", rep.le_contact.email.clone());
    p.row("answer-le-contact-phone", rep.le_contact.phone.clone());
    p.row(
        "report-le-contact-247",
        cx.yes_no(rep.le_contact.around_the_clock),
    );
    p.row(
        "report-retention-days",
        rep.retention_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    p.row("report-legal-process-url", rep.legal_process_url.clone());
    p.row("report-legal-provision", r.legal_basis.provision.clone());
    p.row("report-legal-note", r.legal_basis.note.clone());
    p.row("report-preserved", cx.yes_no(pres.preserved));
    p.row("report-preserved-at", cx.time(&pres.preserved_at));
    p.row("report-preservation-reference", pres.reference.clone());
    p.row("report-notice-received", cx.time(&pres.notice_received_at));
    p.row("report-additional-report", r.additional_info.clone());
    p
}

/// Who submitted the report, who returned it and why, who approved it, and
/// when: police see that a second person checked it.
fn review_trace(history: &[ReviewEntry]) -> Option<Part> {
    if history.is_empty() {
        return None;
    }
    let mut p = Part::new("review-trace", "review");
    for e in history {
        let at = crate::domain::time::from_db(&e.at)
            .map(|t| t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
            .unwrap_or_else(|| e.at.clone());
        let (key, comment) = match e.action.as_str() {
            "approved" => ("review-trace-approved-by", String::new()),
            "returned" => ("review-trace-returned-by", format!("\n{}", e.comment)),
            _ => ("review-trace-submitted-by", String::new()),
        };
        p.row(key, format!("{} – {at}{comment}", e.actor_name));
    }
    Some(p)
}
