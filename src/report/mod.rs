//! Diagnostics and their output formats. Renderers only read; they never decide.

pub mod baseline;
pub mod diagnostic;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod summary;

pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity, TermInfo};
pub use summary::{LocaleSummary, Summary};
