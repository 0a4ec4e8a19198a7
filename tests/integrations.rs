//! The pre-commit hooks and the GitHub Actions example name commands that exist, with the
//! flags, formats and JSON fields they use. `.ci/run` also validates both files with
//! pre-commit and actionlint (or the workflow schema and shellcheck).

use assert_cmd::Command;

fn entries(text: &str, key: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().trim_start_matches("- ").strip_prefix(key))
        .map(|v| v.trim().to_string())
        .collect()
}

fn glossator_in_repo(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn pre_commit_hooks_run() {
    let hooks = include_str!("../.pre-commit-hooks.yaml");
    let ids = entries(hooks, "id:");
    assert_eq!(ids, ["glossator-check", "glossator-fix"]);
    let cmds = entries(hooks, "entry:");
    assert_eq!(cmds.len(), 2);
    for cmd in cmds {
        let mut words = cmd.split_whitespace();
        assert_eq!(words.next(), Some("glossator"));
        // On the bundled project (clean), every hook succeeds; --dry-run keeps fix harmless.
        let mut args: Vec<&str> = words.collect();
        if args.first() == Some(&"fix") {
            args.push("--dry-run");
        } else {
            // pre-commit hands the check hook the staged files.
            args.extend(["locales/fr/report.ftl", "locales/de/report.ftl"]);
        }
        let out = glossator_in_repo(&args);
        assert!(out.status.success(), "{cmd}: {out:?}");
    }
    // The check hook is handed the staged .ftl files; fix works on the whole project.
    assert_eq!(entries(hooks, "pass_filenames:"), ["true", "false"]);
    assert_eq!(entries(hooks, "files:"), ["\\.ftl$", "\\.ftl$"]);
    assert_eq!(
        entries(hooks, "minimum_pre_commit_version:"),
        ["2.21.0", "2.21.0"]
    );
}

/// The `glossator check` commands of the workflow's steps, with the arguments written out
/// (up to the first shell variable, quote or redirection).
fn workflow_checks(wf: &str) -> Vec<Vec<&str>> {
    wf.lines()
        .filter_map(|l| l.trim().strip_prefix("glossator check "))
        .map(|rest| {
            std::iter::once("check")
                .chain(
                    rest.split_whitespace()
                        .take_while(|w| !w.starts_with(['"', '$', '>', '|'])),
                )
                .collect()
        })
        .collect()
}

/// Field names after `prefix` in `text` (`.summary.errors` gives `errors`).
fn fields<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.split(prefix)
        .skip(1)
        .map(|rest| {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn github_workflow_uses_real_formats_and_fields() {
    let wf = include_str!("../docs/github-actions.yml");
    let checks = workflow_checks(wf);
    let formats: Vec<&str> = checks
        .iter()
        .filter_map(|c| c.iter().skip_while(|w| **w != "--format").nth(1).copied())
        .collect();
    assert_eq!(formats, ["sarif", "json", "github"], "{checks:?}");
    for args in &checks {
        let out = glossator_in_repo(args);
        assert!(out.status.success(), "{args:?}: {out:?}");
    }
    // The job summary's jq program reads these fields of the JSON report.
    let out = glossator_in_repo(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let summary = &v["summary"];
    let top = fields(wf, ".summary.");
    assert!(top.len() >= 5, "{top:?}");
    for f in top {
        assert!(!summary[f].is_null(), "summary has no `{f}`");
    }
    let per_locale = summary["per_locale"]["fr"].as_object().expect("fr row");
    let row = fields(wf, "$l.");
    assert_eq!(row.len(), 6, "{row:?}");
    for f in row {
        assert!(per_locale.contains_key(f), "per_locale rows have no `{f}`");
    }
    // SARIF is uploaded only when the step wrote it.
    assert!(wf.contains("hashFiles('glossator.sarif') != ''"));
}
