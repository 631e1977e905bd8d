//! The `<report>` document that opens a CyberTipline report, from an
//! approved casebridge report: every element in the schema's order.

use super::Xml;
use super::person::{self, time};
use crate::domain::report::{InternetDetail, PriorReportKind, Report, ReportAnnotation};

fn annotation(a: ReportAnnotation) -> &'static str {
    match a {
        ReportAnnotation::Sextortion => "sextortion",
        ReportAnnotation::CsamSolicitation => "csamSolicitation",
        ReportAnnotation::MinorToMinorInteraction => "minorToMinorInteraction",
        ReportAnnotation::Spam => "spam",
        ReportAnnotation::SadisticOnlineExploitation => "sadisticOnlineExploitation",
        ReportAnnotation::Informational => "informational",
    }
}

/// The annotations in the schema's order, whatever order the report has.
const ANNOTATION_ORDER: [ReportAnnotation; 6] = [
    ReportAnnotation::Sextortion,
    ReportAnnotation::CsamSolicitation,
    ReportAnnotation::MinorToMinorInteraction,
    ReportAnnotation::Spam,
    ReportAnnotation::SadisticOnlineExploitation,
    ReportAnnotation::Informational,
];

fn summary(x: &mut Xml, r: &Report) {
    let i = &r.incident;
    x.open("incidentSummary", &[]);
    x.text(
        "incidentType",
        i.incident_type.map_or("", |t| t.ncmec_value()),
    );
    x.text("platform", &i.platform);
    // A value here escalates the report: only when a child is at risk.
    if i.child_at_imminent_risk == Some(true) {
        let reason = match i.escalation_reason.trim() {
            "" => "A child is at imminent risk.",
            r => r,
        };
        x.text("escalateToHighPriority", reason);
    }
    if !i.report_annotations.is_empty() {
        x.open("reportAnnotations", &[]);
        for a in ANNOTATION_ORDER
            .iter()
            .filter(|a| i.report_annotations.contains(a))
        {
            x.flag(annotation(*a));
        }
        x.close();
    }
    x.text(
        "incidentDateTime",
        &i.occurred_at.as_ref().map(time).unwrap_or_default(),
    );
    x.text("incidentDateTimeDescription", &i.time_description);
    x.close();
}

fn internet(x: &mut Xml, d: &InternetDetail) {
    x.open("internetDetails", &[]);
    match d {
        InternetDetail::WebPage {
            urls,
            third_party_hosted,
            additional_info,
        } => {
            let attrs: Vec<(&str, String)> = third_party_hosted
                .iter()
                .map(|v| ("thirdPartyHostedContent", v.to_string()))
                .collect();
            x.open("webPageIncident", &attrs);
            for u in urls {
                x.text("url", u);
            }
            x.text("additionalInfo", additional_info);
        }
        InternetDetail::Email {
            addresses,
            additional_info,
        } => {
            x.open("emailIncident", &[]);
            for a in addresses {
                x.text("emailAddress", a);
            }
            x.text("additionalInfo", additional_info);
        }
        InternetDetail::ChatIm {
            client,
            room,
            additional_info,
        } => {
            x.open("chatImIncident", &[]);
            x.text("chatClient", client);
            x.text("chatRoomName", room);
            x.text("additionalInfo", additional_info);
        }
        InternetDetail::OnlineGaming {
            game,
            console,
            additional_info,
        } => {
            x.open("onlineGamingIncident", &[]);
            x.text("gameName", game);
            x.text("console", console);
            x.text("additionalInfo", additional_info);
        }
        InternetDetail::CellPhone {
            phone,
            additional_info,
        } => {
            x.open("cellPhoneIncident", &[]);
            person::phone(x, "phoneNumber", phone, None);
            x.text("additionalInfo", additional_info);
        }
        InternetDetail::PeerToPeer {
            client,
            ip_events,
            file_names,
        } => {
            x.open("peer2peerIncident", &[]);
            x.text("client", client);
            for e in ip_events {
                person::ip_event(x, e);
            }
            x.text("fileNames", &file_names.join("\n"));
        }
        InternetDetail::NonInternet {
            location_name,
            address,
        } => {
            x.open("nonInternetIncident", &[]);
            x.text("locationName", location_name);
            if !address.trim().is_empty() {
                x.open("incidentAddress", &[]);
                x.text("address", address);
                x.close();
            }
        }
    }
    x.close();
    x.close();
}

