//! Pure types and rules: no I/O, no HTTP, no SQL. Values here are parsed once at
//! the edge and trusted afterwards.

pub mod country;
pub mod email;
pub mod identifier;
pub mod legal_basis;
pub mod national_id;
pub mod org;
pub mod password;
pub mod phone;
pub mod reference;
pub mod report;
pub mod request;
pub mod request_type;
pub mod role;
pub mod size;
pub mod time;
pub mod token_scope;
