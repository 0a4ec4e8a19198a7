//! Zero configuration, through the binary: discovery of glossator.toml / l10n.toml /
//! l10n-*.toml / locale folders, path arguments (project, locale folder, files, the
//! compare-locales order), `init`, `--select`/`--ignore`, patterns that match nothing, and
//! paths printed from where the user stands. Fixtures: `tests/fixtures/compare-locales`
//! (an l10n.toml project) and `tests/fixtures/bare` (locale folders under `locales/`),
//! copied to a temporary folder for each test (outside this repository's glossator.toml).

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn glossator() -> Command {
    let mut c = Command::cargo_bin("glossator").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of a fixture in a fresh temporary folder, at `tmp/under` (`under` may be "").
fn fixture(name: &str, under: &str) -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join(under);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
        &dir,
    );
    (tmp, dir)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = glossator()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    Run {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `check --format json` with `args`: the document and the exit code.
fn json(dir: &Path, args: &[&str]) -> (Value, i32) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let r = run(dir, &all);
    let v: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("bad json ({e}) for {args:?}: {}{}", r.stdout, r.stderr));
    (v, r.code)
}

fn diagnostics(v: &Value) -> Vec<Value> {
    v["diagnostics"].as_array().expect("array").clone()
}

/// The findings of `v` whose path starts with one of `prefixes`.
fn under(v: &Value, prefixes: &[&str]) -> Vec<Value> {
    diagnostics(v)
        .into_iter()
        .filter(|d| {
            let p = d["path"].as_str().expect("path");
            prefixes.iter().any(|x| p.starts_with(x))
        })
        .collect()
}

fn usage_error(r: &Run, needle: &str) {
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains(needle),
        "wanted `{needle}` in: {}",
        r.stderr
    );
}

#[test]
fn compare_locales_project_without_arguments_equals_l10n_toml() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let (flags, code) = json(&dir, &["--l10n-toml", "l10n.toml"]);
    assert_eq!(code, 1, "de has an unknown variable");
    assert_eq!(diagnostics(&flags).len(), 6, "{flags:#}");
    // The l10n.toml's filter is read: fr may leave app-beta out.
    assert!(!under(&flags, &["fr/app.ftl"])
        .iter()
        .any(|d| d["id"] == "app-beta"));
    for args in [&[][..], &["."], &["l10n.toml"], &["l10n.toml", "."]] {
        let (v, code) = json(&dir, args);
        assert_eq!((&v, code), (&flags, 1), "check {args:?}");
    }
    // From a locale folder, without arguments: the whole project, found upward.
    let (v, code) = json(&dir.join("de/sub"), &[]);
    assert_eq!((&v, code), (&flags, 1));
}

#[test]
fn a_locale_folder_or_files_give_their_findings_of_the_full_run() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let (flags, _) = json(&dir, &["--l10n-toml", "l10n.toml", "--locale", "de"]);
    for args in [
        &["de"][..],
        &["de/"],
        &["l10n.toml", ".", "de"],
        &["l10n.toml", ".", "DE"],
    ] {
        let (v, code) = json(&dir, args);
        assert_eq!(code, 1, "check {args:?}");
        assert_eq!(diagnostics(&v), under(&flags, &["de/"]), "check {args:?}");
        assert_eq!(
            v["summary"]["per_locale"]["de"], flags["summary"]["per_locale"]["de"],
            "check {args:?}"
        );
    }
    // The compare-locales order is the --l10n-toml run exactly (reference included).
    let (v, _) = json(&dir, &["l10n.toml", ".", "de"]);
    assert_eq!(v, flags);
    // From inside the locale folder.
    let (v, code) = json(&dir.join("de"), &["."]);
    assert_eq!((diagnostics(&v), code), (under(&flags, &["de/"]), 1));

    // Files, as pre-commit passes them: each against its reference counterpart.
    let (all, _) = json(&dir, &["--l10n-toml", "l10n.toml"]);
    let (v, code) = json(&dir, &["de/sub/menu.ftl", "zh-CN/app.ftl"]);
    assert_eq!(code, 0, "no error in these two files");
    assert_eq!(
        diagnostics(&v),
        under(&all, &["de/sub/menu.ftl", "zh-CN/app.ftl"])
    );
    assert_eq!(v["summary"]["per_locale"]["zh-CN"]["messages"], 4);
    assert_eq!(v["summary"]["per_locale"]["zh-CN"]["obsolete"], 1);
    assert!(v["summary"]["per_locale"].get("fr").is_none());
    let (v, code) = json(&dir, &["de/app.ftl"]);
    assert_eq!(code, 1);
    assert_eq!(diagnostics(&v), under(&all, &["de/app.ftl"]));
    // A reference file: the reference's own findings only (none here).
    let (v, code) = json(&dir, &["en-US/app.ftl"]);
    assert_eq!((diagnostics(&v).len(), code), (0, 0));
}

