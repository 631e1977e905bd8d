//! Valid identity numbers of every kind, generated from the published
//! algorithms (check digits computed here, apart from the detector's code),
//! each written in the forms people use. All are made up: random digits
//! that pass the checks.

use casebridge::domain::national_id::NationalIdKind::{self, *};

use super::rng::{Rng, date, text};

/// What the guard needs to stop a number written in a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Needs {
    /// Stopped with no context: letters, or a grouping only IDs have.
    Nothing,
    /// A bare run: stopped when the kind's country is in play.
    Country,
    /// Any run of that length: stopped only when a label names it.
    Label,
}

/// One number written one way.
pub struct Written {
    pub form: &'static str,
    pub needs: Needs,
    pub text: String,
}

fn w(form: &'static str, needs: Needs, text: String) -> Written {
    Written { form, needs, text }
}

pub struct Kind {
    pub kind: NationalIdKind,
    /// Labels people put before the number, in the languages concerned.
    pub labels: &'static [&'static str],
    pub generate: fn(&mut Rng) -> Vec<Written>,
}

pub const KINDS: [Kind; 12] = [
    Kind {
        kind: SgNricFin,
        labels: &["NRIC", "FIN"],
        generate: sg,
    },
    Kind {
        kind: KrRrn,
        labels: &["주민등록번호", "RRN", "주민번호:"],
        generate: kr,
    },
    Kind {
        kind: InAadhaar,
        labels: &["Aadhaar", "आधार संख्या", "Aadhaar no."],
        generate: india,
    },
    Kind {
        kind: JpMyNumber,
        labels: &["マイナンバー", "My Number:", "個人番号"],
        generate: jp,
    },
    Kind {
        kind: TwNationalId,
        labels: &["身分證字號"],
        generate: tw,
    },
    Kind {
        kind: HkHkid,
        labels: &["HKID"],
        generate: hk,
    },
    Kind {
        kind: MyMykad,
        labels: &["MyKad", "No. KP", "IC"],
        generate: my,
    },
    Kind {
        kind: IdNik,
        labels: &["NIK", "No. KTP", "NIK:"],
        generate: nik,
    },
    Kind {
        kind: ThCitizenId,
        labels: &["เลขบัตรประชาชน", "Thai ID", "บัตรประชาชน"],
        generate: th,
    },
    Kind {
        kind: PkCnic,
        labels: &["CNIC", "CNIC No.", "NADRA"],
        generate: pk,
    },
    Kind {
        kind: LkNic,
        labels: &["NIC", "NIC No:", "ජාතික හැඳුනුම්පත"],
        generate: lk,
    },
    Kind {
        kind: VnCccd,
        labels: &["CCCD", "Số căn cước", "CMND"],
        generate: vn,
    },
];

