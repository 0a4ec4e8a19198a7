//! Figures right, wrong and missed on reports written for the tests in eight languages
//! (see `testdata/corpus/README.md`). Run with `--nocapture` to see the table.

use super::*;

const CORPUS: &[(&str, &str, &str)] = &[
    (
        "zh",
        include_str!("testdata/corpus/zh.txt"),
        include_str!("testdata/corpus/zh.figures"),
    ),
    (
        "ja",
        include_str!("testdata/corpus/ja.txt"),
        include_str!("testdata/corpus/ja.figures"),
    ),
    (
        "ko",
        include_str!("testdata/corpus/ko.txt"),
        include_str!("testdata/corpus/ko.figures"),
    ),
    (
        "id",
        include_str!("testdata/corpus/id.txt"),
        include_str!("testdata/corpus/id.figures"),
    ),
    (
        "en",
        include_str!("testdata/corpus/en.txt"),
        include_str!("testdata/corpus/en.figures"),
    ),
    (
        "de",
        include_str!("testdata/corpus/de.txt"),
        include_str!("testdata/corpus/de.figures"),
    ),
    (
        "fr",
        include_str!("testdata/corpus/fr.txt"),
        include_str!("testdata/corpus/fr.figures"),
    ),
    (
        "es",
        include_str!("testdata/corpus/es.txt"),
        include_str!("testdata/corpus/es.figures"),
    ),
];

const SEPARATOR: &str = "\n=====\n";

#[derive(Debug)]
struct Expected<'a> {
    written: &'a str,
    value: &'a str,
    style: &'a str,
    currency: Option<&'a str>,
    scale: Option<u32>,
}

fn expected(block: &str) -> Vec<Expected<'_>> {
    block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "bad expectation line {l:?}");
            Expected {
                written: f[0],
                value: f[1],
                style: f[2],
                currency: (f[3] != "-").then_some(f[3]),
                scale: (f[4] != "-").then(|| f[4].parse().unwrap_or(u32::MAX)),
            }
        })
        .collect()
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    expected: usize,
    right: usize,
    wrong: usize,
    missed: usize,
    /// Wrong (or not figures at all) without a warning on their text.
    silent: usize,
}

fn warned(ex: &Extraction, f: &Figure) -> bool {
    let end = f.column + f.source_text.chars().count();
    ex.findings
        .iter()
        .any(|w| w.line == f.line && w.column < end && w.end_column > f.column)
}

