//! The check pipeline: project → files (parsed once, in parallel) → rules → diagnostics.

use crate::error::{Error, Result};
use crate::ftl::{LocaleIndex, SourceFile};
use crate::glossary::LocaleMatcher;
use crate::project::files::{LocaleFiles, Resolver};
use crate::project::{FilterAction, Project};
use crate::report::summary::completion;
use crate::report::{diagnostic, Diagnostic, LocaleSummary, Severity, Summary};
use crate::rules::messages::Action;
use crate::rules::{self, Sink};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
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
        .map(|rel| {
            let abs = project.root.join(rel);
            SourceFile::load(&abs, rel.as_str())
                .map(|f| (rel.clone(), Arc::new(f)))
                .map_err(|e| Error::io(abs, e))
        })
        .collect()
}

/// Reads and parses a locale's files (those paired with a reference file, then its
/// obsolete ones), in parallel: a run of one locale still uses every core; then indexes
/// them.
fn load_locale(project: &Project, lf: &LocaleFiles) -> Result<(Vec<Arc<SourceFile>>, LocaleIndex)> {
    let mut paths: Vec<&String> = lf
        .pairs
        .iter()
        .filter(|p| p.exists)
        .map(|p| &p.l10n)
        .collect();
    paths.extend(lf.obsolete.iter());
    let own: Vec<Arc<SourceFile>> = paths
        .par_iter()
        .map(|rel| {
            let abs = project.root.join(rel);
            SourceFile::load(&abs, rel.as_str())
                .map(Arc::new)
                .map_err(|e| Error::io(abs, e))
        })
        .collect::<Result<_>>()?;
    let index = LocaleIndex::new(own.clone());
    Ok((own, index))
}

fn action(a: FilterAction) -> Action {
    match a {
        FilterAction::Error => Action::Report(None),
        FilterAction::Warning => Action::Report(Some(Severity::Warning)),
        FilterAction::Ignore => Action::Ignore,
    }
}

