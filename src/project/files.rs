//! Which files each locale has: reference/translation pairs, missing and obsolete files,
//! resolved as compare-locales resolves them (first matching path wins, excludes per project).

use super::l10n_toml::relative;
use super::pattern::Pattern;
use super::{FilterAction, KeyMatch, Project};
use crate::error::{Error, Result};
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeSet;
use std::path::Path;

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

/// The files under the project's pattern prefixes, listed once for all locales.
#[derive(Debug, Default)]
pub struct Tree {
    files: Vec<String>,
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
        candidates.sort_by_key(|d| (d.len(), *d));
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
        // Directories are walked in parallel (one per locale in Mozilla-style trees).
        use rayon::prelude::*;
        let lists: Vec<Vec<String>> = dirs
            .par_iter()
            .map(|d| crate::fs::walk::relative_files(base, d).map_err(Error::from))
            .collect::<Result<_>>()?;
        let mut files: Vec<String> = lists.into_iter().flatten().collect();
        files.sort();
        files.dedup();
        Ok(Tree { files })
    }

    /// Files whose path starts with `prefix`.
    pub fn under(&self, prefix: &str) -> &[String] {
        let start = self.files.partition_point(|f| f.as_str() < prefix);
        let end = start + self.files[start..].partition_point(|f| f.starts_with(prefix));
        &self.files[start..end]
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files
            .binary_search_by(|f| f.as_str().cmp(path))
            .is_ok()
    }
}

struct Matcher {
    reference: Pattern,
    l10n: Pattern,
    filters: Vec<(Vec<Pattern>, Vec<KeyMatch>, FilterAction)>,
    /// The reference files this path matches, with their wildcard captures: the same for
    /// every locale, so found once.
    references: Vec<(String, Vec<String>)>,
}

/// A matcher with its config index, the config's locales and the path's locales
/// (borrowed from the project: a config lists up to a hundred locales, for every path).
type LocatedMatcher<'p> = (usize, Locales<'p>, Locales<'p>, Matcher);
/// An exclude pattern with its config's locales and the path's locales.
type Exclude<'p> = (Locales<'p>, Locales<'p>, Pattern);
/// A locale list of the configuration; `None` means every locale.
type Locales<'p> = Option<&'p [String]>;

/// Compiled patterns of a project, shared by every locale.
pub struct Resolver<'p> {
    project: &'p Project,
    /// Per sub-project: (configs' matchers with their config's locales and path locales), excludes.
    compiled: Vec<(Vec<LocatedMatcher<'p>>, Vec<Exclude<'p>>)>,
    tree: Tree,
    sub_locales: Vec<Vec<&'p str>>,
}