fn score(ex: &Extraction, exp: &[Expected<'_>], problems: &mut Vec<String>) -> Score {
    let figures: Vec<&Figure> = ex.all().flat_map(|s| &s.figures).collect();
    let mut used = vec![false; figures.len()];
    let mut s = Score {
        expected: exp.len(),
        ..Score::default()
    };
    for e in exp {
        let Some(k) = (0..figures.len()).find(|&k| !used[k] && figures[k].source_text == e.written)
        else {
            s.missed += 1;
            problems.push(format!("missed {:?}", e.written));
            continue;
        };
        used[k] = true;
        let f = figures[k];
        let style = match f.style {
            NumberStyle::Percent => "percent",
            NumberStyle::Decimal if e.style == "points" => "points",
            NumberStyle::Decimal => "decimal",
        };
        let got = (f.value_text.as_str(), style, f.currency.as_deref(), f.scale);
        if got == (e.value, e.style, e.currency, e.scale) {
            s.right += 1;
        } else {
            s.wrong += 1;
            if !warned(ex, f) {
                s.silent += 1;
            }
            problems.push(format!(
                "wrong {:?}: got {got:?}, expected {e:?}",
                e.written
            ));
        }
    }
    for (k, f) in figures.iter().enumerate() {
        if !used[k] {
            s.wrong += 1;
            if !warned(ex, f) {
                s.silent += 1;
            }
            problems.push(format!(
                "not a figure: {:?} = {} (line {})",
                f.source_text, f.value_text, f.line
            ));
        }
    }
    s
}

#[test]
fn corpus_figures_per_language() {
    let mut table = vec![
        "| language | figures | right | wrong | missed | silent misreads |".to_string(),
        "|---|---|---|---|---|---|".to_string(),
    ];
    let mut failures = Vec::new();
    let mut total = Score::default();
    for (lang, text, figures) in CORPUS {
        let docs: Vec<&str> = text.split(SEPARATOR).collect();
        let exps: Vec<&str> = figures.split(SEPARATOR).collect();
        assert_eq!(docs.len(), exps.len(), "{lang}: reports and figure lists");
        let mut sum = Score::default();
        let mut problems = Vec::new();
        for (doc, exp) in docs.iter().zip(&exps) {
            let ex = extract(doc, lang);
            assert!(
                !ex.findings.iter().any(|f| f.rule == UNSUPPORTED_LOCALE),
                "{lang}"
            );
            let s = score(&ex, &expected(exp), &mut problems);
            sum.expected += s.expected;
            sum.right += s.right;
            sum.wrong += s.wrong;
            sum.missed += s.missed;
            sum.silent += s.silent;
            // Every output is valid Fluent and TOML.
            let ftl = write_ftl(&ex, "r.txt");
            let parsed = fluent_syntax::parser::parse(ftl.as_str());
            assert!(parsed.is_ok(), "{lang}: FTL does not parse:\n{ftl}");
            let toml = write_figures(&ex, "r.txt");
            assert!(toml.parse::<toml::Table>().is_ok(), "{lang}:\n{toml}");
        }
        table.push(format!(
            "| {lang} | {} | {} | {} | {} | {} |",
            sum.expected, sum.right, sum.wrong, sum.missed, sum.silent
        ));
        if sum.right * 100 < sum.expected * 95 || sum.silent > 0 {
            failures.push(format!("{lang}: {sum:?}\n  {}", problems.join("\n  ")));
        } else if !problems.is_empty() {
            eprintln!("{lang} (within goal):\n  {}", problems.join("\n  "));
        }
        total.expected += sum.expected;
        total.right += sum.right;
        total.wrong += sum.wrong;
        total.missed += sum.missed;
        total.silent += sum.silent;
    }
    table.push(format!(
        "| all | {} | {} | {} | {} | {} |",
        total.expected, total.right, total.wrong, total.missed, total.silent
    ));
    eprintln!("{}", table.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What must not be a figure: years, dates, times of day, ordinals, identifiers,
/// footnote markers, in every script.
#[test]
fn not_figures_in_any_language() {
    for (lang, text) in [
        ("zh", "2023年7月22日，第3季度，5G网络，[1]，10时30分。"),
        ("ja", "2024年4～9月期、第2四半期、14日、10時。"),
        ("ko", "2023년 3분기, 11일, 5호, 제3차."),
        (
            "id",
            "Pada 16-17 Juli 2024 pukul 14.30 WIB (9/7/2024), G20, COVID-19 [2].",
        ),
        (
            "en",
            "On 30 June 2024 at 12:00 and 2.30 pm, Q1, CET1, the 1st and 2nd [3].",
        ),
        (
            "de",
            "Im 1. Halbjahr, am 30. Juni 2024 ab 14.30 Uhr, im 3. Quartal.",
        ),
        (
            "fr",
            "Le 1er octobre à 14 h 30, au 30 juin 2024, le 2e trimestre.",
        ),
        (
            "es",
            "El 1 de octubre a las 10.00 horas, el 1.º trimestre de 2024.",
        ),
    ] {
        let scan = numbers::scan(text, locale::lookup(lang).expect(lang).1);
        let found: Vec<&str> = scan.tokens.iter().map(|t| &text[t.range.clone()]).collect();
        assert!(found.is_empty(), "{lang}: {found:?}");
    }
}