/// ASCII as a Japanese, Chinese or Korean input method types it.
pub fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => '\u{3000}',
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// ASCII digits in another script whose zero is `zero`.
fn script_digits(s: &str, zero: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// `digits` cut into groups of `sizes` joined by `sep`.
fn grouped(digits: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut at = 0;
    for &n in sizes {
        out.push(&digits[at..at + n]);
        at += n;
    }
    out.join(sep)
}

fn letter(rng: &mut Rng, from: &[u8]) -> char {
    char::from(*rng.pick(from))
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";

fn sg(rng: &mut Rng) -> Vec<Written> {
    let prefix = letter(rng, b"STFGM");
    let d = rng.digits(7);
    let check = sg_check(prefix, &d);
    let digits = text(&d);
    let id = format!("{prefix}{digits}{check}");
    vec![
        w("S1234567D", Needs::Nothing, id.clone()),
        w("lower case", Needs::Nothing, id.to_lowercase()),
        w(
            "S 1234567 D",
            Needs::Nothing,
            format!("{prefix} {digits} {check}"),
        ),
        w(
            "S-1234567-D",
            Needs::Nothing,
            format!("{prefix}-{digits}-{check}"),
        ),
        w("full-width", Needs::Nothing, full_width(&id)),
    ]
}

/// The check letter of an NRIC or FIN (ICA's published weights and tables).
pub fn sg_check(prefix: char, d: &[u8]) -> char {
    let weights = [2, 7, 6, 5, 4, 3, 2];
    let mut sum: u32 = d.iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum();
    sum += match prefix {
        'T' | 'G' => 4,
        'M' => 3,
        _ => 0,
    };
    let table: &[u8] = match prefix {
        'S' | 'T' => b"JZIHGFEDCBA",
        'M' => b"XWUTRQPNJLK",
        _ => b"XWUTRQPNMLK",
    };
    char::from(table[(sum % 11) as usize])
}

fn hk(rng: &mut Rng) -> Vec<Written> {
    let letters: String = if rng.chance(15) {
        [letter(rng, ALPHABET), letter(rng, ALPHABET)]
            .iter()
            .collect()
    } else {
        letter(rng, ALPHABET).to_string()
    };
    let d = text(&rng.digits(6));
    let check = hk_check(&letters, &d);
    vec![
        w(
            "A123456(3)",
            Needs::Nothing,
            format!("{letters}{d}({check})"),
        ),
        w(
            "A123456 (3)",
            Needs::Nothing,
            format!("{letters}{d} ({check})"),
        ),
        w("A123456-3", Needs::Nothing, format!("{letters}{d}-{check}")),
        w("A1234563", Needs::Nothing, format!("{letters}{d}{check}")),
        w(
            "A 123456(3)",
            Needs::Nothing,
            format!("{letters} {d}({check})"),
        ),
        w(
            "full-width",
            Needs::Nothing,
            full_width(&format!("{letters}{d}({check})")),
        ),
    ]
}

/// The HKID check character: weights 9..2 over the letters (a missing
/// first letter counts 36) and digits; 11 minus the remainder, A for 10.
pub fn hk_check(letters: &str, digits: &str) -> char {
    let value = |c: char| c as u32 - 'A' as u32 + 10;
    let l: Vec<char> = letters.chars().collect();
    let (high, low) = match l[..] {
        [a, b] => (value(a), value(b)),
        [a] => (36, value(a)),
        _ => (36, 36),
    };
    let mut sum = 9 * high + 8 * low;
    for (i, c) in digits.chars().enumerate() {
        sum += (7 - i as u32) * c.to_digit(10).unwrap_or(0);
    }
    match (11 - sum % 11) % 11 {
        10 => 'A',
        n => char::from_digit(n, 10).unwrap_or('0'),
    }
}

fn tw(rng: &mut Rng) -> Vec<Written> {
    let l = letter(rng, ALPHABET);
    let mut d = vec![*rng.pick(&[1u8, 2, 8, 9])];
    d.extend(rng.digits(7));
    d.push(tw_check(l, &d));
    let id = format!("{l}{}", text(&d));
    vec![
        w("A123456789", Needs::Nothing, id.clone()),
        w("A 123456789", Needs::Nothing, format!("{l} {}", text(&d))),
        w("A-123456789", Needs::Nothing, format!("{l}-{}", text(&d))),
        w("lower case", Needs::Nothing, id.to_lowercase()),
        w("full-width", Needs::Nothing, full_width(&id)),
    ]
}

/// The Taiwanese check digit over the letter's two-digit code and the first
/// eight digits.
pub fn tw_check(l: char, d: &[u8]) -> u8 {
    // A..Z in the order the Ministry of the Interior assigns codes 10..35.
    const ORDER: &str = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    let code = ORDER.find(l).unwrap_or(0) as u32 + 10;
    let mut sum = code / 10 + (code % 10) * 9;
    for (i, &x) in d[..8].iter().enumerate() {
        sum += u32::from(x) * (8 - i as u32);
    }
    ((10 - sum % 10) % 10) as u8
}

fn kr(rng: &mut Rng) -> Vec<Written> {
    let (y, m, day) = date(rng, (1940, 2019));
    let sex = rng.range(0, 1) as u8;
    let foreign = rng.chance(5);
    let gender = match (y >= 2000, foreign) {
        (false, false) => 1 + sex,
        (true, false) => 3 + sex,
        (false, true) => 5 + sex,
        (true, true) => 7 + sex,
    };
    let mut d: Vec<u8> = format!("{:02}{m:02}{day:02}", y % 100)
        .bytes()
        .map(|b| b - b'0')
        .collect();
    d.push(gender);
    d.extend(rng.digits(5));
    let weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum: u32 = d.iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum();
    d.push(((11 - sum % 11) % 10) as u8);
    let t = text(&d);
    let (front, back) = t.split_at(6);
    vec![
        w("9001011000006", Needs::Country, t.clone()),
        w("900101-1000006", Needs::Nothing, format!("{front}-{back}")),
        w("900101 1000006", Needs::Nothing, format!("{front} {back}")),
        w("900101.1000006", Needs::Nothing, format!("{front}.{back}")),
        w(
            "900101 - 1000006",
            Needs::Nothing,
            format!("{front} - {back}"),
        ),
        w(
            "full-width",
            Needs::Nothing,
            full_width(&format!("{front}-{back}")),
        ),
    ]
}

fn india(rng: &mut Rng) -> Vec<Written> {
    let mut d = vec![rng.range(2, 9) as u8];
    d.extend(rng.digits(10));
    d.push(verhoeff_check(&d));
    let t = text(&d);
    let spaced = grouped(&t, &[4, 4, 4], " ");
    vec![
        w("234567890124", Needs::Country, t.clone()),
        w("2345 6789 0124", Needs::Nothing, spaced.clone()),
        w(
            "2345-6789-0124",
            Needs::Nothing,
            grouped(&t, &[4, 4, 4], "-"),
        ),
        w(
            "2345.6789.0124",
            Needs::Nothing,
            grouped(&t, &[4, 4, 4], "."),
        ),
        w(
            "Devanagari digits",
            Needs::Nothing,
            script_digits(&spaced, 0x0966),
        ),
        w("full-width", Needs::Nothing, full_width(&spaced)),
    ]
}

/// The Verhoeff check digit that completes `d` (UIDAI's scheme): the
/// product of the permuted digits, inverted in the dihedral group D5.
pub fn verhoeff_check(d: &[u8]) -> u8 {
    const D: [[u8; 10]; 10] = [
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
    // The permutation of position 1; position k applies it k times.
    const P1: [u8; 10] = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
    const INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
    let permute = |times: usize, x: u8| (0..times % 8).fold(x, |x, _| P1[usize::from(x)]);
    let c = d.iter().rev().enumerate().fold(0u8, |c, (i, &x)| {
        D[usize::from(c)][usize::from(permute(i + 1, x))]
    });
    INV[usize::from(c)]
}

fn jp(rng: &mut Rng) -> Vec<Written> {
    let mut d = rng.digits(11);
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(n, &x)| u32::from(x) * if n < 6 { n as u32 + 2 } else { n as u32 - 4 })
        .sum();
    let r = sum % 11;
    d.push(if r <= 1 { 0 } else { (11 - r) as u8 });
    let t = text(&d);
    vec![
        w("123456789018", Needs::Country, t.clone()),
        w(
            "1234 5678 9018",
            Needs::Nothing,
            grouped(&t, &[4, 4, 4], " "),
        ),
        w(
            "1234-5678-9018",
            Needs::Nothing,
            grouped(&t, &[4, 4, 4], "-"),
        ),
        w(
            "full-width, ideographic spaces",
            Needs::Nothing,
            full_width(&grouped(&t, &[4, 4, 4], " ")),
        ),
        w(
            "kana long-vowel marks",
            Needs::Nothing,
            grouped(&t, &[4, 4, 4], "ー"),
        ),
    ]
}

fn my(rng: &mut Rng) -> Vec<Written> {
    const PLACES: [u32; 81] = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
        53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 74, 75, 76, 77, 78,
        79, 82, 83, 84, 85, 86, 87, 88, 98, 99,
    ];
    let (y, m, day) = date(rng, (1940, 2020));
    let place = *rng.pick(&PLACES);
    let t = format!(
        "{:02}{m:02}{day:02}{place:02}{}",
        y % 100,
        text(&rng.digits(4))
    );
    vec![
        w("850615140001", Needs::Country, t.clone()),
        w(
            "850615-14-0001",
            Needs::Nothing,
            grouped(&t, &[6, 2, 4], "-"),
        ),
        w(
            "850615 14 0001",
            Needs::Nothing,
            grouped(&t, &[6, 2, 4], " "),
        ),
    ]
}

fn nik(rng: &mut Rng) -> Vec<Written> {
    const PROVINCES: [u32; 38] = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64,
        65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
    ];
    let (y, m, day) = date(rng, (1940, 2015));
    let day = if rng.chance(50) { day + 40 } else { day };
    let t = format!(
        "{:02}{:02}{:02}{day:02}{m:02}{:02}{:04}",
        rng.pick(&PROVINCES),
        rng.range(1, 79),
        rng.range(1, 50),
        y % 100,
        rng.range(1, 9999)
    );
    vec![
        w("3171014506900001", Needs::Country, t.clone()),
        w(
            "3171 0145 0690 0001",
            Needs::Country,
            grouped(&t, &[4, 4, 4, 4], " "),
        ),
        w(
            "317101 450690 0001",
            Needs::Country,
            grouped(&t, &[6, 6, 4], " "),
        ),
        w(
            "31.71.01.450690.0001",
            Needs::Country,
            grouped(&t, &[2, 2, 2, 6, 4], "."),
        ),
    ]
}

