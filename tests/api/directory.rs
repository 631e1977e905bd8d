use crate::helpers::*;
use reqwest::StatusCode;

#[tokio::test]
async fn officers_see_the_company_directory_with_unverified_facts_flagged() {
    let app = spawn_app().await;
    assert_eq!(
        app.get("/directory").await.status(),
        StatusCode::SEE_OTHER,
        "sign-in first"
    );
    app.login_ok(OFFICER).await;
    let html = app.get_html("/directory").await;
    for name in ["TikTok", "Meta", "Example Social (fictional)"] {
        assert!(html.contains(name), "{name} listed");
    }
    assert!(
        html.contains("cb-tag--unverified"),
        "unverified facts are counted and flagged"
    );

    let html = app.get_html("/directory/tiktok").await;
    assert!(
        html.contains("TikTok Pte. Ltd."),
        "the entity for APAC users"
    );
    assert!(html.contains("Source:") && html.contains("checked 2026-11-23"));
    let html = app.get_html("/directory/example-social").await;
    assert!(html.contains("Fictional"));
    assert!(html.contains(".test"));
}

#[tokio::test]
async fn an_unknown_company_is_a_404() {
    let app = spawn_app().await;
    app.login_ok(ANALYST).await;
    let res = app.get("/directory/no-such-company").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("Page not found"));
}

#[tokio::test]
async fn the_directory_reads_in_korean() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let html = app.get_html("/directory/kakao?lang=ko").await;
    assert!(html.contains("필요한 법적 절차"));
    assert!(!html.contains("Unknown localization"));
}
