//! CLI behaviour, tested by running the binary on projects built in temporary directories.

use assert_cmd::Command;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

fn glossator() -> Command {
    let mut c = Command::cargo_bin("glossator").expect("binary builds");
    c.env("NO_COLOR", "1");
    c
}

/// A project with `en` and `fr`, and the given files (path relative to the project).
fn project(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("glossator.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n",
    )
    .expect("write config");
    for (p, content) in files {
        let path = dir.path().join(p);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, content).expect("write");
    }
    dir
}

fn json(dir: &Path, extra: &[&str]) -> (serde_json::Value, i32) {
    let out = glossator()
        .current_dir(dir)
        .args(["check", "--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("bad json ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (v, out.status.code().expect("exit code"))
}

fn rules(v: &serde_json::Value) -> Vec<String> {
    let mut r: Vec<String> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| d["rule"].as_str().expect("rule").to_string())
        .collect();
    r.sort();
    r
}

#[test]
fn clean_project_exits_zero_with_summary() {
    let dir = project(&[
        ("locales/en/a.ftl", b"hello = Hello { $name }\n"),
        ("locales/fr/a.ftl", b"hello = Bonjour { $name }\n"),
    ]);
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("locale"), "{text}");
    assert!(text.contains("100.0%"), "{text}");
    assert!(text.contains("0 errors, 0 warnings"), "{text}");
}

#[test]
fn human_output_has_location_rule_and_underline() {
    let dir = project(&[
        ("locales/en/a.ftl", b"link = Read more at { $url }\n"),
        ("locales/fr/a.ftl", b"link = Lire la suite sur { $ur }\n"),
    ]);
    let out = glossator()
        .current_dir(dir.path())
        .args(["check", "--no-summary"])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("locales/fr/a.ftl:1:28: error[unknown-variable] `link` uses `$ur`"),
        "{text}"
    );
    assert!(
        text.contains("1 | link = Lire la suite sur { $ur }"),
        "{text}"
    );
    assert!(
        text.contains("  |                            ^^^"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "NO_COLOR must disable color");
    let colored = glossator()
        .current_dir(dir.path())
        .args(["--color", "always", "check"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&colored.stdout).contains('\u{1b}'));
}

#[test]
fn json_document_has_the_documented_shape() {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\nb = B { $x }\n"),
        ("locales/fr/a.ftl", b"a = Ah\nz = Z\n"),
    ]);
    let (v, code) = json(dir.path(), &[]);
    assert_eq!(code, 0, "warnings only");
    let d = &v["diagnostics"][0];
    for key in [
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
    ] {
        assert!(d.get(key).is_some(), "missing {key} in {d}");
    }
    assert_eq!(rules(&v), vec!["missing-message", "obsolete-message"]);
    let fr = &v["summary"]["per_locale"]["fr"];
    assert_eq!(fr["messages"], 2);
    assert_eq!(fr["missing"], 1);
    assert_eq!(fr["obsolete"], 1);
    assert_eq!(fr["completion"], 50.0);
    assert_eq!(v["summary"]["locales"], 2);
    assert_eq!(v["summary"]["files"], 2);
    assert_eq!(d["path"], "locales/fr/a.ftl");
}

