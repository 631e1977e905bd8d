//! Configuration: built-in defaults, then an optional TOML file, then
//! `CASEBRIDGE_*` environment variables, then command-line flags.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

#[derive(Debug, Clone)]
pub struct Config {
    /// Where the web server listens.
    pub addr: SocketAddr,
    /// `sqlite://file.db` or `postgres://user@host/db`.
    pub database_url: String,
    /// The address users reach casebridge at; `https://` makes cookies Secure.
    pub public_url: Option<String>,
    /// Minutes without a request after which a signed-in user is signed out.
    pub session_idle_minutes: u32,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Create the demo organisations and users when they are missing.
    pub demo_data: bool,
    /// Take the client address from the last `X-Forwarded-For` hop (only
    /// behind a proxy that sets it; otherwise clients could forge it).
    pub behind_proxy: bool,
    /// Where the file outbox writes `.eml` files when no SMTP server is set.
    pub outbox_dir: PathBuf,
    pub smtp: Option<SmtpConfig>,
    pub delivery: DeliveryConfig,
    /// The key of the login throttle and of the pre-sign-in CSRF cookie.
    /// Unset, the server makes one at first start and keeps it in the
    /// database, so every instance on that database shares it.
    pub server_secret: Option<Secret>,
    /// Member analysts and trainers need a second factor too (officers,
    /// reviewers and admins always do, outside demo organisations).
    pub second_factor_for_analysts: bool,
    /// Where people get help: a page or mail address the operator names,
    /// shown on sign-up, sign-in and account pages.
    pub support_contact: Option<String>,
    /// The optional submission of reports to NCMEC's CyberTipline API.
    pub ncmec: NcmecConfig,
}

/// Where NCMEC's CyberTipline API is and the account casebridge uses
/// there. The username and password come from the environment only
/// (`CASEBRIDGE_NCMEC_USERNAME`, `CASEBRIDGE_NCMEC_PASSWORD`): never from
/// the file, never stored in the database, never logged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NcmecConfig {
    /// NCMEC's test environment unless configured.
    pub base_url: String,
    pub username: Option<String>,
    pub password: Option<Secret>,
}

impl Default for NcmecConfig {
    fn default() -> Self {
        NcmecConfig {
            base_url: crate::ncmec::client::TEST_BASE_URL.into(),
            username: None,
            password: None,
        }
    }
}

impl NcmecConfig {
    /// The username and password, when both are set.
    pub fn credentials(&self) -> Option<(&str, &Secret)> {
        match (&self.username, &self.password) {
            (Some(u), Some(p)) if !u.is_empty() && !p.expose().is_empty() => Some((u, p)),
            _ => None,
        }
    }

    /// Whether the base URL is on this machine (a stand-in for tests and
    /// demonstrations): the only place a demo organisation may submit to.
    pub fn is_loopback(&self) -> bool {
        let Ok(url) = url::Url::parse(&self.base_url) else {
            return false;
        };
        match url.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        }
    }
}

/// How the outbox worker retries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryConfig {
    /// Run the outbox worker in this process.
    pub worker: bool,
    /// Seconds between looks at the outbox.
    pub poll_seconds: u64,
    /// Attempts before a temporary failure counts as failed.
    pub max_attempts: u32,
    /// The first wait after a temporary failure; doubled each time.
    pub retry_base_seconds: u64,
    /// The longest wait between attempts.
    pub retry_max_seconds: u64,
    /// Minutes an emergency request or a report of a child at imminent risk
    /// may wait in an inbox unacknowledged before both sides are told.
    pub emergency_ack_minutes: u32,
    /// The sending organisation's OpenPGP public key (armored): encrypted
    /// packages are encrypted to it too, so the sent copy stays readable.
    pub sender_key: Option<String>,
    /// DKIM signing of every message, when configured.
    pub dkim: Option<Dkim>,
}

/// A DKIM signing key and where its public half is published
/// (`<selector>._domainkey.<domain>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dkim {
    pub selector: String,
    pub domain: String,
    /// An RSA private key, PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`).
    pub private_key: Secret,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            worker: true,
            poll_seconds: 5,
            max_attempts: 6,
            retry_base_seconds: 60,
            retry_max_seconds: 3600,
            emergency_ack_minutes: 60,
            sender_key: None,
            dkim: None,
        }
    }
}

