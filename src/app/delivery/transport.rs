//! How messages leave: an SMTP server as configured (TLS as the
//! configuration says, never guessed), or lettre's file transport writing
//! `.eml` files to the outbox folder.

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::config::{Config, SmtpConfig, SmtpTls};

/// How one attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// The server (or the outbox folder) took it; what it answered.
    Accepted(String),
    /// Worth trying again later: the server was down, slow, or answered 4xx.
    Temporary(String),
    /// Trying again will not help: a 5xx reply, or TLS that cannot be had.
    Permanent(String),
}

/// The transports of one worker, built once from the configuration.
pub struct Transports {
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    file: AsyncFileTransport<Tokio1Executor>,
    outbox: std::path::PathBuf,
    /// The longest a whole SMTP conversation may take: lettre's own timeout
    /// only covers connecting.
    timeout: Duration,
}

fn smtp_transport(s: &SmtpConfig) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let params = || -> anyhow::Result<TlsParameters> {
        let mut b = TlsParameters::builder(s.host.clone());
        if let Some(path) = &s.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            b = b.add_root_certificate(Certificate::from_pem(&pem)?);
        }
        Ok(b.build_rustls()?)
    };
    let tls = match s.tls {
        // Required: a server that does not offer STARTTLS gets nothing in
        // the clear.
        SmtpTls::Starttls => Tls::Required(params()?),
        SmtpTls::Implicit => Tls::Wrapper(params()?),
        SmtpTls::None => Tls::None,
    };
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(s.host.as_str())
        .port(s.port)
        .tls(tls)
        .timeout(Some(Duration::from_secs(s.timeout_seconds)));
    if let (Some(user), Some(password)) = (&s.username, &s.password) {
        b = b.credentials(Credentials::new(
            user.clone(),
            password.expose().to_string(),
        ));
    }
    Ok(b.build())
}

impl Transports {
    pub fn from_config(config: &Config) -> anyhow::Result<Transports> {
        let smtp = config.smtp.as_ref().map(smtp_transport).transpose()?;
        Ok(Transports {
            smtp,
            file: AsyncFileTransport::new(&config.outbox_dir),
            outbox: config.outbox_dir.clone(),
            timeout: Duration::from_secs(config.smtp.as_ref().map_or(60, |s| s.timeout_seconds)),
        })
    }

    pub fn has_smtp(&self) -> bool {
        self.smtp.is_some()
    }

    /// Sends `message` from `from` to `to`, by SMTP when `transport` is
    /// `smtp` and a server is configured, else into the outbox folder.
    pub async fn send(&self, transport: &str, from: &str, to: &[&str], message: &[u8]) -> Attempt {
        let envelope = match envelope(from, to) {
            Ok(e) => e,
            Err(e) => return Attempt::Permanent(e),
        };
        match (&self.smtp, transport) {
            (Some(smtp), "smtp") => {
                match tokio::time::timeout(self.timeout, smtp.send_raw(&envelope, message)).await {
                    Ok(Ok(r)) => Attempt::Accepted(
                        format!("{} {}", r.code(), r.message().collect::<Vec<_>>().join(" "))
                            .trim()
                            .to_string(),
                    ),
                    Ok(Err(e)) => classify(&e),
                    Err(_) => Attempt::Temporary(format!(
                        "the SMTP server did not finish within {} s",
                        self.timeout.as_secs()
                    )),
                }
            }
            _ => {
                if let Err(e) = tokio::fs::create_dir_all(&self.outbox).await {
                    return Attempt::Temporary(format!(
                        "cannot create the outbox folder {}: {e}",
                        self.outbox.display()
                    ));
                }
                match self.file.send_raw(&envelope, message).await {
                    Ok(id) => Attempt::Accepted(format!(
                        "written to {}",
                        self.outbox.join(format!("{id}.eml")).display()
                    )),
                    Err(e) => Attempt::Temporary(format!("cannot write to the outbox: {e}")),
                }
            }
        }
    }

    /// Connects to the SMTP server and says hello, without sending.
    pub async fn check_smtp(&self) -> Result<(), String> {
        match &self.smtp {
            None => Err("no SMTP server is configured".into()),
            Some(s) => match s.test_connection().await {
                Ok(true) => Ok(()),
                Ok(false) => Err("the server did not answer as an SMTP server".into()),
                Err(e) => Err(describe(&e)),
            },
        }
    }
}

fn envelope(from: &str, to: &[&str]) -> Result<Envelope, String> {
    let from: Address = from
        .parse()
        .map_err(|_| format!("{from:?} is not a valid sending address"))?;
    let to = to
        .iter()
        .map(|t| {
            t.parse::<Address>()
                .map_err(|_| format!("{t:?} is not a valid email address"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Envelope::new(Some(from), to).map_err(|e| e.to_string())
}

/// The error and everything under it, for people.
fn describe(e: &lettre::transport::smtp::Error) -> String {
    let mut s = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        let text = inner.to_string();
        if !s.contains(&text) {
            s.push_str(": ");
            s.push_str(&text);
        }
        source = inner.source();
    }
    s
}

fn classify(e: &lettre::transport::smtp::Error) -> Attempt {
    let text = describe(e);
    // A certificate the app does not trust will not become trusted by
    // waiting: lettre reports it as a connection error, so look inside.
    let untrusted = text.contains("certificate");
    if e.is_permanent() || e.is_tls() || e.is_client() || untrusted {
        Attempt::Permanent(text)
    } else {
        Attempt::Temporary(text)
    }
}

/// Sends a message built elsewhere (the SMTP test) and says what happened.
pub async fn send_message(t: &Transports, transport: &str, m: &lettre::Message) -> Attempt {
    let env = m.envelope();
    let from = env.from().map(ToString::to_string).unwrap_or_default();
    let to: Vec<String> = env.to().iter().map(ToString::to_string).collect();
    let to: Vec<&str> = to.iter().map(String::as_str).collect();
    t.send(transport, &from, &to, &m.formatted()).await
}