#[test]
fn output_is_deterministic() {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\nb = B\nc = C\n"),
        ("locales/en/b.ftl", b"x = X { $n }\n"),
        ("locales/fr/a.ftl", b"c = C\n"),
        ("locales/fr/b.ftl", b"x = X { $m }\n"),
    ]);
    let a = glossator()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    let b = glossator()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(a.stdout, b.stdout);
    // Huge pages for the workers' heaps change how memory is obtained, nothing else.
    let small_pages = glossator()
        .current_dir(dir.path())
        .env("GLOSSATOR_HUGE_PAGES", "0")
        .args(["check", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(a.stdout, small_pages.stdout);
    assert!(String::from_utf8_lossy(&a.stdout).contains("missing-message"));
}

#[test]
fn bad_files_become_findings() {
    let deep = format!("a = {}\n", "{".repeat(50_000));
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\n"),
        ("locales/en/b.ftl", b"b = B\n"),
        ("locales/en/c.ftl", b"c = C\n    .title = T\n"),
        ("locales/en/d.ftl", b"d = D\n"),
        (
            "locales/en/e.ftl",
            b"e = { $n ->\n    [one] one\n   *[other] many\n}\n",
        ),
        ("locales/fr/a.ftl", b"a = \xff\xfe\n"),
        ("locales/fr/b.ftl", b"\xEF\xBB\xBFb = Be\n"),
        ("locales/fr/c.ftl", b"c = Ce\r\n    .title = Te\r\n"),
        ("locales/fr/d.ftl", deep.as_bytes()),
        ("locales/fr/e.ftl", b"e = { $n ->\n    [one] un\n"),
    ]);
    let (v, code) = json(dir.path(), &[]);
    assert_eq!(code, 1);
    let r = rules(&v);
    assert!(r.contains(&"encoding".to_string()), "{r:?}");
    assert!(r.contains(&"bom".to_string()), "{r:?}");
    assert!(r.contains(&"too-deep".to_string()), "{r:?}");
    assert!(r.contains(&"syntax-error".to_string()), "{r:?}");
    // CRLF parses cleanly: nothing reported for c.ftl.
    let crlf: Vec<_> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["path"] == "locales/fr/c.ftl")
        .collect();
    assert!(crlf.is_empty(), "{crlf:?}");
    let enc = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["rule"] == "encoding")
        .expect("encoding finding");
    assert_eq!(
        enc["message"],
        "file is not valid UTF-8: byte 0xFF is not part of a UTF-8 character"
    );
    assert_eq!(
        (enc["line"].as_u64(), enc["column"].as_u64()),
        (Some(1), Some(5))
    );
    // A file that cannot be read and an entry that does not parse: their own findings,
    // not missing messages as well (fr/d.ftl's deep entry is `a`; its `d` is missing).
    let missing: Vec<&str> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["rule"] == "missing-message")
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert_eq!(missing, ["locales/fr/d.ftl"]);
}

#[test]
fn config_errors_exit_two_with_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |text: &str| fs::write(dir.path().join("glossator.toml"), text).expect("write");
    write("[project]\nreference = \"en\"\nlocales = [\"en\", \"../etc\"]\npaths = [\"l/{locale}/*.ftl\"]\n");
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("glossator.toml:3:18: invalid locale `../etc`"),
        "{err}"
    );
    write("[project]\nreference = \"en\"\nlocales = [\"en\", \"qqqqqqqqqq\"]\npaths = [\"l/{locale}/*.ftl\"]\n");
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("not a BCP 47"));
    write("[project]\nreference = \"en\"\nlocales = [\"en\"]\npaths = [\"l/{locale}/*.ftl\"]\n[rules]\nno-such = \"off\"\n");
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr)
        .contains("glossator.toml:6:1: unknown rule `no-such`"));
    write("[project\nreference = 1\n");
    glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
}

#[test]
fn usage_and_missing_config_exit_two() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("no glossator.toml"));
    glossator()
        .args(["check", "--config", "/nonexistent/glossator.toml"])
        .assert()
        .code(2);
    glossator().arg("--no-such-flag").assert().code(2);
    glossator().args(["rules", "no-such-rule"]).assert().code(2);
}

#[test]
fn missing_locale_directory_is_missing_files() {
    let dir = project(&[("locales/en/a.ftl", b"a = A\nb = B\n")]);
    let (v, code) = json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(rules(&v), vec!["missing-file"]);
    assert_eq!(v["summary"]["per_locale"]["fr"]["missing"], 2);
    assert_eq!(v["summary"]["per_locale"]["fr"]["completion"], 0.0);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_io_error() {
    let dir = project(&[("locales/en/a.ftl", b"a = A\n")]);
    fs::create_dir_all(dir.path().join("locales/fr")).expect("mkdir");
    // Reading /proc/self/mem at offset 0 fails even for root.
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("locales/fr/a.ftl"))
        .expect("symlink");
    let out = glossator()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("locales/fr/a.ftl"), "{err}");
}

