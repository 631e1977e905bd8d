//! The legal-process upload (multipart reader, file-name cleaner) and the
//! `next` check after sign-in.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart};
use axum::http::Request;
use casebridge::web::parsers::{clean_file_name, read_multipart, safe_next};
use proptest::prelude::*;

use crate::{config, messy};

fn multipart_body(fields: &[(String, String)], file_name: &str, file: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--XyZ\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(b"\r\n--XyZ--\r\n");
    body
}

async fn read(
    body: Vec<u8>,
) -> Option<(
    casebridge::web::form::Form,
    Option<casebridge::web::parsers::Upload>,
)> {
    let req = Request::builder()
        .method("POST")
        .header("content-type", "multipart/form-data; boundary=XyZ")
        .body(Body::from(body))
        .unwrap();
    let mp = Multipart::from_request(req, &()).await.ok()?;
    read_multipart(mp).await.ok()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
}

/// Field names and values a form really sends: no quotes or line breaks in
/// names, any text without the boundary in values.
fn field() -> impl Strategy<Value = (String, String)> {
    // A leading byte-order mark is dropped by the multipart decoder (it
    // reads text parts as UTF-8 with BOM sniffing), so values start with
    // something else.
    (
        "[a-z_]{1,12}",
        "[^\r\n\u{feff}][^\r\n]{0,29}|".prop_filter("no boundary", |v| !v.contains("--XyZ")),
    )
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn next_is_the_path_given_or_home(raw in messy()) {
        let next = safe_next(&raw);
        prop_assert!(next == "/" || next == raw);
        prop_assert!(next.starts_with('/') && !next.starts_with("//") && !next.contains('\\'));
        prop_assert!(next.bytes().all(|b| (0x21..=0x7e).contains(&b)));
        prop_assert_eq!(safe_next(next), next);
    }

    #[test]
    fn a_same_site_path_survives_as_next(path in "(/[A-Za-z0-9._~%-]{1,12}){1,4}(\\?[a-z]{1,5}=[a-z0-9]{0,5})?") {
        prop_assert_eq!(safe_next(&path), path.as_str());
    }

    #[test]
    fn a_cleaned_file_name_is_clean_and_stays_as_it_is(raw in messy()) {
        let name = clean_file_name(&raw);
        prop_assert!(!name.is_empty());
        prop_assert!(!name.contains(['/', '\\']) && !name.chars().any(char::is_control));
        let hidden = ['\u{202e}', '\u{200b}', '\u{feff}', '\u{2066}'];
        prop_assert!(!name.contains(hidden), "hidden marks left in {:?}", name);
        prop_assert_eq!(clean_file_name(&name), name);
    }

    #[test]
    fn a_multipart_form_reads_back_every_field_and_the_file(
        fields in proptest::collection::vec(field(), 0..5),
        name in "[A-Za-z0-9 ._-]{1,30}",
        file in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let Some((form, upload)) = runtime().block_on(read(multipart_body(&fields, &name, &file))) else {
            return Err(TestCaseError::fail("a well-formed body is read"));
        };
        for (k, _) in &fields {
            let last = fields.iter().rev().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            let first = fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            prop_assert!(Some(form.value(k)) == last || Some(form.value(k)) == first);
        }
        let upload = upload.expect("the file arrives");
        prop_assert_eq!(upload.bytes, file);
        prop_assert_eq!(upload.name, clean_file_name(&name));
    }

    #[test]
    fn any_bytes_as_a_multipart_body_are_read_or_refused_without_panicking(
        body in proptest::collection::vec(any::<u8>(), 0..400), prefix in any::<bool>()
    ) {
        let body = if prefix { [b"--XyZ\r\n".as_slice(), &body].concat() } else { body };
        let _ = runtime().block_on(read(body));
    }
}
