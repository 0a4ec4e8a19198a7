//! compare-locales project configuration (`l10n.toml`), as Mozilla's projects write it:
//! `basepath`, `locales`, `[env]`, `[[paths]]` (`reference`, `l10n`, `locales`),
//! `[[includes]]`, `[[excludes]]` and `[[filters]]` (`path`, `key` with `re:`, `action`).

use super::{
    validate_locale, Config, Filter, FilterAction, KeyMatch, PathSpec, Project, SubProject,
};
use crate::error::{Error, Result};
use rayon::prelude::*;
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
    l10n_base: Option<PathBuf>,
    /// Whether a pattern or include of the project says `{l10n_base}`.
    uses_base: std::sync::atomic::AtomicBool,
}

/// Reads one or more l10n.toml files (compare-locales takes several) into a project.
///
/// The files and their includes are read and parsed in parallel: they are small, but TOML
/// costs about 100 instructions a byte to parse (`configs/pontoon.toml` of www-l10n, 8 KB,
/// is half of the configuration's cost) and a check of one locale waits for all of them.
/// An error is the first one in the order of the files and their includes.
pub fn load(files: &[PathBuf], l10n_base: Option<&Path>) -> Result<Project> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
    let parsed = in_order(files.par_iter().map(|f| {
        let abs = normalize(&cwd.join(f));
        let text = crate::error::read_text(&abs)?;
        let parsed: File = toml::from_str(&text).map_err(|e| Error::from_toml(f, &text, &e))?;
        Ok((abs, text, parsed))
    }))?;
    let mut project = Project {
        reference: String::new(),
        kind: super::Kind::CompareLocales,
        ..Project::default()
    };
    // Relative to the current directory, as the user typed it (not to a file's basepath).
    let l10n_base = l10n_base.map(|b| normalize(&cwd.join(b)));
    if let Some(b) = &l10n_base {
        if !b.is_dir() {
            return Err(Error::Usage(format!(
                "l10n base folder {} does not exist",
                b.display()
            )));
        }
    }
    // The first file's basepath is the root, unless given.
    let basepath = parsed.first().map(|(abs, _, first)| {
        let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
        let written = first.basepath.clone().unwrap_or_else(|| ".".into());
        (normalize(&dir.join(&written)), written)
    });
    if let Some((base, written)) = &basepath {
        if l10n_base.is_none() && !base.is_dir() {
            return Err(Error::Usage(format!(
                "{}: basepath `{written}` is {}, which does not exist",
                files[0].display(),
                base.display()
            )));
        }
        project.root = l10n_base.clone().unwrap_or(base.clone());
    }
    let loader = Loader {
        root: project.root.clone(),
        l10n_base: l10n_base.clone(),
        uses_base: std::sync::atomic::AtomicBool::new(false),
    };
    let subs =
        in_order(parsed.into_par_iter().map(|(abs, text, file)| {
            loader.read(&abs, &text, file, &BTreeMap::new(), &[], false)
        }))?;
    // A base folder the files never use changes nothing compare-locales looks at: given
    // anyway (a habit, a typo), it is a mistake unless it is the basepath itself.
    if let (Some(given), Some((base, _))) = (&l10n_base, &basepath) {
        if !loader.uses_base.load(std::sync::atomic::Ordering::Relaxed) && given != base {
            return Err(Error::Usage(format!(
                "l10n base folder {}: {} never use {{l10n_base}} (their paths are relative to their basepath, {}); leave the base folder out, or give that one",
                given.display(),
                files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                base.display()
            )));
        }
    }
    let mut locales = Vec::new();
    for (f, sub) in files.iter().zip(subs) {
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

/// The results of a parallel iterator in its order, or its first error in that order
/// (rayon's own `collect` into a `Result` gives whichever error it met first).
fn in_order<T: Send>(results: impl IndexedParallelIterator<Item = Result<T>>) -> Result<Vec<T>> {
    let all: Vec<Result<T>> = results.collect();
    all.into_iter().collect()
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
    /// One file of the project with its includes and excludes (`stack`: the files that
    /// include it, outermost first).
    fn read(
        &self,
        path: &Path,
        text: &str,
        file: File,
        parent_env: &BTreeMap<String, String>,
        stack: &[PathBuf],
        exclude: bool,
    ) -> Result<SubProject> {
        let stack = including(path, stack)?;
        let scope = FileScope::new(self, path, text, &file, parent_env);
        let config = Config {
            locales: scope.locales(&file.locales)?,
            paths: scope.paths(&file.paths)?,
            filters: scope.filters(file.filters)?,
        };
        let mut sub = SubProject::default();
        if exclude {
            sub.excludes.push(config);
        } else {
            sub.configs.push(config);
        }
        for child in scope.includes(&file.includes, &file.excludes, exclude, &stack)? {
            sub.configs.extend(child.configs);
            sub.excludes.extend(child.excludes);
        }
        Ok(sub)
    }
}

/// `stack` with `path` on top, for the files `path` includes; a file that includes itself
/// (directly or not) or includes nested deeper than 32 are errors.
fn including(path: &Path, stack: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if stack.iter().any(|p| p == path) {
        return Err(Error::Usage(format!(
            "{}: includes itself (through {})",
            path.display(),
            stack
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(" -> ")
        )));
    }
    if stack.len() > 32 {
        return Err(Error::Usage(format!(
            "{}: includes nested deeper than 32",
            path.display()
        )));
    }
    let mut stack = stack.to_vec();
    stack.push(path.to_path_buf());
    Ok(stack)
}

/// One l10n.toml being read: where its patterns are relative to and the variables they
/// may use; errors point into its text.
struct FileScope<'a> {
    loader: &'a Loader,
    path: &'a Path,
    text: &'a str,
    /// The file's basepath, normalized.
    base: PathBuf,
    /// What `{l10n_base}` stands for: the base folder given, else the basepath.
    l10n_base: PathBuf,
    /// `[env]` of the files that include this one, overridden by its own.
    env: BTreeMap<String, String>,
    /// Whether the basepath is the root. Compared once here, not per pattern: paths
    /// compare component by component.
    at_root: bool,
}