impl<'p> Resolver<'p> {
    pub fn new(project: &'p Project) -> Result<Self> {
        let compile = |s: &str| {
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
        };
        let mut compiled = Vec::new();
        let mut prefixes = BTreeSet::new();
        let mut all = project.locales.clone();
        all.push(project.reference.clone());
        for sub in &project.projects {
            let mut matchers = Vec::new();
            for (ci, c) in sub.configs.iter().enumerate() {
                let filters = c
                    .filters
                    .iter()
                    .map(|f| {
                        Ok((
                            f.paths
                                .iter()
                                .map(|p| compile(p))
                                .collect::<Result<Vec<_>>>()?,
                            f.keys.clone(),
                            f.action,
                        ))
                    })
                    .collect::<Result<Vec<_>>>()?;
                for p in &c.paths {
                    let m = Matcher {
                        reference: compile(&p.reference)?,
                        l10n: compile(&p.l10n)?,
                        filters: filters.clone(),
                        references: Vec::new(),
                    };
                    prefixes.insert(m.reference.prefix(&project.reference));
                    for l in &all {
                        prefixes.insert(m.l10n.prefix(l));
                    }
                    matchers.push((ci, c.locales.as_deref(), p.locales.as_deref(), m));
                }
            }
            let mut excludes = Vec::new();
            for c in &sub.excludes {
                for p in &c.paths {
                    excludes.push((
                        c.locales.as_deref(),
                        p.locales.as_deref(),
                        compile(&p.l10n)?,
                    ));
                }
            }
            compiled.push((matchers, excludes));
        }
        let tree = Tree::scan(&project.root, &prefixes)?;
        let reference_locale = &project.reference;
        for (matchers, _) in &mut compiled {
            for (_, _, _, m) in matchers.iter_mut() {
                m.references = tree
                    .under(&m.reference.prefix(reference_locale))
                    .iter()
                    .filter_map(|r| {
                        let caps = m.reference.captures(r, reference_locale)?;
                        Some((r.clone(), caps.into_iter().map(str::to_string).collect()))
                    })
                    .collect();
            }
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
        let applies = |ls: &Locales| ls.is_none_or(|v| v.iter().any(|l| l == locale));
        let mut out = LocaleFiles {
            locale: locale.to_string(),
            ..LocaleFiles::default()
        };
        // Translation paths already given a reference: indexes into `out.pairs`, hashed
        // by path (no copies of the paths).
        let hash = |p: &str| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, p);
        let mut assigned: hashbrown::HashTable<usize> = hashbrown::HashTable::new();
        let is_assigned = |assigned: &hashbrown::HashTable<usize>, pairs: &[FilePair], p: &str| {
            assigned.find(hash(p), |&i| pairs[i].l10n == p).is_some()
        };
        // Per sub-project: its active matchers and the excludes that apply, for the
        // obsolete-file pass after every pair is known.
        let mut scopes: Vec<(Vec<&Matcher>, Vec<&Pattern>)> = Vec::new();
        let excluded = |mine: &[&Pattern], path: &str| mine.iter().any(|p| p.matches(path, locale));
        for ((matchers, excludes), sub_locales) in self.compiled.iter().zip(&self.sub_locales) {
            if !sub_locales.contains(&locale) && locale != self.project.reference {
                continue;
            }
            // An exclude takes effect only for locales its config lists (compare-locales);
            // which ones apply is decided once per locale, not once per path.
            let mine: Vec<&Pattern> = excludes
                .iter()
                .filter(|(cl, pl, _)| {
                    cl.is_some_and(|v| v.iter().any(|l| l == locale)) && applies(pl)
                })
                .map(|(_, _, p)| p)
                .collect();
            // Duplicate l10n patterns: the last definition wins (compare-locales).
            let active: Vec<&Matcher> = {
                let list: Vec<_> = matchers
                    .iter()
                    .filter(|(_, cl, pl, _)| applies(cl) && applies(pl))
                    .map(|(_, _, _, m)| m)
                    .collect();
                let mut seen: HashSet<&str> = HashSet::default();
                let mut keep: Vec<&Matcher> = list
                    .iter()
                    .rev()
                    .filter(|m| seen.insert(m.l10n.text.as_str()))
                    .copied()
                    .collect();
                keep.reverse();
                keep
            };
            // The last declared path that matches a file decides its reference.
            let mut caps: Vec<&str> = Vec::new();
            for m in active.iter().rev() {
                for (r, captured) in &m.references {
                    caps.clear();
                    caps.extend(captured.iter().map(String::as_str));
                    let l10n = m.l10n.fill(&caps, locale);
                    if is_assigned(&assigned, &out.pairs, &l10n) || excluded(&mine, &l10n) {
                        continue;
                    }
                    let filters = m
                        .filters
                        .iter()
                        .filter(|(paths, _, _)| paths.iter().any(|p| p.matches(&l10n, locale)))
                        .map(|(_, keys, action)| FileFilter {
                            keys: keys.clone(),
                            action: *action,
                        })
                        .collect();
                    let pairs = &out.pairs;
                    assigned.insert_unique(hash(&l10n), pairs.len(), |&i| hash(&pairs[i].l10n));
                    out.pairs.push(FilePair {
                        reference: r.clone(),
                        exists: self.tree.contains(&l10n),
                        l10n,
                        filters,
                    });
                }
            }
            scopes.push((active, mine));
        }
        // Files of the locale no reference maps to, but a translation pattern matches: the
        // test runs only for files without a pair (nearly every file has one).
        let mut obsolete: Vec<String> = Vec::new();
        for (active, mine) in &scopes {
            for m in active.iter().rev() {
                for f in self.tree.under(&m.l10n.prefix(locale)) {
                    if !is_assigned(&assigned, &out.pairs, f)
                        && m.l10n.matches(f, locale)
                        && !excluded(mine, f)
                    {
                        obsolete.push(f.clone());
                    }
                }
            }
        }
        obsolete.sort();
        obsolete.dedup();
        out.obsolete = obsolete;
        out.pairs.sort_by(|a, b| a.l10n.cmp(&b.l10n));
        out
    }

    /// Every reference file of the project (those of all path entries).
    pub fn reference_files(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .compiled
            .iter()
            .flat_map(|(matchers, _)| matchers)
            .flat_map(|(_, _, _, m)| m.references.iter().map(|(r, _)| r.clone()))
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
            .map(|(matchers, _)| {
                matchers
                    .iter()
                    .map(|(_, _, _, m)| (m.reference.text.as_str(), m.references.len()))
                    .collect()
            })
            .collect()
    }

    /// Path of a tree file relative to the current directory's view of the root.
    pub fn absolute(&self, rel: &str) -> std::path::PathBuf {
        self.project.root.join(rel)
    }
}

/// Display form of a path under the root.
pub fn display(root: &Path, path: &Path) -> String {
    relative(root, path)
}
