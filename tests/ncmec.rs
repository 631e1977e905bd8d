//! The NCMEC CyberTipline form, checked against an independent reading of
//! NCMEC's schema: the child order of every element and the values of every
//! enumeration are written out below from the research notes
//! (`shared/research/csam_reports.md` §1.2–1.4, which compiled them from the
//! typed models of the open-source `ncmec-cybertip` client), not taken
//! from casebridge's serializer.

use casebridge::domain::report::Report;
use casebridge::ncmec::{file_xml, report_xml};

const PERSON: &[&str] = &[
    "firstName",
    "lastName",
    "phone",
    "email",
    "address",
    "age",
    "ageAssertionDiscrepancy",
    "dateOfBirth",
];
const ADDRESS: &[&str] = &[
    "address",
    "city",
    "zipCode",
    "state",
    "nonUsaState",
    "country",
];

/// Each element with children, and the order its children must come in.
const SEQUENCES: &[(&str, &[&str])] = &[
    (
        "report",
        &[
            "batchedReport",
            "incidentSummary",
            "internetDetails",
            "lawEnforcement",
            "reporter",
            "personOrUserReported",
            "intendedRecipient",
            "victim",
            "additionalInfo",
        ],
    ),
    (
        "incidentSummary",
        &[
            "incidentType",
            "platform",
            "escalateToHighPriority",
            "reportAnnotations",
            "incidentDateTime",
            "incidentDateTimeDescription",
        ],
    ),
    (
        "reportAnnotations",
        &[
            "sextortion",
            "csamSolicitation",
            "minorToMinorInteraction",
            "spam",
            "sadisticOnlineExploitation",
            "informational",
        ],
    ),
    (
        "internetDetails",
        &[
            "webPageIncident",
            "emailIncident",
            "newsgroupIncident",
            "chatImIncident",
            "onlineGamingIncident",
            "cellPhoneIncident",
            "nonInternetIncident",
            "peer2peerIncident",
        ],
    ),
    ("webPageIncident", &["url", "additionalInfo"]),
    (
        "emailIncident",
        &["emailAddress", "content", "additionalInfo"],
    ),
    (
        "chatImIncident",
        &["chatClient", "chatRoomName", "content", "additionalInfo"],
    ),
    (
        "onlineGamingIncident",
        &["gameName", "console", "content", "additionalInfo"],
    ),
    (
        "cellPhoneIncident",
        &["phoneNumber", "latitude", "longitude", "additionalInfo"],
    ),
    (
        "nonInternetIncident",
        &["locationName", "incidentAddress", "additionalInfo"],
    ),
    (
        "peer2peerIncident",
        &["client", "ipCaptureEvent", "fileNames", "additionalInfo"],
    ),
    ("incidentAddress", ADDRESS),
    ("address", ADDRESS),
    (
        "reporter",
        &[
            "reportingPerson",
            "contactPerson",
            "companyTemplate",
            "termsOfService",
            "legalURL",
        ],
    ),
    ("reportingPerson", PERSON),
    ("personOrUserReportedPerson", PERSON),
    ("intendedRecipientPerson", PERSON),
    ("victimPerson", PERSON),
    (
        "contactPerson",
        &["firstName", "lastName", "phone", "email", "address"],
    ),
    (
        "personOrUserReported",
        &[
            "personOrUserReportedPerson",
            "vehicleDescription",
            "espIdentifier",
            "espService",
            "compromisedAccount",
            "screenName",
            "displayName",
            "profileUrl",
            "profileBio",
            "ipCaptureEvent",
            "deviceId",
            "thirdPartyUserReported",
            "priorCTReports",
            "groupIdentifier",
            "estimatedLocation",
            "allEmailsReported",
            "associatedAccount",
            "additionalInfo",
        ],
    ),
    (
        "intendedRecipient",
        &[
            "intendedRecipientPerson",
            "espIdentifier",
            "espService",
            "compromisedAccount",
            "screenName",
            "displayName",
            "profileUrl",
            "profileBio",
            "ipCaptureEvent",
            "deviceId",
            "priorCTReports",
            "groupIdentifier",
            "estimatedLocation",
            "allEmailsReported",
            "additionalInfo",
        ],
    ),
    (
        "victim",
        &[
            "victimPerson",
            "espIdentifier",
            "espService",
            "compromisedAccount",
            "screenName",
            "displayName",
            "profileUrl",
            "profileBio",
            "ipCaptureEvent",
            "deviceId",
            "schoolName",
            "priorCTReports",
            "estimatedLocation",
            "allEmailsReported",
            "associatedAccount",
            "additionalInfo",
        ],
    ),
    (
        "associatedAccount",
        &[
            "platform",
            "firstName",
            "middleName",
            "lastName",
            "approximateAge",
            "ageAssertionDiscrepancy",
            "phone",
            "email",
            "allEmailsReported",
            "address",
            "espService",
            "espIdentifier",
            "profileUrl",
            "screenName",
            "displayName",
            "profileBio",
            "groupIdentifier",
            "ipCaptureEvent",
            "deviceId",
            "additionalInfo",
        ],
    ),
    (
        "ipCaptureEvent",
        &[
            "ipAddress",
            "eventName",
            "dateTime",
            "possibleProxy",
            "port",
        ],
    ),
    ("deviceId", &["idType", "idValue", "eventName", "dateTime"]),
    ("estimatedLocation", &["city", "region", "countryCode"]),
    (
        "fileDetails",
        &[
            "reportId",
            "fileId",
            "originalFileName",
            "uploadedToEspTimestamp",
            "locationOfFile",
            "fileViewedByEsp",
            "exifViewedByEsp",
            "publiclyAvailable",
            "fileRelevance",
            "fileAnnotations",
            "industryClassification",
            "originalFileHash",
            "ipCaptureEvent",
            "deviceId",
            "details",
            "additionalInfo",
        ],
    ),
    (
        "fileAnnotations",
        &[
            "animeDrawingVirtualHentai",
            "potentialMeme",
            "viral",
            "possibleSelfProduction",
            "physicalHarm",
            "violenceGore",
            "bestiality",
            "liveStreaming",
            "infant",
            "generativeAi",
        ],
    ),
    ("details", &["nameValuePair"]),
    ("nameValuePair", &["name", "value"]),
];

