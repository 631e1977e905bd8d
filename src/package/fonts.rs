//! The fonts casebridge ships in `fonts/` (SIL OFL 1.1), compiled into the
//! binary and parsed once per process.
//!
//! Shaping is rustybuzz, HarfBuzz's shaping in Rust: on the test corpus of
//! every script it gives the glyph ids and positions HarfBuzz's `hb-shape`
//! gives (allsorts, tried first, missed Devanagari half forms and Tamil
//! ligatures). Subsetting is allsorts, the library printpdf embeds with.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use allsorts::binary::read::ReadScope;
use allsorts::error::ParseError;
use allsorts::font_data::{DynamicFontTableProvider, FontData};
use allsorts::tables::FontTableProvider;
use rustybuzz::{Direction, Script, ShapePlan, UnicodeBuffer};

use super::PackageError;

macro_rules! font_file {
    ($name:literal) => {
        (include_bytes!(concat!("../../fonts/", $name)), $name)
    };
}

static NOTO_SANS: (&[u8], &str) = font_file!("NotoSans-Regular.ttf");
static NOTO_SANS_BOLD: (&[u8], &str) = font_file!("NotoSans-Bold.ttf");
static NOTO_THAI: (&[u8], &str) = font_file!("NotoSansThai-Regular.ttf");
static NOTO_THAI_BOLD: (&[u8], &str) = font_file!("NotoSansThai-Bold.ttf");
static NOTO_CJK: (&[u8], &str) = font_file!("NotoSansCJK-Regular.ttc");
static NOTO_DEVANAGARI: (&[u8], &str) = font_file!("NotoSansDevanagari-Regular.ttf");
static NOTO_DEVANAGARI_BOLD: (&[u8], &str) = font_file!("NotoSansDevanagari-Bold.ttf");
static NOTO_BENGALI: (&[u8], &str) = font_file!("NotoSansBengali-Regular.ttf");
static NOTO_BENGALI_BOLD: (&[u8], &str) = font_file!("NotoSansBengali-Bold.ttf");
static NOTO_SINHALA: (&[u8], &str) = font_file!("NotoSansSinhala-Regular.ttf");
static NOTO_SINHALA_BOLD: (&[u8], &str) = font_file!("NotoSansSinhala-Bold.ttf");
static NOTO_TAMIL: (&[u8], &str) = font_file!("NotoSansTamil-Regular.ttf");
static NOTO_TAMIL_BOLD: (&[u8], &str) = font_file!("NotoSansTamil-Bold.ttf");
static NOTO_KHMER: (&[u8], &str) = font_file!("NotoSansKhmer-Regular.ttf");
static NOTO_KHMER_BOLD: (&[u8], &str) = font_file!("NotoSansKhmer-Bold.ttf");
static NOTO_NASTALIQ: (&[u8], &str) = font_file!("NotoNastaliqUrdu-Regular.ttf");
static NOTO_NASTALIQ_BOLD: (&[u8], &str) = font_file!("NotoNastaliqUrdu-Bold.ttf");
static NOTO_NASKH: (&[u8], &str) = font_file!("NotoNaskhArabic-Regular.ttf");
static NOTO_NASKH_BOLD: (&[u8], &str) = font_file!("NotoNaskhArabic-Bold.ttf");
static NOTO_HEBREW: (&[u8], &str) = font_file!("NotoSansHebrew-Regular.ttf");
static NOTO_HEBREW_BOLD: (&[u8], &str) = font_file!("NotoSansHebrew-Bold.ttf");
static NOTO_EMOJI: (&[u8], &str) = font_file!("NotoEmoji-Regular.ttf");

/// One face of one font file. The CJK collection has one face per region
/// because the same Han code point is drawn differently in Korea, Japan and
/// the two Chinese writing systems. Urdu is written in Nastaliq; Naskh draws
/// the Arabic-script letters Nastaliq Urdu lacks (Sindhi, Pashto).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Sans,
    SansBold,
    Thai,
    ThaiBold,
    CjkJp,
    CjkKr,
    CjkSc,
    CjkTc,
    Devanagari,
    DevanagariBold,
    Bengali,
    BengaliBold,
    Sinhala,
    SinhalaBold,
    Tamil,
    TamilBold,
    Khmer,
    KhmerBold,
    Nastaliq,
    NastaliqBold,
    Naskh,
    NaskhBold,
    Hebrew,
    HebrewBold,
    Emoji,
}

