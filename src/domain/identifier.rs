//! Target identifiers as a company looks them up: typed, and normalised so
//! that the value in the request is the value in the company's records.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::email::EmailAddress;
use super::phone::PhoneNumber;
use crate::i18n::Msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    Email,
    Phone,
    Url,
    AccountId,
    Username,
    Ip,
    Imei,
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 7] = [
        IdentifierKind::Email,
        IdentifierKind::Phone,
        IdentifierKind::Url,
        IdentifierKind::AccountId,
        IdentifierKind::Username,
        IdentifierKind::Ip,
        IdentifierKind::Imei,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::Email => "email",
            IdentifierKind::Phone => "phone",
            IdentifierKind::Url => "url",
            IdentifierKind::AccountId => "account_id",
            IdentifierKind::Username => "username",
            IdentifierKind::Ip => "ip",
            IdentifierKind::Imei => "imei",
        }
    }

    pub fn parse_name(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            IdentifierKind::Email => "identifier-email",
            IdentifierKind::Phone => "identifier-phone",
            IdentifierKind::Url => "identifier-url",
            IdentifierKind::AccountId => "identifier-account-id",
            IdentifierKind::Username => "identifier-username",
            IdentifierKind::Ip => "identifier-ip",
            IdentifierKind::Imei => "identifier-imei",
        }
    }
}

/// The longest identifier kept, in characters.
const MAX_CHARS: usize = 2000;

/// Normalises `raw` as an identifier of `kind`. Phone numbers written
/// nationally are read in `country`'s numbering plan.
pub fn normalise(kind: IdentifierKind, raw: &str, country: CountryCode) -> Result<String, Msg> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(Msg::new("error-identifier-empty"));
    }
    let within = |v: String| match v.chars().count() > MAX_CHARS {
        true => Err(Msg::new("error-identifier-too-long")),
        false => Ok(v),
    };
    let raw = within(raw.to_string())?;
    let raw = raw.as_str();
    // The normal form is held to the limit too: percent-encoding can make a
    // URL longer than the one typed, which then failed when read again
    // (found by the 'fields' fuzz target).
    let normal = match kind {
        IdentifierKind::Email => EmailAddress::parse(raw)
            .map(|e| e.to_string())
            .map_err(|e| Msg::new(e.message_key())),
        IdentifierKind::Phone => PhoneNumber::parse(raw, country)
            .map(|p| p.to_string())
            .map_err(|e| Msg::new(e.message_key())),
        IdentifierKind::Url => canonical_url(raw),
        IdentifierKind::AccountId => {
            if raw.len() <= 30 && raw.bytes().all(|b| b.is_ascii_digit()) {
                Ok(raw.to_string())
            } else {
                Err(Msg::new("error-identifier-account-id"))
            }
        }
        IdentifierKind::Username => {
            // "@name" and "name" are the same handle on every platform we
            // know; "@@name" is a typo of it (found by fuzzing: stripping one
            // "@" made normalising twice differ from once).
            let name = raw.trim_start_matches('@');
            if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
                Err(Msg::new("error-identifier-username"))
            } else {
                Ok(name.to_string())
            }
        }
        IdentifierKind::Ip => raw
            .parse::<IpAddr>()
            // Display gives the canonical form: IPv6 compressed, lower case.
            .map(|ip| ip.to_string())
            .map_err(|_| Msg::new("error-identifier-ip")),
        IdentifierKind::Imei => imei(raw),
    };
    normal.and_then(within)
}

/// Where an IP address sits, as far as tracing a subscriber goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpScope {
    /// Routable on the internet: an access provider can name who used it.
    /// Documentation ranges count as public so that training and test data
    /// behave like real data.
    Public,
    /// A private network (10/8, 172.16/12, 192.168/16, fc00::/7): it names
    /// a device inside someone's network, no subscriber.
    Private,
    /// The carrier-grade NAT range 100.64.0.0/10 (RFC 6598): shared by many
    /// subscribers, so only the source port can tell them apart.
    Shared,
    /// Loopback, link-local, unspecified or broadcast: no one's address.
    Local,
}

