//! The bundled project: extraction reproduces the committed files, the reference and the
//! figures agree, and `glossa check` passes.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extraction_reproduces_the_committed_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ftl = dir.path().join("report.ftl");
    let figures = dir.path().join("figures.toml");
    // Merge into copies of the committed files: kept statements and hand corrections stay.
    fs::copy(root().join("locales/id/report.ftl"), &ftl).expect("copy ftl");
    fs::copy(
        root().join("figures/cba-remote-banking-2023.toml"),
        &figures,
    )
    .expect("copy figures");
    let report = glossa::extract::run(
        &root().join("reports/cba-remote-banking-2023.id.txt"),
        "id",
        &ftl,
        &figures,
    )
    .expect("extract runs");
    assert!(
        report.removed.is_empty() && report.added.is_empty(),
        "{:?}",
        report.added
    );
    assert_eq!(
        fs::read(&ftl).expect("read"),
        fs::read(root().join("locales/id/report.ftl")).expect("read")
    );
    assert_eq!(
        fs::read(&figures).expect("read"),
        fs::read(root().join("figures/cba-remote-banking-2023.toml")).expect("read")
    );
    let rules: Vec<_> = report.findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules, vec!["ambiguous-number", "orphan-percent"]);
}

#[test]
fn extraction_from_scratch_matches_the_committed_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ftl = dir.path().join("report.ftl");
    let figures = dir.path().join("figures.toml");
    glossa::extract::run(
        &root().join("reports/cba-remote-banking-2023.id.txt"),
        "id",
        &ftl,
        &figures,
    )
    .expect("extract runs");
    assert_eq!(
        fs::read_to_string(&ftl).expect("read"),
        fs::read_to_string(root().join("locales/id/report.ftl")).expect("read"),
        "locales/id/report.ftl is extraction output, not hand-edited"
    );
}

/// Variables of each message, from the FTL source.
fn variables(path: &Path) -> Vec<(String, BTreeSet<String>)> {
    let text = fs::read_to_string(path).expect("read");
    let f = glossa::ftl::SourceFile::from_bytes(path.into(), "x".into(), text.into_bytes());
    assert!(
        f.model.syntax.is_empty(),
        "{} has syntax errors",
        path.display()
    );
    f.model
        .entries
        .iter()
        .filter(|e| !e.id.starts_with('-'))
        .map(|e| {
            let vars = e
                .value
                .iter()
                .flat_map(|p| p.variables.iter().map(|v| v.name.clone()))
                .collect();
            (e.id.clone(), vars)
        })
        .collect()
}

#[test]
fn reference_variables_are_the_figures() {
    let figures: toml::Table =
        fs::read_to_string(root().join("figures/cba-remote-banking-2023.toml"))
            .expect("read")
            .parse()
            .expect("figures parse");
    let en = variables(&root().join("locales/en/report.ftl"));
    let id = variables(&root().join("locales/id/report.ftl"));
    let en_ids: Vec<_> = en.iter().map(|(i, _)| i.clone()).collect();
    let id_ids: Vec<_> = id.iter().map(|(i, _)| i.clone()).collect();
    assert_eq!(en_ids, id_ids, "same ids in the same order");
    for (msg, vars) in &en {
        let table: BTreeSet<String> = figures
            .get(msg)
            .and_then(|v| v.as_table())
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default();
        assert_eq!(vars, &table, "variables of `{msg}` and its figures");
    }
}

#[test]
fn glossa_check_passes_on_the_bundled_project() {
    Command::cargo_bin("glossa")
        .expect("binary")
        .current_dir(root())
        .args(["check", "--format", "json"])
        .assert()
        .success();
}
