//! Findings a translator can trust, through the binary: one mistake gives one finding, a
//! broken entry is a syntax error and never missing (nor copied by `fix --add-missing`),
//! plural categories judged from the locale's CLDR rules and the real keys, baselines that
//! survive edits above the findings, JUnit that fails only for errors.

use assert_cmd::Command;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

fn glossator(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("glossator").expect("binary");
    c.current_dir(dir).env("NO_COLOR", "1");
    c
}

/// A glossator project with `files` (path, text) under `l/{locale}/`.
fn project(locales: &[&str], files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let list: Vec<String> = locales.iter().map(|l| format!("\"{l}\"")).collect();
    let config = format!(
        "[project]\nreference = \"en\"\nlocales = [{}]\npaths = [\"l/{{locale}}/*.ftl\"]\n",
        list.join(", ")
    );
    fs::write(dir.path().join("glossator.toml"), config).expect("write");
    for (rel, text) in files {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    }
    dir
}

/// The JSON findings of `check ARGS` in `dir`, and the exit code.
fn findings(dir: &Path, args: &[&str]) -> (Vec<serde_json::Value>, i32) {
    let out = glossator(dir)
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let d = v["diagnostics"].as_array().expect("diagnostics").clone();
    (d, out.status.code().expect("exit code"))
}

fn rules(d: &[serde_json::Value]) -> Vec<&str> {
    d.iter().filter_map(|d| d["rule"].as_str()).collect()
}

const EN: &str = "\
-brand-name = Firefox
welcome = Welcome back, { $userName }!
intro = { -brand-name } is fast
sel = { $n ->
    [one] one tab
   *[other] { $n } tabs
}
last = Last
";

