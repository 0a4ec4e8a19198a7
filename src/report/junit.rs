//! `--format junit`: JUnit XML as GitLab and Jenkins read it: one testsuite per locale, one
//! testcase per file. A test case fails only for what fails the run (findings of severity
//! error); warnings are listed in its `<system-out>`, so Jenkins does not mark a build
//! unstable that glossator passed.

use crate::diagnostic::{Diagnostic, Severity};
use std::collections::BTreeMap;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters, even escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `checked` lists the files of every locale (files without findings pass).
pub fn render(diagnostics: &[Diagnostic], checked: &BTreeMap<String, Vec<String>>) -> String {
    let mut by_case: BTreeMap<(&str, &str), Vec<&Diagnostic>> = BTreeMap::new();
    for (locale, files) in checked {
        for f in files {
            by_case.entry((locale.as_str(), f.as_str())).or_default();
        }
    }
    for d in diagnostics {
        by_case
            .entry((d.locale.as_str(), d.path.as_str()))
            .or_default()
            .push(d);
    }
    let mut suites: BTreeMap<&str, Vec<(&str, &Vec<&Diagnostic>)>> = BTreeMap::new();
    for ((locale, path), ds) in &by_case {
        suites.entry(locale).or_default().push((path, ds));
    }
    let failed = |ds: &[&Diagnostic]| ds.iter().any(|d| d.severity == Severity::Error);
    let total_tests: usize = suites.values().map(Vec::len).sum();
    let total_failures: usize = by_case.values().filter(|d| failed(d)).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"glossator\" tests=\"{total_tests}\" failures=\"{total_failures}\">\n"
    ));
    let line = |d: &Diagnostic| {
        esc(&format!(
            "{}:{}:{}: {}[{}] {}\n",
            d.path,
            d.start.line,
            d.start.column,
            d.severity.as_str(),
            d.rule,
            d.message
        ))
    };
    for (locale, cases) in suites {
        let failures = cases.iter().filter(|(_, d)| failed(d)).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">\n",
            esc(locale),
            cases.len()
        ));
        for (path, ds) in cases {
            out.push_str(&format!(
                "    <testcase classname=\"glossator.{}\" name=\"{}\" file=\"{}\"",
                esc(locale),
                esc(path),
                esc(path)
            ));
            if ds.is_empty() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
                ds.iter().partition(|d| d.severity == Severity::Error);
            if !errors.is_empty() {
                out.push_str(&format!(
                    "      <failure type=\"error\" message=\"{} error(s)\">",
                    errors.len()
                ));
                for d in &errors {
                    out.push_str(&line(d));
                }
                out.push_str("</failure>\n");
            }
            if !warnings.is_empty() {
                out.push_str("      <system-out>");
                for d in &warnings {
                    out.push_str(&line(d));
                }
                out.push_str("</system-out>\n");
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