fn th(rng: &mut Rng) -> Vec<Written> {
    let mut d = vec![rng.range(1, 8) as u8];
    d.extend(rng.digits(11));
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (13 - i as u32))
        .sum();
    d.push(((11 - sum % 11) % 10) as u8);
    let t = text(&d);
    let hyphens = grouped(&t, &[1, 4, 5, 2, 1], "-");
    vec![
        w("1100000000016", Needs::Country, t.clone()),
        w("1-1000-00000-01-6", Needs::Nothing, hyphens.clone()),
        w(
            "1 1000 00000 01 6",
            Needs::Nothing,
            grouped(&t, &[1, 4, 5, 2, 1], " "),
        ),
        w(
            "Thai digits",
            Needs::Nothing,
            script_digits(&hyphens, 0x0E50),
        ),
    ]
}

fn pk(rng: &mut Rng) -> Vec<Written> {
    let mut d = vec![rng.range(1, 7) as u8];
    d.extend(rng.digits(12));
    let t = text(&d);
    vec![
        w(
            "35202-1234567-1",
            Needs::Nothing,
            grouped(&t, &[5, 7, 1], "-"),
        ),
        w(
            "35202 1234567 1",
            Needs::Nothing,
            grouped(&t, &[5, 7, 1], " "),
        ),
        w("3520212345671", Needs::Label, t),
    ]
}

