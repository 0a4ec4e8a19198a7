//! `config`: project configuration files.
//!
//! Byte 0 picks the format: even → `glossator.toml` through `project::config::parse`;
//! odd → compare-locales `l10n.toml` through `project::l10n_toml::load` on a temporary
//! file. For l10n.toml, the rest is split at the first 0xFF: `l10n.toml` 0xFF `inc.toml`
//! (so `[[includes]] path = "inc.toml"` resolves, including to itself). Every error is
//! rendered (its line/column computed); every path pattern of a loaded project is
//! compiled and matched against a few paths.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let base = std::env::var_os("GLOSSATOR_FUZZ_TMP")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir);
        let dir = base.join(format!("glossator-fuzz-config-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        dir
    })
}

const PATHS: [&str; 6] = [
    "locales/en/a.ftl",
    "locales/fr/sub/dir/b.ftl",
    "en/browser/x.ftl",
    "fr/browser/x.ftl",
    "",
    "a/b/c",
];

fn exercise(project: &glossator::project::Project) {
    let _ = format!("{project:?}");
    for sub in &project.projects {
        let _ = sub.all_locales();
        for c in sub.configs.iter().chain(&sub.excludes) {
            for l in ["fr", "en", "de"] {
                let _ = c.applies_to(l);
            }
            for spec in &c.paths {
                let Ok(r) = glossator::project::pattern::Pattern::new(&spec.reference) else {
                    continue;
                };
                let l = glossator::project::pattern::Pattern::new(&spec.l10n).ok();
                for p in PATHS {
                    for loc in ["en", "fr"] {
                        let _ = r.prefix(loc);
                        if let Some(caps) = r.captures(p, loc) {
                            if let Some(l) = &l {
                                let _ = l.fill(&caps, "fr");
                            }
                        }
                    }
                }
            }
            for f in &c.filters {
                for k in &f.keys {
                    let _ = k.matches("some-key");
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        match glossator::project::config::parse(&root().join("glossator.toml"), text) {
            Ok(p) => exercise(&p),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    } else {
        let mut parts = rest.splitn(2, |&b| b == 0xff);
        let main = parts.next().unwrap_or_default();
        let inc = parts.next().unwrap_or_default();
        let root = root();
        fs::write(root.join("l10n.toml"), main).unwrap();
        fs::write(root.join("inc.toml"), inc).unwrap();
        match glossator::project::l10n_toml::load(&[root.join("l10n.toml")], None) {
            Ok(p) => exercise(&p),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
});
