//! The `casebridge` command: the web server and the operator's tools.

use std::io::{IsTerminal, Read};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use casebridge::accounts::{self, NewAccount};
use casebridge::config::Config;
use casebridge::directory::Directory;
use casebridge::domain::country::CountryCode;
use casebridge::domain::email::EmailAddress;
use casebridge::domain::org::OrgKind;
use casebridge::domain::role::Role;
use casebridge::startup::{Application, open_app, shutdown_signal};
use casebridge::store::{ChainCheck, Store};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "casebridge",
    version,
    about = "Records requests and APAC child-safety reports that recipients can act on"
)]
struct Cli {
    /// A TOML configuration file (also CASEBRIDGE_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Address to listen on, e.g. 127.0.0.1:8080 (also CASEBRIDGE_ADDR).
    #[arg(long, global = true)]
    addr: Option<SocketAddr>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web application (the default).
    Serve,
    /// Create or upgrade the database schema, then exit.
    Migrate,
    /// Manage organisations.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API bearer tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Look at the outbox and retry failed deliveries.
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
    },
    /// Check the audit log's hash chain, or export it.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Submit an approved report's NCMEC form to the CyberTipline API.
    Ncmec {
        #[command(subcommand)]
        command: NcmecCommand,
    },
    /// Send a short test message through the configured SMTP server.
    SmtpTest {
        /// Where the test message goes.
        #[arg(long)]
        to: String,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute every entry's hash; name the first entry that does not link.
    Verify,
    /// Write the audit log to standard output as JSON lines, oldest first
    /// (for a SIEM). The export is itself recorded in the log.
    Export {
        /// Only entries on or after this day (YYYY-MM-DD, UTC).
        #[arg(long)]
        since: Option<jiff::civil::Date>,
        /// Only entries of this organisation (its slug).
        #[arg(long)]
        org: Option<String>,
    },
}

#[derive(Subcommand)]
enum NcmecCommand {
    /// Open the report at NCMEC, post each file's details, finish it
    /// (retract it if a step fails), and print every response code.
    /// Credentials: CASEBRIDGE_NCMEC_USERNAME and CASEBRIDGE_NCMEC_PASSWORD;
    /// the base URL: CASEBRIDGE_NCMEC_BASE_URL (NCMEC's test environment
    /// by default).
    Submit {
        /// The package's id (shown on the report's review page).
        package_id: String,
        /// The reviewer who submits (their email).
        #[arg(long = "as")]
        as_user: String,
        /// N=ID: the fileId NCMEC gave file N when the evidence store
        /// uploaded it; once for each file of the report.
        #[arg(long = "file-id", value_parser = parse_file_id)]
        file_id: Vec<(usize, String)>,
    },
}

