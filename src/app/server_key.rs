//! The server's own secret key: it keys the login throttle (so the stored
//! account keys say nothing about addresses without it) and signs the
//! pre-sign-in CSRF cookie (so a stranger's visit costs no database row).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::config::Secret;
use crate::store::{Store, StoreError};

/// The name of the generated secret in the database.
const STORED_NAME: &str = "server_key";

#[derive(Clone)]
pub struct ServerKey(Secret);

impl ServerKey {
    /// The configured secret, or the one kept in the database (made at
    /// first start, the same for every instance on that database).
    pub async fn load(configured: Option<&Secret>, store: &Store) -> Result<Self, StoreError> {
        if let Some(s) = configured {
            return Ok(ServerKey(s.clone()));
        }
        let made = {
            use rand::RngCore;
            let mut bytes = [0u8; 32];
            rand::rng().fill_bytes(&mut bytes);
            hex::encode(bytes)
        };
        let value = store
            .server_secret(STORED_NAME, &made, &crate::domain::time::now())
            .await?;
        Ok(ServerKey(Secret::new(value)))
    }

    /// A key for tests and tools that need no database.
    pub fn from_secret(secret: Secret) -> Self {
        ServerKey(secret)
    }

    /// HMAC-SHA256 of `data` for one `purpose`, hex-encoded. The purpose is
    /// part of the input so a tag made for one use is worthless in another.
    pub fn tag(&self, purpose: &str, data: &[u8]) -> String {
        hex::encode(self.mac(purpose, data).finalize().into_bytes())
    }

    /// Whether `tag` is the tag of `data` for `purpose` (in constant time).
    pub fn verify(&self, purpose: &str, data: &[u8], tag: &str) -> bool {
        let Ok(bytes) = hex::decode(tag) else {
            return false;
        };
        self.mac(purpose, data).verify_slice(&bytes).is_ok()
    }

    fn mac(&self, purpose: &str, data: &[u8]) -> Hmac<Sha256> {
        // HMAC takes a key of any length.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose().as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(data);
        mac
    }
}

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_depend_on_key_purpose_and_data() {
        let a = ServerKey::from_secret(Secret::new("a".repeat(32)));
        let b = ServerKey::from_secret(Secret::new("b".repeat(32)));
        let t = a.tag("login", b"x@example.test");
        assert_eq!(t.len(), 64);
        assert!(a.verify("login", b"x@example.test", &t));
        assert_ne!(t, b.tag("login", b"x@example.test"));
        assert_ne!(t, a.tag("csrf", b"x@example.test"));
        assert!(!a.verify("login", b"y@example.test", &t));
        assert!(!a.verify("login", b"x@example.test", "zz"));
    }
}
