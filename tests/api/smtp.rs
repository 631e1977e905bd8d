//! A real SMTP server for the delivery tests: Python's aiosmtpd on a free
//! loopback port, writing each message it accepts to a folder the test
//! reads. It can be told to answer every message with a fixed reply (a 4xx
//! or 5xx) instead.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const SERVER: &str = r#"
import asyncio, os, ssl, sys
from aiosmtpd.controller import Controller

port, out, reply = int(sys.argv[1]), sys.argv[2], sys.argv[3]
tls = {}
if len(sys.argv) > 5:
    # STARTTLS offered and required, with the test's certificate.
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[4], sys.argv[5])
    tls = dict(tls_context=context, require_starttls=True)

class Keep:
    count = 0
    async def handle_DATA(self, server, session, envelope):
        if reply == "!drop":
            # The whole message arrived; the connection drops before any reply.
            server.transport.close()
            return "250 never seen"
        if reply == "!slow":
            await asyncio.sleep(30)
        if reply:
            return reply
        Keep.count += 1
        path = os.path.join(out, "%04d.eml" % Keep.count)
        with open(path + ".part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(path + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos))
        with open(path + ".tls", "w") as f:
            f.write("yes" if session.ssl else "no")
        os.rename(path + ".part", path)
        return "250 2.0.0 Ok: queued as %d" % Keep.count

c = Controller(Keep(), hostname="127.0.0.1", port=port, **tls)
c.start()
print("ready", flush=True)
sys.stdin.read()
c.stop()
"#;

/// Whether aiosmtpd can run here (see [`tool_available`]).
pub fn available() -> bool {
    use crate::helpers::tool_available;
    tool_available(
        "python3",
        &["-c", "import aiosmtpd"],
        "aiosmtpd (python3 -m pip install aiosmtpd)",
    )
}

/// A free loopback port (nothing listens on it when this returns).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl SmtpServer {
    /// Starts a server on `port` that keeps every message, or answers each
    /// with `reply` (`"451 4.3.0 Try later"`) when one is given; `"!drop"`
    /// closes the connection instead of answering, `"!slow"` answers only
    /// after half a minute.
    pub fn start(port: u16, reply: Option<&str>) -> SmtpServer {
        Self::spawn(port, reply, None)
    }

    /// A server that offers and requires STARTTLS with a self-signed
    /// certificate for 127.0.0.1, made by `openssl`; returns the server and
    /// the certificate's PEM file, for the app to trust.
    pub fn start_tls(port: u16) -> (SmtpServer, PathBuf) {
        let certs = tempfile::tempdir().unwrap();
        let cert = certs.path().join("cert.pem");
        let key = certs.path().join("key.pem");
        let made = Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            ])
            .args(["-subj", "/CN=casebridge test SMTP"])
            .args(["-addext", "subjectAltName=IP:127.0.0.1"])
            .args(["-addext", "basicConstraints=critical,CA:FALSE"])
            .args(["-addext", "extendedKeyUsage=serverAuth"])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .output()
            .expect("openssl runs");
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
        let server = Self::spawn(port, None, Some((&cert, &key)));
        let kept = server.dir.path().join("cert.pem");
        std::fs::copy(&cert, &kept).unwrap();
        (server, kept)
    }

    /// Whether the message came over TLS.
    pub fn over_tls(&self, message: &Path) -> bool {
        std::fs::read_to_string(format!("{}.tls", message.display())).unwrap() == "yes"
    }

    fn spawn(port: u16, reply: Option<&str>, tls: Option<(&Path, &Path)>) -> SmtpServer {
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = Command::new("python3");
        cmd.arg("-c")
            .arg(SERVER)
            .arg(port.to_string())
            .arg(dir.path())
            .arg(reply.unwrap_or(""));
        if let Some((cert, key)) = tls {
            cmd.arg(cert).arg(key);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        SmtpServer { port, dir, child }
    }

    /// The messages received so far, oldest first.
    pub fn messages(&self) -> Vec<PathBuf> {
        let mut all: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        all.sort();
        all
    }

    /// The envelope recipients of a received message.
    pub fn recipients(&self, message: &Path) -> Vec<String> {
        let path = format!("{}.rcpt", message.display());
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const READER: &str = r#"
import email, hashlib, io, json, sys, zipfile
from email import policy

m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
out = {"message_id": m["Message-ID"], "reply_to": str(m["Reply-To"] or ""),
       "subject": str(m["Subject"]), "to": str(m["To"]), "from": str(m["From"]),
       "attachments": [], "text": "", "html": ""}
for part in m.walk():
    if part.get_content_disposition() == "attachment":
        data = part.get_payload(decode=True)
        manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
        out["attachments"].append({"name": part.get_filename(),
                                   "sha256": hashlib.sha256(data).hexdigest(),
                                   "manifest": manifest})
    elif part.get_content_type() == "text/plain":
        out["text"] += part.get_content()
    elif part.get_content_type() == "text/html":
        out["html"] += part.get_content()
print(json.dumps(out))
"#;

/// A received message as Python's email package reads it: headers, text,
/// and each attachment's name, SHA-256 and the manifest inside its ZIP.
pub fn read_message(path: &Path) -> serde_json::Value {
    let out = Command::new("python3")
        .arg("-c")
        .arg(READER)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
