//! The web layer's readers of untrusted input, gathered so that property
//! tests and fuzz targets (fuzz/) can drive them without a server.

pub use super::api::{Problem, parse_document};
pub use super::error::safe_next;
pub use super::requests::{Upload, clean_file_name, read_multipart};