#[test]
fn bare_locale_folders_are_detected_and_equal_an_explicit_config() {
    let (_tmp, dir) = fixture("bare", "");
    fs::write(
        dir.join("explicit.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\", \"pt-BR\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n",
    )
    .expect("write");
    let (explicit, code) = json(&dir, &["--config", "explicit.toml"]);
    assert_eq!(code, 1);
    assert_eq!(diagnostics(&explicit).len(), 3, "{explicit:#}");
    let r = run(&dir, &["check", "--format", "json"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr.lines().count(),
        1,
        "one line says what was detected: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("detected 3 locale(s)")
            && r.stderr.contains("`locales/{locale}/**/*.ftl`")
            && r.stderr.contains("reference en"),
        "{}",
        r.stderr
    );
    let detected: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(detected, explicit);
    let (v, _) = json(&dir, &["."]);
    assert_eq!(v, explicit);
    let (v, code) = json(&dir, &["locales/fr"]);
    assert_eq!(
        (diagnostics(&v), code),
        (under(&explicit, &["locales/fr/"]), 1)
    );
    let (v, code) = json(&dir.join("locales/pt-BR"), &["."]);
    assert_eq!(
        (diagnostics(&v), code),
        (under(&explicit, &["locales/pt-BR/"]), 0)
    );
    let (v, _) = json(&dir, &["locales/fr/main.ftl", "locales/pt-BR/main.ftl"]);
    assert_eq!(
        diagnostics(&v),
        under(
            &explicit,
            &["locales/fr/main.ftl", "locales/pt-BR/main.ftl"]
        )
    );
    // Without en-US or en, the reference is named.
    let (_tmp2, other) = fixture("bare", "");
    fs::rename(other.join("locales/en"), other.join("locales/de")).expect("rename");
    usage_error(&run(&other, &["check"]), "--reference");
    let (v, code) = json(&other, &["--reference", "de"]);
    assert_eq!(code, 1);
    assert_eq!(v["summary"]["per_locale"]["de"]["completion"], 100.0);
}

#[test]
fn init_writes_a_config_that_reproduces_the_run_and_never_overwrites() {
    let (_tmp, dir) = fixture("bare", "");
    let (detected, _) = json(&dir, &[]);
    let r = run(&dir, &["init"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = fs::read_to_string(dir.join("glossator.toml")).expect("written");
    assert!(
        text.contains("locales = [\"en\", \"fr\", \"pt-BR\"]"),
        "{text}"
    );
    assert!(
        text.contains("paths = [\"locales/{locale}/**/*.ftl\"]"),
        "{text}"
    );
    assert!(
        text.contains("[rules]\n# syntax-error = \"error\""),
        "{text}"
    );
    let r = run(&dir, &["check", "--format", "json"]);
    assert!(r.stderr.is_empty(), "the config is used: {}", r.stderr);
    assert_eq!(
        serde_json::from_str::<Value>(&r.stdout).expect("json"),
        detected
    );
    // Its [rules] table applies once uncommented.
    fs::write(
        dir.join("glossator.toml"),
        text.replace(
            "# unknown-variable = \"error\"",
            "unknown-variable = \"warning\"",
        ),
    )
    .expect("edit");
    let (_, code) = json(&dir, &[]);
    assert_eq!(code, 0);
    let before = fs::read(dir.join("glossator.toml")).expect("read");
    usage_error(&run(&dir, &["init"]), "never overwrites");
    assert_eq!(fs::read(dir.join("glossator.toml")).expect("read"), before);

    let (_tmp, dir) = fixture("compare-locales", "");
    let (flags, _) = json(&dir, &["--l10n-toml", "l10n.toml"]);
    assert_eq!(run(&dir, &["init"]).code, 0);
    let text = fs::read_to_string(dir.join("glossator.toml")).expect("written");
    assert!(text.contains("l10n_toml = [\"l10n.toml\"]"), "{text}");
    let (v, code) = json(&dir, &[]);
    assert_eq!((v, code), (flags, 1));

    let empty = tempfile::tempdir().expect("tempdir");
    usage_error(&run(empty.path(), &["init"]), "nothing to write");
    assert!(!empty.path().join("glossator.toml").exists());
}

#[test]
fn glossator_toml_rules_apply_to_l10n_toml_projects() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let rules = "[rules]\nunknown-variable = \"warning\"\nmissing-file = \"off\"\n";
    fs::write(
        dir.join("glossator.toml"),
        format!("[project]\nl10n_toml = [\"l10n.toml\"]\n{rules}"),
    )
    .expect("write");
    let (v, code) = json(&dir, &[]);
    assert_eq!(code, 0, "unknown-variable lowered to a warning");
    assert!(!diagnostics(&v).iter().any(|d| d["rule"] == "missing-file"));
    assert_eq!(diagnostics(&v).len(), 4);
    // Named beside --l10n-toml, a config gives its rules too.
    fs::write(
        dir.join("rules.toml"),
        format!("[project]\nl10n_toml = [\"l10n.toml\"]\n{rules}"),
    )
    .expect("write");
    let (w, code) = json(
        &dir,
        &["--config", "rules.toml", "--l10n-toml", "l10n.toml"],
    );
    assert_eq!((w, code), (v, 0));
    // Both forms at once is a mistake.
    fs::write(
        dir.join("glossator.toml"),
        "[project]\nl10n_toml = [\"l10n.toml\"]\npaths = [\"{locale}/*.ftl\"]\n",
    )
    .expect("write");
    usage_error(&run(&dir, &["check"]), "both `l10n_toml` and `paths`");
}

#[test]
fn select_and_ignore_rules_on_the_command_line() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let rules_of = |v: &Value| {
        let mut r: Vec<String> = diagnostics(v)
            .iter()
            .map(|d| d["rule"].as_str().expect("rule").to_string())
            .collect();
        r.sort();
        r.dedup();
        r
    };
    let (v, code) = json(&dir, &["--select", "unknown-variable"]);
    assert_eq!(
        (rules_of(&v), code),
        (vec!["unknown-variable".to_string()], 1)
    );
    let (v, code) = json(
        &dir,
        &["--ignore", "unknown-variable", "--ignore", "missing-file"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        rules_of(&v),
        [
            "missing-message",
            "missing-variable",
            "obsolete-file",
            "obsolete-message"
        ]
    );
    let (v, _) = json(&dir, &["--select", "missing-file,obsolete-file"]);
    assert_eq!(rules_of(&v), ["missing-file", "obsolete-file"]);
    // --select turns on a rule the config turned off.
    fs::write(
        dir.join("glossator.toml"),
        "[project]\nl10n_toml = [\"l10n.toml\"]\n[rules]\nobsolete-file = \"off\"\n",
    )
    .expect("write");
    let (v, _) = json(&dir, &[]);
    assert!(!rules_of(&v).contains(&"obsolete-file".to_string()));
    let (v, _) = json(&dir, &["--select", "obsolete-file"]);
    assert_eq!(rules_of(&v), ["obsolete-file"]);
    usage_error(
        &run(&dir, &["check", "--select", "no-such-rule"]),
        "unknown rule `no-such-rule`",
    );
    usage_error(
        &run(&dir, &["check", "--ignore", "nope"]),
        "unknown rule `nope`",
    );
}

#[test]
fn patterns_and_folders_that_match_nothing_stop_the_run() {
    let (_tmp, dir) = fixture("bare", "");
    let config = |paths: &str| {
        fs::write(
            dir.join("glossator.toml"),
            format!(
                "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [{paths}]\n"
            ),
        )
        .expect("write");
    };
    config("\"locales/{locale}/**/*.ftll\"");
    usage_error(
        &run(&dir, &["check"]),
        "`locales/en/**/*.ftll` matches no file",
    );
    config("\"locales/{locale}/**/*.ftl\", \"l10n/{locale}/*.ftl\"");
    usage_error(&run(&dir, &["check"]), "`l10n/en/*.ftl` matches no file");
    config("\"locales/{locale}/**/*.ftl\"");
    assert_eq!(run(&dir, &["check"]).code, 1);

    let (_tmp, dir) = fixture("compare-locales", "");
    usage_error(
        &run(&dir, &["check", "--l10n-base", "no-such-dir"]),
        "no-such-dir does not exist",
    );
    usage_error(
        &run(&dir, &["check", "--locale", "xx"]),
        "locale `xx` is not a locale",
    );
    usage_error(
        &run(&dir, &["check", "no-such.ftl"]),
        "no-such.ftl: no such file",
    );
    usage_error(&run(&dir, &["check", "xx"]), "use --locale xx");
    // compare-locales' order read as written: `de` is the base folder, with a hint.
    usage_error(
        &run(&dir, &["check", "l10n.toml", "de"]),
        "check l10n.toml . de",
    );
    usage_error(
        &run(&dir, &["check", "l10n.toml", "de/app.ftl"]),
        "not a directory",
    );
    usage_error(
        &run(&dir, &["check", "l10n.toml", ".", "de/"]),
        "invalid locale",
    );
    fs::write(dir.join("notes.ftl"), "x = y\n").expect("write");
    usage_error(
        &run(&dir, &["check", "notes.ftl"]),
        "not a file or folder of the project",
    );
    // A renamed reference folder: nothing matches.
    fs::rename(dir.join("en-US"), dir.join("en-GB")).expect("rename");
    usage_error(&run(&dir, &["check"]), "no reference file");
    // A basepath that does not exist.
    fs::write(dir.join("l10n.toml"), "basepath = \"gone\"\nlocales = [\"de\"]\n[[paths]]\nreference = \"en-US/*.ftl\"\nl10n = \"{locale}/*.ftl\"\n").expect("write");
    usage_error(&run(&dir, &["check"]), "which does not exist");
    // A base folder the l10n.toml never uses is not silently ignored.
    fs::write(dir.join("l10n.toml"), "basepath = \".\"\nlocales = [\"de\"]\n[[paths]]\nreference = \"en-GB/*.ftl\"\nl10n = \"{locale}/*.ftl\"\n").expect("write");
    assert_eq!(run(&dir, &["check", "l10n.toml", ".", "de"]).code, 1);
    fs::create_dir(dir.join("elsewhere")).expect("mkdir");
    usage_error(
        &run(&dir, &["check", "l10n.toml", "elsewhere"]),
        "never use {l10n_base}",
    );
    usage_error(
        &run(&dir, &["check", "--l10n-base", "elsewhere"]),
        "never use {l10n_base}",
    );
}

#[test]
fn locales_compare_case_insensitively_and_locale_less_configs_take_them() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let (lower, _) = json(&dir, &["--locale", "zh-CN"]);
    let (mixed, _) = json(&dir, &["--locale", "ZH-cn"]);
    assert_eq!(lower, mixed);
    assert!(lower["summary"]["per_locale"].get("zh-CN").is_some());
    // An l10n.toml without `locales`: compare-locales takes them from the command line.
    let text = fs::read_to_string(dir.join("l10n.toml")).expect("read");
    let start = text.find("locales = [").expect("locales");
    let end = start + text[start..].find(']').expect("end") + 1;
    fs::write(
        dir.join("l10n.toml"),
        format!("{}{}", &text[..start], &text[end..]),
    )
    .expect("write");
    let (v, code) = json(&dir, &["l10n.toml", ".", "de", "zh-cn"]);
    assert_eq!(code, 1);
    let locales: Vec<&String> = v["summary"]["per_locale"]
        .as_object()
        .expect("object")
        .keys()
        .collect();
    assert_eq!(locales, ["de", "en-US", "zh-CN"]);
    assert_eq!(diagnostics(&v), under(&listed(), &["de/", "zh-CN/"]));
    usage_error(
        &run(&dir, &["check", "l10n.toml", ".", "xx"]),
        "matches no folder",
    );
}

/// The findings of de and zh-CN with the fixture's l10n.toml as it is (locales listed).
fn listed() -> Value {
    let (_tmp, fresh) = fixture("compare-locales", "");
    json(&fresh, &["--locale", "de", "--locale", "zh-CN"]).0
}

#[test]
fn l10n_star_toml_files_are_checked_together() {
    let (_tmp, dir) = fixture("compare-locales", "");
    let text = fs::read_to_string(dir.join("l10n.toml")).expect("read");
    fs::write(
        dir.join("l10n-community.toml"),
        text.replace("\"de\",\n", ""),
    )
    .expect("write");
    fs::write(
        dir.join("l10n-vendor.toml"),
        "basepath = \".\"\nlocales = [\"de\"]\n[[paths]]\nreference = \"en-US/**/*.ftl\"\nl10n = \"{locale}/**/*.ftl\"\n",
    )
    .expect("write");
    let (flags, _) = json(&dir, &["--l10n-toml", "l10n.toml"]);
    fs::remove_file(dir.join("l10n.toml")).expect("rm");
    let r = run(&dir, &["check", "--format", "json"]);
    assert!(
        r.stderr
            .contains("l10n-community.toml and l10n-vendor.toml together"),
        "{}",
        r.stderr
    );
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v, flags);
    let (w, _) = json(
        &dir,
        &[
            "--l10n-toml",
            "l10n-community.toml",
            "--l10n-toml",
            "l10n-vendor.toml",
        ],
    );
    assert_eq!(w, v);
}

#[test]
fn paths_are_printed_from_the_current_folder_and_from_the_repository_top() {
    let (tmp, dir) = fixture("compare-locales", "site/l10n");
    fs::create_dir(tmp.path().join(".git")).expect("git marker");
    let human = run(&dir.join("de"), &["check", "--no-summary"]);
    assert_eq!(human.code, 1);
    assert!(
        human
            .stdout
            .contains("\napp.ftl:2:29: error[unknown-variable]")
            || human.stdout.starts_with("app.ftl:"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("../zh-CN/extra.ftl:1:1"),
        "{}",
        human.stdout
    );
    let gh = run(&dir.join("de"), &["check", "--format", "github"]);
    assert!(
        gh.stdout
            .contains("::error file=site/l10n/de/app.ftl,line=2,col=29"),
        "{}",
        gh.stdout
    );
    let sarif = run(&dir, &["check", "--format", "sarif"]);
    let doc: Value = serde_json::from_str(&sarif.stdout).expect("sarif");
    let uris: Vec<&str> = doc["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .expect("uri")
        })
        .collect();
    assert!(
        !uris.is_empty() && uris.iter().all(|u| u.starts_with("site/l10n/")),
        "{uris:?}"
    );
    // JSON keeps paths relative to the project root, wherever the run starts.
    let (v, _) = json(&dir.join("de"), &[]);
    assert!(diagnostics(&v).iter().any(|d| d["path"] == "de/app.ftl"));
    // Without a repository, GitHub paths are from the current folder.
    fs::remove_dir(tmp.path().join(".git")).expect("rm");
    let gh = run(tmp.path(), &["check", "site/l10n", "--format", "github"]);
    assert!(
        gh.stdout.contains("::error file=site/l10n/de/app.ftl,"),
        "{}",
        gh.stdout
    );
}

#[test]
fn paths_of_different_projects_are_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bare"),
        &tmp.path().join("one"),
    );
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare-locales"),
        &tmp.path().join("two"),
    );
    usage_error(
        &run(
            tmp.path(),
            &["check", "one/locales/fr/main.ftl", "two/de/app.ftl"],
        ),
        "belong to different projects",
    );
    let (v, code) = json(tmp.path(), &["two/de/app.ftl"]);
    assert_eq!(code, 1);
    assert!(diagnostics(&v).iter().all(|d| d["path"] == "de/app.ftl"));
}
