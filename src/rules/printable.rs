//! What the package PDF can print. The rules warn about text the PDF would
//! show as U+FFFD, but printing is the package engine's business: whoever
//! runs the rules passes the answer in (the app passes the shipped fonts).

/// Finds the text of a document that the PDF cannot draw.
pub trait Printable: Sync {
    /// Each string of `doc` with characters no font covers: its JSON path
    /// and those characters.
    fn unprintable_in(&self, doc: &serde_json::Value) -> Vec<(String, Vec<char>)>;
}
