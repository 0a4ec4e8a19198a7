//! Benchmark: the full check of the www-l10n corpus (Mozilla's mozilla.org localization,
//! 8,960 files) beside a parse-only pass over the same files with the same thread pool.
//!
//! `GLOSSATOR_WWW_L10N=PATH_TO_WWW_L10N cargo bench` (or `cargo bench -- PATH_TO_WWW_L10N`);
//! without either it says so and skips. Prints the median of several runs.
//! Run `benches/compare-locales.sh` for compare-locales side by side.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Median and minimum of the runs: the minimum is the least disturbed by other load on a
/// shared machine, the median says how typical it is.
fn stats(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[0])
}

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    // Nothing outside the repository unless named: `cargo test --all-targets` runs this too.
    let Some(corpus) = arg
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("GLOSSATOR_WWW_L10N").map(PathBuf::from))
    else {
        eprintln!("www-l10n corpus not named (argument or GLOSSATOR_WWW_L10N); skipping");
        return;
    };
    if !corpus.join("l10n-pontoon.toml").exists() {
        eprintln!("corpus not found at {}; skipping", corpus.display());
        return;
    }
    // GLOSSATOR_BENCH_RUNS=1 under `valgrind --tool=callgrind` counts instructions: a
    // noise-free ratio on a shared machine.
    let runs: usize = std::env::var("GLOSSATOR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(11);
    let sel = glossator::project::Selection {
        l10n_toml: vec![
            corpus.join("l10n-pontoon.toml"),
            corpus.join("l10n-vendor.toml"),
        ],
        ..Default::default()
    };
    let project = glossator::project::load(&sel).expect("project loads");
    let list = glossator::check::file_list(&project).expect("file list");
    let mut parse = Vec::new();
    let mut check = Vec::new();
    let mut entries = 0;
    let mut diags = 0;
    // GLOSSATOR_BENCH_ONLY=check (or parse) runs one side alone, for a profiler.
    let only = std::env::var("GLOSSATOR_BENCH_ONLY").unwrap_or_default();
    for _ in 0..runs {
        let t = Instant::now();
        if only != "check" {
            entries = glossator::check::parse_only(&project, &list).expect("parse");
        }
        parse.push(t.elapsed());
        if only == "parse" {
            check.push(t.elapsed());
            continue;
        }
        let t = Instant::now();
        let project = glossator::project::load(&sel).expect("project loads");
        let out = glossator::check::check_project(&project, false).expect("check");
        diags = out.diagnostics.len();
        check.push(t.elapsed());
    }
    // Each run's check beside the parse-only pass just before it: a shared machine's load
    // changes between runs, less within one.
    let mut paired: Vec<f64> = parse
        .iter()
        .zip(&check)
        .map(|(p, c)| c.as_secs_f64() / p.as_secs_f64())
        .collect();
    paired.sort_by(f64::total_cmp);
    let ((p, p_min), (c, c_min)) = (stats(parse), stats(check));
    println!(
        "www-l10n: {} locales, {} files, {entries} entries, {diags} findings",
        project.locales.len() + 1,
        list.len()
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "parse-only (read + fluent-syntax, rayon):   median {:>7.1} ms   min {:>7.1} ms",
        ms(p),
        ms(p_min)
    );
    println!(
        "full check (config + scan + parse + rules): median {:>7.1} ms   min {:>7.1} ms",
        ms(c),
        ms(c_min)
    );
    println!(
        "ratio: median {:.2}x   min {:.2}x   median of paired runs {:.2}x",
        ms(c) / ms(p),
        ms(c_min) / ms(p_min),
        paired[paired.len() / 2]
    );
}
