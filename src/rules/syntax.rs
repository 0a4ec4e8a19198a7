//! Rules about reading a file at all: syntax, byte order mark, encoding, nesting depth.

use super::{declare_rule, Sink};
use crate::ftl::source::{Unparsed, MAX_DEPTH};

use crate::diagnostic::{Applicability, Edit, Fix};
use crate::ftl::SourceFile;

declare_rule! {
    /// The file has Fluent syntax the parser cannot read; the entry becomes junk.
    ///
    /// ## Why
    /// Fluent skips junk at runtime: the broken message silently disappears from the UI,
    /// and every message after a broken one in the same entry is lost with it.
    ///
    /// ## Example
    /// ```ftl
    /// hello = Hello { $name
    /// ```
    /// reports `Expected a token starting with "}"` at the end of the placeable.
    ///
    /// ## Fix
    /// Edit the entry so it parses; the message names what the parser expected. No automatic fix.
    pub static SYNTAX_ERROR = ("syntax-error", Error, "syntax");
}

declare_rule! {
    /// The file starts with a UTF-8 byte order mark.
    ///
    /// ## Why
    /// Fluent files are UTF-8 without a BOM; some tools keep the BOM as part of the first
    /// entry's identifier, which turns it into junk. glossator strips it before parsing.
    ///
    /// ## Example
    /// A file saved by an editor set to "UTF-8 with BOM".
    ///
    /// ## Fix
    /// Safe: remove the three bytes `EF BB BF` (`glossator fix`).
    pub static BOM = ("bom", Warning, "syntax");
}

declare_rule! {
    /// The file is not valid UTF-8.
    ///
    /// ## Why
    /// Fluent files must be UTF-8. A file saved in a legacy encoding (Latin-1, Windows-1251)
    /// shows mojibake or is rejected by the runtime, so glossator does not parse it.
    ///
    /// ## Example
    /// `caf\xe9 = ...` saved as Latin-1: the finding gives the offset of the first bad byte.
    ///
    /// ## Fix
    /// Re-save the file as UTF-8. No automatic fix: the original encoding is a guess.
    pub static ENCODING = ("encoding", Error, "syntax");
}

declare_rule! {
    /// An entry nests placeables or call arguments deeper than the parser's limit of 100
    /// levels; the entry is skipped as junk, the rest of the file is checked.
    ///
    /// ## Why
    /// The Fluent parser recurses once per level, and a stack overflow kills the process
    /// (projectfluent/fluent#284). No real translation nests beyond a few levels; such an
    /// entry is generated or hostile. glossator's parser stops at the limit instead of crashing,
    /// and braces in comments, string literals or other entries never count.
    ///
    /// ## Example
    /// `a = { { { ... 50,000 levels ... } } }` or `a = { NUMBER(NUMBER(NUMBER(...))) }`
    ///
    /// ## Fix
    /// Flatten the expression. No automatic fix.
    pub static TOO_DEEP = ("too-deep", Error, "syntax");
}

declare_rule! {
    /// The file is larger than glossator's limit of 16 MiB and was not read.
    ///
    /// ## Why
    /// Real Fluent files are at most a few hundred kilobytes; a file of hundreds of
    /// megabytes is generated or hostile, and parsing it would take memory out of
    /// proportion to any use. glossator reports it instead of reading it.
    ///
    /// ## Example
    /// A 200 MB `.ftl` file produced by a broken export.
    ///
    /// ## Fix
    /// Split or regenerate the file. No automatic fix.
    pub static TOO_LARGE = ("too-large", Error, "syntax");
}

/// Syntax errors reported per file, the last one summing up the rest.
pub const MAX_SYNTAX_FINDINGS: usize = crate::ftl::model::MAX_SYNTAX_ISSUES;

