//! The project: which locales, which files, which rules at which severity.
//!
//! Both configuration formats (glossator.toml and compare-locales' l10n.toml) produce the
//! same model: sub-projects made of configs (locales, path pairs, filters) and excludes.

pub mod config;
pub mod files;
pub mod l10n_toml;
pub mod pattern;

use crate::error::{Error, Result};
use crate::rules::Severities;
use regex::Regex;
use std::path::{Path, PathBuf};

pub use files::{FilePair, LocaleFiles};

/// A pair of path patterns: reference files and their translations (`{locale}` unexpanded).
#[derive(Debug, Clone)]
pub struct PathSpec {
    pub reference: String,
    pub l10n: String,
    /// Locales this path applies to; `None` means all of the config's.
    pub locales: Option<Vec<String>>,
}

/// What a filter does with what it matches (compare-locales' `action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterAction {
    Error,
    Warning,
    Ignore,
}

#[derive(Debug, Clone)]
pub enum KeyMatch {
    Exact(String),
    Regex(Regex),
}

impl KeyMatch {
    pub fn matches(&self, key: &str) -> bool {
        match self {
            KeyMatch::Exact(k) => k == key,
            KeyMatch::Regex(r) => r.is_match(key),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Filter {
    /// l10n path patterns (`{locale}` unexpanded).
    pub paths: Vec<String>,
    /// Keys the rule is limited to; empty means the whole file and all its keys.
    pub keys: Vec<KeyMatch>,
    pub action: FilterAction,
}

/// One configuration file's contribution.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub locales: Option<Vec<String>>,
    pub paths: Vec<PathSpec>,
    pub filters: Vec<Filter>,
}

impl Config {
    pub fn applies_to(&self, locale: &str) -> bool {
        self.locales
            .as_ref()
            .is_none_or(|l| l.iter().any(|x| x == locale))
    }
}

/// A top-level project (one glossator.toml or one l10n.toml with its includes).
#[derive(Debug, Clone, Default)]
pub struct SubProject {
    pub configs: Vec<Config>,
    pub excludes: Vec<Config>,
}

impl SubProject {
    /// All locales of the project: of its configs and of their paths.
    pub fn all_locales(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.configs {
            out.extend(c.locales.iter().flatten().map(String::as_str));
            for p in &c.paths {
                out.extend(p.locales.iter().flatten().map(String::as_str));
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Extraction defaults (`[extract]` in glossator.toml).
#[derive(Debug, Clone, Default)]
pub struct ExtractSettings {
    pub report: Option<PathBuf>,
    pub locale: Option<String>,
    pub out: Option<PathBuf>,
    pub figures: Option<PathBuf>,
}

#[derive(Debug, Clone, Default)]
pub struct Project {
    /// Directory every path is relative to.
    pub root: PathBuf,
    /// The configuration files read, for messages.
    pub sources: Vec<PathBuf>,
    pub reference: String,
    /// Locales to check, without the reference, sorted.
    pub locales: Vec<String>,
    pub projects: Vec<SubProject>,
    pub severities: Severities,
    pub glossaries: Vec<PathBuf>,
    pub extract: ExtractSettings,
}

/// A locale code must be a BCP 47 tag and a plain directory name: it is spliced into paths.
pub fn validate_locale(code: &str) -> std::result::Result<(), String> {
    if code.is_empty()
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "invalid locale `{code}`: a locale is a BCP 47 tag such as `fr` or `zh-CN`, never a path"
        ));
    }
    code.parse::<unic_langid::LanguageIdentifier>()
        .map_err(|e| format!("invalid locale `{code}`: not a BCP 47 language tag ({e})"))?;
    Ok(())
}

impl Project {
    /// Finds `glossator.toml` in `start` (the current directory) or its parents, and names it
    /// relative to `start` (`glossator.toml`, `../glossator.toml`) so messages show short paths.
    pub fn discover(start: &Path) -> Result<PathBuf> {
        let mut dir = Some(start);
        let mut up = PathBuf::new();
        while let Some(d) = dir {
            if d.join("glossator.toml").is_file() {
                return Ok(up.join("glossator.toml"));
            }
            up.push("..");
            dir = d.parent();
        }
        Err(Error::Usage(format!(
            "no glossator.toml in {} or its parents (use --config FILE or --l10n-toml FILE)",
            start.display()
        )))
    }

    /// The directory holding one subdirectory per locale (`locales` for
    /// `locales/{locale}/**/*.ftl`), when the first path pattern has that shape.
    pub fn locales_dir(&self) -> Option<PathBuf> {
        let p = &self.projects.first()?.configs.first()?.paths.first()?.l10n;
        let (dir, _) = p.split_once("/{locale}/")?;
        if dir.contains(['*', '{']) {
            return None;
        }
        Some(self.root.join(dir))
    }

    /// Limits the run to `only` (which must be project locales).
    pub fn restrict(&mut self, only: &[String]) -> Result<()> {
        if only.is_empty() {
            return Ok(());
        }
        for l in only {
            validate_locale(l).map_err(Error::Usage)?;
            if l != &self.reference && !self.locales.contains(l) {
                return Err(Error::Usage(format!(
                    "locale `{l}` is not a locale of this project (it has: {})",
                    self.locales.join(", ")
                )));
            }
        }
        self.locales.retain(|l| only.contains(l));
        Ok(())
    }
}

/// How a run names its project: a glossator.toml, compare-locales files, or discovery.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub config: Option<PathBuf>,
    pub l10n_toml: Vec<PathBuf>,
    pub l10n_base: Option<PathBuf>,
    pub locales: Vec<String>,
    /// Glossaries added for this run, beside the configured ones.
    pub glossaries: Vec<PathBuf>,
}

/// Loads the project a command line names.
pub fn load(sel: &Selection) -> Result<Project> {
    let mut project = if !sel.l10n_toml.is_empty() {
        if sel.config.is_some() {
            return Err(Error::Usage(
                "--config and --l10n-toml cannot be combined".into(),
            ));
        }
        l10n_toml::load(&sel.l10n_toml, sel.l10n_base.as_deref())?
    } else {
        let path = match &sel.config {
            Some(p) => p.clone(),
            None => Project::discover(&std::env::current_dir().map_err(|e| Error::io(".", e))?)?,
        };
        config::load(&path)?
    };
    project.restrict(&sel.locales)?;
    project.glossaries.extend(sel.glossaries.iter().cloned());
    Ok(project)
}
