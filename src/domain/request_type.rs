//! The kinds of records request an officer can send a company.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestType {
    /// Keep records while legal process is obtained (original or extension).
    Preservation,
    /// Disclosure without process when someone faces imminent harm.
    Emergency,
    /// Basic subscriber information.
    Subscriber,
    /// Traffic data and IP logs (non-content).
    Traffic,
    /// Stored content.
    Content,
}

impl RequestType {
    pub const ALL: [RequestType; 5] = [
        RequestType::Preservation,
        RequestType::Emergency,
        RequestType::Subscriber,
        RequestType::Traffic,
        RequestType::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestType::Preservation => "preservation",
            RequestType::Emergency => "emergency",
            RequestType::Subscriber => "subscriber",
            RequestType::Traffic => "traffic",
            RequestType::Content => "content",
        }
    }

    /// The Fluent key of the type's name.
    pub fn label_key(self) -> &'static str {
        match self {
            RequestType::Preservation => "request-type-preservation",
            RequestType::Emergency => "request-type-emergency",
            RequestType::Subscriber => "request-type-subscriber",
            RequestType::Traffic => "request-type-traffic",
            RequestType::Content => "request-type-content",
        }
    }
}

impl fmt::Display for RequestType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