/// (regular, bold) of the families with two weights.
const WEIGHTS: [(Face, Face); 10] = [
    (Face::Sans, Face::SansBold),
    (Face::Thai, Face::ThaiBold),
    (Face::Devanagari, Face::DevanagariBold),
    (Face::Bengali, Face::BengaliBold),
    (Face::Sinhala, Face::SinhalaBold),
    (Face::Tamil, Face::TamilBold),
    (Face::Khmer, Face::KhmerBold),
    (Face::Nastaliq, Face::NastaliqBold),
    (Face::Naskh, Face::NaskhBold),
    (Face::Hebrew, Face::HebrewBold),
];

impl Face {
    pub const ALL: [Face; 25] = [
        Face::Sans,
        Face::SansBold,
        Face::Thai,
        Face::ThaiBold,
        Face::CjkJp,
        Face::CjkKr,
        Face::CjkSc,
        Face::CjkTc,
        Face::Devanagari,
        Face::DevanagariBold,
        Face::Bengali,
        Face::BengaliBold,
        Face::Sinhala,
        Face::SinhalaBold,
        Face::Tamil,
        Face::TamilBold,
        Face::Khmer,
        Face::KhmerBold,
        Face::Nastaliq,
        Face::NastaliqBold,
        Face::Naskh,
        Face::NaskhBold,
        Face::Hebrew,
        Face::HebrewBold,
        Face::Emoji,
    ];

    /// The font file's bytes, its name under `fonts/`, and the face's index
    /// in it.
    fn source(self) -> (&'static [u8], &'static str, u32) {
        let (file, index) = match self {
            Face::Sans => (NOTO_SANS, 0),
            Face::SansBold => (NOTO_SANS_BOLD, 0),
            Face::Thai => (NOTO_THAI, 0),
            Face::ThaiBold => (NOTO_THAI_BOLD, 0),
            // Face order inside NotoSansCJK-Regular.ttc.
            Face::CjkJp => (NOTO_CJK, 0),
            Face::CjkKr => (NOTO_CJK, 1),
            Face::CjkSc => (NOTO_CJK, 2),
            Face::CjkTc => (NOTO_CJK, 3),
            Face::Devanagari => (NOTO_DEVANAGARI, 0),
            Face::DevanagariBold => (NOTO_DEVANAGARI_BOLD, 0),
            Face::Bengali => (NOTO_BENGALI, 0),
            Face::BengaliBold => (NOTO_BENGALI_BOLD, 0),
            Face::Sinhala => (NOTO_SINHALA, 0),
            Face::SinhalaBold => (NOTO_SINHALA_BOLD, 0),
            Face::Tamil => (NOTO_TAMIL, 0),
            Face::TamilBold => (NOTO_TAMIL_BOLD, 0),
            Face::Khmer => (NOTO_KHMER, 0),
            Face::KhmerBold => (NOTO_KHMER_BOLD, 0),
            Face::Nastaliq => (NOTO_NASTALIQ, 0),
            Face::NastaliqBold => (NOTO_NASTALIQ_BOLD, 0),
            Face::Naskh => (NOTO_NASKH, 0),
            Face::NaskhBold => (NOTO_NASKH_BOLD, 0),
            Face::Hebrew => (NOTO_HEBREW, 0),
            Face::HebrewBold => (NOTO_HEBREW_BOLD, 0),
            Face::Emoji => (NOTO_EMOJI, 0),
        };
        (file.0, file.1, index)
    }

    /// The file under `fonts/` and the face's index in it: what `hb-shape`
    /// is given to check this engine's shaping.
    pub fn file(self) -> (&'static str, u32) {
        let (_, name, index) = self.source();
        (name, index)
    }

