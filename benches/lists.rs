//! List benchmark (issue 13 item 8): how long a page of 50 takes over HTTP
//! on the dashboard, the `/documents` search and the inbox, p50 and p99,
//! with many documents in the database.
//!
//! `cargo bench --bench lists`. The environment sets the size and the
//! databases: `BENCH_DOCUMENTS` (default 1 000 000) documents spread over
//! `BENCH_ORGS` (default 100) agencies, one in `BENCH_CASE_EVERY` (default
//! 100) of them delivered into the demo member's inbox as a case;
//! `BENCH_SAMPLES` (default 200) requests per page. SQLite always (a
//! temporary file), PostgreSQL too when `BENCH_POSTGRES_URL` names an
//! empty database. The rows are written directly in SQL, in batches, as
//! the migrations' columns define them — not through the workflow layer,
//! which would take hours for a million documents.

use std::time::{Duration, Instant};

use casebridge::config::Config;
use casebridge::startup::Application;

fn env_number(name: &str, default: i64) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Size {
    documents: i64,
    orgs: i64,
    case_every: i64,
    samples: usize,
}

/// Rows are made in batches of this many, one transaction each.
const BATCH: i64 = 50_000;

/// 2026-01-01T00:00:00Z: documents are created evenly from here over
/// 360 days.
const EPOCH: i64 = 1_767_225_600;
const YEAR: i64 = 360 * 86_400;

/// Statements that fill one batch `[$1, $2)` of numbers `i`, per backend
/// (document `i` gets row id `i + 1` in the fresh database). Documents: the
/// organisation is the demo agency when `i % $3 == 0`, else one of the
/// bench agencies; `$4` the demo agency, `$5` the first bench agency, `$6`
/// the demo officer (owner of all), `$7` the first creation time, `$8` the
/// seconds between two creations. Targets:
/// one per document. Packages: one in `$3`. Cases: one per package, in the
/// inbox of the demo member `$3`.
fn sqlite_batch() -> [&'static str; 4] {
    [
        "INSERT INTO documents (public_id, kind, status, schema_version, version, owner_id,
             org_id, training, title, body, created_at, updated_at, revision, reference,
             case_number, destination, due_at)
         WITH RECURSIVE s(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $2)
         SELECT printf('00000000-0000-4000-8000-%012d', i), 'request',
                CASE (i / $3) % 4 WHEN 0 THEN 'draft' WHEN 3 THEN 'superseded' ELSE 'final' END,
                1, 1, $6,
                CASE WHEN i % $3 = 0 THEN $4 ELSE $5 + (i % $3) - 1 END, FALSE,
                CASE i % 3 WHEN 0 THEN 'Kakao – Emergency disclosure'
                           WHEN 1 THEN 'Example Social – Subscriber information'
                           ELSE 'Example Video – Preservation' END,
                '{}',
                strftime('%Y-%m-%dT%H:%M:%SZ', $7 + i * $8, 'unixepoch'),
                strftime('%Y-%m-%dT%H:%M:%SZ', $7 + i * $8 + (i % 7) * 3600, 'unixepoch'),
                1, printf('CB-2026-%06d', i + 1), printf('bench-%d', i),
                CASE i % 3 WHEN 0 THEN 'kakao kakao corp.'
                           WHEN 1 THEN 'example-social example social pte. ltd.'
                           ELSE 'example-video example video ltd.' END,
                CASE WHEN i % 5 = 0
                     THEN strftime('%Y-%m-%dT%H:%M:%SZ', $7 + 30000000 + i * 7, 'unixepoch')
                     ELSE '9999' END
         FROM s",
        "INSERT INTO document_targets (document_id, org_id, value)
         SELECT id, org_id, 'user' || (id - 1) || '@example.test'
         FROM documents WHERE id > $1 AND id <= $2",
        "INSERT INTO packages (public_id, document_id, org_id, json_sha256, pdf_sha256,
             zip_sha256, zip_bytes, created_at)
         SELECT 'p-' || public_id, id, org_id, '', '', '', x'', created_at FROM documents
         WHERE id > $1 AND id <= $2 AND (id - 1) % $3 = 1",
        "INSERT INTO cases (public_id, kind, document_id, package_id, first_document_id,
             sender_org_id, recipient_org_id, recipient, recipient_name, status, urgent,
             received_at, updated_at)
         SELECT 'c-' || d.public_id, 'request', d.id, p.id, d.id, d.org_id, $3,
                'company:example-social', 'Example Social',
                CASE d.id % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'in_progress' ELSE 'completed' END,
                d.id % 50 = 0, d.created_at, d.updated_at
         FROM packages p JOIN documents d ON d.id = p.document_id
         WHERE p.document_id > $1 AND p.document_id <= $2",
    ]
}

