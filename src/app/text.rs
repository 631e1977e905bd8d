//! What text a document may hold: any character but the invisible control
//! characters (tab and line breaks excepted). PostgreSQL cannot store NUL
//! in text at all, so a report listed under a screen name ending in NUL
//! failed there with a 500; the other controls only hide things from the
//! people who read a package.

use serde::Serialize;
use serde_json::Value;

use super::error::Refusal;
use crate::i18n::Msg;

/// Refuses `doc` when any of its strings holds a control character.
pub(super) fn plain_text_only(doc: &impl Serialize) -> Result<(), Refusal> {
    let tree = serde_json::to_value(doc).unwrap_or(Value::Null);
    if holds_control(&tree) {
        return Err(Refusal::Invalid(vec![(
            "document",
            Msg::new("error-text-control-character"),
        )]));
    }
    Ok(())
}

fn holds_control(v: &Value) -> bool {
    let bad = |s: &str| {
        s.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    };
    match v {
        Value::String(s) => bad(s),
        Value::Array(a) => a.iter().any(holds_control),
        Value::Object(o) => o.iter().any(|(k, v)| bad(k) || holds_control(v)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_anywhere_and_line_breaks_are_not() {
        let ok = serde_json::json!({"a": ["line one\r\nline two\tend", "한국어 💥"]});
        assert!(plain_text_only(&ok).is_ok());
        for bad in ["x\0", "\u{1b}[31m", "\u{85}", "a\u{7f}"] {
            let doc = serde_json::json!({"a": {"b": [bad]}});
            assert!(plain_text_only(&doc).is_err(), "{bad:?}");
        }
    }
}
