//! Technology companies officers send records requests to: which legal entity
//! answers for which users, how requests reach it, what it accepts, and what
//! legal process each kind of data needs. Each group of facts has its source.

use std::collections::HashSet;

use anyhow::{Context, bail};

use super::{Jurisdiction, Provenance};
use crate::domain::country::CountryCode;
use crate::domain::request_type::RequestType;

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Company {
    pub id: String,
    pub name: String,
    pub services: Vec<String>,
    pub fictional: bool,
    pub entities: Vec<Entity>,
    pub intake: Intake,
    pub request_types: RequestTypes,
    pub process: ProcessRules,
    pub limits: Limits,
    pub emergency: EmergencyRoute,
    /// The shape of the company's numeric account ids, where it publishes
    /// one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<AccountIds>,
}

/// A legal entity of the company and the users it answers for.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Entity {
    pub name: String,
    /// Where the entity is incorporated (may be outside the 18 jurisdictions).
    pub country: CountryCode,
    /// Jurisdiction codes whose users it answers for; `*` for all others.
    pub serves: Vec<String>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Entity {
    fn is_default(&self) -> bool {
        self.serves.iter().any(|s| s == "*")
    }

    fn names(&self, code: CountryCode) -> bool {
        self.serves.iter().any(|s| s == code.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Portal,
    PortalKodex,
    Email,
    WebForm,
    Post,
    Phone,
    /// Nobody found a public channel: the address is empty and the note
    /// says when that was checked. Never shown as a channel to use.
    NonePublished,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Portal,
        Channel::PortalKodex,
        Channel::Email,
        Channel::WebForm,
        Channel::Post,
        Channel::Phone,
        Channel::NonePublished,
    ];

    /// The value used in the data files and forms.
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; 7] = [
            "portal",
            "portal_kodex",
            "email",
            "web_form",
            "post",
            "phone",
            "none_published",
        ];
        NAMES[self as usize]
    }
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Intake {
    pub channel: Channel,
    /// Empty when the channel is `none_published`.
    #[serde(default)]
    pub address: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Intake {
    /// The address to send requests to, or `None` when no public channel
    /// was found: callers must say so rather than show an address.
    pub fn published(&self) -> Option<&str> {
        (self.channel != Channel::NonePublished).then_some(self.address.as_str())
    }
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct RequestTypes {
    pub accepted: Vec<RequestType>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// The legal process a data category needs from an agency outside the US.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Process {
    /// A written request on agency letterhead.
    OfficialRequest,
    /// Valid legal process of the requesting country.
    LocalProcess,
    /// Process of the country where the answering entity sits, reached
    /// through a treaty (MLAT, letters rogatory) or an agreement such as a
    /// CLOUD Act agreement (international production order). For an officer
    /// of that same country this is simply local process.
    HomeProcessOrTreaty,
}

impl Process {
    pub const ALL: [Process; 3] = [
        Process::OfficialRequest,
        Process::LocalProcess,
        Process::HomeProcessOrTreaty,
    ];

    /// The value used in the data files and forms.
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; 3] = [
            "official_request",
            "local_process",
            "home_process_or_treaty",
        ];
        NAMES[self as usize]
    }
}

