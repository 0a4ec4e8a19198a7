//! `glossator.toml`: the project's own configuration.
//!
//! ```toml
//! [project]
//! reference = "en"
//! locales = ["id", "fr"]
//! paths = ["locales/{locale}/**/*.ftl"]
//! glossaries = ["glossary/banking.toml"]
//!
//! [rules]
//! untranslated = "off"
//! missing-message = "error"
//! ```
//!
//! Instead of `locales` and `paths`, `[project] l10n_toml = ["l10n.toml"]` names
//! compare-locales files: the project is theirs, the rules and glossaries this file's.

use super::{validate_locale, Config, ExtractSettings, Kind, PathSpec, Project, SubProject};
use crate::diagnostic::Severity;
use crate::error::{Error, Result};
use crate::rules;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    project: ProjectSection,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    extract: Option<ExtractSection>,
    /// Read by `glossator render`; accepted here so the file stays one document.
    #[serde(default)]
    render: Option<toml::Table>,
    /// Typography per locale: `[typography.fr] spacing = "narrow"`.
    #[serde(default)]
    typography: BTreeMap<String, rules::typography::LocaleTypography>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectSection {
    reference: Option<Spanned<String>>,
    locales: Option<Vec<Spanned<String>>>,
    paths: Option<Vec<Spanned<String>>>,
    /// compare-locales files (relative to this file) in place of `locales` and `paths`.
    l10n_toml: Option<Spanned<Vec<String>>>,
    /// `{l10n_base}` of those files (relative to this file).
    l10n_base: Option<String>,
    #[serde(default)]
    glossaries: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractSection {
    report: Option<String>,
    locale: Option<String>,
    out: Option<String>,
    figures: Option<String>,
}

/// Reads a glossator.toml; every problem names the file, line and column.
pub fn load(path: &Path) -> Result<Project> {
    load_with(path, None)
}

/// [`load`], with the `{l10n_base}` a command line gives for the compare-locales files
/// the config names (the config's own `l10n_base` otherwise).
pub fn load_with(path: &Path, l10n_base: Option<&Path>) -> Result<Project> {
    let text = crate::error::read_text(path)?;
    parse_with(path, &text, l10n_base)
}

pub fn parse(path: &Path, text: &str) -> Result<Project> {
    parse_with(path, text, None)
}

fn parse_with(path: &Path, text: &str, l10n_base: Option<&Path>) -> Result<Project> {
    let file: File = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
    let source = Source { path, text };
    // Empty for a config in the current directory, so paths print as `locales/...`.
    let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let settings = settings(path, text, &file, &root)?;
    let section = &file.project;
    if let Some(files) = &section.l10n_toml {
        let mut project = source.compare_locales(section, files, &root, l10n_base)?;
        project.adopt_settings(settings);
        return Ok(project);
    }
    let Listed {
        reference,
        locales,
        paths,
    } = source.listed(section)?;
    let mut all = locales.clone();
    all.push(reference.clone());
    let mut project = Project {
        sources: vec![path.to_path_buf()],
        root,
        reference,
        locales,
        projects: vec![SubProject {
            configs: vec![Config {
                locales: Some(all),
                paths,
                filters: Vec::new(),
            }],
            excludes: Vec::new(),
        }],
        kind: Kind::Config,
        ..Project::default()
    };
    project.adopt_settings(settings);
    Ok(project)
}

/// A `[project]` that lists its own locales and paths (not `l10n_toml`).
struct Listed {
    reference: String,
    /// The other locales, sorted, without duplicates.
    locales: Vec<String>,
    paths: Vec<PathSpec>,
}

/// The glossator.toml being read: errors point into its text.
struct Source<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Source<'_> {
    /// An error at `span` of the file.
    fn at(&self, span: std::ops::Range<usize>, msg: String) -> Error {
        Error::config_at(self.path, self.text, span.start, msg)
    }

    /// An error about the `[project]` table as a whole: at its header.
    fn in_project(&self, msg: String) -> Error {
        Error::config_at(
            self.path,
            self.text,
            self.text.find("[project]").unwrap_or(0),
            msg,
        )
    }

    /// The project of the compare-locales files `[project] l10n_toml` names (relative to
    /// this file), with this file's reference if it gives one.
    fn compare_locales(
        &self,
        section: &ProjectSection,
        files: &Spanned<Vec<String>>,
        root: &Path,
        l10n_base: Option<&Path>,
    ) -> Result<Project> {
        for (name, given) in [
            ("locales", section.locales.is_some()),
            ("paths", section.paths.is_some()),
        ] {
            if given {
                return Err(self.in_project(format!("[project] has both `l10n_toml` and `{name}`: the l10n.toml files list the locales and paths")));
            }
        }
        if files.get_ref().is_empty() {
            return Err(self.at(
                files.span(),
                "`l10n_toml` is empty: name at least one l10n.toml".into(),
            ));
        }
        let list: Vec<std::path::PathBuf> = files.get_ref().iter().map(|f| root.join(f)).collect();
        let base = l10n_base
            .map(Path::to_path_buf)
            .or_else(|| section.l10n_base.as_ref().map(|b| root.join(b)));
        let mut project = super::l10n_toml::load(&list, base.as_deref())?;
        if let Some(r) = &section.reference {
            validate_locale(r.get_ref()).map_err(|m| self.at(r.span(), m))?;
            project.set_reference(r.get_ref())?;
        }
        project.sources.push(self.path.to_path_buf());
        Ok(project)
    }

    /// What a `[project]` that lists its own locales and paths says, checked.
    fn listed(&self, section: &ProjectSection) -> Result<Listed> {
        let missing = |name: &str| {
            self.in_project(format!("[project] needs `{name}` (or `l10n_toml = [\"l10n.toml\"]` in place of `locales` and `paths`)"))
        };
        let reference_s = section
            .reference
            .as_ref()
            .ok_or_else(|| missing("reference"))?;
        let project_locales = section.locales.as_ref().ok_or_else(|| missing("locales"))?;
        let project_paths = section.paths.as_ref().ok_or_else(|| missing("paths"))?;
        let reference = reference_s.get_ref().clone();
        validate_locale(&reference).map_err(|m| self.at(reference_s.span(), m))?;
        let mut locales = Vec::new();
        for l in project_locales {
            validate_locale(l.get_ref()).map_err(|m| self.at(l.span(), m))?;
            if l.get_ref() != &reference && !locales.contains(l.get_ref()) {
                locales.push(l.get_ref().clone());
            }
        }
        locales.sort();
        let paths = self.paths(project_paths, &reference)?;
        Ok(Listed {
            reference,
            locales,
            paths,
        })
    }

    /// The path pairs of `[project] paths`: each pattern must hold `{locale}` and stay
    /// inside the project.
    fn paths(&self, patterns: &[Spanned<String>], reference: &str) -> Result<Vec<PathSpec>> {
        if patterns.is_empty() {
            return Err(Error::config_at(self.path, self.text, 0, "[project] paths is empty: give at least one pattern such as \"locales/{locale}/**/*.ftl\""));
        }
        let mut paths = Vec::new();
        for p in patterns {
            let s = p.get_ref();
            if !s.contains("{locale}") {
                return Err(self.at(p.span(), format!("path pattern `{s}` has no {{locale}}")));
            }
            if Path::new(s).is_absolute() || s.split('/').any(|c| c == "..") {
                return Err(self.at(
                    p.span(),
                    format!("path pattern `{s}` must stay inside the project directory"),
                ));
            }
            paths.push(PathSpec {
                reference: s.replace("{locale}", reference),
                l10n: s.clone(),
                locales: None,
            });
            super::pattern::Pattern::new(s).map_err(|m| self.at(p.span(), m))?;
        }
        Ok(paths)
    }
}