fn lk(rng: &mut Rng) -> Vec<Written> {
    let day = |rng: &mut Rng| {
        let d = rng.range(1, 366);
        if rng.chance(50) { d + 500 } else { d }
    };
    let old = format!(
        "{:02}{:03}{}",
        rng.range(30, 99),
        day(rng),
        text(&rng.digits(4))
    );
    let letter = if rng.chance(80) { 'V' } else { 'X' };
    let new = format!(
        "{}{:03}{}",
        rng.range(1930, 2010),
        day(rng),
        text(&rng.digits(5))
    );
    vec![
        w("901230001V", Needs::Nothing, format!("{old}{letter}")),
        w("901230001 V", Needs::Nothing, format!("{old} {letter}")),
        w(
            "901230001v",
            Needs::Nothing,
            format!("{old}{}", letter.to_ascii_lowercase()),
        ),
        w("199012300017", Needs::Country, new),
    ]
}

fn vn(rng: &mut Rng) -> Vec<Written> {
    const PROVINCES: [u32; 63] = [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
        37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
        75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
    ];
    let t = format!(
        "{:03}{}{}",
        rng.pick(&PROVINCES),
        rng.range(0, 3),
        text(&rng.digits(8))
    );
    vec![
        w("001090000001", Needs::Country, t.clone()),
        w(
            "001 090 000 001",
            Needs::Nothing,
            grouped(&t, &[3, 3, 3, 3], " "),
        ),
        w(
            "001.090.000.001",
            Needs::Nothing,
            grouped(&t, &[3, 3, 3, 3], "."),
        ),
    ]
}
