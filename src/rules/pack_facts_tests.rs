//! The facts changed or added in the 2026-12-01 check, each with its value,
//! its source and its checked date: a fact edited without a new source or
//! date fails here.

use super::*;
use crate::directory::Provenance;

const CHECKED: &str = "2026-12-01";

fn rules() -> Rules {
    Rules::load(&Directory::load().unwrap()).unwrap()
}

/// A fact of a pack by where it sits: `intake:<authority>`,
/// `authority:<id>`, `duty:<id>`, `law:<id>`, `required:<id>`,
/// `former:<id>` or `languages`. Returns its value as text and provenance.
fn fact<'a>(p: &'a RulePack, key: &str) -> (String, &'a Provenance) {
    let (kind, id) = key.split_once(':').unwrap_or((key, ""));
    let code = p.jurisdiction.map(|c| c.to_string()).unwrap_or_default();
    fn nothing<T>(code: &str, key: &str) -> T {
        panic!("{code}: no {key}")
    }

    match kind {
        "languages" => (
            p.languages.join(","),
            p.languages_provenance
                .as_ref()
                .unwrap_or_else(|| nothing(&code, key)),
        ),
        "intake" => {
            let a = p.authority(id).unwrap_or_else(|| nothing(&code, key));
            (
                format!("{:?} {}", a.intake.channel, a.intake.address),
                &a.intake.provenance,
            )
        }
        "authority" => {
            let a = p.authority(id).unwrap_or_else(|| nothing(&code, key));
            (format!("{} {}", a.name, a.role), &a.provenance)
        }
        "duty" => {
            let d = p
                .duties
                .iter()
                .find(|d| d.id == id)
                .unwrap_or_else(|| nothing(&code, key));
            (format!("{:?} {}", d.period, d.summary), &d.provenance)
        }
        "law" => {
            let l = p
                .laws
                .iter()
                .find(|l| l.id == id)
                .unwrap_or_else(|| nothing(&code, key));
            (format!("{} {}", l.citation, l.summary), &l.provenance)
        }
        "required" => {
            let r = p
                .required
                .iter()
                .find(|r| r.id == id)
                .unwrap_or_else(|| nothing(&code, key));
            (
                format!("{:?} {:?} {}", r.path, r.any_of, r.why),
                &r.provenance,
            )
        }
        "former" => {
            let f = p
                .former_authorities
                .iter()
                .find(|f| f.id == id)
                .unwrap_or_else(|| nothing(&code, key));
            (
                format!("{} -> {} {}", f.name, f.replaced_by, f.until),
                &f.provenance,
            )
        }
        _ => nothing(&code, key),
    }
}

/// Checks one fact: the value contains `value`, the source contains
/// `source`, it was checked on the day of the check and has the status.
fn check(rules: &Rules, code: &str, key: &str, value: &str, source: &str, verified: bool) {
    let p = if code == "base" {
        &rules.base
    } else {
        rules.pack(CountryCode::parse(code).unwrap()).unwrap()
    };
    let (text, prov) = fact(p, key);
    assert!(
        text.contains(value),
        "{code} {key}: {text:?} lacks {value:?}"
    );
    assert!(
        prov.source.contains(source),
        "{code} {key}: source {:?} lacks {source:?}",
        prov.source
    );
    assert_eq!(prov.checked.to_string(), CHECKED, "{code} {key}");
    assert_eq!(prov.is_verified(), verified, "{code} {key}");
}

#[test]
fn india_takedown_is_three_hours_on_an_order_and_two_on_an_intimate_image_complaint() {
    let r = rules();
    check(
        &r,
        "IN",
        "duty:in-takedown-order",
        "hours: 3",
        "G.S.R. 120(E)",
        true,
    );
    check(
        &r,
        "IN",
        "duty:in-takedown-intimate",
        "hours: 2",
        "mondaq.com 1746068",
        true,
    );
    check(&r, "IN", "languages", "en,hi", "art. 343", true);
    check(&r, "IN", "law:in-pocso", "s.67B", "srdlawnotes", true);
    check(
        &r,
        "IN",
        "intake:sjpu",
        "NonePublished",
        "POCSO Rules 2020 r.11",
        false,
    );
    check(
        &r,
        "IN",
        "duty:in-retention",
        "days: 180",
        "r.3(1)(g)",
        false,
    );
}

#[test]
fn pakistan_sends_to_nccia_under_peca_section_22() {
    let r = rules();
    check(
        &r,
        "PK",
        "authority:nccia",
        "29 Apr 2024",
        "thenews.com.pk",
        true,
    );
    check(&r, "PK", "intake:nccia", "Phone 1799", "arabnews.pk", true);
    check(
        &r,
        "PK",
        "former:fia-ccw",
        "-> nccia 2025-04-22",
        "neonews.pk",
        true,
    );
    check(
        &r,
        "PK",
        "law:pk-peca-22",
        "s.22",
        "pcsw.punjab.gov.pk",
        true,
    );
    check(&r, "PK", "languages", "en,ur", "art. 251", true);
    check(
        &r,
        "PK",
        "intake:pta",
        "NonePublished",
        "csam_reports",
        false,
    );
}

