//! The second factor: TOTP codes (RFC 6238: HMAC-SHA1, six digits, 30-second
//! steps, one step either side for clock drift), enrolled with a QR code,
//! and ten single-use recovery codes. A code is accepted once: the step it
//! matched is recorded and no earlier or equal step is accepted again. The
//! check has its own throttle, so a stolen password cannot be followed by a
//! million guesses.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::app::App;
use crate::domain::time;
use crate::store::{NewAudit, StoreError, User};

/// Wrong codes allowed per account within [`FACTOR_WINDOW`].
pub const MAX_FACTOR_FAILURES: i64 = 5;
pub const FACTOR_WINDOW: SignedDuration = SignedDuration::from_mins(15);
pub const RECOVERY_CODES: usize = 10;
/// Recovery codes use letters and digits nobody confuses when reading them
/// from paper (no 0/O, 1/I/L).
const RECOVERY_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// Whether the user must sign in with a second factor. Demo organisations
/// are exempt so that a fresh install signs in at once.
pub fn required(app: &App, user: &User) -> bool {
    !user.org.is_demo
        && user
            .role
            .needs_second_factor(app.config.second_factor_for_analysts)
}

/// A new random secret, base32 as authenticator apps take it.
pub fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    let bytes = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_secret(bytes)
        .with_issuer(Some("casebridge"))
        .with_account_name(account.replace(':', ""))
        .build()
        .ok()
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_url(secret: &str, account: &str) -> Option<String> {
    totp(secret, account)?.to_url().ok()
}

/// The QR code of `data` as an SVG image (no script, no external parts).
pub fn qr_svg(data: &str) -> Option<String> {
    let code = qrcode::QrCode::new(data.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#0b0c0c"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

/// The time step a code matches at `now`, if it matches the current step
/// or one either side. Spaces people type between the digits are ignored.
pub fn matching_step(secret: &str, code: &str, now: Timestamp) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let secs = u64::try_from(now.as_second()).ok()?;
    let step = totp(secret, "x")?.check(&code, secs)?;
    i64::try_from(step).ok()
}

/// The code an authenticator app shows at `now`: for people who script
/// their own sign-in (and the tests) from the key shown at enrolment.
pub fn code_at(secret: &str, now: Timestamp) -> Option<String> {
    let secs = u64::try_from(now.as_second()).ok()?;
    Some(totp(secret, "x")?.generate(secs).to_string())
}

/// Ten new recovery codes, shown once, in the form `XXXXX-XXXXX`.
pub fn new_recovery_codes() -> Vec<String> {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut s = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    s.push('-');
                }
                let k = rng.random_range(0..RECOVERY_ALPHABET.len());
                s.push(char::from(RECOVERY_ALPHABET[k]));
            }
            s
        })
        .collect()
}

/// A recovery code as typed: case, spaces and dashes do not matter.
fn normal_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn recovery_hash(app: &App, user_id: i64, code: &str) -> String {
    let data = format!("{user_id}:{}", normal_recovery(code));
    app.server_key.tag("recovery-code", data.as_bytes())
}

/// What a code check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorOutcome {
    Accepted,
    /// A recovery code was used; this many are left.
    RecoveryUsed {
        left: i64,
    },
    Refused,
    /// Too many wrong codes; try again after this many minutes.
    Throttled {
        minutes: i64,
    },
}

fn audit<'a>(user: &User, action: &'a str, subject: &'a str, ip: Option<&'a str>) -> NewAudit<'a> {
    NewAudit {
        actor_user_id: Some(user.id),
        org_id: Some(user.org.id),
        action,
        subject,
        ip,
        detail: json!({}),
    }
}

/// Enrols `secret` when `code` is a current code of it, replacing any
/// earlier factor and recovery codes. Returns the recovery codes to show
/// once; `None` when the code does not match.
pub async fn enrol(
    app: &App,
    user: &User,
    secret: &str,
    code: &str,
    ip: &str,
) -> Result<Option<Vec<String>>, StoreError> {
    let now = app.now();
    let Some(step) = matching_step(secret, code, now) else {
        return Ok(None);
    };
    let codes = new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| recovery_hash(app, user.id, c))
        .collect();
    let subject = format!("user:{}", user.id);
    app.store
        .enrol_totp(
            user.id,
            secret,
            step,
            &hashes,
            &audit(user, "second_factor.enrolled", &subject, Some(ip)),
            &time::to_db(now),
        )
        .await?;
    Ok(Some(codes))
}

