//! `check_ftl`: arbitrary bytes as a reference + translation pair through the whole check.
//!
//! Input layout: byte 0 is a flag byte (bits 0-3 pick the translation's locale, bit 7
//! adds the bundled banking glossary), the rest is split at 0xFF bytes:
//! `locales/en/a.ftl` 0xFF `locales/LL/a.ftl` [0xFF `locales/en/b.ftl` [0xFF `locales/LL/c.ftl`]].
//! (The glossary is the first three concepts of `glossary/banking.toml`, all 15 locales,
//! patterns included: the whole file costs 0.4 s per check, too slow for fuzzing.)
//! Without a 0xFF the same bytes serve as reference and translation.
//!
//! The files are written into a temporary project (glossator.toml generated), then:
//! `project::config::parse` + `check::check_project(&project, true)`, every renderer, `fix::plan`
//! with every option, and every planned fix applied to its file. Invariant checked
//! beyond "no panic": a second check + plan after the fixes changes nothing
//! (fixes are idempotent, as the README promises), and fixes never add syntax errors.
//! (Found here and fixed: `--remove-obsolete` with duplicate ids, entries cut at a
//! column-0 line inside a placeable (8282c55), `--add-missing` appending to files glossator
//! could not parse (ca06dfe); regression tests in `tests/hostile.rs`.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const LOCALES: [&str; 16] = [
    "fr", "de", "ru", "ko", "ja", "zh-CN", "id", "la", "ar", "pl", "cy", "el", "fi", "ga", "sa",
    "en-GB",
];

const GLOSSARY: &str = include_str!("../seeds/glossary/small.toml");

fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let base = std::env::var_os("GLOSSATOR_FUZZ_TMP")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let dir = base.join(format!("glossator-fuzz-check-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp project dir");
        fs::write(dir.join("banking.toml"), GLOSSARY).expect("glossary");
        dir
    })
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

fn config(locale: &str, glossary: bool) -> String {
    let g = if glossary {
        "glossaries = [\"banking.toml\"]\n"
    } else {
        ""
    };
    format!(
        "[project]\nreference = \"en\"\nlocales = [\"en\", \"{locale}\"]\n\
         paths = [\"locales/{{locale}}/**/*.ftl\"]\n{g}"
    )
}

/// Runs the check, the renderers and the fix planner; applies the fixes. Returns the
/// fixed files (path, bytes) and the number of syntax errors found.
fn check_and_fix(root: &Path, cfg: &str) -> (Vec<(String, Vec<u8>)>, usize) {
    let cfg_path = root.join("glossator.toml");
    let project = glossator::project::config::parse(&cfg_path, cfg).expect("generated config parses");
    let outcome = match glossator::check::check_project(&project, true) {
        Ok(o) => o,
        // I/O errors only (the files exist): not a content problem.
        Err(e) => panic!("check failed on a well-formed project: {e}"),
    };
    let _ = glossator::report::human::render(&outcome.diagnostics, &outcome.files);
    let _ = glossator::report::human::render_summary(&outcome.summary);
    let _ = glossator::report::json::render(&outcome.diagnostics, &outcome.summary);
    let _ = glossator::report::sarif::render(&outcome.diagnostics);
    let _ = glossator::report::github::render(&outcome.diagnostics);
    let _ = glossator::report::junit::render(&outcome.diagnostics, &outcome.checked);
    let _ = glossator::baseline::of(&outcome);
    let options = glossator::fix::Options {
        rules: Vec::new(),
        remove_obsolete: true,
        add_missing: true,
    };
    let (fixes, _suggestions) =
        glossator::fix::plan(&outcome, &project.root, &options).expect("fix plan");
    let mut out = Vec::new();
    for f in &fixes {
        let _ = glossator::fix::diff(f);
        out.push((f.path.clone(), f.after.clone()));
    }
    let syntax = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == "syntax-error")
        .count();
    (out, syntax)
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let locale = LOCALES[(flags & 0x0f) as usize];
    let glossary = flags & 0x80 != 0;
    let mut parts = rest.split(|&b| b == 0xff);
    let reference = parts.next().unwrap_or_default();
    let l10n = parts.next().unwrap_or(reference);
    let extra_ref = parts.next();
    let extra_l10n = parts.next();

    let root = root();
    let _ = fs::remove_dir_all(root.join("locales"));
    write(root, "locales/en/a.ftl", reference);
    write(root, &format!("locales/{locale}/a.ftl"), l10n);
    if let Some(b) = extra_ref {
        write(root, "locales/en/b.ftl", b);
    }
    if let Some(c) = extra_l10n {
        write(root, &format!("locales/{locale}/c.ftl"), c);
    }
    let cfg = config(locale, glossary);
    let (fixes, syntax_before) = check_and_fix(root, &cfg);
    if fixes.is_empty() {
        return;
    }
    for (path, bytes) in &fixes {
        write(root, path, bytes);
    }
    let (again, syntax_after) = check_and_fix(root, &cfg);
    assert!(
        syntax_after <= syntax_before,
        "fixes added syntax errors ({syntax_before} before, {syntax_after} after)"
    );
    let changed: Vec<&String> = again
        .iter()
        .filter(|(p, after)| fs::read(root.join(p)).map(|b| &b != after).unwrap_or(true))
        .map(|(p, _)| p)
        .collect();
    assert!(
        changed.is_empty(),
        "fixes are not idempotent: a second `glossator fix` changes {changed:?}"
    );
});