/// Elements whose text must be one of these values.
const ENUMS: &[(&str, &[&str])] = &[
    (
        "incidentType",
        &[
            "Child Pornography (possession, manufacture, and distribution)",
            "Child Sex Trafficking",
            "Child Sex Tourism",
            "Child Sexual Molestation",
            "Misleading Domain Name",
            "Misleading Words or Digital Images on the Internet",
            "Online Enticement of Children for Sexual Acts",
            "Unsolicited Obscene Material Sent to a Child",
        ],
    ),
    (
        "eventName",
        &[
            "Login",
            "Registration",
            "Purchase",
            "Upload",
            "Other",
            "Unknown",
        ],
    ),
    ("fileRelevance", &["Reported", "Supplemental Reported"]),
    ("industryClassification", &["A1", "A2", "B1", "B2"]),
    ("fileViewedByEsp", &["true", "false"]),
    ("exifViewedByEsp", &["true", "false"]),
    ("publiclyAvailable", &["true", "false"]),
    ("possibleProxy", &["true", "false"]),
    ("compromisedAccount", &["true", "false"]),
];

/// Elements whose text may be at most this many characters.
const LIMITS: &[(&str, usize)] = &[
    ("platform", 256),
    ("escalateToHighPriority", 3000),
    ("incidentDateTimeDescription", 3000),
    ("firstName", 100),
    ("lastName", 100),
    ("espIdentifier", 255),
    ("espService", 100),
    ("screenName", 256),
    ("schoolName", 255),
    ("legalURL", 2083),
    ("originalFileName", 2056),
    ("locationOfFile", 2083),
    ("idValue", 2083),
    ("chatClient", 255),
    ("chatRoomName", 255),
];

const TIMES: &[&str] = &["incidentDateTime", "dateTime", "uploadedToEspTimestamp"];

/// Everything wrong with `xml` by the tables above.
fn problems(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let time = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$").unwrap();
    let code = regex::Regex::new(r"^\+[0-9]{1,3}$").unwrap();
    let mut out = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        let children: Vec<&str> = node
            .children()
            .filter(|c| c.is_element())
            .map(|c| c.tag_name().name())
            .collect();
        let text = node.text().unwrap_or("").trim();
        if !children.is_empty() {
            let Some((_, seq)) = SEQUENCES.iter().find(|(n, _)| *n == name) else {
                out.push(format!(
                    "{name} has children {children:?} but none are allowed"
                ));
                continue;
            };
            let mut last = 0;
            for c in &children {
                match seq.iter().position(|s| s == c) {
                    None => out.push(format!("{name} may not hold {c}")),
                    Some(i) if i < last => {
                        out.push(format!("{name}: {c} out of order in {children:?}"))
                    }
                    Some(i) => last = i,
                }
            }
            if name == "internetDetails" && children.len() != 1 {
                out.push(format!(
                    "internetDetails holds {children:?}, not exactly one"
                ));
            }
        } else if text.is_empty()
            && !SEQUENCES
                .iter()
                .any(|(n, seq)| *n == "reportAnnotations" && seq.contains(&name))
            && !SEQUENCES
                .iter()
                .any(|(n, seq)| *n == "fileAnnotations" && seq.contains(&name))
            && name != "victimPerson"
        {
            out.push(format!("{name} is empty"));
        }
        if let Some((_, values)) = ENUMS.iter().find(|(n, _)| *n == name)
            && !values.contains(&text)
        {
            out.push(format!("{name} = {text:?} is not one of NCMEC's values"));
        }
        if let Some((_, max)) = LIMITS.iter().find(|(n, _)| *n == name)
            && text.chars().count() > *max
        {
            out.push(format!("{name} is longer than {max}"));
        }
        if TIMES.contains(&name) && !time.is_match(text) {
            out.push(format!("{name} = {text:?} is not ISO 8601 with an offset"));
        }
        if name == "port" && !text.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p)) {
            out.push(format!("port {text}"));
        }
        if let Some(c) = node.attribute("countryCallingCode")
            && !code.is_match(c)
        {
            out.push(format!("countryCallingCode {c}"));
        }
        if let Some(t) = node.attribute("hashType")
            && !["MD5", "SHA1", "SHA256"].contains(&t)
        {
            out.push(format!("hashType {t}"));
        }
    }
    out
}

