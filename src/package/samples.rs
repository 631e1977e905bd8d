//! Reference documents for tests, the benchmark and demos. Every person,
//! organisation, address and identifier here is made up; domains are
//! `.test`/`example`, IP addresses are from the documentation ranges.

use crate::i18n::Locale;

use super::layout::{Block, Label, PdfInput, Section, Table};

fn row(en: &str, ko: Option<&str>, value: &str) -> Block {
    Block::Row {
        label: Label {
            en: en.into(),
            local: ko.map(Into::into),
        },
        value: value.into(),
    }
}

fn label(en: &str, ko: Option<&str>) -> Label {
    Label {
        en: en.into(),
        local: ko.map(Into::into),
    }
}

fn fixed_time() -> jiff::Timestamp {
    // 2026-11-23T08:30:00Z, fixed so sample packages are reproducible.
    jiff::Timestamp::from_second(1_795_422_600).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

fn zone(name: &str) -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(name).unwrap_or(jiff::tz::TimeZone::UTC)
}

fn uuid(n: u128) -> uuid::Uuid {
    uuid::Uuid::from_u128(n)
}

/// A records request from a (fictional) Korean cyber unit to a (fictional)
/// company, in English, with Korean values.
pub fn reference_request() -> PdfInput {
    PdfInput {
        document_kind: label("Records request: subscriber information", None),
        package_id: uuid(0x5f0c_1e2a_7b3d_4c8e_9a01_2345_6789_abcd),
        document_reference: None,
        sender: "Inspector Kim Min-seo, Example Cyber Investigation Unit (officer@cyber-unit.police.test)".into(),
        recipient: "Example Social Pte. Ltd., law-enforcement response team (lers@example-social.test)".into(),
        created: fixed_time(),
        recipient_zone: zone("Asia/Singapore"),
        json_sha256: "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b".into(),
        cover_alert: None,
        training: false,
        recipient_locale: None,
        content_language: Some("ko".into()),
        sections: vec![
            Section {
                heading: label("Requesting officer", None),
                blocks: vec![
                    row("Name", None, "Kim Min-seo (김민서)"),
                    row("Agency", None, "Example Cyber Investigation Unit (가상 사이버수사대)"),
                    row("Email", None, "officer@cyber-unit.police.test"),
                    row("24/7 phone", None, "+82 2 0000 0000"),
                ],
            },
            Section {
                heading: label("Legal basis", None),
                blocks: vec![
                    row("Process", None, "Court order for subscriber information, Example District Court (가상지방법원) order 2026-0000"),
                    row(
                        "Summary of facts",
                        None,
                        "An adult user contacted a child through direct messages over several weeks and asked for images. \
                         The child's guardian reported it to the unit on 2026-11-20. The user is believed to live in \
                         서울특별시 가상구 예시로 123 (made-up address). Subscriber information is needed to identify \
                         the user and protect the child.",
                    ),
                    row("Non-disclosure", None, "Please do not notify the account holder for 90 days."),
                ],
            },
            Section {
                heading: label("Targets", None),
                blocks: vec![Block::Table(Table {
                    columns: vec![
                        label("Identifier type", None),
                        label("Identifier", None),
                        label("From", None),
                        label("To", None),
                    ],
                    rows: vec![
                        vec!["Username".into(), "example_user_4821".into(), "2026-10-01 00:00 KST".into(), "2026-11-20 23:59 KST".into()],
                        vec!["Email".into(), "someone@example.test".into(), "2026-10-01 00:00 KST".into(), "2026-11-20 23:59 KST".into()],
                        vec!["Profile URL".into(), "https://social.example/u/example_user_4821".into(), "2026-10-01 00:00 KST".into(), "2026-11-20 23:59 KST".into()],
                    ],
                })],
            },
            Section {
                heading: label("IP events to resolve", None),
                blocks: vec![Block::Table(Table {
                    columns: vec![
                        label("IP address", None),
                        label("Port", None),
                        label("Event", None),
                        label("Time (UTC)", None),
                    ],
                    rows: vec![
                        vec!["203.0.113.45".into(), "51234".into(), "Login".into(), "2026-11-19 13:02:11".into()],
                        vec!["2001:db8:85a3::8a2e:370:7334".into(), "443".into(), "Message sent".into(), "2026-11-19 13:05:40".into()],
                        vec!["198.51.100.7".into(), "".into(), "Login".into(), "2026-11-20 02:44:09".into()],
                    ],
                })],
            },
        ],
    }
}

