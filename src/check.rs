//! The check pipeline: project → files (parsed once, in parallel) → rules → diagnostics.
//!
//! [`check_project`] is a short sequence of steps: read the reference and the glossaries, check the
//! reference and every locale in parallel (each locale read, checked and dropped in one
//! task), then put the findings and counts together. Which rules run is decided in
//! [`rules::dispatch`].

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::ftl::{LocaleIndex, SourceFile};
use crate::glossary::{Glossary, LocaleMatcher};
use crate::project::files::{FilePair, LocaleFiles, Resolver};
use crate::project::{FilterAction, Project};
use crate::rules::dispatch::{self, Terminology};
use crate::rules::terms::{LocaleTerms, Occurrence};
use crate::rules::ReferenceFacts;
use crate::rules::{self, Action, Sink};
use crate::summary::completion;
use crate::summary::{LocaleSummary, Summary};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
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
    let terms = reference_terms(project, &reference, &glossary, None);
    let context = Context::new(project, &reference, &glossary, terms.as_ref());
    let (reference_findings, locales) = rayon::join(
        || context.check_reference(None),
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
    facts: ReferenceFacts,
}

impl Reference {
    fn load(project: &Project, paths: &[String]) -> Result<Reference> {
        let by_path = load_all(project, paths)?;
        let files: Vec<Arc<SourceFile>> = paths
            .iter()
            .filter_map(|p| by_path.get(p).cloned())
            .collect();
        let index = LocaleIndex::new(files.clone());
        let facts = ReferenceFacts::new(&index);
        Ok(Reference {
            paths: paths.to_vec(),
            by_path,
            files,
            index,
            facts,
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
    reference_terms: Option<&'a ReferenceTerms>,
}

/// The reference's glossary terms (none when the glossary has none of its language) and
/// the findings about them.
type ReferenceTerms = (Option<LocaleTerms>, Vec<Diagnostic>);

/// The reference's terms (only with a glossary), with `matcher` when one is kept.
fn reference_terms(
    project: &Project,
    reference: &Reference,
    glossary: &Glossary,
    matcher: Option<&LocaleMatcher>,
) -> Option<ReferenceTerms> {
    (!glossary.concepts.is_empty()).then(|| {
        let mut sink = Sink::new(&project.reference, &project.severities);
        let terms = dispatch::locale_terms(&mut sink, &reference.files, glossary, matcher, None);
        dispatch::glossary(&mut sink, glossary, &project.locales);
        (terms, sink.out)
    })
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
    fn new(
        project: &'a Project,
        reference: &'a Reference,
        glossary: &'a Glossary,
        reference_terms: Option<&'a ReferenceTerms>,
    ) -> Self {
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
        sink.facts = Some(&self.reference.facts);
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
        // Only select expressions need the plural categories (1,001 samples each).
        let cats = files
            .iter()
            .any(|f| f.model.has_selects())
            .then(|| rules::plurals::categories(locale))
            .flatten();
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

    /// The reference locale's own findings (its files and terminology), suppressions
    /// applied; with `only`, those about that one file.
    fn check_reference(&self, only: Option<&str>) -> Vec<Diagnostic> {
        let project = self.project;
        // A run of some locales only (`--locale it`, or `it/` named as a path) reports
        // on them alone: the reference's own findings are not looked for.
        let reported = |f: &Arc<SourceFile>| self.in_scope(&f.rel);
        if only.is_none()
            && (project.reference_left_out || !self.reference.files.iter().any(reported))
        {
            return Vec::new();
        }
        let mut sink = Sink::new(&project.reference, &project.severities);
        sink.typography = Some(&project.typography);
        dispatch::locale(&mut sink, &self.reference.index, None);
        let files = only_file(&self.reference.files, only);
        sink.out
            .extend(self.check_files(&project.reference, &files, &self.reference.index));
        if let Some((_, findings)) = &self.reference_terms {
            sink.out.extend(findings.iter().cloned());
        }
        let mut found = std::mem::take(&mut sink.out);
        found.retain(|d| only.is_none_or(|o| d.path == o));
        let kept = rules::suppress::apply(&mut sink, found, &files);
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
        let own = load_locale(self.project, lf)?;
        let (found, summary) = self.check_loaded(lf, &own, None, None);
        let mut run = finish_locale(lf, found, summary, own, keep_sources);
        run.checked.retain(|p| self.in_scope(p));
        Ok(run)
    }

    /// Checks a locale whose files are read (`own`). With `only`, checks and reports on
    /// that one file: the others are there for what messages refer to across files
    /// (duplicates, references, terminology). `kept`: the locale's terminology, when a
    /// [`Workspace`] keeps it between checks.
    fn check_loaded(
        &self,
        lf: &'a LocaleFiles,
        own: &[Arc<SourceFile>],
        only: Option<&str>,
        kept: Option<KeptTerms>,
    ) -> (Vec<Diagnostic>, LocaleSummary) {
        let locale = lf.locale.as_str();
        let index = LocaleIndex::new(own.to_vec());
        let files = only_file(own, only);
        // The locale-wide rules (consistency reads every file) run beside the file and
        // pair rules: a run of one locale would otherwise wait for them on one core.
        let (mut found, (rest, summary)) = rayon::join(
            || {
                let mut sink = self.sink(locale);
                dispatch::locale(&mut sink, &index, Some(&self.mirrored));
                sink.out
            },
            || {
                let mut sink = self.sink(locale);
                sink.out = self.check_files(locale, &files, &index);
                let terms = self.reference_terms.and_then(|_| match (kept, only) {
                    (Some(kept), Some(only)) => {
                        kept.locale_terms(&mut sink, own, self.glossary, only)
                    }
                    (kept, _) => {
                        let matcher = kept.map(|k| k.matcher);
                        dispatch::locale_terms(&mut sink, own, self.glossary, matcher, None)
                    }
                });
                let summary = self.check_pairs(&mut sink, lf, own, &index, terms.as_ref(), only);
                (sink.out, summary)
            },
        );
        found.extend(rest);
        let mut sink = self.sink(locale);
        // An obsolete file is a finding of its own; its messages are not counted as
        // obsolete (compare-locales counts them nowhere either).
        for o in lf.obsolete.iter().filter(|o| only.is_none_or(|x| x == *o)) {
            rules::files::obsolete(&mut sink, o, None);
        }
        found.append(&mut sink.out);
        found.retain(|d| only.is_none_or(|o| d.path == o));
        let kept = rules::suppress::apply(&mut sink, found, &files);
        sink.out.extend(kept);
        sink.out.retain(|d| self.in_scope(&d.path));
        (sink.out, summary)
    }

    /// Every file pair of a locale (the pair of `only`, when given), in parallel; returns
    /// the locale's message counts.
    fn check_pairs(
        &self,
        sink: &mut Sink<'a>,
        lf: &'a LocaleFiles,
        own: &[Arc<SourceFile>],
        index: &LocaleIndex,
        terms: Option<&LocaleTerms>,
        only: Option<&str>,
    ) -> LocaleSummary {
        let by_path: HashMap<&str, &Arc<SourceFile>> =
            own.iter().map(|f| (f.rel.as_str(), f)).collect();
        let pairs: Vec<&FilePair> = lf
            .pairs
            .iter()
            .filter(|p| only.is_none_or(|o| p.l10n == o))
            .collect();
        let compared: Vec<(Vec<Diagnostic>, [usize; 3])> = pairs
            .par_iter()
            .map(|p| {
                let mut pair_sink = self.sink(&lf.locale);
                pair_sink.defined = Some(index);
                let counts = self.check_pair(&mut pair_sink, p, &by_path, terms);
                (pair_sink.out, counts)
            })
            .collect();
        let mut summary = LocaleSummary::default();
        for ((out, [messages, missing, obsolete]), pair) in compared.into_iter().zip(pairs) {
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
            (Some((Some(reference), _)), Some(locale)) => Some(Terminology {
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

/// `files`, or the one of them at `only`.
fn only_file(files: &[Arc<SourceFile>], only: Option<&str>) -> Vec<Arc<SourceFile>> {
    files
        .iter()
        .filter(|f| only.is_none_or(|o| f.rel == o))
        .cloned()
        .collect()
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
    mut findings: Vec<Diagnostic>,
    mut summary: LocaleSummary,
    own: Vec<Arc<SourceFile>>,
    keep_sources: bool,
) -> LocaleRun {
    summary.completion = completion(summary.messages, summary.missing);
    findings.iter().for_each(|d| summary.count(d.severity));
    // Sorted here, on the locale's thread: the run's final sort then merges presorted runs
    // (one, where paths start with the locale) instead of sorting every finding again.
    diagnostic::sort(&mut findings);
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
    let mut wanted: Vec<String> = resolver.reference_files();
    for l in &project.locales {
        let lf = resolver.locale(l);
        wanted.extend(lf.pairs.into_iter().filter(|p| p.exists).map(|p| p.l10n));
        wanted.extend(lf.obsolete);
    }
    wanted.sort_unstable();
    wanted.dedup();
    Ok(wanted)
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

/// The glossary occurrences of files a [`Workspace`] has checked, by path, with the
/// file they were found in (a file replaced since is looked at again).
type TermsCache = HashMap<String, (std::sync::Weak<SourceFile>, Vec<(usize, Occurrence)>)>;

/// A locale's terminology kept between checks of its files: the compiled matcher, and the
/// terms of every file but the one being edited, which do not change while it is.
struct KeptTerms<'k> {
    matcher: &'k LocaleMatcher,
    cache: &'k mut TermsCache,
}

impl KeptTerms<'_> {
    /// [`dispatch::locale_terms`] for a check of file `only`: the terms of the other files
    /// from the cache (found in parallel for those not in it), those of `only` found again.
    fn locale_terms(
        self,
        sink: &mut Sink,
        files: &[Arc<SourceFile>],
        glossary: &Glossary,
        only: &str,
    ) -> Option<LocaleTerms> {
        let KeptTerms { matcher, cache } = self;
        let current = |f: &Arc<SourceFile>| {
            cache
                .get(f.rel.as_str())
                .is_some_and(|(w, _)| std::ptr::eq(w.as_ptr(), Arc::as_ptr(f)))
        };
        let missing: Vec<&Arc<SourceFile>> = files
            .iter()
            .filter(|f| f.rel != only && !current(f))
            .collect();
        let (locale, severities) = (sink.locale, sink.severities);
        let found: Vec<_> = missing
            .par_iter()
            .map(|f| {
                let mut quiet = Sink::new(locale, severities);
                let mut terms = LocaleTerms::default();
                dispatch::file_terms(&mut quiet, f, 0, matcher, glossary, &mut terms);
                let occurrences: Vec<(usize, Occurrence)> = terms
                    .occurrences
                    .into_iter()
                    .flat_map(|(c, v)| v.into_iter().map(move |o| (c, o)))
                    .collect();
                (f.rel.to_string(), Arc::downgrade(f), occurrences)
            })
            .collect();
        for (rel, file, occurrences) in found {
            cache.insert(rel, (file, occurrences));
        }
        // The other files' occurrences are all the locale needs of them: `missing-term`
        // is checked on the pair of `only` alone.
        let mut known = |i: usize, f: &SourceFile, terms: &mut LocaleTerms| {
            let cached = (f.rel != only).then(|| cache.get(f.rel.as_str())).flatten();
            let Some((_, occurrences)) = cached else {
                return false;
            };
            for (c, o) in occurrences {
                let o = Occurrence {
                    file: i,
                    ..o.clone()
                };
                terms.occurrences.entry(*c).or_default().push(o);
            }
            true
        };
        dispatch::locale_terms(sink, files, glossary, Some(matcher), Some(&mut known))
    }
}

/// A locale's terms split by the file they were found in (`files` in the locale's order).
fn by_file(terms: LocaleTerms, files: &[Arc<SourceFile>]) -> Vec<LocaleTerms> {
    let mut out: Vec<LocaleTerms> = files.iter().map(|_| LocaleTerms::default()).collect();
    let index: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.rel.as_str(), i))
        .collect();
    for (key, part) in terms.parts {
        if let Some(&i) = index.get(key.0.as_str()) {
            out[i].parts.insert(key, part);
        }
    }
    for (concept, occurrences) in terms.occurrences {
        for o in occurrences {
            if let Some(slot) = out.get_mut(o.file) {
                slot.occurrences.entry(concept).or_default().push(o);
            }
        }
    }
    out
}

/// What a file is to a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Reference,
    /// A translation file of `locale`, with its reference file (none for an obsolete file).
    Translation {
        locale: String,
        reference: Option<String>,
    },
    /// Not a file the project checks.
    Outside,
}

/// A project held in memory to check one file at a time as an editor changes it (the
/// language server): the reference read and indexed once, the glossary and each locale's
/// term matcher compiled once, a locale's files read on first need. Texts given to
/// [`Workspace::update`] replace the files on disk; a file's findings are those
/// [`check_project`] reports for it with those texts.
pub struct Workspace {
    project: Project,
    reference: Reference,
    glossary: Glossary,
    reference_matcher: Option<LocaleMatcher>,
    reference_terms: Option<ReferenceTerms>,
    /// File sets by locale.
    locales: HashMap<String, LocaleFiles>,
    /// The locale of every translation path (paired or obsolete).
    owner: HashMap<String, String>,
    /// The files of the locales read so far, edited texts in place of the files.
    loaded: HashMap<String, Vec<Arc<SourceFile>>>,
    matchers: HashMap<String, LocaleMatcher>,
    terms: TermsCache,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace")
            .field("root", &self.project.root)
            .field("reference", &self.project.reference)
            .field("locales", &self.project.locales.len())
            .field("loaded", &self.loaded.len())
            .finish()
    }
}

impl Workspace {
    /// Reads the reference and the glossaries and works out every locale's files (the
    /// same steps as [`check_project`]); translations are read when first checked.
    pub fn load(project: Project) -> Result<Workspace> {
        let resolver = Resolver::new(&project)?;
        project.verify(&resolver.reference_matches())?;
        let reference_paths = resolver.reference_files();
        let locales: Vec<LocaleFiles> = project
            .locales
            .par_iter()
            .map(|l| resolver.locale(l))
            .collect();
        drop(resolver);
        let glossary = load_glossaries(&project)?;
        let reference = Reference::load(&project, &reference_paths)?;
        let reference_matcher = (!glossary.concepts.is_empty())
            .then(|| LocaleMatcher::new(&glossary, &project.reference));
        let reference_terms =
            reference_terms(&project, &reference, &glossary, reference_matcher.as_ref());
        let mut owner = HashMap::default();
        for lf in &locales {
            for p in lf.pairs.iter().map(|p| &p.l10n).chain(&lf.obsolete) {
                owner.insert(p.clone(), lf.locale.clone());
            }
        }
        Ok(Workspace {
            locales: locales.into_iter().map(|l| (l.locale.clone(), l)).collect(),
            project,
            reference,
            glossary,
            reference_matcher,
            reference_terms,
            owner,
            loaded: HashMap::default(),
            matchers: HashMap::default(),
            terms: HashMap::default(),
        })
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The reference's messages and terms, by id.
    pub fn reference_index(&self) -> &LocaleIndex {
        &self.reference.index
    }

    pub fn reference_file(&self, rel: &str) -> Option<&Arc<SourceFile>> {
        self.reference.by_path.get(rel)
    }

    /// What `rel` (a path relative to the project root) is to the project.
    pub fn role(&self, rel: &str) -> Role {
        if self.reference.by_path.contains_key(rel) {
            return Role::Reference;
        }
        let Some(locale) = self.owner.get(rel) else {
            return Role::Outside;
        };
        let reference = self.locales.get(locale).and_then(|lf| {
            lf.pairs
                .iter()
                .find(|p| p.l10n == rel)
                .map(|p| p.reference.clone())
        });
        Role::Translation {
            locale: locale.clone(),
            reference,
        }
    }

    /// The translations of reference file `rel`, in every locale.
    pub fn counterparts(&self, rel: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .locales
            .values()
            .flat_map(|lf| lf.pairs.iter().filter(|p| p.reference == rel))
            .map(|p| p.l10n.clone())
            .collect();
        out.sort();
        out
    }

    /// The glossary's terms of `locale`, compiled once, with the glossary (`None` without
    /// one).
    pub fn matcher(&mut self, locale: &str) -> Option<(&LocaleMatcher, &Glossary)> {
        if self.glossary.concepts.is_empty() {
            return None;
        }
        let glossary = &self.glossary;
        if locale == self.project.reference {
            return self.reference_matcher.as_ref().map(|m| (m, glossary));
        }
        let m = self
            .matchers
            .entry(locale.to_string())
            .or_insert_with(|| LocaleMatcher::new(glossary, locale));
        Some((m, glossary))
    }

    /// The files of `locale` (the reference's too), read on first need, edited texts in
    /// place of the files.
    pub fn locale_files(&mut self, locale: &str) -> Result<&[Arc<SourceFile>]> {
        if locale == self.project.reference {
            return Ok(&self.reference.files);
        }
        if !self.loaded.contains_key(locale) {
            let Some(lf) = self.locales.get_mut(locale) else {
                return Ok(&[]);
            };
            let files = load_present(&self.project, lf)?;
            self.loaded.insert(locale.to_string(), files);
        }
        Ok(self.loaded.get(locale).map_or(&[], Vec::as_slice))
    }

    /// Replaces the text of file `rel` (bytes as a file holds them) for the checks that
    /// follow, and returns it parsed. A reference file's change reaches every locale's
    /// checks; a file outside the project is only parsed.
    pub fn update(&mut self, rel: &str, bytes: Vec<u8>) -> Result<Arc<SourceFile>> {
        let file = Arc::new(SourceFile::from_bytes(
            self.project.root.join(rel),
            rel,
            bytes,
        ));
        self.put(rel, file.clone())?;
        Ok(file)
    }

    /// Puts file `rel` back as it is on disk (an editor closed it without saving, or it
    /// changed on disk); a translation file that no longer exists is missing again.
    pub fn revert(&mut self, rel: &str) -> Result<()> {
        let abs = self.project.root.join(rel);
        match SourceFile::load(&abs, rel) {
            Ok(f) => self.put(rel, Arc::new(f)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Role::Translation { locale, .. } = self.role(rel) {
                    if let Some(files) = self.loaded.get_mut(&locale) {
                        files.retain(|f| f.rel != rel);
                    }
                    self.set_exists(&locale, rel, false);
                }
                Ok(())
            }
            Err(e) => Err(Error::io(abs, e)),
        }
    }

    /// [`Workspace::update`] with a file already parsed (its `rel` must be `rel`).
    pub fn put(&mut self, rel: &str, file: Arc<SourceFile>) -> Result<()> {
        match self.role(rel) {
            Role::Reference => {
                let r = &mut self.reference;
                r.by_path.insert(rel.to_string(), file.clone());
                for f in r.files.iter_mut().filter(|f| f.rel == rel) {
                    *f = file.clone();
                }
                r.index = LocaleIndex::new(r.files.clone());
                self.reference_terms_of(rel);
            }
            Role::Translation { locale, .. } => {
                self.locale_files(&locale)?;
                self.set_exists(&locale, rel, true);
                if let Some(files) = self.loaded.get_mut(&locale) {
                    match files.iter_mut().find(|f| f.rel == rel) {
                        Some(f) => *f = file,
                        None => files.push(file),
                    }
                }
            }
            Role::Outside => {}
        }
        Ok(())
    }

    /// The reference's terms after file `rel` changed: its own found again, the other
    /// files' kept (the reference is large: finding all its terms on every keystroke in
    /// one of its files would cost more than the check).
    fn reference_terms_of(&mut self, rel: &str) {
        let (Some(matcher), Some((Some(terms), findings))) =
            (&self.reference_matcher, &mut self.reference_terms)
        else {
            return;
        };
        let files = &self.reference.files;
        let mut kept = by_file(std::mem::take(terms), files);
        let mut known = |i: usize, f: &SourceFile, all: &mut LocaleTerms| {
            f.rel != rel && {
                all.append(std::mem::take(&mut kept[i]));
                true
            }
        };
        let project = &self.project;
        let mut sink = Sink::new(&project.reference, &project.severities);
        let fresh = dispatch::locale_terms(
            &mut sink,
            files,
            &self.glossary,
            Some(matcher),
            Some(&mut known),
        );
        *terms = fresh.unwrap_or_default();
        // The file's own findings, and those about the locale as a whole, again.
        let consistency = rules::terms::INCONSISTENT_TERM.name;
        findings.retain(|d| d.path != rel && d.rule != consistency);
        findings.extend(sink.out);
    }

    fn set_exists(&mut self, locale: &str, rel: &str, exists: bool) {
        if let Some(lf) = self.locales.get_mut(locale) {
            for p in lf.pairs.iter_mut().filter(|p| p.l10n == rel) {
                p.exists = exists;
            }
        }
    }

    /// The findings about file `rel`, sorted, as [`check_project`] reports them (with the
    /// texts given to [`Workspace::update`]); none for a file outside the project.
    pub fn check(&mut self, rel: &str) -> Result<Vec<Diagnostic>> {
        let role = self.role(rel);
        if let Role::Translation { locale, .. } = &role {
            self.locale_files(locale)?;
            self.matcher(locale);
        }
        let context = Context::new(
            &self.project,
            &self.reference,
            &self.glossary,
            self.reference_terms.as_ref(),
        );
        let mut found = match &role {
            Role::Reference => context.check_reference(Some(rel)),
            Role::Translation { locale, .. } => {
                let (Some(lf), Some(own)) = (self.locales.get(locale), self.loaded.get(locale))
                else {
                    return Ok(Vec::new());
                };
                let kept = self.matchers.get(locale).map(|matcher| KeptTerms {
                    matcher,
                    cache: &mut self.terms,
                });
                context.check_loaded(lf, own, Some(rel), kept).0
            }
            Role::Outside => Vec::new(),
        };
        diagnostic::sort(&mut found);
        Ok(found)
    }
}

/// Reads a locale's files for a [`Workspace`]: as [`load_locale`], but a file deleted
/// since the project was read is missing, not an error.
fn load_present(project: &Project, lf: &mut LocaleFiles) -> Result<Vec<Arc<SourceFile>>> {
    let read: Vec<(String, std::io::Result<SourceFile>)> = lf
        .pairs
        .iter()
        .filter(|p| p.exists)
        .map(|p| &p.l10n)
        .chain(lf.obsolete.iter())
        .collect::<Vec<_>>()
        .par_iter()
        .map(|rel| {
            (
                (*rel).clone(),
                SourceFile::load(&project.root.join(rel), *rel),
            )
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    for (rel, r) in read {
        match r {
            Ok(f) => files.push(Arc::new(f)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                for p in lf.pairs.iter_mut().filter(|p| p.l10n == rel) {
                    p.exists = false;
                }
                lf.obsolete.retain(|o| *o != rel);
            }
            Err(e) => return Err(Error::io(project.root.join(&rel), e)),
        }
    }
    Ok(files)
}

/// The findings of the rules about a file on its own (syntax, duplicates, plurals), for a
/// Fluent file outside any project's file set. `undefined-reference` is left out: what
/// the file refers to may be defined in files it comes with.
pub fn check_alone(file: &Arc<SourceFile>, locale: &str, project: &Project) -> Vec<Diagnostic> {
    let index = LocaleIndex::new(vec![file.clone()]);
    let cats = rules::plurals::categories(locale);
    let mut severities = project.severities.clone();
    severities.set(&rules::references::UNDEFINED_REFERENCE, None);
    let mut sink = Sink::new(locale, &severities);
    dispatch::locale(&mut sink, &index, None);
    dispatch::file(&mut sink, file, &index, cats.as_ref());
    let found = std::mem::take(&mut sink.out);
    let kept = rules::suppress::apply(&mut sink, found, std::slice::from_ref(file));
    sink.out.extend(kept);
    diagnostic::sort(&mut sink.out);
    sink.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::config;
    use std::path::Path;

    fn bundled() -> Project {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        config::load_with(&root.join("glossator.toml"), None).unwrap()
    }

    /// The bundled project (which has no findings) copied, with findings of every level
    /// added: file, locale (a duplicate across files, terms rendered two ways), file pair,
    /// obsolete file, suppressions.
    fn with_findings() -> (tempfile::TempDir, Project) {
        let src = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        let copy = |rel: &str| {
            let to = dir.path().join(rel);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(src.join(rel), &to).unwrap();
        };
        copy("glossator.toml");
        copy("glossary/banking.toml");
        for e in std::fs::read_dir(src.join("locales")).unwrap() {
            let locale = e.unwrap().file_name().into_string().unwrap();
            copy(&format!("locales/{locale}/report.ftl"));
        }
        let append = |rel: &str, text: &str| {
            let p = dir.path().join(rel);
            let mut t = std::fs::read_to_string(&p).unwrap_or_default();
            t.push_str(text);
            std::fs::write(p, t).unwrap();
        };
        append(
            "locales/fr/report.ftl",
            "\n# glossator-ignore: untranslated -- kept as is\nreport-date = La banque éloignée et les services bancaires à distance { $dat }\n",
        );
        append(
            "locales/fr/extra.ftl",
            "report-title = Doublon : la banque à distance\n",
        );
        // Two preferred French forms of remote banking, so that using both is an
        // inconsistency (admitted forms never are).
        let glossary = dir.path().join("glossary/banking.toml");
        let text = std::fs::read_to_string(&glossary).unwrap();
        std::fs::write(
            &glossary,
            text.replacen(
                "text = \"services bancaires à distance\"\n  status = \"admitted\"",
                "text = \"services bancaires à distance\"",
                1,
            ),
        )
        .unwrap();
        let de = dir.path().join("locales/de/report.ftl");
        let text = std::fs::read_to_string(&de).unwrap();
        std::fs::write(
            &de,
            text.replacen("report-date = ", "report-date = { $x } ", 1),
        )
        .unwrap();
        let project = config::load_with(&dir.path().join("glossator.toml"), None).unwrap();
        (dir, project)
    }

    /// The workspace reports for each file what the whole-project check reports for it:
    /// one check path, terminology included.
    #[test]
    fn a_file_at_a_time_equals_the_whole_check() {
        for (_dir, project) in [(None, bundled()), {
            let (d, p) = with_findings();
            (Some(d), p)
        }] {
            let whole = check_project(&project, false).unwrap();
            let mut ws = Workspace::load(project).unwrap();
            let mut paths: Vec<String> = whole.checked.values().flatten().cloned().collect();
            paths.sort();
            assert!(paths.len() >= 15, "{paths:?}");
            for rel in &paths {
                let mine = ws.check(rel).unwrap();
                let theirs: Vec<&Diagnostic> = whole
                    .diagnostics
                    .iter()
                    .filter(|d| d.path == rel.as_str())
                    .collect();
                assert_eq!(mine.iter().collect::<Vec<_>>(), theirs, "{rel}");
            }
            if _dir.is_some() {
                let mut rules: Vec<&str> = whole.diagnostics.iter().map(|d| d.rule).collect();
                rules.sort();
                rules.dedup();
                for r in [
                    "duplicate-id",
                    "forbidden-term",
                    "inconsistent-term",
                    "obsolete-file",
                    "unknown-variable",
                    "unused-suppression",
                ] {
                    assert!(rules.contains(&r), "{r} not in {rules:?}");
                }
            }
        }
    }

    /// After edits of a reference file and a translation, what the workspace keeps (the
    /// other files' terms, the reference's terms but the edited file's) gives what a
    /// whole check of the edited texts gives.
    #[test]
    fn edits_give_what_a_whole_check_of_the_new_texts_gives() {
        let (dir, project) = with_findings();
        let mut ws = Workspace::load(project.clone()).unwrap();
        let all: Vec<String> = check_project(&project, false)
            .unwrap()
            .checked
            .into_values()
            .flatten()
            .collect();
        for rel in &all {
            ws.check(rel).unwrap();
        }
        for (rel, added) in [
            (
                "locales/en/report.ftl",
                "extra-en = Remote banking, and remote banking again.\n",
            ),
            (
                "locales/fr/report.ftl",
                "extra-en = La banque éloignée, services bancaires à distance.\n",
            ),
            (
                "locales/fr/extra.ftl",
                "other = Les services bancaires à distance\n",
            ),
        ] {
            let path = dir.path().join(rel);
            let text = std::fs::read_to_string(&path).unwrap() + "\n" + added;
            std::fs::write(&path, &text).unwrap();
            ws.update(rel, text.into_bytes()).unwrap();
        }
        let whole = check_project(&project, false).unwrap();
        assert!(whole
            .diagnostics
            .iter()
            .any(|d| d.rule == "missing-message" && d.id.as_deref() == Some("extra-en")));
        for rel in &all {
            let mine = ws.check(rel).unwrap();
            let theirs: Vec<&Diagnostic> = whole
                .diagnostics
                .iter()
                .filter(|d| d.path == rel.as_str())
                .collect();
            assert_eq!(mine.iter().collect::<Vec<_>>(), theirs, "{rel}");
        }
    }

    #[test]
    fn unsaved_text_replaces_the_file_until_reverted() {
        let mut ws = Workspace::load(bundled()).unwrap();
        let rel = "locales/fr/report.ftl";
        assert!(matches!(ws.role(rel), Role::Translation { ref locale, .. } if locale == "fr"));
        assert_eq!(ws.role("locales/en/report.ftl"), Role::Reference);
        assert_eq!(ws.role("README.md"), Role::Outside);
        let before = ws.check(rel).unwrap();
        let text = std::fs::read_to_string(ws.project().root.join(rel)).unwrap();
        let edited = text.replacen(
            "report-date = ",
            "report-date = { $dat } banque éloignée ",
            1,
        );
        ws.update(rel, edited.into_bytes()).unwrap();
        let after = ws.check(rel).unwrap();
        let rules: Vec<&str> = after.iter().map(|d| d.rule).collect();
        assert!(rules.contains(&"unknown-variable"), "{rules:?}");
        assert!(rules.contains(&"forbidden-term"), "{rules:?}");
        let fix = after
            .iter()
            .find(|d| d.rule == "forbidden-term")
            .unwrap()
            .fix
            .as_ref();
        assert_eq!(
            fix.unwrap().applicability,
            crate::diagnostic::Applicability::Safe
        );
        ws.revert(rel).unwrap();
        assert_eq!(ws.check(rel).unwrap(), before);
    }

    /// An edit of a reference file reaches its translations before it is saved.
    #[test]
    fn a_reference_edit_reaches_the_translations() {
        let mut ws = Workspace::load(bundled()).unwrap();
        let reference = "locales/en/report.ftl";
        let text = std::fs::read_to_string(ws.project().root.join(reference)).unwrap();
        ws.update(
            reference,
            format!("{text}\nbrand-new = New text\n").into_bytes(),
        )
        .unwrap();
        assert!(ws
            .counterparts(reference)
            .contains(&"locales/de/report.ftl".to_string()));
        let de = ws.check("locales/de/report.ftl").unwrap();
        assert!(
            de.iter()
                .any(|d| d.rule == "missing-message" && d.id.as_deref() == Some("brand-new")),
            "{de:?}"
        );
    }
}
