//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF consumers.

use super::paths::PathBase;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::rules::Rule;
use serde_json::{json, Value};

/// One SARIF log with one run: every rule (with its documentation as help) and every finding.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    render_with(diagnostics, &PathBase::root())
}

/// [`render`], with URIs from `paths`' folder (the repository's top, `%SRCROOT%` for
/// code scanning).
pub fn render_with(diagnostics: &[Diagnostic], paths: &PathBase) -> String {
    let rules = crate::rules::all();
    let rule_objects: Vec<Value> = rules.iter().map(|r| rule_object(r)).collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let index = rules.iter().position(|r| r.name == d.rule);
            result(d, index, paths)
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "glossator",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://projectfluent.org",
                    "rules": rule_objects,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// A rule as SARIF describes it, its documentation as help.
fn rule_object(r: &Rule) -> Value {
    json!({
        "id": r.name,
        "name": r.name,
        "shortDescription": { "text": r.summary() },
        "fullDescription": { "text": r.doc().trim() },
        "help": { "text": r.doc().trim(), "markdown": r.doc().trim() },
        "defaultConfiguration": {
            "level": level(r.default_severity),
            "enabled": r.default_on,
        },
        "properties": { "family": r.family },
    })
}

/// A finding as a SARIF result: its location, help (in the message), related location,
/// rule index (`index`) and fix.
fn result(d: &Diagnostic, index: Option<usize>, paths: &PathBase) -> Value {
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": { "text": d.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&paths.show(&d.path)), "uriBaseId": "%SRCROOT%" },
                "region": {
                    "startLine": d.start.line,
                    "startColumn": d.start.column,
                    "endLine": d.end.line.max(d.start.line),
                    "endColumn": if d.end > d.start { d.end.column } else { d.start.column + 1 },
                }
            }
        }],
        "properties": { "locale": d.locale, "messageId": d.id },
    });
    if let Some(r) = &d.related {
        result["relatedLocations"] = json!([{
            "id": 0,
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&paths.show(&r.path)), "uriBaseId": "%SRCROOT%" },
                "region": { "startLine": r.start.line, "startColumn": r.start.column },
            },
            "message": { "text": r.message },
        }]);
    }
    if let Some(help) = &d.help {
        result["message"]["text"] = json!(format!("{}\nhelp: {help}", d.message));
    }
    if let Some(i) = index {
        result["ruleIndex"] = json!(i);
    }
    if let Some(fix) = &d.fix {
        result["fixes"] = fixes(fix, &d.path, paths);
    }
    result
}

/// A safe or unsafe fix of file `path` as SARIF fixes: byte ranges replaced.
fn fixes(fix: &Fix, path: &str, paths: &PathBase) -> Value {
    json!([{
        "description": { "text": fix.description },
        "artifactChanges": [{
            "artifactLocation": { "uri": uri(&paths.show(path)), "uriBaseId": "%SRCROOT%" },
            "replacements": fix.edits.iter().map(|e| json!({
                "deletedRegion": { "byteOffset": e.range.start, "byteLength": e.range.end - e.range.start },
                "insertedContent": { "text": e.replacement },
            })).collect::<Vec<_>>(),
        }],
    }])
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A relative URI reference: path segments percent-encoded where needed.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
