//! Baselines: a legacy project records today's findings and fails CI only on new ones.
//!
//! Entries are keyed by rule, locale, path, message id and the matched text (the source
//! text of the finding's span, or its message for file-level findings), never by line
//! numbers, so unrelated edits above a finding do not invalidate it. Keys are counted: two
//! identical findings need two entries.

use crate::check::Outcome;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub locale: String,
    pub path: String,
    pub id: Option<String>,
    pub text: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

fn entry(d: &Diagnostic, outcome: &Outcome) -> Entry {
    let text = match (&d.span, outcome.files.get(d.path.as_str())) {
        (Some(span), Some(f)) if span.end <= f.text.len() && span.start < span.end => {
            f.text.get(span.clone()).unwrap_or("").to_string()
        }
        _ => d.message.clone(),
    };
    Entry {
        rule: d.rule.to_string(),
        locale: d.locale.to_string(),
        path: d.path.to_string(),
        id: d.id.clone(),
        text,
    }
}

/// The baseline of an outcome (which must keep its sources).
pub fn of(outcome: &Outcome) -> Baseline {
    let mut entries: Vec<Entry> = outcome
        .diagnostics
        .iter()
        .map(|d| entry(d, outcome))
        .collect();
    entries.sort();
    Baseline {
        version: 1,
        entries,
    }
}

/// Writes the baseline through [`crate::fs`]: atomically onto a regular file, through a
/// link, directly into a pipe or device.
pub fn write(path: &Path, b: &Baseline) -> Result<()> {
    let mut s = serde_json::to_string_pretty(b).map_err(|e| Error::Usage(e.to_string()))?;
    s.push('\n');
    crate::fs::write(path, s.as_bytes()).map_err(|e| Error::io(path, e))?;
    Ok(())
}

pub fn read(path: &Path) -> Result<Baseline> {
    let text = crate::error::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| Error::Config {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message: format!("not a glossator baseline: {e}"),
    })
}

/// Removes findings the baseline records; returns how many were removed.
pub fn apply(outcome: &mut Outcome, b: &Baseline) -> usize {
    let mut budget: BTreeMap<&Entry, usize> = BTreeMap::new();
    for e in &b.entries {
        *budget.entry(e).or_default() += 1;
    }
    let keys: Vec<Entry> = outcome
        .diagnostics
        .iter()
        .map(|d| entry(d, outcome))
        .collect();
    let mut keep = Vec::with_capacity(keys.len());
    let mut removed = 0;
    for (d, k) in std::mem::take(&mut outcome.diagnostics)
        .into_iter()
        .zip(keys)
    {
        match budget.get_mut(&k) {
            Some(n) if *n > 0 => {
                *n -= 1;
                removed += 1;
            }
            _ => keep.push(d),
        }
    }
    outcome.diagnostics = keep;
    outcome.recount();
    removed
}
