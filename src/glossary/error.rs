//! Errors of the glossary file formats.

use thiserror::Error;

/// An error reading or writing a glossary file.
///
/// Positions are 1-based; `column` counts Unicode scalar values (characters) from the
/// start of the line. The file path is not part of the error: the caller adds it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    /// The input is not well-formed XML or CSV, or its structure or a value in it is
    /// not what the format allows (a bad `x-glossator-match`, a short CSV row, ...).
    #[error("line {line}, column {column}: {message}")]
    Malformed {
        line: usize,
        column: usize,
        message: String,
    },
    /// The input asks for something the reader refuses to do on principle: a DOCTYPE
    /// declaring entities (entity expansion bombs, external entities).
    #[error("line {line}, column {column}: refused: {message}")]
    Unsafe {
        line: usize,
        column: usize,
        message: String,
    },
    /// The input is larger than [`super::input::MAX_INPUT`].
    #[error("input is {size} bytes, more than the limit of {max} bytes")]
    TooLarge { size: usize, max: usize },
    /// Not a format these readers handle (TOML, XLSX, XML that is not TBX, ...).
    #[error("unsupported glossary format: {0}")]
    Unsupported(String),
    /// A bilingual CSV does not name its locales and the caller did not give them.
    #[error("{0}")]
    MissingLocale(String),
    /// The glossary holds a value the target format cannot represent (a control
    /// character in XML), or the writer failed.
    #[error("cannot write: {0}")]
    Unrepresentable(String),
}
