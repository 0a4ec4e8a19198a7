//! Golden output of every format on one fixture project, SARIF schema validation, and
//! baselines. Snapshots live in tests/snapshots/.

use assert_cmd::Command;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

fn fixture() -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    w(
        "glossator.toml",
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\", \"id\"]\npaths = [\"l/{locale}/*.ftl\"]\nglossaries = [\"g.toml\"]\n",
    );
    w(
        "g.toml",
        "[[concept]]\nid = \"remote-banking\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"remote banking\"\n[[concept.term]]\nlocale = \"id\"\ntext = \"perbankan jarak jauh\"\n[[concept.term]]\nlocale = \"id\"\ntext = \"bank terpencil\"\nstatus = \"forbidden\"\n",
    );
    w(
        "l/en/a.ftl",
        "link = Read <a>more</a> at { $url }\nbank = Remote banking grew\n",
    );
    w("l/en/b.ftl", "only = Only in English\n");
    w(
        "l/fr/a.ftl",
        "link = Lire la suite sur { $ur }\nbank = La banque à distance a crû\n",
    );
    w(
        "l/id/a.ftl",
        "link = Baca <a>selengkapnya</a> di { $url }\nbank = Bank terpencil tumbuh\n",
    );
    w("l/id/b.ftl", "only = Hanya dalam bahasa Inggris\n");
    dir
}

fn run(dir: &Path, format: &str) -> (String, i32) {
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .args(["check", "--format", format])
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn golden_human() {
    let dir = fixture();
    let (out, code) = run(dir.path(), "human");
    assert_eq!(code, 1);
    insta::assert_snapshot!("human", out);
}

#[test]
fn golden_json() {
    let dir = fixture();
    insta::assert_snapshot!("json", run(dir.path(), "json").0);
}

#[test]
fn golden_github() {
    let dir = fixture();
    let (out, _) = run(dir.path(), "github");
    assert!(out
        .lines()
        .all(|l| l.starts_with("::error file=") || l.starts_with("::warning file=")));
    insta::assert_snapshot!("github", out);
}

#[test]
fn golden_junit() {
    let dir = fixture();
    let (out, _) = run(dir.path(), "junit");
    assert!(out.starts_with("<?xml"));
    assert_eq!(
        out.matches("<testsuite ").count(),
        3,
        "one testsuite per locale"
    );
    insta::assert_snapshot!("junit", out);
}

#[test]
fn golden_sarif_and_schema() {
    let dir = fixture();
    let (out, _) = run(dir.path(), "sarif");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["version"], "2.1.0");
    let rules = v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert_eq!(
        rules.len(),
        glossator::rules::all().len(),
        "every rule, with help"
    );
    assert!(rules.iter().all(|r| r["help"]["text"]
        .as_str()
        .is_some_and(|t| t.contains("## Why"))));
    let results = v["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().all(
        |r| r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some()
    ));
    insta::assert_snapshot!("sarif", out.replace(env!("CARGO_PKG_VERSION"), "VERSION"));
    // The published SARIF 2.1.0 schema, installed by .ci/run (npm, tests/sarif/).
    let validator = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sarif");
    if validator.join("node_modules/ajv").exists() {
        let file = dir.path().join("out.sarif");
        fs::write(&file, &out).expect("write");
        let status = std::process::Command::new("node")
            .arg(validator.join("validate.js"))
            .arg(&file)
            .status()
            .expect("node runs");
        assert!(status.success(), "SARIF output violates the schema");
    } else {
        eprintln!("note: tests/sarif/node_modules missing; run `npm ci --prefix tests/sarif` to validate against the schema");
    }
}

#[test]
fn baseline_hides_known_findings_and_survives_unrelated_edits() {
    let dir = fixture();
    let base = dir.path().join("baseline.json");
    Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir.path())
        .args(["check", "--write-baseline"])
        .arg(&base)
        .assert()
        .success();
    Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--baseline"])
        .arg(&base)
        .assert()
        .success();
    // Unrelated edits (a new first line) keep the entries valid; a new problem fails.
    let fr = dir.path().join("l/fr/a.ftl");
    let text = fs::read_to_string(&fr).expect("read");
    fs::write(&fr, format!("# edited\n\n{text}")).expect("write");
    Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir.path())
        .args(["check", "--baseline"])
        .arg(&base)
        .assert()
        .success();
    fs::write(&fr, format!("{text}new = {{ $oops }}\n")).expect("write");
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--baseline"])
        .arg(&base)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "only warnings are new");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert_eq!(
        rules,
        vec!["obsolete-message"],
        "only the new finding shows"
    );
}