fn postgres_batch() -> [&'static str; 4] {
    [
        "INSERT INTO documents (public_id, kind, status, schema_version, version, owner_id,
             org_id, training, title, body, created_at, updated_at, revision, reference,
             case_number, destination, due_at)
         SELECT '00000000-0000-4000-8000-' || lpad(i::text, 12, '0'), 'request',
                CASE (i / $3) % 4 WHEN 0 THEN 'draft' WHEN 3 THEN 'superseded' ELSE 'final' END,
                1, 1, $6,
                CASE WHEN i % $3 = 0 THEN $4 ELSE $5 + (i % $3) - 1 END, FALSE,
                CASE i % 3 WHEN 0 THEN 'Kakao – Emergency disclosure'
                           WHEN 1 THEN 'Example Social – Subscriber information'
                           ELSE 'Example Video – Preservation' END,
                '{}',
                to_char(to_timestamp($7 + i * $8) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                to_char(to_timestamp($7 + i * $8 + (i % 7) * 3600) AT TIME ZONE 'UTC',
                        'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                1, 'CB-2026-' || lpad((i + 1)::text, greatest(6, length((i + 1)::text)), '0'), 'bench-' || i,
                CASE i % 3 WHEN 0 THEN 'kakao kakao corp.'
                           WHEN 1 THEN 'example-social example social pte. ltd.'
                           ELSE 'example-video example video ltd.' END,
                CASE WHEN i % 5 = 0
                     THEN to_char(to_timestamp($7 + 30000000 + i * 7) AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
                     ELSE '9999' END
         FROM generate_series($1, $2 - 1) i",
        "INSERT INTO document_targets (document_id, org_id, value)
         SELECT id, org_id, 'user' || (id - 1) || '@example.test'
         FROM documents WHERE id > $1 AND id <= $2",
        "INSERT INTO packages (public_id, document_id, org_id, json_sha256, pdf_sha256,
             zip_sha256, zip_bytes, created_at)
         SELECT 'p-' || public_id, id, org_id, '', '', '', '\\x'::bytea, created_at FROM documents
         WHERE id > $1 AND id <= $2 AND (id - 1) % $3 = 1",
        "INSERT INTO cases (public_id, kind, document_id, package_id, first_document_id,
             sender_org_id, recipient_org_id, recipient, recipient_name, status, urgent,
             received_at, updated_at)
         SELECT 'c-' || d.public_id, 'request', d.id, p.id, d.id, d.org_id, $3,
                'company:example-social', 'Example Social',
                CASE d.id % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'in_progress' ELSE 'completed' END,
                d.id % 50 = 0, d.created_at, d.updated_at
         FROM packages p JOIN documents d ON d.id = p.document_id
         WHERE p.document_id > $1 AND p.document_id <= $2",
    ]
}

/// The ids the rows hang on: demo agency, first bench agency, officer, member.
const IDS: &str = "SELECT
    (SELECT org_id FROM users WHERE email = 'officer@cyber-unit.police.test'),
    (SELECT COALESCE(MIN(id), 0) FROM orgs WHERE slug LIKE 'bench-agency-%'),
    (SELECT id FROM users WHERE email = 'officer@cyber-unit.police.test'),
    (SELECT org_id FROM users WHERE email = 'analyst@example-social.test')";

