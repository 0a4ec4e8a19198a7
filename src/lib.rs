//! glossator keeps multilingual Fluent (`.ftl`) localizations correct.
//!
//! Data flows one way: [`project`] (configuration, file sets) → [`ftl`] (parsing, spans,
//! indexes) → [`rules`] → [`report`]. [`check`] runs that pipeline; [`extract`] sits
//! beside it and writes the Fluent files the checker reads. Every command writes through
//! [`fs`].

pub mod baseline;
pub mod check;
pub mod diagnostic;
pub mod error;
pub mod extract;
pub mod fix;
pub mod fs;
pub mod ftl;
pub mod glossary;
pub mod lsp;
pub mod plural_rules;
pub mod project;
pub mod render;
pub mod report;
pub mod rules;
pub mod summary;

pub use error::{Error, Result};
