//! Outbox benchmark: how fast the delivery worker empties the outbox into a
//! local SMTP server (Python's aiosmtpd, accepting and discarding), and how
//! long one message takes from the worker's claim to the server's
//! acceptance, recorded in the database (p50/p99).
//!
//! `cargo bench --bench outbox`. The environment sets the size and the
//! databases: `BENCH_MESSAGES` (default 500) messages for the rate,
//! `BENCH_LATENCY` (default 200) sent one at a time for the latency;
//! SQLite always (a temporary file), PostgreSQL too when
//! `BENCH_POSTGRES_URL` names an empty database.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use casebridge::app::delivery::{Transports, message};
use casebridge::config::{Config, SmtpConfig, SmtpTls};
use casebridge::store::{NewAudit, NewDelivery, StoredPackage};

const SERVER: &str = r#"
import sys
from aiosmtpd.controller import Controller
class Accept:
    async def handle_DATA(self, server, session, envelope):
        return "250 2.0.0 Ok"
c = Controller(Accept(), hostname="127.0.0.1", port=int(sys.argv[1]))
c.start()
print("ready", flush=True)
sys.stdin.read()
c.stop()
"#;

const FROM: &str = "casebridge@mail.cyber-unit.police.test";

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Package, document, organisation and owner rows deliveries hang on.
type Rows = (i64, i64, i64, i64);

/// A document and package of the demo agency to hang deliveries on.
async fn package_rows(url: &str, store: &casebridge::store::Store) -> anyhow::Result<Rows> {
    let directory = casebridge::directory::Directory::load()?;
    casebridge::demo::seed(store, &directory).await?;
    let now = casebridge::domain::time::to_db(jiff::Timestamp::now());
    let doc = "INSERT INTO documents (public_id, kind, status, schema_version, owner_id, org_id,
                   body, created_at, updated_at, reference)
               SELECT 'bench-document', 'request', 'final', 1, id, org_id, '{}', $1, $1,
                      'CB-1999-000001'
               FROM users WHERE email = 'officer@cyber-unit.police.test'";
    let pkg = "INSERT INTO packages (public_id, document_id, org_id, json_sha256, pdf_sha256,
                   zip_sha256, zip_bytes, created_at)
               SELECT 'bench-package', id, org_id, '', '', '', $1, $2 FROM documents
               WHERE public_id = 'bench-document'";
    let ids = "SELECT p.id, p.document_id, p.org_id, d.owner_id FROM packages p
               JOIN documents d ON d.id = p.document_id WHERE p.public_id = 'bench-package'";
    let zip: &[u8] = b"PK";
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await?;
        sqlx::query(doc).bind(&now).execute(&pool).await?;
        sqlx::query(pkg).bind(zip).bind(&now).execute(&pool).await?;
        Ok(sqlx::query_as(ids).fetch_one(&pool).await?)
    } else {
        let pool = sqlx::PgPool::connect(url).await?;
        sqlx::query(doc).bind(&now).execute(&pool).await?;
        sqlx::query(pkg).bind(zip).bind(&now).execute(&pool).await?;
        Ok(sqlx::query_as(ids).fetch_one(&pool).await?)
    }
}

