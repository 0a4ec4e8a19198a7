//! `--format json`: one document with every diagnostic and the summary.

use crate::diagnostic::Diagnostic;
use crate::summary::Summary;
use rayon::prelude::*;
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

/// Findings serialized together, and chunks rendered in parallel before they are written:
/// enough to keep the cores busy, few enough that memory holds them and not the document
/// (a whole project's JSON is tens of megabytes).
const CHUNK: usize = 512;
const CHUNKS_AT_ONCE: usize = 8;

/// Writes the document to `out` as `serde_json`'s pretty printer writes it whole.
pub fn write(
    diagnostics: &[Diagnostic],
    summary: &Summary,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let head = Doc {
        diagnostics: Vec::new(),
        summary,
    };
    let head = serde_json::to_string_pretty(&head).map_err(std::io::Error::other)?;
    let empty = "\"diagnostics\": []";
    let Some(at) = head.find(empty).filter(|_| !diagnostics.is_empty()) else {
        out.write_all(head.as_bytes())?;
        return out.write_all(b"\n");
    };
    out.write_all(&head.as_bytes()[..at])?;
    out.write_all(b"\"diagnostics\": [")?;
    for (n, group) in diagnostics.chunks(CHUNK * CHUNKS_AT_ONCE).enumerate() {
        let parts: Vec<Vec<u8>> = group.par_chunks(CHUNK).map(chunk).collect();
        for (i, part) in parts.iter().enumerate() {
            // The first chunk follows the document's bracket with no comma.
            let comma = usize::from(n == 0 && i == 0);
            out.write_all(part.get(comma..).unwrap_or_default())?;
        }
    }
    out.write_all(b"\n  ]")?;
    out.write_all(&head.as_bytes()[at + empty.len()..])?;
    out.write_all(b"\n")
}

/// A chunk of findings as they appear in the document's array, after a comma.
fn chunk(findings: &[Diagnostic]) -> Vec<u8> {
    // Written as `[[findings]]`, a chunk is indented as deep as the document's array:
    // "[\n  [" + "\n    {...},\n    {...}" + "\n  ]\n]". What follows "[\n  " is kept, its
    // "[" made the comma after the previous chunk.
    let items = [findings.iter().map(item).collect::<Vec<_>>()];
    // About 600 bytes a finding: one allocation, not a dozen growing ones.
    let mut out = Vec::with_capacity(findings.len() * 640);
    // Writing to a vector cannot fail, nor can serializing these plain types.
    let _ = serde_json::to_writer_pretty(&mut out, &items);
    out.truncate(out.len().saturating_sub("\n  ]\n]".len()));
    out.drain(.."[\n  ".len());
    if let Some(bracket) = out.first_mut() {
        *bracket = b',';
    }
    out
}

fn item(d: &Diagnostic) -> Item<'_> {
    Item {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Related as Rel, Severity, TermInfo};
    use crate::ftl::Position;

    /// What `serde_json` writes for the whole document at once.
    fn whole(diagnostics: &[Diagnostic], summary: &Summary) -> String {
        let doc = Doc {
            diagnostics: diagnostics.iter().map(item).collect(),
            summary,
        };
        serde_json::to_string_pretty(&doc).unwrap() + "\n"
    }

    #[test]
    fn findings_written_apart_make_the_same_document() {
        let mut all = Vec::new();
        for i in 0..9000 {
            let mut d = Diagnostic::file_level(
                "missing-message",
                Severity::Warning,
                "fr",
                format!("fr/{i}.ftl"),
                (i % 3 == 0).then_some("id"),
                format!("line\nbreak \"quoted\" \\ {i} «»"),
            );
            if i % 2 == 0 {
                d.help("translate it");
            }
            if i % 5 == 0 {
                d.related = Some(Box::new(Rel {
                    path: "en/a.ftl".into(),
                    start: Position { line: 3, column: 1 },
                    message: "defined here".into(),
                }));
            }
            if i % 7 == 0 {
                d.term = Some(Box::new(TermInfo {
                    concept: "remote-banking".into(),
                    expected: vec!["banque à distance".into()],
                }));
            }
            all.push(d);
        }
        let mut summary = Summary {
            files: 3,
            ..Default::default()
        };
        let fr = summary.per_locale.entry("fr".into()).or_default();
        fr.count(Severity::Warning);
        for n in [0, 1, 513, 4097, all.len()] {
            let mut out = Vec::new();
            write(&all[..n], &summary, &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                whole(&all[..n], &summary),
                "{n}"
            );
        }
    }
}