    /// The PostScript name, used as the PDF font name after the subset tag.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::CjkJp => "NotoSansCJKjp-Regular",
            Face::CjkKr => "NotoSansCJKkr-Regular",
            Face::CjkSc => "NotoSansCJKsc-Regular",
            Face::CjkTc => "NotoSansCJKtc-Regular",
            // The other files are named after their PostScript name.
            other => other.file().0.trim_end_matches(".ttf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The same family in the other weight; CJK and emoji ship one weight.
    pub fn bold(self, bold: bool) -> Face {
        for (regular, heavy) in WEIGHTS {
            if self == regular || self == heavy {
                return if bold { heavy } else { regular };
            }
        }
        self
    }

    pub fn is_bold(self) -> bool {
        WEIGHTS.iter().any(|(_, b)| *b == self)
    }
}

/// What a shaping plan depends on besides the face (no features or
/// language are ever set).
type PlanKey = (Direction, Option<Script>);

/// A parsed face: rustybuzz's view for shaping and glyph lookup, allsorts'
/// table provider for subsetting, and the shaping plans made so far.
pub struct LoadedFace {
    shaper: rustybuzz::Face<'static>,
    provider: DynamicFontTableProvider<'static>,
    /// Plans by direction and script. Making one walks the font's lookups,
    /// which costs more than shaping a word with it.
    plans: Mutex<HashMap<PlanKey, Arc<ShapePlan>>>,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
}

static FACES: LazyLock<Vec<Result<LoadedFace, String>>> =
    LazyLock::new(|| Face::ALL.iter().map(|f| load(*f)).collect());

fn load(face: Face) -> Result<LoadedFace, String> {
    let (bytes, _, index) = face.source();
    let shaper = rustybuzz::Face::from_slice(bytes, index)
        .ok_or_else(|| format!("{face:?}: not a font rustybuzz can read"))?;
    let data = ReadScope::new(bytes)
        .read::<FontData<'static>>()
        .map_err(|e| format!("{face:?}: {e}"))?;
    let provider = data
        .table_provider(index as usize)
        .map_err(|e| format!("{face:?}: {e}"))?;
    Ok(LoadedFace {
        units_per_em: shaper.units_per_em() as f32,
        ascender: f32::from(shaper.ascender()),
        descender: f32::from(shaper.descender()),
        shaper,
        provider,
        plans: Mutex::new(HashMap::new()),
    })
}

/// The parsed face; the first call in a process parses all of them.
pub fn face(face: Face) -> Result<&'static LoadedFace, PackageError> {
    match FACES.get(face.index()) {
        Some(Ok(f)) => Ok(f),
        Some(Err(e)) => Err(PackageError::Font(e.clone())),
        None => Err(PackageError::Font(format!("{face:?} is not loaded"))),
    }
}

/// Parses every face now, so the first package does not pay for it.
pub fn warm_up() -> Result<(), PackageError> {
    for f in Face::ALL {
        face(f)?;
    }
    Ok(())
}

/// One positioned glyph. Distances are in font units.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// The characters this glyph stands for: a cluster's text goes to its
    /// first glyph in reading order, the cluster's other glyphs get none.
    pub text: String,
}

/// Text in one face and one direction, shaped. Glyphs are in visual order
/// (left to right on the page), also for right-to-left text.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub face: Face,
    pub rtl: bool,
    /// The Unicode bidirectional embedding level the text was shaped at
    /// (even: left to right); lines order their runs by it.
    pub level: u8,
    /// The text as given, for /ActualText: a shaper may split, reorder and
    /// join characters, so the glyphs' own texts are not it.
    pub text: String,
    pub glyphs: Vec<Glyph>,
    /// True when every glyph is one character in order with no offsets: the
    /// glyphs alone then carry the text for copy and search.
    pub plain: bool,
}

