//! Which files each locale has: reference/translation pairs, missing and obsolete files,
//! resolved as compare-locales resolves them (first matching path wins, excludes per project).

use super::l10n_toml::relative;
use super::pattern::Pattern;
use super::{FilterAction, KeyMatch, Project};
use crate::error::{Error, Result};
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

/// A filter compiled for one file: its action and keys, in file order.
#[derive(Debug, Clone)]
pub struct FileFilter {
    pub keys: Vec<KeyMatch>,
    pub action: FilterAction,
}

#[derive(Debug, Clone)]
pub struct FilePair {
    pub reference: String,
    pub l10n: String,
    pub exists: bool,
    pub filters: Vec<FileFilter>,
}

impl FilePair {
    /// The filter action for `key`, or for the file itself when `key` is `None`, as
    /// compare-locales decides it: the last matching rule wins; rules with keys apply only
    /// to messages and rules without keys only to whole files; the default is `error`.
    pub fn action(&self, key: Option<&str>) -> FilterAction {
        for f in self.filters.iter().rev() {
            match key {
                None if f.keys.is_empty() => return f.action,
                Some(k) if f.keys.iter().any(|m| m.matches(k)) => return f.action,
                _ => {}
            }
        }
        FilterAction::Error
    }
}

#[derive(Debug, Clone, Default)]
pub struct LocaleFiles {
    pub locale: String,
    pub pairs: Vec<FilePair>,
    /// Translation files matching the paths that no reference file maps to.
    pub obsolete: Vec<String>,
}

/// The files under the project's pattern prefixes, listed once for all locales: sorted,
/// and hashed for the lookup of every translation path of every locale.
#[derive(Debug, Default)]
pub struct Tree {
    files: Vec<String>,
    /// Indexes into `files`, hashed by path.
    index: hashbrown::HashTable<usize>,
}

impl Tree {
    /// Lists regular files under each prefix directory. Symbolic links to files count;
    /// linked directories are not entered, so link loops cannot hang the scan.
    pub fn scan(root: &Path, prefixes: &BTreeSet<String>) -> Result<Tree> {
        // The directories to walk: each prefix's directory, unless an ancestor is walked
        // already (shortest first, ancestors looked up by segment: a project of 100
        // locales x 60 paths has thousands of prefixes).
        let mut candidates: Vec<&str> = prefixes
            .iter()
            .map(|p| p.rfind('/').map_or("", |i| &p[..i]))
            .collect();
        candidates.sort_unstable_by_key(|d| (d.len(), *d));
        candidates.dedup();
        let mut kept: HashSet<&str> = HashSet::default();
        let mut dirs: Vec<&str> = Vec::new();
        for dir in candidates {
            let covered = kept.contains("")
                || dir
                    .match_indices('/')
                    .any(|(i, _)| kept.contains(&dir[..i]))
                || kept.contains(dir);
            if !covered {
                kept.insert(dir);
                dirs.push(dir);
            }
        }
        let base = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        // Directories are walked (and their lists sorted) in parallel, one per locale in
        // Mozilla-style trees. No directory holds another, so each one's files are a run of
        // the sorted whole: the sorted lists in the order of their first files (the whole
        // is sorted again only if two lists overlap, as `x` and `./x` would).
        use rayon::prelude::*;
        let mut lists: Vec<Vec<String>> = dirs
            .par_iter()
            .map(|d| {
                let mut files = crate::fs::walk::relative_files(base, d).map_err(Error::from)?;
                files.sort_unstable();
                Ok(files)
            })
            .collect::<Result<_>>()?;
        lists.retain(|l| !l.is_empty());
        lists.sort_unstable_by(|a, b| a.first().cmp(&b.first()));
        let runs = lists.windows(2).all(|w| w[0].last() < w[1].first());
        let mut files: Vec<String> = lists.into_iter().flatten().collect();
        if !runs {
            files.sort_unstable();
        }
        files.dedup();
        let mut index = hashbrown::HashTable::with_capacity(files.len());
        for (i, f) in files.iter().enumerate() {
            index.insert_unique(Pairs::hash(f), i, |&j| Pairs::hash(&files[j]));
        }
        Ok(Tree { files, index })
    }

