//! compare-locales project configuration (`l10n.toml`), as Mozilla's projects write it:
//! `basepath`, `locales`, `[env]`, `[[paths]]` (`reference`, `l10n`, `locales`),
//! `[[includes]]`, `[[excludes]]` and `[[filters]]` (`path`, `key` with `re:`, `action`).

use super::{
    validate_locale, Config, Filter, FilterAction, KeyMatch, PathSpec, Project, SubProject,
};
use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use toml::Spanned;

#[derive(Deserialize)]
struct File {
    basepath: Option<String>,
    locales: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<PathEntry>,
    #[serde(default)]
    includes: Vec<Include>,
    #[serde(default)]
    excludes: Vec<Include>,
    #[serde(default)]
    filters: Vec<FilterEntry>,
}

#[derive(Deserialize)]
struct PathEntry {
    reference: Option<String>,
    l10n: Spanned<String>,
    locales: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
struct Include {
    path: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
struct FilterEntry {
    path: OneOrMany,
    key: Option<OneOrMany>,
    action: Spanned<String>,
}

/// Lexically normalizes a path (no symlink resolution: the tree may not exist yet).
pub fn normalize(p: &Path) -> PathBuf {
    // Most paths are clean already (every pattern of a project goes through here): no
    // `.` or `..`, no doubled or trailing separator.
    if let Some(s) = p.to_str() {
        let clean = std::path::MAIN_SEPARATOR == '/'
            && !s.is_empty()
            && !s.contains("//")
            && (s == "/" || !s.ends_with('/'))
            && s.split('/').all(|c| c != "." && c != "..");
        if clean {
            return p.to_path_buf();
        }
    }
    normalize_components(p)
}

/// A relative `/`-separated path of plain names (no `.`, `..` or empty component): one
/// that joining to a base and normalizing leaves as it is.
fn is_plain_relative(p: &str) -> bool {
    std::path::MAIN_SEPARATOR == '/'
        && !p.is_empty()
        && p.split('/').all(|c| !c.is_empty() && c != "." && c != "..")
}

/// [`normalize`] component by component: `.` dropped, `..` taken back.
fn normalize_components(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` relative to `root`, both normalized, with `..` where needed, `/`-separated.
pub fn relative(root: &Path, path: &Path) -> String {
    // A path under the root (nearly every one) is its tail after the root's text.
    if let Some(tail) = tail_under(root, path) {
        return tail.to_string();
    }
    relative_components(root, path)
}

/// [`relative`] component by component.
fn relative_components(root: &Path, path: &Path) -> String {
    let r: Vec<_> = root.components().collect();
    let p: Vec<_> = path.components().collect();
    let common = r.iter().zip(&p).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), r.len() - common).collect();
    parts.extend(
        p[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `path`'s text after `root` and a separator, when `path` lies under `root` and the rest
/// is plain `/`-separated UTF-8 names (what [`relative`] would build component by component).
fn tail_under<'a>(root: &Path, path: &'a Path) -> Option<&'a str> {
    let (root, path) = (root.to_str()?, path.to_str()?);
    let rest = path.strip_prefix(root)?;
    let rest = if root.ends_with('/') || root.is_empty() {
        rest
    } else {
        rest.strip_prefix('/')?
    };
    (!root.is_empty() && is_plain_relative(rest)).then_some(rest)
}

struct Loader {
    /// Directory all patterns are made relative to (the first file's basepath).
    root: PathBuf,
    stack: Vec<PathBuf>,
    l10n_base: Option<PathBuf>,
}

/// Reads one or more l10n.toml files (compare-locales takes several) into a project.
pub fn load(files: &[PathBuf], l10n_base: Option<&Path>) -> Result<Project> {
    let mut project = Project {
        reference: String::new(),
        ..Project::default()
    };
    let mut locales = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let abs = normalize(
            &std::env::current_dir()
                .map_err(|e| Error::io(".", e))?
                .join(f),
        );
        let text = crate::error::read_text(&abs)?;
        let parsed: File = toml::from_str(&text).map_err(|e| Error::from_toml(f, &text, &e))?;
        let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
        let base = normalize(&dir.join(parsed.basepath.as_deref().unwrap_or(".")));
        if i == 0 {
            project.root = l10n_base.map(Path::to_path_buf).unwrap_or(base.clone());
        }
        let mut loader = Loader {
            root: project.root.clone(),
            stack: Vec::new(),
            l10n_base: l10n_base.map(Path::to_path_buf),
        };
        let mut sub = SubProject::default();
        loader.read(&abs, &text, parsed, &BTreeMap::new(), &mut sub, false)?;
        locales.extend(sub.all_locales().into_iter().map(str::to_string));
        project.sources.push(f.clone());
        project.projects.push(sub);
    }
    locales.sort();
    locales.dedup();
    project.reference = guess_reference(&project).unwrap_or_else(|| "en-US".into());
    locales.retain(|l| *l != project.reference);
    project.locales = locales;
    Ok(project)
}

/// compare-locales has no reference locale name; take it from the reference patterns
/// when they all start with the same literal directory (`en/**/*.ftl` gives `en`).
fn guess_reference(p: &Project) -> Option<String> {
    let mut found: Option<String> = None;
    for s in &p.projects {
        for c in &s.configs {
            for path in &c.paths {
                let first = path.reference.split('/').next()?;
                if first.contains('*') || first.contains('{') || validate_locale(first).is_err() {
                    return None;
                }
                match &found {
                    None => found = Some(first.to_string()),
                    Some(f) if f != first => return None,
                    _ => {}
                }
            }
        }
    }
    found
}

impl Loader {
    fn read(
        &mut self,
        path: &Path,
        text: &str,
        file: File,
        parent_env: &BTreeMap<String, String>,
        sub: &mut SubProject,
        exclude: bool,
    ) -> Result<()> {
        if self.stack.iter().any(|p| p == path) {
            return Err(Error::Usage(format!(
                "{}: includes itself (through {})",
                path.display(),
                self.stack
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" -> ")
            )));
        }
        if self.stack.len() > 32 {
            return Err(Error::Usage(format!(
                "{}: includes nested deeper than 32",
                path.display()
            )));
        }
        self.stack.push(path.to_path_buf());
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let base = normalize(&dir.join(file.basepath.as_deref().unwrap_or(".")));
        let mut env = parent_env.clone();
        env.extend(file.env.clone());
        let root = self.root.clone();
        let l10n_base = self.l10n_base.clone().unwrap_or(base.clone());
        // Compared once here, not per pattern: paths compare component by component.
        let at_root = base == root;
        let expand = |s: &str, span: std::ops::Range<usize>| -> Result<String> {
            let vars = |name: &str| -> Option<String> {
                match name {
                    "locale" => Some("{locale}".into()),
                    "l10n_base" => Some(l10n_base.to_string_lossy().into_owned()),
                    _ => env.get(name).cloned(),
                }
            };
            let e = super::pattern::expand(s, &vars);
            if e.split("{locale}").any(|part| part.contains('{')) {
                return Err(Error::config_at(
                    path,
                    text,
                    span.start,
                    format!("unknown variable in `{s}`"),
                ));
            }
            // Most patterns are plain paths relative to a base that is the root: already
            // what the join, normalization and relativization below would give.
            if at_root && is_plain_relative(&e) {
                return Ok(e);
            }
            let abs = normalize(&base.join(&e));
            Ok(relative(&root, &abs))
        };
        let check_locales = |ls: &Option<Vec<Spanned<String>>>| -> Result<Option<Vec<String>>> {
            match ls {
                None => Ok(None),
                Some(v) => v
                    .iter()
                    .map(|l| {
                        validate_locale(l.get_ref())
                            .map(|_| l.get_ref().clone())
                            .map_err(|m| Error::config_at(path, text, l.span().start, m))
                    })
                    .collect::<Result<Vec<_>>>()
                    .map(Some),
            }
        };
        let mut config = Config {
            locales: check_locales(&file.locales)?,
            ..Config::default()
        };
        for p in &file.paths {
            let l10n = expand(p.l10n.get_ref(), p.l10n.span())?;
            let reference = match &p.reference {
                Some(r) => expand(r, p.l10n.span())?,
                None => l10n.clone(),
            };
            let a = super::pattern::Pattern::new(&reference)
                .map_err(|m| Error::config_at(path, text, p.l10n.span().start, m))?;
            let b = super::pattern::Pattern::new(&l10n)
                .map_err(|m| Error::config_at(path, text, p.l10n.span().start, m))?;
            if a.wildcards() != b.wildcards() {
                return Err(Error::config_at(
                    path,
                    text,
                    p.l10n.span().start,
                    format!("`{reference}` and `{l10n}` must have the same wildcards"),
                ));
            }
            config.paths.push(PathSpec {
                reference,
                l10n,
                locales: check_locales(&p.locales)?,
            });
        }
        for f in file.filters {
            let action = match f.action.get_ref().as_str() {
                "error" => FilterAction::Error,
                "warning" => FilterAction::Warning,
                "ignore" => FilterAction::Ignore,
                other => {
                    return Err(Error::config_at(
                        path,
                        text,
                        f.action.span().start,
                        format!("filter action must be error, warning or ignore, not `{other}`"),
                    ))
                }
            };
            let span = f.action.span();
            let paths = f
                .path
                .into_vec()
                .iter()
                .map(|p| expand(p, span.clone()))
                .collect::<Result<Vec<_>>>()?;
            let mut keys = Vec::new();
            for k in f.key.map(OneOrMany::into_vec).unwrap_or_default() {
                keys.push(match k.strip_prefix("re:") {
                    Some(re) => {
                        KeyMatch::Regex(regex::Regex::new(&format!("^(?:{re})")).map_err(|e| {
                            Error::config_at(
                                path,
                                text,
                                span.start,
                                format!("bad key regex `{re}`: {e}"),
                            )
                        })?)
                    }
                    None => KeyMatch::Exact(k),
                });
            }
            config.filters.push(Filter {
                paths,
                keys,
                action,
            });
        }
        if exclude {
            sub.excludes.push(config);
        } else {
            sub.configs.push(config);
        }
        for (list, is_exclude) in [(&file.includes, exclude), (&file.excludes, true)] {
            for inc in list {
                let rel = expand(inc.path.get_ref(), inc.path.span())?;
                let child = normalize(&self.root.join(&rel));
                let ctext = crate::error::read_text(&child).map_err(|e| {
                    Error::config_at(
                        path,
                        text,
                        inc.path.span().start,
                        format!("cannot read include: {e}"),
                    )
                })?;
                let cfile: File =
                    toml::from_str(&ctext).map_err(|e| Error::from_toml(&child, &ctext, &e))?;
                let mut child_sub = SubProject::default();
                self.read(&child, &ctext, cfile, &env, &mut child_sub, is_exclude)?;
                sub.configs.extend(child_sub.configs);
                sub.excludes.extend(child_sub.excludes);
            }
        }
        self.stack.pop();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_patterns_need_no_normalizing() {
        let root = Path::new("/corpus/www-l10n");
        for e in ["en/*.ftl", "{locale}/firefox/**/*.ftl", "a-b/c_d.ftl"] {
            assert!(is_plain_relative(e), "{e}");
            assert_eq!(relative(root, &normalize(&root.join(e))), e);
        }
        for e in [
            "./en/*.ftl",
            "../x/*.ftl",
            "en//a.ftl",
            "en/",
            "/abs/a.ftl",
            "",
            "a/./b",
        ] {
            assert!(!is_plain_relative(e), "{e}");
        }
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/b"), Path::new("/a/b/c/d.ftl")),
            "c/d.ftl"
        );
        assert_eq!(
            relative(Path::new("/a/b"), Path::new("/a/x/d.ftl")),
            "../x/d.ftl"
        );
        assert_eq!(
            normalize(Path::new("/a/b/../c/./d")),
            PathBuf::from("/a/c/d")
        );
    }

    /// The text fast paths of `normalize` and `relative` give what the component walk
    /// gives, including the cases they must leave to it.
    #[test]
    fn fast_paths_agree_with_components() {
        for p in [
            "/a/b/c.ftl",
            "a/b",
            "/",
            "/a//b",
            "/a/b/",
            "./a",
            "a/./b",
            "a/../b",
            "../a",
            "a/..b",
            "a/.b/c",
        ] {
            let p = Path::new(p);
            assert_eq!(normalize(p), normalize_components(p), "{p:?}");
        }
        for (root, path, want) in [
            ("/a/b", "/a/b/c/d.ftl", "c/d.ftl"),
            ("/a/b", "/a/bc/d.ftl", "../bc/d.ftl"),
            ("/a/b", "/a/b", ""),
            ("/", "/a/b", "a/b"),
            ("a", "a/x.ftl", "x.ftl"),
            ("/a/b", "/a", ".."),
        ] {
            let (root, path) = (Path::new(root), Path::new(path));
            assert_eq!(relative(root, path), want, "{root:?} {path:?}");
            assert_eq!(relative_components(root, path), want, "{root:?} {path:?}");
        }
    }

    /// A path entry's patterns are checked as they are written, `{locale}` included:
    /// mismatched wildcards and unknown variables are errors at the entry's line, and
    /// `{locale}` may stand anywhere in either pattern.
    #[test]
    fn path_patterns_are_checked_at_their_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let load_text = |text: &str| {
            let f = dir.path().join("l10n.toml");
            std::fs::write(&f, text).expect("write");
            load(&[f], None)
        };
        let ok = load_text(
            "basepath = \".\"\nlocales = [\"de\"]\n[[paths]]\n  reference = \"en/{locale}-x/*.ftl\"\n  l10n = \"{locale}/{locale}-x/*.ftl\"\n",
        )
        .expect("valid");
        let spec = &ok.projects[0].configs[0].paths[0];
        assert_eq!(spec.reference, "en/{locale}-x/*.ftl");
        assert_eq!(spec.l10n, "{locale}/{locale}-x/*.ftl");
        let wild = load_text(
            "basepath = \".\"\n\n[[paths]]\n  reference = \"en/**/*.ftl\"\n  l10n = \"{locale}/*.ftl\"\n",
        )
        .expect_err("mismatched wildcards")
        .to_string();
        assert!(wild.contains("must have the same wildcards"), "{wild}");
        assert!(wild.contains(":5:"), "{wild}");
        let var = load_text("[[paths]]\n  reference = \"en/*.ftl\"\n  l10n = \"{where}/*.ftl\"\n")
            .expect_err("unknown variable")
            .to_string();
        assert!(var.contains("unknown variable in `{where}/*.ftl`"), "{var}");
        assert!(var.contains(":3:"), "{var}");
    }
}