impl<'a> FileScope<'a> {
    fn new(
        loader: &'a Loader,
        path: &'a Path,
        text: &'a str,
        file: &File,
        parent_env: &BTreeMap<String, String>,
    ) -> Self {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let base = normalize(&dir.join(file.basepath.as_deref().unwrap_or(".")));
        let mut env = parent_env.clone();
        env.extend(file.env.clone());
        FileScope {
            loader,
            path,
            text,
            l10n_base: loader.l10n_base.clone().unwrap_or(base.clone()),
            at_root: base == loader.root,
            base,
            env,
        }
    }

    /// An error at byte `offset` of the file.
    fn error(&self, offset: usize, message: impl Into<String>) -> Error {
        Error::config_at(self.path, self.text, offset, message)
    }

    /// Expands the variables of pattern `s` (at `span`) and makes it relative to the root.
    fn expand(&self, s: &str, span: std::ops::Range<usize>) -> Result<String> {
        let vars = |name: &str| -> Option<String> {
            match name {
                "locale" => Some("{locale}".into()),
                "l10n_base" => {
                    self.loader
                        .uses_base
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                    Some(self.l10n_base.to_string_lossy().into_owned())
                }
                _ => self.env.get(name).cloned(),
            }
        };
        let e = super::pattern::expand(s, &vars);
        if e.split("{locale}").any(|part| part.contains('{')) {
            return Err(self.error(span.start, format!("unknown variable in `{s}`")));
        }
        // Most patterns are plain paths relative to a base that is the root: already
        // what the join, normalization and relativization below would give.
        if self.at_root && is_plain_relative(&e) {
            return Ok(e);
        }
        let abs = normalize(&self.base.join(&e));
        Ok(relative(&self.loader.root, &abs))
    }

    /// A `locales` list, each tag validated.
    fn locales(&self, ls: &Option<Vec<Spanned<String>>>) -> Result<Option<Vec<String>>> {
        match ls {
            None => Ok(None),
            Some(v) => v
                .iter()
                .map(|l| {
                    validate_locale(l.get_ref())
                        .map(|_| l.get_ref().clone())
                        .map_err(|m| self.error(l.span().start, m))
                })
                .collect::<Result<Vec<_>>>()
                .map(Some),
        }
    }

    /// The `[[paths]]` entries, expanded and checked.
    fn paths(&self, entries: &[PathEntry]) -> Result<Vec<PathSpec>> {
        entries.iter().map(|p| self.path_spec(p)).collect()
    }

    fn path_spec(&self, p: &PathEntry) -> Result<PathSpec> {
        let at = p.l10n.span().start;
        let l10n = self.expand(p.l10n.get_ref(), p.l10n.span())?;
        let reference = match &p.reference {
            Some(r) => self.expand(r, p.l10n.span())?,
            None => l10n.clone(),
        };
        let a = super::pattern::Pattern::new(&reference).map_err(|m| self.error(at, m))?;
        let b = super::pattern::Pattern::new(&l10n).map_err(|m| self.error(at, m))?;
        if a.wildcards() != b.wildcards() {
            return Err(self.error(
                at,
                format!("`{reference}` and `{l10n}` must have the same wildcards"),
            ));
        }
        Ok(PathSpec {
            reference,
            l10n,
            locales: self.locales(&p.locales)?,
        })
    }