/// The reference is read while the glossaries are: when both fail, the glossary's error is
/// the one reported, every time; alone, each is reported.
#[cfg(unix)]
#[test]
fn a_glossary_error_comes_before_an_unreadable_reference() {
    let dir = project(&[
        ("locales/fr/a.ftl", b"a = A\n"),
        (
            "bad.toml",
            b"[[concept]]\nid = \"x\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"\"\n",
        ),
        (
            "good.toml",
            b"[[concept]]\nid = \"x\"\n[[concept.term]]\nlocale = \"en\"\ntext = \"bank\"\n",
        ),
    ]);
    fs::create_dir_all(dir.path().join("locales/en")).expect("mkdir");
    // Reading /proc/self/mem at offset 0 fails even for root.
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("locales/en/a.ftl"))
        .expect("symlink");
    let stderr = |glossary: &str| {
        let out = glossator()
            .current_dir(dir.path())
            .args(["check", "--glossary", glossary])
            .assert()
            .code(2);
        String::from_utf8_lossy(&out.get_output().stderr).to_string()
    };
    for _ in 0..5 {
        let err = stderr("bad.toml");
        assert!(
            err.contains("bad.toml") && err.contains("term text is empty"),
            "{err}"
        );
        assert!(!err.contains("locales/en/a.ftl"), "{err}");
    }
    let err = stderr("good.toml");
    assert!(err.contains("locales/en/a.ftl"), "{err}");
}

/// The first locale's files are read beside the reference's, yet an unreadable reference
/// file is still the error reported when a translation is unreadable too.
#[cfg(unix)]
#[test]
fn an_unreadable_reference_comes_before_an_unreadable_translation() {
    let dir = project(&[("locales/en/b.ftl", b"b = B\n")]);
    fs::create_dir_all(dir.path().join("locales/fr")).expect("mkdir");
    // Reading /proc/self/mem at offset 0 fails even for root.
    let unreadable = |rel: &str| {
        std::os::unix::fs::symlink("/proc/self/mem", dir.path().join(rel)).expect("symlink")
    };
    unreadable("locales/fr/b.ftl");
    let stderr = || {
        let out = glossator()
            .current_dir(dir.path())
            .arg("check")
            .assert()
            .code(2);
        String::from_utf8_lossy(&out.get_output().stderr).to_string()
    };
    let err = stderr();
    assert!(err.contains("locales/fr/b.ftl"), "{err}");
    unreadable("locales/en/a.ftl");
    for _ in 0..5 {
        let err = stderr();
        assert!(err.contains("locales/en/a.ftl"), "{err}");
        assert!(!err.contains("locales/fr/b.ftl"), "{err}");
    }
}

#[test]
fn locale_option_limits_the_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("glossator.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"de\", \"fr\"]\npaths = [\"l/{locale}/*.ftl\"]\n",
    )
    .expect("write");
    fs::create_dir_all(dir.path().join("l/en")).expect("mkdir");
    fs::write(dir.path().join("l/en/a.ftl"), "a = A\n").expect("write");
    let (v, _) = json(dir.path(), &["--locale", "de"]);
    let locales: Vec<_> = v["summary"]["per_locale"]
        .as_object()
        .expect("obj")
        .keys()
        .cloned()
        .collect();
    assert_eq!(locales, vec!["de", "en"]);
    glossator()
        .current_dir(dir.path())
        .args(["check", "--locale", "it"])
        .assert()
        .code(2);
    glossator()
        .current_dir(dir.path())
        .args(["check", "--locale", "../x"])
        .assert()
        .code(2);
}

#[test]
fn a_locale_run_reports_on_that_locale_only() {
    // The reference defines `a` twice (an error of its own); fr is clean.
    let dir = project(&[
        ("locales/en/a.ftl", b"a = A\na = B\n"),
        ("locales/fr/a.ftl", b"a = A fr\n"),
    ]);
    let (all, code) = json(dir.path(), &[]);
    assert_eq!((rules(&all), code), (vec!["duplicate-id".to_string()], 1));
    // As compare-locales and a locale folder named as a path: fr's findings alone.
    for args in [&["--locale", "fr"][..], &["locales/fr"][..]] {
        let (v, code) = json(dir.path(), args);
        assert_eq!((rules(&v), code), (Vec::<String>::new(), 0), "{args:?}");
        assert_eq!(v["summary"]["per_locale"]["en"]["errors"], 0, "{args:?}");
    }
    // Naming the reference asks for its findings.
    let (v, code) = json(dir.path(), &["--locale", "en", "--locale", "fr"]);
    assert_eq!((rules(&v), code), (vec!["duplicate-id".to_string()], 1));
}

