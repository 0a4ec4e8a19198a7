//! Terminology against per-locale termbases (Pontoon's TBX shape), through the binary:
//! inflected correct terms pass, planted wrong ones are reported with their concept and
//! expected terms, and a termbase defect is reported once. Fixture: tests/fixtures/terminology.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/terminology")
}

fn check(dir: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).expect("json")
}

/// In de, ru and pl, five concepts each appear inflected (found: "Browsererweiterung",
/// "расширения", "rozszerzenia", "Abstürze", "Szyfrujemy") and replaced by a wrong word
/// (reported). "Sign up" is not the verb "sign", "pre-release" not "release".
#[test]
fn planted_wrong_terms_are_caught_and_inflected_ones_pass() {
    let v = check(&fixture(), &[]);
    let diags = v["diagnostics"].as_array().expect("array");
    let missing: BTreeSet<(String, String, String)> = diags
        .iter()
        .filter(|d| d["rule"] == "missing-term")
        .map(|d| {
            (
                d["locale"].as_str().unwrap_or("").to_string(),
                d["id"].as_str().unwrap_or("").to_string(),
                d["concept"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let mut expected = BTreeSet::new();
    for l in ["de", "ru", "pl"] {
        for (id, c) in [
            ("ext-bad", "c610"),
            ("bm-bad", "c596"),
            ("crash-bad", "c499"),
            ("enc-bad", "c575"),
            ("home-bad", "c567"),
        ] {
            expected.insert((l.to_string(), id.to_string(), c.to_string()));
        }
    }
    assert_eq!(missing, expected);
    let enc = diags
        .iter()
        .find(|d| d["rule"] == "missing-term" && d["locale"] == "pl" && d["id"] == "enc-bad")
        .expect("pl enc-bad");
    assert_eq!(
        enc["expected"],
        serde_json::json!(["szyfrować", "zaszyfrować"])
    );
}

/// The Polish termbase's "szyfrować, zaszyfrować" is reported once, about the file; the
/// English terms the three files repeat are one concept each (no duplicate findings).
#[test]
fn termbase_defect_once_and_concepts_merged() {
    let v = check(&fixture(), &[]);
    let diags = v["diagnostics"].as_array().expect("array");
    let defects: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["rule"] == "termbase-defect")
        .collect();
    assert_eq!(defects.len(), 1, "{defects:?}");
    assert_eq!(defects[0]["path"], "pl.tbx");
    assert_eq!(defects[0]["locale"], "pl");
    assert_eq!(defects[0]["concept"], "c575");
    // Checking de only: the Polish defect is not about a checked locale.
    let v = check(&fixture(), &["--locale", "de"]);
    assert!(v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .all(|d| d["rule"] != "termbase-defect"));
}

/// Findings of other rules keep their JSON shape: no `concept`, no `expected`.
#[test]
fn other_rules_have_no_term_fields() {
    let v = check(&fixture(), &[]);
    let diags = v["diagnostics"].as_array().expect("array");
    let other = diags
        .iter()
        .find(|d| d["rule"] == "missing-message")
        .expect("missing-message for `extra`");
    let keys: BTreeSet<&str> = other
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let want: BTreeSet<&str> = [
        "rule",
        "severity",
        "locale",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "id",
        "message",
        "help",
        "related",
    ]
    .into();
    assert_eq!(keys, want);
}

/// On Mozilla's real termbases (GLOSSATOR_MOZILLA_TBX names their directory): all 39
/// files merge into one concept per id, each English term once.
#[test]
fn mozilla_termbases_merge_by_concept() {
    let Some(dir) = std::env::var_os("GLOSSATOR_MOZILLA_TBX") else {
        eprintln!("skipped: GLOSSATOR_MOZILLA_TBX is not set");
        return;
    };
    let mut all = glossator::glossary::Glossary::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tbx"))
        .collect();
    files.sort();
    for f in &files {
        all.extend(glossator::glossary::load(f).expect("loads"));
    }
    assert!(all.concepts.len() >= 90, "{}", all.concepts.len());
    for c in &all.concepts {
        let en = c.terms.iter().filter(|t| t.locale == "en-US").count();
        assert_eq!(en, 1, "concept {} has {en} English terms", c.id);
    }
}
