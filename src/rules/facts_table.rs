//! The README's "Facts and their sources" table: how many facts each rule
//! pack and each company record holds, and how many of them are verified.
//! Generated from the data, and checked against the README by a test so the
//! two cannot drift.

use std::fmt::Write;

use super::Rules;
use crate::directory::{Directory, Provenance};

/// The markers around the generated table in README.md.
pub const START: &str = "<!-- facts-table:start -->";
pub const END: &str = "<!-- facts-table:end -->";

fn counts<'a>(facts: impl IntoIterator<Item = &'a Provenance>) -> (usize, usize) {
    facts.into_iter().fold((0, 0), |(v, u), p| {
        if p.is_verified() {
            (v + 1, u)
        } else {
            (v, u + 1)
        }
    })
}

fn row(out: &mut String, name: &str, (verified, unverified): (usize, usize)) {
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "| {name} | {} | {verified} | {unverified} |",
        verified + unverified
    );
}

/// The table, in Markdown, between (not including) the markers.
pub fn markdown(rules: &Rules, directory: &Directory) -> String {
    let mut out = String::new();
    out.push_str("| rule pack | facts | verified | unverified |\n|---|---:|---:|---:|\n");
    row(
        &mut out,
        "base (every destination)",
        counts(rules.base.provenances()),
    );
    row(
        &mut out,
        "NCMEC CyberTipline (reports also filed with NCMEC)",
        counts(rules.ncmec.provenances()),
    );
    let n = counts(rules.ncmec.provenances());
    let b = counts(rules.base.provenances());
    let mut total = (b.0 + n.0, b.1 + n.1);
    for p in rules.packs() {
        let name = p
            .jurisdiction
            .and_then(|c| {
                directory
                    .jurisdiction(c)
                    .map(|j| format!("{c} {}", j.name_en))
            })
            .unwrap_or_default();
        let c = counts(p.provenances());
        total = (total.0 + c.0, total.1 + c.1);
        row(&mut out, &name, c);
    }
    row(&mut out, "**all packs**", total);
    out.push_str("\n| company | facts | verified | unverified |\n|---|---:|---:|---:|\n");
    let mut total = (0, 0);
    for c in directory.companies().iter().filter(|c| !c.fictional) {
        let n = counts(c.facts().into_iter().map(|(_, p)| p));
        total = (total.0 + n.0, total.1 + n.1);
        row(&mut out, &c.name, n);
    }
    row(&mut out, "**all companies**", total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_facts_table_matches_the_data() {
        let directory = Directory::load().unwrap();
        let rules = Rules::load(&directory).unwrap();
        let expected = markdown(&rules, &directory);
        let readme = include_str!("../../README.md");
        let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
            panic!("README.md has no {START} … {END} section");
        };
        let shown = readme[a + START.len()..b].trim();
        assert_eq!(
            shown,
            expected.trim(),
            "README.md's facts table is out of date; replace it with:\n{expected}"
        );
    }

    #[test]
    fn the_counts_follow_the_statuses() {
        let directory = Directory::load().unwrap();
        let rules = Rules::load(&directory).unwrap();
        let table = markdown(&rules, &directory);
        // Every shipped pack and real company has a row; the fictional
        // company has none.
        assert_eq!(
            table.lines().filter(|l| l.starts_with("| ")).count(),
            (1 + 1 + 1 + 18 + 1) + (1 + 19 + 1)
        );
        assert!(!table.contains("fictional"));
        let meta = directory.company("meta").unwrap();
        let (v, u) = counts(meta.facts().into_iter().map(|(_, p)| p));
        assert!(
            table.contains(&format!("| Meta | {} | {v} | {u} |", v + u)),
            "{table}"
        );
    }
}