const ORG: &str = "INSERT INTO orgs (slug, kind, name, country, is_demo, created_at)
    VALUES ($1, 'agency', $2, 'PH', TRUE, '2026-01-01T00:00:00Z')";

/// Runs `$body` with `$pool` bound to a pool of the URL's backend and `$batch`
/// to its statements.
macro_rules! with_pool {
    ($url:expr, $pool:ident, $batch:ident => $body:block) => {
        if $url.starts_with("sqlite:") {
            let $pool = sqlx::SqlitePool::connect($url).await?;
            let $batch = sqlite_batch();
            $body
        } else {
            let $pool = sqlx::PgPool::connect($url).await?;
            let $batch = postgres_batch();
            $body
        }
    };
}

/// Writes the bench agencies, documents, targets, packages and cases.
async fn fill(url: &str, size: &Size) -> anyhow::Result<Duration> {
    let started = Instant::now();
    with_pool!(url, pool, batch => {
        for n in 1..size.orgs {
            sqlx::query(ORG)
                .bind(format!("bench-agency-{n:04}"))
                .bind(format!("Bench Agency {n} (fictional)"))
                .execute(&pool)
                .await?;
        }
        let (demo_agency, first, officer, member): (i64, i64, i64, i64) =
            sqlx::query_as(IDS).fetch_one(&pool).await?;
        // Creation times spread over 2026 whatever the number.
        let step = (YEAR / size.documents.max(1)).max(1);
        let mut from = 0;
        while from < size.documents {
            let to = (from + BATCH).min(size.documents);
            let mut tx = pool.begin().await?;
            sqlx::query(batch[0])
                .bind(from).bind(to).bind(size.orgs).bind(demo_agency).bind(first)
                .bind(officer).bind(EPOCH).bind(step)
                .execute(&mut *tx).await?;
            sqlx::query(batch[1]).bind(from).bind(to).execute(&mut *tx).await?;
            sqlx::query(batch[2]).bind(from).bind(to).bind(size.case_every)
                .execute(&mut *tx).await?;
            sqlx::query(batch[3]).bind(from).bind(to).bind(member)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            from = to;
            eprintln!("  {to} documents ({:.0?})", started.elapsed());
        }
        // Fresh statistics, as a database that has been running has them.
        sqlx::query("ANALYZE").execute(&pool).await?;
        pool.close().await;
    });
    Ok(started.elapsed())
}

