//! Human output fits the terminal: snippet lines trimmed around their span to the width
//! `COLUMNS` gives (else the terminal's, else 100), control and bidirectional characters
//! shown escaped with a warning, carets under what is displayed (CJK two columns, Arabic
//! lam-alef two, an escape as wide as its `<U+XXXX>`). Snapshots at 80 and 120 columns.

use assert_cmd::Command;
use std::fs;
use tempfile::TempDir;
use unicode_width::UnicodeWidthChar;

/// A project whose Japanese, Arabic and French messages each have a typo'd variable
/// (`$username` for `$userName`, `$nam` for `$name`), on long lines, after wide characters,
/// lam-alef ligatures, an ANSI escape sequence, a tab and a right-to-left override.
fn fixture() -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    w(
        "glossator.toml",
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"ja\", \"ar\", \"fr\"]\npaths = [\"l/{locale}/*.ftl\"]\n",
    );
    w(
        "l/en/a.ftl",
        "welcome = Welcome back, { $userName }! You have { $count } new messages in your inbox since your last visit to the remote banking center.\nshort = Hello { $name }\n",
    );
    w(
        "l/ja/a.ftl",
        "welcome = おかえりなさい、前回のリモートバンキングセンターへのご訪問以降、{ $username }さん、受信トレイに{ $count }件の新しいメッセージがあります。\nshort = こんにちは { $nam }\n",
    );
    w(
        "l/ar/a.ftl",
        "welcome = مرحبًا بعودتك، لا { $username }! لديك { $count } رسائل جديدة في صندوق الوارد منذ زيارتك الأخيرة لمركز الخدمات المصرفية عن بعد.\nshort = لا لا لا { $nam }\n",
    );
    w(
        "l/fr/a.ftl",
        "welcome = Bon retour, \u{1b}[31m{ $username }\u{1b}[0m\u{202f}! Vous avez { $count } nouveaux messages.\nshort = Bonjour\t\u{202E}{ $nam }\u{202C}\n",
    );
    dir
}

fn human(dir: &TempDir, columns: Option<&str>) -> String {
    let mut cmd = Command::cargo_bin("glossator").expect("binary");
    cmd.current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .args(["check", "--no-summary"]);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c);
    }
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "unknown variables are errors");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Columns of `s` as a terminal draws it: each character on its own.
fn columns(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Every snippet and note line fits `width`; under each snippet the carets stand under the
/// variable the finding is about. Location lines stay whole (editors and grep read them).
fn check_layout(out: &str, width: usize) {
    let lines: Vec<&str> = out.lines().collect();
    let mut carets = 0;
    for (i, line) in lines.iter().enumerate() {
        let is_location = line.starts_with("l/");
        if !is_location {
            assert!(columns(line) <= width, "wider than {width}: {line:?}");
        }
        // A caret line: the gutter's `|`, spaces, carets.
        let Some(bar) = line.find('|') else {
            continue;
        };
        let rest = &line[bar + 1..];
        if !line[..bar].trim().is_empty() || !rest.trim_start().starts_with('^') {
            continue;
        }
        carets += 1;
        let from = columns(&line[..bar + 1]) + rest.len() - rest.trim_start().len();
        let n = rest.trim_start().chars().take_while(|&c| c == '^').count();
        // The snippet line above: the text from the caret's column on.
        let above = lines[i - 1];
        let mut col = 0;
        let mut under = String::new();
        for c in above.chars() {
            if col >= from && col < from + n {
                under.push(c);
            }
            col += c.width().unwrap_or(0);
        }
        assert!(
            under == "$username" || under == "$nam",
            "carets under {under:?}:\n{above}\n{line}"
        );
    }
    assert_eq!(carets, 6, "one snippet per finding:\n{out}");
}

#[test]
fn human_output_at_80_columns() {
    let dir = fixture();
    let out = human(&dir, Some("80"));
    check_layout(&out, 80);
    // Long lines are cut around the span, with `…` where text is left out.
    assert!(out.contains('…'), "{out}");
    insta::assert_snapshot!("human_80", out);
}

#[test]
fn human_output_at_120_columns() {
    let dir = fixture();
    let out = human(&dir, Some("120"));
    check_layout(&out, 120);
    insta::assert_snapshot!("human_120", out);
}

#[test]
fn control_and_bidi_characters_are_escaped_with_a_warning() {
    let dir = fixture();
    let out = human(&dir, Some("120"));
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202E}'),
        "{out}"
    );
    assert!(out.contains("<U+001B>[31m{ $username }"), "{out}");
    assert!(out.contains("Bonjour    <U+202E>{ $nam }<U+202C>"), "{out}");
    assert!(
        out.contains("warning: this line has control characters"),
        "{out}"
    );
    assert!(
        out.contains("warning: this line has bidirectional control characters"),
        "{out}"
    );
}

#[test]
fn width_comes_from_columns_else_one_hundred() {
    let dir = fixture();
    // Not a terminal, no COLUMNS: 100 columns.
    let out = human(&dir, None);
    check_layout(&out, 100);
    assert!(
        out.lines().any(|l| !l.starts_with("l/") && columns(l) > 90),
        "{out}"
    );
    let narrow = human(&dir, Some("60"));
    check_layout(&narrow, 60);
}
