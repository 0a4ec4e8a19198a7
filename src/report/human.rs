//! Human output in the style of rustc and ruff: location, severity, rule, message, the
//! source line with the span underlined, then a per-locale summary table.

use super::paths::PathBase;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::SourceFile;
use crate::summary::Summary;
use anstyle::{AnsiColor, Style};
use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write;
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const DIM: Style = AnsiColor::Blue.on_default().bold();
const BOLD: Style = Style::new().bold();

fn sev_style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
    }
}

/// Renders diagnostics (already sorted) with snippets from `files`. Styles are always
/// written; the output stream (anstream) strips them when color is off.
pub fn render(diagnostics: &[Diagnostic], files: &HashMap<String, Arc<SourceFile>>) -> String {
    render_with(diagnostics, files, &PathBase::root())
}

/// [`render`], with paths shown from `paths`' folder (the current directory, so that a
/// terminal can open them).
pub fn render_with(
    diagnostics: &[Diagnostic],
    files: &HashMap<String, Arc<SourceFile>>,
    paths: &PathBase,
) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let s = sev_style(d.severity);
        let _ = writeln!(
            out,
            "{BOLD}{}:{}:{}{BOLD:#}: {s}{}[{}]{s:#} {BOLD}{}{BOLD:#}",
            paths.show(&d.path),
            d.start.line,
            d.start.column,
            d.severity.as_str(),
            d.rule,
            d.message
        );
        if let (Some(span), Some(f)) = (&d.span, files.get(d.path.as_str())) {
            snippet(&mut out, d, span.clone(), f, s);
        }
        if let Some(fix) = &d.fix {
            let _ = writeln!(
                out,
                "  {DIM}={DIM:#} fix ({:?}): {}",
                fix.applicability, fix.description
            );
        }
    }
    out
}

fn snippet(
    out: &mut String,
    d: &Diagnostic,
    span: std::ops::Range<usize>,
    f: &SourceFile,
    s: Style,
) {
    let line = d.start.line;
    let range = f.lines().line_range(&f.text, line);
    let text = &f.text[range.clone()];
    let start = span.start.clamp(range.start, range.end) - range.start;
    let end = span.end.clamp(range.start, range.end) - range.start;
    let start = crate::ftl::lines::floor_char_boundary(text, start);
    let end = crate::ftl::lines::floor_char_boundary(text, end).max(start);
    // Long lines (one-line messages of a report) are cut to a window around the span.
    let (from, to) = window(text, start, end);
    let shown = format!(
        "{}{}{}",
        if from > 0 { "…" } else { "" },
        text[from..to].replace('\t', " "),
        if to < text.len() { "…" } else { "" }
    );
    let lead = usize::from(from > 0);
    let pad = lead + UnicodeWidthStr::width(&text[from..start].replace('\t', " ") as &str);
    let width = UnicodeWidthStr::width(&text[start..end.min(to)].replace('\t', " ") as &str).max(1);
    let gutter = " ".repeat(line.to_string().len());
    let _ = writeln!(out, "{gutter} {DIM}|{DIM:#}");
    let _ = writeln!(out, "{DIM}{line} |{DIM:#} {shown}");
    let _ = writeln!(
        out,
        "{gutter} {DIM}|{DIM:#} {}{s}{}{s:#}",
        " ".repeat(pad),
        "^".repeat(width)
    );
}

/// Byte range of `text` to show: all of it when short, else about 100 columns from a
/// little before the span.
fn window(text: &str, start: usize, end: usize) -> (usize, usize) {
    const MAX: usize = 100;
    if UnicodeWidthStr::width(text) <= MAX {
        return (0, text.len());
    }
    let mut from = start;
    let mut w = 0;
    for (i, c) in text[..start].char_indices().rev() {
        w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w > 20 {
            break;
        }
        from = i;
    }
    let mut to = text.len();
    let mut w = 0;
    for (i, c) in text[from..].char_indices() {
        w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w > MAX && from + i >= end.min(from + MAX * 4) {
            to = from + i;
            break;
        }
    }
    (from, to)
}

/// The per-locale table and the closing count line.
pub fn render_summary(summary: &Summary) -> String {
    let mut out = String::new();
    let w = summary
        .per_locale
        .keys()
        .map(|k| k.len())
        .max()
        .unwrap_or(6)
        .max(6);
    let _ = writeln!(
        out,
        "\n{BOLD}{:<w$}  {:>8}  {:>7}  {:>8}  {:>6}  {:>8}  {:>9}{BOLD:#}",
        "locale", "messages", "missing", "obsolete", "errors", "warnings", "complete"
    );
    for (locale, s) in &summary.per_locale {
        let _ = writeln!(
            out,
            "{:<w$}  {:>8}  {:>7}  {:>8}  {:>6}  {:>8}  {:>8.1}%",
            locale, s.messages, s.missing, s.obsolete, s.errors, s.warnings, s.completion
        );
    }
    let style = if summary.errors > 0 {
        ERROR
    } else if summary.warnings > 0 {
        WARNING
    } else {
        BOLD
    };
    let _ = writeln!(
        out,
        "\n{style}{} error{}, {} warning{}{style:#} in {} files, {} locales.",
        summary.errors,
        if summary.errors == 1 { "" } else { "s" },
        summary.warnings,
        if summary.warnings == 1 { "" } else { "s" },
        summary.files,
        summary.locales
    );
    out
}