/// A password or key: kept out of `Debug` output and so out of logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Self {
        Secret(s)
    }

    /// The secret itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub from: String,
    /// Seconds an SMTP conversation may take before it counts as failed.
    pub timeout_seconds: u64,
    /// A PEM certificate to trust besides the public roots (a relay with
    /// a private certificate).
    pub ca_file: Option<PathBuf>,
}

/// How to secure the SMTP connection. Explicit, because STARTTLS on 587 and
/// implicit TLS on 465 are easy to mix up and fail in confusing ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    Starttls,
    Implicit,
    /// Plain text: only for a relay on the same host or in tests.
    None,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: "sqlite://casebridge.db".into(),
            public_url: None,
            session_idle_minutes: 30,
            max_body_bytes: 12 * 1024 * 1024,
            demo_data: true,
            behind_proxy: false,
            outbox_dir: PathBuf::from("outbox"),
            smtp: None,
            delivery: DeliveryConfig::default(),
            server_secret: None,
            second_factor_for_analysts: true,
            support_contact: None,
            ncmec: NcmecConfig::default(),
        }
    }
}

/// The file format: every key optional, same names as the fields.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    addr: Option<SocketAddr>,
    database_url: Option<String>,
    public_url: Option<String>,
    session_idle_minutes: Option<u32>,
    max_body_bytes: Option<usize>,
    demo_data: Option<bool>,
    behind_proxy: Option<bool>,
    outbox_dir: Option<PathBuf>,
    second_factor_for_analysts: Option<bool>,
    support_contact: Option<String>,
    smtp: Option<FileSmtp>,
    delivery: Option<FileDelivery>,
    server_secret: Option<String>,
    ncmec: Option<FileNcmec>,
}

/// Only the base URL: the credentials are never read from a file.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileNcmec {
    base_url: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDelivery {
    worker: Option<bool>,
    poll_seconds: Option<u64>,
    max_attempts: Option<u32>,
    retry_base_seconds: Option<u64>,
    retry_max_seconds: Option<u64>,
    emergency_ack_minutes: Option<u32>,
    sender_key_file: Option<PathBuf>,
    dkim_selector: Option<String>,
    dkim_domain: Option<String>,
    dkim_key_file: Option<PathBuf>,
}

/// A configured server secret: long enough that it cannot be guessed.
fn server_secret(v: String) -> anyhow::Result<Secret> {
    let v = v.trim().to_string();
    if v.len() < 32 {
        bail!("the server secret must have at least 32 characters (for example 64 hex digits)");
    }
    Ok(Secret::new(v))
}

fn read_key_file(path: &Path, what: &str) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the {what} file {}", path.display()))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSmtp {
    host: String,
    port: Option<u16>,
    tls: SmtpTls,
    username: Option<String>,
    password: Option<String>,
    from: String,
    timeout_seconds: Option<u64>,
    ca_file: Option<PathBuf>,
}