/// A browser signed in as `email`.
async fn signed_in(base: &str, email: &str, password: &str) -> anyhow::Result<reqwest::Client> {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let login = client
        .get(format!("{base}/login"))
        .send()
        .await?
        .text()
        .await?;
    let token = regex::Regex::new(r#"name="csrf_token" value="([^"]*)""#)?
        .captures(&login)
        .map(|c| c[1].to_string())
        .ok_or_else(|| anyhow::anyhow!("no CSRF token on the sign-in page"))?;
    let res = client
        .post(format!("{base}/login"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await?;
    anyhow::ensure!(res.status().is_redirection(), "sign-in as {email} failed");
    Ok(client)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Times `samples` GETs of `path` one after another; p50 and p99, and
/// the number of rows the last answer showed.
async fn measure(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    samples: usize,
) -> anyhow::Result<(Duration, Duration, usize)> {
    let url = format!("{base}{path}");
    // Warm the caches and prepared statements first.
    for _ in 0..5 {
        client.get(&url).send().await?.bytes().await?;
    }
    let mut times = Vec::with_capacity(samples);
    let mut rows = 0;
    for _ in 0..samples {
        let t = Instant::now();
        let res = client.get(&url).send().await?;
        anyhow::ensure!(res.status().is_success(), "{path}: {}", res.status());
        let body = res.text().await?;
        times.push(t.elapsed());
        rows = body.matches("<tr class=\"cb-table__row\" data-").count();
    }
    times.sort();
    Ok((percentile(&times, 0.5), percentile(&times, 0.99), rows))
}

async fn run(url: &str, label: &str, size: &Size) -> anyhow::Result<()> {
    let config = Config {
        addr: "127.0.0.1:0".parse()?,
        database_url: url.to_string(),
        outbox_dir: std::env::temp_dir().join("casebridge-bench-outbox"),
        ..Config::default()
    };
    // Migrates and seeds the demo organisations.
    let app = Application::build(config.clone()).await?;
    drop(app);
    eprintln!("{label}: writing {} documents …", size.documents);
    let filled = fill(url, size).await?;
    let app = Application::build(config).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until(std::future::pending()));
    let officer = signed_in(&base, "officer@cyber-unit.police.test", "demo-officer-2026").await?;
    let analyst = signed_in(&base, "analyst@example-social.test", "demo-analyst-2026").await?;
    let own = size.documents / size.orgs.max(1);
    let cases = size.documents / size.case_every.max(1);
    println!(
        "{label}: {} documents ({own} of the signed-in agency), {cases} cases in the inbox, \
         written in {filled:.0?}",
        size.documents
    );
    // A reference, a case number and a target of the demo agency's own.
    let mine = size.orgs * (own / 2);
    let pages = [
        (&officer, "dashboard", "/".to_string()),
        (&officer, "/documents", "/documents".to_string()),
        (
            &officer,
            "/documents page 40",
            "/documents?page=40".to_string(),
        ),
        (
            &officer,
            "/documents by reference",
            format!("/documents?q=CB-2026-{:06}", mine + 1),
        ),
        (
            &officer,
            "/documents by part of a reference",
            format!("/documents?q={:06}", mine + 1),
        ),
        (
            &officer,
            "/documents by case number",
            format!("/documents?q=bench-{mine}"),
        ),
        (
            &officer,
            "/documents by company",
            "/documents?q=kakao".to_string(),
        ),
        (
            &officer,
            "/documents by target",
            format!("/documents?target=user{mine}@example.test"),
        ),
        (
            &officer,
            "/documents final, sorted by due",
            "/documents?status=final&sort=due".to_string(),
        ),
        (
            &officer,
            "/documents created in March",
            "/documents?from-day=1&from-month=3&from-year=2026&to-day=31&to-month=3&to-year=2026"
                .to_string(),
        ),
        (&analyst, "/inbox", "/inbox".to_string()),
        (
            &analyst,
            "/inbox sorted by updated",
            "/inbox?sort=updated".to_string(),
        ),
        (&analyst, "/inbox by company", "/inbox?q=kakao".to_string()),
        (
            &analyst,
            "/inbox by target",
            "/inbox?target=user101@example.test".to_string(),
        ),
    ];
    println!("{label}: page                               rows     p50      p99");
    for (client, name, path) in pages {
        let (p50, p99, rows) = measure(client, &base, &path, size.samples).await?;
        println!(
            "{label}: {name:<34} {rows:>4} {:>7.2} ms {:>7.2} ms",
            p50.as_secs_f64() * 1000.0,
            p99.as_secs_f64() * 1000.0
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let size = Size {
        documents: env_number("BENCH_DOCUMENTS", 1_000_000),
        orgs: env_number("BENCH_ORGS", 100).max(1),
        case_every: env_number("BENCH_CASE_EVERY", 100).max(1),
        samples: usize::try_from(env_number("BENCH_SAMPLES", 200)).unwrap_or(200),
    };
    let dir = tempfile::tempdir()?;
    let sqlite = format!("sqlite://{}", dir.path().join("lists.db").display());
    run(&sqlite, "sqlite", &size).await?;
    if let Ok(url) = std::env::var("BENCH_POSTGRES_URL") {
        run(&url, "postgres", &size).await?;
    }
    Ok(())
}