/// A message the size of a typical package email: a 200 KB attachment.
fn sample_message() -> Vec<u8> {
    let package = StoredPackage {
        public_id: "bench-package".into(),
        document_id: 1,
        training: false,
        json_sha256: "a".repeat(64),
        pdf_sha256: "b".repeat(64),
        zip_sha256: "c".repeat(64),
        json_bytes: Vec::new(),
        pdf_bytes: Vec::new(),
        zip_bytes: (0..200_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect(),
        created_at: "2026-12-01T00:00:00Z".into(),
    };
    let letter = message::Letter {
        delivery_id: "bench",
        at: jiff::Timestamp::now(),
        from: FROM,
        to: "lawenforcement@example-social.test",
        to_name: "Example Social Pte. Ltd. (fictional)",
        kind: casebridge::app::DocumentKind::Request,
        urgent: false,
        training: false,
        reference: "bench-document",
        package: &package,
        org: "Demo Police Cyber Unit",
        person: "Insp. Dana Villanueva",
        reply_to: Some("officer@cyber-unit.police.test"),
        callback: "+63 2 8555 0100",
        locale: None,
        cc: &[],
        encrypted: None,
    };
    message::build(&letter)
        .expect("the sample builds")
        .0
        .formatted()
}

async fn queue(
    app: &casebridge::app::App,
    rows: Rows,
    tag: &str,
    n: usize,
    m: &[u8],
) -> anyhow::Result<()> {
    let now = casebridge::domain::time::to_db(app.now());
    for i in 0..n {
        let id = format!("bench-{tag}-{i}");
        let to = format!("desk{i}.{tag}@example-social.test");
        let subject = format!("delivery:{id}");
        let audit = NewAudit {
            actor_user_id: None,
            org_id: Some(rows.2),
            action: "delivery.queued",
            subject: &subject,
            ip: None,
            detail: serde_json::json!({}),
        };
        app.store
            .queue_delivery(
                &NewDelivery {
                    public_id: &id,
                    package_id: rows.0,
                    document_id: rows.1,
                    org_id: rows.2,
                    recipient: &to,
                    recipient_name: "desk",
                    transport: "smtp",
                    message_id: &format!("<{id}@bench>"),
                    envelope_from: FROM,
                    envelope_to: &to,
                    message: Some(m),
                    reason: "",
                    requested_by: rows.3,
                },
                &audit,
                &now,
            )
            .await?;
    }
    Ok(())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn run(url: &str, port: u16, n: usize, samples: usize) -> anyhow::Result<()> {
    let mut config = Config {
        database_url: url.to_string(),
        ..Config::default()
    };
    config.smtp = Some(SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: FROM.into(),
        timeout_seconds: 30,
        ca_file: None,
    });
    config.delivery.worker = false;
    let app = casebridge::startup::open_app(config).await?;
    let rows = package_rows(url, &app.store).await?;
    let m = sample_message();
    let transports = Transports::from_config(&app.config)?;

    queue(&app, rows, "rate", n, &m).await?;
    let start = Instant::now();
    let mut sent = 0;
    loop {
        let step = app.deliver_due(&transports, 10).await?;
        if step == Default::default() {
            break;
        }
        sent += step.sent;
    }
    let elapsed = start.elapsed();
    queue(&app, rows, "latency", samples, &m).await?;
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let t = Instant::now();
        let step = app.deliver_due(&transports, 1).await?;
        times.push(t.elapsed());
        assert_eq!(step.sent, 1, "each latency sample sends one message");
    }
    times.sort();
    let backend = if url.starts_with("sqlite:") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    println!(
        "{backend}: {sent} messages ({} KB each) in {:.2} s = {:.0} messages/s; \
         claim-to-accepted p50 {:.1} ms, p99 {:.1} ms ({samples} sent one at a time)",
        m.len() / 1024,
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64(),
        percentile(&times, 0.5).as_secs_f64() * 1000.0,
        percentile(&times, 0.99).as_secs_f64() * 1000.0,
    );
    app.store.close().await;
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let n = env_number("BENCH_MESSAGES", 500);
    let samples = env_number("BENCH_LATENCY", 200).max(1);
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut server = Command::new("python3")
        .args(["-c", SERVER, &port.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(server.stdout.take().expect("piped")).read_line(&mut line)?;
    anyhow::ensure!(
        line.trim() == "ready",
        "aiosmtpd did not start (python3 -m pip install aiosmtpd)"
    );

    let dir = tempfile::tempdir()?;
    let sqlite = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("bench.db").display()
    );
    let mut result = run(&sqlite, port, n, samples).await;
    if result.is_ok()
        && let Ok(pg) = std::env::var("BENCH_POSTGRES_URL")
    {
        result = run(&pg, port, n, samples).await;
    }
    let _ = server.kill();
    let _ = server.wait();
    result
}
