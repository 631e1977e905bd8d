//! National identity numbers that casebridge must refuse (DESIGN.md, invariant
//! 3): the privacy law of Singapore, Korea, India and the other countries
//! below restricts collecting them, so no field may carry one.
//!
//! Two layers:
//! - [`find`] reports every span of a text that is a well-formed number of
//!   one of the [`NationalIdKind`]s: the right shape *and* a valid check
//!   digit where the scheme has one, or a valid structure (birth date,
//!   region code) where it has none. A number that fails its check is not
//!   reported: it is not a real identity number. Each kind's algorithm is in
//!   its own file.
//! - [`judge`] decides what a field may hold (see `guard.rs`): the kind of
//!   field, the labels around a number and the jurisdictions of the document
//!   make a span an error, a warning to acknowledge, or nothing. Timestamps,
//!   order numbers and platform ids share the shape of the digit-only
//!   kinds; the guard must not block the evidence police need.
//!   [`judge_document`] runs it over every string of a document.
//!
//! How a number is told apart from the text around it:
//! - It must not touch an ASCII letter or any digit, so digit runs inside
//!   hashes, longer numbers and alphanumeric ids never match. Letters of
//!   other scripts do not count: Korean and Thai attach words directly to a
//!   number ("900101-1234567입니다").
//! - It must not continue a longer number: a `-`, `.`, `/` or `:` with a digit
//!   beyond (decimals, IP addresses, dates, times, ports), and for a
//!   space-grouped form a space with a digit beyond (card numbers in fours).
//! - It must not sit inside a URL, email address or handle: `/ = ? & _ @ % \`
//!   with a letter or digit beyond.
//! - A `+` before it makes it a phone number (E.164).
//! - Between groups people type a space, a hyphen or a dot (with a space
//!   either side or not), the same throughout one number.
//! - Full-width characters (typed by Japanese, Chinese and Korean input
//!   methods) and the digits of the Arabic, Devanagari, Bengali, Tamil and
//!   Thai scripts are read as ASCII; Unicode dashes, the Japanese long-vowel
//!   mark (what a kana keyboard types for `-`) and Unicode spaces are read as
//!   `-` and space; invisible format characters are skipped.

mod document;
mod guard;
mod hk_hkid;
mod id_nik;
mod in_aadhaar;
mod jp_my_number;
mod kr_rrn;
mod labels;
mod lk_nic;
mod my_mykad;
mod pk_cnic;
mod scan;
mod sg_nric_fin;
mod th_citizen_id;
mod tw_national_id;
mod vn_cccd;

#[cfg(test)]
mod guard_tests;
#[cfg(test)]
mod tests;

pub use document::{Fields, Stopped, judge_document};
pub use guard::{Field, Flag, Severity, judge, strongest};

use scan::{Form, Match, Scan};

/// The identity numbers casebridge detects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NationalIdKind {
    /// Singapore NRIC or FIN: S, T, F, G or M, 7 digits, a check letter.
    SgNricFin,
    /// Korean resident registration number: YYMMDD-GNNNNNN.
    KrRrn,
    /// Indian Aadhaar: 12 digits with a Verhoeff check digit.
    InAadhaar,
    /// Japanese My Number (individual number): 12 digits, mod-11 check.
    JpMyNumber,
    /// Taiwanese national ID or new-style resident certificate number.
    TwNationalId,
    /// Hong Kong identity card number, e.g. A123456(3).
    HkHkid,
    /// Malaysian MyKad number: YYMMDD-PB-###G.
    MyMykad,
    /// Indonesian NIK (population identity number): 16 digits.
    IdNik,
    /// Thai citizen identification number: 13 digits, mod-11 check.
    ThCitizenId,
    /// Pakistani CNIC: #####-#######-#.
    PkCnic,
    /// Sri Lankan NIC, old (9 digits and V or X) or new (12 digits).
    LkNic,
    /// Vietnamese citizen identity card (CCCD) number: 12 digits.
    VnCccd,
}

impl NationalIdKind {
    pub const ALL: [NationalIdKind; 12] = [
        NationalIdKind::SgNricFin,
        NationalIdKind::KrRrn,
        NationalIdKind::InAadhaar,
        NationalIdKind::JpMyNumber,
        NationalIdKind::TwNationalId,
        NationalIdKind::HkHkid,
        NationalIdKind::MyMykad,
        NationalIdKind::IdNik,
        NationalIdKind::ThCitizenId,
        NationalIdKind::PkCnic,
        NationalIdKind::LkNic,
        NationalIdKind::VnCccd,
    ];

