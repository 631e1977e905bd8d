use crate::helpers::spawn_app;
use reqwest::StatusCode;

#[tokio::test]
async fn healthz_and_readyz_answer_when_up() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn readyz_fails_when_the_database_is_gone_but_healthz_does_not() {
    let app = spawn_app().await;
    app.state.store.close().await;
    assert_eq!(
        app.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
}