fn parse_file_id(s: &str) -> Result<(usize, String), String> {
    let (n, id) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not N=ID, e.g. 1=3a1d4fd4106b82499b7c93442aa7dca4"))?;
    let n = n
        .trim()
        .parse::<usize>()
        .map_err(|_| format!("{n:?} is not a file number"))?;
    Ok((n, id.trim().to_string()))
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// The newest deliveries with their status and the server's last reply.
    List {
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Queue a failed delivery again, due now.
    Retry {
        /// The delivery's id (from `outbox list`).
        id: String,
    },
}

#[derive(Subcommand)]
enum OrgCommand {
    /// Add an organisation and print its slug.
    Add {
        /// agency, member, authority or operator.
        #[arg(long)]
        kind: OrgKind,
        #[arg(long)]
        name: String,
        /// Two-letter code of one of the jurisdictions casebridge serves.
        #[arg(long)]
        country: String,
        /// Mark as demo or training data: its officers may use .test addresses.
        #[arg(long)]
        demo: bool,
    },
    /// Link an organisation to the directory entry it answers for, so what
    /// is sent to that entry lands in its casebridge inbox.
    Link {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// A company's id in the directory (for a member organisation).
        #[arg(long, conflicts_with_all = ["authority", "none"])]
        company: Option<String>,
        /// A rule pack's authority as CC:ID, e.g. PH:pnp-wcpc (for an
        /// authority organisation).
        #[arg(long, conflicts_with = "none")]
        authority: Option<String>,
        /// Remove the link.
        #[arg(long)]
        none: bool,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user. The password is read from standard input when it is piped,
    /// otherwise one is generated and printed.
    Add {
        /// The slug of the user's organisation.
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        /// officer, member_analyst, member_reviewer, trainer or admin.
        #[arg(long)]
        role: Role,
        /// The name shown in the app (defaults to the email's local part).
        #[arg(long, default_value = "")]
        name: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for a user and print it once.
    Create {
        #[arg(long)]
        email: String,
    },
}

/// Each Argon2 check allocates 19 MiB at once. glibc's malloc would give
/// the first from mmap and then raise its mmap threshold to that size, so
/// later ones came from the threads' arenas, which kept them after the free:
/// 57 MiB in each of four arenas after the hostile corpus (README, Memory).
/// A fixed threshold of 4 MiB (setting it turns the raising off) gives
/// every block that large back to the system when it is freed.
/// Called before the runtime starts any thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks() {
    // SAFETY: mallopt only changes a setting of the allocator and no other
    // thread is running yet.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks() {}

fn main() -> ExitCode {
    return_large_blocks();
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(cli.config.as_deref())?;
    if let Some(addr) = cli.addr {
        config.addr = addr;
    }
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let store = Store::connect(&config.database_url).await?;
            store.migrate().await?;
            println!("database is up to date ({})", store.backend_name());
            Ok(())
        }
        Command::Org {
            command:
                OrgCommand::Add {
                    kind,
                    name,
                    country,
                    demo,
                },
        } => {
            let (store, directory) = open(&config).await?;
            let country = CountryCode::parse(&country)
                .with_context(|| format!("{country:?} is not a two-letter country code"))?;
            let org = accounts::add_org(&store, &directory, kind, &name, country, demo).await?;
            println!("{}", org.slug);
            Ok(())
        }
        Command::Org {
            command:
                OrgCommand::Link {
                    org,
                    company,
                    authority,
                    none,
                },
        } => {
            use casebridge::app::cases::LinkTarget;
            let target = match (company, authority) {
                (Some(c), _) => Some(LinkTarget::Company(c)),
                (None, Some(a)) => Some(
                    LinkTarget::parse_authority(&a)
                        .with_context(|| format!("{a:?} is not CC:ID, e.g. PH:pnp-wcpc"))?,
                ),
                (None, None) if none => None,
                (None, None) => anyhow::bail!("give --company ID, --authority CC:ID or --none"),
            };
            let app = open_app(config).await?;
            match app.link_org(None, &org, target.as_ref()).await {
                Ok(o) => {
                    println!(
                        "{} answers for {}",
                        o.slug,
                        o.recipient.as_deref().unwrap_or("nothing")
                    );
                    Ok(())
                }
                Err(casebridge::app::Error::Refused(r)) => {
                    anyhow::bail!("{}", r.message(casebridge::i18n::Locale::ENGLISH))
                }
                Err(e) => Err(e.into()),
            }
        }
        Command::User {
            command:
                UserCommand::Add {
                    org,
                    email,
                    role,
                    name,
                },
        } => {
            let (store, directory) = open(&config).await?;
            let email =
                EmailAddress::parse(&email).map_err(|e| anyhow::anyhow!("{email:?}: {e}"))?;
            let piped = read_piped_password()?;
            let (id, generated) = accounts::add_user(
                &store,
                &directory,
                &NewAccount {
                    org_slug: &org,
                    email: &email,
                    display_name: &name,
                    role,
                    password: piped.as_deref(),
                },
            )
            .await?;
            println!("created user {id}: {email} ({role}) in {org}");
            if let Some(p) = generated {
                println!("password: {p}");
            }
            Ok(())
        }
        Command::Token {
            command: TokenCommand::Create { email },
        } => {
            let (store, _) = open(&config).await?;
            let address =
                EmailAddress::parse(&email).map_err(|e| anyhow::anyhow!("{email:?}: {e}"))?;
            let user = store
                .user_by_email(&address)
                .await?
                .with_context(|| format!("no user has the email {address}"))?;
            let token = store.create_api_token(user.id).await?;
            eprintln!("This token is shown once; store it now.");
            println!("{token}");
            Ok(())
        }
        Command::Outbox { command } => outbox(config, command).await,
        Command::Audit {
            command: AuditCommand::Verify,
        } => audit_verify(&config).await,
        Command::Audit {
            command: AuditCommand::Export { since, org },
        } => audit_export(config, since, org).await,
        Command::Ncmec {
            command:
                NcmecCommand::Submit {
                    package_id,
                    as_user,
                    file_id,
                },
        } => ncmec_submit(config, &package_id, &as_user, &file_id).await,
        Command::SmtpTest { to } => smtp_test(config, &to).await,
    }
}

/// Prints each step with its response code and meaning; fails unless the
/// report was finished.
async fn ncmec_submit(
    config: Config,
    package_id: &str,
    email: &str,
    file_ids: &[(usize, String)],
) -> anyhow::Result<()> {
    use casebridge::app::{Actor, Error, Via, ncmec_steps};
    use casebridge::i18n::Locale;
    use casebridge::ncmec::codes::meaning_key;
    let app = open_app(config).await?;
    let address = EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("{email:?}: {e}"))?;
    let user = app
        .store
        .user_by_email(&address)
        .await?
        .filter(|u| !u.disabled)
        .with_context(|| format!("no active user has the email {address}"))?;
    let en = Locale::ENGLISH;
    let actor = Actor::new(&user, Via::Cli, en);
    let s = match app.submit_to_ncmec(&actor, package_id, file_ids).await {
        Ok(s) => s,
        Err(Error::Refused(r)) => anyhow::bail!("{}", r.message(en)),
        Err(e) => return Err(e.into()),
    };
    println!("submission {} to {}", s.public_id, s.base_url);
    for st in ncmec_steps(&s) {
        let name = match st.file {
            Some(n) => format!("{} (file {n})", st.step),
            None => st.step.clone(),
        };
        let answer = match st.code {
            Some(code) if st.problem == "no_report_id" => format!(
                "code {code}: {} {}",
                en.t(meaning_key(code)),
                en.t("ncmec-problem-no-report-id")
            ),
            Some(code) => format!("code {code}: {}", en.t(meaning_key(code))),
            None => match st.problem.as_str() {
                "unreachable" => en.t("ncmec-problem-unreachable"),
                _ => en.t_args(
                    "ncmec-problem-not-xml",
                    &[("status", &st.http_status.unwrap_or(0).to_string())],
                ),
            },
        };
        let rid = match st.request_id.is_empty() {
            true => String::new(),
            false => format!(" [Request-ID {}]", st.request_id),
        };
        println!("  {name}: {answer}{rid}");
    }
    if let Some(id) = &s.ncmec_report_id {
        println!("NCMEC report id: {id}");
    }
    match s.status.as_str() {
        "finished" => {
            println!("filed with NCMEC");
            Ok(())
        }
        "retracted" => anyhow::bail!("not filed: the report was retracted after a failed step"),
        _ => anyhow::bail!("not filed"),
    }
}