impl Shaped {
    /// Width in points at `size`.
    pub fn width(&self, size: f32) -> Result<f32, PackageError> {
        let upm = face(self.face)?.units_per_em;
        let units: i32 = self.glyphs.iter().map(|g| g.advance).sum();
        Ok(units as f32 * size / upm)
    }
}

impl LoadedFace {
    /// The advance the font itself gives `gid` (its `hmtx` entry), in font
    /// units: what a PDF viewer moves the pen by after drawing the glyph.
    pub fn advance(&self, gid: u16) -> u16 {
        self.shaper
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0)
    }
}

/// Whether `face` has a glyph for `c` (glyph 0 is the missing-glyph box).
pub fn has_glyph(f: Face, c: char) -> Result<bool, PackageError> {
    Ok(face(f)?.shaper.glyph_index(c).is_some_and(|g| g.0 != 0))
}

fn plan(loaded: &LoadedFace, direction: Direction, script: Option<Script>) -> Arc<ShapePlan> {
    // A panic while planning poisons the lock; the cache only ever holds
    // finished plans, so carry on with it.
    let mut plans = loaded
        .plans
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let plan = plans
        .entry((direction, script))
        .or_insert_with(|| Arc::new(ShapePlan::new(&loaded.shaper, direction, script, None, &[])));
    Arc::clone(plan)
}

/// Shaped words by face, direction and text. A package shapes the same
/// words many times (measuring table columns, then breaking lines, cluster
/// by cluster for long identifiers), and shaping a word costs far more than
/// looking it up. Per thread, emptied when it grows past `CACHE_LIMIT`.
type ShapeCache = HashMap<(Face, bool, String), Shaped>;

const CACHE_LIMIT: usize = 8_192;

thread_local! {
    static SHAPED: std::cell::RefCell<ShapeCache> = std::cell::RefCell::new(HashMap::new());
}

/// Shapes `text` in `f`, right to left when `rtl`, with the font's default
/// features, as `hb-shape` does.
pub fn shape(f: Face, text: &str, rtl: bool) -> Result<Shaped, PackageError> {
    let key = (f, rtl, text.to_string());
    if let Some(hit) = SHAPED.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(hit);
    }
    let shaped = shape_uncached(f, text, rtl)?;
    SHAPED.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, shaped.clone());
    });
    Ok(shaped)
}

fn shape_uncached(f: Face, text: &str, rtl: bool) -> Result<Shaped, PackageError> {
    let loaded = face(f)?;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer.guess_segment_properties();
    let script = Some(buffer.script());
    let plan = plan(loaded, buffer.direction(), script);
    let out = rustybuzz::shape_with_plan(&loaded.shaper, &plan, buffer);
    let infos = out.glyph_infos();
    let texts = cluster_texts(text, infos.iter().map(|i| i.cluster as usize), rtl);
    let glyphs: Vec<Glyph> = infos
        .iter()
        .zip(out.glyph_positions())
        .zip(texts)
        .map(|((info, pos), text)| Glyph {
            gid: u16::try_from(info.glyph_id).unwrap_or(0),
            advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
            text,
        })
        .collect();
    let plain = !rtl
        && glyphs.len() == text.chars().count()
        && glyphs
            .iter()
            .zip(text.chars())
            .all(|(g, c)| g.x_offset == 0 && g.y_offset == 0 && g.text.chars().eq([c]));
    Ok(Shaped {
        face: f,
        rtl,
        level: u8::from(rtl),
        text: text.to_string(),
        glyphs,
        plain,
    })
}

/// Each glyph's share of `text`, given the glyphs' clusters (byte offsets
/// where their characters start) in visual order.
fn cluster_texts(text: &str, clusters: impl Iterator<Item = usize>, rtl: bool) -> Vec<String> {
    let clusters: Vec<usize> = clusters.collect();
    let mut starts: Vec<usize> = clusters.clone();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        starts
            .iter()
            .find(|s| **s > start)
            .copied()
            .unwrap_or(text.len())
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = vec![String::new(); clusters.len()];
    // Reading order is visual order reversed for right-to-left text.
    let order: Vec<usize> = if rtl {
        (0..clusters.len()).rev().collect()
    } else {
        (0..clusters.len()).collect()
    };
    for i in order {
        let start = clusters[i];
        if seen.insert(start) {
            out[i] = text.get(start..end_of(start)).unwrap_or("").to_string();
        }
    }
    out
}