/// An APAC report from a (fictional) member to a (fictional) Korean
/// authority: bilingual labels, Korean values, a hash table.
pub fn reference_report() -> PdfInput {
    let ko = Locale::from_tag("ko");
    PdfInput {
        document_kind: label(
            "APAC report: online child sexual exploitation",
            Some("아태 지역 신고: 온라인 아동 성착취"),
        ),
        package_id: uuid(0x8d2f_44b1_0c6e_4a7f_b3d2_0123_4567_89ef),
        document_reference: None,
        sender: "Example Social Pte. Ltd., Trust & Safety (safety@example-social.test)".into(),
        recipient:
            "가상 경찰청 사이버수사국 (Example Cyber Bureau, reports@cyber-bureau.police.test)"
                .into(),
        created: fixed_time(),
        recipient_zone: zone("Asia/Seoul"),
        json_sha256: "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c".into(),
        cover_alert: None,
        training: false,
        recipient_locale: ko,
        content_language: Some("ko".into()),
        sections: vec![
            Section {
                heading: label("Incident", Some("사건")),
                blocks: vec![
                    row(
                        "Incident type",
                        Some("사건 유형"),
                        "Online enticement of a child",
                    ),
                    row(
                        "Date and time",
                        Some("일시"),
                        "2026-11-19 22:05 KST (2026-11-19 13:05 UTC)",
                    ),
                    row(
                        "What the time means",
                        Some("시각의 의미"),
                        "Time the message was sent",
                    ),
                    row(
                        "Escalation reason",
                        Some("긴급 사유"),
                        "The user asked the child to meet in person this weekend. 사용자가 이번 주말에 아동에게 직접 만나자고 요구했습니다.",
                    ),
                ],
            },
            Section {
                heading: label("Reported account", Some("신고 대상 계정")),
                blocks: vec![
                    row("Screen name", Some("표시 이름"), "별빛고양이 (made-up)"),
                    row("Internal ID", Some("내부 ID"), "1000000000042"),
                    row(
                        "Email (verified)",
                        Some("이메일 (인증됨)"),
                        "someone@example.test",
                    ),
                    row(
                        "Estimated location",
                        Some("추정 위치"),
                        "경기도 가상시 예시동 (made-up)",
                    ),
                    Block::Table(Table {
                        columns: vec![
                            label("IP address", Some("IP 주소")),
                            label("Port", Some("포트")),
                            label("Event", Some("이벤트")),
                            label("Time (UTC)", Some("시각 (UTC)")),
                        ],
                        rows: vec![
                            vec![
                                "203.0.113.45".into(),
                                "51234".into(),
                                "Login".into(),
                                "2026-11-19 13:02:11".into(),
                            ],
                            vec![
                                "198.51.100.7".into(),
                                "40022".into(),
                                "Upload".into(),
                                "2026-11-19 13:04:58".into(),
                            ],
                        ],
                    }),
                ],
            },
            Section {
                heading: label("Files (hashes only)", Some("파일 (해시만)")),
                blocks: vec![Block::Table(Table {
                    columns: vec![
                        label("SHA-256", None),
                        label("MD5", None),
                        label("Viewed by a person", Some("사람이 확인함")),
                    ],
                    rows: vec![
                        vec![
                            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                                .into(),
                            "098f6bcd4621d373cade4e832627b4f6".into(),
                            "Yes / 예".into(),
                        ],
                        vec![
                            "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
                                .into(),
                            "ad0234829205b9033196ba818f7a872b".into(),
                            "No / 아니요".into(),
                        ],
                    ],
                })],
            },
            Section {
                heading: label("Reporter", Some("신고자")),
                blocks: vec![
                    row(
                        "Contact",
                        Some("연락처"),
                        "Alex Example, Trust & Safety, +65 0000 0000, safety@example-social.test",
                    ),
                    row(
                        "Data retained until",
                        Some("데이터 보존 기한"),
                        "2027-02-21",
                    ),
                ],
            },
        ],
    }
}