/// Exits non-zero (through the error) when the chain is broken, so a cron job
/// or monitor notices.
async fn audit_verify(config: &Config) -> anyhow::Result<()> {
    let (store, _) = open(config).await?;
    match store.verify_audit_chain().await? {
        ChainCheck::Intact { entries } => {
            println!("audit log OK: {entries} entries, every link holds");
            Ok(())
        }
        ChainCheck::Broken { id, reason } => {
            anyhow::bail!("audit log broken at entry {id}: {reason}")
        }
        ChainCheck::HeadMismatch { entries } => anyhow::bail!(
            "audit log broken after entry {entries}: the {entries} entries link, \
             but the chain head names a different last entry (entries were removed from the end)"
        ),
    }
}

async fn audit_export(
    config: Config,
    since: Option<jiff::civil::Date>,
    org: Option<String>,
) -> anyhow::Result<()> {
    use std::io::Write;
    let app = open_app(config).await?;
    let query = casebridge::app::audit::AuditQuery {
        org: org.as_deref().unwrap_or_default(),
        from: since,
        ..Default::default()
    };
    let filter = match app.audit_filter(&query).await {
        Ok(f) => f,
        Err(casebridge::app::Error::Refused(_)) => {
            anyhow::bail!("no organisation has the slug {:?}", query.org)
        }
        Err(e) => return Err(e.into()),
    };
    let mut export = app.audit_export(None, &filter).await?;
    // A batch at a time, so a large log never sits in memory whole.
    while let Some(lines) = export.next_lines().await? {
        std::io::stdout().write_all(lines.as_bytes())?;
    }
    std::io::stdout().flush()?;
    Ok(())
}

