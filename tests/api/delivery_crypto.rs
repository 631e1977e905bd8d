//! Delivery's protections, against the real SMTP server (aiosmtpd) and real
//! GnuPG: the package encrypted to the recipient's OpenPGP key (and the
//! sender's) and decrypted by `gpg`, keys that cannot encrypt refused or
//! failing the delivery, DKIM signatures, and colleagues copied.

use std::path::Path;
use std::process::Command;

use casebridge::app::delivery::keys::KeyRecord;
use casebridge::app::{Actor, Clock, Via};
use casebridge::config::{Config, Dkim, Secret, SmtpConfig, SmtpTls};
use casebridge::domain::email::EmailAddress;
use casebridge::i18n::Locale;
use reqwest::StatusCode;
use sha2::Digest;

use crate::delivery::{FROM, RECIPIENT, finished_request, make_agency_real, send, step_at};
use crate::helpers::*;
use crate::requests::{requester_fields, step};
use crate::smtp::{SmtpServer, available, free_port, read_message};

pub(crate) fn gpg_available() -> bool {
    tool_available("gpg", &["--version"], "gnupg")
}

/// A throw-away GnuPG home with one key for `uid`.
pub(crate) struct Gpg {
    home: tempfile::TempDir,
}

impl Gpg {
    /// A key made at `faked` (`20261130T000000`, or now) with `algo`,
    /// `usage` and `expire` as `gpg --quick-gen-key` takes them.
    pub(crate) fn new(
        uid: &str,
        algo: &str,
        usage: &str,
        expire: &str,
        faked: Option<&str>,
    ) -> Gpg {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = Command::new("gpg");
        cmd.env("GNUPGHOME", home.path()).args([
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
        ]);
        if let Some(t) = faked {
            cmd.args(["--faked-system-time", t]);
        }
        let out = cmd
            .args(["--quick-gen-key", uid, algo, usage, expire])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Gpg { home }
    }

    pub(crate) fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("gpg")
            .env("GNUPGHOME", self.home.path())
            .args(["--batch", "--pinentry-mode", "loopback", "--passphrase", ""])
            .args(args)
            .output()
            .unwrap()
    }

    pub(crate) fn public_key(&self) -> String {
        let out = self.run(&["--armor", "--export"]);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    }

    /// The plaintext of an OpenPGP message file.
    pub(crate) fn decrypt(&self, file: &Path) -> Vec<u8> {
        let out = self.run(&["--decrypt", file.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }
}

/// An app mailing to aiosmtpd on `port`, the worker off, `tweak`ed.
pub(crate) async fn app_with(port: u16, tweak: impl FnOnce(&mut Config)) -> TestApp {
    let db = TestDb::new().await;
    let mut config = test_config(&db);
    config.smtp = Some(SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: FROM.into(),
        timeout_seconds: 10,
        ca_file: None,
    });
    config.delivery.worker = false;
    config.delivery.max_attempts = 2;
    tweak(&mut config);
    spawn_with(db, config).await
}

/// Posts the key form as an admin in a browser of their own.
async fn record_by_form(app: &TestApp, key: &str) -> reqwest::Response {
    let admin = app.new_browser();
    admin.login_ok(ADMIN).await;
    let page = "/admin/directory/example-social/key";
    admin
        .post_form(
            page,
            page,
            &[
                ("key", key),
                ("source", "Key sent by the company's legal team (fictional)"),
                ("checked-day", "1"),
                ("checked-month", "12"),
                ("checked-year", "2026"),
            ],
        )
        .await
}

pub(crate) fn sha256(data: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(data))
}

/// The attachments of a received message, saved to files: (name, path).
pub(crate) fn attachments(message: &Path, dir: &Path) -> Vec<(String, std::path::PathBuf)> {
    let script = r#"
import email, os, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
for i, part in enumerate(m.walk()):
    if part.get_content_disposition() == "attachment":
        path = os.path.join(sys.argv[2], "%d.bin" % i)
        open(path, "wb").write(part.get_payload(decode=True))
        print(part.get_filename() + "\t" + path)
"#;
    python(script, &[message, dir])
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(n, p)| (n.to_string(), p.into()))
        .collect()
}