pub fn check(sink: &mut Sink, file: &SourceFile) {
    if file.bom {
        let fix = Fix {
            description: "remove the byte order mark".into(),
            applicability: Applicability::Safe,
            // The BOM lies before the text glossator keeps; fix applies it to the raw bytes.
            edits: vec![Edit {
                range: 0..0,
                replacement: String::new(),
            }],
        };
        sink.file(
            &BOM,
            file.rel.clone(),
            None,
            "file starts with a UTF-8 byte order mark".into(),
        );
        if let Some(last) = sink.out.last_mut() {
            if last.rule == BOM.name && last.path == file.rel {
                last.fix = Some(Box::new(fix));
            }
        }
    }
    match &file.unparsed {
        Some(Unparsed::Encoding { offset }) => sink.file(
            &ENCODING,
            file.rel.clone(),
            None,
            format!("file is not valid UTF-8: invalid byte at offset {offset}"),
        ),
        Some(Unparsed::TooLarge { bytes }) => sink.file(
            &TOO_LARGE,
            file.rel.clone(),
            None,
            format!(
                "file is {} MiB, larger than the limit of {} MiB; not read",
                bytes >> 20,
                crate::ftl::source::MAX_FILE_BYTES >> 20
            ),
        ),
        None => {}
    }
    // A file of junk would otherwise give one finding per line (memory out of proportion);
    // the first ones say enough, the last names how many more there are.
    let total = file.model.syntax_total.max(file.model.syntax.len());
    for (k, issue) in file.model.syntax.iter().enumerate() {
        if k + 1 == MAX_SYNTAX_FINDINGS && total > MAX_SYNTAX_FINDINGS {
            sink.at(
                &SYNTAX_ERROR,
                file,
                issue.span.clone(),
                None,
                format!("{} more syntax errors in this file not shown", total - k),
            );
            break;
        }
        let junk = &file.text[issue.junk.clone()];
        let first = junk.lines().next().unwrap_or("").trim();
        let id = junk
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
            .next()
            .filter(|s| !s.is_empty() && !first.starts_with('#'));
        let (rule, mut message) = if issue.too_deep {
            (
                &TOO_DEEP,
                format!("placeables or call arguments nested deeper than {MAX_DEPTH} levels"),
            )
        } else {
            (&SYNTAX_ERROR, issue.message.clone())
        };
        if !first.is_empty() {
            let shown: String = first.chars().take(60).collect();
            message.push_str(&format!("; entry skipped: `{shown}`"));
        }
        sink.at(rule, file, issue.span.clone(), id, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(bytes: &[u8]) -> Vec<crate::diagnostic::Diagnostic> {
        let f = SourceFile::from_bytes("a.ftl".into(), "a.ftl", bytes.to_vec());
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        check(&mut sink, &f);
        sink.out
    }

    #[test]
    fn syntax_error_has_reason_and_position() {
        let d = run(b"ok = fine\nhello = Hello { $name\nnext = x\n");
        assert_eq!(rules_of(&d), vec!["syntax-error"]);
        assert!(d[0].message.contains("Expected"), "{}", d[0].message);
        assert!(!d[0].message.contains("unparsed"));
        assert_eq!(d[0].start.line, 2);
        assert_eq!(d[0].id.as_deref(), Some("hello"));
    }

    #[test]
    fn clean_file_has_no_findings() {
        assert!(run(b"a = b\n").is_empty());
        let f = file("a.ftl", "a = b\n");
        assert!(f.model.syntax.is_empty());
    }

    #[test]
    fn bom_encoding_and_depth() {
        let d = run(b"\xEF\xBB\xBFa = b\n");
        assert_eq!(rules_of(&d), vec!["bom"]);
        assert!(d[0].fix.is_some());
        let d = run(b"a = \xC3\x28\n");
        assert_eq!(rules_of(&d), vec!["encoding"]);
        assert!(d[0].message.contains("offset 4"));
        let deep = format!("a = {}\nb = B\n", "{".repeat(50_000));
        let d = run(deep.as_bytes());
        assert_eq!(rules_of(&d), vec!["too-deep"]);
        assert_eq!(d[0].start.column, 4 + MAX_DEPTH + 1);
        assert_eq!(d[0].id.as_deref(), Some("a"));
        // Only the deep entry is lost.
        let f = SourceFile::from_bytes("a.ftl".into(), "a.ftl", deep.into());
        assert_eq!(f.model.entries.len(), 1);
        assert_eq!(f.model.entries[0].id, "b");
        // Exactly at the limit is fine, one more is not.
        let at = |n: usize| format!("a = {}x{}\n", "{".repeat(n), "}".repeat(n));
        assert!(run(at(MAX_DEPTH).as_bytes()).is_empty());
        assert_eq!(
            rules_of(&run(at(MAX_DEPTH + 1).as_bytes())),
            vec!["too-deep"]
        );
    }

    #[test]
    fn syntax_findings_are_capped_per_file() {
        let junk = "k = }\n".repeat(5_000);
        let d = run(junk.as_bytes());
        assert_eq!(d.len(), MAX_SYNTAX_FINDINGS);
        assert!(d.last().unwrap().message.contains("more syntax errors"));
    }

    #[test]
    fn oversized_file_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.ftl");
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(crate::ftl::source::MAX_FILE_BYTES + 1).unwrap();
        let loaded = SourceFile::load(&p, "big.ftl").unwrap();
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        check(&mut sink, &loaded);
        assert_eq!(rules_of(&sink.out), vec!["too-large"]);
        assert!(loaded.text.is_empty(), "nothing was read");
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        let d = run(b"a = { NUMBER($n) ->\n    [one] x\n");
        assert_eq!(rules_of(&d), vec!["syntax-error"]);
    }
}