impl Config {
    /// Loads the configuration. `file` is the `--config` flag; without it,
    /// `CASEBRIDGE_CONFIG` may name a file.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Self> {
        Self::load_from(file, |k| std::env::var(k).ok())
    }

    fn load_from(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Self> {
        let mut c = Config::default();
        let file = file
            .map(Path::to_path_buf)
            .or_else(|| env("CASEBRIDGE_CONFIG").map(PathBuf::from));
        if let Some(path) = file {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read the config file {}", path.display()))?;
            let f: FileConfig = toml::from_str(&text)
                .with_context(|| format!("the config file {} is not valid", path.display()))?;
            c.apply_file(f)?;
        }
        c.apply_env(env)?;
        c.check()?;
        Ok(c)
    }

    fn apply_file(&mut self, f: FileConfig) -> anyhow::Result<()> {
        if let Some(v) = f.addr {
            self.addr = v;
        }
        if let Some(v) = f.database_url {
            self.database_url = v;
        }
        if f.public_url.is_some() {
            self.public_url = f.public_url;
        }
        if let Some(v) = f.session_idle_minutes {
            self.session_idle_minutes = v;
        }
        if let Some(v) = f.max_body_bytes {
            self.max_body_bytes = v;
        }
        if let Some(v) = f.server_secret {
            self.server_secret = Some(server_secret(v)?);
        }
        if let Some(v) = f.ncmec.and_then(|n| n.base_url) {
            self.ncmec.base_url = v;
        }
        if let Some(v) = f.demo_data {
            self.demo_data = v;
        }
        if let Some(v) = f.behind_proxy {
            self.behind_proxy = v;
        }
        if let Some(v) = f.outbox_dir {
            self.outbox_dir = v;
        }
        if let Some(v) = f.second_factor_for_analysts {
            self.second_factor_for_analysts = v;
        }
        if f.support_contact.is_some() {
            self.support_contact = f.support_contact;
        }
        if let Some(s) = f.smtp {
            self.smtp = Some(SmtpConfig {
                port: s.port.unwrap_or(match s.tls {
                    SmtpTls::Starttls => 587,
                    SmtpTls::Implicit => 465,
                    SmtpTls::None => 25,
                }),
                host: s.host,
                tls: s.tls,
                username: s.username,
                password: s.password.map(Secret::new),
                from: s.from,
                timeout_seconds: s.timeout_seconds.unwrap_or(60),
                ca_file: s.ca_file,
            });
        }
        if let Some(d) = f.delivery {
            let c = &mut self.delivery;
            c.worker = d.worker.unwrap_or(c.worker);
            c.poll_seconds = d.poll_seconds.unwrap_or(c.poll_seconds);
            c.max_attempts = d.max_attempts.unwrap_or(c.max_attempts);
            c.retry_base_seconds = d.retry_base_seconds.unwrap_or(c.retry_base_seconds);
            c.retry_max_seconds = d.retry_max_seconds.unwrap_or(c.retry_max_seconds);
            c.emergency_ack_minutes = d.emergency_ack_minutes.unwrap_or(c.emergency_ack_minutes);
            if let Some(path) = &d.sender_key_file {
                c.sender_key = Some(read_key_file(path, "delivery sender_key_file")?);
            }
            match (d.dkim_selector, d.dkim_domain, d.dkim_key_file) {
                (None, None, None) => {}
                (Some(selector), Some(domain), Some(path)) => {
                    c.dkim = Some(Dkim {
                        selector,
                        domain,
                        private_key: Secret::new(read_key_file(&path, "delivery dkim_key_file")?),
                    });
                }
                _ => bail!("delivery: dkim_selector, dkim_domain and dkim_key_file go together"),
            }
        }
        Ok(())
    }

    fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        fn parse<T: std::str::FromStr>(name: &str, v: String) -> anyhow::Result<T>
        where
            T::Err: std::fmt::Display,
        {
            v.trim()
                .parse()
                .map_err(|e| anyhow::anyhow!("{name}={v:?} is not valid: {e}"))
        }
        if let Some(v) = env("CASEBRIDGE_ADDR") {
            self.addr = parse("CASEBRIDGE_ADDR", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = env("CASEBRIDGE_PUBLIC_URL") {
            self.public_url = Some(v);
        }
        if let Some(v) = env("CASEBRIDGE_SESSION_IDLE_MINUTES") {
            self.session_idle_minutes = parse("CASEBRIDGE_SESSION_IDLE_MINUTES", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_SERVER_SECRET") {
            self.server_secret = Some(server_secret(v)?);
        }
        if let Some(v) = env("CASEBRIDGE_MAX_BODY_BYTES") {
            self.max_body_bytes = parse("CASEBRIDGE_MAX_BODY_BYTES", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_DEMO_DATA") {
            self.demo_data = parse("CASEBRIDGE_DEMO_DATA", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_SECOND_FACTOR_FOR_ANALYSTS") {
            self.second_factor_for_analysts = parse("CASEBRIDGE_SECOND_FACTOR_FOR_ANALYSTS", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_SUPPORT_CONTACT") {
            self.support_contact = Some(v.trim().to_string()).filter(|s| !s.is_empty());
        }
        if let Some(v) = env("CASEBRIDGE_BEHIND_PROXY") {
            self.behind_proxy = parse("CASEBRIDGE_BEHIND_PROXY", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_OUTBOX_DIR") {
            self.outbox_dir = PathBuf::from(v);
        }
        if let Some(host) = env("CASEBRIDGE_SMTP_HOST") {
            let tls = match env("CASEBRIDGE_SMTP_TLS").as_deref().map(str::trim) {
                Some("starttls") => SmtpTls::Starttls,
                Some("implicit") => SmtpTls::Implicit,
                Some("none") => SmtpTls::None,
                other => bail!(
                    "CASEBRIDGE_SMTP_TLS must be starttls, implicit or none (got {other:?}); \
                     casebridge does not guess how to secure mail"
                ),
            };
            let port = match env("CASEBRIDGE_SMTP_PORT") {
                Some(v) => parse("CASEBRIDGE_SMTP_PORT", v)?,
                None => match tls {
                    SmtpTls::Starttls => 587,
                    SmtpTls::Implicit => 465,
                    SmtpTls::None => 25,
                },
            };
            let from = env("CASEBRIDGE_SMTP_FROM")
                .context("CASEBRIDGE_SMTP_FROM is required when CASEBRIDGE_SMTP_HOST is set")?;
            self.smtp = Some(SmtpConfig {
                host,
                port,
                tls,
                username: env("CASEBRIDGE_SMTP_USERNAME"),
                password: None,
                from,
                timeout_seconds: 60,
                ca_file: env("CASEBRIDGE_SMTP_CA_FILE").map(PathBuf::from),
            });
        }
        // Credentials come from the environment even when the rest of the
        // SMTP settings are in the file, so the file can be shared.
        if let Some(smtp) = &mut self.smtp {
            if let Some(u) = env("CASEBRIDGE_SMTP_USERNAME") {
                smtp.username = Some(u);
            }
            if let Some(p) = env("CASEBRIDGE_SMTP_PASSWORD") {
                smtp.password = Some(Secret::new(p));
            }
            if let Some(v) = env("CASEBRIDGE_SMTP_TIMEOUT_SECONDS") {
                smtp.timeout_seconds = parse("CASEBRIDGE_SMTP_TIMEOUT_SECONDS", v)?;
            }
        }
        if let Some(v) = env("CASEBRIDGE_NCMEC_BASE_URL") {
            self.ncmec.base_url = v.trim().to_string();
        }
        self.ncmec.username = env("CASEBRIDGE_NCMEC_USERNAME");
        self.ncmec.password = env("CASEBRIDGE_NCMEC_PASSWORD").map(Secret::new);
        if let Some(v) = env("CASEBRIDGE_DELIVERY_WORKER") {
            self.delivery.worker = parse("CASEBRIDGE_DELIVERY_WORKER", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_DELIVERY_POLL_SECONDS") {
            self.delivery.poll_seconds = parse("CASEBRIDGE_DELIVERY_POLL_SECONDS", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_DELIVERY_EMERGENCY_ACK_MINUTES") {
            self.delivery.emergency_ack_minutes =
                parse("CASEBRIDGE_DELIVERY_EMERGENCY_ACK_MINUTES", v)?;
        }
        if let Some(v) = env("CASEBRIDGE_DELIVERY_MAX_ATTEMPTS") {
            self.delivery.max_attempts = parse("CASEBRIDGE_DELIVERY_MAX_ATTEMPTS", v)?;
        }
        Ok(())
    }

    fn check(&self) -> anyhow::Result<()> {
        if self.session_idle_minutes == 0 {
            bail!("session_idle_minutes must be at least 1");
        }
        if self.max_body_bytes < 1024 {
            bail!("max_body_bytes must be at least 1024");
        }
        let d = &self.delivery;
        if d.emergency_ack_minutes == 0 {
            bail!("delivery: emergency_ack_minutes must be at least 1");
        }
        if d.max_attempts == 0 || d.poll_seconds == 0 || d.retry_base_seconds == 0 {
            bail!("delivery: max_attempts, poll_seconds and retry_base_seconds must be at least 1");
        }
        if self.smtp.as_ref().is_some_and(|s| s.timeout_seconds == 0) {
            bail!("smtp timeout_seconds must be at least 1");
        }
        if d.retry_max_seconds < d.retry_base_seconds {
            bail!("delivery: retry_max_seconds must not be less than retry_base_seconds");
        }
        if let Some(url) = &self.public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            bail!("public_url must start with https:// or http:// (got {url:?})");
        }
        let n = &self.ncmec;
        if !(n.base_url.starts_with("https://") || n.is_loopback()) {
            bail!(
                "ncmec base_url must start with https:// (http:// only on this machine); got {:?}",
                n.base_url
            );
        }
        Ok(())
    }

    /// Cookies are marked Secure when users reach casebridge over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn defaults_need_nothing() {
        let c = Config::load_from(None, env(&[])).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.database_url, "sqlite://casebridge.db");
        assert!(!c.secure_cookies());
        assert!(c.smtp.is_none());
    }

    #[test]
    fn file_then_environment() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casebridge.toml");
        std::fs::write(
            &path,
            "addr = \"127.0.0.1:9000\"\npublic_url = \"https://casebridge.example\"\n\
             [smtp]\nhost = \"mail.example\"\ntls = \"implicit\"\nfrom = \"cb@example.test\"\n",
        )
        .unwrap();
        let c =
            Config::load_from(Some(&path), env(&[("CASEBRIDGE_ADDR", "127.0.0.1:9100")])).unwrap();
        assert_eq!(c.addr.port(), 9100, "environment wins over the file");
        assert!(c.secure_cookies());
        let smtp = c.smtp.unwrap();
        assert_eq!((smtp.tls, smtp.port), (SmtpTls::Implicit, 465));
    }

    #[test]
    fn the_smtp_password_comes_from_the_environment_and_never_shows() {
        let c = Config::load_from(
            None,
            env(&[
                ("CASEBRIDGE_SMTP_HOST", "mail.example"),
                ("CASEBRIDGE_SMTP_TLS", "starttls"),
                ("CASEBRIDGE_SMTP_FROM", "cb@example.test"),
                ("CASEBRIDGE_SMTP_USERNAME", "cb"),
                ("CASEBRIDGE_SMTP_PASSWORD", "hunter2-example"),
            ]),
        )
        .unwrap();
        let smtp = c.smtp.clone().unwrap();
        assert_eq!(
            smtp.password.as_ref().map(Secret::expose),
            Some("hunter2-example")
        );
        assert_eq!(smtp.port, 587);
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("Secret(***)"), "{shown}");
    }

    #[test]
    fn ncmec_defaults_to_its_test_environment_and_takes_credentials_from_the_environment_only() {
        let c = Config::load_from(None, env(&[])).unwrap();
        assert_eq!(c.ncmec.base_url, "https://exttest.cybertip.org/ispws");
        assert!(c.ncmec.credentials().is_none() && !c.ncmec.is_loopback());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[ncmec]\npassword = \"in-a-file\"\n").unwrap();
        assert!(Config::load_from(Some(&path), env(&[])).is_err());
        let c = Config::load_from(
            None,
            env(&[
                ("CASEBRIDGE_NCMEC_BASE_URL", "http://127.0.0.1:9/ispws"),
                ("CASEBRIDGE_NCMEC_USERNAME", "esp-example"),
                ("CASEBRIDGE_NCMEC_PASSWORD", "tipline-secret-example"),
            ]),
        )
        .unwrap();
        assert!(c.ncmec.is_loopback());
        assert_eq!(c.ncmec.credentials().map(|(u, _)| u), Some("esp-example"));
        assert!(!format!("{c:?}").contains("tipline-secret"));
        let e = Config::load_from(
            None,
            env(&[(
                "CASEBRIDGE_NCMEC_BASE_URL",
                "http://report.cybertip.example/ispws",
            )]),
        )
        .unwrap_err();
        assert!(e.to_string().contains("https://"), "{e}");
    }

    #[test]
    fn bad_values_are_clear_errors() {
        let e = Config::load_from(None, env(&[("CASEBRIDGE_ADDR", "nowhere")])).unwrap_err();
        assert!(e.to_string().contains("CASEBRIDGE_ADDR"), "{e}");
        let e =
            Config::load_from(None, env(&[("CASEBRIDGE_SMTP_HOST", "mail.example")])).unwrap_err();
        assert!(e.to_string().contains("CASEBRIDGE_SMTP_TLS"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "adress = \"x\"").unwrap();
        assert!(
            Config::load_from(Some(&path), env(&[])).is_err(),
            "unknown keys are refused"
        );
    }
}
