//! Errors that stop a run (exit code 2). Problems inside Fluent files are findings, not errors.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A configuration file is malformed or says something impossible.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Config {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// No configuration found, bad arguments and the like.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A config error at a byte offset of `text`.
    pub fn config_at(
        path: &std::path::Path,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        let idx = crate::ftl::LineIndex::new(text);
        let p = idx.position(text, offset);
        Error::Config {
            path: path.to_path_buf(),
            line: p.line,
            column: p.column,
            message: message.into(),
        }
    }

    /// A TOML syntax or schema error, positioned where the parser says.
    pub fn from_toml(path: &std::path::Path, text: &str, e: &toml::de::Error) -> Self {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        Self::config_at(path, text, offset, e.message().trim().to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
