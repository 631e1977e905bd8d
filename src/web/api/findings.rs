//! Findings and checklist items as both APIs return them: one shape for
//! records requests and reports, so a client reads one vocabulary.

use serde_json::{Value, json};

use crate::i18n::Locale;
use crate::rules::{Finding, ItemStatus};

/// A finding, its message in `locale`; `acknowledged` holds the document's
/// acknowledgement keys.
pub fn finding(f: &Finding, locale: Locale, acknowledged: &[String]) -> Value {
    json!({
        "severity": f.severity,
        "path": f.path,
        "code": f.code,
        "message": f.render(locale),
        "step": f.step,
        "rule": f.rule,
        "acknowledgement": f.ack_key(),
        "acknowledged": acknowledged.contains(&f.ack_key()),
    })
}

pub fn findings(fs: &[Finding], locale: Locale, acknowledged: &[String]) -> Vec<Value> {
    fs.iter()
        .map(|f| finding(f, locale, acknowledged))
        .collect()
}

/// One checklist item: what it asks (`title`), why it matters, how the
/// document stands, where to fix it, and its weight in a score if any.
pub struct Item<'a> {
    pub code: &'a str,
    pub status: ItemStatus,
    pub step: &'a str,
    pub title: String,
    pub why: String,
    pub weight: Option<u32>,
}

pub fn item(i: Item<'_>, locale: Locale) -> Value {
    json!({
        "code": i.code,
        "status": i.status,
        "status_label": locale.t(i.status.label_key()),
        "title": i.title,
        "why": i.why,
        "step": i.step,
        "weight": i.weight,
    })
}
