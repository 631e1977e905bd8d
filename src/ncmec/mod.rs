//! The NCMEC CyberTipline form of an approved report: the `<report>`
//! document that opens it and one `<fileDetails>` per file, with every
//! element in the order of NCMEC's schema and its values spelled as NCMEC
//! spells them. The mapping from casebridge's fields is in the README.
//! [`submit`] files them through NCMEC's API for members who hold
//! credentials.

pub mod client;
pub mod codes;
mod file;
mod person;
mod report;
pub mod submit;
mod xml;

pub use file::file_xml;
pub use report::report_xml;
use xml::Xml;

/// The package entries of the NCMEC form: `ncmec/report.xml` and
/// `ncmec/files/<n>.xml` (from 1).
pub fn entries(r: &crate::domain::report::Report, local_reference: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![(
        "ncmec/report.xml".to_string(),
        report_xml(r, local_reference).into_bytes(),
    )];
    for (i, f) in r.files.iter().enumerate() {
        out.push((
            format!("ncmec/files/{}.xml", i + 1),
            file_xml(f).into_bytes(),
        ));
    }
    out
}
