//! The API's document reader for both documents: no panic, and what it
//! accepts survives being written out and read again unchanged.
#![no_main]

use casebridge::domain::report::Report;
use casebridge::domain::request::RecordsRequest;
use casebridge::web::parsers::parse_document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = parse_document::<RecordsRequest>(data) {
        let text = serde_json::to_vec(&r).expect("a request serialises");
        let again: RecordsRequest = parse_document(&text).expect("its own JSON reads back");
        assert_eq!(again, r);
    }
    if let Ok(r) = parse_document::<Report>(data) {
        let again: Report =
            parse_document(r.to_json().as_bytes()).expect("its own JSON reads back");
        assert_eq!(again, r);
    }
});
