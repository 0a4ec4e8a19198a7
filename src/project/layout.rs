//! A project without configuration: a folder whose subfolders are locale tags holding
//! `.ftl` files (`en-US/`, `fr/`, ...), or the same under `locales/`. What `glossator check`
//! falls back to when no configuration file is found, and what `glossator init` writes down.

use super::files::Tree;
use super::{validate_locale, Config, Kind, PathSpec, Project, SubProject};
use crate::error::{Error, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The reference locales looked for when none is named, in order of preference.
pub const REFERENCES: [&str; 2] = ["en-US", "en"];

/// Folders (below the project folder) that may hold the locale folders.
const PARENTS: [&str; 2] = ["", "locales"];

/// A detected layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The project folder (as given: relative to the current directory or absolute).
    pub root: PathBuf,
    /// `""` or `"locales/"`: where the locale folders lie below the root.
    pub under: String,
    pub reference: String,
    /// Every locale with `.ftl` files, the reference included, sorted.
    pub locales: Vec<String>,
    /// `.ftl` files per locale, for the message that says what was detected.
    pub files: usize,
}

/// Why a folder is not a layout, for the error that ends a run that found nothing.
#[derive(Debug, Clone)]
pub struct NotFound(pub String);

impl Layout {
    /// The path pattern of the layout, as glossator.toml writes it.
    pub fn pattern(&self) -> String {
        format!("{}{{locale}}/**/*.ftl", self.under)
    }

    /// The project the layout stands for: what a glossator.toml written by `init` says.
    pub fn project(&self) -> Project {
        let pattern = self.pattern();
        Project {
            root: self.root.clone(),
            reference: self.reference.clone(),
            locales: self
                .locales
                .iter()
                .filter(|l| **l != self.reference)
                .cloned()
                .collect(),
            projects: vec![SubProject {
                configs: vec![Config {
                    locales: Some(self.locales.clone()),
                    paths: vec![PathSpec {
                        reference: pattern.replace("{locale}", &self.reference),
                        l10n: pattern,
                        locales: None,
                    }],
                    filters: Vec::new(),
                }],
                excludes: Vec::new(),
            }],
            kind: Kind::Detected,
            ..Project::default()
        }
    }

    /// One line saying what was detected (printed on standard error).
    pub fn describe(&self) -> String {
        let at = if self.root.as_os_str().is_empty() {
            String::new()
        } else {
            format!(" in {}", self.root.display())
        };
        format!(
            "no glossator.toml or l10n.toml found; detected {} locale(s){at} as `{}` with reference {} ({} .ftl files); `glossator init` writes this down as glossator.toml",
            self.locales.len(),
            self.pattern(),
            self.reference,
            self.files
        )
    }

    /// The glossator.toml `glossator init` writes: every locale, the reference, the
    /// pattern, and every rule commented out at its default severity.
    pub fn to_toml(&self) -> String {
        let locales: Vec<String> = self.locales.iter().map(|l| format!("{l:?}")).collect();
        let mut out = String::from(
            "# Written by `glossator init` from the locale folders found here; edit freely.\n\n[project]\n",
        );
        out.push_str(&format!("reference = {:?}\n", self.reference));
        out.push_str(&format!("locales = [{}]\n", locales.join(", ")));
        out.push_str(&format!("paths = [{:?}]\n", self.pattern()));
        out.push_str("# glossaries = [\"glossary.toml\"]\n\n");
        out.push_str(&rules_table());
        out
    }
}

/// A `[rules]` table with every rule commented out at its default severity.
pub fn rules_table() -> String {
    let mut out = String::from(
        "# Severity per rule: \"error\", \"warning\" or \"off\" (`glossator rules NAME` explains one).\n[rules]\n",
    );
    for r in crate::rules::all() {
        if r.default_on {
            out.push_str(&format!("# {} = {:?}\n", r.name, r.default_label()));
        } else {
            // Uncommented, the line turns the rule on.
            out.push_str(&format!(
                "# {} = {:?}  # off by default\n",
                r.name,
                r.default_severity.as_str()
            ));
        }
    }
    out
}

