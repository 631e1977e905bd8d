//! What an API token may do. Scopes are nested: a documents token can also
//! validate, a delivery token can do everything. What a call needs is read
//! off its method and path, so a new call is at most as open as its kind.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TokenScope {
    /// Check documents against the rules; read who the token is.
    Validate,
    /// Create, read, change and submit documents; read packages and cases.
    Documents,
    /// Send and deliver packages, act on cases, withdraw: everything.
    Delivery,
}

impl TokenScope {
    pub const ALL: [TokenScope; 3] = [
        TokenScope::Validate,
        TokenScope::Documents,
        TokenScope::Delivery,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Validate => "validate",
            TokenScope::Documents => "documents",
            TokenScope::Delivery => "delivery",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            TokenScope::Validate => "token-scope-validate",
            TokenScope::Documents => "token-scope-documents",
            TokenScope::Delivery => "token-scope-delivery",
        }
    }

    /// The scope a call needs.
    pub fn needed(method: &str, path: &str) -> TokenScope {
        let transmits = path.ends_with("/send")
            || path.ends_with("/deliver")
            || path.ends_with("/portal-upload")
            || path.ends_with("/deliveries")
            || path.ends_with("/withdraw")
            || (method != "GET" && path.starts_with("/api/v1/cases/"));
        if transmits {
            TokenScope::Delivery
        } else if path.ends_with("/validate") || path == "/api/v1/me" {
            TokenScope::Validate
        } else {
            TokenScope::Documents
        }
    }

    pub fn allows(self, method: &str, path: &str) -> bool {
        self >= Self::needed(method, path)
    }
}

impl fmt::Display for TokenScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_nested_and_read_off_the_call() {
        use TokenScope::*;
        assert!(Validate.allows("POST", "/api/v1/requests/validate"));
        assert!(!Validate.allows("POST", "/api/v1/requests"));
        assert!(Documents.allows("PUT", "/api/v1/reports/abc"));
        assert!(Documents.allows("GET", "/api/v1/cases/abc"));
        assert!(!Documents.allows("POST", "/api/v1/packages/abc/send"));
        assert!(!Documents.allows("POST", "/api/v1/cases/abc/messages"));
        assert!(!Documents.allows("POST", "/api/v1/reports/abc/withdraw"));
        assert!(Delivery.allows("POST", "/api/v1/packages/abc/deliver"));
        assert_eq!(TokenScope::parse("documents"), Some(Documents));
        assert_eq!(TokenScope::parse("admin"), None);
    }
}
