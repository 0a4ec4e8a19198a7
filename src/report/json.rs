//! `--format json`: one document with every diagnostic and the summary.

use crate::diagnostic::Diagnostic;
use crate::summary::Summary;
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    diagnostics: Vec<Item<'a>>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct Item<'a> {
    rule: &'a str,
    severity: &'a str,
    locale: &'a str,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    id: Option<&'a str>,
    message: &'a str,
    /// Terminology findings only: the concept id and the expected terms.
    #[serde(skip_serializing_if = "Option::is_none")]
    concept: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<&'a [String]>,
    /// What to do, in plain words.
    help: Option<&'a str>,
    /// Where the reference defines what is missing, or where a duplicate was first defined.
    related: Option<Related<'a>>,
}

#[derive(Serialize)]
struct Related<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

pub fn render(diagnostics: &[Diagnostic], summary: &Summary) -> String {
    let doc = Doc {
        diagnostics: diagnostics
            .iter()
            .map(|d| Item {
                rule: d.rule,
                severity: d.severity.as_str(),
                locale: &d.locale,
                path: &d.path,
                line: d.start.line,
                column: d.start.column,
                end_line: d.end.line,
                end_column: d.end.column,
                id: d.id.as_deref(),
                message: &d.message,
                concept: d.term.as_ref().map(|t| t.concept.as_str()),
                expected: d.term.as_ref().map(|t| t.expected.as_slice()),
                help: d.help.as_deref(),
                related: d.related.as_deref().map(|r| Related {
                    path: &r.path,
                    line: r.start.line,
                    column: r.start.column,
                    message: &r.message,
                }),
            })
            .collect(),
        summary,
    };
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