#[test]
fn rules_command_lists_and_documents() {
    let out = glossator().arg("rules").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for r in glossator::rules::all() {
        assert!(text.contains(r.name), "{} not listed", r.name);
    }
    let out = glossator()
        .args(["rules", "term-variant"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("## Why") && text.contains("case: \"acc\""),
        "{text}"
    );
}

#[test]
fn compare_locales_project_with_includes_excludes_and_filters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path();
    let w = |rel: &str, text: &str| {
        let path = p.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    };
    w("l10n.toml", "basepath = \".\"\n[[includes]]\n    path = \"configs/main.toml\"\n[[excludes]]\n    path = \"configs/vendor.toml\"\n");
    w(
        "configs/main.toml",
        "basepath = \"..\"\nlocales = [\"fr\", \"de\"]\n[env]\n    sub = \"app\"\n[[paths]]\n    reference = \"en/{sub}/*.ftl\"\n    l10n = \"{locale}/{sub}/*.ftl\"\n[[paths]]\n    reference = \"en/only-de.ftl\"\n    l10n = \"{locale}/only-de.ftl\"\n    locales = [\"de\"]\n[[filters]]\n    path = \"{locale}/app/a.ftl\"\n    key = \"re:ignored-\"\n    action = \"ignore\"\n[[filters]]\n    path = \"{locale}/app/a.ftl\"\n    key = \"soft\"\n    action = \"warning\"\n",
    );
    w("configs/vendor.toml", "basepath = \"..\"\nlocales = [\"de\"]\n[[paths]]\n    reference = \"en/app/vendor.ftl\"\n    l10n = \"{locale}/app/vendor.ftl\"\n");
    w("en/app/a.ftl", "a = A\nignored-one = I\nsoft = S\n");
    w("en/app/vendor.ftl", "v = V\n");
    w("en/only-de.ftl", "o = O\n");
    w("fr/app/a.ftl", "a = Ah\n");
    w("de/app/a.ftl", "a = Ah\nignored-one = I\nsoft = S\n");
    let out = glossator()
        .args(["check", "--format", "json", "--l10n-toml"])
        .arg(p.join("l10n.toml"))
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let fr = &v["summary"]["per_locale"]["fr"];
    // fr: `ignored-one` ignored, `soft` reported as a warning but not missing; vendor.ftl
    // is not excluded for fr (the excluded config lists only de), so it is missing.
    assert_eq!(fr["missing"], 1, "{v}");
    let de = &v["summary"]["per_locale"]["de"];
    // de: vendor.ftl excluded; only-de.ftl missing (1 message).
    assert_eq!(de["missing"], 1, "{v}");
    let paths: Vec<String> = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            format!(
                "{}:{}",
                d["path"].as_str().unwrap_or(""),
                d["rule"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert!(
        paths.contains(&"fr/app/vendor.ftl:missing-file".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"de/only-de.ftl:missing-file".to_string()),
        "{paths:?}"
    );
    assert!(
        !paths.iter().any(|p| p.starts_with("de/app/vendor.ftl")),
        "{paths:?}"
    );
    assert!(
        !paths.iter().any(|p| p.starts_with("fr/only-de.ftl")),
        "{paths:?}"
    );
    let soft = v["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .find(|d| d["id"] == "soft")
        .expect("soft reported");
    assert_eq!(soft["severity"], "warning");
}

#[test]
fn l10n_toml_that_includes_itself_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join("l10n.toml"),
        "[[includes]]\n    path = \"l10n.toml\"\n",
    )
    .expect("write");
    let out = glossator()
        .args(["check", "--l10n-toml"])
        .arg(dir.path().join("l10n.toml"))
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("includes itself"));
}

#[test]
fn glossary_export_import_round_trips_through_tbx_and_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = env!("CARGO_MANIFEST_DIR");
    let original = glossator()
        .current_dir(root)
        .args(["glossary", "export", "--format", "toml"])
        .output()
        .expect("runs");
    assert!(original.status.success());
    for format in ["tbx", "csv", "tsv"] {
        let file = dir.path().join(format!("g.{format}"));
        glossator()
            .current_dir(root)
            .args(["glossary", "export", "--format", format, "--out"])
            .arg(&file)
            .assert()
            .success();
        let back = dir.path().join(format!("back-{format}.toml"));
        glossator()
            .args(["glossary", "import"])
            .arg(&file)
            .arg("--out")
            .arg(&back)
            .assert()
            .success();
        let again = glossator()
            .args(["glossary", "export", "--format", "toml", "--glossary"])
            .arg(&back)
            .output()
            .expect("runs");
        assert_eq!(
            again.stdout, original.stdout,
            "{format} round trip is lossless"
        );
    }
}

