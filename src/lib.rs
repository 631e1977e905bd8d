//! casebridge: builds records requests and APAC child-safety reports that
//! their recipients can act on at once.
//!
//! Data flows one way: HTTP form → DTO → domain value → rules → store, and
//! store → domain → template. [`web::router`] is where the pieces meet.

pub mod accounts;
pub mod app;
pub mod config;
pub mod demo;
pub mod directory;
pub mod domain;
pub mod i18n;
pub mod jobs;
pub mod ncmec;
pub mod package;
pub mod rules;
pub mod startup;
pub mod store;
pub mod web;
