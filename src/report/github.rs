//! `--format github`: GitHub Actions workflow commands, one annotation per finding.

use super::paths::PathBase;
use crate::diagnostic::{Diagnostic, Severity};

/// `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message`
pub fn render(diagnostics: &[Diagnostic]) -> String {
    render_with(diagnostics, &PathBase::root())
}

/// [`render`], with paths from `paths`' folder (the repository's top: GitHub places
/// annotations by paths from there).
pub fn render_with(diagnostics: &[Diagnostic], paths: &PathBase) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            property(&paths.show(&d.path)),
            d.start.line,
            d.start.column,
            d.end.line.max(d.start.line),
            d.end.column,
            property(&format!("glossator {} ({})", d.rule, d.locale)),
            data(&match &d.help {
                Some(help) => format!("{}\nhelp: {help}", d.message),
                None => d.message.clone(),
            })
        ));
    }
    out
}

/// Escaping of a workflow command's message (as @actions/core does).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