/// Runs every rule on the project. With `keep_sources`, the outcome keeps the files that
/// findings point into (for snippets and fixes); machine formats do not need them.
pub fn run(project: &Project, keep_sources: bool) -> Result<Outcome> {
    let resolver = Resolver::new(project)?;
    // Every pair's reference is among these: pairs are made from the same matches.
    let reference_paths: Vec<String> = resolver.reference_files();
    // The reference is read and parsed while the locales' file sets are worked out, the
    // glossaries read and the first locale's files read: none needs another, and all run
    // before any locale is checked. A run of one locale so reads all its files in one
    // parallel pass, not two in a row each ending on a core that waits for the other.
    // Each side indexes what it read (the reference, the first locale) as soon as it has
    // it, while the other side may still be reading.
    let (references, (locale_files, glossary, first_files)) = rayon::join(
        || -> Result<_> {
            let references = load_all(project, &reference_paths)?;
            let ref_list: Vec<Arc<SourceFile>> = reference_paths
                .iter()
                .filter_map(|r| references.get(r).cloned())
                .collect();
            let ref_index = LocaleIndex::new(ref_list.clone());
            Ok((references, ref_list, ref_index))
        },
        || {
            let locale_files: Vec<_> = project
                .locales
                .par_iter()
                .map(|l| resolver.locale(l))
                .collect();
            let glossary = project.glossaries.iter().try_fold(
                crate::glossary::Glossary::default(),
                |mut all, g| -> Result<_> {
                    all.extend(crate::glossary::load(g)?);
                    Ok(all)
                },
            );
            let first_files = locale_files.first().map(|lf| load_locale(project, lf));
            (locale_files, glossary, std::sync::Mutex::new(first_files))
        },
    );
    // A glossary's error first, as when the glossaries were read before the reference.
    let glossary = glossary?;
    // The reference locale: file rules and its own references.
    let (references, ref_list, ref_index) = references?;
    let terminology = !glossary.concepts.is_empty();
    let get_ref = |rel: &str| references.get(rel).cloned();
    let ref_index = &ref_index;
    // Every definition but the first of an id is a duplicate: what is left is distinct.
    let reference_messages = ref_list
        .iter()
        .map(|f| f.model.entries.len())
        .sum::<usize>()
        - ref_index.duplicates.len();
    // Ids the reference defines in more than one file: a locale that does the same only
    // mirrors it.
    let mirrored: HashSet<&str> = ref_index
        .duplicates
        .iter()
        .filter(|((fi, _), (f0, _))| fi != f0)
        .map(|&((fi, ei), _)| ref_list[fi].model.entries[ei].id.as_str())
        .collect();
    let mut per_locale = std::collections::BTreeMap::new();
    // The reference's terms come first (only with a glossary): every locale's
    // `missing-term` needs them. The reference's other checks run beside the locales.
    let mut ref_terms = rules::terms::LocaleTerms::default();
    let mut ref_term_findings = Vec::new();
    if terminology {
        let mut sink = Sink::new(&project.reference, &project.severities);
        let matcher = LocaleMatcher::new(&glossary, &project.reference);
        for (i, f) in ref_list.iter().enumerate() {
            rules::terms::check_file(&mut sink, f, i, &matcher, &glossary, &mut ref_terms);
        }
        rules::terms::check_consistency(&mut sink, &ref_list, &glossary, &ref_terms);
        rules::terms::check_glossary(&mut sink, &glossary, &project.locales);
        ref_term_findings = sink.out;
    }
    let ref_terms = &ref_terms;
    let ref_list = &ref_list;
    let check_reference = move || {
        let mut sink = Sink::new(&project.reference, &project.severities);
        let cats = rules::plurals::categories(&project.reference);
        rules::duplicates::check_locale(&mut sink, ref_index, None);
        let found: Vec<Vec<Diagnostic>> = ref_list
            .par_iter()
            .map(|f| {
                let mut s = Sink::new(&project.reference, &project.severities);
                per_file(&mut s, f, ref_index, cats.as_ref());
                s.out
            })
            .collect();
        sink.out.extend(found.into_iter().flatten());
        sink.out.extend(ref_term_findings);
        let found = std::mem::take(&mut sink.out);
        let kept = rules::suppress::apply(&mut sink, found, ref_list);
        append(&mut sink.out, kept);
        sink.out
    };

    // Each locale is read, parsed and checked in one task, then its files are dropped
    // (but those a finding points into): memory stays at a few locales, not the corpus.
    type LocaleResult = (
        String,
        Vec<Diagnostic>,
        LocaleSummary,
        Vec<Arc<SourceFile>>,
        Vec<String>,
        usize,
    );
    let check_locales = || {
        locale_files
            .par_iter()
            .enumerate()
            .map(|(i, lf)| -> Result<LocaleResult> {
                let locale = lf.locale.as_str();
                let mut sink = Sink::new(locale, &project.severities);
                sink.reference = Some(ref_index);
                // The first locale's files were read beside the reference (an I/O error
                // among them is reported here, after the reference's, as before).
                let first = if i == 0 {
                    first_files.lock().ok().and_then(|mut f| f.take())
                } else {
                    None
                };
                let (own, index) = match first {
                    Some(loaded) => loaded?,
                    None => load_locale(project, lf)?,
                };
                let by_path: HashMap<&str, &Arc<SourceFile>> =
                    own.iter().map(|f| (f.rel.as_str(), f)).collect();
                let cats = rules::plurals::categories(locale);
                rules::duplicates::check_locale(&mut sink, &index, Some(&mirrored));
                // Files and file pairs in parallel, each into its own sink: a run of one locale
                // uses every core, and a run of many balances big locales against small ones.
                let new_sink = || {
                    let mut s = Sink::new(locale, &project.severities);
                    s.reference = Some(ref_index);
                    s
                };
                let found: Vec<Vec<Diagnostic>> = own
                    .par_iter()
                    .map(|f| {
                        let mut s = new_sink();
                        per_file(&mut s, f, &index, cats.as_ref());
                        s.out
                    })
                    .collect();
                sink.out.extend(found.into_iter().flatten());
                let mut terms = rules::terms::LocaleTerms::default();
                let mut locale_terms = false;
                if terminology {
                    let matcher = LocaleMatcher::new(&glossary, locale);
                    locale_terms = !matcher.is_empty();
                    for (i, f) in own.iter().enumerate() {
                        rules::terms::check_file(&mut sink, f, i, &matcher, &glossary, &mut terms);
                    }
                    rules::terms::check_consistency(&mut sink, &own, &glossary, &terms);
                }
                let compared: Vec<(Vec<Diagnostic>, [usize; 3])> = lf
                    .pairs
                    .par_iter()
                    .map(|p| {
                        let mut sink = new_sink();
                        let Some(r) = get_ref(&p.reference) else {
                            return (sink.out, [0; 3]);
                        };
                        if !p.exists {
                            // As in compare-locales, a missing file's messages count as missing
                            // unless a filter ignores the file.
                            let n = count_ids(&r);
                            let lowered = match p.action(None) {
                                FilterAction::Ignore => return (sink.out, [0; 3]),
                                FilterAction::Warning => Some(Severity::Warning),
                                FilterAction::Error => None,
                            };
                            rules::files::missing(&mut sink, &p.l10n, &r.rel, n, lowered);
                            return (sink.out, [n, n, 0]);
                        }
                        let Some(l) = by_path.get(p.l10n.as_str()) else {
                            return (sink.out, [0; 3]);
                        };
                        let c = rules::messages::compare(
                            &mut sink,
                            &r,
                            l,
                            &project.reference,
                            &|key| action(p.action(Some(key))),
                        );
                        if locale_terms {
                            missing_terms(
                                &mut sink,
                                &r,
                                l,
                                ref_terms,
                                &terms,
                                &glossary,
                                &project.reference,
                            );
                        }
                        (sink.out, [c.reference, c.missing, c.obsolete])
                    })
                    .collect();
                let mut summary = LocaleSummary::default();
                for (out, [messages, missing, obsolete]) in compared {
                    sink.out.extend(out);
                    summary.messages += messages;
                    summary.missing += missing;
                    summary.obsolete += obsolete;
                }
                // An obsolete file is a finding of its own; its messages are not counted as
                // obsolete (compare-locales counts them nowhere either).
                for o in &lf.obsolete {
                    rules::files::obsolete(&mut sink, o, None);
                }
                let found = std::mem::take(&mut sink.out);
                let kept = rules::suppress::apply(&mut sink, found, &own);
                append(&mut sink.out, kept);
                summary.completion = completion(summary.messages, summary.missing);
                sink.out.iter().for_each(|d| summary.count(d.severity));
                let pointed: HashSet<&str> = if keep_sources {
                    sink.out.iter().map(|d| d.path.as_str()).collect()
                } else {
                    HashSet::default()
                };
                let keep = own
                    .iter()
                    .filter(|f| pointed.contains(f.rel.as_str()))
                    .cloned()
                    .collect();
                let mut checked: Vec<String> = lf.pairs.iter().map(|p| p.l10n.clone()).collect();
                checked.extend(lf.obsolete.iter().cloned());
                checked.sort();
                let n = own.len();
                // Sorted here, in parallel: the runs are then only put in order.
                diagnostic::sort(&mut sink.out);
                Ok((lf.locale.clone(), sink.out, summary, keep, checked, n))
            })
            .collect::<Result<Vec<_>>>()
    };
    let (mut diagnostics, results) = rayon::join(check_reference, check_locales);
    let results = results?;
    per_locale.insert(
        project.reference.clone(),
        LocaleSummary {
            messages: reference_messages,
            completion: 100.0,
            ..LocaleSummary::default()
        },
    );
    let mut files: HashMap<String, Arc<SourceFile>> = references;
    let mut count = files.len();
    let mut checked = std::collections::BTreeMap::new();
    checked.insert(project.reference.clone(), reference_paths.clone());
    if let Some(s) = per_locale.get_mut(&project.reference) {
        diagnostics.iter().for_each(|d| s.count(d.severity));
    }
    // Every locale's findings are sorted already, and locales usually have paths of their
    // own: ordered by their first finding, the runs are sorted end to end, which their
    // boundaries confirm; otherwise the whole is sorted again.
    diagnostic::sort(&mut diagnostics);
    let mut runs: Vec<Vec<Diagnostic>> = vec![diagnostics];
    for (locale, diags, summary, keep, paths, n) in results {
        runs.push(diags);
        per_locale.insert(locale.clone(), summary);
        files.extend(keep.into_iter().map(|f| (f.rel.to_string(), f)));
        count += n;
        checked.insert(locale, paths);
    }
    runs.retain(|r| !r.is_empty());
    runs.sort_by(|a, b| a[0].sort_key().cmp(&b[0].sort_key()));
    // Each run is sorted: the whole is when every run ends before the next begins.
    let in_order = runs
        .windows(2)
        .all(|w| w[0].last().map(Diagnostic::sort_key) <= w[1].first().map(Diagnostic::sort_key));
    let mut diagnostics = concat(runs);
    if !in_order {
        diagnostic::sort(&mut diagnostics);
    }
    let summary = Summary {
        files: count,
        locales: project.locales.len() + 1,
        errors: diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count(),
        warnings: diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count(),
        per_locale,
    };
    Ok(Outcome {
        diagnostics,
        summary,
        files,
        checked,
    })
}

