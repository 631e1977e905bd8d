//! The one status lifecycle a case has, seen alike by its sender and its
//! recipient: received → acknowledged → in progress → needs clarification ⇄
//! answered → completed; or rejected (with a reason from a list) by the
//! recipient, or withdrawn by the sender. Which side may make which move,
//! and from where, is decided here and nowhere else.

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStatus {
    Received,
    Acknowledged,
    InProgress,
    NeedsClarification,
    Answered,
    Completed,
    Rejected,
    Withdrawn,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 8] = [
        CaseStatus::Received,
        CaseStatus::Acknowledged,
        CaseStatus::InProgress,
        CaseStatus::NeedsClarification,
        CaseStatus::Answered,
        CaseStatus::Completed,
        CaseStatus::Rejected,
        CaseStatus::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Received => "received",
            CaseStatus::Acknowledged => "acknowledged",
            CaseStatus::InProgress => "in_progress",
            CaseStatus::NeedsClarification => "needs_clarification",
            CaseStatus::Answered => "answered",
            CaseStatus::Completed => "completed",
            CaseStatus::Rejected => "rejected",
            CaseStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The Fluent key of its name.
    pub fn label_key(self) -> String {
        format!("case-status-{}", self.as_str().replace('_', "-"))
    }

    /// Nothing more happens to it.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            CaseStatus::Completed | CaseStatus::Rejected | CaseStatus::Withdrawn
        )
    }
}

/// Which side of a case an organisation is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Sender,
    Recipient,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Sender => "sender",
            Side::Recipient => "recipient",
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::Sender => Side::Recipient,
            Side::Recipient => Side::Sender,
        }
    }
}

/// A move a side asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Acknowledge,
    Start,
    AskClarification,
    Answer,
    Complete,
    Reject,
    Withdraw,
}

impl Move {
    pub const ALL: [Move; 7] = [
        Move::Acknowledge,
        Move::Start,
        Move::AskClarification,
        Move::Answer,
        Move::Complete,
        Move::Reject,
        Move::Withdraw,
    ];

    /// The status a move leads to; also its name in forms and the API.
    pub fn target(self) -> CaseStatus {
        match self {
            Move::Acknowledge => CaseStatus::Acknowledged,
            Move::Start => CaseStatus::InProgress,
            Move::AskClarification => CaseStatus::NeedsClarification,
            Move::Answer => CaseStatus::Answered,
            Move::Complete => CaseStatus::Completed,
            Move::Reject => CaseStatus::Rejected,
            Move::Withdraw => CaseStatus::Withdrawn,
        }
    }

    /// The move to `status`, as forms and the API name it.
    pub fn to(status: &str) -> Option<Move> {
        Self::ALL
            .into_iter()
            .find(|m| m.target().as_str() == status)
    }

    pub fn side(self) -> Side {
        match self {
            Move::Answer | Move::Withdraw => Side::Sender,
            _ => Side::Recipient,
        }
    }

    /// The statuses the move starts from.
    fn from(self) -> &'static [CaseStatus] {
        use CaseStatus as S;
        match self {
            Move::Acknowledge => &[S::Received],
            Move::Start => &[S::Acknowledged, S::Answered],
            Move::AskClarification => &[S::Acknowledged, S::InProgress, S::Answered],
            Move::Answer => &[S::NeedsClarification],
            Move::Complete => &[S::Acknowledged, S::InProgress, S::Answered],
            Move::Reject => &[
                S::Received,
                S::Acknowledged,
                S::InProgress,
                S::NeedsClarification,
                S::Answered,
            ],
            Move::Withdraw => &[
                S::Received,
                S::Acknowledged,
                S::InProgress,
                S::NeedsClarification,
                S::Answered,
            ],
        }
    }

    /// Whether `side` may make this move from `status`.
    pub fn allowed(self, side: Side, status: CaseStatus) -> bool {
        self.side() == side && self.from().contains(&status)
    }

    /// The moves `side` may make from `status`, in the order a page offers
    /// them.
    pub fn open_to(side: Side, status: CaseStatus) -> Vec<Move> {
        Self::ALL
            .into_iter()
            .filter(|m| m.allowed(side, status))
            .collect()
    }

    /// The move needs words with it: the question, the answer, or why.
    pub fn needs_text(self) -> bool {
        matches!(self, Move::AskClarification | Move::Answer | Move::Withdraw)
    }
}

/// Why a recipient rejects a case.
pub const REJECT_REASONS: &[&str] = &[
    "insufficient_legal_process",
    "wrong_legal_entity",
    "no_data_held",
    "overbroad",
    "not_our_service",
    "duplicate",
    "other",
];

/// An authority's answer to a report: could it act?
pub const FEEDBACK: &[&str] = &["actionable", "not_actionable", "forwarded"];

/// Why an authority could not act on a report.
pub const NOT_ACTIONABLE_REASONS: &[&str] = &[
    "no_location",
    "no_ip_port_time",
    "duplicate",
    "outside_jurisdiction",
    "insufficient_content_description",
    "other",
];

/// What became of one target of a request.
pub const OUTCOMES: &[&str] = &["produced", "no_records", "rejected"];

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus as S;

    #[test]
    fn every_status_reads_back_and_every_move_is_named_by_its_target() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        for m in Move::ALL {
            assert_eq!(Move::to(m.target().as_str()), Some(m));
        }
        assert_eq!(Move::to("received"), None);
    }

    #[test]
    fn the_happy_path_runs_in_order_and_each_side_makes_only_its_own_moves() {
        let path = [
            (Move::Acknowledge, Side::Recipient),
            (Move::Start, Side::Recipient),
            (Move::AskClarification, Side::Recipient),
            (Move::Answer, Side::Sender),
            (Move::Complete, Side::Recipient),
        ];
        let mut status = S::Received;
        for (m, side) in path {
            assert!(m.allowed(side, status), "{m:?} from {status:?}");
            assert!(!m.allowed(side.other(), status), "{m:?} by the other side");
            status = m.target();
        }
        assert_eq!(status, S::Completed);
        assert!(status.is_closed());
        assert!(Move::open_to(Side::Sender, status).is_empty());
        assert!(Move::open_to(Side::Recipient, status).is_empty());
    }

    #[test]
    fn wrong_order_moves_are_refused() {
        assert!(!Move::Complete.allowed(Side::Recipient, S::Received));
        assert!(!Move::Start.allowed(Side::Recipient, S::Received));
        assert!(!Move::Answer.allowed(Side::Sender, S::InProgress));
        assert!(!Move::Acknowledge.allowed(Side::Recipient, S::Acknowledged));
        for closed in [S::Completed, S::Rejected, S::Withdrawn] {
            for m in Move::ALL {
                assert!(!m.allowed(m.side(), closed), "{m:?} after {closed:?}");
            }
        }
    }
}