#[test]
fn extra_glossary_adds_terminology_checks() {
    let dir = project(&[
        ("locales/en/a.ftl", b"a = Remote banking grew\n"),
        ("locales/fr/a.ftl", b"a = La banque eloignee a grandi\n"),
        (
            "g.csv",
            b"concept,domain,definition,concept_note,locale,term,status,pos,case_sensitive,match,pattern,dnt,term_note\nrb,,,,en,remote banking,preferred,,,,,,\nrb,,,,fr,banque a distance,preferred,,,,,,\nrb,,,,fr,banque eloignee,forbidden,,,,,,\n",
        ),
    ]);
    let (v, code) = json(dir.path(), &["--glossary", "g.csv"]);
    assert_eq!(code, 1);
    assert_eq!(rules(&v), vec!["forbidden-term"]);
    let (v, code) = json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert!(rules(&v).is_empty());
}

#[test]
fn render_writes_locale_conventions_and_fails_on_fallback() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = glossator()
        .current_dir(root)
        .args(["render", "--locale", "fr"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("41\u{202F}700"), "French grouping: {text}");
    assert!(text.contains("92,88\u{A0}%"), "French percent");
    let de = glossator()
        .current_dir(root)
        .args(["render", "--locale", "de", "--format", "txt"])
        .output()
        .expect("runs");
    let de = String::from_utf8_lossy(&de.stdout).to_string();
    assert!(de.contains("41.700") && de.contains("92,88\u{A0}%"), "{de}");
    // A locale missing a message falls back to the reference and fails without the flag.
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = |rel: &str| {
        let to = dir.path().join(rel);
        fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        fs::copy(Path::new(root).join(rel), to).expect("copy");
    };
    copy("locales/en/report.ftl");
    copy("figures/cba-remote-banking-2023.toml");
    let fr = fs::read_to_string(Path::new(root).join("locales/fr/report.ftl")).expect("read");
    let cut: String = fr
        .lines()
        .filter(|l| !l.starts_with("answer-rate"))
        .collect::<Vec<_>>()
        .join("\n");
    fs::create_dir_all(dir.path().join("locales/fr")).expect("mkdir");
    fs::write(dir.path().join("locales/fr/report.ftl"), cut).expect("write");
    fs::write(
        dir.path().join("glossator.toml"),
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n[extract]\nfigures = \"figures/cba-remote-banking-2023.toml\"\n",
    )
    .expect("write");
    let failed = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "fr"])
        .output()
        .expect("runs");
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("answer-rate"));
    let allowed = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "fr", "--allow-fallback"])
        .output()
        .expect("runs");
    assert!(allowed.status.success());
    assert!(
        String::from_utf8_lossy(&allowed.stdout).contains("The average answer rate"),
        "fallback text shown"
    );
}

