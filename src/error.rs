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
    #[error(transparent)]
    Extract(#[from] crate::extract::ExtractError),
    #[error(transparent)]
    Render(#[from] crate::render::RenderError),
    #[error(transparent)]
    Lsp(#[from] crate::lsp::LspError),
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

/// Largest configuration, glossary or baseline file glossator reads.
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a configuration-like text file: a regular file (a FIFO or a device would hang
/// or never end), at most [`MAX_CONFIG_BYTES`], UTF-8.
pub fn read_text(path: &std::path::Path) -> Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::Usage(format!(
            "{}: not a regular file",
            path.display()
        )));
    }
    if meta.len() > MAX_CONFIG_BYTES {
        return Err(Error::Usage(format!(
            "{}: larger than {} MiB",
            path.display(),
            MAX_CONFIG_BYTES >> 20
        )));
    }
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}
