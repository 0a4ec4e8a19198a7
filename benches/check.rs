//! Benchmark: the full check of the www-l10n corpus (Mozilla's mozilla.org localization,
//! 8,960 files) beside a parse-only pass over the same files with the same thread pool.
//!
//! `cargo bench` (or `cargo bench -- PATH_TO_WWW_L10N`). Prints the median of several runs.
//! Run `benches/compare-locales.sh` for compare-locales side by side.

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let corpus = arg.map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/www-l10n")
    });
    if !corpus.join("l10n-pontoon.toml").exists() {
        eprintln!("corpus not found at {}; skipping", corpus.display());
        return;
    }
    let runs = 7;
    let sel = glossa::project::Selection {
        l10n_toml: vec![
            corpus.join("l10n-pontoon.toml"),
            corpus.join("l10n-vendor.toml"),
        ],
        ..Default::default()
    };
    let project = glossa::project::load(&sel).expect("project loads");
    let list = glossa::check::file_list(&project).expect("file list");
    let mut parse = Vec::new();
    let mut check = Vec::new();
    let mut entries = 0;
    let mut diags = 0;
    for _ in 0..runs {
        let t = Instant::now();
        entries = glossa::check::parse_only(&project, &list).expect("parse");
        parse.push(t.elapsed());
        let t = Instant::now();
        let project = glossa::project::load(&sel).expect("project loads");
        let out = glossa::check::run(&project, false).expect("check");
        diags = out.diagnostics.len();
        check.push(t.elapsed());
    }
    let (p, c) = (median(parse), median(check));
    println!(
        "www-l10n: {} locales, {} files, {entries} entries, {diags} findings",
        project.locales.len() + 1,
        list.len()
    );
    println!(
        "parse-only (read + fluent-syntax, rayon): {:>8.1} ms",
        p.as_secs_f64() * 1e3
    );
    println!(
        "full check (config + scan + parse + rules): {:>8.1} ms",
        c.as_secs_f64() * 1e3
    );
    println!("ratio: {:.2}x", c.as_secs_f64() / p.as_secs_f64());
}
