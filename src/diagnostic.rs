//! The one diagnostic model every rule produces and every renderer reads.

use crate::ftl::{Position, SourceFile};
use serde::Serialize;
use smol_str::SmolStr;
use std::borrow::Cow;
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
    /// Neither costs an allocation per finding (a project of 100 locales has tens of
    /// thousands): locale tags are short enough to be stored inline, and the findings
    /// of a file share its path.
    pub locale: SmolStr,
    pub path: SmolStr,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    pub start: Position,
    pub end: Position,
    pub id: Option<String>,
    pub message: String,
    /// Boxed: few findings have one, and every finding is moved several times on its
    /// way to the output.
    pub fix: Option<Box<Fix>>,
    /// The reference file a `missing-*` finding refers to: what `glossator fix --add-missing`
    /// copies from. Not part of the machine formats (the message names it).
    #[serde(skip)]
    pub reference: Option<SmolStr>,
    /// What a terminology finding is about (JSON `concept`, `expected`); boxed, as few
    /// findings have it.
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub term: Option<Box<TermInfo>>,
    /// What to do about it, in plain words (`= help:` in human output).
    pub help: Option<Cow<'static, str>>,
    /// Another place that explains the finding: where the reference defines what is
    /// missing, where a duplicate was first defined. Kept out of the message, so that
    /// messages (and the baseline keys made of them) hold no line numbers.
    pub related: Option<Box<Related>>,
}

/// The glossary side of a terminology finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermInfo {
    /// The concept id.
    pub concept: String,
    /// The terms the glossary asks for there (the locale's preferred, or allowed, terms).
    pub expected: Vec<String>,
}

/// A place related to a finding, with what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    pub path: SmolStr,
    pub start: Position,
    pub message: Cow<'static, str>,
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
            locale: SmolStr::new(locale),
            path: file.rel.clone(),
            span: Some(span),
            start,
            end,
            id: id.map(str::to_string),
            message,
            fix: None,
            reference: None,
            term: None,
            help: None,
            related: None,
        }
    }

    /// A finding about a file as a whole (which may not exist).
    pub fn file_level(
        rule: &'static str,
        severity: Severity,
        locale: &str,
        path: impl Into<SmolStr>,
        id: Option<&str>,
        message: String,
    ) -> Self {
        let p = Position { line: 1, column: 1 };
        Diagnostic {
            rule,
            severity,
            locale: SmolStr::new(locale),
            path: path.into(),
            span: None,
            start: p,
            end: p,
            id: id.map(str::to_string),
            message,
            fix: None,
            reference: None,
            term: None,
            help: None,
            related: None,
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(Box::new(fix));
        self
    }

    /// Sets the help line.
    pub fn help(&mut self, help: impl Into<Cow<'static, str>>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    /// Points at a related place: `message` says what is there.
    pub fn relate(
        &mut self,
        path: &SmolStr,
        start: Position,
        message: impl Into<Cow<'static, str>>,
    ) -> &mut Self {
        self.related = Some(Box::new(Related {
            path: path.clone(),
            start,
            message: message.into(),
        }));
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

/// Sorts into output order ([`Diagnostic::sort_key`]), stably. The sort moves indexes and
/// each finding is moved once into its place: a finding is over 200 bytes, and a sort moves
/// each element a dozen times or more.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    let mut order: Vec<u32> = (0..diags.len() as u32).collect();
    order.sort_by(|&a, &b| output_order(&diags[a as usize], &diags[b as usize]));
    let mut slots: Vec<Option<Diagnostic>> = std::mem::take(diags).into_iter().map(Some).collect();
    // Each index is in `order` once: every finding is taken, none twice.
    diags.reserve(order.len());
    diags.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// [`Diagnostic::sort_key`]'s order. The findings of a file share its path and those of a
/// rule its name, and a locale's findings are mostly many of one rule in one file (its
/// missing messages): strings at one address are equal without reading them.
fn output_order(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    fn text(a: &str, b: &str) -> std::cmp::Ordering {
        if std::ptr::eq(a, b) {
            std::cmp::Ordering::Equal
        } else {
            a.cmp(b)
        }
    }
    text(&a.path, &b.path)
        .then_with(|| a.start.cmp(&b.start))
        .then_with(|| a.end.cmp(&b.end))
        .then_with(|| text(a.rule, b.rule))
        .then_with(|| text(&a.locale, &b.locale))
        .then_with(|| a.message.cmp(&b.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_orders_by_key_and_keeps_ties_in_order() {
        let mut all = Vec::new();
        for (i, (path, line, rule, msg)) in [
            ("fr/b.ftl", 1, "missing-message", "missing message `z`"),
            ("fr/a.ftl", 3, "unknown-variable", "x"),
            ("fr/b.ftl", 1, "missing-message", "missing message `a`"),
            ("de/a.ftl", 1, "missing-file", "m"),
            ("fr/a.ftl", 3, "markup-mismatch", "x"),
            ("fr/b.ftl", 1, "missing-message", "missing message `a`"),
            ("fr/a.ftl", 2, "unknown-variable", "x"),
        ]
        .into_iter()
        .enumerate()
        {
            let mut d = Diagnostic::file_level(
                rule,
                Severity::Warning,
                "fr",
                path,
                Some(&i.to_string()),
                msg.to_string(),
            );
            d.start.line = line;
            d.end.line = line;
            all.push(d);
        }
        let mut expected = all.clone();
        expected.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        sort(&mut all);
        assert_eq!(all, expected);
        // The two equal findings keep their order (ids 2 then 5).
        let ids: Vec<&str> = all.iter().filter_map(|d| d.id.as_deref()).collect();
        assert_eq!(ids, ["3", "6", "4", "1", "2", "5", "0"]);
        // A path shared by its findings (one allocation) and the same path allocated again
        // sort as the same text.
        let long = SmolStr::new("fr/firefox/new/desktop-download.ftl");
        let mut shared: Vec<Diagnostic> = ["b", "c", "a"]
            .iter()
            .map(|m| {
                Diagnostic::file_level(
                    "missing-message",
                    Severity::Warning,
                    "fr",
                    long.clone(),
                    None,
                    m.to_string(),
                )
            })
            .collect();
        shared.push(Diagnostic::file_level(
            "missing-message",
            Severity::Warning,
            "fr",
            "fr/firefox/new/desktop-download.ftl",
            None,
            "ab".to_string(),
        ));
        sort(&mut shared);
        let messages: Vec<&str> = shared.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages, ["a", "ab", "b", "c"]);
    }
}
