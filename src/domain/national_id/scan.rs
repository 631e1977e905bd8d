//! The text as the matchers read it: characters normalised to ASCII
//! look-alikes, the separators people type between groups of digits, and
//! what ties a number to the text around it.

/// The text as characters normalised for matching, with their byte offsets.
pub(super) struct Scan {
    pub chars: Vec<char>,
    /// Whether the character is a letter or digit that a number may not touch.
    pub word: Vec<bool>,
    /// Byte offset of every character, and the text's length at the end.
    pub offsets: Vec<usize>,
}

/// What people type between the groups of a number. Runs of spaces around a
/// hyphen or dot count as that hyphen or dot ("900101 - 1234567").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    Space,
    Hyphen,
    Dot,
}

/// How much a written form says by itself that it is an identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Form {
    /// Matches the scheme's shape but nothing else: a label must say it is
    /// one (thirteen bare digits for a CNIC).
    Weak,
    /// A bare run of digits that passes the scheme's check or structure:
    /// order numbers, platform ids and timestamps pass too, often enough.
    Plain,
    /// Grouped the way the scheme is written, or carrying its letters:
    /// other numbers rarely look like this.
    Telling,
}

/// Where a valid number ends (a character index), the separator between its
/// groups when it was written grouped, and what its form says.
pub(super) struct Match {
    pub end: usize,
    pub sep: Option<Sep>,
    pub form: Form,
}

impl Match {
    /// A number written as one run, or grouped (which tells more).
    pub fn digits(end: usize, sep: Option<Sep>) -> Match {
        let form = if sep.is_some() {
            Form::Telling
        } else {
            Form::Plain
        };
        Match { end, sep, form }
    }

    /// A number carrying letters: its shape alone tells.
    pub fn lettered(end: usize) -> Match {
        Match {
            end,
            sep: None,
            form: Form::Telling,
        }
    }

    pub fn with_form(self, form: Form) -> Match {
        Match { form, ..self }
    }
}

/// Joins a number to letters or digits beyond it: URLs, emails, handles.
const URL_JOINERS: [char; 8] = ['/', '=', '?', '&', '_', '@', '%', '\\'];
/// Joins a number to digits beyond it: decimals, addresses, dates, times.
const NUMBER_JOINERS: [char; 3] = ['-', '.', ':'];

