//! The project: which locales, which files, which rules at which severity.
//!
//! Both configuration formats (glossator.toml and compare-locales' l10n.toml) produce the
//! same model: sub-projects made of configs (locales, path pairs, filters) and excludes.

pub mod config;
pub mod discover;
pub mod files;
pub mod init;
pub mod l10n_toml;
pub mod layout;
pub mod pattern;
pub mod scope;

use crate::error::{Error, Result};
use crate::rules::Severities;
use regex::Regex;
use std::path::{Path, PathBuf};

pub use files::{FilePair, LocaleFiles};
pub use scope::Scope;

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

/// Where a project's description came from: what a pattern that matches nothing means.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    /// glossator.toml's own `paths`: each one is meant to match.
    #[default]
    Config,
    /// compare-locales files: a path entry may match nothing (compare-locales skips it),
    /// a whole file may not.
    CompareLocales,
    /// Locale folders found without configuration.
    Detected,
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
    /// `[typography.LOCALE]` of glossator.toml.
    pub typography: crate::rules::typography::Settings,
    pub kind: Kind,
    /// The files and folders a run reports on, when paths were named; `None`: all.
    pub scope: Option<Scope>,
    /// `--locale` named locales and not the reference: the reference's own findings are
    /// not reported (nor looked for), as for a locale folder named as a path.
    pub reference_left_out: bool,
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

    /// Limits the run to `only`: tags compared case-insensitively (`FR` is `fr`, `zh-cn`
    /// is `zh-CN`). A project that lists no locales (an l10n.toml may leave them to the
    /// command line, as compare-locales does) takes them, when each names a folder.
    pub fn restrict(&mut self, only: &[String]) -> Result<()> {
        if only.is_empty() {
            return Ok(());
        }
        let listed = !self.locales.is_empty();
        let mut wanted: Vec<String> = Vec::new();
        for l in only {
            validate_locale(l).map_err(Error::Usage)?;
            let same = |x: &&String| x.eq_ignore_ascii_case(l);
            let found = if l.eq_ignore_ascii_case(&self.reference) {
                Some(self.reference.clone())
            } else if let Some(x) = self.locales.iter().find(same) {
                Some(x.clone())
            } else if !listed {
                self.folder_of(l)
            } else {
                None
            };
            let Some(found) = found else {
                return Err(Error::Usage(if listed {
                    format!(
                        "locale `{l}` is not a locale of this project (it has: {})",
                        self.locales.join(", ")
                    )
                } else {
                    format!(
                        "locale `{l}` matches no folder of the project (its paths: {})",
                        self.l10n_patterns().join(", ")
                    )
                }));
            };
            if !wanted.contains(&found) {
                wanted.push(found);
            }
        }
        if !listed {
            // Configs without `locales` apply to every locale: these are all there are.
            let mut given: Vec<String> = wanted.clone();
            given.push(self.reference.clone());
            for sub in &mut self.projects {
                for c in sub.configs.iter_mut().chain(sub.excludes.iter_mut()) {
                    if c.locales.is_none() {
                        c.locales = Some(given.clone());
                    }
                }
            }
            self.locales = wanted
                .iter()
                .filter(|l| **l != self.reference)
                .cloned()
                .collect();
            self.locales.sort();
            self.reference_left_out = !wanted.contains(&self.reference);
            return Ok(());
        }
        self.locales.retain(|l| wanted.contains(l));
        self.reference_left_out = !wanted.contains(&self.reference);
        Ok(())
    }

    /// Every translation path pattern of the project.
    fn l10n_patterns(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .projects
            .iter()
            .flat_map(|s| &s.configs)
            .flat_map(|c| c.paths.iter().map(|p| format!("`{}`", p.l10n)))
            .collect();
        out.dedup();
        out
    }

    /// The folder spelling of `tag` (case-insensitively) where a path pattern puts the
    /// locale as a whole folder name (`{locale}/...`, `x/{locale}/...`); `Some(tag)` when no
    /// pattern can tell (a wildcard before `{locale}`).
    fn folder_of(&self, tag: &str) -> Option<String> {
        let mut undecided = false;
        for spec in self
            .projects
            .iter()
            .flat_map(|s| &s.configs)
            .flat_map(|c| &c.paths)
        {
            let Some((head, tail)) = spec.l10n.split_once("{locale}") else {
                continue;
            };
            if head.contains('*') || !(head.is_empty() || head.ends_with('/')) {
                undecided = true;
                continue;
            }
            if !(tail.is_empty() || tail.starts_with('/')) {
                undecided = true;
                continue;
            }
            let parent = self.root.join(head);
            let found = crate::fs::walk::names(&parent)
                .into_iter()
                .find(|name| name.eq_ignore_ascii_case(tag) && parent.join(name).is_dir());
            if found.is_some() {
                return found;
            }
        }
        undecided.then(|| tag.to_string())
    }

    /// Stops a run whose patterns find nothing (a typo, a renamed folder, a wrong
    /// `--l10n-base`): it would report every locale complete. `matches` is, per
    /// sub-project, each reference pattern with the number of files it matched.
    pub fn verify(&self, matches: &[Vec<(&str, usize)>]) -> Result<()> {
        let root = if self.root.as_os_str().is_empty() {
            ".".to_string()
        } else {
            self.root.display().to_string()
        };
        for (i, sub) in matches.iter().enumerate() {
            let source = self
                .sources
                .get(i)
                .map(|s| s.display().to_string())
                .unwrap_or_else(|| "the detected layout".into());
            match self.kind {
                Kind::Config | Kind::Detected => {
                    if let Some((p, _)) = sub.iter().find(|(_, n)| *n == 0) {
                        return Err(Error::Usage(format!(
                            "{source}: the reference pattern `{p}` matches no file under {root}"
                        )));
                    }
                }
                Kind::CompareLocales => {
                    if !sub.is_empty() && sub.iter().all(|(_, n)| *n == 0) {
                        let mut ps: Vec<&str> = sub.iter().map(|(p, _)| *p).collect();
                        ps.dedup();
                        return Err(Error::Usage(format!(
                            "{source}: no reference file under {root} matches its paths ({}): check basepath, --l10n-base and the patterns",
                            ps.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// Sets the reference locale a command line names: a compare-locales project has none
    /// of its own (glossator guesses it from the reference paths); a glossator.toml does.
    pub fn set_reference(&mut self, reference: &str) -> Result<()> {
        validate_locale(reference).map_err(Error::Usage)?;
        if reference.eq_ignore_ascii_case(&self.reference) {
            return Ok(());
        }
        match self.kind {
            Kind::CompareLocales => {
                self.reference = reference.to_string();
                self.locales.retain(|l| !l.eq_ignore_ascii_case(reference));
                Ok(())
            }
            _ => Err(Error::Usage(format!(
                "--reference {reference}: the project's reference is {} ({})",
                self.reference,
                self.sources
                    .first()
                    .map(|s| format!("set in {}", s.display()))
                    .unwrap_or_else(|| "its folder was found first".into())
            ))),
        }
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
    /// The positional arguments of `check` (see [`scope::classify`]).
    pub args: Vec<PathBuf>,
    /// The reference locale of a detected layout or a compare-locales project.
    pub reference: Option<String>,
    /// Only these rules (`--select`), then without these (`--ignore`).
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

/// Loads the project a command line names.
pub fn load(sel: &Selection) -> Result<Project> {
    open(sel).map(|(p, _)| p)
}

/// Loads the project a command line names, with notes on what was decided for the user
/// (which files were found, what layout was detected), for standard error.
pub fn open(sel: &Selection) -> Result<(Project, Vec<String>)> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
    let pos = scope::classify(&sel.args)?;
    let named = Named::merge(sel, &pos)?;
    if let (Some(base), [], true) = (&pos.l10n_base, &pos.locales[..], sel.locales.is_empty()) {
        base_is_a_locale(&named.l10n_toml, base)?;
    }
    let mut notes = Vec::new();
    let mut project = named.read(&cwd, &pos.paths, sel.reference.as_deref(), &mut notes)?;
    if named.l10n_base.is_some() && project.kind != Kind::CompareLocales {
        return Err(Error::Usage(
            "--l10n-base (or a base folder after the l10n.toml) applies to compare-locales projects: this one has no l10n.toml".into(),
        ));
    }
    if let Some(r) = &sel.reference {
        project.set_reference(r)?;
    }
    narrow(&mut project, sel, &pos, &cwd)?;
    select_rules(&mut project.severities, &sel.select, &sel.ignore)?;
    project.glossaries.extend(sel.glossaries.iter().cloned());
    Ok((project, notes))
}

/// The configuration files a command line names, by option or by position.
struct Named {
    config: Option<PathBuf>,
    l10n_toml: Vec<PathBuf>,
    l10n_base: Option<PathBuf>,
}

impl Named {
    /// The options and the positional arguments together: each may name a glossator.toml
    /// and a base folder, not both.
    fn merge(sel: &Selection, pos: &scope::Positional) -> Result<Named> {
        let config = match (&sel.config, &pos.config) {
            (Some(a), Some(b)) => {
                return Err(Error::Usage(format!(
                    "two glossator.toml files: --config {} and {}",
                    a.display(),
                    b.display()
                )))
            }
            (a, b) => a.clone().or(b.clone()),
        };
        let mut l10n_toml = sel.l10n_toml.clone();
        l10n_toml.extend(pos.l10n_toml.iter().cloned());
        let l10n_base = match (&sel.l10n_base, &pos.l10n_base) {
            (Some(a), Some(b)) => {
                return Err(Error::Usage(format!(
                    "two l10n base folders: --l10n-base {} and {}",
                    a.display(),
                    b.display()
                )))
            }
            (a, b) => a.clone().or(b.clone()),
        };
        Ok(Named {
            config,
            l10n_toml,
            l10n_base,
        })
    }

    /// The project of the named files; without any, the one found from `paths` (or the
    /// current directory), with a note on what was found.
    fn read(
        &self,
        cwd: &Path,
        paths: &[PathBuf],
        reference: Option<&str>,
        notes: &mut Vec<String>,
    ) -> Result<Project> {
        let base = self.l10n_base.as_deref();
        if !self.l10n_toml.is_empty() {
            let mut p = l10n_toml::load(&self.l10n_toml, base)?;
            // A glossator.toml named beside l10n.toml files gives the rules and glossaries.
            if let Some(c) = &self.config {
                let settings = config::load_with(c, None)?.settings();
                p.adopt_settings(settings);
                p.sources.push(c.clone());
            }
            return Ok(p);
        }
        if let Some(c) = &self.config {
            return config::load_with(c, base);
        }
        Ok(match discover_paths(cwd, paths, reference)? {
            discover::Found::Config(path) => config::load_with(&path, base)?,
            discover::Found::L10n(files, note) => {
                notes.extend(note);
                l10n_toml::load(&files, base)?
            }
            discover::Found::Layout(layout) => {
                notes.push(layout.describe());
                layout.project()
            }
        })
    }
}

/// Limits the run to the locales and paths the command line names; paths that hold no
/// file of the locales named are an error.
fn narrow(
    project: &mut Project,
    sel: &Selection,
    pos: &scope::Positional,
    cwd: &Path,
) -> Result<()> {
    let mut locales = sel.locales.clone();
    locales.extend(pos.locales.iter().cloned());
    project.restrict(&locales)?;
    if pos.paths.is_empty() {
        return Ok(());
    }
    let before = project.locales.len();
    scope::apply(project, cwd, &pos.paths)?;
    if !locales.is_empty() && before > 0 && project.locales.is_empty() && project.scope.is_some() {
        let names: Vec<String> = pos.paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::Usage(format!(
            "{} holds no file of the locales given ({})",
            names.join(", "),
            locales.join(", ")
        )));
    }
    Ok(())
}

/// `check l10n.toml fr`: compare-locales reads `fr` as the base folder, which is rarely
/// meant when `fr` is one of the project's locales; the error says how to write it. (The
/// files are read once more for this, only in this shape of command line.)
fn base_is_a_locale(l10n: &[PathBuf], base: &Path) -> Result<()> {
    let Some(name) = base.file_name().and_then(|n| n.to_str()) else {
        return Ok(());
    };
    if base.components().count() != 1 || validate_locale(name).is_err() {
        return Ok(());
    }
    let Ok(project) = l10n_toml::load(l10n, None) else {
        return Ok(());
    };
    if project
        .locales
        .iter()
        .chain([&project.reference])
        .any(|l| l.eq_ignore_ascii_case(name))
    {
        return Err(Error::Usage(format!(
            "{name} stands where the l10n base folder goes (compare-locales' order is `check l10n.toml... [BASE_DIR [LOCALE...]]`); to check the locale {name}, write `check {} . {name}`, or name its folder alone (`check {name}/`)",
            l10n.iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        )));
    }
    Ok(())
}

/// The project of the paths a run names (or of the current directory): every path must
/// find the same one.
fn discover_paths(
    cwd: &Path,
    paths: &[PathBuf],
    reference: Option<&str>,
) -> Result<discover::Found> {
    let start = |p: &Path| -> PathBuf {
        if p.is_dir() {
            p.to_path_buf()
        } else {
            p.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    };
    let Some(first) = paths.first() else {
        return discover::find(cwd, Path::new(""), reference);
    };
    let one = (
        first.clone(),
        discover::find(cwd, &start(first), reference)?,
    );
    for p in &paths[1..] {
        let other = (p.clone(), discover::find(cwd, &start(p), reference)?);
        if other.1.key(cwd) != one.1.key(cwd) {
            return Err(discover::different(&one, &other));
        }
    }
    Ok(one.1)
}

/// `--select` (only these rules, each at its configured severity or else its default)
/// and `--ignore` (not these). An unknown name is a usage error.
pub fn select_rules(
    severities: &mut crate::rules::Severities,
    select: &[String],
    ignore: &[String],
) -> Result<()> {
    let find = |name: &String| {
        crate::rules::find(name)
            .ok_or_else(|| Error::Usage(format!("unknown rule `{name}` (see `glossator rules`)")))
    };
    let selected = select.iter().map(find).collect::<Result<Vec<_>>>()?;
    let ignored = ignore.iter().map(find).collect::<Result<Vec<_>>>()?;
    if !selected.is_empty() {
        for r in crate::rules::all() {
            if !selected.iter().any(|s| s.name == r.name) {
                severities.set(r, None);
            } else if severities.of(r).is_none() {
                severities.set(r, Some(r.default_severity));
            }
        }
    }
    for r in ignored {
        severities.set(r, None);
    }
    Ok(())
}