/// The company's standing text for police: how to serve legal process,
/// how long data is kept, and its around-the-clock contact.
fn company_template(r: &Report) -> String {
    let rep = &r.reporter;
    let mut lines = Vec::new();
    if !rep.legal_process_url.trim().is_empty() {
        lines.push(format!("Legal process: {}", rep.legal_process_url.trim()));
    }
    if let Some(days) = rep.retention_days {
        lines.push(format!("Data retention period: {days} days"));
    }
    let le = &rep.le_contact;
    if le.around_the_clock == Some(true) && !le.phone.trim().is_empty() {
        lines.push(format!("Emergency contact, 24/7: {}", le.phone.trim()));
    }
    lines.join("\n")
}

fn reporter(x: &mut Xml, r: &Report) {
    let rep = &r.reporter;
    x.open("reporter", &[]);
    x.open("reportingPerson", &[]);
    let (first, last) = person::split_name(&rep.name);
    x.text("firstName", first);
    x.text("lastName", last);
    person::phone(x, "phone", &rep.phone, None);
    x.text("email", &rep.email);
    x.close();
    let le = &rep.le_contact;
    if !(le.name.trim().is_empty() && le.email.trim().is_empty() && le.phone.trim().is_empty()) {
        x.open("contactPerson", &[]);
        let (first, last) = person::split_name(&le.name);
        x.text("firstName", first);
        x.text("lastName", last);
        person::phone(x, "phone", &le.phone, None);
        x.text("email", &le.email);
        x.close();
    }
    x.text("companyTemplate", &company_template(r));
    x.text("legalURL", &rep.legal_process_url);
    x.close();
}

/// Earlier CyberTipline reports, by their numeric ids.
fn prior_cybertips(r: &Report) -> Vec<String> {
    r.prior_reports
        .iter()
        .filter(|p| p.kind == Some(PriorReportKind::Cybertipline))
        .map(|p| p.reference.trim().to_string())
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// What the report says beyond the schema's elements: its own note, the
/// livestream and the local report it was also filed as.
fn additional(r: &Report, local_reference: &str) -> String {
    let mut parts = Vec::new();
    if !r.additional_info.trim().is_empty() {
        parts.push(r.additional_info.trim().to_string());
    }
    if let Some(l) = &r.livestream {
        let mut s = String::from("Livestream");
        if !l.session_id.trim().is_empty() {
            s.push_str(&format!(" session {}", l.session_id.trim()));
        }
        if let Some(start) = &l.started_at {
            s.push_str(&format!(", started {}", time(start)));
        }
        if let Some(end) = &l.ended_at {
            s.push_str(&format!(", ended {}", time(end)));
        }
        if let Some(n) = l.viewer_count {
            s.push_str(&format!(", {n} viewers"));
        }
        parts.push(format!("{s}."));
    }
    if !local_reference.is_empty() {
        parts.push(format!("Also reported to {local_reference}."));
    }
    parts.join("\n")
}

/// The `<report>` document. `local_reference` names the local authority
/// the same incident went to ("PH: DOJ Office of Cybercrime"), if any.
pub fn report_xml(r: &Report, local_reference: &str) -> String {
    let mut x = Xml::new();
    x.open("report", &[]);
    summary(&mut x, r);
    for d in &r.internet_details {
        internet(&mut x, d);
    }
    reporter(&mut x, r);
    person::reported(&mut x, &r.reported_persons, &prior_cybertips(r));
    for a in &r.intended_recipients {
        person::intended(&mut x, a);
    }
    for v in &r.victims {
        person::victim(&mut x, v);
    }
    x.text("additionalInfo", &additional(r, local_reference));
    x.finish()
}