#[tokio::test]
async fn a_recipient_with_a_key_gets_the_package_encrypted_to_it() {
    if !available() || !gpg_available() {
        return;
    }
    let recipient = Gpg::new(
        "Officer <officer@agency.example>",
        "future-default",
        "default",
        "1y",
        None,
    );
    // The sender organisation's own key, so its sent copy stays readable.
    let sender = Gpg::new(
        "Sender <records@cyber-unit.example>",
        "future-default",
        "default",
        "1y",
        None,
    );
    let server = SmtpServer::start(free_port(), None);
    let sender_key = sender.public_key();
    let app = app_with(server.port, |c| c.delivery.sender_key = Some(sender_key)).await;

    let res = record_by_form(&app, &recipient.public_key()).await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    let viewer = app.new_browser();
    viewer.login_ok(OFFICER).await;
    let page = viewer.get_html("/directory/example-social").await;
    assert!(
        page.contains("Key sent by the company&#39;s legal team")
            || page.contains("Key sent by the company's legal team"),
        "the source is shown"
    );
    let fingerprint = query_strings(&app.db.url, "SELECT fingerprint FROM recipient_keys").await;
    assert!(page.contains(&fingerprint[0]), "the fingerprint is shown");

    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    let queued = send(&app, &token, &package).await;
    assert_eq!(queued.status, StatusCode::ACCEPTED, "{}", queued.json);
    assert_eq!(queued.json["status"], "queued", "{}", queued.json);
    assert_eq!(step_at(&app, &Clock::system()).await.sent, 1);

    let received = server.messages();
    assert_eq!(received.len(), 1);
    let raw = std::fs::read_to_string(&received[0]).unwrap();
    assert!(!raw.contains("DKIM-Signature"), "no DKIM key, no signature");
    let m = read_message_text(&received[0]);
    assert!(
        m.contains("encrypted with OpenPGP"),
        "the email says so: {m}"
    );
    let dir = tempfile::tempdir().unwrap();
    let files = attachments(&received[0], dir.path());
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, format!("casebridge-{package}.zip.gpg"));
    let sealed = std::fs::read(&files[0].1).unwrap();
    assert_ne!(&sealed[..2], b"PK", "no ZIP in the clear");
    let zip_sha = query_strings(&app.db.url, "SELECT zip_sha256 FROM packages").await;
    assert_eq!(
        sha256(&recipient.decrypt(&files[0].1)),
        zip_sha[0],
        "the recipient reads it"
    );
    assert_eq!(
        sha256(&sender.decrypt(&files[0].1)),
        zip_sha[0],
        "and so does the sender"
    );
}

/// The plain-text body of a received message.
fn read_message_text(path: &Path) -> String {
    let script = r#"
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print("".join(p.get_content() for p in m.walk() if p.get_content_type() == "text/plain"))
"#;
    python(script, &[path])
}

