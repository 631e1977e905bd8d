//! The legal-process upload: the multipart reader, the file-name cleaner and
//! the sign-in `next` check. No panic; a cleaned name is clean and stays the
//! same when cleaned again; `next` is the input or `/`, never a way off-site.
#![no_main]

use axum::body::Body;
use axum::extract::{FromRequest, Multipart};
use axum::http::Request;
use casebridge::web::parsers::{clean_file_name, read_multipart, safe_next};
use libfuzzer_sys::fuzz_target;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let next = safe_next(&text);
    assert!(next == "/" || next == text);
    assert!(next.starts_with('/') && !next.starts_with("//"));
    assert!(next.bytes().all(|b| (0x21..=0x7e).contains(&b)));

    let name = clean_file_name(&text);
    assert!(!name.contains(['/', '\\']) && !name.chars().any(char::is_control));
    assert_eq!(clean_file_name(&name), name);

    let req = Request::builder()
        .method("POST")
        .header("content-type", "multipart/form-data; boundary=XyZ")
        .body(Body::from(data.to_vec()))
        .expect("a request");
    runtime().block_on(async {
        if let Ok(mp) = Multipart::from_request(req, &()).await {
            if let Ok((_form, Some(upload))) = read_multipart(mp).await {
                assert!(!upload.name.contains(['/', '\\']));
            }
        }
    });
});
