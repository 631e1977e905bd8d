//! One projection per kind of document: the labelled parts that check your
//! answers, the review and confirmation pages and the package PDF all show.

pub mod request;