/// Sample values in every script casebridge must print: Korean, Japanese,
/// Chinese (both forms), Thai and Vietnamese.
pub const KOREAN: &str = "김서연, 가상시 예시로 12";
pub const JAPANESE: &str = "山田さくら、架空市みなと町3丁目";
pub const CHINESE_SIMPLIFIED: &str = "王小明，示例市和平路八号";
pub const CHINESE_TRADITIONAL: &str = "陳美玲，範例市光明街九號";
pub const THAI: &str = "สมชาย ใจดี บ้านเลขที่ ๙ ถนนตัวอย่าง น้ำใส";
pub const VIETNAMESE: &str = "Nguyễn Thị Hương, số 7 đường Ví Dụ, thành phố Giả Định";

/// Samples in the scripts of South Asia, Cambodia and the Middle East, and
/// emoji: made-up names and places in real words, chosen to need what each
/// script's shaping does (conjuncts, vowel signs written before or around
/// their consonant, Khmer subscripts, joining and right-to-left order with
/// Latin and digits inside, skin tones and ZWJ sequences).
pub const DEVANAGARI: &str = "किशोरी क्षमा श्रेष्ठ, ज्ञान मार्ग १२, काठमाडौं — कृपया सम्पर्क गर्नुहोस्";
pub const BENGALI: &str = "কিশোরী স্ত্রী সুরক্ষা, ঢাকা ক্ষমা রোড ৭ — শিশু নির্যাতনের প্রতিবেদন";
pub const SINHALA: &str = "ශ්‍රී ලංකා පොලිසිය, කොළඹ ප්‍රදේශය — ළමා ආරක්ෂාව";
pub const TAMIL: &str = "கொழும்பு போலீஸ் நிலையம், கௌரி தெரு ஸ்ரீ — குழந்தை பாதுகாப்பு";
pub const KHMER: &str = "ព្រះរាជាណាចក្រកម្ពុជា ភ្នំពេញ ស្ត្រី កុមារ — របាយការណ៍ប៉ូលិស";
pub const URDU: &str = "شکایت نمبر 2024-117: صارف example_user_4821 لاہور سے";
pub const HEBREW: &str = "תיק מספר 4521 נפתח בירושלים";
pub const EMOJI: &str = "👍🏽 👩‍👩‍👧 👨🏾‍💻 ❤️ 🙏🏿 😀";

/// Every sample by the name of its script, with the tag of a language that
/// is written in it.
pub const SCRIPTS: [(&str, &str, &str); 14] = [
    ("Korean", KOREAN, "ko"),
    ("Japanese", JAPANESE, "ja"),
    ("Chinese (simplified)", CHINESE_SIMPLIFIED, "zh-Hans"),
    ("Chinese (traditional)", CHINESE_TRADITIONAL, "zh-Hant"),
    ("Thai", THAI, "th"),
    ("Vietnamese", VIETNAMESE, "vi"),
    ("Devanagari", DEVANAGARI, "ne"),
    ("Bengali", BENGALI, "bn"),
    ("Sinhala", SINHALA, "si"),
    ("Tamil", TAMIL, "ta"),
    ("Khmer", KHMER, "km"),
    ("Urdu", URDU, "ur"),
    ("Hebrew", HEBREW, "he"),
    ("Emoji", EMOJI, "und"),
];

