//! The report as labelled sections: check-your-answers (with Change links
//! that come back there) and the review page (without).

use super::*;
use crate::domain::report::InternetDetail;

pub(super) struct Section {
    pub title: String,
    pub rows: Vec<SummaryRow>,
}

pub(super) fn sections(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    r: &Report,
    links: bool,
) -> Vec<Section> {
    let href = |step: &str| {
        if links {
            format!("/reports/{id}/{step}?return=check")
        } else {
            String::new()
        }
    };
    let row = |key: &str, value: String, step: &str| SummaryRow {
        key: ctx.t(key),
        value,
        change_href: href(step),
    };
    let mut out = Vec::new();

    let pack = r.destination.jurisdiction.and_then(|c| state.rules.pack(c));
    let authority = pack
        .and_then(|p| p.authority(&r.destination.authority))
        .map(|a| a.name.clone())
        .unwrap_or_default();
    let country = r
        .destination
        .jurisdiction
        .map(|c| {
            state
                .directory
                .jurisdiction(c)
                .map(|j| j.name_en.clone())
                .unwrap_or_else(|| c.to_string())
        })
        .unwrap_or_default();
    out.push(Section {
        title: ctx.t("report-section-destination"),
        rows: vec![
            row("report-destination-label", country, "destination"),
            row("report-authority-label", authority, "authority"),
            row(
                "report-zone-label",
                r.destination
                    .zone
                    .as_ref()
                    .map(|z| z.as_str().to_string())
                    .unwrap_or_default(),
                "authority",
            ),
            row(
                "report-ncmec-question",
                bool_text(ctx, r.destination.also_to_ncmec),
                "authority",
            ),
        ],
    });

    let i = &r.incident;
    let harm = state.rules.taxonomy.harm(&i.harm);
    out.push(Section {
        title: ctx.t("report-section-incident"),
        rows: vec![
            row(
                "report-incident-harm",
                harm.map(|h| ctx.t(&h.label_key)).unwrap_or_default(),
                "incident",
            ),
            row(
                "report-incident-ncmec",
                i.incident_type
                    .map(|t| t.ncmec_value().to_string())
                    .unwrap_or_default(),
                "incident",
            ),
            row(
                "report-incident-occurred",
                i.occurred_at.as_ref().map(both_times).unwrap_or_default(),
                "incident",
            ),
            row(
                "report-incident-time-description",
                i.time_description.clone(),
                "incident",
            ),
            row("report-incident-platform", i.platform.clone(), "incident"),
            row(
                "report-incident-imminent",
                bool_text(ctx, i.child_at_imminent_risk),
                "incident",
            ),
            row(
                "report-incident-escalation",
                i.escalation_reason.clone(),
                "incident",
            ),
            row(
                "report-incident-aware",
                r.aware_at.as_ref().map(both_times).unwrap_or_default(),
                "incident",
            ),
        ],
    });

    let mut urls = Vec::new();
    let mut chats = Vec::new();
    for d in &r.internet_details {
        match d {
            InternetDetail::WebPage { urls: u, .. } => urls.extend(u.iter().cloned()),
            InternetDetail::ChatIm { client, room, .. } => {
                chats.push(format!("{client} {room}").trim().to_string())
            }
            _ => {}
        }
    }
    out.push(Section {
        title: ctx.t("report-section-online"),
        rows: vec![
            row("report-online-urls", urls.join("\n"), "online"),
            row("report-online-chat-client", chats.join("\n"), "online"),
        ],
    });

    let mut accounts = Vec::new();
    for (n, a) in r.reported_persons.iter().enumerate() {
        let change = if links {
            format!("/reports/{id}/accounts/{n}?return=check")
        } else {
            String::new()
        };
        let title = super::accounts::account_title(ctx, n, a);
        accounts.push(Section {
            title: format!("{}: {title}", ctx.t("report-section-account")),
            rows: super::accounts::account_rows(state, ctx, a, &change),
        });
        for e in a.ip_events.iter() {
            let change = if links {
                format!("/reports/{id}/accounts/{n}/ip-events?return=check")
            } else {
                String::new()
            };
            let mut rows = super::ip_events::event_rows(ctx, e, &change);
            let address = e.address.map(|a| a.to_string()).unwrap_or_default();
            rows.insert(
                0,
                SummaryRow {
                    key: ctx.t("report-ip-address"),
                    value: address,
                    change_href: change.clone(),
                },
            );
            accounts.push(Section {
                title: ctx.t1("report-section-ip-event", "account", &title),
                rows,
            });
        }
    }
    if accounts.is_empty() {
        out.push(Section {
            title: ctx.t("report-section-accounts"),
            rows: vec![row("report-accounts-question", String::new(), "accounts")],
        });
    }
    out.extend(accounts);

    if r.victims.is_empty() {
        out.push(Section {
            title: ctx.t("report-section-victims"),
            rows: vec![row("report-victims-question", String::new(), "victims")],
        });
    }
    for (n, v) in r.victims.iter().enumerate() {
        let change = if links {
            format!("/reports/{id}/victims/{n}?return=check")
        } else {
            String::new()
        };
        out.push(Section {
            title: format!(
                "{}: {}",
                ctx.t("report-section-victim"),
                super::victims::victim_title(ctx, n, v)
            ),
            rows: super::victims::victim_rows(state, ctx, v, &change),
        });
    }

    if r.files.is_empty() {
        out.push(Section {
            title: ctx.t("report-section-files"),
            rows: vec![row("report-files-question", String::new(), "files")],
        });
    }
    for (n, f) in r.files.iter().enumerate() {
        let change = if links {
            format!("/reports/{id}/files/{n}?return=check")
        } else {
            String::new()
        };
        let name = if f.file_name.is_empty() {
            ctx.t1("report-file-numbered", "number", n + 1)
        } else {
            f.file_name.clone()
        };
        out.push(Section {
            title: format!("{}: {name}", ctx.t("report-section-file")),
            rows: super::files::file_rows(ctx, f, &change),
        });
    }

    let live = match &r.livestream {
        None => vec![row("report-livestream-question", ctx.t("no"), "livestream")],
        Some(l) => vec![
            row(
                "report-livestream-session",
                l.session_id.clone(),
                "livestream",
            ),
            row(
                "report-livestream-started",
                l.started_at.as_ref().map(both_times).unwrap_or_default(),
                "livestream",
            ),
            row(
                "report-livestream-ended",
                l.ended_at.as_ref().map(both_times).unwrap_or_default(),
                "livestream",
            ),
            row(
                "report-livestream-viewers",
                l.viewer_count.map(|n| n.to_string()).unwrap_or_default(),
                "livestream",
            ),
            row(
                "report-livestream-viewer-accounts",
                l.viewer_accounts.join("\n"),
                "livestream",
            ),
            row(
                "report-livestream-anonymisation",
                l.anonymisation_services.join("\n"),
                "livestream",
            ),
            row(
                "report-livestream-recorded",
                bool_text(ctx, l.recorded),
                "livestream",
            ),
        ],
    };
    out.push(Section {
        title: ctx.t("report-section-livestream"),
        rows: live,
    });

    let prior = if r.prior_reports.is_empty() {
        if r.no_prior_reports == Some(true) {
            ctx.t("report-prior-no")
        } else {
            String::new()
        }
    } else {
        r.prior_reports
            .iter()
            .map(|p| match p.kind {
                Some(k) => format!(
                    "{} ({})",
                    p.reference,
                    ctx.t(&enum_key("report-prior-kind", &k))
                ),
                None => p.reference.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    out.push(Section {
        title: ctx.t("report-section-prior"),
        rows: vec![row("report-prior-references", prior, "prior")],
    });

    let rep = &r.reporter;
    out.push(Section {
        title: ctx.t("report-section-reporter"),
        rows: vec![
            row(
                "report-reporter-organisation",
                rep.organisation.clone(),
                "reporter",
            ),
            row("report-reporter-name", rep.name.clone(), "reporter"),
            row("report-reporter-email", rep.email.clone(), "reporter"),
            row("report-reporter-phone", rep.phone.clone(), "reporter"),
            row(
                "report-le-contact-name",
                rep.le_contact.name.clone(),
                "reporter",
            ),
            row(
                "report-le-contact-email",
                rep.le_contact.email.clone(),
                "reporter",
            ),
            row(
                "report-le-contact-phone",
                rep.le_contact.phone.clone(),
                "reporter",
            ),
            row(
                "report-le-contact-247",
                bool_text(ctx, rep.le_contact.around_the_clock),
                "reporter",
            ),
            row(
                "report-retention-days",
                rep.retention_days
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                "reporter",
            ),
            row(
                "report-legal-process-url",
                rep.legal_process_url.clone(),
                "reporter",
            ),
            row(
                "report-preserved",
                bool_text(ctx, r.preservation.preserved),
                "reporter",
            ),
            row(
                "report-preservation-reference",
                r.preservation.reference.clone(),
                "reporter",
            ),
            row(
                "report-notice-received",
                r.preservation
                    .notice_received_at
                    .as_ref()
                    .map(both_times)
                    .unwrap_or_default(),
                "reporter",
            ),
        ],
    });
    out
}