#[tokio::test]
async fn keys_that_cannot_encrypt_are_refused_and_an_expired_one_fails_the_delivery() {
    if !available() || !gpg_available() {
        return;
    }
    let server = SmtpServer::start(free_port(), None);
    let app = app_with(server.port, |_| {}).await;
    // Made three days ago, valid for one: expired now.
    let three_days_ago = (jiff::Timestamp::now() - jiff::SignedDuration::from_hours(72))
        .strftime("%Y%m%dT%H%M%S")
        .to_string();
    let expired = Gpg::new(
        "Officer <officer@agency.example>",
        "future-default",
        "default",
        "1d",
        Some(&three_days_ago),
    );
    let sign_only = Gpg::new(
        "Signer <signer@agency.example>",
        "ed25519",
        "sign",
        "1y",
        None,
    );
    for (key, says) in [
        (expired.public_key(), "has expired"),
        (sign_only.public_key(), "no subkey that can encrypt"),
        ("not a key".to_string(), "not a readable OpenPGP public key"),
    ] {
        let res = record_by_form(&app, &key).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains(says), "{says}");
    }
    assert!(
        query_strings(&app.db.url, "SELECT fingerprint FROM recipient_keys")
            .await
            .is_empty()
    );

    // Recorded while it was valid (the app's clock two days back), used now.
    let admin = app
        .state
        .store
        .user_by_email(&EmailAddress::parse(ADMIN.0).unwrap())
        .await
        .unwrap()
        .unwrap();
    let mut then = app.state.clone();
    then.clock = Clock::manual(jiff::Timestamp::now() - jiff::SignedDuration::from_hours(60));
    then.record_recipient_key(
        &Actor::new(&admin, Via::Cli, Locale::ENGLISH),
        &KeyRecord {
            recipient: "company:example-social",
            armored: &expired.public_key(),
            source: "test",
            checked: jiff::civil::date(2026, 11, 1),
        },
    )
    .await
    .unwrap();
    let package = finished_request(&app, "subscriber").await;
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    let res = send(&app, &token, &package).await;
    assert_eq!(res.json["status"], "failed", "{}", res.json);
    assert!(
        res.json["last_reply"].as_str().unwrap().contains("expired"),
        "{}",
        res.json
    );
    assert_eq!(step_at(&app, &crate::delivery::later(1)).await.sent, 0);
    assert!(
        server.messages().is_empty(),
        "nothing goes out in the clear"
    );
    // Retrying cannot send what was never built.
    let id = res.json["id"].as_str().unwrap();
    assert!(app.state.retry_delivery(None, id).await.is_err());
    assert_eq!(step_at(&app, &crate::delivery::later(2)).await.sent, 0);
    assert!(server.messages().is_empty());
}

/// A PKCS#1 RSA key made by openssl (PEM), and the DER file of its
/// public half, which DNS would publish.
fn dkim_key(dir: &Path) -> (String, std::path::PathBuf) {
    let key = dir.join("dkim.pem");
    let der = dir.join("dkim.der");
    let out = Command::new("openssl")
        .args(["genrsa", "-traditional", "-out"])
        .arg(&key)
        .arg("2048")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new("openssl")
        .args(["rsa", "-pubout", "-outform", "DER", "-in"])
        .arg(&key)
        .arg("-out")
        .arg(&der)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (std::fs::read_to_string(&key).unwrap(), der)
}

/// Whether Python's dkimpy (an independent DKIM implementation) is here.
fn dkimpy_available() -> bool {
    tool_available(
        "python3",
        &["-c", "import dkim"],
        "dkimpy (pip install dkimpy)",
    )
}

