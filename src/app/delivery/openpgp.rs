//! OpenPGP for delivery: checks a recipient's public key when an admin
//! records it, and encrypts a package's ZIP to it (and to the sender
//! organisation's own key, so the sent copy stays readable). A key is
//! usable only while it has an encryption-capable subkey (or a primary key
//! flagged for encryption) that is bound, unexpired and unrevoked at the
//! moment of use.

use pgp::composed::{Deserializable, MessageBuilder, SignedPublicKey};
use pgp::crypto::sym::SymmetricKeyAlgorithm;
use pgp::packet::{Signature, SignatureType};
use pgp::types::{KeyDetails, Timestamp};

/// Longer than this is not a public key anyone would paste.
const MAX_ARMORED: usize = 200_000;

/// Why a key cannot be used. The text goes into a delivery's reason and
/// the audit log; the web form shows the Fluent message of [`Self::key`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProblem {
    #[error("the text is not an ASCII-armored OpenPGP public key: {0}")]
    Unreadable(String),
    #[error("the key's self-signatures do not verify: {0}")]
    BadSignatures(String),
    #[error("the key {0} expired or was revoked")]
    Expired(String),
    #[error("the key {0} has no subkey that can encrypt")]
    CannotEncrypt(String),
    #[error("encryption failed: {0}")]
    Encrypt(String),
}

impl KeyProblem {
    /// The Fluent message for people.
    pub fn key(&self) -> &'static str {
        match self {
            KeyProblem::Unreadable(_) | KeyProblem::BadSignatures(_) => {
                "error-recipient-key-unreadable"
            }
            KeyProblem::Expired(_) => "error-recipient-key-expired",
            KeyProblem::CannotEncrypt(_) => "error-recipient-key-cannot-encrypt",
            KeyProblem::Encrypt(_) => "error-recipient-key-unreadable",
        }
    }
}

/// A public key that parsed and whose bindings verify.
#[derive(Debug, Clone)]
pub struct PublicKey {
    key: SignedPublicKey,
    /// The primary key's fingerprint, upper-case hex.
    pub fingerprint: String,
}

/// Reads an armored public key and checks its self-signatures.
pub fn parse(armored: &str) -> Result<PublicKey, KeyProblem> {
    if armored.len() > MAX_ARMORED {
        return Err(KeyProblem::Unreadable("too long".into()));
    }
    let (key, _) = SignedPublicKey::from_string(armored.trim())
        .map_err(|e| KeyProblem::Unreadable(e.to_string()))?;
    key.verify_bindings()
        .map_err(|e| KeyProblem::BadSignatures(e.to_string()))?;
    let fingerprint = format!("{:X}", key.fingerprint());
    Ok(PublicKey { key, fingerprint })
}

fn secs(t: jiff::Timestamp) -> u32 {
    u32::try_from(t.as_second().max(0)).unwrap_or(u32::MAX)
}

/// The newest signature of `typ`s among `sigs`.
fn newest<'a>(sigs: &'a [Signature], typs: &[SignatureType]) -> Option<&'a Signature> {
    sigs.iter()
        .filter(|s| s.typ().is_some_and(|t| typs.contains(&t)))
        .max_by_key(|s| s.created().map_or(0, Timestamp::as_secs))
}

/// Whether a key created at `created`, whose binding says `sig`, is still
/// in force at `now`.
fn alive(created: Timestamp, sig: &Signature, now: u32) -> bool {
    let expiry = sig
        .key_expiration_time()
        .map(|d| d.as_secs())
        .filter(|d| *d > 0);
    expiry.is_none_or(|d| u64::from(created.as_secs()) + u64::from(d) > u64::from(now))
}

const CERTIFICATIONS: [SignatureType; 4] = [
    SignatureType::CertPositive,
    SignatureType::CertGeneric,
    SignatureType::CertCasual,
    SignatureType::CertPersona,
];

impl PublicKey {
    /// The primary key is unexpired and unrevoked at `now`.
    fn primary_alive(&self, now: u32) -> bool {
        let k = &self.key;
        if !k.details.revocation_signatures.is_empty() {
            return false;
        }
        let created = k.primary_key.created_at();
        if created.as_secs() > now {
            return false;
        }
        // The expiry lives on the direct-key signature or the user ids'
        // self-signatures; the newest of them says.
        let mut sigs: Vec<Signature> = k.details.direct_signatures.clone();
        for u in &k.details.users {
            sigs.extend(u.signatures.iter().cloned());
        }
        let mut typs = CERTIFICATIONS.to_vec();
        typs.push(SignatureType::Key);
        newest(&sigs, &typs).is_none_or(|s| alive(created, s, now))
    }

