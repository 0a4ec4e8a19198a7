//! The pre-commit hooks and the GitHub Actions example name commands that exist.

use assert_cmd::Command;

fn entries(text: &str, key: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim().trim_start_matches("- ").strip_prefix(key))
        .map(|v| v.trim().to_string())
        .collect()
}

#[test]
fn pre_commit_hooks_run() {
    let hooks = include_str!("../.pre-commit-hooks.yaml");
    let cmds = entries(hooks, "entry:");
    assert_eq!(cmds.len(), 2);
    for cmd in cmds {
        let mut words = cmd.split_whitespace();
        assert_eq!(words.next(), Some("glossator"));
        let args: Vec<&str> = words.collect();
        // On the bundled project (clean), every hook succeeds; --dry-run keeps fix harmless.
        let mut args: Vec<&str> = args;
        if args.first() == Some(&"fix") {
            args.push("--dry-run");
        }
        Command::cargo_bin("glossator")
            .expect("binary")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(&args)
            .assert()
            .success();
    }
}

#[test]
fn github_workflow_uses_real_formats() {
    let wf = include_str!("../docs/github-actions.yml");
    for cmd in entries(wf, "run:") {
        if let Some(rest) = cmd.strip_prefix("glossator ") {
            let args: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| *w != ">" && *w != "||")
                .collect();
            Command::cargo_bin("glossator")
                .expect("binary")
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(&args)
                .assert()
                .success();
        }
    }
}