pub fn ip_scope(ip: IpAddr) -> IpScope {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            if v4.is_private() {
                IpScope::Private
            } else if a == 100 && (b & 0xC0) == 64 {
                IpScope::Shared
            } else if v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
            {
                IpScope::Local
            } else {
                IpScope::Public
            }
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            if (first & 0xfe00) == 0xfc00 {
                IpScope::Private
            } else if v6.is_loopback() || v6.is_unspecified() || (first & 0xffc0) == 0xfe80 {
                IpScope::Local
            } else {
                IpScope::Public
            }
        }
    }
}

/// 15 digits whose last is the Luhn check digit; spaces, dots and hyphens
/// as printed on labels are dropped.
fn imei(raw: &str) -> Result<String, Msg> {
    let digits: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/'))
        .collect();
    if digits.len() != 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Msg::new("error-identifier-imei-length"));
    }
    if !luhn(&digits) {
        return Err(Msg::new("error-identifier-imei-check"));
    }
    Ok(digits)
}

/// The Luhn mod-10 check over ASCII digits.
pub fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Query parameters that only say how someone reached a page: they change
/// nothing the company looks up, and make two copies of a URL differ.
const TRACKING_PARAMS: [&str; 12] = [
    "fbclid", "gclid", "igshid", "igsh", "mibextid", "si", "ref", "ref_src", "ref_url", "s", "t",
    "_t",
];

