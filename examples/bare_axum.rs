//! The baseline for `bench/load.sh`: a bare axum handler with no layers,
//! sessions, database or templates, on the same runtime settings as casebridge.

use axum::Router;
use axum::response::Html;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:18182".into());
    let app = Router::new().route(
        "/",
        get(|| async { Html("<!DOCTYPE html><title>ok</title><p>ok</p>") }),
    );
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("bare axum handler at http://{addr}/");
    axum::serve(listener, app).await
}