    /// The ISO 3166-1 alpha-2 code of the issuing country or territory.
    pub fn country_code(self) -> &'static str {
        match self {
            NationalIdKind::SgNricFin => "SG",
            NationalIdKind::KrRrn => "KR",
            NationalIdKind::InAadhaar => "IN",
            NationalIdKind::JpMyNumber => "JP",
            NationalIdKind::TwNationalId => "TW",
            NationalIdKind::HkHkid => "HK",
            NationalIdKind::MyMykad => "MY",
            NationalIdKind::IdNik => "ID",
            NationalIdKind::ThCitizenId => "TH",
            NationalIdKind::PkCnic => "PK",
            NationalIdKind::LkNic => "LK",
            NationalIdKind::VnCccd => "VN",
        }
    }

    /// The stable identifier used in data files and the API (`sg_nric_fin`).
    pub fn code(self) -> &'static str {
        match self {
            NationalIdKind::SgNricFin => "sg_nric_fin",
            NationalIdKind::KrRrn => "kr_rrn",
            NationalIdKind::InAadhaar => "in_aadhaar",
            NationalIdKind::JpMyNumber => "jp_my_number",
            NationalIdKind::TwNationalId => "tw_national_id",
            NationalIdKind::HkHkid => "hk_hkid",
            NationalIdKind::MyMykad => "my_mykad",
            NationalIdKind::IdNik => "id_nik",
            NationalIdKind::ThCitizenId => "th_citizen_id",
            NationalIdKind::PkCnic => "pk_cnic",
            NationalIdKind::LkNic => "lk_nic",
            NationalIdKind::VnCccd => "vn_cccd",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        NationalIdKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Fluent key of the number's name, for the national-ID messages.
    pub fn name_key(self) -> &'static str {
        match self {
            NationalIdKind::SgNricFin => "national-id-sg-nric-fin",
            NationalIdKind::KrRrn => "national-id-kr-rrn",
            NationalIdKind::InAadhaar => "national-id-in-aadhaar",
            NationalIdKind::JpMyNumber => "national-id-jp-my-number",
            NationalIdKind::TwNationalId => "national-id-tw-national-id",
            NationalIdKind::HkHkid => "national-id-hk-hkid",
            NationalIdKind::MyMykad => "national-id-my-mykad",
            NationalIdKind::IdNik => "national-id-id-nik",
            NationalIdKind::ThCitizenId => "national-id-th-citizen-id",
            NationalIdKind::PkCnic => "national-id-pk-cnic",
            NationalIdKind::LkNic => "national-id-lk-nic",
            NationalIdKind::VnCccd => "national-id-vn-cccd",
        }
    }

    /// Whether the number carries letters that its check covers: such a
    /// number is refused wherever it appears.
    pub fn has_letters(self) -> bool {
        matches!(
            self,
            NationalIdKind::SgNricFin | NationalIdKind::HkHkid | NationalIdKind::TwNationalId
        )
    }

    /// Whether a valid number of this kind starts at `i`; if so, where it ends.
    fn match_at(self, s: &Scan, i: usize) -> Option<Match> {
        match self {
            NationalIdKind::SgNricFin => sg_nric_fin::matches(s, i),
            NationalIdKind::KrRrn => kr_rrn::matches(s, i),
            NationalIdKind::InAadhaar => in_aadhaar::matches(s, i),
            NationalIdKind::JpMyNumber => jp_my_number::matches(s, i),
            NationalIdKind::TwNationalId => tw_national_id::matches(s, i),
            NationalIdKind::HkHkid => hk_hkid::matches(s, i),
            NationalIdKind::MyMykad => my_mykad::matches(s, i),
            NationalIdKind::IdNik => id_nik::matches(s, i),
            NationalIdKind::ThCitizenId => th_citizen_id::matches(s, i),
            NationalIdKind::PkCnic => pk_cnic::matches(s, i),
            NationalIdKind::LkNic => lk_nic::matches(s, i),
            NationalIdKind::VnCccd => vn_cccd::matches(s, i),
        }
    }
}

/// One national identity number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Every kind the span is a valid number of, in the order of
    /// [`NationalIdKind::ALL`]: twelve digits can be an Aadhaar, a My Number,
    /// a MyKad and a CCCD number at once.
    pub kinds: Vec<NationalIdKind>,
    /// Byte offset of the first character of the number in the text.
    pub start: usize,
    /// Byte offset just past the number's last character.
    pub end: usize,
}

/// Every national identity number in `text` whose form alone makes it one,
/// in order of position. Forms that need a label (thirteen bare digits as a
/// CNIC) are left out; [`judge`] weighs them.
pub fn find(text: &str) -> Vec<Finding> {
    let s = Scan::new(text);
    spans(&s)
        .into_iter()
        .filter_map(|span| {
            let kinds: Vec<NationalIdKind> = span
                .kinds
                .iter()
                .filter(|(_, form)| *form > Form::Weak)
                .map(|(k, _)| *k)
                .collect();
            (!kinds.is_empty()).then(|| Finding {
                kinds,
                start: s.offsets[span.start],
                end: s.offsets[span.end],
            })
        })
        .collect()
}

/// The first national identity number in `text`, if any.
pub fn first(text: &str) -> Option<Finding> {
    find(text).into_iter().next()
}

/// A run of characters (indices into the scan) that is a valid number of
/// each of `kinds`, in the form each was written in.
struct Span {
    start: usize,
    end: usize,
    kinds: Vec<(NationalIdKind, Form)>,
}

/// Every span of `s` that is a valid number, in order of position.
fn spans(s: &Scan) -> Vec<Span> {
    let mut found: Vec<Span> = Vec::new();
    for start in 0..s.len() {
        // A number starts a run of letters and digits, never inside one.
        if !s.chars[start].is_ascii_alphanumeric() || (start > 0 && s.word[start - 1]) {
            continue;
        }
        let mut here: Vec<Span> = Vec::new();
        for kind in NationalIdKind::ALL {
            let Some(m) = kind.match_at(s, start) else {
                continue;
            };
            if !s.clear_before(start, m.sep) || !s.clear_after(m.end, m.sep) {
                continue;
            }
            match here.iter_mut().find(|f| f.end == m.end) {
                Some(f) => f.kinds.push((kind, m.form)),
                None => here.push(Span {
                    start,
                    end: m.end,
                    kinds: vec![(kind, m.form)],
                }),
            }
        }
        here.sort_by_key(|f| f.end);
        found.append(&mut here);
    }
    found
}
