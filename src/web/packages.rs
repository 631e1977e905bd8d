//! Stored packages as downloads, shared by both flows and the API: every
//! download gives the bytes the hashes were computed over.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::api::{ApiUser, Problem};
use super::error::AppError;
use crate::package::Package;
use crate::store::{NewPackage, StoredPackage};

pub async fn store(
    state: &AppState,
    document_id: i64,
    org_id: i64,
    training: bool,
    p: &Package,
) -> Result<(), AppError> {
    state
        .store
        .add_package(&NewPackage {
            public_id: &p.package_id.to_string(),
            document_id,
            org_id,
            training,
            json_sha256: &p.json_sha256,
            pdf_sha256: &p.pdf_sha256,
            zip_sha256: &p.zip_sha256,
            json: &p.json,
            pdf: &p.pdf,
            zip: &p.zip,
        })
        .await?;
    Ok(())
}

/// One artifact of a stored package as a download.
pub fn download(p: &StoredPackage, file: &str) -> Result<Response, AppError> {
    let (bytes, content_type, ext) = match file {
        "document.pdf" => (&p.pdf_bytes, "application/pdf", "pdf"),
        "document.json" => (&p.json_bytes, "application/json", "json"),
        "bundle.zip" => (&p.zip_bytes, "application/zip", "zip"),
        _ => return Err(AppError::NotFound),
    };
    let name = format!("casebridge-{}.{ext}", p.public_id);
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes.clone(),
    )
        .into_response())
}

/// `GET /api/v1/packages/{id}/{file}`: an artifact of a stored package, for
/// the token's organisation only.
pub async fn api_file(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, Problem> {
    let not_found = || Problem {
        status: axum::http::StatusCode::NOT_FOUND,
        code: "not_found",
        message: "No such package for your organisation".into(),
        path: None,
    };
    let stored = state
        .store
        .package_for_org(&id, user.org.id)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "reading a package for the API");
            Problem {
                status: axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                code: "internal",
                message: "Something went wrong on our side".into(),
                path: None,
            }
        })?
        .ok_or_else(not_found)?;
    download(&stored, &file).map_err(|_| not_found())
}

/// The artifact an API client asked for with `Accept`: the PDF, the ZIP
/// bundle, or (by default) the JSON envelope; with headers naming the
/// package, the stored document and the JSON's hash.
pub async fn api_answer(
    state: &AppState,
    org_id: i64,
    package_id: &str,
    request_headers: &HeaderMap,
    document_header: (&'static str, &str),
) -> Result<Response, AppError> {
    let accept = request_headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let file = if accept.contains("application/pdf") {
        "document.pdf"
    } else if accept.contains("application/zip") {
        "bundle.zip"
    } else {
        "document.json"
    };
    let stored = state
        .store
        .package_for_org(package_id, org_id)
        .await?
        .ok_or_else(|| AppError::internal("the package just stored is missing"))?;
    let mut res = download(&stored, file)?;
    let h = res.headers_mut();
    for (name, value) in [
        ("x-casebridge-package-id", stored.public_id.as_str()),
        document_header,
        ("x-casebridge-json-sha256", stored.json_sha256.as_str()),
    ] {
        if let Ok(v) = header::HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    }
    Ok(res)
}
