//! `glossator extract` through the binary on reports other than the Indonesian seed: a
//! Chinese original, a German release, `--all`.

use assert_cmd::Command;
use std::fs;

fn glossator() -> Command {
    Command::cargo_bin("glossator").expect("binary builds")
}

const CHINESE: &str = "中国银行业协会发布报告\n\n2024-07-22\n\n\
中国银行业协会22日发布《银行业客服中心发展报告》。\
全年人工处理来电7.23亿通，同比增长4.6%。\
视频客服在过去三年快速发展。\
天气晴朗。\n";

fn run(dir: &std::path::Path, report: &str, locale: &str, extra: &[&str]) -> (String, String) {
    fs::write(dir.join("r.txt"), report).expect("write");
    let out = glossator()
        .current_dir(dir)
        .args(["extract", "r.txt", "--locale", locale, "--out", "r.ftl"])
        .args(["--figures", "f.toml"])
        .args(extra)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        fs::read_to_string(dir.join("r.ftl")).expect("ftl"),
        fs::read_to_string(dir.join("f.toml")).expect("figures"),
    )
}

#[test]
fn chinese_report_keeps_figures_their_written_form_and_key_statements() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ftl, figures) = run(dir.path(), CHINESE, "zh", &[]);
    // The digit after 来电 is a figure, not an identifier; 亿 is a scale word.
    assert!(
        ftl.contains("全年人工处理来电{ NUMBER($count) }通，同比增长{ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) }。"),
        "{ftl}"
    );
    assert!(
        figures.contains("count = 723000000  # \"7.23亿\"\ncount-scale = 8\n"),
        "{figures}"
    );
    // The lead (who published what, when) and the trend are kept; the weather is not.
    assert!(ftl.contains("\nreport-lead = 中国银行业协会22日发布《银行业客服中心发展报告》。\n"));
    assert!(ftl.contains("= 视频客服在过去三年快速发展。\n"), "{ftl}");
    assert!(!ftl.contains("天气晴朗"));
    // A re-run is byte-identical and says so.
    let again = glossator()
        .current_dir(dir.path())
        .args(["extract", "r.txt", "--locale", "zh", "--out", "r.ftl"])
        .args(["--figures", "f.toml"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(
        stdout.contains("r.ftl unchanged") && stdout.contains("f.toml unchanged"),
        "{stdout}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("r.ftl")).expect("ftl"),
        ftl
    );
}

#[test]
fn all_keeps_every_sentence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ftl, _) = run(dir.path(), CHINESE, "zh", &["--all"]);
    assert!(ftl.contains("天气晴朗。"), "{ftl}");
    let messages = ftl.lines().filter(|l| l.contains(" = ")).count();
    // Title, date and the four sentences.
    assert_eq!(messages, 6, "{ftl}");
}

#[test]
fn german_release_amounts_keep_currency_and_scale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = "Beispielbank mit Rekordergebnis\n\n\
Im 1. Halbjahr stieg der Gewinn um +7 % auf 3,15 Mrd. Euro. Die Hauptversammlung beginnt um 14.30 Uhr.\n";
    let (ftl, figures) = run(dir.path(), report, "de", &[]);
    // "1. Halbjahr" neither ends the sentence nor is a figure; "Mrd." ends neither.
    assert!(
        ftl.contains("= Im 1. Halbjahr stieg der Gewinn um +{ NUMBER("),
        "{ftl}"
    );
    assert!(ftl.contains(" auf { NUMBER($"), "{ftl}");
    assert!(ftl.contains(") } Euro.\n"), "{ftl}");
    assert!(
        figures.contains("= 3150000000  # \"3,15 Mrd. Euro\"\n"),
        "{figures}"
    );
    assert!(figures.contains("-scale = 9\n") && figures.contains("-currency = \"EUR\"\n"));
    assert!(figures.contains("-sign = \"+\"\n"), "{figures}");
    // A time of day is no figure (and the sentence has no other reason to be kept).
    assert!(!figures.contains("14.3") && !ftl.contains("= Die Hauptversammlung"));
}