#[test]
fn render_json_holds_every_message_of_every_locale() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = glossator()
        .current_dir(root)
        .args(["render", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let locales = v.as_object().expect("object");
    assert_eq!(locales.len(), 15);
    let keys = |l: &str| -> Vec<String> {
        let mut k: Vec<String> = v[l].as_object().expect(l).keys().cloned().collect();
        k.sort();
        k
    };
    for locale in locales.keys() {
        assert_eq!(
            keys(locale),
            keys("en"),
            "{locale}: the reference's messages"
        );
    }
    assert!(keys("en").len() >= 17);
    assert!(v["en"]["answer-rate"]
        .as_str()
        .expect("text")
        .contains("92.88%"));
    // Large figures in each locale's notation, passed as data-side options.
    let text = |l: &str, k: &str| v[l][k].as_str().expect("text").to_string();
    assert!(text("de", "inbound-calls").contains("723 Millionen"));
    assert!(text("zh-CN", "inbound-calls").contains("7.23亿"));
    assert!(text("fr", "inbound-calls").contains("723\u{202F}000\u{202F}000"));
    // Page messages with the arguments the renderer gives them; no note where nothing
    // fell back and no figure is missing.
    assert_eq!(
        text("en", "page-conventions"),
        "Numbers and dates follow Unicode CLDR (en): 1,234,567.5 · 12.5% · July 22, 2024."
    );
    assert!(text("la", "page-conventions").contains("Unicode CLDR (und)"));
    assert!(!text("en", "page-report").contains('{'));
    assert!(v["en"].get("page-fallback-note").is_none());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.contains('\u{2068}'),
        "no isolation marks unless asked"
    );
    // The locales asked for, in that order; messages in the reference's order.
    let out = glossator()
        .current_dir(root)
        .args([
            "render", "--format", "json", "--locale", "la", "--locale", "en",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let la = text.find("\"la\": {").expect("la");
    let en = text.find("\"en\": {").expect("en");
    assert!(la < en, "{text}");
    assert!(
        text.find("\"report-title\"").expect("title")
            < text.find("\"remote-banking-centers\"").expect("last")
    );
    // --out writes one messages.json and names it for each locale.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = glossator()
        .current_dir(root)
        .args([
            "render", "--format", "json", "--locale", "sa", "--locale", "fr", "--out",
        ])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let file = dir.path().join("messages.json");
    let written: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("messages.json")).expect("json");
    assert_eq!(written.as_object().expect("object").len(), 2);
    assert_eq!(
        fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "nothing but messages.json"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("sa: ")
            && stdout.contains("messages.json (0 fallback(s), 0 missing figure(s))"),
        "{stdout}"
    );
}

#[test]
fn render_json_attributes_fallbacks_and_exit_codes() {
    let dir = project(&[
        (
            "locales/en/a.ftl",
            b"-org = Bank\ntitle = { -org } report\n    .alt = Chart of { $n } centers\nonly-en = Left to English\ncalls = { $calls } calls\npage-fallback-note = Shown in { $language }: { $ids }\npage-missing-note = Missing: { $ids }\n",
        ),
        (
            "locales/fr/a.ftl",
            b"-org = Banque\ntitle = Rapport de la { -org }\n    .alt = Graphique de { $n } centres\ncalls = { $calls } appels\npage-fallback-note = Affich\xc3\xa9 en { $language } : { $ids }\npage-missing-note = Manquant : { $ids }\n",
        ),
        ("figures.toml", b"[title]\nn = 41700\n[calls]\ncalls = 723000000\n"),
    ]);
    let config = dir.path().join("glossator.toml");
    let mut text = fs::read_to_string(&config).expect("config");
    text.push_str("[extract]\nfigures = \"figures.toml\"\n");
    fs::write(&config, text).expect("write");
    let out = glossator()
        .current_dir(dir.path())
        .args([
            "render",
            "--format",
            "json",
            "--isolating",
            "--locale",
            "fr",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "a message fell back");
    assert!(String::from_utf8_lossy(&out.stderr).contains("only-en: missing in fr, shown in en"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        v["fr"]["title"], "Rapport de la \u{2068}Banque\u{2069}",
        "a term reference isolated as fluent.js isolates it"
    );
    assert_eq!(
        v["fr"]["title.alt"], "Graphique de \u{2068}41\u{202f}700\u{2069} centres",
        "attributes take their message's figures"
    );
    assert_eq!(v["fr"]["only-en"], "Left to English");
    let allowed = glossator()
        .current_dir(dir.path())
        .args([
            "render",
            "--format",
            "json",
            "--locale",
            "fr",
            "--locale",
            "en",
            "--allow-fallback",
        ])
        .output()
        .expect("runs");
    assert_eq!(allowed.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&allowed.stdout).expect("json");
    assert_eq!(v["en"]["calls"], "723 million calls");
    assert_eq!(v["fr"]["calls"], "723\u{202f}000\u{202f}000 appels");
    // The notes list the object's own fallbacks, and only where there are some.
    assert_eq!(
        v["fr"]["page-fallback-note"],
        "Affiché en English : only-en"
    );
    assert!(v["en"].get("page-fallback-note").is_none());
    assert!(v["fr"].get("page-missing-note").is_none());
    // A missing figure is marked and noted, and fails the run.
    fs::write(dir.path().join("figures.toml"), "[title]\nn = 41700\n").expect("write");
    let missing = glossator()
        .current_dir(dir.path())
        .args(["render", "--format", "json", "--locale", "en"])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&missing.stdout).expect("json");
    assert_eq!(v["en"]["calls"], "⚠ $calls calls");
    assert_eq!(v["en"]["page-missing-note"], "Missing: calls $calls");
    let bad = glossator()
        .current_dir(dir.path())
        .args(["render", "--format", "xml"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("json"),
        "the formats are listed"
    );
}

/// Latin and Sanskrit plurals by their grammars, in the checker and the renderer alike.
#[test]
fn latin_and_sanskrit_plurals_through_the_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files: [(&str, &str); 5] = [
        (
            "glossator.toml",
            "[project]\nreference = \"en\"\nlocales = [\"en\", \"la\", \"sa\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n[extract]\nfigures = \"figures.toml\"\n",
        ),
        (
            "figures.toml",
            "[one]\nn = 1\n[two]\nn = 2\n[thousands]\nn = 2000\n[thousand]\nn = 1000\n",
        ),
        (
            "locales/en/a.ftl",
            "one = { $n ->\n    [one] { $n } center\n   *[other] { $n } centers\n}\ntwo = { $n ->\n    [one] { $n } center\n   *[other] { $n } centers\n}\nthousands = { $n ->\n    [one] { $n } center\n   *[other] { $n } centers\n}\nthousand = { $n ->\n    [one] { $n } center\n   *[other] { $n } centers\n}\n",
        ),
        (
            "locales/la/a.ftl",
            "one = { $n ->\n    [one] { $n } centrum\n    [many] { $n } centrorum\n   *[other] { $n } centra\n}\ntwo = { $n ->\n    [one] { $n } centrum\n   *[other] { $n } centra\n}\nthousands = { $n ->\n    [one] { $n } centrum\n    [many] { $n } centrorum\n   *[other] { $n } centra\n}\nthousand = { $n ->\n    [one] { $n } centrum\n    [many] { $n } centrorum\n   *[other] { $n } centra\n}\n",
        ),
        (
            "locales/sa/a.ftl",
            "one = { $n ->\n    [one] { $n } केन्द्रम्\n    [two] { $n } केन्द्रे\n   *[other] { $n } केन्द्राणि\n}\ntwo = { $n ->\n    [one] { $n } केन्द्रम्\n    [two] { $n } केन्द्रे\n   *[other] { $n } केन्द्राणि\n}\nthousands = { $n ->\n    [one] { $n } केन्द्रम्\n    [two] { $n } केन्द्रे\n   *[other] { $n } केन्द्राणि\n}\nthousand = { $n ->\n    [one] { $n } केन्द्रम्\n   *[other] { $n } केन्द्राणि\n}\n",
        ),
    ];
    for (p, content) in files {
        let path = dir.path().join(p);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, content).expect("write");
    }
    let out = glossator()
        .current_dir(dir.path())
        .args(["render", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["la"]["one"], "1 centrum");
    assert_eq!(v["la"]["two"], "2 centra");
    assert_eq!(v["la"]["thousands"], "2,000 centrorum");
    assert_eq!(v["la"]["thousand"], "1,000 centra", "mille is an adjective");
    assert_eq!(v["sa"]["one"], "१ केन्द्रम्");
    assert_eq!(v["sa"]["two"], "२ केन्द्रे");
    assert_eq!(v["sa"]["thousands"], "२,००० केन्द्राणि");
    // The page's footer names where the plural rules come from (glossator's English page
    // message: the project has none of its own); a CLDR locale's page does not.
    let page = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "sa", "--format", "txt"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&page.stdout)
        .contains("Plural forms follow Whitney, Sanskrit Grammar §§ 264–265, 486."));
    let page = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "en", "--format", "txt"])
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&page.stdout).contains("Plural forms"));
    // The checker: Sanskrit `thousand` lacks the dual, Latin `two` is complete (`many` is
    // optional, as French `many` is).
    let (report, code) = json(dir.path(), &[]);
    assert_eq!(code, 0, "warnings only");
    let found: Vec<(String, String)> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap_or_default().to_string(),
                d["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.ends_with("sa/a.ftl"), "{found:?}");
    assert_eq!(
        found[0].1,
        "plural select has no `[two]` variant, which `sa` uses for numbers such as 2"
    );
}

