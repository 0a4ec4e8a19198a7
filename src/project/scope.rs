//! The positional arguments of `check`: paths to check (a project folder, a locale folder,
//! `.ftl` files, as ruff and pre-commit pass them), or compare-locales' own order
//! `CONFIG.toml... [BASE_DIR [LOCALE...]]`; and the part of a project a run reports on.

use super::l10n_toml::{normalize, relative};
use super::pattern::Pattern;
use super::{validate_locale, Project};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The positional arguments, sorted by what they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positional {
    /// A `glossator.toml` named first.
    pub config: Option<PathBuf>,
    /// Other `.toml` files named first: compare-locales project files.
    pub l10n_toml: Vec<PathBuf>,
    /// compare-locales order: the folder after the project files (`{l10n_base}`).
    pub l10n_base: Option<PathBuf>,
    /// compare-locales order: the locales after the base folder.
    pub locales: Vec<String>,
    /// Files and folders to check.
    pub paths: Vec<PathBuf>,
}

const ORDER: &str = "compare-locales' order is `check l10n.toml... [BASE_DIR [LOCALE...]]`";

/// Sorts the arguments: leading `.toml` files are configuration (`glossator.toml` by its
/// name, any other an l10n.toml); after an l10n.toml come a base folder and locale tags,
/// as compare-locales takes them; otherwise every argument is a path that must exist.
pub fn classify(args: &[PathBuf]) -> Result<Positional> {
    let mut out = Positional::default();
    let is_toml = |p: &Path| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
    };
    let mut rest = args;
    while let Some((first, tail)) = rest.split_first() {
        if !is_toml(first) {
            break;
        }
        if first.file_name().is_some_and(|n| n == "glossator.toml") {
            if let Some(c) = &out.config {
                return Err(Error::Usage(format!(
                    "two glossator.toml files: {} and {}",
                    c.display(),
                    first.display()
                )));
            }
            out.config = Some(first.clone());
        } else {
            out.l10n_toml.push(first.clone());
        }
        rest = tail;
    }
    if let Some(late) = rest.iter().find(|p| is_toml(p)) {
        return Err(Error::Usage(format!(
            "{}: configuration files come before the other arguments ({ORDER})",
            late.display()
        )));
    }
    if out.l10n_toml.is_empty() {
        for p in rest {
            if !p.exists() {
                let hint = match p.to_str() {
                    Some(s) if validate_locale(s).is_ok() => {
                        format!(" (to check the locale {s}, use --locale {s})")
                    }
                    _ => String::new(),
                };
                return Err(Error::Usage(format!(
                    "{}: no such file or directory{hint}",
                    p.display()
                )));
            }
            out.paths.push(p.clone());
        }
        return Ok(out);
    }
    let Some((base, locales)) = rest.split_first() else {
        return Ok(out);
    };
    if !base.is_dir() {
        return Err(Error::Usage(format!(
            "{}: not a directory, but it stands where the l10n base folder goes ({ORDER}; to check some files of the project, name them without the l10n.toml)",
            base.display()
        )));
    }
    out.l10n_base = Some(base.clone());
    for l in locales {
        let s = l.to_string_lossy();
        validate_locale(&s).map_err(|m| Error::Usage(format!("{m} ({ORDER})")))?;
        out.locales.push(s.into_owned());
    }
    Ok(out)
}

/// The part of a project a run reports on: paths relative to the project root; a folder
/// ends with `/`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    entries: Vec<String>,
}

impl Scope {
    /// Whether the finding or file at `rel` (relative to the root) is reported.
    pub fn contains(&self, rel: &str) -> bool {
        self.entries.iter().any(|e| {
            if e.ends_with('/') {
                rel.starts_with(e.as_str())
            } else {
                rel == e
            }
        })
    }

    pub fn entries(&self) -> &[String] {
        &self.entries
    }
}

/// Limits `project` to `paths` (relative to `cwd`): the locales whose files or folders they
/// name, and a scope for the findings. A path outside the project, or one no pattern of it
/// matches, is an error: a run that checks nothing must not pass.
pub fn apply(project: &mut Project, cwd: &Path, paths: &[PathBuf]) -> Result<()> {
    if paths.is_empty() {
        return Ok(());
    }
    let root = normalize(&cwd.join(&project.root));
    let mut entries = Vec::new();
    for p in paths {
        let abs = normalize(&cwd.join(p));
        let rel = relative(&root, &abs);
        if rel == ".." || rel.starts_with("../") {
            return Err(Error::Usage(format!(
                "{}: outside the project (its root is {})",
                p.display(),
                root.display()
            )));
        }
        if rel.is_empty() {
            // The whole project.
            return Ok(());
        }
        entries.push(if abs.is_dir() { format!("{rel}/") } else { rel });
    }
    let mut all = project.locales.clone();
    all.push(project.reference.clone());
    let mut wanted: Vec<String> = Vec::new();
    for (e, p) in entries.iter().zip(paths) {
        let mut hit = false;
        for sub in &project.projects {
            for c in &sub.configs {
                for spec in &c.paths {
                    let l10n = Pattern::new(&spec.l10n).map_err(Error::Usage)?;
                    let reference = Pattern::new(&spec.reference).map_err(Error::Usage)?;
                    hit |= names(&reference, e, &project.reference);
                    for l in &all {
                        let applies =
                            c.applies_to(l) && spec.locales.as_ref().is_none_or(|v| v.contains(l));
                        if applies && names(&l10n, e, l) {
                            hit = true;
                            if l != &project.reference && !wanted.contains(l) {
                                wanted.push(l.clone());
                            }
                        }
                    }
                }
            }
        }
        if !hit {
            let sources = if project.sources.is_empty() {
                "the detected layout".to_string()
            } else {
                project
                    .sources
                    .iter()
                    .map(|s| s.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Err(Error::Usage(format!(
                "{}: not a file or folder of the project (no path pattern of {sources} matches it)",
                p.display()
            )));
        }
    }
    project.locales.retain(|l| wanted.contains(l));
    project.scope = Some(Scope { entries });
    Ok(())
}

/// Whether the scope entry `e` names files of `pattern` for `locale`: a file it matches,
/// or a folder that holds some of its files or lies among them.
fn names(pattern: &Pattern, e: &str, locale: &str) -> bool {
    if !e.ends_with('/') {
        return pattern.matches(e, locale);
    }
    let prefix = pattern.prefix(locale);
    let dir = match prefix.rfind('/') {
        Some(i) => &prefix[..=i],
        None => "",
    };
    prefix.starts_with(e) || e.starts_with(dir)
}
