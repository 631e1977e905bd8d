//! The ZIP bundle: `document.json`, `document.pdf`, any legal-process
//! attachments and `manifest.json` with the SHA-256 of each. Written by hand
//! so that the same input gives the same bytes: fixed order, timestamps from
//! the package's creation time, no extra fields.

use std::io::Write;

use flate2::Crc;
use flate2::write::DeflateEncoder;
use serde_json::json;

use super::PackageError;
use super::envelope::{canonical, sha256_hex};

/// A file the caller adds to the bundle (a legal-process PDF).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The name the user gave the file; only its last path component is
    /// kept.
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A file casebridge makes beside the JSON and the PDF (the NCMEC form),
/// under a name of its own choosing: ASCII, in a folder of its own.
#[derive(Debug, Clone)]
pub struct Generated {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Everything that goes into a bundle.
#[derive(Debug, Clone)]
pub struct BundleInput<'a> {
    pub package_id: uuid::Uuid,
    /// The package's creation time: the files' modification time.
    pub created: jiff::Timestamp,
    pub json: &'a [u8],
    pub pdf: &'a [u8],
    pub generated: &'a [Generated],
    pub attachments: &'a [Attachment],
}

/// Folder inside the ZIP for attachments, so a user file can never be
/// mistaken for (or replace) one of casebridge's own.
pub const ATTACHMENT_DIR: &str = "legal-process/";

/// A file name safe inside a ZIP on every system and in every unzip tool:
/// printable ASCII only (letters, digits, `-`, `_`, one `.` before the
/// extension), so no bidirectional override, look-alike letter or encoding
/// quirk can change what the recipient sees. Anything else becomes `-`; a
/// name with nothing left is `legal-process-<n>`. The user's own name is kept
/// in the manifest.
fn safe_name(raw: &str, index: usize) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let (stem, ext) = match last.rsplit_once('.') {
        Some((stem, ext)) if !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric()) => {
            (stem, ext.to_ascii_lowercase())
        }
        _ => (last, String::new()),
    };
    let mut slug = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_matches('-').chars().take(80).collect();
    if slug.is_empty() {
        slug = format!("legal-process-{index}");
    }
    if ext.is_empty() {
        slug
    } else {
        format!("{slug}.{ext}")
    }
}

/// The attachments' names inside the bundle, unique (a second `order.pdf`
/// becomes `order-2.pdf`).
fn attachment_names(attachments: &[Attachment]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(attachments.len());
    for (i, a) in attachments.iter().enumerate() {
        let base = safe_name(&a.file_name, i + 1);
        let mut candidate = base.clone();
        let mut n = 2;
        while names.iter().any(|x| x.eq_ignore_ascii_case(&candidate)) {
            candidate = match base.rsplit_once('.') {
                Some((stem, ext)) if !stem.is_empty() => format!("{stem}-{n}.{ext}"),
                _ => format!("{base}-{n}"),
            };
            n += 1;
        }
        names.push(candidate);
    }
    names
        .into_iter()
        .map(|n| format!("{ATTACHMENT_DIR}{n}"))
        .collect()
}

/// Builds the ZIP.
pub fn bundle_zip(input: &BundleInput<'_>) -> Result<Vec<u8>, PackageError> {
    let mut files: Vec<(String, &[u8])> = vec![
        ("document.json".into(), input.json),
        ("document.pdf".into(), input.pdf),
    ];
    for g in input.generated {
        files.push((g.name.clone(), &g.bytes));
    }
    for (name, a) in attachment_names(input.attachments)
        .into_iter()
        .zip(input.attachments)
    {
        files.push((name, &a.bytes));
    }
    // The user's own name of each attachment, byte for byte, beside the
    // ASCII name it has in the ZIP.
    let originals = std::iter::repeat_n(None, 2 + input.generated.len())
        .chain(input.attachments.iter().map(|a| Some(a.file_name.as_str())));
    let listed: Vec<serde_json::Value> = files
        .iter()
        .zip(originals)
        .map(|((name, bytes), original)| {
            let mut entry =
                json!({ "name": name, "sha256": sha256_hex(bytes), "size": bytes.len() });
            if let Some(original) = original {
                entry["original_name"] = json!(original);
            }
            entry
        })
        .collect();
    let manifest = canonical(&json!({
        "package_id": input.package_id.to_string(),
        "algorithm": "SHA-256",
        "files": listed,
    }));
    files.push(("manifest.json".into(), &manifest));

    let (time, date) = dos_time(input.created);
    let mut zip = ZipWriter::default();
    for (name, bytes) in &files {
        zip.add(name, bytes, time, date)?;
    }
    zip.finish()
}