/// What a glossator.toml says beside its project: rules, glossaries, extraction defaults.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub severities: rules::Severities,
    pub glossaries: Vec<std::path::PathBuf>,
    pub extract: ExtractSettings,
    pub typography: rules::typography::Settings,
}

impl Project {
    /// Takes a glossator.toml's rules, glossaries and extraction defaults (for compare-locales
    /// files it names, or that a command line names beside it).
    pub fn adopt_settings(&mut self, s: Settings) {
        self.severities = s.severities;
        self.glossaries = s.glossaries;
        self.extract = s.extract;
        self.typography = s.typography;
    }

    /// The settings of a loaded project, to give to another.
    pub fn settings(&self) -> Settings {
        Settings {
            severities: self.severities.clone(),
            glossaries: self.glossaries.clone(),
            extract: self.extract.clone(),
            typography: self.typography.clone(),
        }
    }
}

fn settings(path: &Path, text: &str, file: &File, root: &Path) -> Result<Settings> {
    let at =
        |span: std::ops::Range<usize>, msg: String| Error::config_at(path, text, span.start, msg);
    let mut severities = rules::Severities::default();
    for (name, value) in &file.rules {
        let rule = rules::find(name.get_ref()).ok_or_else(|| {
            at(
                name.span(),
                format!("unknown rule `{}` (see `glossator rules`)", name.get_ref()),
            )
        })?;
        let sev = match value.get_ref().as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "off" => None,
            other => {
                return Err(at(
                    value.span(),
                    format!(
                    "severity of `{}` must be \"error\", \"warning\" or \"off\", not \"{other}\"",
                    rule.name
                ),
                ))
            }
        };
        severities.set(rule, sev);
    }
    let _ = &file.render;
    let extract = file
        .extract
        .as_ref()
        .map(|e| ExtractSettings {
            report: e.report.as_ref().map(|p| root.join(p)),
            locale: e.locale.clone(),
            out: e.out.as_ref().map(|p| root.join(p)),
            figures: e.figures.as_ref().map(|p| root.join(p)),
        })
        .unwrap_or_default();

    let typography = rules::typography::Settings {
        locales: file.typography.clone(),
    };
    if let Err(m) = typography.validate() {
        let at_typography = text.find("[typography").unwrap_or(0);
        return Err(Error::config_at(path, text, at_typography, m));
    }
    Ok(Settings {
        typography,
        severities,
        glossaries: file
            .project
            .glossaries
            .iter()
            .map(|g| root.join(g))
            .collect(),
        extract,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse(Path::new("p/glossator.toml"), text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("accepted: {text}"),
        }
    }

    const OK: &str = "[project]\nreference = \"en\"\nlocales = [\"en\", \"fr\", \"zh-CN\"]\npaths = [\"locales/{locale}/**/*.ftl\"]\n";

    #[test]
    fn reads_a_valid_config() {
        let p = parse(
            Path::new("p/glossator.toml"),
            &format!("{OK}[rules]\nuntranslated = \"off\"\n"),
        )
        .unwrap();
        assert_eq!(p.reference, "en");
        assert_eq!(p.locales, vec!["fr", "zh-CN"]);
        assert_eq!(p.severities.of(&crate::rules::content::UNTRANSLATED), None);
        assert_eq!(p.root, Path::new("p"));
        let here = parse(Path::new("glossator.toml"), OK).unwrap();
        assert_eq!(here.root, Path::new(""));
    }

    #[test]
    fn errors_name_file_line_and_column() {
        assert_eq!(
            err(&format!("{OK}[rules]\nno-such-rule = \"off\"\n")),
            "p/glossator.toml:6:1: unknown rule `no-such-rule` (see `glossator rules`)"
        );
        let e = err("[project]\nreference = \"en\"\nlocales = [\"../etc\"]\npaths = [\"l/{locale}/*.ftl\"]\n");
        assert!(
            e.starts_with("p/glossator.toml:3:12: invalid locale `../etc`"),
            "{e}"
        );
        let e = err("[project]\nreference = \"en\"\nlocales = [\"xx-!!\"]\npaths = [\"l/{locale}/*.ftl\"]\n");
        assert!(e.contains("invalid locale"), "{e}");
        let e = err(
            "[project]\nreference = \"en\"\nlocales = [\"fr\"]\npaths = [\"../{locale}/*.ftl\"]\n",
        );
        assert!(e.contains("inside the project"), "{e}");
        // A pattern error quotes the pattern as written, `{locale}` and all.
        let e = err(
            "[project]\nreference = \"en\"\nlocales = [\"fr\"]\npaths = [\"l/{locale}/{x}.ftl\"]\n",
        );
        assert!(
            e.starts_with(
                "p/glossator.toml:4:10: unresolved variable in path pattern `l/{locale}/{x}.ftl`"
            ),
            "{e}"
        );
        let e = err("[project\n");
        assert!(e.starts_with("p/glossator.toml:1:"), "{e}");
        let e = err(&format!("{OK}[rules]\nbom = \"fatal\"\n"));
        assert!(e.contains("must be \"error\""), "{e}");
    }

    #[test]
    fn locale_tags_are_validated() {
        assert!(validate_locale("zh-CN").is_ok());
        assert!(validate_locale("sr-Latn-RS").is_ok());
        assert!(validate_locale("../x").is_err());
        assert!(validate_locale("a/b").is_err());
        assert!(validate_locale("toolonglanguage").is_err());
    }
}