/// Detects the layout of `dir` (a path relative to the current directory, or absolute):
/// locale folders right in it, else under `locales/`. The reference is `reference` when
/// given (matched case-insensitively), else `en-US` or `en`; when both hold `.ftl` files,
/// the one with more (mozilla.org's `en` beside a few `en-US` overrides), `en-US` on a tie.
///
/// Only a folder with a reference folder in it is walked: a run started in the wrong
/// place does not list a home directory.
pub fn detect(
    dir: &Path,
    reference: Option<&str>,
) -> Result<std::result::Result<Layout, NotFound>> {
    let base = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let wanted: Vec<&str> = match reference {
        Some(r) => vec![r],
        None => REFERENCES.to_vec(),
    };
    let mut why = Vec::new();
    for under in PARENTS {
        match detect_under(dir, base, under, &wanted)? {
            Parent::Layout(layout) => return Ok(Ok(layout)),
            Parent::NotLayout(reason) => why.push(reason),
            Parent::NoLocales => {}
        }
    }
    if why.is_empty() {
        why.push(format!(
            "{} has no locale folders ({}/, fr/, ... or locales/<locale>/) holding .ftl files",
            base.display(),
            reference.unwrap_or("en-US")
        ));
    }
    Ok(Err(NotFound(why.join("; "))))
}

/// What one folder that may hold the locale folders was found to be.
enum Parent {
    Layout(Layout),
    /// Locale folders, but no usable reference among them: why.
    NotLayout(String),
    /// No folder named like a locale.
    NoLocales,
}

/// A locale folder with its number of `.ftl` files.
struct FtlCount {
    locale: String,
    files: usize,
}

/// The layout of the locale folders in `under` (one of [`PARENTS`]) below `base` (`dir`,
/// or `.` for the current directory), with a reference among `wanted`.
fn detect_under(dir: &Path, base: &Path, under: &str, wanted: &[&str]) -> Result<Parent> {
    let parent = if under.is_empty() {
        base.to_path_buf()
    } else {
        base.join(under)
    };
    let names = locale_folders(&parent);
    if names.is_empty() {
        return Ok(Parent::NoLocales);
    }
    let has_reference = names
        .iter()
        .any(|n| wanted.iter().any(|w| n.eq_ignore_ascii_case(w)));
    let shown = if under.is_empty() {
        base.display().to_string()
    } else {
        parent.display().to_string()
    };
    if !has_reference {
        return Ok(Parent::NotLayout(format!(
            "{shown} has folders named like locales ({}) but no reference folder {} (give --reference LOCALE)",
            sample(&names),
            wanted.join(" or ")
        )));
    }
    let counted = count_ftl(base, under, names)?;
    let Some(reference) = pick_reference(&counted, wanted) else {
        return Ok(Parent::NotLayout(format!(
            "{shown}: the reference folder {} holds no .ftl file",
            wanted.join(" or ")
        )));
    };
    Ok(Parent::Layout(Layout {
        root: dir.to_path_buf(),
        under: if under.is_empty() {
            String::new()
        } else {
            format!("{under}/")
        },
        reference: reference.to_string(),
        files: counted.iter().map(|c| c.files).sum(),
        locales: counted.into_iter().map(|c| c.locale).collect(),
    }))
}

/// The locale folders `names` (in `under` below `base`) that hold `.ftl` files, with how
/// many, in the order given: the folders are walked once, together.
fn count_ftl(base: &Path, under: &str, names: Vec<String>) -> Result<Vec<FtlCount>> {
    let prefix = |n: &str| {
        if under.is_empty() {
            format!("{n}/")
        } else {
            format!("{under}/{n}/")
        }
    };
    let prefixes: BTreeSet<String> = names.iter().map(|n| prefix(n)).collect();
    let tree = Tree::scan(base, &prefixes)?;
    let ftl = |n: &str| {
        tree.under(&prefix(n))
            .iter()
            .filter(|f| f.ends_with(".ftl"))
            .count()
    };
    Ok(names
        .into_iter()
        .map(|locale| {
            let files = ftl(&locale);
            FtlCount { locale, files }
        })
        .filter(|c| c.files > 0)
        .collect())
}

