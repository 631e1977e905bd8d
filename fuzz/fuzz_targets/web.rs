//! What the web layer reads from a request body: both API documents (no
//! panic, and what is accepted reads back unchanged from its own JSON), the
//! legal-process upload (multipart reader and file-name cleaner: a cleaned
//! name is clean and stays the same when cleaned again) and the sign-in
//! `next` (the input or `/`, never a way off-site). The first byte picks
//! the reader.
#![no_main]

use axum::body::Body;
use axum::extract::{FromRequest, Multipart};
use axum::http::Request;
use casebridge::domain::report::Report;
use casebridge::domain::request::RecordsRequest;
use casebridge::web::parsers::{clean_file_name, parse_document, read_multipart, safe_next};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    match pick % 4 {
        0 => request(rest),
        1 => report(rest),
        2 => upload(rest),
        _ => names(rest),
    }
});

fn request(data: &[u8]) {
    if let Ok(r) = parse_document::<RecordsRequest>(data) {
        let text = serde_json::to_vec(&r).expect("a request serialises");
        let again: RecordsRequest = parse_document(&text).expect("its own JSON reads back");
        assert_eq!(again, r);
    }
}

fn report(data: &[u8]) {
    if let Ok(r) = parse_document::<Report>(data) {
        let again: Report =
            parse_document(r.to_json().as_bytes()).expect("its own JSON reads back");
        assert_eq!(again, r);
    }
}

fn names(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let next = safe_next(&text);
    assert!(next == "/" || next == text);
    assert!(next.starts_with('/') && !next.starts_with("//"));
    assert!(next.bytes().all(|b| (0x21..=0x7e).contains(&b)));
    let name = clean_file_name(&text);
    assert!(!name.contains(['/', '\\']) && !name.chars().any(char::is_control));
    assert_eq!(clean_file_name(&name), name);
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
    })
}

fn upload(data: &[u8]) {
    let req = Request::builder()
        .method("POST")
        .header("content-type", "multipart/form-data; boundary=XyZ")
        .body(Body::from(data.to_vec()))
        .expect("a request");
    runtime().block_on(async {
        if let Ok(mp) = Multipart::from_request(req, &()).await
            && let Ok((_form, Some(upload))) = read_multipart(mp).await
        {
            assert!(!upload.name.contains(['/', '\\']));
        }
    });
}
