//! The audit log's hash chain: normal use keeps it whole, and an entry edited,
//! removed or cut off behind the app's back is named by `casebridge audit verify`.

use casebridge::store::{ChainCheck, NewAudit, Store};

use crate::cli::{casebridge, stderr, stdout};
use crate::helpers::*;

/// Signs in (an entry), fails one sign-in (another) and signs the admin in elsewhere.
async fn some_history(app: &TestApp) {
    app.login_ok(OFFICER).await;
    let stranger = app.new_browser();
    stranger.login((OFFICER.0, "not the password at all")).await;
    app.new_browser().login_ok(ADMIN).await;
}

fn verify(url: &str) -> std::process::Output {
    casebridge(url, &["audit", "verify"], None)
}

/// The ids of the audit entries, oldest first. (Named apart from `id`:
/// PostgreSQL would otherwise sort by the text.)
async fn entry_ids(url: &str) -> Vec<String> {
    query_strings(
        url,
        "SELECT CAST(id AS TEXT) AS n FROM audit_log ORDER BY id",
    )
    .await
}

#[tokio::test]
async fn the_chain_holds_after_normal_use() {
    let app = spawn_app().await;
    some_history(&app).await;
    assert!(entry_ids(&app.db.url).await.len() >= 3);
    let out = verify(&app.db.url);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("audit log OK"), "{}", stdout(&out));
}

#[tokio::test]
async fn an_entry_edited_in_the_database_is_named() {
    let app = spawn_app().await;
    some_history(&app).await;
    let ids = entry_ids(&app.db.url).await;
    exec_sql(
        &app.db.url,
        "UPDATE audit_log SET detail = '{\"quietly\":\"changed\"}'
         WHERE id = (SELECT MIN(id) FROM audit_log WHERE id > (SELECT MIN(id) FROM audit_log))",
    )
    .await;
    let out = verify(&app.db.url);
    assert!(!out.status.success(), "a changed entry must fail the check");
    let err = stderr(&out);
    assert!(
        err.contains(&format!("broken at entry {}:", ids[1])),
        "names the edited entry {}: {err}",
        ids[1]
    );
}

#[tokio::test]
async fn a_removed_entry_breaks_the_next_link_and_a_cut_tail_the_head() {
    let app = spawn_app().await;
    some_history(&app).await;
    let ids = entry_ids(&app.db.url).await;
    exec_sql(
        &app.db.url,
        "DELETE FROM audit_log
         WHERE id = (SELECT MIN(id) FROM audit_log WHERE id > (SELECT MIN(id) FROM audit_log))",
    )
    .await;
    let err = stderr(&verify(&app.db.url));
    assert!(
        err.contains(&format!("broken at entry {}:", ids[2])),
        "{err}"
    );

    let app = spawn_app().await;
    some_history(&app).await;
    exec_sql(
        &app.db.url,
        "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
    )
    .await;
    let out = verify(&app.db.url);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("removed from the end"),
        "{}",
        stderr(&out)
    );
}

/// Forty writers at once (on PostgreSQL when CASEBRIDGE_TEST_POSTGRES_URL is
/// set): each links to the one before it, none to the same predecessor.
#[tokio::test]
async fn concurrent_writers_keep_one_chain() {
    let db = TestDb::new().await;
    let store = Store::connect(&db.url).await.unwrap();
    store.migrate().await.unwrap();
    let writers: Vec<_> = (0..40)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                let subject = format!("writer-{i}");
                store
                    .audit(NewAudit {
                        actor_user_id: None,
                        org_id: None,
                        action: "test.concurrent",
                        subject: &subject,
                        ip: Some("192.0.2.7"),
                        detail: serde_json::json!({ "n": i }),
                    })
                    .await
            })
        })
        .collect();
    for w in writers {
        w.await.unwrap().unwrap();
    }
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainCheck::Intact { entries: 40 }
    );
}
