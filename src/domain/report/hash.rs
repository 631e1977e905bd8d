//! File hashes: the only way a report describes a file. casebridge never
//! takes the file itself.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HashKind {
    Md5,
    Sha1,
    Sha256,
    /// Meta's perceptual hash: 256 bits as 64 hex digits.
    Pdq,
    /// Microsoft PhotoDNA, exchanged as base64 text.
    Photodna,
}

/// Why a hash value cannot be right for its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashProblem {
    Empty,
    /// Hex digits only, but not as many as the kind has.
    Length {
        expected: usize,
        found: usize,
    },
    /// A character that the kind's alphabet does not have.
    Alphabet,
}

impl HashProblem {
    /// The stable finding code.
    pub fn code(self) -> &'static str {
        match self {
            HashProblem::Empty => "hash_empty",
            HashProblem::Length { .. } => "hash_length",
            HashProblem::Alphabet => "hash_alphabet",
        }
    }
}

impl HashKind {
    /// How many hex digits a hex kind has; none for PhotoDNA.
    pub fn hex_len(self) -> Option<usize> {
        match self {
            HashKind::Md5 => Some(32),
            HashKind::Sha1 => Some(40),
            HashKind::Sha256 | HashKind::Pdq => Some(64),
            HashKind::Photodna => None,
        }
    }

    /// The name NCMEC's `hashType` attribute uses.
    pub fn ncmec_name(self) -> &'static str {
        match self {
            HashKind::Md5 => "MD5",
            HashKind::Sha1 => "SHA1",
            HashKind::Sha256 => "SHA256",
            HashKind::Pdq => "PDQ",
            HashKind::Photodna => "PhotoDNA",
        }
    }

    /// Puts a typed value in canonical form: hex in lower case with the
    /// spaces, tabs and colons some tools print dropped. All white space
    /// goes, not only spaces, so that normalising twice changes nothing
    /// (`"ab\t:"` once left a tab that a second pass trimmed).
    pub fn normalise(self, input: &str) -> String {
        let s = input.trim();
        match self.hex_len() {
            Some(_) => s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ':')
                .map(|c| c.to_ascii_lowercase())
                .collect(),
            None => s.chars().filter(|c| !c.is_whitespace()).collect(),
        }
    }

    /// Checks a normalised value.
    pub fn check(self, value: &str) -> Result<(), HashProblem> {
        if value.is_empty() {
            return Err(HashProblem::Empty);
        }
        match self.hex_len() {
            Some(expected) => {
                if !value.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(HashProblem::Alphabet);
                }
                if value.len() != expected {
                    return Err(HashProblem::Length {
                        expected,
                        found: value.len(),
                    });
                }
                Ok(())
            }
            None => check_base64(value),
        }
    }
}

/// A PhotoDNA hash is 144 bytes (general knowledge, not from a published
/// specification), so 192 base64 characters without padding. Other lengths
/// are refused so that a truncated paste is caught.
const PHOTODNA_BASE64_LEN: usize = 192;

fn check_base64(value: &str) -> Result<(), HashProblem> {
    let body = value.trim_end_matches('=');
    let padding = value.len() - body.len();
    let alphabet = |b: u8| b.is_ascii_alphanumeric() || b == b'+' || b == b'/';
    if padding > 2 || !body.bytes().all(alphabet) {
        return Err(HashProblem::Alphabet);
    }
    if body.len() != PHOTODNA_BASE64_LEN {
        return Err(HashProblem::Length {
            expected: PHOTODNA_BASE64_LEN,
            found: body.len(),
        });
    }
    Ok(())
}

/// One hash of a file. The value is normalised when read; whether it fits
/// its kind is a rule the engine reports, so a draft keeps what was typed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileHash {
    pub kind: HashKind,
    pub value: String,
}

impl FileHash {
    /// A checked hash, for forms: normalises, then refuses a wrong value.
    pub fn parse(kind: HashKind, input: &str) -> Result<FileHash, HashProblem> {
        let value = kind.normalise(input);
        kind.check(&value)?;
        Ok(FileHash { kind, value })
    }

    pub fn check(&self) -> Result<(), HashProblem> {
        self.kind.check(&self.value)
    }
}

impl<'de> Deserialize<'de> for FileHash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            kind: HashKind,
            value: String,
        }
        let raw = Raw::deserialize(d)?;
        Ok(FileHash {
            kind: raw.kind,
            value: raw.kind.normalise(&raw.value),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD5_EMPTY: &str = "d41d8cd98f00b204e9800998ecf8427e";
    const SHA1_EMPTY: &str = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    const SHA256_EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    #[test]
    fn accepts_the_known_digests_of_the_empty_file() {
        assert!(FileHash::parse(HashKind::Md5, MD5_EMPTY).is_ok());
        assert!(FileHash::parse(HashKind::Sha1, SHA1_EMPTY).is_ok());
        assert!(FileHash::parse(HashKind::Sha256, SHA256_EMPTY).is_ok());
        assert!(FileHash::parse(HashKind::Pdq, SHA256_EMPTY).is_ok());
    }

    #[test]
    fn normalises_to_lower_case_hex() {
        let h =
            FileHash::parse(HashKind::Md5, &format!("  {}  ", MD5_EMPTY.to_uppercase())).unwrap();
        assert_eq!(h.value, MD5_EMPTY);
        let grouped = "D4:1D:8C:D9:8F:00:B2:04:E9:80:09:98:EC:F8:42:7E";
        assert_eq!(
            FileHash::parse(HashKind::Md5, grouped).unwrap().value,
            MD5_EMPTY
        );
        let h: FileHash = serde_json::from_str(&format!(
            r#"{{"kind":"sha1","value":"{}"}}"#,
            SHA1_EMPTY.to_uppercase()
        ))
        .unwrap();
        assert_eq!(h.value, SHA1_EMPTY);
    }

    #[test]
    fn refuses_wrong_lengths_and_alphabets() {
        let err = |k, v: &str| FileHash::parse(k, v).unwrap_err();
        assert_eq!(
            err(HashKind::Md5, SHA1_EMPTY),
            HashProblem::Length {
                expected: 32,
                found: 40
            }
        );
        assert_eq!(err(HashKind::Sha1, MD5_EMPTY).code(), "hash_length");
        assert_eq!(
            err(HashKind::Sha256, &SHA256_EMPTY[..63]).code(),
            "hash_length"
        );
        assert_eq!(
            err(HashKind::Pdq, &format!("{SHA256_EMPTY}0")).code(),
            "hash_length"
        );
        assert_eq!(
            err(HashKind::Md5, "g41d8cd98f00b204e9800998ecf8427e").code(),
            "hash_alphabet"
        );
        assert_eq!(err(HashKind::Sha256, "").code(), "hash_empty");
        assert_eq!(
            err(HashKind::Photodna, "not base64!").code(),
            "hash_alphabet"
        );
        assert_eq!(err(HashKind::Photodna, "QUJD").code(), "hash_length");
    }

    #[test]
    fn photodna_is_base64_text_of_144_bytes() {
        let ok = "A".repeat(192);
        assert!(FileHash::parse(HashKind::Photodna, &ok).is_ok());
        let short = format!("{}==", "B".repeat(190));
        assert_eq!(
            FileHash::parse(HashKind::Photodna, &short)
                .unwrap_err()
                .code(),
            "hash_length"
        );
        // Base64 is case-sensitive: the value is kept as typed.
        let mixed = format!("{}ab", "Z".repeat(190));
        assert_eq!(
            FileHash::parse(HashKind::Photodna, &mixed).unwrap().value,
            mixed
        );
    }
}
