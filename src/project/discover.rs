//! Finding the project of a run that names none: the nearest configuration file above the
//! place the run starts from, else a layout of locale folders.

use super::l10n_toml::{normalize, relative};
use super::layout::{self, Layout, NotFound};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// What a run without `--config` or `--l10n-toml` checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A glossator.toml (named relative to the current directory).
    Config(PathBuf),
    /// compare-locales files: an `l10n.toml`, or every `l10n-*.toml` of a folder without
    /// one (with a note saying so).
    L10n(Vec<PathBuf>, Option<String>),
    /// No configuration: the locale folders.
    Layout(Layout),
}

impl Found {
    /// The folder the project lives in, absolute: two paths of one run must agree on it.
    pub fn key(&self, cwd: &Path) -> PathBuf {
        let p = match self {
            Found::Config(p) => p.clone(),
            Found::L10n(files, _) => files.first().cloned().unwrap_or_default(),
            Found::Layout(l) => l.root.join("."),
        };
        normalize(&cwd.join(p))
    }

    /// The name shown in messages.
    pub fn describe(&self) -> String {
        match self {
            Found::Config(p) => p.display().to_string(),
            Found::L10n(files, _) => files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(" + "),
            Found::Layout(l) => format!(
                "the locale folders of {}",
                if l.root.as_os_str().is_empty() {
                    ".".to_string()
                } else {
                    l.root.display().to_string()
                }
            ),
        }
    }
}

/// The compare-locales files of one folder: `l10n.toml`, else every `l10n-*.toml`, sorted
/// (www-l10n's `l10n-pontoon.toml` and `l10n-vendor.toml` are halves of one project, the
/// locales of each listed in one of them: checked together, as compare-locales takes them).
pub fn l10n_files(dir: &Path) -> Vec<PathBuf> {
    let main = dir.join("l10n.toml");
    if main.is_file() {
        return vec![main];
    }
    let mut names: Vec<String> = crate::fs::walk::names(dir)
        .into_iter()
        .filter(|n| n.starts_with("l10n-") && n.ends_with(".toml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| dir.join(n))
        .filter(|p| p.is_file())
        .collect()
}

/// The project of `start` (a folder, relative to `cwd` or absolute): in the nearest folder
/// from `start` up that has one, `glossator.toml`, else `l10n.toml`, else `l10n-*.toml`;
/// without any, the nearest layout of locale folders from `start` up to the repository's
/// top (the folder holding `.git`).
pub fn find(cwd: &Path, start: &Path, reference: Option<&str>) -> Result<Found> {
    let abs = normalize(&cwd.join(start));
    // Found files are named relative to the current directory, as the user would.
    let name = |dir: &Path| PathBuf::from(relative(cwd, dir));
    let mut dir = Some(abs.as_path());
    while let Some(d) = dir {
        let here = name(d);
        let config = here.join("glossator.toml");
        if d.join("glossator.toml").is_file() {
            return Ok(Found::Config(config));
        }
        let l10n = l10n_files(&here);
        if !l10n.is_empty() {
            let note = (l10n.len() > 1 || !l10n[0].ends_with("l10n.toml")).then(|| {
                format!(
                    "no l10n.toml in {}; checking {} together (as --l10n-toml each)",
                    if here.as_os_str().is_empty() {
                        ".".to_string()
                    } else {
                        here.display().to_string()
                    },
                    l10n.iter()
                        .map(|f| f.display().to_string())
                        .collect::<Vec<_>>()
                        .join(" and ")
                )
            });
            return Ok(Found::L10n(l10n, note));
        }
        dir = d.parent();
    }
    let mut first: Option<NotFound> = None;
    let mut dir = Some(abs.as_path());
    while let Some(d) = dir {
        match layout::detect(&name(d), reference)? {
            Ok(l) => {
                // Found from inside `locales/`: the project is the folder that holds it,
                // as a run from there finds it (same root, same paths).
                if l.under.is_empty() && d.file_name().is_some_and(|n| n == "locales") {
                    if let Some(parent) = d.parent() {
                        if let Ok(outer) = layout::detect(&name(parent), reference)? {
                            if outer.under == "locales/" {
                                return Ok(Found::Layout(outer));
                            }
                        }
                    }
                }
                return Ok(Found::Layout(l));
            }
            Err(why) => {
                first.get_or_insert(why);
            }
        }
        if d.join(".git").exists() {
            break;
        }
        dir = d.parent();
    }
    let why = first.unwrap_or(NotFound(String::new()));
    Err(layout::not_found(&name(&abs), &why))
}

/// The folder of the repository `dir` lies in: the nearest one up holding `.git` (a
/// directory, or a file in a worktree). Git is not run: only its marker is looked for.
pub fn repository_root(dir: &Path) -> Option<PathBuf> {
    let mut d = Some(dir);
    while let Some(x) = d {
        if x.join(".git").exists() {
            return Some(x.to_path_buf());
        }
        d = x.parent();
    }
    None
}

/// A usage error for paths that belong to different projects.
pub fn different(a: &(PathBuf, Found), b: &(PathBuf, Found)) -> Error {
    Error::Usage(format!(
        "{} and {} belong to different projects ({} and {}): check them in separate runs",
        a.0.display(),
        b.0.display(),
        a.1.describe(),
        b.1.describe()
    ))
}
