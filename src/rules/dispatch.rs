//! Which rules run where, decided in this one place: on each file, on each locale as a
//! whole, on each pair of a translation file and its reference file, and on each pair of
//! matched messages and parts. The rule families know nothing of each other.

use super::terms::{self, LocaleTerms};
use super::{attributes, consistency, markup, portability, reference_lint, typography};
use super::{
    content, duplicates, figures, links, messages, plurals, references, syntax, variables,
};
use super::{Action, PartRef, Sink};
use crate::ftl::model::{Entry, EntryKind, Part};
use crate::ftl::{LocaleIndex, SourceFile};
use crate::glossary::{Glossary, LocaleMatcher};
use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

/// The rules about one file on its own (any locale, the reference included: a sink
/// without a reference index checks the reference's own files).
pub fn file(
    sink: &mut Sink,
    f: &SourceFile,
    index: &LocaleIndex,
    cats: Option<&plurals::Categories>,
) {
    syntax::check(sink, f);
    duplicates::check_file(sink, f);
    references::check_file(sink, f, index);
    plurals::check_file(sink, f, cats);
    portability::check_file(sink, f);
    attributes::check_accesskeys(sink, f, index);
    let is_reference = sink.reference.is_none();
    typography::check_file(sink, f, is_reference);
    if is_reference {
        // A translation's nesting is compared with its reference part's (`part_pair`).
        markup::check_file(sink, f);
    }
}

/// The rules about a locale's files together. `mirrored`: ids the reference itself defines
/// in more than one file (a translation that does the same only mirrors it). A sink with
/// the reference's index checks a translation (consistency against the reference's
/// texts); without, the reference itself (the reference lint).
pub fn locale(sink: &mut Sink, index: &LocaleIndex, mirrored: Option<&HashSet<&str>>) {
    duplicates::check_locale(sink, index, mirrored);
    match sink.reference {
        Some(reference) => consistency::check_locale(sink, index, reference),
        None => reference_lint::check_reference(sink, index),
    }
}

/// Terms a caller already has for some of a locale's files (the language server keeps
/// those of the files not being edited): adds file `i`'s to the locale's terms and
/// returns true, or returns false to have them found.
pub type KnownTerms<'k> = &'k mut dyn FnMut(usize, &SourceFile, &mut LocaleTerms) -> bool;

/// The glossary rules on a locale's files as a whole (forbidden and inconsistent terms);
/// returns the terms found, for [`file_pair`]'s `missing-term`. `None` when the glossary
/// has no term for the locale: there is nothing to find or to miss, so the locale's
/// pairs skip the term rules (most locales of a big project, with one termbase per
/// language). `matcher`: the locale's, when one is kept between checks (compiling it
/// costs more than matching one file); `known`: the files whose terms are kept too.
pub fn locale_terms(
    sink: &mut Sink,
    files: &[Arc<SourceFile>],
    glossary: &Glossary,
    matcher: Option<&LocaleMatcher>,
    mut known: Option<KnownTerms>,
) -> Option<LocaleTerms> {
    let compiled;
    let matcher = match matcher {
        Some(m) => m,
        None => {
            compiled = LocaleMatcher::new(glossary, sink.locale);
            &compiled
        }
    };
    if matcher.is_empty() {
        return None;
    }
    let mut found = LocaleTerms::default();
    for (i, f) in files.iter().enumerate() {
        if !known.as_mut().is_some_and(|k| k(i, f, &mut found)) {
            file_terms(sink, f, i, matcher, glossary, &mut found);
        }
    }
    terms::check_consistency(sink, files, glossary, &found);
    Some(found)
}

/// The glossary rules on file `i` of a locale on its own (forbidden terms); records the
/// terms found in `found`, for the locale's consistency and its pairs' `missing-term`.
pub fn file_terms(
    sink: &mut Sink,
    f: &SourceFile,
    i: usize,
    matcher: &LocaleMatcher,
    glossary: &Glossary,
    found: &mut LocaleTerms,
) {
    terms::check_file(sink, f, i, matcher, glossary, found);
}

/// The rules about the glossary itself (termbase defects), once per run.
pub fn glossary(sink: &mut Sink, glossary: &Glossary, locales: &[String]) {
    terms::check_glossary(sink, glossary, locales);
}

/// What the glossary rules of a file pair need: the terms found in each locale (both
/// have some: see [`locale_terms`]).
pub struct Terminology<'a> {
    pub glossary: &'a Glossary,
    pub reference: &'a LocaleTerms,
    pub locale: &'a LocaleTerms,
}

/// The rules comparing a translation file with its reference file; returns its message
/// counts. `filter` is the compare-locales filter's action for a message id.
pub fn file_pair(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    reference_locale: &str,
    filter: &dyn Fn(&str) -> Action,
    terminology: Option<&Terminology>,
) -> messages::Counts {
    let counts = messages::compare(sink, reference, l10n, filter, &mut |sink, r, l| {
        message_pair(sink, reference, l10n, r, l, reference_locale)
    });
    if let Some(t) = terminology {
        missing_terms(sink, reference, l10n, t, reference_locale);
    }
    counts
}

