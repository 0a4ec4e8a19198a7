//! Terminology: the concept model, its file formats, and the term matcher.

pub mod canonical;
pub mod fold;
pub mod matcher;
pub mod model;

pub use matcher::{LocaleMatcher, Match};
pub use model::{Concept, Glossary, MatchPolicy, Status, Term};

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
        matcher::compile_pattern(p).map_err(|e| format!("bad pattern for `{}`: {e}", t.text))?;
    } else if t.policy == Some(MatchPolicy::Pattern) {
        return Err(format!(
            "term `{}` has match = \"pattern\" but no pattern",
            t.text
        ));
    }
    Ok(())
}

/// Largest glossary file glossa reads (a hostile file cannot exhaust memory).
pub const MAX_GLOSSARY_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a glossary file in any supported format.
pub fn load(path: &Path) -> Result<Glossary> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > MAX_GLOSSARY_BYTES {
        return Err(Error::Usage(format!(
            "{}: glossary larger than {} MiB",
            path.display(),
            MAX_GLOSSARY_BYTES >> 20
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    canonical::read(path, &text)
}
