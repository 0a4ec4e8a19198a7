//! Rendered pages in a real browser: headless Chromium (Debian's `chromium` package,
//! installed by `.ci/run`) driven by `tests/browser/check.mjs` (puppeteer-core, `npm ci
//! --prefix tests/browser`). Every page of the bundled project, plus the right-to-left test
//! locale, loads without console errors, fits a 375 px phone without horizontal
//! scrolling, and keeps its charts legible in dark mode. Skipped, saying why, without
//! Chromium, Node or the npm package.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The first `chromium` on the PATH, or `$CHROMIUM`.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).expect("copy");
        }
    }
}

/// The bundled project with the partial right-to-left test locale `ar` added, rendered
/// to HTML in `dir/site` (`ar` falls back on purpose: `--allow-fallback`).
fn render_site(dir: &Path) -> PathBuf {
    copy_dir(&root().join("locales"), &dir.join("locales"));
    copy_dir(
        &root().join("src/render/testdata/rtl/locales/ar"),
        &dir.join("locales/ar"),
    );
    copy_dir(&root().join("figures"), &dir.join("figures"));
    let config = fs::read_to_string(root().join("glossator.toml")).expect("config");
    let config = config
        .replace("glossaries = [\"glossary/banking.toml\"]\n", "")
        .replace("\"la\", \"sa\"]", "\"la\", \"sa\", \"ar\"]");
    assert!(
        config.contains("\"ar\"]"),
        "the locales line changed: {config}"
    );
    fs::write(dir.join("glossator.toml"), config).expect("write");
    let out = Command::cargo_bin("glossator")
        .expect("binary")
        .current_dir(dir)
        .args([
            "render",
            "--format",
            "html",
            "--out",
            "site",
            "--allow-fallback",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join("site")
}

#[test]
fn pages_load_cleanly_and_fit_a_phone_in_chromium() {
    let script = root().join("tests/browser/check.mjs");
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipped: chromium not found (Debian: apt-get install chromium; or set CHROMIUM)"
        );
        return;
    };
    if !root()
        .join("tests/browser/node_modules/puppeteer-core")
        .is_dir()
    {
        eprintln!("skipped: tests/browser/node_modules missing (npm ci --prefix tests/browser)");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let site = render_site(dir.path());
    let out = std::process::Command::new("node")
        .arg(&script)
        .arg(&site)
        .env("CHROMIUM", &chromium)
        .output();
    let out = match out {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: node does not run ({e})");
            return;
        }
    };
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check.mjs: {e}\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let pages = report.as_object().expect("pages");
    // 15 project locales, ar and the index.
    assert_eq!(pages.len(), 17, "{report:#}");
    for (file, page) in pages {
        assert_eq!(
            page["problems"],
            serde_json::json!([]),
            "{file}: {:#}",
            page
        );
        assert!(page["scrollWidth"].as_u64().is_some_and(|w| w <= 375));
        if file != "index.html" {
            // Both charts, each an image with a title and a description.
            assert_eq!(page["svgs"], 2, "{file}");
            assert_ne!(page["light"]["text"], page["dark"]["text"], "{file}");
        }
    }
    assert_eq!(pages["ar.html"]["dir"], "rtl");
    assert_eq!(pages["ko.html"]["lang"], "ko");
    assert!(out.status.success());
}