async fn outbox(config: Config, command: OutboxCommand) -> anyhow::Result<()> {
    let app = open_app(config).await?;
    match command {
        OutboxCommand::List { limit } => {
            let all = app.store.recent_deliveries(limit.clamp(1, 1000)).await?;
            if all.is_empty() {
                println!("the outbox is empty");
            }
            for d in all {
                let when = d.sent_at.or(d.uploaded_at).unwrap_or(d.updated_at);
                println!(
                    "{}  {:<8} {:<6} {:<6} attempts {:<2} {}  {}  {}",
                    d.public_id,
                    d.status,
                    d.channel,
                    d.transport,
                    d.attempts,
                    when,
                    d.recipient,
                    d.last_reply.replace('\n', " ")
                );
            }
            Ok(())
        }
        OutboxCommand::Retry { id } => match app.retry_delivery(None, &id).await {
            Ok(d) => {
                println!("{} is queued again", d.public_id);
                Ok(())
            }
            Err(casebridge::app::Error::Refused(r)) => {
                anyhow::bail!("{}", r.message(casebridge::i18n::Locale::ENGLISH))
            }
            Err(e) => Err(e.into()),
        },
    }
}

async fn smtp_test(config: Config, to: &str) -> anyhow::Result<()> {
    use casebridge::app::delivery::{Attempt, Transports, message, transport};
    let from = config
        .smtp
        .as_ref()
        .map(|s| s.from.clone())
        .context("no SMTP server is configured (set CASEBRIDGE_SMTP_HOST, _TLS and _FROM); mail goes to the outbox folder")?;
    let transports = Transports::from_config(&config)?;
    transports
        .check_smtp()
        .await
        .map_err(|e| anyhow::anyhow!("cannot talk to the SMTP server: {e}"))?;
    let m = message::test_message(&from, to, casebridge::domain::time::now())?;
    match transport::send_message(&transports, "smtp", &m).await {
        Attempt::Accepted(reply) => {
            println!("sent to {to}; the server answered: {reply}");
            Ok(())
        }
        Attempt::Temporary(e) => anyhow::bail!("not sent (temporary; try again later): {e}"),
        Attempt::Permanent(e) => anyhow::bail!("not sent: {e}"),
    }
}

async fn open(config: &Config) -> anyhow::Result<(Store, Directory)> {
    let store = Store::connect(&config.database_url).await?;
    store.migrate().await?;
    Ok((store, Directory::load()?))
}

/// The first line of standard input when it is a pipe or file; `None` on a
/// terminal or when nothing was given, in which case a password is generated.
fn read_piped_password() -> anyhow::Result<Option<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut text = String::new();
    stdin
        .lock()
        .take(4096)
        .read_to_string(&mut text)
        .context("cannot read the password")?;
    let line = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string();
    Ok((!line.is_empty()).then_some(line))
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let backend = if config.database_url.starts_with("sqlite:") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let app = Application::build(config).await?;
    let addr = app.local_addr();
    println!();
    println!("casebridge is running at http://{addr}/  ({backend})");
    if !app.demo_logins().is_empty() {
        println!();
        println!("Demo accounts (fictional data; turn off with CASEBRIDGE_DEMO_DATA=false):");
        for l in app.demo_logins() {
            println!(
                "  {:<16} {:<32} password: {:<20} {}",
                l.role.as_str(),
                l.email,
                l.password,
                l.org
            );
        }
    }
    println!();
    println!("Press Ctrl-C to stop.");
    app.run_until(shutdown_signal()).await?;
    Ok(())
}