    /// Files whose path starts with `prefix`.
    pub fn under(&self, prefix: &str) -> &[String] {
        let start = self.files.partition_point(|f| f.as_str() < prefix);
        let end = start + self.files[start..].partition_point(|f| f.starts_with(prefix));
        &self.files[start..end]
    }

    pub fn contains(&self, path: &str) -> bool {
        self.index
            .find(Pairs::hash(path), |&i| self.files[i] == path)
            .is_some()
    }
}

/// A path entry's patterns, compiled, with what they match.
struct Matcher {
    reference: Pattern,
    l10n: Pattern,
    filters: Vec<CompiledFilter>,
    /// The reference files this path matches, with their wildcard captures: the same for
    /// every locale, so found once.
    references: Vec<ReferenceFile>,
}

/// A filter of a config with its path patterns compiled.
#[derive(Clone)]
struct CompiledFilter {
    paths: Vec<Pattern>,
    keys: Vec<KeyMatch>,
    action: FilterAction,
}

/// A reference file a path entry matches, with what its wildcards captured.
struct ReferenceFile {
    path: String,
    captures: Vec<String>,
}

/// A matcher with its config's locales and its path's locales (borrowed from the project:
/// a config lists up to a hundred locales, for every path).
struct LocatedMatcher<'p> {
    config_locales: Locales<'p>,
    path_locales: Locales<'p>,
    matcher: Matcher,
}

/// An exclude pattern with its config's locales and its path's locales.
struct Exclude<'p> {
    config_locales: Locales<'p>,
    path_locales: Locales<'p>,
    l10n: Pattern,
}

/// The compiled patterns of one sub-project.
struct CompiledProject<'p> {
    matchers: Vec<LocatedMatcher<'p>>,
    excludes: Vec<Exclude<'p>>,
}

/// A locale list of the configuration, sorted (a config lists up to a hundred locales,
/// looked up for each of its paths for each locale); `None` means every locale. Shared
/// by the paths of one config.
type Locales<'p> = Option<Arc<[&'p str]>>;

/// `list` sorted for [`listed`].
fn sorted(list: Option<&[String]>) -> Locales<'_> {
    list.map(|v| {
        let mut v: Vec<&str> = v.iter().map(String::as_str).collect();
        v.sort_unstable();
        v.into()
    })
}

/// Whether `list` names `locale`.
fn listed(list: &[&str], locale: &str) -> bool {
    list.binary_search(&locale).is_ok()
}

/// Compiled patterns of a project, shared by every locale.
pub struct Resolver<'p> {
    project: &'p Project,
    /// Per sub-project: its configs' matchers and its excludes.
    compiled: Vec<CompiledProject<'p>>,
    tree: Tree,
    sub_locales: Vec<Vec<&'p str>>,
}

/// What applies to one locale in one sub-project.
struct LocaleScope<'r> {
    /// The matchers of the locale, the last of duplicate l10n patterns only.
    active: Vec<&'r Matcher>,
    /// The exclude patterns that apply to the locale.
    excludes: Vec<&'r Pattern>,
}

impl LocaleScope<'_> {
    fn excluded(&self, path: &str, locale: &str) -> bool {
        self.excludes.iter().any(|p| p.matches(path, locale))
    }
}

/// A locale's pairs, with their translation paths hashed: indexes into `pairs`, hashed by
/// path (no copies of the paths).
#[derive(Default)]
struct Pairs {
    pairs: Vec<FilePair>,
    assigned: hashbrown::HashTable<usize>,
}

impl Pairs {
    fn hash(path: &str) -> u64 {
        std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, path)
    }

    /// Whether a pair has `path` as its translation already.
    fn has(&self, path: &str) -> bool {
        self.assigned
            .find(Self::hash(path), |&i| self.pairs[i].l10n == path)
            .is_some()
    }

    /// Adds `pair`, whose translation path has none yet.
    fn push(&mut self, pair: FilePair) {
        let pairs = &self.pairs;
        self.assigned
            .insert_unique(Self::hash(&pair.l10n), pairs.len(), |&i| {
                Self::hash(&pairs[i].l10n)
            });
        self.pairs.push(pair);
    }
}