impl Scan {
    pub fn new(text: &str) -> Scan {
        let mut s = Scan {
            chars: Vec::with_capacity(text.len()),
            word: Vec::with_capacity(text.len()),
            offsets: Vec::with_capacity(text.len() + 1),
        };
        for (at, raw) in text.char_indices() {
            // Invisible characters (zero-width spaces and joiners, soft
            // hyphens, direction marks) would split a number for the
            // matchers while readers see it whole.
            if invisible(raw) {
                continue;
            }
            let c = normalise(raw);
            s.chars.push(c);
            s.word.push(c.is_ascii_alphanumeric() || raw.is_numeric());
            s.offsets.push(at);
        }
        s.offsets.push(text.len());
        s
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    pub fn digit(&self, i: usize) -> Option<u8> {
        let d = self.at(i)?.to_digit(10)?;
        Some(d as u8)
    }

    /// An ASCII letter, upper-cased.
    pub fn letter(&self, i: usize) -> Option<u8> {
        let c = self.at(i)?;
        c.is_ascii_alphabetic()
            .then(|| c.to_ascii_uppercase() as u8)
    }

    /// The separator that starts at `i`, if one does, and where it ends:
    /// one space, or a hyphen or dot with at most one space either side.
    pub fn sep(&self, i: usize) -> Option<(Sep, usize)> {
        let mut j = i;
        if self.at(j) == Some(' ') {
            j += 1;
        }
        let punct = match self.at(j) {
            Some('-') => Sep::Hyphen,
            Some('.') => Sep::Dot,
            _ if j > i => return Some((Sep::Space, j)),
            _ => return None,
        };
        j += 1;
        if self.at(j) == Some(' ') {
            j += 1;
        }
        Some((punct, j))
    }

    /// Skips one separator of a kind in `allowed` at `i`, or nothing.
    pub fn optional_sep(&self, i: usize, allowed: &[Sep]) -> usize {
        match self.sep(i) {
            Some((sep, next)) if allowed.contains(&sep) => next,
            _ => i,
        }
    }

    /// Reads groups of `sizes` digits from `i`, joined by `sep` (adjacent
    /// when `None`). Returns the digits and the index after the last one.
    pub fn groups(
        &self,
        mut i: usize,
        sizes: &[usize],
        sep: Option<Sep>,
    ) -> Option<(Vec<u8>, usize)> {
        let mut digits = Vec::with_capacity(16);
        for (n, &size) in sizes.iter().enumerate() {
            if let Some(want) = sep
                && n > 0
            {
                let (found, next) = self.sep(i)?;
                if found != want {
                    return None;
                }
                i = next;
            }
            for _ in 0..size {
                digits.push(self.digit(i)?);
                i += 1;
            }
        }
        Some((digits, i))
    }

    /// A number written as one run of digits (when `bare` allows it) or in
    /// groups of one of `layouts`, joined throughout by one of `seps`.
    pub fn number(
        &self,
        i: usize,
        layouts: &[&[usize]],
        seps: &[Sep],
        bare: bool,
    ) -> Option<(Vec<u8>, Match)> {
        let total = layouts.first()?.iter().sum();
        if bare && let Some((digits, end)) = self.groups(i, &[total], None) {
            return Some((digits, Match::digits(end, None)));
        }
        layouts.iter().find_map(|sizes| {
            seps.iter().find_map(|&sep| {
                let (digits, end) = self.groups(i, sizes, Some(sep))?;
                Some((digits, Match::digits(end, Some(sep))))
            })
        })
    }

    /// Whether the character before `i` leaves a number starting at `i` free
    /// of the text around it.
    pub fn clear_before(&self, i: usize, sep: Option<Sep>) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let c = self.chars[p];
        !(self.word[p] || c == '+' || p.checked_sub(1).is_some_and(|b| self.joins(c, sep, b)))
    }

    /// Whether the character at `end` leaves a number ending there free of
    /// the text around it.
    pub fn clear_after(&self, end: usize, sep: Option<Sep>) -> bool {
        let Some(c) = self.at(end) else {
            return true;
        };
        !(self.word[end] || (end + 1 < self.len() && self.joins(c, sep, end + 1)))
    }

    /// Whether `c`, between a number and the character at `beyond`, ties
    /// them into one longer token. `sep` is the number's own group separator:
    /// "4111 1111 1111 1111" is not an Aadhaar followed by four digits.
    fn joins(&self, c: char, sep: Option<Sep>, beyond: usize) -> bool {
        if URL_JOINERS.contains(&c) {
            self.word[beyond]
        } else if NUMBER_JOINERS.contains(&c) || (c == ' ' && sep == Some(Sep::Space)) {
            self.chars[beyond].is_ascii_digit()
        } else {
            false
        }
    }
}

/// Format characters that draw nothing.
fn invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF
    )
}

/// Reads look-alike characters as the ASCII ones the patterns use.
pub(super) fn normalise(c: char) -> char {
    /// The zero of each script's run of ten decimal digits: Arabic-Indic,
    /// Extended Arabic-Indic (Urdu), Devanagari, Bengali, Tamil, Thai.
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0E50];
    if c.is_ascii() {
        return c;
    }
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
pub(super) fn weighted(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

/// Two digits as a number. Callers pass fixed-length digit runs; a short one
/// reads as zeros (never a valid date or code) rather than panicking.
pub(super) fn pair(d: &[u8], i: usize) -> u32 {
    let at = |k: usize| u32::from(d.get(k).copied().unwrap_or(0));
    at(i) * 10 + at(i + 1)
}

pub(super) fn valid_date(year: u32, month: u32, day: u32) -> bool {
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
pub(super) fn valid_date_yy(yy: u32, month: u32, day: u32) -> bool {
    valid_date(1900 + yy, month, day) || valid_date(2000 + yy, month, day)
}
