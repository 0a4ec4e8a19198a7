//! Loading and parsing Fluent files, spans to line/column, the per-locale index.

pub mod index;
pub mod lines;
pub mod markup;
pub mod model;
pub mod numbers;
pub mod source;
pub mod visible;

pub use index::LocaleIndex;
pub use lines::{LineIndex, Position};
pub use source::SourceFile;
