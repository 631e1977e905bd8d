//! The JSON documents of the API: a records request and an APAC report.

use casebridge::domain::report::Report;
use casebridge::domain::request::RecordsRequest;
use casebridge::web::parsers::parse_document;
use proptest::prelude::*;
use serde_json::Value;

use crate::{config, messy};

const REQUEST: &str = include_str!("../data/requests/emergency.json");
const REPORT: &str = include_str!("../data/reports/every_field.json");

/// Every string leaf of a JSON tree, as mutable references.
fn leaves(v: &mut Value) -> Vec<&mut String> {
    match v {
        Value::String(s) => vec![s],
        Value::Array(a) => a.iter_mut().flat_map(leaves).collect(),
        Value::Object(o) => o.values_mut().flat_map(leaves).collect(),
        _ => Vec::new(),
    }
}

/// The document with string leaf `pick` (modulo their number) replaced.
fn with_leaf(doc: &str, pick: usize, text: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(doc).unwrap();
    let mut l = leaves(&mut v);
    let n = l.len();
    *l[pick % n] = text.to_string();
    serde_json::to_vec(&v).unwrap()
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn any_bytes_are_read_or_refused_without_panicking(
        body in proptest::collection::vec(any::<u8>(), 0..200)
    ) {
        let _ = parse_document::<RecordsRequest>(&body);
        let _ = parse_document::<Report>(&body);
    }

    #[test]
    fn a_request_with_any_text_in_a_leaf_round_trips(pick in any::<usize>(), text in messy()) {
        if let Ok(r) = parse_document::<RecordsRequest>(&with_leaf(REQUEST, pick, &text)) {
            let again: RecordsRequest = parse_document(&serde_json::to_vec(&r).unwrap()).unwrap();
            prop_assert_eq!(again, r);
        }
    }

    #[test]
    fn a_report_with_any_text_in_a_leaf_round_trips(pick in any::<usize>(), text in messy()) {
        if let Ok(r) = parse_document::<Report>(&with_leaf(REPORT, pick, &text)) {
            let again: Report = parse_document(r.to_json().as_bytes()).unwrap();
            prop_assert_eq!(again, r);
        }
    }

    #[test]
    fn anything_after_the_document_is_refused(
        tail in "[^ \t\r\n]{1,10}", gap in "[ \t\r\n]{0,3}"
    ) {
        let body = format!("{}{gap}{tail}", REQUEST.trim_end());
        prop_assert!(parse_document::<RecordsRequest>(body.as_bytes()).is_err());
        let body = format!("{}{gap}{tail}", REPORT.trim_end());
        prop_assert!(parse_document::<Report>(body.as_bytes()).is_err());
    }
}

#[test]
fn both_samples_are_valid_documents() {
    parse_document::<RecordsRequest>(REQUEST.as_bytes()).unwrap();
    parse_document::<Report>(REPORT.as_bytes()).unwrap();
}