/// A subset of `f` holding `glyph_ids` (glyph 0 first), renumbered in that
/// order: glyph `glyph_ids[i]` becomes glyph `i`. `chars` maps characters
/// to original glyph ids; the subset's own cmap keeps those mappings.
pub fn subset(f: Face, glyph_ids: &[u16], chars: &[(char, u16)]) -> Result<Vec<u8>, PackageError> {
    let loaded = face(f)?;
    let source = SubsetSource {
        inner: &loaded.provider,
        cmap: small_cmap(chars),
    };
    allsorts::subset::subset(
        &source,
        glyph_ids,
        &allsorts::subset::SubsetProfile::Pdf,
        allsorts::subset::CmapTarget::Unrestricted,
    )
    .map_err(|e| PackageError::Font(format!("subsetting {f:?}: {e}")))
}

/// The face's tables with a cmap of only the characters a document uses.
/// allsorts' subsetter walks every cmap entry and checks it against the
/// glyph list; over the ~45 000 entries of a CJK face that was half the time
/// of a whole package.
struct SubsetSource<'a> {
    inner: &'a DynamicFontTableProvider<'static>,
    cmap: Vec<u8>,
}

impl FontTableProvider for SubsetSource<'_> {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        if tag == allsorts::tag::CMAP {
            Ok(Some(Cow::Borrowed(&self.cmap)))
        } else {
            self.inner.table_data(tag)
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        tag == allsorts::tag::CMAP || self.inner.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.inner.table_tags()
    }
}

