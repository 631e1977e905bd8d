//! One projection per kind of document: the labelled parts that check your
//! answers, the review and confirmation pages and the package PDF all show,
//! so the three can never disagree. Labels stay message keys, so each
//! reader renders them in its own language(s); values are rendered in the
//! `values` locale the caller asks for (the page's, or English for PDFs).

pub mod report;
pub mod request;

/// One answer: its label's message key and the value (empty when the
/// question has no answer yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub label: &'static str,
    pub value: String,
    /// Worked out by casebridge (an intake address, a hash, the NCMEC type
    /// a harm maps to), not typed or chosen: nothing to change there.
    pub derived: bool,
}

/// Records of the same shape (identifiers, IP events): one row each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Records {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// One part of a document: a step's answers, one element of a list, or a
/// list of records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub title: &'static str,
    /// Names the element when the part is one of a list ("shadow_tiger").
    pub subtitle: String,
    /// The wizard page that changes it, under the document's URL.
    pub step: String,
    pub answers: Vec<Answer>,
    pub records: Option<Records>,
}

impl Part {
    pub fn new(title: &'static str, step: impl Into<String>) -> Self {
        Part {
            title,
            subtitle: String::new(),
            step: step.into(),
            answers: Vec::new(),
            records: None,
        }
    }

    pub fn named(mut self, subtitle: impl Into<String>) -> Self {
        self.subtitle = subtitle.into();
        self
    }

    pub fn row(&mut self, label: &'static str, value: impl Into<String>) {
        self.answers.push(Answer {
            label,
            value: value.into(),
            derived: false,
        });
    }

    /// An answer casebridge derived from others: shown without a Change link.
    pub fn derived(&mut self, label: &'static str, value: impl Into<String>) {
        self.answers.push(Answer {
            label,
            value: value.into(),
            derived: true,
        });
    }
}