/// A document with a value in each script.
pub fn multilingual() -> PdfInput {
    let mut input = reference_request();
    input.document_kind = label("Records request: many scripts", None);
    input.content_language = None;
    input.sections = vec![Section {
        heading: label("Names and addresses", None),
        blocks: SCRIPTS
            .iter()
            .map(|(name, sample, _)| row(name, None, sample))
            .collect(),
    }];
    input
}

/// The message keys of the projection's labels closest to the reference
/// report's English ones, so a sample for a reader of another language
/// prints the labels a real report to them would.
const REPORT_LABEL_KEYS: &[(&str, &str)] = &[
    ("Incident", "report-section-incident"),
    ("Incident type", "report-incident-harm"),
    ("Date and time", "report-incident-occurred"),
    ("What the time means", "report-incident-time-description"),
    ("Escalation reason", "report-incident-escalation"),
    ("Reported account", "report-section-account"),
    ("Screen name", "report-account-screen-name"),
    ("Internal ID", "report-account-esp-id"),
    ("Email (verified)", "report-account-emails"),
    ("Estimated location", "report-location"),
    ("IP address", "report-ip-address"),
    ("Port", "report-ip-port"),
    ("Event", "report-ip-event"),
    ("Time (UTC)", "report-ip-at"),
    ("Files (hashes only)", "report-section-files"),
    ("Viewed by a person", "report-file-viewed"),
    ("Reporter", "report-section-reporter"),
    ("Contact", "report-reporter-name"),
    ("Data retained until", "report-retention-days"),
];

/// `label` as the projection's key for it gives it, in English and in
/// `reader`'s language; unchanged (English only) when it has no key.
fn relabel(label: &mut Label, reader: Option<Locale>) {
    *label = match REPORT_LABEL_KEYS.iter().find(|(en, _)| *en == label.en) {
        Some((_, key)) => Label::from_key(key, reader),
        None => Label::en(label.en.clone()),
    };
}

/// The reference report sent to a reader of `language` (a BCP 47 tag),
/// its values in `sample`: labels in English and, where casebridge has PDF
/// labels in that language, in it too.
pub fn report_in(language: &str, sample: &str) -> PdfInput {
    let mut input = reference_report();
    let reader = Locale::reader_of(&[language.to_string()]);
    input.recipient_locale = reader;
    input.content_language = Some(language.into());
    input.document_kind = Label::from_key("package-report-kind", reader);
    input.recipient = format!("{sample} (reports@authority.police.test)");
    for section in &mut input.sections {
        relabel(&mut section.heading, reader);
        for block in &mut section.blocks {
            match block {
                Block::Row { label, value } => {
                    relabel(label, reader);
                    if !value.is_ascii() {
                        *value = format!("{sample} (made-up)");
                    }
                }
                Block::Table(t) => {
                    for c in &mut t.columns {
                        relabel(c, reader);
                    }
                }
            }
        }
    }
    input
}

/// A document with `n` identifiers in one table: enough to need several
/// pages.
pub fn many_identifiers(n: usize) -> PdfInput {
    let mut input = reference_report();
    input.sections = vec![Section {
        heading: label("Identifiers", Some("식별자")),
        blocks: vec![Block::Table(Table {
            columns: vec![
                label("Type", Some("유형")),
                label("Identifier", Some("식별자")),
                label("Note", Some("메모")),
            ],
            rows: (1..=n)
                .map(|i| {
                    vec![
                        "Email".to_string(),
                        format!("member{i:03}@example.test"),
                        format!(
                            "Account {i} of {n}: linked through a shared device identifier and the same recovery \
                             phone number; seen between 2026-10-01 and 2026-11-20."
                        ),
                    ]
                })
                .collect(),
        })],
    }];
    input
}

fn meta(
    schema_id: &str,
    input: &PdfInput,
    language: &str,
    rule_pack: Option<&str>,
) -> super::EnvelopeMeta {
    super::EnvelopeMeta {
        schema_id: schema_id.into(),
        schema_version: 1,
        package_id: input.package_id,
        created_at: input.created,
        rule_pack_version: rule_pack.map(Into::into),
        language: language.into(),
        training: input.training,
        document_reference: input.document_reference.clone(),
    }
}