/// Three typical mistakes: a variable's case, a mistyped term, a select's lost `}`.
const FR: &str = "\
-brand-name = Firefox
welcome = Bon retour, { $username }\u{202f}!
intro = { -brnad-name } est rapide
sel = { $n ->
    [one] un onglet
   *[other] { $n } onglets

last = Dernier
";

#[test]
fn each_mistake_is_one_finding_that_says_what_to_do() {
    let dir = project(&["en", "fr"], &[("l/en/a.ftl", EN), ("l/fr/a.ftl", FR)]);
    let (d, code) = findings(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        rules(&d),
        ["unknown-variable", "undefined-reference", "syntax-error"],
        "{d:#?}"
    );
    let help = |i: usize| d[i]["help"].as_str().unwrap_or_default().to_string();
    assert!(
        help(0).starts_with("did you mean `$userName`?"),
        "{}",
        help(0)
    );
    assert!(
        help(1).starts_with("did you mean `{ -brand-name }`?"),
        "{}",
        help(1)
    );
    assert_eq!(
        d[2]["message"],
        "select expression `{ $n ->` is not closed with `}`; Fluent skips the message `sel`"
    );
    assert_eq!(
        (d[2]["line"].as_u64(), d[2]["column"].as_u64()),
        (Some(4), Some(7))
    );
}

#[test]
fn fix_add_missing_never_copies_a_broken_entry() {
    let dir = project(&["en", "fr"], &[("l/en/a.ftl", EN), ("l/fr/a.ftl", FR)]);
    let out = glossator(dir.path())
        .args(["fix", "--add-missing", "--dry-run"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "nothing to fix: {out:?}");
    glossator(dir.path())
        .args(["fix", "--add-missing"])
        .output()
        .expect("runs");
    let fr = dir.path().join("l/fr/a.ftl");
    assert_eq!(
        fs::read_to_string(&fr).expect("read"),
        FR,
        "no copy of `sel`"
    );
    // Once the translator closes the select, it is simply there: no duplicate.
    fs::write(&fr, FR.replace("onglets\n\n", "onglets\n}\n")).expect("write");
    let (d, _) = findings(dir.path(), &[]);
    assert_eq!(
        rules(&d),
        ["unknown-variable", "undefined-reference"],
        "{d:#?}"
    );
}

/// The shape of a real Mozilla project's plurals (tests/fixtures/plurals): numeric keys
/// for categories of one number, a brand term selecting on `$capitalization` with
/// `*[other]` in every locale. Only the genuine gaps are reported.
#[test]
fn plural_categories_on_a_mozilla_shaped_project() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plurals");
    let (d, code) = findings(&fixture, &["--l10n-toml", "l10n.toml"]);
    assert_eq!(code, 0);
    let found: Vec<(String, u64, String)> = d
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["line"].as_u64().unwrap_or_default(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let at: Vec<(&str, u64)> = found.iter().map(|(p, l, _)| (p.as_str(), *l)).collect();
    // French with only `[1]` (0 is `one` too), Russian and Ukrainian with `[0]` and `[1]`
    // only; not `[1]` in German, Italian, Dutch or Polish, not `[0]`+`[1]` in French, not
    // `[0]`-`[2]` in Arabic, not the `$capitalization` selects.
    assert_eq!(
        at,
        [("fr/tabs.ftl", 9), ("ru/tabs.ftl", 2), ("uk/tabs.ftl", 2)],
        "{found:#?}"
    );
    assert!(d.iter().all(|d| d["rule"] == "plural-categories"));
    assert!(
        found[0].2.contains("`fr` uses for numbers such as 0"),
        "{}",
        found[0].2
    );
    assert!(found[1].2.contains("such as 21, 2 and 5"), "{}", found[1].2);
}

#[test]
fn baseline_survives_lines_added_above_the_findings() {
    let dir = project(
        &["en", "fr"],
        &[
            (
                "l/en/a.ftl",
                "a = A\nb = B { $x }\nc = { -t }\n-t = T\nd = D\ne = E\n",
            ),
            ("l/en/b.ftl", "only = Only\n"),
            (
                "l/fr/a.ftl",
                "a = Ah\nb = Bé\nc = { -t }\n-t = T\nd = { $oops\na = Again\nz = Zed\n",
            ),
        ],
    );
    let base = dir.path().join("baseline.json");
    glossator(dir.path())
        .args(["check", "--write-baseline"])
        .arg(&base)
        .assert()
        .success();
    let text = fs::read_to_string(&base).expect("baseline");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let entries = v["entries"].as_array().expect("entries");
    let kinds: Vec<&str> = entries.iter().filter_map(|e| e["rule"].as_str()).collect();
    for rule in [
        "missing-file",
        "missing-message",
        "missing-variable",
        "obsolete-message",
        "duplicate-id",
        "syntax-error",
    ] {
        assert!(kinds.contains(&rule), "{rule} in {kinds:?}");
    }
    // No key holds a position (`file:line:column`).
    let position = regex::Regex::new(r"\.ftl:\d+").expect("regex");
    assert!(!position.is_match(&text), "{text}");
    // New lines at the top of every file: a message in each reference file, a comment
    // in the translation.
    for (rel, lines) in [
        ("l/en/a.ftl", "# A comment\n\nadded = New\n\n"),
        ("l/en/b.ftl", "added-too = New\n"),
        ("l/fr/a.ftl", "# Un commentaire\n\n"),
    ] {
        let p = dir.path().join(rel);
        let old = fs::read_to_string(&p).expect("read");
        fs::write(&p, format!("{lines}{old}")).expect("write");
    }
    let (d, code) = findings(dir.path(), &["--baseline", base.to_str().expect("utf-8")]);
    // Only the message the reference gained is new; the rest is known, the missing
    // file's one more message included.
    assert_eq!(rules(&d), ["missing-message"], "{d:#?}");
    assert_eq!(d[0]["id"], "added");
    assert_eq!(
        code, 0,
        "the locale's syntax error and duplicate stay known"
    );
}

#[test]
fn junit_fails_a_file_only_for_errors() {
    let dir = project(
        &["en", "fr"],
        &[
            ("l/en/a.ftl", "a = A\nb = B\n"),
            ("l/en/b.ftl", "c = { $x }\n"),
            ("l/fr/a.ftl", "a = Ah\n"),
            ("l/fr/b.ftl", "c = { $y }\n"),
        ],
    );
    let out = glossator(dir.path())
        .args(["check", "--format", "junit"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "fr/b.ftl has an error");
    let xml = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        xml.contains("<testsuites name=\"glossator\" tests=\"4\" failures=\"1\">"),
        "{xml}"
    );
    // fr/a.ftl has a warning only: listed, not failed.
    let a = xml
        .split("<testcase ")
        .find(|c| c.contains("name=\"l/fr/a.ftl\""))
        .expect("fr/a.ftl's case");
    assert!(!a.contains("<failure"), "{a}");
    assert!(
        a.contains("<system-out>l/fr/a.ftl:1:1: warning[missing-message]"),
        "{a}"
    );
    let b = xml
        .split("<testcase ")
        .find(|c| c.contains("name=\"l/fr/b.ftl\""))
        .expect("fr/b.ftl's case");
    assert!(
        b.contains("<failure type=\"error\" message=\"1 error(s)\">"),
        "{b}"
    );
}
