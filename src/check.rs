//! The check pipeline: project → files (parsed once, in parallel) → rules → diagnostics.
//!
//! [`check_project`] is a short sequence of steps: read the reference and the glossaries, check the
//! reference and every locale in parallel (each locale read, checked and dropped in one
//! task), then put the findings and counts together. Which rules run is decided in
//! [`rules::dispatch`].

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::ftl::{LocaleIndex, SourceFile};
use crate::glossary::Glossary;
use crate::project::files::{FilePair, LocaleFiles, Resolver};
use crate::project::{FilterAction, Project};
use crate::rules::dispatch::{self, Terminology};
use crate::rules::terms::LocaleTerms;
use crate::rules::{self, Action, Sink};
use crate::summary::completion;
use crate::summary::{LocaleSummary, Summary};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Everything a run found, ready for a renderer.
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
    /// Parsed files by project-relative path, for snippets and fixes.
    pub files: HashMap<String, Arc<SourceFile>>,
    /// Every file checked (or found missing), per locale, for per-file reports.
    pub checked: std::collections::BTreeMap<String, Vec<String>>,
}

impl Outcome {
    /// Recomputes the counts after findings were removed (baseline).
    pub fn recount(&mut self) {
        let s = &mut self.summary;
        s.errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        s.warnings = self.diagnostics.len() - s.errors;
        for l in s.per_locale.values_mut() {
            l.errors = 0;
            l.warnings = 0;
        }
        for d in &self.diagnostics {
            if let Some(l) = s.per_locale.get_mut(d.locale.as_str()) {
                l.count(d.severity);
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Reads and parses `paths` (relative to the root) in parallel, each once.
pub fn load_all(project: &Project, paths: &[String]) -> Result<HashMap<String, Arc<SourceFile>>> {
    paths
        .par_iter()
        .map(|rel| load(project, rel).map(|f| (rel.clone(), f)))
        .collect()
}

fn load(project: &Project, rel: &str) -> Result<Arc<SourceFile>> {
    let abs = project.root.join(rel);
    SourceFile::load(&abs, rel)
        .map(Arc::new)
        .map_err(|e| Error::io(abs, e))
}

/// Runs every rule on the project. With `keep_sources`, the outcome keeps the files that
/// findings point into (for snippets and fixes); machine formats do not need them.
pub fn check_project(project: &Project, keep_sources: bool) -> Result<Outcome> {
    let resolver = Resolver::new(project)?;
    project.verify(&resolver.reference_matches())?;
    let reference_paths = resolver.reference_files();
    // The reference is read while the locales' file sets are worked out and the glossaries
    // read: none needs another.
    let (reference, (locale_files, glossary)) = rayon::join(
        || Reference::load(project, &reference_paths),
        || {
            let files: Vec<LocaleFiles> = project
                .locales
                .par_iter()
                .map(|l| resolver.locale(l))
                .collect();
            (files, load_glossaries(project))
        },
    );
    // A glossary's error first: it is the user's configuration, the reference is data.
    let glossary = glossary?;
    let reference = reference?;
    let context = Context::new(project, &reference, &glossary);
    let (reference_findings, locales) = rayon::join(
        || context.check_reference(),
        || {
            locale_files
                .par_iter()
                .map(|lf| context.check_locale(lf, keep_sources))
                .collect::<Result<Vec<_>>>()
        },
    );
    Ok(assemble(project, reference, reference_findings, locales?))
}

fn load_glossaries(project: &Project) -> Result<Glossary> {
    let mut all = Glossary::default();
    for g in &project.glossaries {
        all.extend(crate::glossary::load(g)?);
    }
    Ok(all)
}

/// The reference locale's files, read once for every locale.
struct Reference {
    paths: Vec<String>,
    by_path: HashMap<String, Arc<SourceFile>>,
    /// In `paths` order.
    files: Vec<Arc<SourceFile>>,
    index: LocaleIndex,
}

impl Reference {
    fn load(project: &Project, paths: &[String]) -> Result<Reference> {
        let by_path = load_all(project, paths)?;
        let files: Vec<Arc<SourceFile>> = paths
            .iter()
            .filter_map(|p| by_path.get(p).cloned())
            .collect();
        let index = LocaleIndex::new(files.clone());
        Ok(Reference {
            paths: paths.to_vec(),
            by_path,
            files,
            index,
        })
    }

    /// Distinct ids: every definition but the first of an id is a duplicate.
    fn messages(&self) -> usize {
        let all: usize = self.files.iter().map(|f| f.model.entries.len()).sum();
        all - self.index.duplicates.len()
    }

    /// Ids the reference defines in more than one file: a locale that does the same only
    /// mirrors it.
    fn mirrored(&self) -> HashSet<&str> {
        self.index
            .duplicates
            .iter()
            .filter(|((fi, _), (f0, _))| fi != f0)
            .map(|&((fi, ei), _)| self.files[fi].model.entries[ei].id.as_str())
            .collect()
    }
}

/// What every locale's check shares.
struct Context<'a> {
    project: &'a Project,
    reference: &'a Reference,
    mirrored: HashSet<&'a str>,
    glossary: &'a Glossary,
    /// The reference's glossary terms and their findings (only with a glossary): every
    /// locale's `missing-term` needs them.
    reference_terms: Option<(LocaleTerms, Vec<Diagnostic>)>,
}

/// One locale's share of the outcome.
struct LocaleRun {
    locale: String,
    findings: Vec<Diagnostic>,
    summary: LocaleSummary,
    /// The files findings point into (with `keep_sources`).
    kept: Vec<Arc<SourceFile>>,
    checked: Vec<String>,
    files_read: usize,
}

impl<'a> Context<'a> {
    fn new(project: &'a Project, reference: &'a Reference, glossary: &'a Glossary) -> Self {
        let reference_terms = (!glossary.concepts.is_empty()).then(|| {
            let mut sink = Sink::new(&project.reference, &project.severities);
            let terms = dispatch::locale_terms(&mut sink, &reference.files, glossary);
            (terms, sink.out)
        });
        Context {
            project,
            reference,
            mirrored: reference.mirrored(),
            glossary,
            reference_terms,
        }
    }

    fn sink(&self, locale: &'a str) -> Sink<'a> {
        let mut sink = Sink::new(locale, &self.project.severities);
        sink.reference = Some(&self.reference.index);
        sink.typography = Some(&self.project.typography);
        sink
    }

    /// The file rules on each file of a locale, in parallel (the reference's own files
    /// are checked without a reference).
    fn check_files(
        &self,
        locale: &'a str,
        files: &[Arc<SourceFile>],
        index: &LocaleIndex,
    ) -> Vec<Diagnostic> {
        let cats = rules::plurals::categories(locale);
        let is_reference = locale == self.project.reference;
        let found: Vec<Vec<Diagnostic>> = files
            .par_iter()
            .map(|f| {
                let mut sink = self.sink(locale);
                if is_reference {
                    sink.reference = None;
                }
                dispatch::file(&mut sink, f, index, cats.as_ref());
                sink.out
            })
            .collect();
        found.into_iter().flatten().collect()
    }

    /// The reference locale's own findings (its files and terminology), suppressions applied.
    fn check_reference(&self) -> Vec<Diagnostic> {
        let project = self.project;
        let mut sink = Sink::new(&project.reference, &project.severities);
        sink.typography = Some(&project.typography);
        dispatch::locale(&mut sink, &self.reference.index, None);
        sink.out.extend(self.check_files(
            &project.reference,
            &self.reference.files,
            &self.reference.index,
        ));
        if let Some((_, findings)) = &self.reference_terms {
            sink.out.extend(findings.iter().cloned());
        }
        let found = std::mem::take(&mut sink.out);
        let kept = rules::suppress::apply(&mut sink, found, &self.reference.files);
        sink.out.extend(kept);
        sink.out.retain(|d| self.in_scope(&d.path));
        sink.out
    }

    /// Whether findings about `rel` are reported: with paths named on the command line,
    /// every file of a locale is read (messages refer across files) but only the named
    /// ones are reported on.
    fn in_scope(&self, rel: &str) -> bool {
        self.project.scope.as_ref().is_none_or(|s| s.contains(rel))
    }

    /// Reads, parses and checks one locale; its files are then dropped (but those a
    /// finding points into), so memory stays at a few locales, not the corpus.
    fn check_locale(&self, lf: &'a LocaleFiles, keep_sources: bool) -> Result<LocaleRun> {
        let locale = lf.locale.as_str();
        let own = load_locale(self.project, lf)?;
        let index = LocaleIndex::new(own.clone());
        let mut sink = self.sink(locale);
        dispatch::locale(&mut sink, &index, Some(&self.mirrored));
        sink.out.extend(self.check_files(locale, &own, &index));
        let terms = self
            .reference_terms
            .as_ref()
            .map(|_| dispatch::locale_terms(&mut sink, &own, self.glossary));
        let summary = self.check_pairs(&mut sink, lf, &own, terms.as_ref());
        // An obsolete file is a finding of its own; its messages are not counted as
        // obsolete (compare-locales counts them nowhere either).
        for o in &lf.obsolete {
            rules::files::obsolete(&mut sink, o, None);
        }
        let found = std::mem::take(&mut sink.out);
        let kept = rules::suppress::apply(&mut sink, found, &own);
        sink.out.extend(kept);
        sink.out.retain(|d| self.in_scope(&d.path));
        let mut run = finish_locale(lf, sink.out, summary, own, keep_sources);
        run.checked.retain(|p| self.in_scope(p));
        Ok(run)
    }

    /// Every file pair of a locale, in parallel; returns the locale's message counts.
    fn check_pairs(
        &self,
        sink: &mut Sink<'a>,
        lf: &'a LocaleFiles,
        own: &[Arc<SourceFile>],
        terms: Option<&LocaleTerms>,
    ) -> LocaleSummary {
        let by_path: HashMap<&str, &Arc<SourceFile>> =
            own.iter().map(|f| (f.rel.as_str(), f)).collect();
        let compared: Vec<(Vec<Diagnostic>, [usize; 3])> = lf
            .pairs
            .par_iter()
            .map(|p| {
                let mut pair_sink = self.sink(&lf.locale);
                let counts = self.check_pair(&mut pair_sink, p, &by_path, terms);
                (pair_sink.out, counts)
            })
            .collect();
        let mut summary = LocaleSummary::default();
        for ((out, [messages, missing, obsolete]), pair) in compared.into_iter().zip(&lf.pairs) {
            sink.out.extend(out);
            // Named paths: the counts of their files only.
            if !self.in_scope(&pair.l10n) {
                continue;
            }
            summary.messages += messages;
            summary.missing += missing;
            summary.obsolete += obsolete;
        }
        summary
    }

    /// One translation file against its reference: [messages, missing, obsolete].
    fn check_pair(
        &self,
        sink: &mut Sink,
        p: &FilePair,
        by_path: &HashMap<&str, &Arc<SourceFile>>,
        terms: Option<&LocaleTerms>,
    ) -> [usize; 3] {
        let Some(r) = self.reference.by_path.get(&p.reference) else {
            return [0; 3];
        };
        if !p.exists {
            // As in compare-locales, a missing file's messages count as missing unless a
            // filter ignores the file.
            let n = count_ids(r);
            let lowered = match p.action(None) {
                FilterAction::Ignore => return [0; 3],
                FilterAction::Warning => Some(Severity::Warning),
                FilterAction::Error => None,
            };
            rules::files::missing(sink, &p.l10n, &r.rel, n, lowered);
            return [n, n, 0];
        }
        let Some(l) = by_path.get(p.l10n.as_str()) else {
            return [0; 3];
        };
        let terminology = match (&self.reference_terms, terms) {
            (Some((reference, _)), Some(locale)) => Some(Terminology {
                glossary: self.glossary,
                reference,
                locale,
            }),
            _ => None,
        };
        let filter = |key: &str| action(p.action(Some(key)));
        let c = dispatch::file_pair(
            sink,
            r,
            l,
            &self.project.reference,
            &filter,
            terminology.as_ref(),
        );
        [c.reference, c.missing, c.obsolete]
    }
}

/// Reads and parses a locale's files (those paired with a reference file, then its
/// obsolete ones), in parallel: a run of one locale still uses every core.
fn load_locale(project: &Project, lf: &LocaleFiles) -> Result<Vec<Arc<SourceFile>>> {
    let mut paths: Vec<&String> = lf
        .pairs
        .iter()
        .filter(|p| p.exists)
        .map(|p| &p.l10n)
        .collect();
    paths.extend(lf.obsolete.iter());
    paths.par_iter().map(|rel| load(project, rel)).collect()
}

fn action(a: FilterAction) -> Action {
    match a {
        FilterAction::Error => Action::Report(None),
        FilterAction::Warning => Action::Report(Some(Severity::Warning)),
        FilterAction::Ignore => Action::Ignore,
    }
}

fn finish_locale(
    lf: &LocaleFiles,
    findings: Vec<Diagnostic>,
    mut summary: LocaleSummary,
    own: Vec<Arc<SourceFile>>,
    keep_sources: bool,
) -> LocaleRun {
    summary.completion = completion(summary.messages, summary.missing);
    findings.iter().for_each(|d| summary.count(d.severity));
    let pointed: HashSet<&str> = if keep_sources {
        findings.iter().map(|d| d.path.as_str()).collect()
    } else {
        HashSet::default()
    };
    let kept = own
        .iter()
        .filter(|f| pointed.contains(f.rel.as_str()))
        .cloned()
        .collect();
    let mut checked: Vec<String> = lf.pairs.iter().map(|p| p.l10n.clone()).collect();
    checked.extend(lf.obsolete.iter().cloned());
    checked.sort();
    LocaleRun {
        locale: lf.locale.clone(),
        findings,
        summary,
        kept,
        checked,
        files_read: own.len(),
    }
}

/// Puts the reference's and the locales' findings and counts together, in output order.
fn assemble(
    project: &Project,
    reference: Reference,
    mut diagnostics: Vec<Diagnostic>,
    locales: Vec<LocaleRun>,
) -> Outcome {
    let mut reference_summary = LocaleSummary {
        messages: reference.messages(),
        completion: 100.0,
        ..LocaleSummary::default()
    };
    diagnostics
        .iter()
        .for_each(|d| reference_summary.count(d.severity));
    let mut per_locale = BTreeMap::new();
    per_locale.insert(project.reference.clone(), reference_summary);
    let mut checked = BTreeMap::new();
    let mut reference_checked = reference.paths;
    if let Some(scope) = &project.scope {
        reference_checked.retain(|p| scope.contains(p));
    }
    checked.insert(project.reference.clone(), reference_checked);
    let mut files = reference.by_path;
    let mut count = files.len();
    for run in locales {
        diagnostics.extend(run.findings);
        per_locale.insert(run.locale.clone(), run.summary);
        files.extend(run.kept.into_iter().map(|f| (f.rel.to_string(), f)));
        count += run.files_read;
        checked.insert(run.locale, run.checked);
    }
    diagnostic::sort(&mut diagnostics);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let summary = Summary {
        files: count,
        locales: project.locales.len() + 1,
        errors,
        warnings: diagnostics.len() - errors,
        per_locale,
    };
    Outcome {
        diagnostics,
        summary,
        files,
        checked,
    }
}

fn count_ids(f: &SourceFile) -> usize {
    f.model
        .entries
        .iter()
        .map(|e| e.id.as_str())
        .collect::<HashSet<_>>()
        .len()
}

/// Every file a check of `project` reads (reference and translations).
pub fn file_list(project: &Project) -> Result<Vec<String>> {
    let resolver = Resolver::new(project)?;
    let mut wanted: BTreeSet<String> = resolver.reference_files().into_iter().collect();
    for l in &project.locales {
        let lf = resolver.locale(l);
        wanted.extend(lf.pairs.into_iter().filter(|p| p.exists).map(|p| p.l10n));
        wanted.extend(lf.obsolete);
    }
    Ok(wanted.into_iter().collect())
}

/// Parse-only pass over `files` (read + fluent-syntax, same thread pool): the benchmark's
/// baseline. Returns the number of entries parsed.
pub fn parse_only(project: &Project, files: &[String]) -> Result<usize> {
    let n: Result<Vec<usize>> = files
        .par_iter()
        .map(|rel| {
            let abs = project.root.join(rel);
            let text = std::fs::read_to_string(&abs).map_err(|e| Error::io(&abs, e))?;
            Ok(fluent_syntax::parser::parse(text.as_str())
                .map(|r| r.body.len())
                .unwrap_or_else(|(r, _)| r.body.len()))
        })
        .collect();
    Ok(n?.into_iter().sum())
}
