//! The response codes NCMEC's CyberTipline API documents (a list NCMEC
//! calls non-exhaustive), each with the Fluent key of its meaning in
//! casebridge's words. A code not listed here is shown as unknown with its
//! number and NCMEC's own description.

/// (code, message key). Kept in code order.
pub const CODES: &[(i64, &str)] = &[
    (0, "ncmec-code-0"),
    (1000, "ncmec-code-1000"),
    (1100, "ncmec-code-1100"),
    (1110, "ncmec-code-1110"),
    (1111, "ncmec-code-1111"),
    (1210, "ncmec-code-1210"),
    (1300, "ncmec-code-1300"),
    (2000, "ncmec-code-2000"),
    (3000, "ncmec-code-3000"),
    (3100, "ncmec-code-3100"),
    (3300, "ncmec-code-3300"),
    (4000, "ncmec-code-4000"),
    (4100, "ncmec-code-4100"),
    (4110, "ncmec-code-4110"),
    (4200, "ncmec-code-4200"),
    (5001, "ncmec-code-5001"),
    (5002, "ncmec-code-5002"),
    (5101, "ncmec-code-5101"),
    (5102, "ncmec-code-5102"),
];

/// The message key of `code`'s meaning; `ncmec-code-unknown` for a code
/// NCMEC has not documented.
pub fn meaning_key(code: i64) -> &'static str {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("ncmec-code-unknown", |(_, k)| k)
}

/// Code 0 is success; any other code is a refusal or an error.
pub fn is_success(code: i64) -> bool {
    code == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_documented_code_has_a_meaning_in_every_language() {
        for locale in Locale::all() {
            for (code, key) in CODES {
                assert!(locale.has_key(key), "{} lacks {key} ({code})", locale.tag());
            }
            assert!(locale.has_key("ncmec-code-unknown"));
        }
        assert_eq!(meaning_key(4100), "ncmec-code-4100");
        assert_eq!(meaning_key(4242), "ncmec-code-unknown");
    }
}