/// One entry of a bundle this module wrote, by name: what a download of a
/// generated file serves, so it is byte for byte what the manifest lists.
/// `None` when there is no such entry or the bundle is not one of ours.
pub fn read_entry(zip: &[u8], name: &str) -> Option<Vec<u8>> {
    let u16at = |at: usize| -> Option<usize> {
        Some(u16::from_le_bytes(zip.get(at..at + 2)?.try_into().ok()?) as usize)
    };
    let u32at = |at: usize| -> Option<usize> {
        Some(u32::from_le_bytes(zip.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    // The end record has no comment in our bundles: its last 22 bytes.
    let end = zip.len().checked_sub(22)?;
    if u32at(end)? != 0x0605_4b50 {
        return None;
    }
    let (count, mut at) = (u16at(end + 10)?, u32at(end + 16)?);
    for _ in 0..count {
        if u32at(at)? != 0x0201_4b50 {
            return None;
        }
        let (method, packed, size) = (u16at(at + 10)?, u32at(at + 20)?, u32at(at + 24)?);
        let name_len = u16at(at + 28)?;
        let local = u32at(at + 42)?;
        if zip.get(at + 46..at + 46 + name_len)? == name.as_bytes() {
            let start = local + 30 + u16at(local + 26)? + u16at(local + 28)?;
            let body = zip.get(start..start + packed)?;
            let data = match u16::try_from(method).ok()? {
                STORED => body.to_vec(),
                DEFLATED => {
                    let mut out = Vec::with_capacity(size);
                    std::io::Read::read_to_end(
                        &mut flate2::read::DeflateDecoder::new(body),
                        &mut out,
                    )
                    .ok()?;
                    out
                }
                _ => return None,
            };
            return (data.len() == size).then_some(data);
        }
        at += 46 + name_len + u16at(at + 30)? + u16at(at + 32)?;
    }
    None
}

/// MS-DOS time and date (UTC), the only timestamp a plain ZIP entry has.
/// Before 1980 (which DOS cannot express) becomes 1980-01-01.
fn dos_time(t: jiff::Timestamp) -> (u16, u16) {
    let dt = t.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    if dt.year() < 1980 {
        return (0, (1 << 5) | 1);
    }
    let year = (dt.year() - 1980).min(127) as u16;
    let time = ((dt.hour() as u16) << 11) | ((dt.minute() as u16) << 5) | (dt.second() as u16 / 2);
    let date = (year << 9) | ((dt.month() as u16) << 5) | dt.day() as u16;
    (time, date)
}

#[derive(Default)]
struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// General-purpose flag bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

fn u16le(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn u32le(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

fn too_big(what: &str) -> PackageError {
    PackageError::Bundle(format!("{what} is too large for a ZIP without ZIP64"))
}

impl ZipWriter {
    fn add(&mut self, name: &str, data: &[u8], time: u16, date: u16) -> Result<(), PackageError> {
        let mut crc = Crc::new();
        crc.update(data);
        let crc = crc.sum();
        // A PDF's streams are deflated already: the fastest level takes
        // most of what is left (cross-reference table, dictionaries) for a
        // fraction of the time level 6 spends finding nothing more.
        let level = if name.ends_with(".pdf") { 1 } else { 6 };
        let mut enc = DeflateEncoder::new(Vec::new(), flate2::Compression::new(level));
        enc.write_all(data)
            .map_err(|e| PackageError::Bundle(e.to_string()))?;
        let deflated = enc
            .finish()
            .map_err(|e| PackageError::Bundle(e.to_string()))?;
        // PDFs are compressed inside already; store whatever deflate cannot
        // shrink.
        let (method, body): (u16, &[u8]) = if deflated.len() < data.len() {
            (DEFLATED, &deflated)
        } else {
            (STORED, data)
        };
        let name_len = u16::try_from(name.len()).map_err(|_| too_big("a file name"))?;
        let size = u32::try_from(data.len()).map_err(|_| too_big(name))?;
        let packed = u32::try_from(body.len()).map_err(|_| too_big(name))?;
        let offset = u32::try_from(self.out.len()).map_err(|_| too_big("the bundle"))?;

        let o = &mut self.out;
        u32le(o, 0x0403_4b50);
        u16le(o, 20); // version needed: 2.0
        u16le(o, UTF8_NAMES);
        u16le(o, method);
        u16le(o, time);
        u16le(o, date);
        u32le(o, crc);
        u32le(o, packed);
        u32le(o, size);
        u16le(o, name_len);
        u16le(o, 0); // no extra field
        o.extend_from_slice(name.as_bytes());
        o.extend_from_slice(body);

        let c = &mut self.central;
        u32le(c, 0x0201_4b50);
        u16le(c, 0x0314); // made by: Unix, spec 2.0
        u16le(c, 20);
        u16le(c, UTF8_NAMES);
        u16le(c, method);
        u16le(c, time);
        u16le(c, date);
        u32le(c, crc);
        u32le(c, packed);
        u32le(c, size);
        u16le(c, name_len);
        u16le(c, 0); // extra
        u16le(c, 0); // comment
        u16le(c, 0); // disk
        u16le(c, 0); // internal attributes
        u32le(c, 0o100644 << 16); // regular file, rw-r--r--
        u32le(c, offset);
        c.extend_from_slice(name.as_bytes());
        self.count = self
            .count
            .checked_add(1)
            .ok_or_else(|| too_big("the file list"))?;
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<u8>, PackageError> {
        let start = u32::try_from(self.out.len()).map_err(|_| too_big("the bundle"))?;
        let len = u32::try_from(self.central.len()).map_err(|_| too_big("the bundle"))?;
        self.out.extend_from_slice(&self.central);
        let o = &mut self.out;
        u32le(o, 0x0605_4b50);
        u16le(o, 0);
        u16le(o, 0);
        u16le(o, self.count);
        u16le(o, self.count);
        u32le(o, len);
        u32le(o, start);
        u16le(o, 0); // no comment
        Ok(self.out)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Read;

    /// A reader for exactly what [`bundle_zip`] writes, independent of it:
    /// walks the central directory, inflates, checks sizes and CRCs.
    pub(crate) fn read_zip(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
        let u16at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]);
        let u32at = |i: usize| u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]);
        let eocd = zip.len() - 22;
        assert_eq!(u32at(eocd), 0x0605_4b50, "end of central directory");
        let count = u16at(eocd + 10) as usize;
        let mut at = u32at(eocd + 16) as usize;
        let mut files = Vec::new();
        for _ in 0..count {
            assert_eq!(u32at(at), 0x0201_4b50);
            let method = u16at(at + 10);
            let crc = u32at(at + 16);
            let packed = u32at(at + 20) as usize;
            let size = u32at(at + 24) as usize;
            let name_len = u16at(at + 28) as usize;
            let local = u32at(at + 42) as usize;
            let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
            assert_eq!(u32at(local), 0x0403_4b50);
            let local_name = u16at(local + 26) as usize;
            let data_at = local + 30 + local_name + u16at(local + 28) as usize;
            let body = &zip[data_at..data_at + packed];
            let data = match method {
                0 => body.to_vec(),
                8 => {
                    let mut out = Vec::new();
                    flate2::read::DeflateDecoder::new(body)
                        .read_to_end(&mut out)
                        .unwrap();
                    out
                }
                m => panic!("method {m}"),
            };
            assert_eq!(data.len(), size, "{name}: size");
            let mut c = Crc::new();
            c.update(&data);
            assert_eq!(c.sum(), crc, "{name}: CRC");
            files.push((name, data));
            at += 46 + name_len + u16at(at + 30) as usize + u16at(at + 32) as usize;
        }
        files
    }

    fn sample<'a>(attachments: &'a [Attachment]) -> BundleInput<'a> {
        BundleInput {
            package_id: uuid::Uuid::from_u128(0xabc),
            created: jiff::Timestamp::from_second(1_795_422_600).unwrap(),
            json: b"{\n  \"a\": 1\n}\n",
            pdf: b"%PDF-1.7 not really",
            generated: &[],
            attachments,
        }
    }

    #[test]
    fn same_input_same_bytes_and_manifest_hashes_verify() {
        let att = [Attachment {
            file_name: "C:\\scans\\court order.pdf".into(),
            bytes: b"%PDF order".to_vec(),
        }];
        let a = bundle_zip(&sample(&att)).unwrap();
        assert_eq!(a, bundle_zip(&sample(&att)).unwrap());
        let files = read_zip(&a);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "document.json",
                "document.pdf",
                "legal-process/court-order.pdf",
                "manifest.json"
            ]
        );
        let manifest: serde_json::Value = serde_json::from_slice(&files[3].1).unwrap();
        let listed = manifest["files"].as_array().unwrap();
        assert_eq!(listed.len(), 3);
        for (entry, (name, data)) in listed.iter().zip(&files) {
            assert_eq!(entry["name"], name.as_str());
            assert_eq!(entry["sha256"], sha256_hex(data).as_str());
            assert_eq!(entry["size"], data.len());
        }
        assert_eq!(
            manifest["package_id"],
            "00000000-0000-0000-0000-000000000abc"
        );
    }

    #[test]
    fn a_changed_byte_changes_the_bundle() {
        let a = bundle_zip(&sample(&[])).unwrap();
        let mut other = sample(&[]);
        other.pdf = b"%PDF-1.7 not really!";
        assert_ne!(a, bundle_zip(&other).unwrap());
    }

    #[test]
    fn attachment_names_are_safe_and_unique() {
        let att = |n: &str| Attachment {
            file_name: n.into(),
            bytes: Vec::new(),
        };
        let names = attachment_names(&[
            att("../../etc/passwd"),
            att("order.pdf"),
            att("ORDER.pdf"),
            att(""),
            att("영장.pdf"),
            att("a:b?.pdf"),
            att("court-order\u{202e}fdp.exe.pdf"),
        ]);
        assert_eq!(
            names,
            [
                "legal-process/passwd",
                "legal-process/order.pdf",
                "legal-process/ORDER-2.pdf",
                "legal-process/legal-process-4",
                "legal-process/legal-process-5.pdf",
                "legal-process/a-b.pdf",
                "legal-process/court-order-fdp-exe.pdf",
            ]
        );
        assert!(names.iter().all(|n| n.is_ascii()));
    }

    #[test]
    fn the_manifest_keeps_the_users_own_name() {
        let original = "영장 court\u{202e}fdp.pdf";
        let input = sample(&[]);
        let attachments = [Attachment {
            file_name: original.into(),
            bytes: b"%PDF-1.7".to_vec(),
        }];
        let zip = bundle_zip(&BundleInput {
            attachments: &attachments,
            ..input
        })
        .unwrap();
        let files = read_zip(&zip);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"legal-process/court-fdp.pdf"), "{names:?}");
        let manifest = &files.iter().find(|(n, _)| n == "manifest.json").unwrap().1;
        let manifest: serde_json::Value = serde_json::from_slice(manifest).unwrap();
        let entry = manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == "legal-process/court-fdp.pdf")
            .unwrap();
        assert_eq!(entry["original_name"], original);
        assert_eq!(manifest["files"][0].get("original_name"), None);
    }

    #[test]
    fn dos_time_is_utc_with_two_second_steps() {
        // 2026-11-23 08:30:00 UTC.
        let (time, date) = dos_time(jiff::Timestamp::from_second(1_795_422_600).unwrap());
        assert_eq!(time >> 11, 8);
        assert_eq!((time >> 5) & 63, 30);
        assert_eq!(date >> 9, 46);
        assert_eq!((date >> 5) & 15, 11);
        assert_eq!(date & 31, 23);
        assert_eq!(dos_time(jiff::Timestamp::UNIX_EPOCH), (0, 33));
    }

    #[test]
    fn generated_files_are_listed_and_read_back_byte_for_byte() {
        let generated = [Generated {
            name: "ncmec/report.xml".into(),
            bytes: b"<report><incidentSummary/></report>".repeat(20),
        }];
        let zip = bundle_zip(&BundleInput {
            generated: &generated,
            ..sample(&[])
        })
        .unwrap();
        let names: Vec<String> = read_zip(&zip).into_iter().map(|(n, _)| n).collect();
        assert_eq!(
            names,
            [
                "document.json",
                "document.pdf",
                "ncmec/report.xml",
                "manifest.json"
            ]
        );
        assert_eq!(
            read_entry(&zip, "ncmec/report.xml").unwrap(),
            generated[0].bytes
        );
        assert_eq!(
            read_entry(&zip, "document.pdf").unwrap(),
            b"%PDF-1.7 not really"
        );
        assert!(read_entry(&zip, "nothing.xml").is_none());
        assert!(read_entry(&zip[..zip.len() - 3], "ncmec/report.xml").is_none());
        let manifest = String::from_utf8(read_entry(&zip, "manifest.json").unwrap()).unwrap();
        assert!(
            manifest.contains(&sha256_hex(&generated[0].bytes)),
            "{manifest}"
        );
    }
}