    /// Checks the key can encrypt at `now`; the error says why not.
    pub fn check(&self, now: jiff::Timestamp) -> Result<(), KeyProblem> {
        self.encryption_keys(secs(now)).map(|_| ())
    }

    /// The primary key, when its own self-signature gives it an encryption
    /// flag: keys made with `gpg --quick-gen-key … sign,cert,encr` and no
    /// subkey encrypt with the primary key itself.
    fn primary_can_encrypt(&self) -> bool {
        let k = &self.key;
        let mut sigs: Vec<Signature> = k.details.direct_signatures.clone();
        for u in &k.details.users {
            sigs.extend(u.signatures.iter().cloned());
        }
        let mut typs = CERTIFICATIONS.to_vec();
        typs.push(SignatureType::Key);
        newest(&sigs, &typs).is_some_and(|s| {
            let flags = s.key_flags();
            flags.encrypt_comms() || flags.encrypt_storage()
        }) && k.primary_key.algorithm().can_encrypt()
    }

    /// The keys a message for this recipient is encrypted to at `now`:
    /// every bound, unexpired, unrevoked encryption subkey, and the primary
    /// key when it is flagged for encryption itself.
    fn encryption_keys(&self, now: u32) -> Result<Vec<EncryptTo<'_>>, KeyProblem> {
        if !self.primary_alive(now) {
            return Err(KeyProblem::Expired(self.fingerprint.clone()));
        }
        let mut capable = 0;
        let mut usable = Vec::new();
        if self.primary_can_encrypt() {
            // Its life is the key's own, checked above.
            capable += 1;
            usable.push(EncryptTo::Primary(&self.key.primary_key));
        }
        for sub in &self.key.public_subkeys {
            let Some(binding) = newest(&sub.signatures, &[SignatureType::SubkeyBinding]) else {
                continue;
            };
            let flags = binding.key_flags();
            if !(flags.encrypt_comms() || flags.encrypt_storage())
                || !sub.key.algorithm().can_encrypt()
            {
                continue;
            }
            capable += 1;
            let revoked = newest(&sub.signatures, &[SignatureType::SubkeyRevocation]).is_some();
            if !revoked && alive(sub.key.created_at(), binding, now) {
                usable.push(EncryptTo::Subkey(sub));
            }
        }
        match (capable, usable.is_empty()) {
            (0, _) => Err(KeyProblem::CannotEncrypt(self.fingerprint.clone())),
            (_, true) => Err(KeyProblem::Expired(self.fingerprint.clone())),
            _ => Ok(usable),
        }
    }
}

/// One key a session key is encrypted to.
enum EncryptTo<'a> {
    Primary(&'a pgp::packet::PublicKey),
    Subkey(&'a pgp::composed::SignedPublicSubKey),
}

/// `data` as a binary OpenPGP message that each of `keys` can open, checked
/// at `now`. Every usable encryption key (subkey or primary) of each key
/// gets the session key.
pub fn encrypt(
    keys: &[&PublicKey],
    name: &str,
    data: &[u8],
    now: jiff::Timestamp,
) -> Result<Vec<u8>, KeyProblem> {
    let now = secs(now);
    let mut rng = rand08::thread_rng();
    let mut builder = MessageBuilder::from_bytes(name.to_string(), data.to_vec())
        .seipd_v1(&mut rng, SymmetricKeyAlgorithm::AES256);
    for key in keys {
        for to in key.encryption_keys(now)? {
            match to {
                EncryptTo::Primary(k) => builder.encrypt_to_key(&mut rng, k),
                EncryptTo::Subkey(k) => builder.encrypt_to_key(&mut rng, k),
            }
            .map_err(|e| KeyProblem::Encrypt(e.to_string()))?;
        }
    }
    builder
        .to_vec(&mut rng)
        .map_err(|e| KeyProblem::Encrypt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_a_key_is_refused_as_unreadable() {
        let e = parse("hello").unwrap_err();
        assert_eq!(e.key(), "error-recipient-key-unreadable");
        let e = parse(
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----\n",
        )
        .unwrap_err();
        assert_eq!(e.key(), "error-recipient-key-unreadable");
    }
}
