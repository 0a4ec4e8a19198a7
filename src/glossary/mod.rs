//! Terminology: the concept model, its file formats (canonical TOML; TBX v2 and v3,
//! CSV/TSV for exchange), and the term matcher.

pub mod canonical;
pub mod cleanup;
pub mod csv;
pub mod detect;
pub mod error;
pub mod fold;
pub mod input;
pub mod matcher;
pub mod model;
pub mod tbx;

#[cfg(test)]
mod tests;

pub use matcher::{LocaleMatcher, Match};
pub use model::{Concept, Defect, Glossary, MatchPolicy, Status, Term};

use crate::error::{Error, Result};
use std::path::Path;

/// Rejects terms the matcher could never use sensibly.
pub fn validate_term(t: &Term) -> std::result::Result<(), String> {
    if t.text.trim().is_empty() {
        return Err("term text is empty".into());
    }
    if !t.text.chars().any(char::is_alphanumeric) {
        return Err(format!("term `{}` has no letters or digits", t.text));
    }
    if let Some(p) = &t.pattern {
        matcher::check_pattern(p).map_err(|e| format!("bad pattern for `{}`: {e}", t.text))?;
    } else if t.policy == Some(MatchPolicy::Pattern) {
        return Err(format!(
            "term `{}` has match = \"pattern\" but no pattern",
            t.text
        ));
    }
    Ok(())
}

/// Largest glossary file glossator reads (a hostile file cannot exhaust memory).
pub const MAX_GLOSSARY_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a glossary file in any supported format.
pub fn load(path: &Path) -> Result<Glossary> {
    load_with(path, &detect::ReadOptions::default())
}

/// Reads a glossary file; `options` name the locales of a bilingual CSV.
pub fn load_with(path: &Path, options: &detect::ReadOptions) -> Result<Glossary> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::Usage(format!(
            "{}: not a regular file",
            path.display()
        )));
    }
    if meta.len() > MAX_GLOSSARY_BYTES {
        return Err(Error::Usage(format!(
            "{}: glossary larger than {} MiB",
            path.display(),
            MAX_GLOSSARY_BYTES >> 20
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if is_toml {
        let text = String::from_utf8(bytes).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: format!(
                "not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        })?;
        return canonical::read(path, &text);
    }
    let mut g = detect::read_any_with(path, &bytes, options).map_err(|e| format_error(path, e))?;
    // Termbases from other tools: synonyms in one term, optional parts, notes (cleanup.rs).
    cleanup::clean(&mut g, &path.display().to_string());
    for c in &g.concepts {
        for t in &c.terms {
            validate_term(t).map_err(|m| {
                Error::Usage(format!("{}: concept `{}`: {m}", path.display(), c.id))
            })?;
        }
    }
    Ok(g)
}

/// A format error with the file's path, positioned when the reader knows where.
fn format_error(path: &Path, e: error::FormatError) -> Error {
    match e {
        error::FormatError::Malformed {
            line,
            column,
            message,
        }
        | error::FormatError::Unsafe {
            line,
            column,
            message,
        } => Error::Config {
            path: path.to_path_buf(),
            line,
            column,
            message,
        },
        other => Error::Usage(format!("{}: {other}", path.display())),
    }
}

/// Writes `g` in an exchange format.
pub fn export(g: &Glossary, format: &str) -> Result<String> {
    match format {
        "tbx" => tbx::write_tbx(g).map_err(|e| Error::Usage(e.to_string())),
        "csv" => csv::write_csv(g, b',').map_err(|e| Error::Usage(e.to_string())),
        "tsv" => csv::write_csv(g, b'\t').map_err(|e| Error::Usage(e.to_string())),
        "toml" => Ok(canonical::write(g)),
        other => Err(Error::Usage(format!(
            "unknown glossary format `{other}` (tbx, csv, tsv, toml)"
        ))),
    }
}
