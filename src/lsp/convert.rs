//! Between glossator's model and the protocol's: file paths and URIs, findings and
//! diagnostics.

use super::text::{Document, Encoding, Lines};
use crate::diagnostic::{Diagnostic, Severity};
use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Range, Uri,
};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The local path a `file:` URI names (none for other schemes: unsaved buffers and the like).
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    url::Url::parse(uri.as_str()).ok()?.to_file_path().ok()
}

/// The `file:` URI of an absolute path.
pub fn uri_of(path: &Path) -> Option<Uri> {
    let url = url::Url::from_file_path(path).ok()?;
    Uri::from_str(url.as_str()).ok()
}

/// Where the documentation of rules is linked from diagnostics unless the client names
/// another place (`docsUrl`): each rule's page in the crate's API documentation, where its
/// doc comment, the rule's documentation, is published.
pub const DEFAULT_DOCS_URL: &str =
    "https://docs.rs/glossator/latest/glossator/rules/{family}/static.{RULE}.html";

/// The documentation link of `rule` from a template with `{rule}` (`unknown-variable`),
/// `{RULE}` (`UNKNOWN_VARIABLE`) and `{family}` (`variables`).
pub fn rule_link(template: &str, rule: &str) -> Option<Uri> {
    let family = crate::rules::find(rule).map_or("", |r| r.family);
    let upper = rule.to_ascii_uppercase().replace('-', "_");
    let url = template
        .replace("{rule}", rule)
        .replace("{RULE}", &upper)
        .replace("{family}", family);
    Uri::from_str(&url).ok()
}

/// A reference message's place, for a finding's related information.
pub struct Related {
    pub location: Location,
    pub message: String,
}

/// One finding as the protocol shows it. Findings about a whole file point at its start.
pub fn diagnostic(
    d: &Diagnostic,
    doc: &Document,
    enc: Encoding,
    docs_url: &str,
    related: Option<Related>,
) -> lsp_types::Diagnostic {
    let range = match &d.span {
        Some(s) => doc.range(s.clone(), enc),
        None => Range::default(),
    };
    lsp_types::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(d.rule.to_string())),
        code_description: rule_link(docs_url, d.rule).map(|href| CodeDescription { href }),
        source: Some("glossator".into()),
        message: d.message.clone(),
        related_information: related.map(|r| {
            vec![DiagnosticRelatedInformation {
                location: r.location,
                message: r.message,
            }]
        }),
        tags: None,
        data: None,
    }
}

/// The range of `span` in a file glossator parsed (its text without a BOM), for a file
/// that is not open in the editor.
pub fn file_range(text: &str, lines: &Lines, span: std::ops::Range<usize>, enc: Encoding) -> Range {
    lines.range(text, span, enc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_uris_round_trip() {
        let p = Path::new("/tmp/a b/fr/été.ftl");
        let uri = uri_of(p).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/a%20b/fr/%C3%A9t%C3%A9.ftl");
        assert_eq!(path_of(&uri).unwrap(), p);
        assert_eq!(
            path_of(&Uri::from_str("untitled:Untitled-1").unwrap()),
            None
        );
    }

    #[test]
    fn every_rule_links_to_its_documentation() {
        for r in crate::rules::all() {
            let link = rule_link(DEFAULT_DOCS_URL, r.name).unwrap();
            let upper = r.name.to_ascii_uppercase().replace('-', "_");
            assert!(
                link.as_str()
                    .ends_with(&format!("/rules/{}/static.{upper}.html", r.family)),
                "{}",
                link.as_str()
            );
        }
        let custom = rule_link("https://example.org/rules#{rule}", "bom").unwrap();
        assert_eq!(custom.as_str(), "https://example.org/rules#bom");
    }
}
