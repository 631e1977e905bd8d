//! Stored packages as downloads, shared by both flows and the API: every
//! download gives the bytes the hashes were computed over.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::api::{ApiUser, Problem};
use super::error::AppError;
use crate::store::StoredPackage;

/// One artifact of a stored package as a download.
pub fn download(p: &StoredPackage, file: &str) -> Result<Response, AppError> {
    if let Some(entry) = ncmec_entry(file) {
        // Read out of the stored ZIP, so it is what the manifest lists.
        let bytes = crate::package::read_entry(&p.zip_bytes, &entry).ok_or(AppError::NotFound)?;
        let name = format!("casebridge-{}-{file}", p.public_id);
        return Ok(attachment("application/xml", &name, bytes));
    }
    let (bytes, content_type, ext) = match file {
        "document.pdf" => (&p.pdf_bytes, "application/pdf", "pdf"),
        "document.json" => (&p.json_bytes, "application/json", "json"),
        "bundle.zip" => (&p.zip_bytes, "application/zip", "zip"),
        _ => return Err(AppError::NotFound),
    };
    let name = format!("casebridge-{}.{ext}", p.public_id);
    Ok(attachment(content_type, &name, bytes.clone()))
}

/// The ZIP entry of an NCMEC form download: `ncmec-report.xml` is
/// `ncmec/report.xml`, `ncmec-file-2.xml` is `ncmec/files/2.xml`.
fn ncmec_entry(file: &str) -> Option<String> {
    if file == "ncmec-report.xml" {
        return Some("ncmec/report.xml".into());
    }
    let n = file.strip_prefix("ncmec-file-")?.strip_suffix(".xml")?;
    let n: u32 = n.parse().ok().filter(|n| *n > 0)?;
    Some(format!("ncmec/files/{n}.xml"))
}

fn attachment(content_type: &str, name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
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
    // An organisation's people admin manages accounts, not case content.
    if user.role == crate::domain::role::Role::OrgAdmin {
        return Err(not_found());
    }
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
