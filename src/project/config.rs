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

use super::{validate_locale, Config, ExtractSettings, PathSpec, Project, SubProject};
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectSection {
    reference: Spanned<String>,
    locales: Vec<Spanned<String>>,
    paths: Vec<Spanned<String>>,
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
    let text = crate::error::read_text(path)?;
    parse(path, &text)
}

pub fn parse(path: &Path, text: &str) -> Result<Project> {
    let file: File = toml::from_str(text).map_err(|e| Error::from_toml(path, text, &e))?;
    let at =
        |span: std::ops::Range<usize>, msg: String| Error::config_at(path, text, span.start, msg);
    // Empty for a config in the current directory, so paths print as `locales/...`.
    let root = path.parent().map(Path::to_path_buf).unwrap_or_default();

    let reference = file.project.reference.get_ref().clone();
    validate_locale(&reference).map_err(|m| at(file.project.reference.span(), m))?;
    let mut locales = Vec::new();
    for l in &file.project.locales {
        validate_locale(l.get_ref()).map_err(|m| at(l.span(), m))?;
        if l.get_ref() != &reference && !locales.contains(l.get_ref()) {
            locales.push(l.get_ref().clone());
        }
    }
    locales.sort();
    if file.project.paths.is_empty() {
        return Err(Error::config_at(path, text, 0, "[project] paths is empty: give at least one pattern such as \"locales/{locale}/**/*.ftl\""));
    }
    let mut paths = Vec::new();
    for p in &file.project.paths {
        let s = p.get_ref();
        if !s.contains("{locale}") {
            return Err(at(
                p.span(),
                format!("path pattern `{s}` has no {{locale}}"),
            ));
        }
        if Path::new(s).is_absolute() || s.split('/').any(|c| c == "..") {
            return Err(at(
                p.span(),
                format!("path pattern `{s}` must stay inside the project directory"),
            ));
        }
        paths.push(PathSpec {
            reference: s.replace("{locale}", &reference),
            l10n: s.clone(),
            locales: None,
        });
        super::pattern::Pattern::new(s).map_err(|m| at(p.span(), m))?;
    }

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
        .map(|e| ExtractSettings {
            report: e.report.map(|p| root.join(p)),
            locale: e.locale,
            out: e.out.map(|p| root.join(p)),
            figures: e.figures.map(|p| root.join(p)),
        })
        .unwrap_or_default();

    let mut all = locales.clone();
    all.push(reference.clone());
    Ok(Project {
        sources: vec![path.to_path_buf()],
        glossaries: file
            .project
            .glossaries
            .iter()
            .map(|g| root.join(g))
            .collect(),
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
        severities,
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
