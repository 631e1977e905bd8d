//! Words near a number that say it is an identity number: "NIC 901230001V",
//! "주민등록번호 900101-1000006", "2345 6789 0124 (Aadhaar)". A label turns
//! a possible number into a certain one.

use std::sync::LazyLock;

use super::NationalIdKind::{self, *};
use super::Span;
use super::scan::{Scan, normalise};

/// A label, lower-case, and the kinds it names; none means every kind.
struct Label(&'static str, &'static [NationalIdKind]);

/// Names in the product's languages and those of the issuing countries.
/// Latin-script labels must stand as words; "ID" and "UID" alone are not
/// here, because "user ID" introduces platform ids.
const LABELS: &[Label] = &[
    // Any kind.
    Label("national id", &[]),
    Label("national identity", &[]),
    Label("national identification", &[]),
    Label("national registration", &[]),
    Label("identity card", &[]),
    Label("identity number", &[]),
    Label("identity no", &[]),
    Label("identification number", &[]),
    Label("id card", &[]),
    Label("citizen id", &[]),
    Label("nid", &[]),
    Label("身分證", &[]),
    Label("身份證", &[]),
    Label("身份证", &[]),
    Label("身分证", &[]),
    Label("身分証", &[]),
    Label("신분증", &[]),
    Label("জাতীয় পরিচয়পত্র", &[]),
    Label("पहचान पत्र", &[]),
    Label("pambansang id", &[]),
    // Korea.
    Label("주민등록", &[KrRrn]),
    Label("주민번호", &[KrRrn]),
    Label("rrn", &[KrRrn]),
    Label("resident registration", &[KrRrn]),
    Label("住民登録番号", &[KrRrn]),
    // India.
    Label("aadhaar", &[InAadhaar]),
    Label("aadhar", &[InAadhaar]),
    Label("adhaar", &[InAadhaar]),
    Label("uidai", &[InAadhaar]),
    Label("आधार", &[InAadhaar]),
    Label("ஆதார்", &[InAadhaar]),
    Label("আধার", &[InAadhaar]),
    Label("ആധാർ", &[InAadhaar]),
    Label("ఆధార్", &[InAadhaar]),
    Label("ಆಧಾರ್", &[InAadhaar]),
    // Japan.
    Label("my number", &[JpMyNumber]),
    Label("mynumber", &[JpMyNumber]),
    Label("individual number", &[JpMyNumber]),
    Label("マイナンバー", &[JpMyNumber]),
    Label("個人番号", &[JpMyNumber]),
    Label("마이넘버", &[JpMyNumber]),
    // Malaysia.
    Label("mykad", &[MyMykad]),
    Label("mykid", &[MyMykad]),
    Label("nric", &[MyMykad]),
    Label("kad pengenalan", &[MyMykad]),
    Label("no. kp", &[MyMykad]),
    Label("no kp", &[MyMykad]),
    Label("k/p", &[MyMykad]),
    Label("ic", &[MyMykad]),
    Label("i/c", &[MyMykad]),
    // Indonesia.
    Label("nik", &[IdNik]),
    Label("ktp", &[IdNik]),
    Label("kartu tanda penduduk", &[IdNik]),
    Label("nomor induk kependudukan", &[IdNik]),
    // Thailand.
    Label("บัตรประชาชน", &[ThCitizenId]),
    Label("บัตรประจำตัวประชาชน", &[ThCitizenId]),
    Label("เลขประจำตัว", &[ThCitizenId]),
    Label("thai id", &[ThCitizenId]),
    Label("citizen identification", &[ThCitizenId]),
    // Pakistan.
    Label("cnic", &[PkCnic]),
    Label("nicop", &[PkCnic]),
    Label("nadra", &[PkCnic]),
    Label("b-form", &[PkCnic]),
    Label("شناختی", &[PkCnic]),
    // Sri Lanka (and Pakistan's older NIC).
    Label("nic", &[LkNic, PkCnic]),
    Label("හැඳුනුම්පත", &[LkNic]),
    Label("அடையாள அட்டை", &[LkNic]),
    // Vietnam.
    Label("cccd", &[VnCccd]),
    Label("căn cước", &[VnCccd]),
    Label("can cuoc", &[VnCccd]),
    Label("cmnd", &[VnCccd]),
    Label("cmt", &[VnCccd]),
    Label("chứng minh nhân dân", &[VnCccd]),
    Label("chung minh nhan dan", &[VnCccd]),
    Label("định danh", &[VnCccd]),
    Label("dinh danh", &[VnCccd]),
];

