//! The records-request builder, step by step over HTTP.

use crate::helpers::*;
use reqwest::StatusCode;

/// Starts a draft and returns its id.
pub(crate) async fn new_draft(app: &TestApp) -> String {
    let res = app.post_form("/requests", "/requests/new", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    to.strip_prefix("/requests/")
        .and_then(|r| r.strip_suffix("/company"))
        .unwrap_or_else(|| panic!("unexpected redirect {to}"))
        .to_string()
}

pub(crate) async fn step(
    app: &TestApp,
    id: &str,
    page: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let path = format!("/requests/{id}/{page}");
    app.post_form(&path, &path, fields).await
}

#[tokio::test]
async fn officer_walks_company_entity_and_type_for_every_request_type() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let html = app.get_html("/").await;
    assert!(
        html.contains(r#"href="/requests/new""#),
        "officers can start a request"
    );
    let start = app.get_html("/requests/new").await;
    assert!(start.contains("What you need"));

    for kind in [
        "preservation",
        "emergency",
        "subscriber",
        "traffic",
        "content",
    ] {
        let id = new_draft(&app).await;
        // Step 1: the company. Apple has entities for several regions.
        let page = app.get_html(&format!("/requests/{id}/company")).await;
        assert!(page.contains("Step 1 of 9"));
        assert!(
            page.contains("Example Social (fictional)"),
            "demo agencies see the demo company"
        );
        let res = step(
            &app,
            &id,
            "company",
            &[("company", "example-social"), ("action", "continue")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let next = location(&res);
        // Single-entity companies skip the entity question.
        let entity_page = format!("/requests/{id}/entity");
        if next == entity_page {
            let res = step(
                &app,
                &id,
                "entity",
                &[
                    ("entity", "Example Social Pte. Ltd. (fictional)"),
                    ("action", "continue"),
                ],
            )
            .await;
            assert_eq!(location(&res), format!("/requests/{id}/type"));
        } else {
            assert_eq!(next, format!("/requests/{id}/type"));
        }
        // Step 2: the type.
        let page = app.get_html(&format!("/requests/{id}/type")).await;
        assert!(page.contains("Step 2 of 9"));
        let res = step(&app, &id, "type", &[("type", kind), ("action", "continue")]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{kind}");
        if kind == "preservation" {
            assert_eq!(location(&res), format!("/requests/{id}/preservation"));
            let res = step(
                &app,
                &id,
                "preservation",
                &[("kind", "original"), ("action", "continue")],
            )
            .await;
            assert_eq!(location(&res), format!("/requests/{id}/basis"));
        } else {
            assert_eq!(location(&res), format!("/requests/{id}/basis"));
        }
        // Step 3: the legal basis that fits the type.
        let page = app.get_html(&format!("/requests/{id}/basis")).await;
        assert!(page.contains("Step 3 of 9"));
        let basis = match kind {
            "preservation" => "preservation_pending",
            "emergency" => "emergency_disclosure",
            "content" => "mlat",
            _ => "domestic_order",
        };
        let fields = [
            ("basis", basis),
            (
                "provision",
                "Cybercrime Prevention Act 2012 (fictional citation), s. 14",
            ),
            ("reference", "CC-2026-0042"),
            ("action", "continue"),
        ];
        let res = step(&app, &id, "basis", &fields).await;
        assert_eq!(
            location(&res),
            format!("/requests/{id}/requester"),
            "{kind}"
        );
        // Step 4: the officer, with what the account knows filled in.
        let page = app.get_html(&format!("/requests/{id}/requester")).await;
        assert!(page.contains("Step 4 of 9"));
        assert!(
            page.contains(r#"value="Insp. Dana Villanueva""#),
            "asked once, pre-filled"
        );
        let res = step(&app, &id, "requester", &requester_fields()).await;
        assert_eq!(location(&res), format!("/requests/{id}/targets"), "{kind}");
        let overview = app.get_html(&format!("/requests/{id}")).await;
        assert!(
            overview.contains("Example Social (fictional) – "),
            "{kind}: titled by company and type"
        );
        assert_eq!(
            overview.matches("Completed").count(),
            if kind == "preservation" { 5 } else { 4 },
            "{kind}: every section done"
        );
    }
    let dashboard = app.get_html("/").await;
    assert_eq!(
        dashboard.matches("Example Social (fictional) – ").count(),
        5,
        "five drafts listed"
    );
}

#[tokio::test]
async fn the_entity_question_names_the_entity_for_the_officers_country() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    let multi = app
        .state
        .directory
        .companies()
        .iter()
        .find(|c| c.entities.len() > 1 && !c.fictional)
        .expect("a company with several entities");
    let res = step(
        &app,
        &id,
        "company",
        &[("company", &multi.id), ("action", "continue")],
    )
    .await;
    assert_eq!(location(&res), format!("/requests/{id}/entity"));
    let expected = multi
        .entity_for(casebridge::domain::country::CountryCode::parse("PH").unwrap())
        .unwrap();
    let page = app.get_html(&format!("/requests/{id}/entity")).await;
    // Pre-selected, and said in words.
    assert!(
        page.contains(&format!(r#"value="{}" checked"#, expected.name)),
        "{page}"
    );
    assert!(page.contains(&format!(
        "For users in your country, the company says {} answers",
        expected.name
    )));
    let res = step(
        &app,
        &id,
        "entity",
        &[("entity", "Not An Entity Ltd"), ("action", "continue")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Select the legal entity")
    );
}

#[tokio::test]
async fn each_step_refuses_a_missing_answer_and_keeps_the_draft_unchanged() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    let res = step(&app, &id, "company", &[("action", "continue")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(title(&html).starts_with("Error:"));
    assert!(html.contains(r##"<a href="#company">Select the company that holds the records</a>"##));
    // An id from outside the directory is no better.
    let res = step(
        &app,
        &id,
        "company",
        &[("company", "nonexistent"), ("action", "continue")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;
    let res = step(
        &app,
        &id,
        "type",
        &[("type", "everything"), ("action", "continue")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Select the type of request")
    );
    let overview = app.get_html(&format!("/requests/{id}")).await;
    assert_eq!(
        overview.matches("Completed").count(),
        1,
        "the type was not saved"
    );
}

#[tokio::test]
async fn a_draft_survives_signing_out_and_save_and_come_back_later() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    let res = step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "save")],
    )
    .await;
    assert_eq!(location(&res), "/?saved=1");
    assert!(
        app.get_html("/?saved=1")
            .await
            .contains("Your answers have been saved")
    );
    app.post_form("/logout", "/", &[]).await;

    app.login_ok(OFFICER).await;
    let dashboard = app.get_html("/").await;
    assert!(
        dashboard.contains(&format!(r#"href="/requests/{id}""#)),
        "the draft is listed"
    );
    let page = app.get_html(&format!("/requests/{id}/company")).await;
    assert!(
        page.contains(r#"value="example-social" checked"#),
        "the answer is still there"
    );
}

#[tokio::test]
async fn another_agency_gets_404_and_other_roles_403() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;

    let other = add_officer(&app, "Other Demo Unit", "PH", "other@unit.test", true).await;
    let second = app.new_browser();
    second.login_ok(other).await;
    for page in ["", "/company", "/type", "/delete"] {
        let res = second.get(&format!("/requests/{id}{page}")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "GET {page}");
    }
    // Writes are refused the same way and change nothing.
    let token = second.csrf_token("/").await;
    let res = second
        .post_raw(
            &format!("/requests/{id}/company"),
            &[("csrf_token", &token), ("company", "meta")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = second
        .post_raw(&format!("/requests/{id}/delete"), &[("csrf_token", &token)])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        app.get_html(&format!("/requests/{id}/company"))
            .await
            .contains(r#"value="example-social" checked"#)
    );

    let analyst = app.new_browser();
    analyst.login_ok(ANALYST).await;
    assert_eq!(
        analyst.get(&format!("/requests/{id}")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        analyst.get("/requests/new").await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn real_agencies_do_not_see_the_fictional_company() {
    let app = spawn_app().await;
    let officer = add_officer(
        &app,
        "Cyber Crime Unit",
        "PH",
        "inspector@acg.pnp.gov.ph",
        false,
    )
    .await;
    app.login_ok(officer).await;
    let id = new_draft(&app).await;
    let page = app.get_html(&format!("/requests/{id}/company")).await;
    assert!(!page.contains("example-social"));
    assert!(page.contains("TikTok"));
    let res = step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn duplicate_and_delete_a_draft() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;
    let res = app
        .post_form(
            &format!("/requests/{id}/duplicate"),
            &format!("/requests/{id}"),
            &[],
        )
        .await;
    let copy = location(&res).trim_start_matches("/requests/").to_string();
    assert_ne!(copy, id);
    assert!(
        app.get_html(&format!("/requests/{copy}/company"))
            .await
            .contains(r#"value="example-social" checked"#)
    );

    let confirm = app.get_html(&format!("/requests/{id}/delete")).await;
    assert!(confirm.contains("Delete this draft?"));
    let res = app
        .post_form(
            &format!("/requests/{id}/delete"),
            &format!("/requests/{id}/delete"),
            &[],
        )
        .await;
    assert_eq!(location(&res), "/?deleted=1");
    assert_eq!(
        app.get(&format!("/requests/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/requests/{copy}")).await.status(),
        StatusCode::OK,
        "the copy stays"
    );
    let audit = app.state.store.recent_audit(20).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "request.draft_deleted"));
}

#[tokio::test]
async fn the_builder_reads_in_korean_with_no_missing_text() {
    let app = spawn_app().await;
    app.get("/login?lang=ko").await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    let mut pages = vec![app.get_html("/requests/new").await, app.get_html("/").await];
    pages.push(
        step(&app, &id, "company", &[("action", "continue")])
            .await
            .text()
            .await
            .unwrap(),
    );
    step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;
    for p in ["entity", "type", "delete"] {
        pages.push(app.get_html(&format!("/requests/{id}/{p}")).await);
    }
    pages.push(
        step(&app, &id, "type", &[("action", "continue")])
            .await
            .text()
            .await
            .unwrap(),
    );
    pages.push(app.get_html(&format!("/requests/{id}")).await);
    step(
        &app,
        &id,
        "type",
        &[("type", "content"), ("action", "continue")],
    )
    .await;
    pages.push(app.get_html(&format!("/requests/{id}/basis")).await);
    let refused = [("basis", "domestic_order"), ("action", "continue")];
    pages.push(
        step(&app, &id, "basis", &refused)
            .await
            .text()
            .await
            .unwrap(),
    );
    pages.push(app.get_html(&format!("/requests/{id}/route")).await);
    pages.push(app.get_html(&format!("/requests/{id}/requester")).await);
    let bad_phone = [("phone", "12"), ("action", "continue")];
    pages.push(
        step(&app, &id, "requester", &bad_phone)
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(
        pages[2].contains("자료를 보유한 기업을 선택하십시오"),
        "Korean error message"
    );
    for html in pages {
        assert!(!html.contains("Unknown localization"), "{html}");
    }
}

/// A draft for `company`, entity for the officer's country, of type `kind`.
pub(crate) async fn draft_of(app: &TestApp, company: &str, kind: &str) -> String {
    let id = new_draft(app).await;
    let res = step(
        app,
        &id,
        "company",
        &[("company", company), ("action", "continue")],
    )
    .await;
    if location(&res).ends_with("/entity") {
        // Keep the pre-selected entity.
        let page = app.get_html(&format!("/requests/{id}/entity")).await;
        let re =
            regex::Regex::new(r#"name="entity" type="radio" value="([^"]+)" checked"#).unwrap();
        let entity = re.captures(&page).expect("an entity is pre-selected")[1].to_string();
        step(
            app,
            &id,
            "entity",
            &[("entity", &entity), ("action", "continue")],
        )
        .await;
    }
    step(app, &id, "type", &[("type", kind), ("action", "continue")]).await;
    id
}

#[tokio::test]
async fn content_without_a_treaty_route_is_refused_with_the_way_forward() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await; // a Philippine agency
    let id = draft_of(&app, "meta", "content").await;
    let fields = [
        ("basis", "domestic_order"),
        ("provision", "Warrant under domestic law"),
        ("action", "continue"),
    ];
    let res = step(&app, &id, "basis", &fields).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("releases these records only on process of its home country"));
    assert!(
        html.contains(&format!(r#"href="/requests/{id}/route""#)),
        "the way forward is linked"
    );
    assert!(
        html.contains("Warrant under domestic law"),
        "what was typed is kept"
    );

    let res = step(
        &app,
        &id,
        "basis",
        &[
            ("basis", "production_order"),
            ("provision", "x"),
            ("action", "continue"),
        ],
    )
    .await;
    assert!(res.text().await.unwrap().contains("no agreement in force"));

    let route = app.get_html(&format!("/requests/{id}/route")).await;
    assert!(route.contains(
        "No agreement that allows international production orders is in force between Philippines"
    ));
    assert!(route.contains("Mutual legal assistance"));
    assert!(
        route.contains(r#"href="/requests/new""#),
        "preservation is offered"
    );

    let res = step(
        &app,
        &id,
        "basis",
        &[
            ("basis", "mlat"),
            ("provision", "PH–US MLAT (fictional reference)"),
            ("action", "continue"),
        ],
    )
    .await;
    assert_eq!(location(&res), format!("/requests/{id}/requester"));
}

#[tokio::test]
async fn an_australian_agency_can_use_an_international_production_order() {
    let app = spawn_app().await;
    let officer = add_officer(
        &app,
        "Demo AU Cyber Unit",
        "AU",
        "officer@au-unit.test",
        true,
    )
    .await;
    app.login_ok(officer).await;
    let id = draft_of(&app, "meta", "content").await;
    let route = app.get_html(&format!("/requests/{id}/route")).await;
    assert!(route.contains("in force since 2024-01-30"), "{route}");
    assert!(route.contains("Source:"));
    let fields = [
        ("basis", "production_order"),
        ("provision", "TIA Act 1979 Sch. 1 (fictional order)"),
        ("action", "continue"),
    ];
    let res = step(&app, &id, "basis", &fields).await;
    assert_eq!(location(&res), format!("/requests/{id}/requester"));
}

#[tokio::test]
async fn the_legal_basis_needs_a_provision_and_refuses_national_ids() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = draft_of(&app, "example-social", "subscriber").await;
    let res = step(
        &app,
        &id,
        "basis",
        &[("basis", "domestic_order"), ("action", "continue")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter the law, order or treaty the request relies on")
    );

    // A fictional NRIC that passes the checksum.
    let nric = "S1234567D";
    let provision = format!("Order concerning holder of {nric}");
    let res = step(
        &app,
        &id,
        "basis",
        &[
            ("basis", "domestic_order"),
            ("provision", &provision),
            ("action", "continue"),
        ],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("This looks like a national identity number (Singapore"),
        "{html}"
    );
    assert!(html.contains("Singapore"), "the ID type is named");
    let overview = app.get_html(&format!("/requests/{id}")).await;
    assert!(!overview.contains(nric), "nothing was stored");
    assert_eq!(overview.matches("Completed").count(), 2);

    // Not a valid basis for the type: refused.
    let res = step(
        &app,
        &id,
        "basis",
        &[("basis", "emergency_disclosure"), ("action", "continue")],
    )
    .await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("does not fit the type of request")
    );
}

/// A complete, valid answer to the requesting-officer step (demo agency).
pub(crate) fn requester_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Insp. Dana Villanueva"),
        ("rank", "Police Inspector"),
        ("badge", "DEMO-0042"),
        ("email", "officer@cyber-unit.police.test"),
        ("phone", "0917-555-0101"),
        ("agency", "Demo Police Cyber Unit"),
        ("unit", ""),
        ("case_number", "DPCU-2026-117"),
        (
            "offence",
            "Online sexual abuse of children (fictional case)",
        ),
        ("action", "continue"),
    ]
}

fn with(
    fields: &[(&'static str, &'static str)],
    name: &str,
    value: &'static str,
) -> Vec<(&'static str, &'static str)> {
    fields
        .iter()
        .map(|(k, v)| if *k == name { (*k, value) } else { (*k, *v) })
        .collect()
}

#[tokio::test]
async fn the_requesting_officer_is_checked_and_the_phone_normalised() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = draft_of(&app, "example-social", "subscriber").await;
    let good = requester_fields();

    let res = step(
        &app,
        &id,
        "requester",
        &with(&good, "email", "dana.villanueva@gmail.com"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("must be on a government domain")
    );

    let res = step(&app, &id, "requester", &with(&good, "phone", "12345")).await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter a telephone number that exists")
    );

    let res = step(&app, &id, "requester", &with(&good, "rank", " ")).await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Enter your rank or title")
    );

    // A fictional Thai citizen ID that passes its check digit, named as
    // one. (Unnamed, in a Philippine officer's request, it would be a
    // warning to acknowledge on check-your-answers.)
    let res = step(
        &app,
        &id,
        "requester",
        &with(
            &good,
            "offence",
            "Suspect (Thai ID 1-1037-02071-81-1) groomed a child",
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains(
        "This looks like a national identity number (Thai citizen identification number)"
    ));

    let res = step(&app, &id, "requester", &good).await;
    assert_eq!(location(&res), format!("/requests/{id}/targets"));
    let page = app.get_html(&format!("/requests/{id}/requester")).await;
    assert!(page.contains(r#"value="+639175550101""#), "stored in E.164");
}

#[tokio::test]
async fn a_later_step_sends_you_back_to_the_question_it_depends_on() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = new_draft(&app).await;
    for page in ["type", "entity", "basis", "route"] {
        let res = app.get(&format!("/requests/{id}/{page}")).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{page}");
        assert_eq!(location(&res), format!("/requests/{id}/company"), "{page}");
    }
    step(
        &app,
        &id,
        "company",
        &[("company", "example-social"), ("action", "continue")],
    )
    .await;
    let res = app.get(&format!("/requests/{id}/basis")).await;
    assert_eq!(
        location(&res),
        format!("/requests/{id}/type"),
        "the entity is chosen with the company; the type is not"
    );
}

#[tokio::test]
async fn a_preservation_extension_needs_the_original_reference_and_a_running_expiry() {
    let app = spawn_app().await;
    app.login_ok(OFFICER).await;
    let id = draft_of(&app, "example-social", "preservation").await;
    let res = step(&app, &id, "preservation", &[("action", "continue")]).await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Select whether this is a first request or an extension")
    );

    let expired = [
        ("kind", "extension"),
        ("original_reference", "ES-PRES-0001"),
        ("expiry-day", "1"),
        ("expiry-month", "1"),
        ("expiry-year", "2020"),
        ("action", "continue"),
    ];
    let res = step(&app, &id, "preservation", &expired).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("ran out on 2020-01-01: it cannot be extended"));
    assert!(
        html.contains(r##"<a href="#expiry">"##),
        "the summary links to the day box"
    );

    let missing = [
        ("kind", "extension"),
        ("expiry-day", "31"),
        ("expiry-month", "2"),
        ("expiry-year", "2099"),
        ("action", "continue"),
    ];
    let html = step(&app, &id, "preservation", &missing)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Enter the company’s reference for the original preservation"));
    assert!(
        html.contains("Enter a real date"),
        "31 February does not exist"
    );

    let good = [
        ("kind", "extension"),
        ("original_reference", "ES-PRES-0001"),
        ("expiry-day", "28"),
        ("expiry-month", "2"),
        ("expiry-year", "2099"),
        ("action", "continue"),
    ];
    let res = step(&app, &id, "preservation", &good).await;
    assert_eq!(location(&res), format!("/requests/{id}/basis"));
    let page = app.get_html(&format!("/requests/{id}/preservation")).await;
    assert!(page.contains(r#"value="extension" checked"#) && page.contains(r#"value="2099""#));
    assert!(
        app.get_html(&format!("/requests/{id}"))
            .await
            .contains("Preservation details")
    );

    // Only preservation requests have this step.
    let other = draft_of(&app, "example-social", "subscriber").await;
    let res = app.get(&format!("/requests/{other}/preservation")).await;
    assert_eq!(location(&res), format!("/requests/{other}/type"));
}
