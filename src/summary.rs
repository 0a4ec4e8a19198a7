//! Per-locale counts: what the summary table and the JSON `summary` show.

use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct LocaleSummary {
    /// Messages and terms of the reference files that apply to the locale.
    pub messages: usize,
    pub missing: usize,
    pub obsolete: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Percentage of reference messages present, one decimal.
    pub completion: f64,
}

impl LocaleSummary {
    /// Counts one finding of the locale.
    pub fn count(&mut self, severity: crate::diagnostic::Severity) {
        match severity {
            crate::diagnostic::Severity::Error => self.errors += 1,
            crate::diagnostic::Severity::Warning => self.warnings += 1,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub files: usize,
    pub locales: usize,
    pub errors: usize,
    pub warnings: usize,
    pub per_locale: BTreeMap<String, LocaleSummary>,
}

pub fn completion(messages: usize, missing: usize) -> f64 {
    if messages == 0 {
        return 100.0;
    }
    let pct = (messages.saturating_sub(missing)) as f64 * 100.0 / messages as f64;
    // Never show 100.0 while something is missing.
    let rounded = (pct * 10.0).round() / 10.0;
    if missing > 0 && rounded >= 100.0 {
        99.9
    } else {
        rounded
    }
}