/// https, lower-case host, no fragment, no tracking parameters, no default
/// port, no trailing slash on a path.
fn canonical_url(raw: &str) -> Result<String, Msg> {
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("https://{raw}")
    };
    let mut url = url::Url::parse(&with_scheme).map_err(|_| Msg::new("error-identifier-url"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(|h| !h.contains('.'))
    {
        return Err(Msg::new("error-identifier-url"));
    }
    if url.scheme() == "http" {
        // Platforms serve profiles over https; http and https name the same page.
        let _ = url.set_scheme("https");
    }
    url.set_fragment(None);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !k.starts_with("utm_") && !TRACKING_PARAMS.contains(&k.as_str())
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    let path = url.path().to_string();
    if path.len() > 1 && path.ends_with('/') {
        url.set_path(path.trim_end_matches('/'));
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ph() -> CountryCode {
        CountryCode::parse("PH").unwrap()
    }

    fn ok(kind: IdentifierKind, raw: &str) -> String {
        normalise(kind, raw, ph()).unwrap_or_else(|m| panic!("{raw}: {m:?}"))
    }

    fn err(kind: IdentifierKind, raw: &str) -> &'static str {
        normalise(kind, raw, ph()).unwrap_err().key
    }

    #[test]
    fn a_url_whose_normal_form_is_too_long_is_refused_at_once() {
        // 350 letters typed, each percent-encoded to six characters: the
        // normal form is over the limit, so it is refused now rather than
        // stored in a form that fails when read again.
        let raw = format!("https://social.example/?q={}", "é".repeat(350));
        assert_eq!(err(IdentifierKind::Url, &raw), "error-identifier-too-long");
        let fits = format!("https://social.example/?q={}", "é".repeat(300));
        let once = ok(IdentifierKind::Url, &fits);
        assert_eq!(ok(IdentifierKind::Url, &once), once);
    }

    #[test]
    fn urls_are_canonicalised() {
        assert_eq!(
            ok(
                IdentifierKind::Url,
                "HTTP://Social.Example/User.Name/?utm_source=x&igshid=abc#top"
            ),
            "https://social.example/User.Name"
        );
        assert_eq!(
            ok(IdentifierKind::Url, "social.example/p/123?id=9&fbclid=zz"),
            "https://social.example/p/123?id=9"
        );
        assert_eq!(
            ok(IdentifierKind::Url, "https://social.example:443/a"),
            "https://social.example/a"
        );
        assert_eq!(
            err(IdentifierKind::Url, "ftp://files.example/x"),
            "error-identifier-url"
        );
        assert_eq!(
            err(IdentifierKind::Url, "not a url"),
            "error-identifier-url"
        );
    }

    #[test]
    fn ip_addresses_take_their_canonical_form() {
        assert_eq!(ok(IdentifierKind::Ip, " 203.0.113.7 "), "203.0.113.7");
        assert_eq!(
            ok(IdentifierKind::Ip, "2001:DB8:0:0:0:0:0:1"),
            "2001:db8::1"
        );
        assert_eq!(
            err(IdentifierKind::Ip, "203.0.113.300"),
            "error-identifier-ip"
        );
        assert_eq!(
            err(IdentifierKind::Ip, "203.0.113.7:443"),
            "error-identifier-ip"
        );
    }

    #[test]
    fn ip_scopes_tell_private_shared_and_public_apart() {
        let scope = |s: &str| ip_scope(s.parse().unwrap());
        for private in [
            "10.1.2.3",
            "172.16.0.9",
            "172.31.255.1",
            "192.168.1.20",
            "fd00::1",
        ] {
            assert_eq!(scope(private), IpScope::Private, "{private}");
        }
        for shared in ["100.64.0.1", "100.127.255.254"] {
            assert_eq!(scope(shared), IpScope::Shared, "{shared}");
        }
        for local in ["127.0.0.1", "169.254.1.1", "0.0.0.0", "::1", "fe80::1"] {
            assert_eq!(scope(local), IpScope::Local, "{local}");
        }
        // Just outside the ranges, and the documentation ranges.
        for public in [
            "100.128.0.1",
            "100.63.255.255",
            "172.32.0.1",
            "203.0.113.7",
            "2001:db8::1",
        ] {
            assert_eq!(scope(public), IpScope::Public, "{public}");
        }
    }

    #[test]
    fn imei_needs_fifteen_digits_and_a_good_check_digit() {
        // 49015420323751 with its Luhn digit 8.
        assert_eq!(
            ok(IdentifierKind::Imei, "49-015420-323751-8"),
            "490154203237518"
        );
        assert_eq!(
            err(IdentifierKind::Imei, "490154203237519"),
            "error-identifier-imei-check"
        );
        assert_eq!(
            err(IdentifierKind::Imei, "49015420323751"),
            "error-identifier-imei-length"
        );
        assert_eq!(
            err(IdentifierKind::Imei, "49015420323751X"),
            "error-identifier-imei-length"
        );
    }

    #[test]
    fn phones_and_emails_are_normalised() {
        assert_eq!(ok(IdentifierKind::Phone, "0917 123 4567"), "+639171234567");
        assert_eq!(
            ok(IdentifierKind::Email, "Someone@Mail.Example"),
            "someone@mail.example"
        );
        assert_eq!(err(IdentifierKind::Phone, "12"), "error-phone-invalid");
    }

    #[test]
    fn account_ids_are_digits_and_usernames_lose_the_at_sign() {
        assert_eq!(
            ok(IdentifierKind::AccountId, "123456789012345678"),
            "123456789012345678"
        );
        assert_eq!(
            err(IdentifierKind::AccountId, "12ab"),
            "error-identifier-account-id"
        );
        assert_eq!(ok(IdentifierKind::Username, "@night_owl"), "night_owl");
        assert_eq!(ok(IdentifierKind::Username, "@@night_owl"), "night_owl");
        assert_eq!(
            err(IdentifierKind::Username, "@@\0@\0@"),
            "error-identifier-username"
        );
        assert_eq!(
            err(IdentifierKind::Username, "two words"),
            "error-identifier-username"
        );
        assert_eq!(
            err(IdentifierKind::Username, "   "),
            "error-identifier-empty"
        );
    }
}
