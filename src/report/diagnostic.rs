//! The one diagnostic model every rule produces and every renderer reads.

use crate::ftl::{Position, SourceFile};
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    Safe,
    Unsafe,
}

/// A replacement of a byte range of the file the diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub description: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

/// One finding. `span` is a byte range of the file's text (after any BOM) or `None` for
/// findings about a file as a whole, which then point at 1:1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub locale: String,
    pub path: String,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    pub start: Position,
    pub end: Position,
    pub id: Option<String>,
    pub message: String,
    pub fix: Option<Fix>,
    /// The reference file a `missing-*` finding refers to: what `glossa fix --add-missing`
    /// copies from. Not part of the machine formats (the message names it).
    #[serde(skip)]
    pub reference: Option<String>,
}

impl Diagnostic {
    /// A finding at a span of `file`.
    pub fn at(
        rule: &'static str,
        severity: Severity,
        locale: &str,
        file: &SourceFile,
        span: Range<usize>,
        id: Option<&str>,
        message: String,
    ) -> Self {
        let start = file.position(span.start);
        let end = file.position(span.end.max(span.start));
        Diagnostic {
            rule,
            severity,
            locale: locale.to_string(),
            path: file.rel.clone(),
            span: Some(span),
            start,
            end,
            id: id.map(str::to_string),
            message,
            fix: None,
            reference: None,
        }
    }

    /// A finding about a file as a whole (which may not exist).
    pub fn file_level(
        rule: &'static str,
        severity: Severity,
        locale: &str,
        path: &str,
        id: Option<&str>,
        message: String,
    ) -> Self {
        let p = Position { line: 1, column: 1 };
        Diagnostic {
            rule,
            severity,
            locale: locale.to_string(),
            path: path.to_string(),
            span: None,
            start: p,
            end: p,
            id: id.map(str::to_string),
            message,
            fix: None,
            reference: None,
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// The order of every output: by path, position, rule, then message.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            &self.path,
            self.start,
            self.end,
            self.rule,
            &self.locale,
            &self.message,
        )
    }
}

/// Sorts stably: the check concatenates per-locale runs that are sorted already, which a
/// stable sort merges in linear time per run (an unstable sort would start over).
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
