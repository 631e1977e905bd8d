//! The kinds of document and the states each can be in, with the moves
//! between them. The store keeps the states as their snake-case names.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Request,
    Report,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Request => "request",
            DocumentKind::Report => "report",
        }
    }
}

/// A records request: a draft until the officer attests it; final then,
/// until a new version of it is attested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Draft,
    Final,
    Superseded,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Draft => "draft",
            RequestStatus::Final => "final",
            RequestStatus::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Draft, Self::Final, Self::Superseded]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    /// Attested: it never changes again.
    pub fn is_finished(self) -> bool {
        self != RequestStatus::Draft
    }
}

/// An APAC report: its author drafts it and submits it for review; a
/// reviewer who is not the author approves it or returns it; a returned
/// report becomes a draft again when its author next changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStatus {
    Draft,
    InReview,
    Returned,
    Approved,
}

impl ReportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Draft => "draft",
            ReportStatus::InReview => "in_review",
            ReportStatus::Returned => "returned",
            ReportStatus::Approved => "approved",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Draft, Self::InReview, Self::Returned, Self::Approved]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    /// Its author may change it.
    pub fn is_editable(self) -> bool {
        matches!(self, ReportStatus::Draft | ReportStatus::Returned)
    }

    /// The states in which the author edits the report.
    pub const EDITABLE: &'static [&'static str] = &["draft", "returned"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_from_its_name() {
        for s in [
            RequestStatus::Draft,
            RequestStatus::Final,
            RequestStatus::Superseded,
        ] {
            assert_eq!(RequestStatus::parse(s.as_str()), Some(s));
        }
        for s in [
            ReportStatus::Draft,
            ReportStatus::InReview,
            ReportStatus::Returned,
            ReportStatus::Approved,
        ] {
            assert_eq!(ReportStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(ReportStatus::parse("final"), None);
        let editable: Vec<&str> = [ReportStatus::Draft, ReportStatus::Returned]
            .iter()
            .map(|s| s.as_str())
            .collect();
        assert_eq!(ReportStatus::EDITABLE, editable.as_slice());
    }
}
