//! Writes the reference package PDFs to a folder, for looking at them:
//! `cargo run --example package_sample -- /tmp/out`.

use casebridge::package::{render_pdf, samples};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    std::fs::create_dir_all(&dir)?;
    let mut training = samples::reference_report();
    training.training = true;
    for (name, input) in [
        ("request", samples::reference_request()),
        ("report", samples::reference_report()),
        ("multilingual", samples::multilingual()),
        ("identifiers", samples::many_identifiers(40)),
        ("training", training),
        ("long-row", long_row()),
    ] {
        let pdf = render_pdf(&input)?;
        let path = format!("{dir}/{name}.pdf");
        std::fs::write(&path, &pdf)?;
        println!("{path}: {} bytes", pdf.len());
    }
    Ok(())
}

/// A value longer than a page, to see how a row continues.
fn long_row() -> casebridge::package::PdfInput {
    use casebridge::package::{Block, Label, Section};
    let mut input = samples::reference_request();
    let lines: Vec<String> = (1..=90)
        .map(|i| format!("Observation {i}: the account posted again from the same device."))
        .collect();
    input.sections.insert(
        1,
        Section {
            heading: Label::en("Statement"),
            blocks: vec![Block::Row {
                label: Label::en("Officer's statement"),
                value: lines.join("\n"),
            }],
        },
    );
    input
}