#[test]
fn australia_and_new_zealand_routes() {
    let r = rules();
    check(
        &r,
        "AU",
        "intake:esafety",
        "WebForm esafety.gov.au/report",
        "how-esafety-can-help",
        true,
    );
    check(
        &r,
        "AU",
        "authority:esafety",
        "INHOPE member since 2000",
        "the-actions-we-can-take",
        true,
    );
    check(&r, "AU", "authority:accce", "NCMEC", "abc.net.au", true);
    check(
        &r,
        "AU",
        "law:au-criminal-code",
        "474.25",
        "sydneycriminallawyers",
        true,
    );
    check(&r, "AU", "languages", "en", "accce.gov.au", true);
    check(
        &r,
        "NZ",
        "intake:dia",
        "Digital-Safety-Report-Online-Child-Exploitation-Material",
        "dia.govt.nz",
        true,
    );
    check(&r, "NZ", "intake:oceanz", "ViaNcmec", "press.nsf", true);
    check(
        &r,
        "NZ",
        "intake:customs",
        "0800 937 768",
        "beehive.govt.nz",
        true,
    );
    check(
        &r,
        "NZ",
        "intake:netsafe",
        "report.netsafe.org.nz",
        "report.netsafe.org.nz",
        true,
    );
    check(&r, "NZ", "languages", "en", "dia.govt.nz", true);
}

#[test]
fn south_and_south_east_asia_routes_and_duties() {
    let r = rules();
    check(
        &r,
        "LK",
        "intake:ncpa",
        "childprotection.gov.lk (helpline 1929)",
        "srilankamirror",
        true,
    );
    check(&r, "LK", "languages", "si,ta,en", "theleader.lk", true);
    check(
        &r,
        "KH",
        "intake:anti-cyber-crime",
        "1288",
        "aplecambodia.org",
        true,
    );
    check(
        &r,
        "KH",
        "duty:kh-report",
        "Law on Electronic Commerce",
        "legal-summaries/cambodia",
        true,
    );
    check(
        &r,
        "KH",
        "law:kh-trafficking-law",
        "arts. 40-41",
        "inhope.org",
        true,
    );
    check(
        &r,
        "NP",
        "duty:np-social-media-directive",
        "hours: 24",
        "legal-summaries/nepal",
        true,
    );
    check(
        &r,
        "NP",
        "law:np-children-act",
        "Act Relating to Children 2018",
        "lawcommission.gov.np",
        true,
    );
    check(
        &r,
        "BD",
        "law:bd-pornography-act",
        "10 years",
        "shossainandassociates",
        true,
    );
    check(&r, "BD", "intake:cid-cpc", "01320010148", "myksabdm", false);
    check(
        &r,
        "SG",
        "duty:sg-online-safety-code",
        "18 Jul 2023",
        "rahmatlim",
        true,
    );
    check(
        &r,
        "SG",
        "duty:sg-ocha-direction",
        "1 Feb 2024",
        "digitalpolicyalert",
        true,
    );
    check(
        &r,
        "TH",
        "duty:th-traffic-data",
        "days: 90",
        "chandlermhm",
        true,
    );
    check(
        &r,
        "ID",
        "duty:id-takedown-urgent",
        "hours: 4",
        "fajar.co.id",
        true,
    );
    check(
        &r,
        "ID",
        "duty:id-pp-tunas",
        "PP 17/2025",
        "borneoflash",
        false,
    );
    check(
        &r,
        "VN",
        "duty:vn-decree-147",
        "hours: 24",
        "vneconomy",
        true,
    );
    check(
        &r,
        "VN",
        "duty:vn-decree-147-complaint",
        "hours: 48",
        "vietnam.vn",
        true,
    );
    check(&r, "MY", "duty:my-osa", "1 Jan 2026", "malaymail.com", true);
}

#[test]
fn north_asia_routes() {
    let r = rules();
    check(
        &r,
        "KR",
        "intake:kcsc",
        "kocsc.or.kr (phone 1377)",
        "yna.kr",
        true,
    );
    check(
        &r,
        "KR",
        "intake:knpa-ecrm",
        "ecrm.police.go.kr",
        "mynews-room",
        false,
    );
    check(&r, "KR", "law:kr-acypso", "art. 17", "wilmap", true);
    // KCSC was renamed in the reorganisation of 1 October 2025; drafts that
    // name it keep the same id.
    check(
        &r,
        "KR",
        "authority:kcsc",
        "방송미디어통신심의위원회, formerly the Korea Communications Standards Commission",
        "newspic",
        true,
    );
    check(
        &r,
        "JP",
        "intake:ihc",
        "WebForm https://www.internethotline.jp",
        "internethotline.jp",
        true,
    );
    check(&r, "JP", "languages", "ja,en", "internethotline.jp", true);
    check(
        &r,
        "TW",
        "intake:iwin",
        "i.win.org.tw",
        "kinmen.gov.tw",
        true,
    );
    check(
        &r,
        "HK",
        "intake:cstcb",
        "e-Report Centre",
        "police.gov.hk",
        true,
    );
    check(&r, "HK", "law:hk-cap579", "Cap. 579", "youthclic", true);
}

#[test]
fn the_base_pack_keeps_reported_material_a_year_under_the_report_act() {
    let r = rules();
    check(
        &r,
        "base",
        "duty:us-report-act-preservation",
        "days: 365",
        "118/public/59",
        true,
    );
}

#[test]
fn unverified_facts_say_what_would_confirm_them() {
    // Every fact marked unverified in the packs carries a note, so users
    // see why and what is missing.
    let r = rules();
    for p in [&r.base, &r.ncmec].into_iter().chain(r.packs()) {
        for prov in p.provenances() {
            if !prov.is_verified() && *prov.checked.to_string() >= *CHECKED {
                assert!(
                    !prov.note.trim().is_empty(),
                    "{:?}: unverified fact from {} has no note",
                    p.jurisdiction,
                    prov.source
                );
            }
        }
    }
}