    /// The `[[filters]]` entries, expanded and checked.
    fn filters(&self, entries: Vec<FilterEntry>) -> Result<Vec<Filter>> {
        entries.into_iter().map(|f| self.filter(f)).collect()
    }

    fn filter(&self, f: FilterEntry) -> Result<Filter> {
        let action = match f.action.get_ref().as_str() {
            "error" => FilterAction::Error,
            "warning" => FilterAction::Warning,
            "ignore" => FilterAction::Ignore,
            other => {
                return Err(self.error(
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
            .map(|p| self.expand(p, span.clone()))
            .collect::<Result<Vec<_>>>()?;
        let mut keys = Vec::new();
        for k in f.key.map(OneOrMany::into_vec).unwrap_or_default() {
            keys.push(match k.strip_prefix("re:") {
                Some(re) => {
                    KeyMatch::Regex(regex::Regex::new(&format!("^(?:{re})")).map_err(|e| {
                        self.error(span.start, format!("bad key regex `{re}`: {e}"))
                    })?)
                }
                None => KeyMatch::Exact(k),
            });
        }
        Ok(Filter {
            paths,
            keys,
            action,
        })
    }

    /// The files this one includes (`includes`, excludes if this one is an exclude) and
    /// excludes, read in parallel, in their order.
    fn includes(
        &self,
        includes: &[Include],
        excludes: &[Include],
        exclude: bool,
        stack: &[PathBuf],
    ) -> Result<Vec<SubProject>> {
        let children: Vec<(&Include, bool)> = includes
            .iter()
            .map(|inc| (inc, exclude))
            .chain(excludes.iter().map(|inc| (inc, true)))
            .collect();
        in_order(children.into_par_iter().map(|(inc, is_exclude)| {
            let rel = self.expand(inc.path.get_ref(), inc.path.span())?;
            let child = normalize(&self.loader.root.join(&rel));
            let ctext = crate::error::read_text(&child).map_err(|e| {
                self.error(inc.path.span().start, format!("cannot read include: {e}"))
            })?;
            let cfile: File =
                toml::from_str(&ctext).map_err(|e| Error::from_toml(&child, &ctext, &e))?;
            self.loader
                .read(&child, &ctext, cfile, &self.env, stack, is_exclude)
        }))
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

    /// Files and includes are read in parallel, but the project is built in their order
    /// (a file's own paths, then each include's, then each exclude's) and the error
    /// reported is the first in that order, run after run.
    #[test]
    fn configs_and_errors_come_in_the_order_of_files_and_includes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, text: &str| {
            let f = dir.path().join(name);
            std::fs::write(&f, text).expect("write");
            f
        };
        let paths = |dir: &str| {
            format!("[[paths]]\n  reference = \"en/{dir}/*.ftl\"\n  l10n = \"{{locale}}/{dir}/*.ftl\"\n")
        };
        for (name, dir) in [("one.toml", "one"), ("two.toml", "two"), ("ex.toml", "ex")] {
            write(name, &format!("basepath = \".\"\n{}", paths(dir)));
        }
        let main = write(
            "main.toml",
            &format!(
                "basepath = \".\"\n{}[[includes]]\n  path = \"one.toml\"\n[[excludes]]\n  path = \"ex.toml\"\n[[includes]]\n  path = \"two.toml\"\n",
                paths("main")
            ),
        );
        let other = write(
            "other.toml",
            &format!("basepath = \".\"\n{}", paths("other")),
        );
        let project = load(&[main, other], None).expect("valid");
        let refs = |configs: &[Config]| -> Vec<String> {
            configs
                .iter()
                .flat_map(|c| c.paths.iter().map(|p| p.reference.clone()))
                .collect()
        };
        assert_eq!(
            refs(&project.projects[0].configs),
            ["en/main/*.ftl", "en/one/*.ftl", "en/two/*.ftl"]
        );
        assert_eq!(refs(&project.projects[0].excludes), ["en/ex/*.ftl"]);
        assert_eq!(refs(&project.projects[1].configs), ["en/other/*.ftl"]);

        let bad = |name: &str| write(name, "basepath = \n");
        let (bad1, bad2) = (bad("bad1.toml"), bad("bad2.toml"));
        let includes = write(
            "includes.toml",
            "basepath = \".\"\n[[includes]]\n  path = \"absent.toml\"\n[[includes]]\n  path = \"bad1.toml\"\n",
        );
        for _ in 0..20 {
            let first = load(&[bad1.clone(), bad2.clone()], None).expect_err("bad");
            assert!(first.to_string().contains("bad1.toml"), "{first}");
            let include = load(std::slice::from_ref(&includes), None)
                .expect_err("bad include")
                .to_string();
            assert!(
                include.contains("includes.toml:3:") && include.contains("cannot read include"),
                "{include}"
            );
        }
    }
}