/// Compiles a pattern of `project`; an error names its first configuration file.
fn compile(project: &Project, s: &str) -> Result<Pattern> {
    Pattern::new(s).map_err(|m| {
        Error::Usage(format!(
            "{}: {m}",
            project
                .sources
                .first()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        ))
    })
}

/// Compiles the patterns of `sub`, adding to `prefixes` the folders each path entry's
/// files of every locale of `all` lie in.
fn compile_sub<'p>(
    project: &'p Project,
    sub: &'p super::SubProject,
    all: &[String],
    prefixes: &mut BTreeSet<String>,
) -> Result<CompiledProject<'p>> {
    let mut matchers = Vec::new();
    for c in &sub.configs {
        let config_locales = sorted(c.locales.as_deref());
        let filters = c
            .filters
            .iter()
            .map(|f| {
                Ok(CompiledFilter {
                    paths: f
                        .paths
                        .iter()
                        .map(|p| compile(project, p))
                        .collect::<Result<Vec<_>>>()?,
                    keys: f.keys.clone(),
                    action: f.action,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        for p in &c.paths {
            let m = Matcher {
                reference: compile(project, &p.reference)?,
                l10n: compile(project, &p.l10n)?,
                filters: filters.clone(),
                references: Vec::new(),
            };
            prefixes.insert(m.reference.prefix(&project.reference));
            for l in all {
                prefixes.insert(m.l10n.prefix(l));
            }
            matchers.push(LocatedMatcher {
                config_locales: config_locales.clone(),
                path_locales: sorted(p.locales.as_deref()),
                matcher: m,
            });
        }
    }
    let mut excludes = Vec::new();
    for c in &sub.excludes {
        let config_locales = sorted(c.locales.as_deref());
        for p in &c.paths {
            excludes.push(Exclude {
                config_locales: config_locales.clone(),
                path_locales: sorted(p.locales.as_deref()),
                l10n: compile(project, &p.l10n)?,
            });
        }
    }
    Ok(CompiledProject { matchers, excludes })
}

impl<'p> Resolver<'p> {
    pub fn new(project: &'p Project) -> Result<Self> {
        let mut compiled = Vec::new();
        let mut prefixes = BTreeSet::new();
        let mut all = project.locales.clone();
        all.push(project.reference.clone());
        for sub in &project.projects {
            compiled.push(compile_sub(project, sub, &all, &mut prefixes)?);
        }
        let tree = Tree::scan(&project.root, &prefixes)?;
        let reference_locale = &project.reference;
        for m in compiled
            .iter_mut()
            .flat_map(|c| &mut c.matchers)
            .map(|l| &mut l.matcher)
        {
            m.references = tree
                .under(&m.reference.prefix(reference_locale))
                .iter()
                .filter_map(|r| {
                    let caps = m.reference.captures(r, reference_locale)?;
                    Some(ReferenceFile {
                        path: r.clone(),
                        captures: caps.into_iter().map(str::to_string).collect(),
                    })
                })
                .collect();
        }
        Ok(Resolver {
            sub_locales: project.projects.iter().map(|s| s.all_locales()).collect(),
            project,
            compiled,
            tree,
        })
    }

    /// Pairs and obsolete files of `locale`.
    pub fn locale(&self, locale: &str) -> LocaleFiles {
        let mut pairs = Pairs::default();
        // Per sub-project: its active matchers and the excludes that apply, for the
        // obsolete-file pass after every pair is known.
        let mut scopes: Vec<LocaleScope> = Vec::new();
        for (sub, sub_locales) in self.compiled.iter().zip(&self.sub_locales) {
            if !sub_locales.contains(&locale) && locale != self.project.reference {
                continue;
            }
            let scope = scope_of(sub, locale);
            self.assign(&scope, locale, &mut pairs);
            scopes.push(scope);
        }
        let obsolete = self.obsolete(&scopes, locale, &pairs);
        let mut pairs = pairs.pairs;
        // Translation paths are unique: an unstable sort orders them the same.
        pairs.sort_unstable_by(|a, b| a.l10n.cmp(&b.l10n));
        LocaleFiles {
            locale: locale.to_string(),
            pairs,
            obsolete,
        }
    }

    /// Pairs each reference file the scope's paths match with its translation in
    /// `locale`, unless an earlier pair has it or it is excluded: the last declared path
    /// that matches a file decides its reference.
    fn assign(&self, scope: &LocaleScope, locale: &str, pairs: &mut Pairs) {
        let mut caps: Vec<&str> = Vec::new();
        for m in scope.active.iter().rev() {
            for r in &m.references {
                caps.clear();
                caps.extend(r.captures.iter().map(String::as_str));
                let l10n = m.l10n.fill(&caps, locale);
                if pairs.has(&l10n) || scope.excluded(&l10n, locale) {
                    continue;
                }
                let filters = m
                    .filters
                    .iter()
                    .filter(|f| f.paths.iter().any(|p| p.matches(&l10n, locale)))
                    .map(|f| FileFilter {
                        keys: f.keys.clone(),
                        action: f.action,
                    })
                    .collect();
                pairs.push(FilePair {
                    reference: r.path.clone(),
                    exists: self.tree.contains(&l10n),
                    l10n,
                    filters,
                });
            }
        }
    }

    /// Files of the locale no reference maps to, but a translation pattern matches,
    /// sorted: the test runs only for files without a pair (nearly every file has one).
    fn obsolete(&self, scopes: &[LocaleScope], locale: &str, pairs: &Pairs) -> Vec<String> {
        let mut obsolete: Vec<String> = Vec::new();
        for scope in scopes {
            for m in scope.active.iter().rev() {
                for f in self.tree.under(&m.l10n.prefix(locale)) {
                    if !pairs.has(f) && m.l10n.matches(f, locale) && !scope.excluded(f, locale) {
                        obsolete.push(f.clone());
                    }
                }
            }
        }
        obsolete.sort();
        obsolete.dedup();
        obsolete
    }

    /// Every reference file of the project (those of all path entries).
    pub fn reference_files(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .compiled
            .iter()
            .flat_map(|c| &c.matchers)
            .flat_map(|l| l.matcher.references.iter().map(|r| r.path.clone()))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Per sub-project, each path entry's reference pattern with the number of reference
    /// files it matched: one that matches nothing is usually a mistake (see
    /// [`Project::verify`]).
    pub fn reference_matches(&self) -> Vec<Vec<(&str, usize)>> {
        self.compiled
            .iter()
            .map(|c| {
                c.matchers
                    .iter()
                    .map(|l| {
                        let m = &l.matcher;
                        (m.reference.text.as_str(), m.references.len())
                    })
                    .collect()
            })
            .collect()
    }

    /// Path of a tree file relative to the current directory's view of the root.
    pub fn absolute(&self, rel: &str) -> std::path::PathBuf {
        self.project.root.join(rel)
    }
}

/// What of `sub` applies to `locale`.
fn scope_of<'r>(sub: &'r CompiledProject, locale: &str) -> LocaleScope<'r> {
    let applies = |ls: &Locales| ls.as_ref().is_none_or(|v| listed(v, locale));
    // An exclude takes effect only for locales its config lists (compare-locales); which
    // ones apply is decided once per locale, not once per path.
    let excludes: Vec<&Pattern> = sub
        .excludes
        .iter()
        .filter(|e| {
            e.config_locales.as_ref().is_some_and(|v| listed(v, locale)) && applies(&e.path_locales)
        })
        .map(|e| &e.l10n)
        .collect();
    // Duplicate l10n patterns: the last definition wins (compare-locales).
    let list: Vec<&Matcher> = sub
        .matchers
        .iter()
        .filter(|l| applies(&l.config_locales) && applies(&l.path_locales))
        .map(|l| &l.matcher)
        .collect();
    let mut seen: HashSet<&str> = HashSet::default();
    let mut active: Vec<&Matcher> = list
        .iter()
        .rev()
        .filter(|m| seen.insert(m.l10n.text.as_str()))
        .copied()
        .collect();
    active.reverse();
    LocaleScope { active, excludes }
}

/// Display form of a path under the root.
pub fn display(root: &Path, path: &Path) -> String {
    relative(root, path)
}
