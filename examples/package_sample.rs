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
    ] {
        let pdf = render_pdf(&input)?;
        let path = format!("{dir}/{name}.pdf");
        std::fs::write(&path, &pdf)?;
        println!("{path}: {} bytes", pdf.len());
    }
    Ok(())
}