fn every_field() -> Report {
    serde_json::from_str(include_str!("data/reports/every_field.json")).unwrap()
}

fn complete() -> Report {
    serde_json::from_str(include_str!("data/reports/complete.json")).unwrap()
}

#[test]
fn a_report_with_every_field_follows_the_schema_in_order_and_spelling() {
    let r = every_field();
    let xml = report_xml(&r, "PH: DOJ Office of Cybercrime");
    assert_eq!(problems(&xml), Vec::<String>::new(), "{xml}");
    // What police need most is there, as NCMEC names it.
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let has = |tag: &str| doc.descendants().any(|n| n.has_tag_name(tag));
    for tag in [
        "incidentType",
        "incidentDateTime",
        "reportingPerson",
        "email",
        "personOrUserReported",
        "ipCaptureEvent",
        "port",
        "victim",
        "estimatedLocation",
    ] {
        assert!(has(tag), "{tag} missing: {xml}");
    }
    for f in &r.files {
        let xml = file_xml(f);
        assert_eq!(problems(&xml), Vec::<String>::new(), "{xml}");
    }
}

#[test]
fn a_report_with_only_what_ncmec_requires_exports_too() {
    let mut r = Report {
        incident: complete().incident,
        ..Report::default()
    };
    r.incident.child_at_imminent_risk = None;
    r.reporter.email = "safety@example-social.test".into();
    let xml = report_xml(&r, "");
    assert_eq!(problems(&xml), Vec::<String>::new(), "{xml}");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root: Vec<&str> = doc
        .root_element()
        .children()
        .filter(|c| c.is_element())
        .map(|c| c.tag_name().name())
        .collect();
    assert_eq!(root, ["incidentSummary", "reporter"], "{xml}");
    assert!(
        !xml.contains("escalateToHighPriority"),
        "nothing escalates it"
    );
}

#[test]
fn a_child_at_imminent_risk_escalates_and_annotations_follow_the_schema_order() {
    let mut r = complete();
    r.incident.child_at_imminent_risk = Some(true);
    r.incident.escalation_reason = "The account arranges to meet the child on Saturday.".into();
    use casebridge::domain::report::ReportAnnotation as A;
    r.incident.report_annotations =
        vec![A::Informational, A::Sextortion, A::MinorToMinorInteraction];
    let xml = report_xml(&r, "");
    assert_eq!(problems(&xml), Vec::<String>::new(), "{xml}");
    assert!(xml.contains(
        "<escalateToHighPriority>The account arranges to meet the child on Saturday.</escalateToHighPriority>"
    ));
    assert!(xml.contains(
        "<reportAnnotations><sextortion/><minorToMinorInteraction/><informational/></reportAnnotations>"
    ), "{xml}");
}

#[test]
fn the_checker_catches_what_ncmec_rejects() {
    // The table is the test's own; a document out of order fails it.
    let swapped = "<report><reporter><reportingPerson><email>a@b.test</email></reportingPerson></reporter>\
        <incidentSummary><incidentType>Child Sex Tourism</incidentType>\
        <incidentDateTime>2026-11-20T10:00:00+08:00</incidentDateTime></incidentSummary></report>";
    assert!(problems(swapped).iter().any(|p| p.contains("out of order")));
    let spelled = "<report><incidentSummary><incidentType>Online Enticement of Children for Sexual Act</incidentType>\
        <incidentDateTime>2026-11-20 10:00</incidentDateTime></incidentSummary></report>";
    let found = problems(spelled);
    assert!(
        found
            .iter()
            .any(|p| p.contains("not one of NCMEC's values")),
        "{found:?}"
    );
    assert!(found.iter().any(|p| p.contains("ISO 8601")), "{found:?}");
}
