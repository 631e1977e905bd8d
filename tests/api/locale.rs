use crate::helpers::*;

fn html_lang(html: &str) -> String {
    let re = regex::Regex::new(r#"<html lang="([^"]+)""#).unwrap();
    re.captures(html)
        .map(|c| c[1].to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn english_by_default() {
    let app = spawn_app().await;
    let html = app.get_html("/login").await;
    assert_eq!(html_lang(&html), "en");
    assert!(html.contains("Sign in"));
}

#[tokio::test]
async fn accept_language_picks_korean() {
    let app = spawn_app().await;
    let html = get_with(&app, "/login", "accept-language", "ko-KR,ko;q=0.9,en;q=0.5").await;
    assert_eq!(html_lang(&html), "ko");
    assert!(html.contains("로그인"), "Korean text on the page");
}

#[tokio::test]
async fn the_switcher_choice_sticks_and_beats_the_browser() {
    let app = spawn_app().await;
    let res = app.get("/login?lang=ko").await;
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("lang="))
        .expect("language cookie");
    assert!(cookie.starts_with("lang=ko"));
    assert_eq!(html_lang(&res.text().await.unwrap()), "ko");
    // Later pages stay Korean even when the browser prefers English.
    let html = get_with(&app, "/login", "accept-language", "en").await;
    assert_eq!(html_lang(&html), "ko");
    // And switching back works.
    assert_eq!(html_lang(&app.get_html("/login?lang=en").await), "en");
    assert_eq!(html_lang(&app.get_html("/login").await), "en");
}

#[tokio::test]
async fn every_page_has_a_language_switcher_marking_the_current_language() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    for page in ["/?lang=ko", "/", "/kit", "/no-such-page"] {
        let html = app.get_html(page).await;
        assert!(html.contains(r#"class="cb-lang-switcher""#), "{page}");
        assert!(
            html.contains(r#"<span aria-current="true" lang="ko">한국어</span>"#),
            "{page}"
        );
        assert!(html.contains(r#"hreflang="en""#), "{page} links to English");
    }
}

#[tokio::test]
async fn validation_messages_come_in_the_users_language() {
    let app = spawn_app().await;
    app.get("/login?lang=ko").await;
    let res = app
        .post_form("/login", "/login", &[("email", ""), ("password", "")])
        .await;
    let html = res.text().await.unwrap();
    assert!(title(&html).starts_with("오류:"), "{}", title(&html));
    assert!(!html.contains("Enter an email address"), "no English left");
}