/// Checks a code from the authenticator app or a recovery code for a
/// user whose password was right, under the factor's own throttle.
pub async fn check(
    app: &App,
    user: &User,
    code: &str,
    ip: &str,
) -> Result<FactorOutcome, StoreError> {
    let store = &app.store;
    let now = app.now();
    let key = app
        .server_key
        .tag("second-factor", user.id.to_string().as_bytes());
    let attempt = store.reserve_login_attempt(&key, ip, now).await?;
    let failures = store
        .recent_failures_for_account(&key, FACTOR_WINDOW, now, attempt)
        .await?;
    let subject = format!("user:{}", user.id);
    if failures.count >= MAX_FACTOR_FAILURES {
        store.mark_login_unchecked(attempt).await?;
        store
            .audit(audit(user, "second_factor.throttled", &subject, Some(ip)))
            .await?;
        let until = failures.oldest.unwrap_or(now) + FACTOR_WINDOW;
        let minutes = ((until.duration_since(now).as_secs() + 59) / 60).max(1);
        return Ok(FactorOutcome::Throttled { minutes });
    }
    let secret = user.totp_secret.as_deref().unwrap_or_default();
    let outcome = match matching_step(secret, code, now) {
        Some(step) if store.accept_totp_step(user.id, step).await? => FactorOutcome::Accepted,
        Some(_) => FactorOutcome::Refused,
        None => {
            let hash = recovery_hash(app, user.id, code);
            if normal_recovery(code).len() == 10
                && store
                    .use_recovery_code(user.id, &hash, &time::to_db(now))
                    .await?
            {
                FactorOutcome::RecoveryUsed {
                    left: store.recovery_codes_left(user.id).await?,
                }
            } else {
                FactorOutcome::Refused
            }
        }
    };
    let action = match outcome {
        FactorOutcome::Accepted => "second_factor.accepted",
        FactorOutcome::RecoveryUsed { .. } => "second_factor.recovery_code_used",
        _ => "second_factor.refused",
    };
    if matches!(outcome, FactorOutcome::Refused) {
        // The attempt stays counted as a failure.
    } else {
        store.mark_login_succeeded(attempt).await?;
    }
    store.audit(audit(user, action, &subject, Some(ip))).await?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B: the SHA-1 secret is the ASCII of
    /// "12345678901234567890"; at T = 59 s the eight-digit code is 94287082,
    /// whose last six digits are the six-digit code.
    #[test]
    fn codes_follow_rfc_6238_test_vectors() {
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        let at = |s: i64| Timestamp::from_second(s).unwrap();
        assert_eq!(matching_step(&secret, "287082", at(59)), Some(1));
        // 1111111109 s: 07081804; 1234567890 s: 89005924.
        assert_eq!(
            matching_step(&secret, "081804", at(1_111_111_109)),
            Some(37_037_036)
        );
        assert_eq!(
            matching_step(&secret, "005924", at(1_234_567_890)),
            Some(41_152_263)
        );
        assert_eq!(
            matching_step(&secret, "005 924", at(1_234_567_890)),
            Some(41_152_263)
        );
    }

    #[test]
    fn the_adjacent_step_counts_and_the_next_but_one_does_not() {
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        let at = |s: i64| Timestamp::from_second(s).unwrap();
        // The code of step 1 (30..59 s) is still good one step later and
        // one step earlier, not two.
        assert_eq!(matching_step(&secret, "287082", at(89)), Some(1));
        assert_eq!(matching_step(&secret, "287082", at(0)), Some(1));
        assert_eq!(matching_step(&secret, "287082", at(90)), None);
        assert_eq!(matching_step(&secret, "28708", at(59)), None);
        assert_eq!(matching_step(&secret, "abcdef", at(59)), None);
    }

    #[test]
    fn recovery_codes_are_ten_distinct_unambiguous_codes() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let set: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(set.len(), 10);
        for c in &codes {
            assert_eq!(c.len(), 11);
            assert!(!c.contains(['0', 'O', '1', 'I', 'L']), "{c}");
            assert_eq!(
                normal_recovery(&c.to_lowercase().replace('-', " ")).len(),
                10
            );
        }
    }

    #[test]
    fn the_qr_code_is_an_svg_of_the_otpauth_address() {
        let secret = new_secret();
        let url = otpauth_url(&secret, "officer@police.example").unwrap();
        assert!(
            url.starts_with("otpauth://totp/casebridge:officer%40police.example?"),
            "{url}"
        );
        assert!(url.contains(&format!("secret={secret}")), "{url}");
        let svg = qr_svg(&url).unwrap();
        assert!(svg.contains("<svg") && !svg.contains("<script"));
    }
}
