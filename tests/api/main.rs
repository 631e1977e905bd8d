//! Integration tests: the app on port 0 with a fresh database per test,
//! driven over HTTP.

mod accounts;
mod audit;
mod audit_log;
mod auth;
mod authority_keys;
mod browser;
mod cases;
mod cli;
mod csrf;
mod delivery;
mod delivery_crypto;
mod directory;
mod duties;
mod finding;
mod forms;
mod health;
mod helpers;
mod hostile;
mod locale;
mod ncmec;
mod ncmec_submit;
mod pages;
mod report_flow;
mod report_package;
mod reports;
mod request_flow;
mod request_package;
mod requests;
mod roles;
mod schema;
mod smtp;
mod strangers;
mod sweep;
mod workflow;