/// A copy of the bundled project (locales, figures, glossator.toml) in a temporary folder,
/// with `edit` applied to the figures file.
fn bundled_copy(edit: impl Fn(&str) -> String) -> TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in walk(&root.join("locales")) {
        let rel = entry.strip_prefix(root).expect("inside");
        let to = dir.path().join(rel);
        fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        fs::copy(&entry, to).expect("copy");
    }
    let figures =
        fs::read_to_string(root.join("figures/cba-remote-banking-2023.toml")).expect("figures");
    fs::create_dir_all(dir.path().join("figures")).expect("mkdir");
    fs::write(
        dir.path().join("figures/cba-remote-banking-2023.toml"),
        edit(&figures),
    )
    .expect("write");
    // The glossary is the checker's, not the renderer's.
    let config = fs::read_to_string(root.join("glossator.toml")).expect("config");
    let config = config.replace("glossaries = [\"glossary/banking.toml\"]\n", "");
    fs::write(dir.path().join("glossator.toml"), config).expect("write");
    dir
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Issue 23: a figure or date the data lacks names itself, is marked on every page,
/// counts against each locale's completion on the index, and fails the run.
#[test]
fn render_marks_missing_data_and_fails() {
    let dir = bundled_copy(|f| {
        f.lines()
            .filter(|l| !l.starts_with("calls = ") && !l.starts_with("date = "))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    let out = glossator()
        .current_dir(dir.path())
        .args(["render", "--format", "html", "--out", "site"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for locale in ["en", "ja", "sa", "la"] {
        assert!(
            stderr.contains(&format!(
                "glossator: {locale}: inbound-calls: figure $calls is missing from the figures (no `calls` in [inbound-calls])"
            )),
            "{stderr}"
        );
    }
    // la writes its date out (no $date): only the other 14 lack it.
    assert_eq!(
        stderr
            .matches("report-date: figure $date is missing")
            .count(),
        14,
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("ja: site/ja.html (0 fallback(s), 2 missing figure(s))"),
        "{stdout}"
    );
    let ja = fs::read_to_string(dir.path().join("site/ja.html")).expect("ja");
    assert!(ja.contains(
        "オペレーターが対応した入電は<mark class=\"missing\" title=\"数値なし: inbound-calls $calls\">⚠ $calls</mark>件で"
    ), "{ja}");
    assert!(ja.contains("<td class=\"value\"><mark class=\"missing\" title=\"数値なし: $calls\">⚠ $calls</mark></td>"));
    assert!(ja.contains("⚠ データにない数値：report-date $date, inbound-calls $calls"));
    // Two of the page's 50 messages lack a figure: 96% on the index, for every locale but
    // la (one of 51: its footer names its plural rules' grammar) and sa (two of 51).
    let index = fs::read_to_string(dir.path().join("site/index.html")).expect("index");
    assert_eq!(
        index.matches("value=\"0.96\"></meter> 96%").count(),
        13,
        "{index}"
    );
    assert_eq!(
        index
            .matches("value=\"0.9607843137254902\"></meter> 96%")
            .count(),
        1,
        "{index}"
    );
    assert_eq!(
        index
            .matches("value=\"0.9803921568627451\"></meter> 98%")
            .count(),
        1,
        "{index}"
    );
    for entry in walk(&dir.path().join("site")) {
        let page = fs::read_to_string(&entry).expect("page");
        assert!(
            !page.contains("NUMBER()") && !page.contains("{$"),
            "{}",
            entry.display()
        );
    }
    // Markdown on standard output, marked too; --allow-fallback lets the run pass.
    let md = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "de", "--allow-fallback"])
        .output()
        .expect("runs");
    assert_eq!(md.status.code(), Some(0));
    let text = String::from_utf8_lossy(&md.stdout);
    assert!(
        text.contains("bearbeiteten Servicemitarbeiter ⚠ $calls eingehende Anrufe"),
        "{text}"
    );
    assert!(text.contains("| ⚠ $calls |"));
}

/// `[render]` mistakes are configuration errors (exit 2) naming the file and the entry.
#[test]
fn render_rejects_a_bad_render_section() {
    let dir = bundled_copy(|f| f.to_string());
    let config = dir.path().join("glossator.toml");
    let text = fs::read_to_string(&config).expect("config");
    fs::write(
        &config,
        text.replace("\"inbound-calls.calls\"", "\"inbound-calls\""),
    )
    .expect("write");
    let out = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "fr"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "glossator.toml: [render]: figure \"inbound-calls\" is not message-id.variable"
        ),
        "{stderr}"
    );
    fs::write(
        &config,
        text.replace(
            "label = \"page-figure-staff\"",
            "labl = \"page-figure-staff\"",
        ),
    )
    .expect("write");
    let out = glossator()
        .current_dir(dir.path())
        .args(["render", "--locale", "fr"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "glossator.toml: 19:48: [render]: unknown field `labl`, expected `figure` or `label`"
        ),
        "{stderr}"
    );
}