/// The reference among `counted`: of the `wanted` names (matched case-insensitively),
/// the one with the most `.ftl` files, the first wanted on a tie.
fn pick_reference<'c>(counted: &'c [FtlCount], wanted: &[&str]) -> Option<&'c str> {
    let mut best: Option<(&str, usize)> = None;
    for w in wanted {
        if let Some(c) = counted.iter().find(|c| c.locale.eq_ignore_ascii_case(w)) {
            if best.is_none_or(|(_, b)| c.files > b) {
                best = Some((&c.locale, c.files));
            }
        }
    }
    best.map(|(reference, _)| reference)
}

/// Subfolders of `dir` named by a BCP 47 tag (hidden ones skipped), sorted.
fn locale_folders(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = crate::fs::walk::subfolders(dir)
        .into_iter()
        .filter(|n| !n.starts_with('.') && validate_locale(n).is_ok())
        .collect();
    names.sort();
    names
}

fn sample(names: &[String]) -> String {
    let mut s = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 5 {
        s.push_str(", ...");
    }
    s
}

/// `check` needs a layout here: the error says what was looked for.
pub fn not_found(dir: &Path, why: &NotFound) -> Error {
    Error::Usage(format!(
        "no glossator.toml, l10n.toml or l10n-*.toml in {} or its parents, and no locale folders to detect: {} (write a config with `glossator init --reference LOCALE`, or use --config FILE or --l10n-toml FILE)",
        if dir.as_os_str().is_empty() {
            ".".to_string()
        } else {
            dir.display().to_string()
        },
        why.0
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for f in files {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
            std::fs::write(p, "a = A\n").expect("write");
        }
        dir
    }

    #[test]
    fn detects_locale_folders_and_the_reference() {
        let d = tree(&[
            "en-US/a.ftl",
            "fr/a.ftl",
            "zh-CN/sub/a.ftl",
            "docs/x.md",
            "src/a.rs",
        ]);
        let l = detect(d.path(), None).expect("io").expect("layout");
        assert_eq!(l.reference, "en-US");
        assert_eq!(l.locales, ["en-US", "fr", "zh-CN"]);
        assert_eq!(l.pattern(), "{locale}/**/*.ftl");
        let d = tree(&["locales/en/a.ftl", "locales/de/a.ftl"]);
        let l = detect(d.path(), None).expect("io").expect("layout");
        assert_eq!((l.reference.as_str(), l.under.as_str()), ("en", "locales/"));
        assert_eq!(l.pattern(), "locales/{locale}/**/*.ftl");
    }

    #[test]
    fn the_larger_of_en_us_and_en_is_the_reference() {
        let d = tree(&["en/a.ftl", "en/b.ftl", "en-US/a.ftl", "fr/a.ftl"]);
        let l = detect(d.path(), None).expect("io").expect("layout");
        assert_eq!(l.reference, "en");
        let d = tree(&["en/a.ftl", "en-US/a.ftl"]);
        let l = detect(d.path(), None).expect("io").expect("layout");
        assert_eq!(l.reference, "en-US");
    }

    #[test]
    fn no_reference_folder_is_no_layout_and_says_why() {
        let d = tree(&["de/a.ftl", "fr/a.ftl"]);
        let why = detect(d.path(), None).expect("io").expect_err("no layout");
        assert!(
            why.0.contains("de, fr") && why.0.contains("--reference"),
            "{}",
            why.0
        );
        let l = detect(d.path(), Some("DE")).expect("io").expect("layout");
        assert_eq!(l.reference, "de");
        let d = tree(&["en/readme.txt", "fr/a.ftl"]);
        let why = detect(d.path(), None).expect("io").expect_err("no layout");
        assert!(why.0.contains("holds no .ftl"), "{}", why.0);
    }
}
