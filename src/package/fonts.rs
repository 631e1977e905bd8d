//! The fonts casebridge ships in `fonts/` (SIL OFL 1.1), compiled into the
//! binary and parsed once per process.
//!
//! Shaping goes through allsorts, the same library printpdf embeds with, so a
//! glyph id we measure is the glyph id we draw.

use std::sync::{LazyLock, Mutex};

use allsorts::Font;
use allsorts::binary::read::ReadScope;
use allsorts::error::ParseError;
use allsorts::font::MatchingPresentation;
use allsorts::font_data::{DynamicFontTableProvider, FontData};
use allsorts::glyph_position::{GlyphLayout, TextDirection};
use allsorts::gsub::{FeatureMask, FeatureMaskExt};
use allsorts::tables::cmap::Cmap;
use allsorts::tables::{FontTableProvider, HmtxTable};
use std::borrow::Cow;
use std::collections::HashMap;

use super::PackageError;

static NOTO_SANS: &[u8] = include_bytes!("../../fonts/NotoSans-Regular.ttf");
static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../fonts/NotoSans-Bold.ttf");
static NOTO_THAI: &[u8] = include_bytes!("../../fonts/NotoSansThai-Regular.ttf");
static NOTO_THAI_BOLD: &[u8] = include_bytes!("../../fonts/NotoSansThai-Bold.ttf");
static NOTO_CJK: &[u8] = include_bytes!("../../fonts/NotoSansCJK-Regular.ttc");

/// One face of one font file. The CJK collection has one face per region
/// because the same Han code point is drawn differently in Korea, Japan and
/// the two Chinese writing systems.
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
}

impl Face {
    pub const ALL: [Face; 8] = [
        Face::Sans,
        Face::SansBold,
        Face::Thai,
        Face::ThaiBold,
        Face::CjkJp,
        Face::CjkKr,
        Face::CjkSc,
        Face::CjkTc,
    ];

    fn source(self) -> (&'static [u8], usize) {
        match self {
            Face::Sans => (NOTO_SANS, 0),
            Face::SansBold => (NOTO_SANS_BOLD, 0),
            Face::Thai => (NOTO_THAI, 0),
            Face::ThaiBold => (NOTO_THAI_BOLD, 0),
            // Face order inside NotoSansCJK-Regular.ttc.
            Face::CjkJp => (NOTO_CJK, 0),
            Face::CjkKr => (NOTO_CJK, 1),
            Face::CjkSc => (NOTO_CJK, 2),
            Face::CjkTc => (NOTO_CJK, 3),
        }
    }

    /// The PostScript name, used as the PDF font name after the subset tag.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::Sans => "NotoSans-Regular",
            Face::SansBold => "NotoSans-Bold",
            Face::Thai => "NotoSansThai-Regular",
            Face::ThaiBold => "NotoSansThai-Bold",
            Face::CjkJp => "NotoSansCJKjp-Regular",
            Face::CjkKr => "NotoSansCJKkr-Regular",
            Face::CjkSc => "NotoSansCJKsc-Regular",
            Face::CjkTc => "NotoSansCJKtc-Regular",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The same script family in the other weight; CJK ships one weight.
    pub fn bold(self, bold: bool) -> Face {
        match (self, bold) {
            (Face::Sans | Face::SansBold, true) => Face::SansBold,
            (Face::Sans | Face::SansBold, false) => Face::Sans,
            (Face::Thai | Face::ThaiBold, true) => Face::ThaiBold,
            (Face::Thai | Face::ThaiBold, false) => Face::Thai,
            (cjk, _) => cjk,
        }
    }

    fn is_thai(self) -> bool {
        matches!(self, Face::Thai | Face::ThaiBold)
    }
}

type Provider = DynamicFontTableProvider<'static>;

/// A parsed face: the shaper (which caches lookups, hence the lock) and the
/// tables plain text needs, read once and used without locking.
pub struct LoadedFace {
    shaper: Mutex<Font<Provider>>,
    /// Character → glyph. allsorts searches a format 12 cmap linearly, which
    /// over the CJK faces' thousands of ranges was most of a package's time.
    glyphs: HashMap<char, u16>,
    /// Advance width of each glyph, in font units.
    advances: Vec<u16>,
    /// A second table provider over the same bytes, for subsetting without
    /// holding the shaper's lock.
    provider: Provider,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
}

static FACES: LazyLock<Vec<Result<LoadedFace, String>>> =
    LazyLock::new(|| Face::ALL.iter().map(|f| load(*f)).collect());