/// How far before a number a label may stand, in characters, not counting
/// other identity numbers listed with it.
const BEFORE: usize = 32;
/// Characters that may stand between a number and a label after it.
const AFTER_GAP: [char; 8] = [' ', '(', '[', ':', ',', '-', '/', '、'];
/// Sentence ends: a label does not reach across them.
const STOPS: [char; 7] = ['。', '!', '?', ';', '；', '！', '？'];

/// The kinds a label names for one number.
#[derive(Debug, Default, Clone)]
pub(super) struct Named {
    every: bool,
    kinds: Vec<NationalIdKind>,
}

impl Named {
    pub fn names(&self, kind: NationalIdKind) -> bool {
        self.every || self.kinds.contains(&kind)
    }

    fn add(&mut self, label: &Label) {
        if label.1.is_empty() {
            self.every = true;
        }
        self.kinds.extend_from_slice(label.1);
    }
}

/// The labels as the scan reads them: "マイナンバー" ends in a long-vowel
/// mark that the scan reads as a hyphen.
static SCANNED: LazyLock<Vec<(Vec<char>, &'static Label)>> = LazyLock::new(|| {
    LABELS
        .iter()
        .map(|l| (l.0.chars().map(normalise).collect(), l))
        .collect()
});

/// For every span, what the labels around it name.
pub(super) fn around(s: &Scan, spans: &[Span]) -> Vec<Named> {
    let lower: Vec<char> = s
        .chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let mut in_span = vec![false; lower.len()];
    for sp in spans {
        in_span[sp.start..sp.end].iter_mut().for_each(|m| *m = true);
    }
    let text = Text {
        lower: &lower,
        in_span: &in_span,
    };
    spans
        .iter()
        .map(|sp| {
            let mut named = Named::default();
            let window = text.before(sp.start);
            for (chars, label) in SCANNED.iter() {
                if text.occurs_in(&window, chars) || text.follows(sp.end, chars) {
                    named.add(label);
                }
            }
            named
        })
        .collect()
}

struct Text<'a> {
    lower: &'a [char],
    in_span: &'a [bool],
}

impl Text<'_> {
    /// The characters before `start` that a label may stand in: back to a
    /// digit, a sentence end or `BEFORE` characters, passing over other
    /// identity numbers listed closely ("NIC 901230001V / 199012300017").
    fn before(&self, start: usize) -> Vec<char> {
        let mut window = Vec::new();
        let mut gap = 0;
        let mut i = start;
        while i > 0 && window.len() < BEFORE {
            i -= 1;
            if self.in_span[i] {
                if gap > 5 {
                    break;
                }
                while i > 0 && self.in_span[i - 1] {
                    i -= 1;
                }
                gap = 0;
                continue;
            }
            let c = self.lower[i];
            if c.is_ascii_digit() || STOPS.contains(&c) {
                break;
            }
            window.push(c);
            gap += usize::from(c != ' ');
        }
        // A window cut inside a word takes the whole word: "clinic" is not "nic".
        while window.len() >= BEFORE && i > 0 && self.lower[i - 1].is_ascii_alphabetic() {
            i -= 1;
            window.push(self.lower[i]);
        }
        window.reverse();
        window
    }

    /// Whether `label` stands as a word in `window`.
    fn occurs_in(&self, window: &[char], label: &[char]) -> bool {
        if label.len() > window.len() {
            return false;
        }
        (0..=window.len() - label.len()).any(|at| {
            window[at..at + label.len()] == *label
                && word_edges(
                    label,
                    at.checked_sub(1).map(|p| window[p]),
                    window.get(at + label.len()).copied(),
                )
        })
    }

    /// Whether `label` follows the number ending at `end`, closing it rather
    /// than introducing the next one: "2345 6789 0124 (Aadhaar)".
    fn follows(&self, end: usize, label: &[char]) -> bool {
        let mut at = end;
        while at < self.lower.len() && at < end + 3 && AFTER_GAP.contains(&self.lower[at]) {
            at += 1;
        }
        let after = at + label.len();
        if after > self.lower.len() || self.lower[at..after] != *label {
            return false;
        }
        let next = self.lower.get(after).copied();
        let introduces_next = (after..self.lower.len().min(after + 6))
            .any(|j| self.in_span[j] || self.lower[j].is_ascii_digit());
        word_edges(label, None, next) && !introduces_next
    }
}

/// Latin-script labels must not run into letters on either side.
fn word_edges(label: &[char], before: Option<char>, after: Option<char>) -> bool {
    let latin = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let touches = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    !(latin(label.first()) && touches(before) || latin(label.last()) && touches(after))
}