/// The kinds of data whose legal process the directory records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataCategory {
    Subscriber,
    Traffic,
    Content,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct ProcessRules {
    pub subscriber: Process,
    pub traffic: Process,
    pub content: Process,
    /// Where "home process or a treaty" leads when it is not the answering
    /// entity's country: Apple answers content only under US process, even
    /// through its Irish or Singaporean entity.
    #[serde(default)]
    pub home_country: Option<CountryCode>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Limits {
    pub max_range_days: Option<u32>,
    pub preservation_days: Option<u32>,
    pub preservation_renewable: Option<bool>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct EmergencyRoute {
    pub channel: Channel,
    /// Empty when the channel is `none_published`.
    #[serde(default)]
    pub address: String,
    pub around_the_clock: Option<bool>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl EmergencyRoute {
    /// The channel and address to use, or `None` when no public emergency
    /// channel was found: callers must say so rather than show an address.
    pub fn published(&self) -> Option<(Channel, &str)> {
        (self.channel != Channel::NonePublished).then_some((self.channel, self.address.as_str()))
    }
}

/// The published shape of a company's numeric account ids.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct AccountIds {
    pub min_digits: u8,
    pub max_digits: u8,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl AccountIds {
    pub fn fits(&self, digits: usize) -> bool {
        (usize::from(self.min_digits)..=usize::from(self.max_digits)).contains(&digits)
    }
}

impl Company {
    /// The entity that answers for users in `jurisdiction`.
    pub fn entity_for(&self, jurisdiction: CountryCode) -> Option<&Entity> {
        self.entities
            .iter()
            .find(|e| e.names(jurisdiction))
            .or_else(|| self.entities.iter().find(|e| e.is_default()))
    }

    /// The process `category` needs from an officer of `officer_country`
    /// when the request goes to an entity in `entity_country`: the entity's
    /// home-country process is local process for officers of that country.
    pub fn process_for(
        &self,
        category: DataCategory,
        officer_country: CountryCode,
        entity_country: CountryCode,
    ) -> Process {
        let rule = match category {
            DataCategory::Subscriber => self.process.subscriber,
            DataCategory::Traffic => self.process.traffic,
            DataCategory::Content => self.process.content,
        };
        match rule {
            Process::HomeProcessOrTreaty
                if self.home_country(entity_country) == officer_country =>
            {
                Process::LocalProcess
            }
            other => other,
        }
    }

    /// The country whose process the company requires, when it requires
    /// its home country's: the entity's, unless the directory names another.
    pub fn home_country(&self, entity_country: CountryCode) -> CountryCode {
        self.process.home_country.unwrap_or(entity_country)
    }

    pub fn accepts(&self, t: RequestType) -> bool {
        self.request_types.accepted.contains(&t)
    }

    /// Every fact group with its provenance, for listing what is unverified.
    pub fn facts(&self) -> Vec<(&'static str, &Provenance)> {
        let mut out: Vec<(&'static str, &Provenance)> = self
            .entities
            .iter()
            .map(|e| ("entity", &e.provenance))
            .collect();
        out.extend([
            ("intake", &self.intake.provenance),
            ("request_types", &self.request_types.provenance),
            ("process", &self.process.provenance),
            ("limits", &self.limits.provenance),
            ("emergency", &self.emergency.provenance),
        ]);
        out.extend(
            self.account_ids
                .iter()
                .map(|a| ("account_ids", &a.provenance)),
        );
        out
    }
}

#[derive(serde::Deserialize)]
struct File {
    company: Vec<Company>,
}

pub(super) fn parse(text: &str, jurisdictions: &[Jurisdiction]) -> anyhow::Result<Vec<Company>> {
    let file: File = toml::from_str(text).context("data/companies.toml")?;
    let mut ids = HashSet::new();
    for c in &file.company {
        if !ids.insert(c.id.as_str()) {
            bail!("company {} is listed twice", c.id);
        }
        check(c, jurisdictions)?;
    }
    Ok(file.company)
}

/// The rules every company record follows, from the file or edited in the
/// app.
pub(super) fn check(c: &Company, jurisdictions: &[Jurisdiction]) -> anyhow::Result<()> {
    if c.entities.is_empty() {
        bail!("company {} has no legal entity", c.id);
    }
    if c.entities.iter().filter(|e| e.is_default()).count() > 1 {
        bail!("company {} has more than one entity serving \"*\"", c.id);
    }
    for e in &c.entities {
        for s in &e.serves {
            let known = s == "*"
                || CountryCode::parse(s)
                    .is_some_and(|code| jurisdictions.iter().any(|j| j.code == code));
            if !known {
                bail!(
                    "company {}: entity {} serves unknown jurisdiction {s:?}",
                    c.id,
                    e.name
                );
            }
        }
    }
    for (what, published, address, provenance) in [
        (
            "intake",
            c.intake.published().is_some(),
            &c.intake.address,
            &c.intake.provenance,
        ),
        (
            "emergency",
            c.emergency.published().is_some(),
            &c.emergency.address,
            &c.emergency.provenance,
        ),
    ] {
        if published && address.trim().is_empty() {
            bail!("company {}: the {what} channel has no address", c.id);
        }
        // "None found" is a finding nobody can confirm for good, and its
        // note must say what was looked for and when.
        if !published
            && (provenance.is_verified()
                || !address.trim().is_empty()
                || provenance.note.trim().is_empty())
        {
            bail!(
                "company {}: an unpublished {what} channel is unverified, has no address and says in its note what was checked",
                c.id
            );
        }
    }
    if let Some(a) = &c.account_ids
        && (a.min_digits == 0 || a.min_digits > a.max_digits)
    {
        bail!(
            "company {}: account ids need 1 <= min_digits <= max_digits",
            c.id
        );
    }
    if c.fictional {
        // Demo data must never point at a real mailbox or site.
        let emergency = c.emergency.published().map(|(_, a)| a);
        for address in c.intake.published().into_iter().chain(emergency) {
            if !(address.contains(".test") || address.contains("example")) {
                bail!(
                    "fictional company {} has a real-looking address {address}",
                    c.id
                );
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::Directory;
    use crate::domain::request_type::RequestType;

    fn cc(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    #[test]
    fn shipped_directory_has_real_companies_and_one_fictional() {
        let dir = Directory::load().unwrap();
        let real = dir.companies().iter().filter(|c| !c.fictional).count();
        assert!(real >= 8, "{real} real companies");
        let fictional: Vec<_> = dir.companies().iter().filter(|c| c.fictional).collect();
        assert_eq!(fictional.len(), 1);
        assert!(fictional[0].intake.address.contains(".test"));
        for c in dir.companies() {
            for j in dir.jurisdictions() {
                assert!(
                    c.entity_for(j.code).is_some(),
                    "{} has no entity for {}",
                    c.id,
                    j.code
                );
            }
            for (what, p) in c.facts() {
                assert!(!p.source.trim().is_empty(), "{} {what} has no source", c.id);
            }
        }
    }

    #[test]
    fn tiktok_answers_for_apac_users_from_singapore() {
        let dir = Directory::load().unwrap();
        let tiktok = dir.company("tiktok").unwrap();
        for code in ["PH", "NP", "KR", "AU"] {
            assert_eq!(
                tiktok.entity_for(cc(code)).unwrap().name,
                "TikTok Pte. Ltd.",
                "{code}"
            );
        }
    }

    #[test]
    fn home_country_process_is_local_for_officers_of_that_country() {
        let dir = Directory::load().unwrap();
        let kakao = dir.company("kakao").unwrap();
        let home = kakao.entity_for(cc("KR")).unwrap().country;
        assert_eq!(home, cc("KR"));
        assert_eq!(kakao.process.content, Process::HomeProcessOrTreaty);
        assert_eq!(
            kakao.process_for(DataCategory::Content, cc("KR"), home),
            Process::LocalProcess
        );
        assert_eq!(
            kakao.process_for(DataCategory::Content, cc("PH"), home),
            Process::HomeProcessOrTreaty
        );
        let meta = dir.company("meta").unwrap();
        let meta_home = meta.entity_for(cc("PH")).unwrap().country;
        assert_eq!(
            meta.process_for(DataCategory::Content, cc("PH"), meta_home),
            Process::HomeProcessOrTreaty
        );
    }

    #[test]
    fn bad_directory_data_is_refused() {
        let dir = Directory::load().unwrap();
        let base = include_str!("../../data/companies.toml");
        let twice = format!("{base}\n{}", &base[base.find("[[company]]").unwrap()..]);
        assert!(parse(&twice, dir.jurisdictions()).is_err(), "duplicate ids");
        let unknown = base.replacen("serves = [\"*\"]", "serves = [\"US\"]", 1);
        assert!(
            parse(&unknown, dir.jurisdictions()).is_err(),
            "unknown jurisdiction"
        );
    }

    #[test]
    fn the_companies_officers_ask_about_are_listed_with_sourced_facts() {
        let dir = Directory::load().unwrap();
        for (id, entity) in [
            ("whatsapp", "WhatsApp LLC"),
            ("telegram", "Telegram Messenger Inc."),
            ("x", "X Corp."),
            ("wechat", "WeChat International Pte. Ltd."),
            ("zalo", "VNG Corporation (Công ty Cổ phần VNG)"),
            ("bigo", "Bigo Technology Pte. Ltd."),
            ("viber", "Viber Media S.à r.l."),
            ("shopee", "Shopee Singapore Private Limited"),
        ] {
            let c = dir.company(id).unwrap_or_else(|| panic!("{id} missing"));
            assert!(!c.fictional, "{id}");
            // The default entity answers for a jurisdiction no entity names.
            assert_eq!(c.entity_for(cc("NP")).unwrap().name, entity, "{id}");
            assert!(!c.request_types.accepted.is_empty(), "{id}");
            for (what, p) in c.facts() {
                assert_eq!(p.checked.to_string(), "2026-12-01", "{id} {what}");
                assert!(!p.source.trim().is_empty(), "{id} {what}");
                assert!(
                    p.is_verified() || !p.note.trim().is_empty(),
                    "{id} {what}: unverified without a note"
                );
            }
        }
        // Shopee answers through its company in the user's market.
        let shopee = dir.company("shopee").unwrap();
        assert_eq!(shopee.entity_for(cc("ID")).unwrap().country, cc("ID"));
        assert_eq!(
            shopee.process_for(DataCategory::Subscriber, cc("ID"), cc("ID")),
            Process::LocalProcess
        );
        // End-to-end encrypted messengers take no content requests.
        for id in ["whatsapp", "viber"] {
            assert!(
                !dir.company(id).unwrap().accepts(RequestType::Content),
                "{id}"
            );
        }
        // Viber needs the treaty route from every APAC country.
        let viber = dir.company("viber").unwrap();
        let home = viber.entity_for(cc("PH")).unwrap().country;
        assert_eq!(home, cc("LU"));
        assert_eq!(
            viber.process_for(DataCategory::Subscriber, cc("PH"), home),
            Process::HomeProcessOrTreaty
        );
    }

    #[test]
    fn unpublished_emergency_channels_say_so_and_show_no_address() {
        let dir = Directory::load().unwrap();
        for id in ["line", "kakao", "roblox", "telegram"] {
            let e = &dir.company(id).unwrap().emergency;
            assert_eq!(e.channel, Channel::NonePublished, "{id}");
            assert!(e.published().is_none(), "{id}");
            assert!(e.address.is_empty(), "{id}");
            assert!(!e.provenance.is_verified(), "{id}");
            assert_eq!(e.provenance.checked.to_string(), "2026-12-01", "{id}");
            assert!(
                e.provenance
                    .note
                    .contains("No public emergency channel found, checked 2026-12-01"),
                "{id}: {}",
                e.provenance.note
            );
        }
        let meta = &dir.company("meta").unwrap().emergency;
        assert_eq!(
            meta.published(),
            Some((Channel::Portal, "https://www.facebook.com/records"))
        );
        // No record anywhere still carries a placeholder.
        for c in dir.companies() {
            for (what, p) in c.facts() {
                assert!(!p.note.contains("PLACEHOLDER"), "{} {what}", c.id);
            }
        }
    }

    #[test]
    fn an_unpublished_channel_must_be_honest_about_it() {
        let dir = Directory::load().unwrap();
        let mut c = dir.company("line").unwrap().clone();
        assert!(check(&c, dir.jurisdictions()).is_ok());
        c.emergency.address = "https://line.example/emergency".into();
        assert!(
            check(&c, dir.jurisdictions()).is_err(),
            "an address for no channel"
        );
        let mut c = dir.company("line").unwrap().clone();
        c.emergency.provenance.status = crate::directory::Status::Verified;
        assert!(
            check(&c, dir.jurisdictions()).is_err(),
            "a verified absence"
        );
        let mut c = dir.company("line").unwrap().clone();
        c.emergency.provenance.note.clear();
        assert!(
            check(&c, dir.jurisdictions()).is_err(),
            "no note of what was checked"
        );
        let mut c = dir.company("meta").unwrap().clone();
        c.intake.address.clear();
        assert!(
            check(&c, dir.jurisdictions()).is_err(),
            "a channel without its address"
        );
    }

    #[test]
    fn rechecked_facts_have_their_values_sources_and_dates() {
        let dir = Directory::load().unwrap();
        let discord = dir.company("discord").unwrap();
        assert_eq!(
            discord.intake.address,
            "https://app.kodexglobal.com/discord/signin"
        );
        assert!(discord.intake.provenance.source.contains("360044157931"));
        assert_eq!(discord.intake.provenance.checked.to_string(), "2026-12-01");
        assert!(!discord.intake.provenance.is_verified());
        let ids = discord.account_ids.as_ref().unwrap();
        assert_eq!((ids.min_digits, ids.max_digits), (17, 20));
        assert!(ids.provenance.source.contains("reference#snowflakes"));
        assert_eq!(ids.provenance.checked.to_string(), "2026-12-01");
        assert!(ids.fits(18) && !ids.fits(8));
        let kakao = dir.company("kakao").unwrap();
        assert_eq!(kakao.limits.max_range_days, Some(365));
        assert!(
            kakao
                .limits
                .provenance
                .source
                .contains("Enforcement Decree art. 41")
        );
        assert_eq!(kakao.limits.provenance.checked.to_string(), "2026-12-01");
    }

    /// A fact of the second 2026-12-01 check: its source names what was
    /// read, it carries the day of the check and the status found.
    fn pinned(what: &str, p: &Provenance, source: &str, verified: bool) {
        assert!(
            p.source.contains(source),
            "{what}: source {:?} lacks {source:?}",
            p.source
        );
        assert_eq!(p.checked.to_string(), "2026-12-01", "{what}");
        assert_eq!(p.is_verified(), verified, "{what}");
        if !verified {
            assert!(
                !p.note.trim().is_empty(),
                "{what}: unverified without a note"
            );
        }
    }

    #[test]
    fn apple_answers_through_the_entity_its_icloud_terms_name() {
        let dir = Directory::load().unwrap();
        let apple = dir.company("apple").unwrap();
        for (codes, name, country) in [
            (&["AU", "NZ"][..], "Apple Pty Limited", "AU"),
            (&["JP"][..], "iTunes K.K.", "JP"),
            (
                &["KR", "KH", "NP", "LK"][..],
                "Apple Services Pte. Ltd.",
                "SG",
            ),
            (
                &["PH", "SG", "IN", "HK", "PK"][..],
                "Apple Distribution International Ltd.",
                "IE",
            ),
        ] {
            for code in codes {
                let e = apple.entity_for(cc(code)).unwrap();
                assert_eq!((e.name.as_str(), e.country), (name, cc(country)), "{code}");
                pinned(
                    &format!("apple {code}"),
                    &e.provenance,
                    "iCloud Terms",
                    true,
                );
            }
        }
        // No APAC user contracts with Apple Inc. any more.
        assert!(apple.entities.iter().all(|e| e.name != "Apple Inc."));
        // Content still needs the treaty route from a country Apple has no
        // entity in, and the note says where it leads.
        let home = apple.entity_for(cc("PH")).unwrap().country;
        assert_eq!(
            apple.process_for(DataCategory::Content, cc("PH"), home),
            Process::HomeProcessOrTreaty
        );
        assert!(apple.process.provenance.note.contains("United States"));
        // Content leads to US process even where the answering entity is
        // the officer's own country's (iTunes K.K. for Japan).
        let japan = apple.entity_for(cc("JP")).unwrap().country;
        assert_eq!(japan, cc("JP"));
        assert_eq!(apple.home_country(japan), cc("US"));
        assert_eq!(
            apple.process_for(DataCategory::Content, cc("JP"), japan),
            Process::HomeProcessOrTreaty
        );
        pinned(
            "apple process",
            &apple.process.provenance,
            "outside the United States",
            false,
        );
    }

    #[test]
    fn second_check_pins_the_entities_that_route_requests() {
        let dir = Directory::load().unwrap();
        for (id, name, country, source) in [
            ("meta", "Meta Platforms, Inc.", "US", "Open Terms Archive"),
            ("google", "Google LLC", "US", "information-requests"),
            (
                "tiktok",
                "TikTok Pte. Ltd.",
                "SG",
                "tiktok-law-enforcement-guidelines",
            ),
            (
                "snap",
                "Snap Inc.",
                "US",
                "Law Enforcement Guide (last updated 1 July 2025",
            ),
            (
                "discord",
                "Discord Inc.",
                "US",
                "Terms of Service (effective 29 Sep 2025)",
            ),
            ("roblox", "Roblox Corporation", "US", "Privacy Policy"),
            (
                "cloudflare",
                "Cloudflare, Inc.",
                "US",
                "Terms of Service and Privacy Policy",
            ),
            ("line", "LY Corporation", "JP", "Common Terms of Use"),
            ("kakao", "Kakao Corp.", "KR", "kakao.com/ja/privacy"),
            (
                "whatsapp",
                "WhatsApp LLC",
                "US",
                "Terms of Service (last updated 16 Feb 2024",
            ),
            (
                "telegram",
                "Telegram Messenger Inc.",
                "VG",
                "Telegram Privacy Policy",
            ),
            ("x", "X Corp.", "US", "Data Controller"),
            (
                "wechat",
                "WeChat International Pte. Ltd.",
                "SG",
                "WeChat Privacy Policy",
            ),
        ] {
            let e = dir.company(id).unwrap().entity_for(cc("PH")).unwrap();
            assert_eq!((e.name.as_str(), e.country), (name, cc(country)), "{id}");
            pinned(id, &e.provenance, source, true);
        }
        // Microsoft's contracting company for APAC users was not readable.
        let ms = dir
            .company("microsoft")
            .unwrap()
            .entity_for(cc("PH"))
            .unwrap();
        pinned("microsoft", &ms.provenance, "Services Agreement", false);
        // Daum left Kakao for its subsidiary AXZ in 2025.
        let kakao = dir.company("kakao").unwrap();
        assert_eq!(kakao.services, ["KakaoTalk"]);
        assert!(kakao.entities[0].provenance.note.contains("AXZ"));
    }

    #[test]
    fn second_check_pins_process_per_data_category() {
        let dir = Directory::load().unwrap();
        use Process::{HomeProcessOrTreaty as Treaty, LocalProcess as Local};
        for (id, [subscriber, traffic, content], source, verified) in [
            (
                "meta",
                [Local, Local, Treaty],
                "International legal process",
                true,
            ),
            ("tiktok", [Local, Local, Local], "sections 2 and 7", true),
            (
                "snap",
                [Treaty, Treaty, Treaty],
                "Non-U.S. Legal Process",
                true,
            ),
            (
                "x",
                [Local, Local, Treaty],
                "Mutual legal assistance treaties",
                true,
            ),
            ("telegram", [Local, Local, Treaty], "8.3", true),
            (
                "wechat",
                [Local, Local, Treaty],
                "WeChat Privacy Policy",
                true,
            ),
            ("bigo", [Local, Local, Local], "legalInquiry", true),
            ("line", [Treaty, Treaty, Treaty], "009415", true),
            ("kakao", [Treaty, Treaty, Treaty], "transparency", true),
            ("microsoft", [Local, Local, Treaty], "2702", false),
            (
                "google",
                [Local, Local, Treaty],
                "information-requests",
                false,
            ),
        ] {
            let p = &dir.company(id).unwrap().process;
            assert_eq!(
                [p.subscriber, p.traffic, p.content],
                [subscriber, traffic, content],
                "{id}"
            );
            pinned(id, &p.provenance, source, verified);
        }
        // Snap's discretionary route for subscriber data and IP logs is in
        // the note, the treaty route in the value.
        let snap = &dir.company("snap").unwrap().process.provenance;
        assert!(snap.note.contains("discretion"), "{}", snap.note);
    }

    #[test]
    fn second_check_pins_limits_and_routes() {
        let dir = Directory::load().unwrap();
        for (id, days, renewable, source, verified) in [
            ("meta", Some(90), None, "Account preservation", true),
            ("tiktok", Some(90), Some(true), "section 5", true),
            (
                "snap",
                Some(90),
                Some(true),
                "VI. Preservation Requests",
                true,
            ),
            ("x", Some(90), Some(true), "Preservation requests", true),
            ("apple", Some(90), None, "secondary", false),
            ("whatsapp", Some(90), None, "444002211197967", false),
        ] {
            let l = &dir.company(id).unwrap().limits;
            assert_eq!(
                (l.preservation_days, l.preservation_renewable),
                (days, renewable),
                "{id}"
            );
            pinned(id, &l.provenance, source, verified);
        }
        // Kakao's one-year limit is kept but flagged: the decree sets how
        // long records must at least be kept, not when they are deleted.
        let kakao = &dir.company("kakao").unwrap().limits;
        assert_eq!(kakao.max_range_days, Some(365));
        pinned(
            "kakao limits",
            &kakao.provenance,
            "Enforcement Decree art. 41",
            false,
        );
        assert!(kakao.provenance.note.contains("duty to keep"));

        let snap = &dir.company("snap").unwrap().emergency;
        assert_eq!(
            snap.published(),
            Some((Channel::WebForm, "https://less.snapchat.com/emergency"))
        );
        assert_eq!(snap.around_the_clock, Some(true));
        pinned("snap emergency", &snap.provenance, "1 July 2025", true);
        let tiktok = dir.company("tiktok").unwrap();
        for (what, route) in [
            ("intake", tiktok.intake.published()),
            ("emergency", tiktok.emergency.published().map(|(_, a)| a)),
        ] {
            assert_eq!(
                route,
                Some("https://www.tiktok.com/legal/report/lawenforcementrequest"),
                "{what}"
            );
        }
        pinned(
            "tiktok emergency",
            &tiktok.emergency.provenance,
            "section 6",
            true,
        );
        let roblox = &dir.company("roblox").unwrap().intake;
        assert_eq!(roblox.channel, Channel::PortalKodex);
        assert_eq!(
            roblox.published(),
            Some("https://app.kodexglobal.com/roblox/signin")
        );
        pinned(
            "roblox intake",
            &roblox.provenance,
            "Open Terms Archive",
            true,
        );
        let x = &dir.company("x").unwrap().emergency;
        assert_eq!(
            x.published(),
            Some((Channel::Portal, "https://legalrequests.x.com"))
        );
        pinned(
            "x emergency",
            &x.provenance,
            "Emergency disclosure requests",
            true,
        );
    }

    #[test]
    fn form_values_are_the_data_file_values() {
        for c in Channel::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.as_str())
            );
        }
        for p in Process::ALL {
            assert_eq!(
                serde_json::to_string(&p).unwrap(),
                format!("\"{}\"", p.as_str())
            );
        }
    }
}
