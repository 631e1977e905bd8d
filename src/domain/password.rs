//! Password hashing with Argon2id. CPU-bound: call from a blocking task.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// The shortest password casebridge accepts for a new account.
pub const MIN_LENGTH: usize = 12;

/// The lowest zxcvbn score (0 to 4) accepted: 3 means "safely
/// unguessable", about 10^10 guesses, enough to resist an attacker who
/// has stolen the hashes and guesses offline.
pub const MIN_SCORE: u8 = 3;

/// Why a new password is refused. Each has a message in the locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    EasyToGuess,
}

impl Weakness {
    pub fn message_key(self) -> &'static str {
        match self {
            Weakness::TooShort => "error-password-too-short",
            Weakness::EasyToGuess => "error-password-easy-to-guess",
        }
    }
}

/// Checks a new password: at least [`MIN_LENGTH`] characters and a zxcvbn
/// estimate of at least [`MIN_SCORE`]. `context` holds words the password
/// must not lean on (the email address, the person's name): zxcvbn counts
/// them as guessed first.
pub fn check_new(password: &str, context: &[&str]) -> Result<(), Weakness> {
    if password.chars().count() < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    // zxcvbn matches user inputs as whole words: give it the address and
    // the name whole and in their parts (local part, domain labels, names).
    let mut words: Vec<&str> = context.to_vec();
    for c in context {
        words.extend(
            c.split(['@', '.', ' ', '-', '_', '+'])
                .filter(|w| w.len() > 2),
        );
        words.extend(c.split('@').filter(|w| w.len() > 2));
    }
    if u8::from(zxcvbn::zxcvbn(password, &words).score()) < MIN_SCORE {
        return Err(Weakness::EasyToGuess);
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    // OWASP's second Argon2id profile: 19 MiB, 2 passes, 1 lane.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// True when `password` matches `stored`. A malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// A hash of a random password, used to spend the same time on unknown
/// accounts as on known ones so login timing does not reveal which exist.
pub fn dummy_hash() -> &'static str {
    use std::sync::OnceLock;
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash(&crate::domain::password::generate()).unwrap_or_default())
}

/// A random password for generated accounts: 20 characters from an alphabet
/// without look-alikes, so it can be read aloud or typed from a printout.
pub fn generate() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifies_the_right_password_only() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterY", &h));
        assert!(!verify("anything", "not a hash"));
    }

    #[test]
    fn new_passwords_need_length_and_strength() {
        assert_eq!(check_new("short-one", &[]), Err(Weakness::TooShort));
        assert_eq!(check_new("aaaaaaaaaaaa", &[]), Err(Weakness::EasyToGuess));
        assert_eq!(check_new("            ", &[]), Err(Weakness::EasyToGuess));
        assert_eq!(check_new("password1234", &[]), Err(Weakness::EasyToGuess));
        assert_eq!(
            check_new("dana.villanueva", &["dana.villanueva@example.test"]),
            Err(Weakness::EasyToGuess),
            "the person's own address is guessed first"
        );
        assert_eq!(check_new("otter lantern quarry mosaic", &[]), Ok(()));
        assert_eq!(check_new(&generate(), &[]), Ok(()));
    }

    #[test]
    fn generated_passwords_are_long_and_differ() {
        let (a, b) = (generate(), generate());
        assert!(a.len() >= MIN_LENGTH);
        assert_ne!(a, b);
    }
}