/// The runs one after the other.
fn concat(runs: Vec<Vec<Diagnostic>>) -> Vec<Diagnostic> {
    runs.into_iter().flatten().collect()
}

/// Appends `more` to `out`, taking its buffer when `out` is empty (findings are moved
/// several times on their way out; this saves one).
fn append(out: &mut Vec<Diagnostic>, more: Vec<Diagnostic>) {
    if out.is_empty() {
        *out = more;
    } else {
        out.extend(more);
    }
}

/// `missing-term` for every message part of a file pair.
fn missing_terms(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    ref_terms: &rules::terms::LocaleTerms,
    terms: &rules::terms::LocaleTerms,
    glossary: &crate::glossary::Glossary,
    reference_locale: &str,
) {
    for e in &l10n.model.entries {
        if e.id.starts_with('-') {
            continue;
        }
        for (attr, _) in rules::terms::parts(e) {
            let attr_s = attr.map(str::to_string);
            let key = (reference.rel.to_string(), e.id.to_string(), attr_s.clone());
            let Some(reference_terms) = ref_terms.parts.get(&key) else {
                continue;
            };
            if reference_terms.used.is_empty() {
                continue;
            }
            let found = terms
                .parts
                .get(&(l10n.rel.to_string(), e.id.to_string(), attr_s));
            rules::terms::check_missing(
                sink,
                l10n,
                e,
                attr,
                reference_terms,
                found,
                glossary,
                reference_locale,
            );
        }
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

fn per_file(
    sink: &mut Sink,
    f: &SourceFile,
    index: &LocaleIndex,
    cats: Option<&rules::plurals::Categories>,
) {
    rules::syntax::check(sink, f);
    rules::duplicates::check_file(sink, f);
    rules::references::check_file(sink, f, index);
    rules::plurals::check_file(sink, f, cats);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_keeps_every_finding_in_run_order() {
        let d = |path: &str, n: usize| {
            Diagnostic::file_level(
                "missing-file",
                Severity::Error,
                "fr",
                path,
                None,
                format!("finding {n}"),
            )
        };
        let runs: Vec<Vec<Diagnostic>> = vec![
            (0..3).map(|n| d("a.ftl", n)).collect(),
            Vec::new(),
            (3..1000).map(|n| d("b.ftl", n)).collect(),
            vec![d("c.ftl", 1000)],
        ];
        let expected: Vec<Diagnostic> = runs.iter().flatten().cloned().collect();
        let out = concat(runs);
        assert_eq!(out.len(), 1001);
        assert_eq!(out, expected);
        assert!(concat(Vec::new()).is_empty());
    }
}
