//! `glossator fix`: byte-exact edits, atomic writes, idempotence, and a property test that
//! every byte outside the edits survives.

use assert_cmd::Command;
use glossator::fix::apply_edits;
use glossator::report::Edit;
use proptest::prelude::*;
use std::fs;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |rel: &str, bytes: &[u8]| {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, bytes).expect("write");
    };
    w(
        "glossator.toml",
        b"[project]\nreference = \"en\"\nlocales = [\"en\", \"id\"]\npaths = [\"l/{locale}/*.ftl\"]\nglossaries = [\"g.toml\"]\n",
    );
    w(
        "g.toml",
        b"[[concept]]\nid = \"remote-banking\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"remote banking\"\n[[concept.term]]\nlocale = \"id\"\ntext = \"perbankan jarak jauh\"\n[[concept.term]]\nlocale = \"id\"\ntext = \"bank terpencil\"\nstatus = \"forbidden\"\n",
    );
    w(
        "l/en/a.ftl",
        b"a = Remote banking grew\nb = Remote banking centers\nc = C\n",
    );
    // BOM, CRLF, comments, an obsolete message, a missing one, an inflected (unsafe) match.
    w(
        "l/id/a.ftl",
        b"\xEF\xBB\xBF# Komentar tetap\r\na = BANK TERPENCIL tumbuh\r\n\r\n# obsolete comment\r\nold = Lama\r\n\r\nb = Pusat bank terpencilnya\r\n",
    );
    dir
}

fn glossator(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn fix_is_byte_exact_atomic_and_idempotent() {
    let dir = project();
    let path = dir.path().join("l/id/a.ftl");
    let dry = glossator(dir.path(), &["fix", "--dry-run", "--diff"]);
    let text = String::from_utf8_lossy(&dry.stdout).to_string();
    assert!(text.contains("-a = BANK TERPENCIL tumbuh"), "{text}");
    assert!(text.contains("+a = PERBANKAN JARAK JAUH tumbuh"), "{text}");
    assert!(
        fs::read(&path).expect("read").starts_with(b"\xEF\xBB\xBF"),
        "dry run writes nothing"
    );

    let out = glossator(dir.path(), &["fix"]);
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        report.contains("suggestion [forbidden-term]"),
        "inflected match is only suggested: {report}"
    );
    let after = fs::read(&path).expect("read");
    assert_eq!(
        after,
        b"# Komentar tetap\r\na = PERBANKAN JARAK JAUH tumbuh\r\n\r\n# obsolete comment\r\nold = Lama\r\n\r\nb = Pusat bank terpencilnya\r\n",
        "BOM removed, term replaced with its case pattern, everything else byte-identical"
    );
    let again = glossator(dir.path(), &["fix"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("fixed 0 finding(s)"));
    assert_eq!(
        fs::read(&path).expect("read"),
        after,
        "second run changes nothing"
    );
    // check no longer shows the fixed findings
    let check = glossator(dir.path(), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(!rules.contains(&"bom"));
    assert_eq!(
        rules.iter().filter(|r| **r == "forbidden-term").count(),
        1,
        "only the unsafe one is left"
    );
}

#[test]
fn remove_obsolete_and_add_missing_on_request() {
    let dir = project();
    let path = dir.path().join("l/id/a.ftl");
    glossator(
        dir.path(),
        &[
            "fix",
            "--rule",
            "obsolete-message",
            "--remove-obsolete",
            "--rule",
            "missing-message",
            "--add-missing",
        ],
    );
    let text = String::from_utf8(fs::read(&path).expect("read")).expect("utf8");
    assert!(
        !text.contains("old = Lama") && !text.contains("obsolete comment"),
        "{text}"
    );
    assert!(
        text.contains("BANK TERPENCIL"),
        "--rule limits the fixes: {text}"
    );
    assert!(
        text.contains(glossator::fix::MISSING_MARK) && text.contains("c = C"),
        "{text}"
    );
    assert!(text.contains("\r\n"), "line endings kept");
    let check = glossator(dir.path(), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(
        !rules.contains(&"obsolete-message") && !rules.contains(&"missing-message"),
        "{rules:?}"
    );
    glossator(dir.path(), &["fix", "--add-missing", "--locale", "id"]);
    let unknown = glossator(dir.path(), &["fix", "--rule", "no-such-rule"]);
    assert_eq!(unknown.status.code(), Some(2));
}

proptest! {
    /// Every byte outside the edited ranges is kept, in order, whatever the text and edits.
    #[test]
    fn edits_keep_every_byte_outside(text in "[a-z =\\n\\r{}$#é]{0,200}", raw in proptest::collection::vec((0usize..220, 0usize..12, "[A-Zü ]{0,6}"), 0..8)) {
        let mut edits: Vec<Edit> = raw
            .into_iter()
            .filter_map(|(start, len, replacement)| {
                let end = (start + len).min(text.len());
                (start <= end && text.is_char_boundary(start) && text.is_char_boundary(end))
                    .then_some(Edit { range: start..end, replacement })
            })
            .collect();
        edits.sort_by_key(|e| (e.range.start, e.range.end));
        // Keep the non-overlapping ones, as apply_edits does.
        let mut chosen: Vec<Edit> = Vec::new();
        for e in edits {
            if chosen.last().is_none_or(|l| e.range.start >= l.range.end) {
                chosen.push(e);
            }
        }
        let (out, applied) = apply_edits(&text, &chosen);
        prop_assert_eq!(applied, chosen.len());
        // Rebuild: outside bytes from the source, inside from the replacements.
        let mut expected = String::new();
        let mut pos = 0;
        for e in &chosen {
            expected.push_str(&text[pos..e.range.start]);
            expected.push_str(&e.replacement);
            pos = e.range.end;
        }
        expected.push_str(&text[pos..]);
        prop_assert_eq!(out, expected);
    }
}

/// `--add-missing` for a whole missing file: the translation file is created with every
/// entry of its reference, each marked as untranslated, and a second check finds nothing
/// missing.
#[test]
fn add_missing_creates_a_missing_file() {
    let dir = project();
    fs::write(
        dir.path().join("l/en/b.ftl"),
        "-brand = Bank\nhello = Hello { -brand }\n",
    )
    .expect("write");
    let created = dir.path().join("l/id/b.ftl");
    assert!(!created.exists());
    let out = glossator(
        dir.path(),
        &["fix", "--rule", "missing-file", "--add-missing"],
    );
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    let text = fs::read_to_string(&created).expect("created");
    assert!(
        text.contains("-brand = Bank") && text.contains("hello = Hello { -brand }"),
        "{text}"
    );
    assert_eq!(
        text.matches(glossator::fix::MISSING_MARK).count(),
        2,
        "{text}"
    );
    let check = glossator(dir.path(), &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    assert!(
        !v["diagnostics"]
            .as_array()
            .expect("array")
            .iter()
            .any(|d| d["rule"] == "missing-file"),
        "{v}"
    );
}
