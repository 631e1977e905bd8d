//! National identity numbers that casebridge must refuse (DESIGN.md, invariant
//! 3): the privacy law of Singapore, Korea, India and the other countries
//! below restricts collecting them, so no field may carry one.
//!
//! [`find`] scans any text a user typed, a single field or free text, and
//! reports every span that is a well-formed number of one of the
//! [`NationalIdKind`]s: the right shape *and* a valid check digit where the
//! scheme has one, or a valid structure (birth date, region code) where it
//! has none. A number that fails its check is not reported: it is not a real
//! identity number, and a false alarm would block an officer for nothing.
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
//! - Full-width characters (typed by Japanese, Chinese and Korean input
//!   methods) and the digits of the Arabic, Devanagari, Bengali, Tamil and
//!   Thai scripts are read as ASCII; Unicode dashes, the Japanese long-vowel
//!   mark (what a kana keyboard types for `-`) and Unicode spaces are read as
//!   `-` and space.

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

    /// The Fluent key of the number's name, for the `error-national-id` message.
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

    /// Whether a valid number of this kind starts at `i`; if so, where it ends.
    fn match_at(self, s: &Scan, i: usize) -> Option<Match> {
        match self {
            NationalIdKind::SgNricFin => sg_nric_fin(s, i),
            NationalIdKind::KrRrn => kr_rrn(s, i),
            NationalIdKind::InAadhaar => in_aadhaar(s, i),
            NationalIdKind::JpMyNumber => jp_my_number(s, i),
            NationalIdKind::TwNationalId => tw_national_id(s, i),
            NationalIdKind::HkHkid => hk_hkid(s, i),
            NationalIdKind::MyMykad => my_mykad(s, i),
            NationalIdKind::IdNik => id_nik(s, i),
            NationalIdKind::ThCitizenId => th_citizen_id(s, i),
            NationalIdKind::PkCnic => pk_cnic(s, i),
            NationalIdKind::LkNic => lk_nic(s, i),
            NationalIdKind::VnCccd => vn_cccd(s, i),
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

/// Every national identity number in `text`, in order of position.
pub fn find(text: &str) -> Vec<Finding> {
    let s = Scan::new(text);
    let mut found: Vec<Finding> = Vec::new();
    for start in 0..s.chars.len() {
        // A number starts a run of letters and digits, never inside one.
        if !s.chars[start].is_ascii_alphanumeric() || (start > 0 && s.word[start - 1]) {
            continue;
        }
        let mut here: Vec<Finding> = Vec::new();
        for kind in NationalIdKind::ALL {
            let Some(m) = kind.match_at(&s, start) else {
                continue;
            };
            if !s.clear_before(start, m.sep) || !s.clear_after(m.end, m.sep) {
                continue;
            }
            let (from, to) = (s.offsets[start], s.offsets[m.end]);
            match here.iter_mut().find(|f| f.end == to) {
                Some(f) => f.kinds.push(kind),
                None => here.push(Finding {
                    kinds: vec![kind],
                    start: from,
                    end: to,
                }),
            }
        }
        here.sort_by_key(|f| f.end);
        found.append(&mut here);
    }
    found
}

/// The first national identity number in `text`, if any.
pub fn first(text: &str) -> Option<Finding> {
    find(text).into_iter().next()
}

/// Where a valid number ends (a character index), and the separator between
/// its groups when it was written grouped.
struct Match {
    end: usize,
    sep: Option<char>,
}

/// The text as characters normalised for matching, with their byte offsets.
struct Scan {
    chars: Vec<char>,
    /// Whether the character is a letter or digit that a number may not touch.
    word: Vec<bool>,
    /// Byte offset of every character, and the text's length at the end.
    offsets: Vec<usize>,
}

/// Joins a number to letters or digits beyond it: URLs, emails, handles.
const URL_JOINERS: [char; 8] = ['/', '=', '?', '&', '_', '@', '%', '\\'];
/// Joins a number to digits beyond it: decimals, addresses, dates, times.
const NUMBER_JOINERS: [char; 3] = ['-', '.', ':'];

impl Scan {
    fn new(text: &str) -> Scan {
        let mut s = Scan {
            chars: Vec::with_capacity(text.len()),
            word: Vec::with_capacity(text.len()),
            offsets: Vec::with_capacity(text.len() + 1),
        };
        for (at, raw) in text.char_indices() {
            let c = normalise(raw);
            s.chars.push(c);
            s.word.push(c.is_ascii_alphanumeric() || raw.is_numeric());
            s.offsets.push(at);
        }
        s.offsets.push(text.len());
        s
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn digit(&self, i: usize) -> Option<u8> {
        let d = self.at(i)?.to_digit(10)?;
        Some(d as u8)
    }

    /// An ASCII letter, upper-cased.
    fn letter(&self, i: usize) -> Option<u8> {
        let c = self.at(i)?;
        c.is_ascii_alphabetic()
            .then(|| c.to_ascii_uppercase() as u8)
    }

    /// Reads groups of `sizes` digits from `i`, joined by `sep` (adjacent
    /// when `None`). Returns the digits and the index after the last one.
    fn groups(&self, mut i: usize, sizes: &[usize], sep: Option<char>) -> Option<(Vec<u8>, usize)> {
        let mut digits = Vec::with_capacity(16);
        for (n, &size) in sizes.iter().enumerate() {
            if let Some(sep) = sep
                && n > 0
            {
                if self.at(i)? != sep {
                    return None;
                }
                i += 1;
            }
            for _ in 0..size {
                digits.push(self.digit(i)?);
                i += 1;
            }
        }
        Some((digits, i))
    }

    /// A number written as one run of digits (when `bare` allows it) or in
    /// groups of `sizes` joined throughout by one of `seps`.
    fn number(
        &self,
        i: usize,
        sizes: &[usize],
        seps: &[char],
        bare: bool,
    ) -> Option<(Vec<u8>, Match)> {
        if bare {
            let total = sizes.iter().sum();
            if let Some((digits, end)) = self.groups(i, &[total], None) {
                return Some((digits, Match { end, sep: None }));
            }
        }
        seps.iter().find_map(|&sep| {
            let (digits, end) = self.groups(i, sizes, Some(sep))?;
            Some((
                digits,
                Match {
                    end,
                    sep: Some(sep),
                },
            ))
        })
    }

    /// Whether the character before `i` leaves a number starting at `i` free
    /// of the text around it.
    fn clear_before(&self, i: usize, sep: Option<char>) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let c = self.chars[p];
        !(self.word[p] || c == '+' || p.checked_sub(1).is_some_and(|b| self.joins(c, sep, b)))
    }

    /// Whether the character at `end` leaves a number ending there free of
    /// the text around it.
    fn clear_after(&self, end: usize, sep: Option<char>) -> bool {
        let Some(c) = self.at(end) else {
            return true;
        };
        !(self.word[end] || (end + 1 < self.chars.len() && self.joins(c, sep, end + 1)))
    }

    /// Whether `c`, between a number and the character at `beyond`, ties
    /// them into one longer token. `sep` is the number's own group separator:
    /// "4111 1111 1111 1111" is not an Aadhaar followed by four digits.
    fn joins(&self, c: char, sep: Option<char>, beyond: usize) -> bool {
        if URL_JOINERS.contains(&c) {
            self.word[beyond]
        } else if NUMBER_JOINERS.contains(&c) || Some(c) == sep {
            self.chars[beyond].is_ascii_digit()
        } else {
            false
        }
    }
}

/// Reads look-alike characters as the ASCII ones the patterns use.
fn normalise(c: char) -> char {
    /// The zero of each script's run of ten decimal digits: Arabic-Indic,
    /// Extended Arabic-Indic (Urdu), Devanagari, Bengali, Tamil, Thai.
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0E50];
    let u = c as u32;
    if let Some(zero) = ZEROS.iter().find(|&&z| (z..z + 10).contains(&u)) {
        return char::from(b'0' + (u - zero) as u8);
    }
    match u {
        // Full-width forms of ASCII '!' to '~'.
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        0x2010..=0x2015 | 0x2212 | 0xFE63 | 0x30FC => '-',
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => ' ',
        _ => c,
    }
}

/// The sum of `digits` times `weights`, pairwise.
fn weighted(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

/// Two digits as a number. Callers pass fixed-length digit runs; a short one
/// reads as zeros (never a valid date or code) rather than panicking.
fn pair(d: &[u8], i: usize) -> u32 {
    let at = |k: usize| u32::from(d.get(k).copied().unwrap_or(0));
    at(i) * 10 + at(i + 1)
}

fn valid_date(year: u32, month: u32, day: u32) -> bool {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A date whose two-digit year may be in the 1900s or the 2000s.
fn valid_date_yy(yy: u32, month: u32, day: u32) -> bool {
    valid_date(1900 + yy, month, day) || valid_date(2000 + yy, month, day)
}

/// Singapore NRIC/FIN: the check letter comes from the weighted sum of the
/// seven digits (2,7,6,5,4,3,2) plus 4 for T and G or 3 for M, modulo 11,
/// looked up in the table of the prefix's series. Either case is accepted.
fn sg_nric_fin(s: &Scan, i: usize) -> Option<Match> {
    let prefix = s.letter(i)?;
    let (offset, table): (u32, &[u8; 11]) = match prefix {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return None,
    };
    let (d, end) = s.groups(i + 1, &[7], None)?;
    let r = (weighted(&d, &[2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
    (s.letter(end)? == table[r as usize]).then_some(Match {
        end: end + 1,
        sep: None,
    })
}

/// Korean RRN: YYMMDD, then the digit that gives the century (1, 2, 5, 6:
/// 1900s; 3, 4, 7, 8: 2000s; 9, 0: 1800s), then six more. The birth date must
/// exist. Numbers issued since October 2020 carry a random last digit instead
/// of a check digit, so the usual hyphenated form is flagged on a valid date
/// alone; thirteen bare digits must also pass the old check digit
/// (weights 2..9,2..5; (11 - sum mod 11) mod 10), because a bare run with a
/// date-like start is too common to flag on the date alone.
fn kr_rrn(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[6, 7], &['-'], true)?;
    let century = match d[6] {
        1 | 2 | 5 | 6 => 1900,
        3 | 4 | 7 | 8 => 2000,
        _ => 1800,
    };
    if !valid_date(century + pair(&d, 0), pair(&d, 2), pair(&d, 4)) {
        return None;
    }
    let check = (11 - weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10;
    (m.sep.is_some() || check == u32::from(d[12])).then_some(m)
}

/// Indian Aadhaar: twelve digits, the first 2 to 9, bare or in fours joined
/// by spaces or hyphens; the last digit is a Verhoeff check digit.
fn in_aadhaar(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[4, 4, 4], &[' ', '-'], true)?;
    (d[0] >= 2 && verhoeff_valid(&d)).then_some(m)
}

/// Whether the digits end in a valid Verhoeff check digit (dihedral group D5).
fn verhoeff_valid(digits: &[u8]) -> bool {
    const MUL: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const PERM: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let c = digits.iter().rev().enumerate().fold(0u8, |c, (i, &d)| {
        MUL[usize::from(c)][usize::from(PERM[i % 8][usize::from(d)])]
    });
    c == 0
}

/// Japanese My Number: twelve digits, bare or in fours joined by spaces or
/// hyphens; the last is a check digit over the first eleven (weights
/// 6,5,4,3,2,7,6,5,4,3,2; r = sum mod 11; 0 when r <= 1, else 11 - r).
fn jp_my_number(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[4, 4, 4], &[' ', '-'], true)?;
    let r = weighted(&d[..11], &[6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    (check == u32::from(d[11])).then_some(m)
}

/// Taiwan national ID and new-style resident certificate: a letter, then 1
/// or 2 (national ID) or 8 or 9 (resident certificate since 2021), then eight
/// digits. The letter stands for a two-digit number (A=10 … with I, O, W, X,
/// Y, Z out of order); its digits weigh 1 and 9, the next eight digits 8 to
/// 1, the last 1, and the sum must be a multiple of 10.
fn tw_national_id(s: &Scan, i: usize) -> Option<Match> {
    const CODES: [u32; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    let code = CODES[usize::from(s.letter(i)? - b'A')];
    let (d, end) = s.groups(i + 1, &[9], None)?;
    if !matches!(d[0], 1 | 2 | 8 | 9) {
        return None;
    }
    let sum = code / 10 + code % 10 * 9 + weighted(&d, &[8, 7, 6, 5, 4, 3, 2, 1, 1]);
    sum.is_multiple_of(10).then_some(Match { end, sep: None })
}

/// Hong Kong HKID: one or two letters, six digits, and a check character (0-9
/// or A for ten), which may stand in parentheses: A123456(3) or A1234563.
/// Letters count A=10 … Z=35, a missing first letter 36; weights 9 to 2, and
/// the total with the check character must be a multiple of 11.
fn hk_hkid(s: &Scan, i: usize) -> Option<Match> {
    let value = |l: u8| u32::from(l - b'A') + 10;
    let first = s.letter(i)?;
    let (high, low, digits_at) = match s.letter(i + 1) {
        Some(second) => (value(first), value(second), i + 2),
        None => (36, value(first), i + 1),
    };
    let (d, after) = s.groups(digits_at, &[6], None)?;
    let check_at = |j: usize| match s.at(j)? {
        'A' | 'a' => Some(10),
        c => c.to_digit(10),
    };
    let (check, end) = if s.at(after) == Some('(') {
        let check = check_at(after + 1)?;
        (s.at(after + 2)? == ')').then_some((check, after + 3))?
    } else {
        (check_at(after)?, after + 1)
    };
    let sum = 9 * high + 8 * low + weighted(&d, &[7, 6, 5, 4, 3, 2]) + check;
    sum.is_multiple_of(11).then_some(Match { end, sep: None })
}

/// Malaysian MyKad: YYMMDD-PB-###G, hyphens optional. There is no check
/// digit, so the structure is the check: the birth date must exist (in the
/// 1900s or 2000s) and PB must be an assigned place-of-birth code: 01-16 (the
/// states and federal territories), 21-59 (their later codes), 60-68 (South
/// East Asian countries), 71-72 (born abroad, before 2001), 74-79 (other
/// Asian countries), 82 (state unknown), 83-93 (world regions), 98 (stateless)
/// and 99 (nationality unknown).
fn my_mykad(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[6, 2, 4], &['-'], true)?;
    let place = pair(&d, 6);
    let assigned =
        matches!(place, 1..=16 | 21..=59 | 60..=68 | 71..=72 | 74..=79 | 82..=93 | 98..=99);
    (assigned && valid_date_yy(pair(&d, 0), pair(&d, 2), pair(&d, 4))).then_some(m)
}

/// Indonesian NIK: sixteen digits, no check digit. A province code in use
/// (11-19, 21, 31-36, 51-53, 61-65, 71-76, 81-82, 91-97; 97 is kept as a
/// margin for the Papuan provinces created in 2022), a regency and a district
/// code (neither 00), a birth date DDMMYY in which women's days are 40 higher,
/// and a serial that is not 0000.
fn id_nik(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[16], &[], true)?;
    let province = matches!(pair(&d, 0), 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=97);
    let day = pair(&d, 6);
    let day = if day > 40 { day - 40 } else { day };
    let ok = province
        && pair(&d, 2) != 0
        && pair(&d, 4) != 0
        && valid_date_yy(pair(&d, 10), pair(&d, 8), day)
        && d[12..].iter().any(|&x| x != 0);
    ok.then_some(m)
}

/// Thai citizen ID: thirteen digits, the first 1 to 8, bare or grouped
/// 1-4-5-2-1 with hyphens or spaces; check digit (11 - sum mod 11) mod 10
/// with weights 13 down to 2.
fn th_citizen_id(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[1, 4, 5, 2, 1], &['-', ' '], true)?;
    let sum = weighted(&d[..12], &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    ((1..=8).contains(&d[0]) && (11 - sum % 11) % 10 == u32::from(d[12])).then_some(m)
}

/// Pakistani CNIC: #####-#######-#, the first digit 1 to 7 (the province).
/// It has no check digit, and thirteen bare digits are too ambiguous to flag,
/// so only the hyphenated form counts.
fn pk_cnic(s: &Scan, i: usize) -> Option<Match> {
    let (d, m) = s.number(i, &[5, 7, 1], &['-'], false)?;
    (1..=7).contains(&d[0]).then_some(m)
}

/// Sri Lankan NIC, no check digit used. Old: nine digits then V or X, the
/// third to fifth digits a day of the year (001-366, women 501-866). New:
/// twelve digits, a year 1900-2099, then a day of the year as above.
/// The NIC numbers days as if every year had a 29 February, so 366 is valid
/// in any year.
fn lk_nic(s: &Scan, i: usize) -> Option<Match> {
    let day_ok = |day: u32| (1..=366).contains(&day) || (501..=866).contains(&day);
    let day = |d: &[u8], j: usize| pair(d, j) * 10 + u32::from(d.get(j + 2).copied().unwrap_or(0));
    let (d, end) = s.groups(i, &[9], None)?;
    if matches!(s.letter(end), Some(b'V' | b'X')) {
        return day_ok(day(&d, 2)).then_some(Match {
            end: end + 1,
            sep: None,
        });
    }
    let (d, end) = s.groups(i, &[12], None)?;
    let year = pair(&d, 0) * 100 + pair(&d, 2);
    ((1900..=2099).contains(&year) && day_ok(day(&d, 4))).then_some(Match { end, sep: None })
}

/// Vietnamese CCCD: twelve digits, no check digit. A province code as
/// assigned to the 63 provinces (Circular 07/2016/TT-BCA; the 2025 merger
/// kept a subset of them), a century-and-sex digit, a two-digit birth year
/// and six serial digits. The century digit may be 0-9 (1900s to 2300s); only
/// 0-3 (1900s and 2000s) can belong to anyone alive, so only those count.
fn vn_cccd(s: &Scan, i: usize) -> Option<Match> {
    const PROVINCES: [u8; 63] = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
        37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
        75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
    ];
    let (d, m) = s.number(i, &[12], &[], true)?;
    let province = u32::from(d[0]) * 100 + pair(&d, 1);
    let known = u8::try_from(province).is_ok_and(|p| PROVINCES.contains(&p));
    (known && d[3] <= 3).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::NationalIdKind::*;
    use super::*;

    // Every vector below is fictional: computed with this module's checksum
    // code, cross-checked with a separate implementation and by hand, with
    // serials chosen to look made up (000001, 123456 …).

    /// The kinds of the one finding that covers the whole of `text`.
    fn kinds(text: &str) -> Vec<NationalIdKind> {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!((found[0].start, found[0].end), (0, text.len()), "{text:?}");
        found[0].kinds.clone()
    }

    fn flagged_as(text: &str, kind: NationalIdKind) {
        assert!(
            kinds(text).contains(&kind),
            "{text:?} is not flagged as {kind:?}"
        );
    }

    fn not_flagged(text: &str) {
        assert_eq!(find(text), vec![], "{text:?} was flagged");
    }

    fn not_flagged_as(text: &str, kind: NationalIdKind) {
        let found = find(text);
        assert!(
            found.iter().all(|f| !f.kinds.contains(&kind)),
            "{text:?} was flagged as {kind:?}"
        );
    }

    /// The text of the single finding in `text`, and its kinds.
    fn found_in(text: &str) -> (&str, Vec<NationalIdKind>) {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        (&text[found[0].start..found[0].end], found[0].kinds.clone())
    }

    #[test]
    fn singapore_nric_and_fin_of_every_series_are_found() {
        for id in [
            "S0000001I",
            "T0312345B",
            "F0123456X",
            "G1234567X",
            "M1234567K",
            "S7654321F",
        ] {
            assert_eq!(kinds(id), vec![SgNricFin], "{id}");
        }
        assert_eq!(kinds("s0000001i"), vec![SgNricFin], "lower case");
    }

    #[test]
    fn singapore_numbers_with_the_wrong_check_letter_or_prefix_are_not_flagged() {
        not_flagged("S0000001J");
        not_flagged("M1234567X"); // F/G table letter on an M number
        not_flagged("A0000001I");
        not_flagged("S000001I");
    }

    #[test]
    fn singapore_nric_is_found_inside_a_sentence() {
        let (id, k) = found_in("The caller gave NRIC S0000001I, then hung up.");
        assert_eq!((id, k), ("S0000001I", vec![SgNricFin]));
        let (id, _) = found_in("신고자 번호:T0312345B입니다");
        assert_eq!(id, "T0312345B");
    }

    #[test]
    fn korean_rrn_with_a_valid_date_and_check_digit_is_found_with_or_without_hyphen() {
        flagged_as("900101-1000006", KrRrn);
        flagged_as("9001011000006", KrRrn);
        flagged_as("050505-3000001", KrRrn);
        flagged_as("851231-2000002", KrRrn);
    }

    #[test]
    fn korean_rrn_issued_after_2020_without_check_digit_is_found_when_hyphenated() {
        // The check digit would be 4; numbers issued since October 2020 have none.
        flagged_as("211015-3123450", KrRrn);
        not_flagged("2110153123450");
    }

    #[test]
    fn korean_rrn_with_an_impossible_date_or_wrong_check_digit_is_not_flagged() {
        not_flagged("901301-1000006"); // month 13
        not_flagged("020229-4000009"); // 29 February 2002
        not_flagged("9001011000007"); // bare, wrong check digit
    }

    #[test]
    fn korean_rrn_is_found_inside_korean_text_with_exact_byte_offsets() {
        let text = "피의자의 주민등록번호는 900101-1000006입니다.";
        let f = first(text).expect("found");
        assert_eq!(&text[f.start..f.end], "900101-1000006");
        assert_eq!(f.kinds, vec![KrRrn]);
    }

    #[test]
    fn aadhaar_is_found_bare_and_grouped_by_spaces_or_hyphens() {
        flagged_as("234567890124", InAadhaar);
        flagged_as("2345 6789 0124", InAadhaar);
        flagged_as("9876-5432-1012", InAadhaar);
        flagged_as("555500001112", InAadhaar);
    }

    #[test]
    fn aadhaar_failing_verhoeff_or_starting_with_0_or_1_is_not_flagged() {
        not_flagged("2345 6789 0125");
        not_flagged_as("123456789010", InAadhaar); // Verhoeff-valid, starts with 1
        not_flagged("2345 6789-0124"); // mixed separators
    }

    #[test]
    fn aadhaar_is_found_inside_a_sentence() {
        let (id, k) = found_in("Caller's Aadhaar (2345 6789 0124) was in the chat log.");
        assert_eq!(id, "2345 6789 0124");
        assert!(k.contains(&InAadhaar));
        // Written in Devanagari digits.
        let (id, k) = found_in("आधार संख्या २३४५ ६७८९ ०१२४ है");
        assert_eq!(id, "२३४५ ६७८९ ०१२४");
        assert!(k.contains(&InAadhaar));
    }

    #[test]
    fn my_number_is_found_bare_and_grouped() {
        flagged_as("123456789018", JpMyNumber);
        flagged_as("1234-5678-9018", JpMyNumber);
        flagged_as("000000000108", JpMyNumber);
        flagged_as("2345 6789 0121", JpMyNumber);
    }

    #[test]
    fn my_number_with_the_wrong_check_digit_is_not_flagged() {
        not_flagged("123456789019");
        not_flagged("0000 0000 0109");
    }

    #[test]
    fn my_number_typed_with_a_japanese_input_method_is_found_in_a_sentence() {
        // Full-width digits and an ideographic space, as a Japanese IME types them.
        let (id, k) = found_in("マイナンバーは１２３４　５６７８　９０１８です。");
        assert_eq!(id, "１２３４　５６７８　９０１８");
        assert!(k.contains(&JpMyNumber));
        let (id, _) = found_in("番号：1234ー5678ー9018");
        assert_eq!(id, "1234ー5678ー9018");
    }

    #[test]
    fn taiwan_ids_and_new_resident_certificates_are_found() {
        for id in [
            "A123456789",
            "Z200000013",
            "I100000021",
            "A800000014",
            "W912345673",
        ] {
            assert_eq!(kinds(id), vec![TwNationalId], "{id}");
        }
    }

    #[test]
    fn taiwan_ids_with_a_wrong_check_digit_or_second_digit_are_not_flagged() {
        not_flagged("A123456788");
        not_flagged("A323456789");
    }

    #[test]
    fn taiwan_id_is_found_inside_chinese_text() {
        let (id, k) = found_in("嫌疑人身分證字號A123456789，請查核。");
        assert_eq!((id, k), ("A123456789", vec![TwNationalId]));
    }

    #[test]
    fn hkid_is_found_with_or_without_parentheses_and_with_two_letters() {
        for id in [
            "A123456(3)",
            "Z000001(A)",
            "XY000123(9)",
            "K0000108",
            "z000001(a)",
        ] {
            assert_eq!(kinds(id), vec![HkHkid], "{id}");
        }
        assert_eq!(
            kinds("A123456（3）"),
            vec![HkHkid],
            "full-width parentheses"
        );
    }

    #[test]
    fn hkid_with_the_wrong_check_character_is_not_flagged() {
        not_flagged("A123456(4)");
        not_flagged("Z000001(0)");
        not_flagged("A123456(3");
    }

    #[test]
    fn hkid_is_found_inside_a_sentence() {
        let (id, _) = found_in("香港身份證號碼 Z000001(A) 已由受害人提供。");
        assert_eq!(id, "Z000001(A)");
    }

    #[test]
    fn mykad_with_a_valid_date_and_place_of_birth_is_found() {
        flagged_as("850615-14-0001", MyMykad);
        flagged_as("000229-08-0002", MyMykad); // 29 February 2000, Perak
        flagged_as("850615140001", MyMykad);
        flagged_as("991231-99-1234", MyMykad);
    }

    #[test]
    fn mykad_with_an_impossible_date_or_unassigned_place_is_not_flagged() {
        not_flagged("851315-14-0001"); // month 13
        not_flagged("850615-00-0001");
        not_flagged("850615-20-0001");
        not_flagged("850615-14-00012");
    }

    #[test]
    fn mykad_is_found_inside_a_malay_sentence() {
        let (id, k) = found_in("No. KP pelapor: 850615-14-0001.");
        assert_eq!((id, k), ("850615-14-0001", vec![MyMykad]));
    }

    #[test]
    fn nik_with_a_province_birth_date_and_serial_is_found() {
        assert_eq!(kinds("3171014506900001"), vec![IdNik]); // a woman: day 45 = 5
        assert_eq!(kinds("1101010101000001"), vec![IdNik]);
        assert_eq!(kinds("9401012902000123"), vec![IdNik]); // 29 February 2000
    }

    #[test]
    fn nik_with_a_bad_province_date_or_serial_is_not_flagged() {
        not_flagged("9971014506900001"); // no province 99
        not_flagged("3171013206900001"); // day 32
        not_flagged("3171014506900000"); // serial 0000
        not_flagged("3100014506900001"); // regency 00
    }

    #[test]
    fn nik_is_found_inside_an_indonesian_sentence() {
        let (id, _) = found_in("NIK 3171014506900001 tercatat di laporan.");
        assert_eq!(id, "3171014506900001");
    }

    #[test]
    fn thai_citizen_id_is_found_bare_hyphenated_and_spaced() {
        flagged_as("1100000000016", ThCitizenId);
        flagged_as("1-1000-00000-01-6", ThCitizenId);
        flagged_as("3 1000 00000 02 1", ThCitizenId);
        flagged_as("8123456789011", ThCitizenId);
    }

    #[test]
    fn thai_id_with_a_wrong_check_digit_or_first_digit_is_not_flagged() {
        not_flagged("1-1000-00000-01-7");
        not_flagged("9100000000003"); // check digit right, but no Thai ID starts with 9
    }

    #[test]
    fn thai_id_is_found_inside_thai_text_with_or_without_spaces() {
        let (id, k) = found_in("เลขประจำตัวประชาชน 1-1000-00000-01-6 ของผู้ต้องสงสัย");
        assert_eq!((id, k), ("1-1000-00000-01-6", vec![ThCitizenId]));
        let (id, _) = found_in("เลขบัตร1100000000016ครับ");
        assert_eq!(id, "1100000000016");
        // Written in Thai digits.
        let (id, k) = found_in("เลขบัตร ๑-๑๐๐๐-๐๐๐๐๐-๐๑-๖ ครับ");
        assert_eq!((id, k), ("๑-๑๐๐๐-๐๐๐๐๐-๐๑-๖", vec![ThCitizenId]));
    }

    #[test]
    fn cnic_is_found_in_its_hyphenated_form() {
        assert_eq!(kinds("35202-1234567-1"), vec![PkCnic]);
        assert_eq!(kinds("61101-0000001-2"), vec![PkCnic]);
    }

    #[test]
    fn cnic_bare_or_with_a_bad_province_digit_is_not_flagged() {
        not_flagged("3520212345671");
        not_flagged("85202-1234567-1");
        not_flagged("35202-123456-1");
    }

    #[test]
    fn cnic_is_found_inside_a_sentence() {
        let (id, _) = found_in("CNIC No. 35202-1234567-1 was shared in the chat.");
        assert_eq!(id, "35202-1234567-1");
    }

    #[test]
    fn sri_lankan_nic_old_and_new_forms_are_found() {
        assert_eq!(kinds("901230001V"), vec![LkNic]);
        assert_eq!(kinds("855550001x"), vec![LkNic]); // a woman: day 555
        flagged_as("199012300017", LkNic);
        flagged_as("200055500012", LkNic);
    }

    #[test]
    fn sri_lankan_nic_with_an_impossible_day_or_year_is_not_flagged() {
        not_flagged("903700001V"); // day 370
        not_flagged("900000001V"); // day 000
        not_flagged_as("199040000017", LkNic); // day 400
        not_flagged_as("180012300017", LkNic); // year 1800
    }

    #[test]
    fn sri_lankan_nic_is_found_inside_a_sentence() {
        let text = "NIC 901230001V / 199012300017 (both given).";
        let found: Vec<_> = find(text).iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(found, ["901230001V", "199012300017"]);
    }

    #[test]
    fn cccd_with_an_assigned_province_and_century_is_found() {
        flagged_as("001090000001", VnCccd); // Hà Nội, man born 1990
        flagged_as("079203000002", VnCccd); // Hồ Chí Minh City, man born 2003
        flagged_as("096301123456", VnCccd); // Cà Mau, woman born 2001
    }

    #[test]
    fn cccd_with_an_unassigned_province_or_future_century_is_not_flagged() {
        not_flagged("003090000001"); // no province 003
        not_flagged("097090000001"); // no province 097
        not_flagged("001590000001"); // born in the 2100s
    }

    #[test]
    fn cccd_is_found_inside_a_vietnamese_sentence() {
        let (id, k) = found_in("Số CCCD: 001090000001, cấp tại Hà Nội.");
        assert_eq!(id, "001090000001");
        assert!(k.contains(&VnCccd));
    }

    #[test]
    fn a_span_valid_for_several_schemes_reports_each() {
        // My Number check digit right, and a MyKad date (15 June 1985) and place (14).
        let k = kinds("850615140000");
        assert!(k.contains(&JpMyNumber) && k.contains(&MyMykad), "{k:?}");
    }

    #[test]
    fn several_numbers_are_reported_in_order_of_position() {
        let text = "S0000001I, 900101-1000006 and A123456(3)";
        let found: Vec<_> = find(text).iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(found, ["S0000001I", "900101-1000006", "A123456(3)"]);
        assert_eq!(first(text).map(|f| f.kinds), Some(vec![SgNricFin]));
    }

    #[test]
    fn digit_runs_inside_hashes_and_longer_numbers_are_not_flagged() {
        not_flagged("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        not_flagged("d41d8cd98f00b204e9800998ecf8427e");
        // A valid Aadhaar and NRIC buried in hex and in a longer number.
        not_flagged("ab234567890124cdef0123456789abcdef0123456789abcdef0123456789abcd");
        not_flagged("0fS0000001I9");
        not_flagged("12345678901234567890");
        not_flagged("9234567890124");
    }

    #[test]
    fn ip_addresses_ports_dates_and_times_are_not_flagged() {
        not_flagged("203.0.113.45");
        not_flagged("203.0.113.45:65535");
        not_flagged("65535");
        not_flagged("2026-02-03 14:30");
        not_flagged("2026-02-03T14:30:00+09:00");
        not_flagged("03/02/2026 14:30:59");
    }

    #[test]
    fn phone_numbers_are_not_flagged() {
        not_flagged("+639171234567");
        not_flagged("+82 10-1234-5678");
        not_flagged("010-1234-5678");
        not_flagged("+91 98765 43210");
        not_flagged("(02) 8123 4567");
        not_flagged("+81 90-1234-5678");
        // A '+' marks the digits as a phone number even when they would
        // otherwise pass a check.
        not_flagged("+234567890124");
    }

    #[test]
    fn amounts_and_card_like_groups_are_not_flagged() {
        not_flagged("USD 1,250,000.00");
        not_flagged("Rp 150.000.000");
        not_flagged("₹12,00,000");
        not_flagged("234567890124.50"); // the integer part alone would be an Aadhaar
        not_flagged("2345 6789 0124 5678"); // grouped like a card, not an Aadhaar
    }

    #[test]
    fn numbers_inside_urls_emails_and_handles_are_not_flagged() {
        not_flagged("https://social.example/u/234567890124");
        not_flagged("https://social.example/profile?id=234567890124&tab=posts");
        not_flagged("234567890124@example.com");
        not_flagged("user_S0000001I");
    }

    #[test]
    fn empty_and_plain_text_have_no_findings() {
        not_flagged("");
        not_flagged("The account posted 3 files between 14:30 and 15:10 KST.");
        assert_eq!(first("nothing here"), None);
    }

    #[test]
    fn every_kind_has_a_country_and_a_name_in_english_and_korean() {
        let en = include_str!("../../locales/en/national_id.ftl");
        let ko = include_str!("../../locales/ko/national_id.ftl");
        let mut keys = std::collections::HashSet::new();
        for kind in NationalIdKind::ALL {
            assert_eq!(kind.country_code().len(), 2);
            assert!(keys.insert(kind.name_key()), "{kind:?} shares its key");
            let line = format!("\n{} = ", kind.name_key());
            assert!(
                en.contains(&line) && ko.contains(&line),
                "{kind:?} has no name"
            );
        }
        let codes: Vec<_> = NationalIdKind::ALL
            .iter()
            .map(|k| k.country_code())
            .collect();
        assert_eq!(
            codes,
            [
                "SG", "KR", "IN", "JP", "TW", "HK", "MY", "ID", "TH", "PK", "LK", "VN"
            ]
        );
    }

    #[test]
    fn never_panics_on_arbitrary_input() {
        // Whatever a request sends reaches this scanner: mixed scripts,
        // separators and digits in every order must be safe.
        let alphabet: Vec<char> = "0123456789-  ()/.:+VXAGMSTFZ한ก९٣０ー\u{200d}"
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let len = (state % 40) as usize;
            let text: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            for f in find(&text) {
                assert!(f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            }
        }
    }
}