/// The reference request as a whole package: envelope metadata, the JSON
/// document, the PDF layout and a legal-process attachment.
pub fn reference_request_package() -> (
    super::EnvelopeMeta,
    serde_json::Value,
    PdfInput,
    Vec<super::Attachment>,
) {
    let input = reference_request();
    let document = serde_json::json!({
        "request_type": "subscriber_information",
        "company": { "name": "Example Social Pte. Ltd.", "intake": "lers@example-social.test" },
        "officer": {
            "name": "Kim Min-seo",
            "name_local": "김민서",
            "agency": "Example Cyber Investigation Unit",
            "email": "officer@cyber-unit.police.test",
            "phone": "+82200000000"
        },
        "legal_basis": { "process": "court_order", "reference": "2026-0000" },
        "targets": [
            { "type": "username", "value": "example_user_4821", "from": "2026-09-30T15:00:00Z", "to": "2026-11-20T14:59:00Z" },
            { "type": "email", "value": "someone@example.test", "from": "2026-09-30T15:00:00Z", "to": "2026-11-20T14:59:00Z" }
        ],
        "ip_events": [
            { "ip": "203.0.113.45", "port": 51234, "event": "login", "at": "2026-11-19T13:02:11Z" },
            { "ip": "2001:db8:85a3::8a2e:370:7334", "port": 443, "event": "message_sent", "at": "2026-11-19T13:05:40Z" }
        ],
        "non_disclosure_days": 90
    });
    let attachment = super::Attachment {
        file_name: "court-order-2026-0000.pdf".into(),
        bytes: b"%PDF-1.4\n% a made-up court order for tests\n%%EOF\n".to_vec(),
    };
    (
        meta("casebridge.records-request", &input, "en", None),
        document,
        input,
        vec![attachment],
    )
}

/// The reference report as a whole package.
pub fn reference_report_package() -> (
    super::EnvelopeMeta,
    serde_json::Value,
    PdfInput,
    Vec<super::Attachment>,
) {
    let input = reference_report();
    let document = serde_json::json!({
        "jurisdiction": "KR",
        "incident": { "type": "online_enticement", "at": "2026-11-19T13:05:00Z", "time_meaning": "message_sent" },
        "reported_accounts": [{
            "screen_name": "별빛고양이",
            "internal_id": "1000000000042",
            "emails": [{ "value": "someone@example.test", "verified": true }],
            "ip_events": [
                { "ip": "203.0.113.45", "port": 51234, "event": "login", "at": "2026-11-19T13:02:11Z" },
                { "ip": "198.51.100.7", "port": 40022, "event": "upload", "at": "2026-11-19T13:04:58Z" }
            ],
            "estimated_location": "경기도 가상시 예시동"
        }],
        "files": [
            { "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "md5": "098f6bcd4621d373cade4e832627b4f6", "viewed_by_person": true }
        ],
        "reporter": { "name": "Alex Example", "email": "safety@example-social.test" }
    });
    (
        meta("casebridge.apac-report", &input, "ko", Some("KR-2026.11")),
        document,
        input,
        Vec::new(),
    )
}

/// [`report_in`] as a whole package, its JSON in the same script: one
/// reference package per script for the benchmark.
pub fn report_package_in(
    language: &str,
    sample: &str,
) -> (
    super::EnvelopeMeta,
    serde_json::Value,
    PdfInput,
    Vec<super::Attachment>,
) {
    let (_, mut document, _, _) = reference_report_package();
    document["reported_accounts"][0]["screen_name"] = sample.into();
    document["reported_accounts"][0]["estimated_location"] = sample.into();
    let input = report_in(language, sample);
    (
        meta(
            "casebridge.apac-report",
            &input,
            language,
            Some("KR-2026.11"),
        ),
        document,
        input,
        Vec::new(),
    )
}