fn load(face: Face) -> Result<LoadedFace, String> {
    let (bytes, index) = face.source();
    let provider = || -> Result<Provider, String> {
        let data = ReadScope::new(bytes)
            .read::<FontData<'static>>()
            .map_err(|e| format!("{face:?}: {e}"))?;
        data.table_provider(index)
            .map_err(|e| format!("{face:?}: {e}"))
    };
    let font = Font::new(provider()?).map_err(|e| format!("{face:?}: {e}"))?;
    let tables = provider()?;
    let err = |e: ParseError| format!("{face:?}: {e}");
    let cmap_data = tables.read_table_data(allsorts::tag::CMAP).map_err(err)?;
    let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().map_err(err)?;
    let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap)
        .map_err(err)?
        .ok_or_else(|| format!("{face:?}: no Unicode cmap"))?;
    let mut glyphs = HashMap::new();
    subtable
        .mappings_fn(|cp, gid| {
            if let Some(c) = char::from_u32(cp) {
                glyphs.insert(c, gid);
            }
        })
        .map_err(err)?;
    let hmtx_data = tables.read_table_data(allsorts::tag::HMTX).map_err(err)?;
    let num_glyphs = font.maxp_table.num_glyphs;
    let hmtx = ReadScope::new(&hmtx_data)
        .read_dep::<HmtxTable<'_>>((
            usize::from(num_glyphs),
            usize::from(font.hhea_table.num_h_metrics),
        ))
        .map_err(err)?;
    let advances = (0..num_glyphs)
        .map(|g| hmtx.horizontal_advance(g).unwrap_or(0))
        .collect();
    Ok(LoadedFace {
        glyphs,
        advances,
        units_per_em: f32::from(font.head_table.units_per_em),
        ascender: f32::from(font.hhea_table.ascender),
        descender: f32::from(font.hhea_table.descender),
        shaper: Mutex::new(font),
        provider: provider()?,
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
    /// The characters this glyph stands for (several for a ligature, none
    /// for the second half of a split vowel).
    pub text: String,
}

/// Text in one face, shaped.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub face: Face,
    /// The text as given, for /ActualText: a shaper may split and reorder
    /// characters (Thai sara am), so the glyphs' own texts are not it.
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

/// Whether `face` has a glyph for `c` (glyph 0 is the missing-glyph box).
pub fn has_glyph(f: Face, c: char) -> Result<bool, PackageError> {
    Ok(face(f)?.glyphs.get(&c).is_some_and(|g| *g != 0))
}

fn lock(loaded: &LoadedFace) -> Result<std::sync::MutexGuard<'_, Font<Provider>>, PackageError> {
    // A panic while shaping poisons the lock; the font data is read-only and
    // the caches stay valid, so carry on with it.
    Ok(loaded
        .shaper
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner))
}

fn tag(s: &[u8; 4]) -> u32 {
    u32::from_be_bytes(*s)
}

/// Shapes `text` in `f`. Thai and text with combining marks go through
/// GSUB/GPOS; other text maps one character to one glyph, which is all Latin,
/// Vietnamese (after NFC), Hangul and Han need in a form.
pub fn shape(f: Face, text: &str) -> Result<Shaped, PackageError> {
    let loaded = face(f)?;
    let complex = f.is_thai()
        || text
            .chars()
            .any(unicode_normalization::char::is_combining_mark);
    if !complex {
        let mut glyphs = Vec::with_capacity(text.len());
        for c in text.chars() {
            let gid = loaded.glyphs.get(&c).copied().unwrap_or(0);
            let advance = loaded
                .advances
                .get(usize::from(gid))
                .map_or(0, |a| i32::from(*a));
            glyphs.push(Glyph {
                gid,
                advance,
                x_offset: 0,
                y_offset: 0,
                text: c.to_string(),
            });
        }
        return Ok(Shaped {
            face: f,
            text: text.to_string(),
            glyphs,
            plain: true,
        });
    }
    let script = if f.is_thai() {
        tag(b"thai")
    } else {
        tag(b"latn")
    };
    let mut font = lock(loaded)?;
    let raw = font.map_glyphs(text, script, MatchingPresentation::NotRequired);
    // Shaping errors still return the glyphs with what could be applied;
    // an unshaped glyph is better than no text.
    let infos = match font.shape(
        raw,
        script,
        None,
        FeatureMask::default_mask(),
        &[],
        None,
        false,
    ) {
        Ok(infos) => infos,
        Err((_, infos)) => infos,
    };
    let positions = GlyphLayout::new(&mut font, &infos, TextDirection::LeftToRight, false)
        .glyph_positions()
        .map_err(|e| PackageError::Font(format!("glyph positions: {e}")))?;
    let mut glyphs = Vec::with_capacity(infos.len());
    for (info, pos) in infos.iter().zip(positions) {
        glyphs.push(Glyph {
            gid: info.glyph.glyph_index,
            advance: pos.hori_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
            text: info.glyph.unicodes.iter().collect(),
        });
    }
    let plain = glyphs.len() == text.chars().count()
        && glyphs
            .iter()
            .zip(text.chars())
            .all(|(g, c)| g.x_offset == 0 && g.y_offset == 0 && g.text.chars().eq([c]));
    Ok(Shaped {
        face: f,
        text: text.to_string(),
        glyphs,
        plain,
    })
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
    inner: &'a Provider,
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
        ] {
            assert!(has_glyph(f, c).unwrap(), "{f:?} lacks {c}");
        }
        assert!(!has_glyph(Face::Sans, '한').unwrap());
    }

    #[test]
    fn thai_sara_am_is_shaped_into_more_glyphs_than_plain_mapping() {
        // น้ำ: the tone mark sits over the nikhahit part of sara am, so the
        // shaper must decompose and reposition; a one-to-one mapping cannot.
        let shaped = shape(Face::Thai, "น้ำ").unwrap();
        assert!(!shaped.plain);
        assert!(shaped.glyphs.iter().all(|g| g.gid != 0));
        assert!(shaped.glyphs.len() >= 3);
    }

    #[test]
    fn thai_tone_mark_over_an_upper_vowel_is_raised() {
        // ที่: the tone mark (U+0E48) sits above the vowel ี. Drawn with
        // its plain glyph at the plain position it would collide with it;
        // the shaper must move it or swap in a raised form.
        let plain = shape(Face::Thai, "่").unwrap().glyphs[0].gid;
        let shaped = shape(Face::Thai, "ที่").unwrap();
        let tone = shaped.glyphs.iter().find(|g| g.text == "\u{0E48}").unwrap();
        assert!(tone.gid != plain || tone.y_offset > 0, "{shaped:?}");
    }

    #[test]
    fn subset_is_small_and_keeps_requested_glyphs() {
        let shaped = shape(Face::CjkKr, "가나다").unwrap();
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