/// A cmap table with one Unicode subtable (platform 3, encoding 10,
/// format 12) mapping each character to its glyph.
fn small_cmap(chars: &[(char, u16)]) -> Vec<u8> {
    let mut pairs: Vec<(u32, u16)> = chars.iter().map(|(c, g)| (u32::from(*c), *g)).collect();
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| p.0);
    let mut groups: Vec<(u32, u32, u32)> = Vec::new();
    for (c, g) in pairs {
        let gid = u32::from(g);
        match groups.last_mut() {
            // Consecutive characters on consecutive glyphs share a group.
            Some((start, end, first)) if *end + 1 == c && *first + (c - *start) == gid => *end = c,
            _ => groups.push((c, c, gid)),
        }
    }
    let sub_len = 16 + 12 * groups.len() as u32;
    let mut out = Vec::with_capacity(12 + sub_len as usize);
    out.extend_from_slice(&0u16.to_be_bytes()); // version
    out.extend_from_slice(&1u16.to_be_bytes()); // one subtable
    out.extend_from_slice(&3u16.to_be_bytes()); // Windows
    out.extend_from_slice(&10u16.to_be_bytes()); // Unicode full repertoire
    out.extend_from_slice(&12u32.to_be_bytes()); // offset of the subtable
    out.extend_from_slice(&12u16.to_be_bytes()); // format 12
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&sub_len.to_be_bytes());
    out.extend_from_slice(&0u32.to_be_bytes()); // language
    out.extend_from_slice(&(groups.len() as u32).to_be_bytes());
    for (start, end, gid) in groups {
        out.extend_from_slice(&start.to_be_bytes());
        out.extend_from_slice(&end.to_be_bytes());
        out.extend_from_slice(&gid.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_loads_and_maps_its_script() {
        for (f, c) in [
            (Face::Sans, 'ế'),
            (Face::SansBold, 'A'),
            (Face::Thai, 'ก'),
            (Face::ThaiBold, 'ก'),
            (Face::CjkJp, 'か'),
            (Face::CjkKr, '한'),
            (Face::CjkSc, '汉'),
            (Face::CjkTc, '漢'),
            (Face::Devanagari, 'न'),
            (Face::DevanagariBold, 'न'),
            (Face::Bengali, 'ব'),
            (Face::BengaliBold, 'ব'),
            (Face::Sinhala, 'ශ'),
            (Face::SinhalaBold, 'ශ'),
            (Face::Tamil, 'த'),
            (Face::TamilBold, 'த'),
            (Face::Khmer, 'ក'),
            (Face::KhmerBold, 'ក'),
            (Face::Nastaliq, 'پ'),
            (Face::NastaliqBold, 'پ'),
            (Face::Naskh, 'ڪ'),
            (Face::NaskhBold, 'ڪ'),
            (Face::Hebrew, 'ש'),
            (Face::HebrewBold, 'ש'),
            (Face::Emoji, '😀'),
        ] {
            assert!(has_glyph(f, c).unwrap(), "{f:?} lacks {c}");
            assert_eq!(f.bold(false).bold(f.is_bold()), f);
        }
        assert!(!has_glyph(Face::Sans, '한').unwrap());
        assert!(!has_glyph(Face::Nastaliq, 'ڪ').unwrap());
    }

    #[test]
    fn thai_sara_am_is_shaped_into_more_glyphs_than_plain_mapping() {
        // น้ำ: the tone mark sits over the nikhahit part of sara am, so the
        // shaper must decompose and reposition; a one-to-one mapping cannot.
        let shaped = shape(Face::Thai, "น้ำ", false).unwrap();
        assert!(!shaped.plain);
        assert!(shaped.glyphs.iter().all(|g| g.gid != 0));
        assert!(shaped.glyphs.len() >= 3);
    }

    #[test]
    fn thai_tone_mark_over_an_upper_vowel_is_raised() {
        // ที่: the tone mark (U+0E48) sits above the vowel ี. Drawn with
        // its plain glyph at the plain position it would collide with it;
        // the shaper must move it or swap in a raised form.
        // ท่ has the tone mark where nothing is above the consonant.
        let low = shape(Face::Thai, "ท่", false).unwrap().glyphs[1].clone();
        let shaped = shape(Face::Thai, "ที่", false).unwrap();
        assert_eq!(shaped.glyphs.len(), 3, "{shaped:?}");
        let tone = &shaped.glyphs[2];
        assert!(
            tone.gid != low.gid || tone.y_offset > low.y_offset,
            "{shaped:?}"
        );
    }

    #[test]
    fn devanagari_conjuncts_take_fewer_glyphs_than_characters() {
        // स्ते: sa + virama + ta + e is one conjunct cluster; the half form
        // of sa replaces sa + virama.
        let shaped = shape(Face::Devanagari, "नमस्ते", false).unwrap();
        assert!(!shaped.plain);
        assert_eq!(shaped.glyphs.len(), 5, "{shaped:?}");
        let text: String = shaped.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(text, "नमस्ते");
    }

    #[test]
    fn right_to_left_glyphs_come_in_visual_order() {
        // שלום: shin is read first and drawn rightmost, so it is last.
        let shaped = shape(Face::Hebrew, "שלום", true).unwrap();
        assert!(!shaped.plain);
        assert_eq!(shaped.glyphs.last().unwrap().text, "ש");
        assert_eq!(shaped.glyphs.first().unwrap().text, "ם");
    }

    #[test]
    fn subset_is_small_and_keeps_requested_glyphs() {
        let shaped = shape(Face::CjkKr, "가나다", false).unwrap();
        let mut ids = vec![0];
        ids.extend(shaped.glyphs.iter().map(|g| g.gid));
        let chars: Vec<(char, u16)> = "가나다".chars().zip(ids[1..].iter().copied()).collect();
        let bytes = subset(Face::CjkKr, &ids, &chars).unwrap();
        assert!(bytes.len() < 20_000, "subset is {} bytes", bytes.len());
        // The subset's cmap maps the characters to the renumbered glyphs.
        let mut warnings = Vec::new();
        let parsed = printpdf::ParsedFont::from_bytes(&bytes, 0, &mut warnings).unwrap();
        assert_eq!(parsed.lookup_glyph_index('나' as u32), Some(2));
    }
}
