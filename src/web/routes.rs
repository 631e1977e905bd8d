//! Every route the server answers and who may use it: the one list the
//! authorisation sweep (tests/api/sweep.rs) is generated from. The sweep
//! also reads the `.route(` calls under src/web and fails when a route is
//! missing here or listed here but gone, so a new route cannot escape it.

use crate::domain::role::Role::{
    self, Admin, MemberAnalyst, MemberReviewer, Officer, OrgAdmin, Trainer,
};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not: health, static files, schemas, sign-in.
    Public,
    /// Any signed-in person, of any role.
    SignedIn,
    /// A signed-in person with one of these roles.
    Roles(&'static [Role]),
    /// One of these roles, and the path's `{id}` names a thing of the
    /// caller's own organisation; anyone else gets 404 (or 403).
    Own(&'static [Role], Thing),
}

/// What a path's `{id}` names, for [`Access::Own`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Request,
    Report,
    Package,
    Delivery,
    /// A case: its sender's and its recipient's organisation alike.
    Case,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

const OFFICERS: &[Role] = &[Officer];
const MEMBERS: &[Role] = &[MemberAnalyst, MemberReviewer];
const ADMINS: &[Role] = &[Admin];
const ANYONE: &[Role] = &[Officer, MemberAnalyst, MemberReviewer, Trainer, Admin];
const PEOPLE_ADMINS: &[Role] = &[OrgAdmin, Admin];

const fn r(method: &'static str, path: &'static str, access: Access) -> RouteSpec {
    RouteSpec {
        method,
        path,
        access,
    }
}

use Access::{Own, Public, Roles, SignedIn};
use Thing::{Case, Delivery, Package, Report, Request};

const REQ: Access = Own(OFFICERS, Request);
const REP: Access = Own(MEMBERS, Report);
const PKG: Access = Own(ANYONE, Package);
/// The people who work cases: officers (agencies send requests, authorities
/// receive reports) and members' safety teams.
const CASE_ROLES: &[Role] = &[Officer, MemberAnalyst, MemberReviewer];
const CASE: Access = Own(CASE_ROLES, Case);

pub const ROUTES: &[RouteSpec] = &[
    r("GET", "/healthz", Public),
    r("GET", "/readyz", Public),
    r("GET", "/static/casebridge.css", Public),
    r("GET", "/static/timeout.js", Public),
    r("GET", "/static/zones.js", Public),
    r("GET", "/static/reveal.js", Public),
    r("GET", "/static/favicon.svg", Public),
    r("GET", "/favicon.ico", Public),
    r("GET", "/login", Public),
    r("POST", "/login", Public),
    // Sign-up, links from emails and the second factor's step: for people
    // not signed in (yet); each checks its link or half-finished sign-in.
    r("GET", "/glossary", Public),
    r("GET", "/signup", Public),
    r("POST", "/signup", Public),
    r("GET", "/signup/verify", Public),
    r("POST", "/signup/verify", Public),
    r("GET", "/password/forgot", Public),
    r("POST", "/password/forgot", Public),
    r("GET", "/password/reset", Public),
    r("POST", "/password/reset", Public),
    r("GET", "/invitation", Public),
    r("POST", "/invitation", Public),
    r("GET", "/login/second-factor", Public),
    r("POST", "/login/second-factor", Public),
    r("GET", "/login/second-factor/setup", Public),
    r("POST", "/login/second-factor/setup", Public),
    r("GET", "/account", SignedIn),
    r("POST", "/account/profile", SignedIn),
    r("POST", "/account/sessions/end-others", SignedIn),
    r("POST", "/account/tokens", SignedIn),
    r("POST", "/account/tokens/{id}/revoke", SignedIn),
    // An organisation's people: its own admin, or the operator's admins
    // for an organisation they name; the other organisation's are refused
    // inside.
    r("GET", "/org", Roles(PEOPLE_ADMINS)),
    r("POST", "/org/people/{id}", Roles(PEOPLE_ADMINS)),
    r("POST", "/org/invite", Roles(PEOPLE_ADMINS)),
    r("GET", "/kit", Public),
    r("POST", "/kit", Public),
    r("GET", "/schemas/envelope.v1.json", Public),
    r("GET", "/schemas/request.v1.json", Public),
    r("GET", "/schemas/report.v1.json", Public),
    r("GET", "/api/v1/jurisdictions", Public),
    r("GET", "/api/v1/jurisdictions/{code}", Public),
    // Retired: 410 Gone for everyone, with no data.
    r("POST", "/api/v1/requests/package", Public),
    r("POST", "/api/v1/reports/package", Public),
    r("POST", "/logout", SignedIn),
    r("POST", "/session/keepalive", SignedIn),
    r("GET", "/", SignedIn),
    r("GET", "/documents", SignedIn),
    r("GET", "/directory", SignedIn),
    r("GET", "/directory/{id}", SignedIn),
    r("GET", "/api/v1/me", SignedIn),
    r("GET", "/admin", Roles(ADMINS)),
    r("GET", "/admin/directory/{id}", Roles(ADMINS)),
    r("POST", "/admin/directory/{id}", Roles(ADMINS)),
    r("GET", "/admin/directory/{id}/key", Roles(ADMINS)),
    r("POST", "/admin/directory/{id}/key", Roles(ADMINS)),
    r("GET", "/admin/orgs/{slug}/link", Roles(ADMINS)),
    r("POST", "/admin/orgs/{slug}/link", Roles(ADMINS)),
    r("GET", "/admin/audit", Roles(ADMINS)),
    r("GET", "/admin/audit/export.jsonl", Roles(ADMINS)),
    r("GET", "/admin/authorities", Roles(ADMINS)),
    r(
        "GET",
        "/admin/authorities/{jurisdiction}/{authority}/key",
        Roles(ADMINS),
    ),
    r(
        "POST",
        "/admin/authorities/{jurisdiction}/{authority}/key",
        Roles(ADMINS),
    ),
    // Records requests: officers, each request of their own agency.
    r("GET", "/requests/new", Roles(OFFICERS)),
    r("POST", "/requests", Roles(OFFICERS)),
    r("POST", "/api/v1/requests", Roles(OFFICERS)),
    r("POST", "/api/v1/requests/validate", Roles(OFFICERS)),
    r("GET", "/api/v1/requests/{id}", REQ),
    r("PUT", "/api/v1/requests/{id}", REQ),
    r("POST", "/api/v1/requests/{id}/attest", REQ),
    r("GET", "/requests/{id}", REQ),
    r("GET", "/requests/{id}/company", REQ),
    r("POST", "/requests/{id}/company", REQ),
    r("GET", "/requests/{id}/entity", REQ),
    r("POST", "/requests/{id}/entity", REQ),
    r("GET", "/requests/{id}/type", REQ),
    r("POST", "/requests/{id}/type", REQ),
    r("GET", "/requests/{id}/basis", REQ),
    r("POST", "/requests/{id}/basis", REQ),
    r("GET", "/requests/{id}/route", REQ),
    r("GET", "/requests/{id}/requester", REQ),
    r("POST", "/requests/{id}/requester", REQ),
    r("GET", "/requests/{id}/delete", REQ),
    r("POST", "/requests/{id}/delete", REQ),
    r("POST", "/requests/{id}/duplicate", REQ),
    r("POST", "/requests/{id}/extend", REQ),
    r("GET", "/requests/{id}/preservation", REQ),
    r("POST", "/requests/{id}/preservation", REQ),
    r("GET", "/requests/{id}/targets", REQ),
    r("POST", "/requests/{id}/targets", REQ),
    r("GET", "/requests/{id}/targets/{n}", REQ),
    r("POST", "/requests/{id}/targets/{n}", REQ),
    r("POST", "/requests/{id}/targets/{n}/remove", REQ),
    r("GET", "/requests/{id}/data", REQ),
    r("POST", "/requests/{id}/data", REQ),
    r("GET", "/requests/{id}/emergency", REQ),
    r("POST", "/requests/{id}/emergency", REQ),
    r("GET", "/requests/{id}/non-disclosure", REQ),
    r("POST", "/requests/{id}/non-disclosure", REQ),
    r("GET", "/requests/{id}/legal-process", REQ),
    r("POST", "/requests/{id}/legal-process", REQ),
    r("GET", "/requests/{id}/check", REQ),
    r("POST", "/requests/{id}/check", REQ),
    r("GET", "/requests/{id}/attest", REQ),
    r("POST", "/requests/{id}/attest", REQ),
    r("GET", "/requests/{id}/done", REQ),
    r("GET", "/requests/{id}/package/{file}", REQ),
    r("POST", "/requests/{id}/new-version", REQ),
    // APAC reports: member analysts and reviewers, their company's own.
    r("GET", "/reports/new", Roles(MEMBERS)),
    r("POST", "/reports", Roles(MEMBERS)),
    r("POST", "/api/v1/reports", Roles(MEMBERS)),
    r("POST", "/api/v1/reports/validate", Roles(MEMBERS)),
    r("GET", "/api/v1/reports/{id}", REP),
    r("PUT", "/api/v1/reports/{id}", REP),
    r("POST", "/api/v1/reports/{id}/submit", REP),
    r("POST", "/api/v1/reports/{id}/approve", REP),
    r("POST", "/api/v1/reports/{id}/return", REP),
    r("POST", "/api/v1/reports/{id}/duties", REP),
    r("GET", "/reports/{id}", REP),
    r("GET", "/reports/{id}/destination", REP),
    r("POST", "/reports/{id}/destination", REP),
    r("GET", "/reports/{id}/authority", REP),
    r("POST", "/reports/{id}/authority", REP),
    r("GET", "/reports/{id}/incident", REP),
    r("POST", "/reports/{id}/incident", REP),
    r("GET", "/reports/{id}/online", REP),
    r("POST", "/reports/{id}/online", REP),
    r("GET", "/reports/{id}/accounts", REP),
    r("POST", "/reports/{id}/accounts", REP),
    r("GET", "/reports/{id}/accounts/{n}", REP),
    r("POST", "/reports/{id}/accounts/{n}", REP),
    r("POST", "/reports/{id}/accounts/{n}/remove", REP),
    r("GET", "/reports/{id}/accounts/{n}/ip-events", REP),
    r("POST", "/reports/{id}/accounts/{n}/ip-events", REP),
    r("GET", "/reports/{id}/accounts/{n}/ip-events/{m}", REP),
    r("POST", "/reports/{id}/accounts/{n}/ip-events/{m}", REP),
    r(
        "POST",
        "/reports/{id}/accounts/{n}/ip-events/{m}/remove",
        REP,
    ),
    r("GET", "/reports/{id}/victims", REP),
    r("POST", "/reports/{id}/victims", REP),
    r("GET", "/reports/{id}/victims/{n}", REP),
    r("POST", "/reports/{id}/victims/{n}", REP),
    r("POST", "/reports/{id}/victims/{n}/remove", REP),
    r("GET", "/reports/{id}/files", REP),
    r("POST", "/reports/{id}/files", REP),
    r("GET", "/reports/{id}/files/{n}", REP),
    r("POST", "/reports/{id}/files/{n}", REP),
    r("POST", "/reports/{id}/files/{n}/remove", REP),
    r("POST", "/reports/{id}/files/{n}/attest", REP),
    r("GET", "/reports/{id}/livestream", REP),
    r("POST", "/reports/{id}/livestream", REP),
    r("GET", "/reports/{id}/prior", REP),
    r("POST", "/reports/{id}/prior", REP),
    r("GET", "/reports/{id}/reporter", REP),
    r("POST", "/reports/{id}/reporter", REP),
    r("GET", "/reports/{id}/check", REP),
    r("POST", "/reports/{id}/check", REP),
    r("GET", "/reports/{id}/review", REP),
    r("GET", "/reports/{id}/delete", REP),
    r("POST", "/reports/{id}/delete", REP),
    r("POST", "/reports/{id}/duplicate", REP),
    r("GET", "/reports/{id}/package/{file}", REP),
    r("POST", "/reports/{id}/approve", REP),
    r("POST", "/reports/{id}/ncmec", REP),
    r("POST", "/reports/{id}/duties", REP),
    r("POST", "/reports/{id}/return", REP),
    // Packages and their deliveries: anyone of the organisation that
    // made them; what each role may do there is the workflow's business.
    r("GET", "/api/v1/packages/{id}/{file}", PKG),
    r("POST", "/api/v1/packages/{id}/send", PKG),
    r("GET", "/api/v1/packages/{id}/deliveries", PKG),
    r("POST", "/api/v1/packages/{id}/portal-upload", PKG),
    r("POST", "/packages/{id}/send", PKG),
    r("POST", "/packages/{id}/portal-upload", PKG),
    r("POST", "/packages/{id}/deliver", PKG),
    r("POST", "/deliveries/{id}/retry", Own(ANYONE, Delivery)),
    // Cases: the sender's and the recipient's people; what each side may
    // do is the workflow's business.
    r("GET", "/inbox", Roles(CASE_ROLES)),
    r("GET", "/cases", Roles(CASE_ROLES)),
    r("GET", "/cases/{id}", CASE),
    r("POST", "/cases/{id}/status", CASE),
    r("POST", "/cases/{id}/messages", CASE),
    r("POST", "/cases/{id}/outcomes", CASE),
    r("POST", "/cases/{id}/feedback", CASE),
    r("GET", "/cases/{id}/files/{file}", CASE),
    r("GET", "/api/v1/inbox", Roles(CASE_ROLES)),
    r("GET", "/api/v1/cases", Roles(CASE_ROLES)),
    r("GET", "/api/v1/cases/{id}", CASE),
    r("POST", "/api/v1/cases/{id}/status", CASE),
    r("POST", "/api/v1/cases/{id}/messages", CASE),
    r("POST", "/api/v1/cases/{id}/outcomes", CASE),
    r("POST", "/api/v1/cases/{id}/feedback", CASE),
    r("POST", "/api/v1/packages/{id}/deliver", PKG),
    r(
        "POST",
        "/api/v1/requests/{id}/withdraw",
        Own(OFFICERS, Request),
    ),
    r(
        "POST",
        "/api/v1/reports/{id}/withdraw",
        Own(MEMBERS, Report),
    ),
];

/// The entry for `method` and `path` (a route pattern), if listed.
pub fn find(method: &str, path: &str) -> Option<&'static RouteSpec> {
    ROUTES.iter().find(|r| r.method == method && r.path == path)
}