/// `missing-term` for every message part of a file pair.
fn missing_terms(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    t: &Terminology,
    reference_locale: &str,
) {
    for e in &l10n.model.entries {
        if e.id.starts_with('-') {
            continue;
        }
        for (attr, _) in e.parts() {
            let attr_s = attr.map(str::to_string);
            let key = (reference.rel.to_string(), e.id.to_string(), attr_s.clone());
            let Some(reference_terms) = t.reference.parts.get(&key) else {
                continue;
            };
            if reference_terms.used.is_empty() {
                continue;
            }
            let found = t
                .locale
                .parts
                .get(&(l10n.rel.to_string(), e.id.to_string(), attr_s));
            terms::check_missing(
                sink,
                l10n,
                e,
                attr,
                reference_terms,
                found,
                t.glossary,
                reference_locale,
            );
        }
    }
}

fn message_pair(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    r: &Entry,
    l: &Entry,
    reference_locale: &str,
) {
    if r.kind == EntryKind::Term {
        // A term's value and attributes are the locale's own business (grammar, gender).
        return;
    }
    messages::compare_entry(sink, r, l, l10n, &mut |sink, at, rp, lp| {
        part_pair(sink, at, reference, reference_locale, rp, lp)
    });
    content::compare_message(sink, reference, l10n, r, l, reference_locale);
}

/// Part `r` of the `reference` file against part `l` of the translation (`at.file`).
///
/// One mistake, one finding: where two rules would report the same mistake, the more
/// specific one reports it and says what the other would have. Decided here per pair:
/// - `empty-message` over `missing-variable`, `missing-reference`, `markup-mismatch`: an
///   empty translation lacks everything the reference has; only the emptiness is reported;
/// - `unknown-variable` over `missing-variable` (in [`variables::compare`]): a variable
///   used instead of a missing one is one finding, on the variable, naming the missing one;
/// - `obsolete-reference` over `missing-reference` (in [`references::compare`]): likewise
///   for a message or term reference used instead of a dropped one;
/// - `undefined-reference` over `obsolete-reference` and `missing-reference`: a reference
///   the locale does not define is reported by `undefined-reference` alone, which names the
///   reference it stands for or says that the reference message does not use it;
/// - `obsolete-attribute` over `missing-attribute` (in [`messages::compare_entry`]): an
///   attribute whose name is a typo of a missing one (`.tittle`);
/// - `syntax-error` over `missing-message` (and the reference's over `obsolete-message`,
///   in [`messages::compare`]): an entry that exists but does not parse is a syntax
///   error, not missing; `encoding` and `too-large` likewise cover their file's messages;
/// - `duplicate-variant` over `plural-categories`: the same numeric key twice is a
///   duplicate; `plural-categories` reports only the same value written differently.
fn part_pair(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    reference_locale: &str,
    r: &Part,
    l: &Part,
) {
    let (rm, lm) = (&reference.model, &at.file.model);
    if l.empty && !r.empty {
        content::compare_part(sink, at, r, l);
        return;
    }
    variables::compare(sink, at, rm.variables(r), lm.variables(l));
    references::compare(sink, at, rm.references(r), lm.references(l));
    content::compare_part(sink, at, r, l);
    content::compare_markup(sink, at, rm.markup(r), lm.markup(l));
    // The reference part's facts, shared by every locale: looked up once per pair.
    let facts = sink.facts.and_then(|f| f.of(reference, r));
    figures::compare(sink, at, reference, reference_locale, r, l, facts);
    links::compare(sink, at, reference, reference_locale, r, l, facts);
    markup::compare(sink, at, reference, r, l, facts);
    attributes::compare_style(sink, at, reference, r, l);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::file;
    use crate::rules::Severities;

    const GLOSSARY: &str = r#"
[[concept]]
id = "remote-banking"
  [[concept.term]]
  locale = "en"
  text = "remote banking"
  [[concept.term]]
  locale = "fr"
  text = "banque à distance"
"#;

    /// A locale the glossary has no term for gets no terms at all (its pairs then skip
    /// `missing-term`); one with terms gets them, even where its files have none.
    #[test]
    fn locale_terms_only_for_a_locale_with_terms() {
        let g = crate::glossary::canonical::read(std::path::Path::new("g.toml"), GLOSSARY)
            .expect("glossary");
        let sev = Severities::default();
        let files = [file("x/a.ftl", "a = Texte sans terme\n")];
        let mut sink = Sink::new("de", &sev);
        assert!(locale_terms(&mut sink, &files, &g, None, None).is_none());
        let mut sink = Sink::new("fr", &sev);
        let fr = locale_terms(&mut sink, &files, &g, None, None).expect("fr has terms");
        assert!(fr.occurrences.is_empty() && fr.parts.is_empty());
        let files = [file("x/a.ftl", "a = La banque à distance\n")];
        let fr = locale_terms(&mut sink, &files, &g, None, None).expect("fr has terms");
        assert_eq!(fr.occurrences.len(), 1);
    }
}
