//! Diagnostics and their output formats. Renderers only read; they never decide.

pub mod diagnostic;
pub mod human;
pub mod json;
pub mod summary;

pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use summary::{LocaleSummary, Summary};