#[tokio::test]
async fn with_a_dkim_key_the_message_is_signed_and_verifies_and_colleagues_are_copied() {
    if !available() {
        return;
    }
    let keys = tempfile::tempdir().unwrap();
    let (private, public) = dkim_key(keys.path());
    let server = SmtpServer::start(free_port(), None);
    let app = app_with(server.port, |c| {
        c.delivery.dkim = Some(Dkim {
            selector: "cb2026".into(),
            domain: "mail.cyber-unit.police.test".into(),
            private_key: Secret::new(private),
        })
    })
    .await;
    app.login_ok(OFFICER).await;
    let id = crate::request_flow::walk_to_check(&app, "subscriber").await;
    // Six colleagues are too many; one off the agency's domains is refused.
    let six = (1..=6)
        .map(|i| format!("c{i}@cyber-unit.police.test"))
        .collect::<Vec<_>>()
        .join("\n");
    let outside = "colleague@cyber-unit.police.test\nfriend@mail.example".to_string();
    for (cc, says) in [
        (six, "Copy at most 5 colleagues"),
        (outside, "friend@mail.example"),
    ] {
        let mut fields = requester_fields();
        fields.retain(|(k, _)| *k != "action");
        fields.push(("cc", &cc));
        fields.push(("action", "continue"));
        let res = step(&app, &id, "requester", &fields).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains(says), "{says}");
    }
    let cc = "colleague@cyber-unit.police.test\nsupervisor@cyber-unit.police.test";
    let mut fields = requester_fields();
    fields.retain(|(k, _)| *k != "action");
    fields.push(("cc", cc));
    fields.push(("action", "continue"));
    let res = step(&app, &id, "requester", &fields).await;
    assert_eq!(location(&res), format!("/requests/{id}/targets"));
    let check = app.get_html(&format!("/requests/{id}/check")).await;
    assert!(
        check.contains("supervisor@cyber-unit.police.test"),
        "on check your answers"
    );
    crate::request_flow::finish(&app, &id).await;
    let doc = query_strings(&app.db.url, "SELECT body FROM documents").await;
    let body: serde_json::Value = serde_json::from_str(&doc[0]).unwrap();
    assert_eq!(
        body["requester"]["cc"][1],
        "supervisor@cyber-unit.police.test"
    );

    let package = query_strings(&app.db.url, "SELECT public_id FROM packages").await[0].clone();
    make_agency_real(&app).await;
    let token = token_for(&app, OFFICER.0).await;
    assert_eq!(
        send(&app, &token, &package).await.status,
        StatusCode::ACCEPTED
    );
    assert_eq!(step_at(&app, &Clock::system()).await.sent, 1);
    let received = server.messages();
    assert_eq!(received.len(), 1);
    let mut rcpt = server.recipients(&received[0]);
    rcpt.sort();
    assert_eq!(
        rcpt,
        [
            RECIPIENT,
            "colleague@cyber-unit.police.test",
            "supervisor@cyber-unit.police.test"
        ]
        .iter()
        .map(|s| s.to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>(),
    );
    let headers = read_headers(&received[0]);
    let cc_header = headers["cc"].as_str().unwrap();
    assert!(
        cc_header.contains("colleague@cyber-unit.police.test") && cc_header.contains("supervisor@"),
        "{cc_header}"
    );
    let sig = headers["dkim"].as_str().unwrap();
    assert!(sig.contains("d=mail.cyber-unit.police.test"), "{sig}");
    assert!(sig.contains("s=cb2026"), "{sig}");
    if !dkimpy_available() {
        return;
    }
    assert_eq!(dkim_verify(&received[0], &public), "pass");
    // A changed subject no longer verifies: the check is real.
    let tampered = keys.path().join("tampered.eml");
    let raw = std::fs::read_to_string(&received[0]).unwrap();
    assert!(raw.contains("\nSubject: "));
    std::fs::write(&tampered, raw.replacen("\nSubject: ", "\nSubject: Re: ", 1)).unwrap();
    assert_eq!(dkim_verify(&tampered, &public), "fail");
    assert_eq!(
        read_message(&received[0])["message_id"]
            .as_str()
            .map(|m| m.contains(".delivery@")),
        Some(true)
    );
}

/// The Cc and DKIM-Signature headers of a received message.
fn read_headers(path: &Path) -> serde_json::Value {
    let script = r#"
import email, json, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print(json.dumps({"cc": str(m["Cc"] or ""), "dkim": str(m["DKIM-Signature"] or "")}))
"#;
    serde_json::from_str(&python(script, &[path])).unwrap()
}

/// dkimpy's verdict on a message, with the public key handed to it in
/// place of a DNS lookup.
fn dkim_verify(path: &Path, public: &Path) -> String {
    let script = r#"
import base64, dkim, sys
record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(open(sys.argv[2], "rb").read())
ok = dkim.verify(open(sys.argv[1], "rb").read(), dnsfunc=lambda name, timeout=5: record)
print("pass" if ok else "fail")
"#;
    python(script, &[path, public]).trim().to_string()
}

/// What a Python script given `args` prints; it must succeed.
pub(crate) fn python(script: &str, args: &[&Path]) -> String {
    let out = Command::new("python3")
        .args(["-c", script])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
