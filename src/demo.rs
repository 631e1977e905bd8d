//! Demo organisations and accounts, so a fresh start can be explored at once.
//! Everything here is fictional and on `.test` domains, which can never
//! receive mail.

use crate::accounts::{self, NewAccount};
use crate::directory::Directory;
use crate::domain::country::CountryCode;
use crate::domain::email::EmailAddress;
use crate::domain::org::{OrgKind, OrgSlug};
use crate::domain::role::Role;
use crate::domain::time;
use crate::store::{NewAudit, Store};

#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub email: &'static str,
    pub password: &'static str,
    pub role: Role,
    pub org: &'static str,
}

struct DemoOrg {
    name: &'static str,
    kind: OrgKind,
    country: &'static str,
    /// The directory entry it answers for: what is sent there lands in its
    /// inbox, so both loops can be tried from a fresh start.
    recipient: Option<&'static str>,
    /// Email domains it declares: a sign-up on one of them joins it, so the
    /// sign-up and approval loop can be tried too (mail goes to the outbox
    /// folder only).
    domains: &'static [&'static str],
    users: &'static [(&'static str, &'static str, Role, &'static str)],
}

const DEMO: &[DemoOrg] = &[
    DemoOrg {
        name: "Demo Police Cyber Unit",
        kind: OrgKind::Agency,
        country: "PH",
        recipient: None,
        domains: &["cyber-unit.police.test"],
        users: &[
            (
                "officer@cyber-unit.police.test",
                "Insp. Dana Villanueva",
                Role::Officer,
                "demo-officer-2026",
            ),
            (
                "people@cyber-unit.police.test",
                "Supt. Liza Manalo",
                Role::OrgAdmin,
                "demo-orgadmin-2026",
            ),
        ],
    },
    DemoOrg {
        name: "Example Social (demo)",
        kind: OrgKind::Member,
        country: "SG",
        recipient: Some("company:example-social"),
        domains: &["example-social.test"],
        users: &[
            (
                "analyst@example-social.test",
                "Min-jun Analyst",
                Role::MemberAnalyst,
                "demo-analyst-2026",
            ),
            (
                "reviewer@example-social.test",
                "Priya Reviewer",
                Role::MemberReviewer,
                "demo-reviewer-2026",
            ),
            (
                "people@example-social.test",
                "Noor People-Admin",
                Role::OrgAdmin,
                "demo-orgadmin-2026",
            ),
        ],
    },
    DemoOrg {
        name: "Demo Child Protection Desk (PH)",
        kind: OrgKind::Authority,
        country: "PH",
        recipient: Some("authority:PH:pnp-wcpc"),
        domains: &[],
        users: &[(
            "desk@child-protection.police.test",
            "Sgt. Ramon Dela Cruz",
            Role::Officer,
            "demo-authority-2026",
        )],
    },
    DemoOrg {
        name: "casebridge Operations (demo)",
        kind: OrgKind::Operator,
        country: "SG",
        recipient: None,
        domains: &[],
        users: &[
            (
                "trainer@casebridge-ops.test",
                "Tomas Trainer",
                Role::Trainer,
                "demo-trainer-2026",
            ),
            (
                "admin@casebridge-ops.test",
                "Aiko Admin",
                Role::Admin,
                "demo-admin-2026",
            ),
        ],
    },
];

/// Creates whatever demo data is missing and returns the demo logins.
pub async fn seed(store: &Store, directory: &Directory) -> anyhow::Result<Vec<DemoLogin>> {
    let mut logins = Vec::new();
    for org in DEMO {
        let slug = OrgSlug::from_name(org.name);
        if store.org_by_slug(slug.as_str()).await?.is_none() {
            let country = CountryCode::parse(org.country)
                .ok_or_else(|| anyhow::anyhow!("bad demo country"))?;
            let made =
                accounts::add_org(store, directory, org.kind, org.name, country, true).await?;
            if let Some(recipient) = org.recipient {
                let subject = format!("org:{}", made.slug);
                let audit = NewAudit {
                    actor_user_id: None,
                    org_id: Some(made.id),
                    action: "org.linked",
                    subject: &subject,
                    ip: None,
                    detail: serde_json::json!({ "recipient": recipient, "via": "demo" }),
                };
                store
                    .link_org(made.id, Some(recipient), &audit, &time::to_db(time::now()))
                    .await?;
            }
            for domain in org.domains {
                let audit = NewAudit {
                    actor_user_id: None,
                    org_id: Some(made.id),
                    action: "org.domain_declared",
                    subject: &format!("org:{}", made.slug),
                    ip: None,
                    detail: serde_json::json!({ "domain": domain, "via": "demo" }),
                };
                store
                    .declare_org_domain(made.id, domain, &audit, &time::to_db(time::now()))
                    .await?;
            }
        }
        for (email, name, role, password) in org.users {
            let address = EmailAddress::parse(email)?;
            if store.user_by_email(&address).await?.is_none() {
                accounts::add_user(
                    store,
                    directory,
                    &NewAccount {
                        org_slug: slug.as_str(),
                        email: &address,
                        display_name: name,
                        role: *role,
                        password: Some(password),
                    },
                )
                .await?;
            }
            logins.push(DemoLogin {
                email,
                password,
                role: *role,
                org: org.name,
            });
        }
    }
    Ok(logins)
}
