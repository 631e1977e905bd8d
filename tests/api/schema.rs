//! Both backends get the same schema from their own migration folders.

use std::collections::BTreeSet;

use casebridge::store::Store;

type Columns = BTreeSet<(String, String)>;

async fn sqlite_columns() -> Columns {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("s.db").display());
    Store::connect(&url).await.unwrap().migrate().await.unwrap();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    rows.into_iter().collect()
}

#[tokio::test]
async fn sqlite_and_postgres_migrations_define_the_same_tables_and_columns() {
    let sqlite = sqlite_columns().await;
    assert!(sqlite.contains(&("users".into(), "password_hash".into())));
    let Ok(base) = std::env::var("CASEBRIDGE_TEST_POSTGRES_URL") else {
        eprintln!(
            "skipped the PostgreSQL half: CASEBRIDGE_TEST_POSTGRES_URL is not set (.ci/run sets it)"
        );
        return;
    };
    let db = crate::helpers::TestDb::new().await;
    Store::connect(&db.url)
        .await
        .unwrap()
        .migrate()
        .await
        .unwrap();
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let postgres: Columns = rows.into_iter().collect();
    assert!(!base.is_empty());
    assert_eq!(sqlite, postgres, "the two migration folders disagree");
}
