use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn only_admins_see_administration() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let res = app.get("/admin").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("You do not have access to this page")
    );
    assert!(
        !app.get_html("/").await.contains("href=\"/admin\""),
        "no link to it either"
    );

    let admin = spawn_app().await;
    admin.login_ok(ADMIN).await;
    let res = admin.get("/admin").await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("demo-police-cyber-unit"));
    assert!(html.contains("login.succeeded"), "audit entries are listed");
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_sign_in() {
    let app = spawn_app().await;
    let res = app.get("/admin").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/login?next=/admin");
}

#[tokio::test]
async fn api_needs_a_valid_bearer_token() {
    let app = spawn_app().await;
    let res = app.get("/api/v1/me").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthorised");

    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth("cb_not-a-real-token")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}
