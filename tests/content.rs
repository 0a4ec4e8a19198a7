//! The content rules through the binary: a small project with one planted defect per
//! message (each of which another tool catches) reports each one, and its correct
//! counterpart reports nothing.

use assert_cmd::Command;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

fn glossator() -> Command {
    let mut c = Command::cargo_bin("glossator").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

fn project(config_extra: &str, files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("glossator.toml"),
        format!("[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"locales/{{locale}}/**/*.ftl\"]\n{config_extra}"),
    )
    .expect("config");
    for (p, text) in files {
        let path = dir.path().join(p);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

/// `(rule, message id)` of every finding, sorted, and the exit code.
fn findings(dir: &Path) -> (Vec<(String, String)>, serde_json::Value, i32) {
    let out = glossator()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("bad json ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let mut got: Vec<(String, String)> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    (got, v, out.status.code().expect("code"))
}

const EN: &str = r#"-brand-name-firefox = Firefox

fee = Pay 5 dollars to join, or 41,700 for life.
contact = Write to press@example-bank.com or see https://example-bank.com/press.
cta = Get the latest version today
footer-cta = Get the latest version today
question = Any question: write to us!
notice = Read the <a data-l10n-name="privacy">privacy notice</a> and <b>do not <i>share</i></b> it.
save =
    .label = Save
    .accesskey = S
dialog = Settings
    .style = width: 20em
share = { NUMBER($share) } of centers
"#;

const EN_LINT: &str = "# $n: how many\nloading = Loading \"{ $n }\" files... with Firefox\n";

const FR_BAD: &str = r#"-brand-name-firefox = Firefox

fee = Payez 7 dollars pour adhérer, ou 41 700 à vie.
contact = Écrivez à presse@example-bank.com ou voir https://example-bank.com/press.
cta = Obtenez la dernière version aujourd’hui
footer-cta = Téléchargez la version la plus récente aujourd’hui
question = Une question: écrivez-nous!
notice = Lisez la <a data-l10n-name="confidentialite">politique</a> et <b>ne la <i>partagez</b> pas</i>.
save =
    .label = Enregistrer
    .accesskey = X
dialog = Paramètres
    .style = width: 260px
share = { NUMBER($share, style: "percent") } des centres
"#;

const FR_GOOD: &str = "-brand-name-firefox = Firefox

fee = Payez 5\u{a0}dollars pour adhérer, ou 41\u{202f}700 à vie.
contact = Écrivez à press@example-bank.com ou voir https://example-bank.com/press.
cta = Obtenez la dernière version aujourd’hui
footer-cta = Obtenez la dernière version aujourd’hui
question = Une question\u{a0}: écrivez-nous\u{202f}!
notice = Lisez la <a data-l10n-name=\"privacy\">politique</a> et <b>ne la <i>partagez</i></b> pas.
save =
    .label = Enregistrer
    .accesskey = E
dialog = Paramètres
    .style = width: 24em
share = { NUMBER($share) } des centres
";

const FR_LINT: &str = "loading = Chargement de «\u{202f}{ $n }\u{202f}» fichiers… avec Firefox\n";

#[test]
fn each_planted_defect_is_caught() {
    let dir = project(
        "",
        &[
            ("locales/en/a.ftl", EN),
            ("locales/en/lint.ftl", EN_LINT),
            ("locales/fr/a.ftl", FR_BAD),
            ("locales/fr/lint.ftl", FR_LINT),
        ],
    );
    let (got, v, code) = findings(dir.path());
    let want: Vec<(String, String)> = [
        ("accesskey-not-in-label", "save"),
        ("css-units", "dialog"),
        ("ellipsis", "loading"),
        ("hardcoded-brand", "loading"),
        ("inconsistent-translation", "footer-cta"),
        ("link-mismatch", "contact"),
        ("markup-attribute", "notice"),
        ("markup-nesting", "notice"),
        ("number-mismatch", "fee"),
        ("punctuation-spacing", "question"),
        ("punctuation-spacing", "question"),
        ("quotation-marks", "loading"),
        ("unportable-option", "share"),
    ]
    .iter()
    .map(|(r, i)| (r.to_string(), i.to_string()))
    .collect();
    assert_eq!(got, want, "{v:#}");
    // Warnings only: the run passes.
    assert_eq!(code, 0);
    let message = |rule: &str| -> String {
        v["diagnostics"]
            .as_array()
            .expect("array")
            .iter()
            .find(|d| d["rule"] == rule)
            .and_then(|d| d["message"].as_str())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        message("number-mismatch"),
        "`fee` has `7` where the reference has `5`"
    );
    assert!(message("link-mismatch")
        .contains("`presse@example-bank.com` where the reference has `press@example-bank.com`"));
    assert!(message("inconsistent-translation").contains("`cta` (locales/fr/a.ftl)"));
    assert!(message("unportable-option").contains("only the developer may set `style`"));
    assert!(message("markup-attribute").contains("data-l10n-name=\"confidentialite\""));
}

#[test]
fn correct_localization_gives_no_finding() {
    let dir = project(
        "",
        &[("locales/en/a.ftl", EN), ("locales/fr/a.ftl", FR_GOOD)],
    );
    let (got, v, code) = findings(dir.path());
    assert!(got.is_empty(), "{v:#}");
    assert_eq!(code, 0);
}

#[test]
fn fix_applies_the_safe_typography_fixes() {
    let dir = project(
        "",
        &[
            (
                "locales/en/a.ftl",
                "q = Any question: write to us!\nl = Loading...\n",
            ),
            (
                "locales/fr/a.ftl",
                "q = Une question : écrivez-nous!\nl = Chargement...\n",
            ),
        ],
    );
    glossator()
        .current_dir(dir.path())
        .arg("fix")
        .assert()
        .success();
    let fixed = fs::read_to_string(dir.path().join("locales/fr/a.ftl")).expect("read");
    assert_eq!(
        fixed,
        "q = Une question\u{a0}: écrivez-nous\u{202f}!\nl = Chargement…\n"
    );
    let en = fs::read_to_string(dir.path().join("locales/en/a.ftl")).expect("read");
    assert_eq!(en, "q = Any question: write to us!\nl = Loading…\n");
    let (got, v, _) = findings(dir.path());
    assert!(got.is_empty(), "{v:#}");
}

#[test]
fn typography_is_configured_per_locale() {
    let files = [
        ("locales/en/a.ftl", "q = Any question: write to \"us\"!\n"),
        ("locales/fr/a.ftl", "q = Une question: écrivez \"nous\"!\n"),
    ];
    let dir = project(
        "[typography.fr]\nspacing = \"none\"\nquotes = []\n[typography.en]\nquotes = []\n",
        &files,
    );
    let (got, v, _) = findings(dir.path());
    assert!(got.is_empty(), "{v:#}");
    // A malformed setting names the file and line, and exits 2.
    let dir = project("[typography.fr]\nspacing = \"thin\"\n", &files);
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("glossator.toml:6"), "{err}");
    let dir = project("[typography.fr]\nquotes = [\"«\"]\n", &files);
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[typography.fr] quotes must be"), "{err}");
}

#[test]
fn off_rules_run_when_selected() {
    let dir = project(
        "",
        &[
            ("locales/en/a.ftl", "a = Hello { $name }\n"),
            ("locales/fr/a.ftl", "a = Bonjour { $name }\n"),
        ],
    );
    let (got, _, _) = findings(dir.path());
    assert!(got.is_empty());
    let out = glossator()
        .current_dir(dir.path())
        .args(["check", "--select", "undocumented-variable"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("warning[undocumented-variable] `a` uses `$name`"),
        "{text}"
    );
    let out = glossator().args(["rules"]).output().expect("runs");
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(
        list.lines()
            .any(|l| l.starts_with("shared-translation") && l.contains(" off ")),
        "{list}"
    );
}
