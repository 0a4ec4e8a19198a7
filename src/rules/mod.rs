//! The rule engine: every rule declares its name, default severity and doc; families of
//! rules share a file and a check function.

use crate::diagnostic::{Diagnostic, Severity};
use crate::ftl::SourceFile;
use std::ops::Range;

pub mod attributes;
pub mod consistency;
pub mod content;
pub mod dispatch;
pub mod duplicates;
pub mod figures;
pub mod files;
pub mod links;
pub mod markup;
pub mod messages;
pub mod plurals;
pub mod portability;
pub mod reference_lint;
pub mod references;
pub mod suppress;
pub mod syntax;
pub mod terms;
pub mod typography;
pub mod variables;

/// A rule: what `glossator rules` lists and what configuration can turn off or up.
#[derive(Debug)]
pub struct Rule {
    /// Kebab-case name, used in output, configuration and suppressions.
    pub name: &'static str,
    pub default_severity: Severity,
    /// False for a rule that runs only when configured or selected: its findings are worth
    /// reading only in some projects (its doc says why). It then runs at
    /// `default_severity`.
    pub default_on: bool,
    /// Family file it lives in.
    pub family: &'static str,
    /// The doc comment as rustc hands it over: every line keeps the space after `///`.
    pub raw_doc: &'static str,
}

impl Rule {
    /// Markdown documentation: what, why, example, fix (the doc comment, unindented).
    pub fn doc(&self) -> String {
        let mut out = String::with_capacity(self.raw_doc.len());
        for line in self.raw_doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// What runs without configuration: the default severity, or `off`.
    pub fn default_label(&self) -> &'static str {
        if self.default_on {
            self.default_severity.as_str()
        } else {
            "off"
        }
    }

    /// The doc's first paragraph on one line: what the rule finds.
    pub fn summary(&self) -> String {
        self.raw_doc
            .lines()
            .map(str::trim)
            .take_while(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Declares a rule whose doc comment is its documentation (as clippy's lints do). A
/// trailing `off` makes it run only when configured or selected.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* pub static $ident:ident = ($name:literal, $sev:ident, $family:literal);) => {
        $(#[doc = $doc])*
        pub static $ident: $crate::rules::Rule = $crate::rules::Rule {
            name: $name,
            default_severity: $crate::diagnostic::Severity::$sev,
            default_on: true,
            family: $family,
            raw_doc: concat!($($doc, "\n"),*),
        };
    };
    ($(#[doc = $doc:literal])* pub static $ident:ident = ($name:literal, $sev:ident, $family:literal, off);) => {
        $(#[doc = $doc])*
        pub static $ident: $crate::rules::Rule = $crate::rules::Rule {
            name: $name,
            default_severity: $crate::diagnostic::Severity::$sev,
            default_on: false,
            family: $family,
            raw_doc: concat!($($doc, "\n"),*),
        };
    };
}
pub(crate) use declare_rule;

/// Every rule, in the order `glossator rules` lists them.
pub fn all() -> Vec<&'static Rule> {
    vec![
        &syntax::SYNTAX_ERROR,
        &syntax::BOM,
        &syntax::ENCODING,
        &syntax::TOO_DEEP,
        &syntax::TOO_LARGE,
        &duplicates::DUPLICATE_ID,
        &duplicates::DUPLICATE_ATTRIBUTE,
        &duplicates::DUPLICATE_VARIANT,
        &files::MISSING_FILE,
        &files::OBSOLETE_FILE,
        &messages::MISSING_MESSAGE,
        &messages::OBSOLETE_MESSAGE,
        &messages::MISSING_VALUE,
        &messages::OBSOLETE_VALUE,
        &messages::MISSING_ATTRIBUTE,
        &messages::OBSOLETE_ATTRIBUTE,
        &variables::MISSING_VARIABLE,
        &variables::UNKNOWN_VARIABLE,
        &references::MISSING_REFERENCE,
        &references::OBSOLETE_REFERENCE,
        &references::UNDEFINED_REFERENCE,
        &references::TERM_VARIANT,
        &plurals::PLURAL_CATEGORIES,
        &content::UNTRANSLATED,
        &content::EMPTY_MESSAGE,
        &content::MARKUP_MISMATCH,
        &terms::FORBIDDEN_TERM,
        &terms::MISSING_TERM,
        &terms::INCONSISTENT_TERM,
        &terms::TERMBASE_DEFECT,
        &figures::NUMBER_MISMATCH,
        &links::LINK_MISMATCH,
        &consistency::INCONSISTENT_TRANSLATION,
        &consistency::SHARED_TRANSLATION,
        &typography::PUNCTUATION_SPACING,
        &typography::QUOTATION_MARKS,
        &typography::ELLIPSIS,
        &reference_lint::HARDCODED_BRAND,
        &reference_lint::ID_PATTERN,
        &reference_lint::UNDOCUMENTED_VARIABLE,
        &markup::MARKUP_ATTRIBUTE,
        &markup::MARKUP_NESTING,
        &attributes::ACCESSKEY_NOT_IN_LABEL,
        &attributes::CSS_UNITS,
        &portability::UNPORTABLE_OPTION,
        &suppress::UNUSED_SUPPRESSION,
        &suppress::INVALID_SUPPRESSION,
    ]
}

pub fn find(name: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| r.name == name)
}

/// Severity per rule after configuration: `None` means off.
#[derive(Debug, Clone, Default)]
pub struct Severities {
    /// Asked for every rule on every message part: a fast hash of the short names.
    overrides: rustc_hash::FxHashMap<&'static str, Option<Severity>>,
}

impl Severities {
    pub fn set(&mut self, rule: &'static Rule, severity: Option<Severity>) {
        self.overrides.insert(rule.name, severity);
    }

    pub fn of(&self, rule: &Rule) -> Option<Severity> {
        let default = rule.default_on.then_some(rule.default_severity);
        // Asked per message part by the text rules: without configuration, no lookup.
        if self.overrides.is_empty() {
            return default;
        }
        match self.overrides.get(rule.name) {
            Some(s) => *s,
            None => default,
        }
    }
}

/// Collects the findings of one locale, applying configured severities.
pub struct Sink<'a> {
    pub locale: &'a str,
    pub severities: &'a Severities,
    pub out: Vec<Diagnostic>,
    /// What the reference locale defines, to tell locale-private terms from shared ones.
    /// `None` when the files checked are the reference's own.
    pub reference: Option<&'a crate::ftl::LocaleIndex>,
    /// What the locale itself defines (in file pairs), so that a reference the locale does
    /// not define is left to `undefined-reference`.
    pub defined: Option<&'a crate::ftl::LocaleIndex>,
    /// `[typography.LOCALE]` settings of the project.
    pub typography: Option<&'a typography::Settings>,
    /// What the content rules read off reference parts, shared by every locale's run.
    pub facts: Option<&'a ReferenceFacts>,
}

impl<'a> Sink<'a> {
    pub fn new(locale: &'a str, severities: &'a Severities) -> Self {
        Sink {
            locale,
            severities,
            out: Vec::new(),
            reference: None,
            defined: None,
            typography: None,
            facts: None,
        }
    }

    pub fn enabled(&self, rule: &Rule) -> bool {
        self.severities.of(rule).is_some()
    }

    /// Reports `rule` at `span` of `file`; returns the pushed diagnostic for a fix.
    pub fn at(
        &mut self,
        rule: &'static Rule,
        file: &SourceFile,
        span: Range<usize>,
        id: Option<&str>,
        message: String,
    ) -> Option<&mut Diagnostic> {
        let severity = self.severities.of(rule)?;
        self.out.push(Diagnostic::at(
            rule.name,
            severity,
            self.locale,
            file,
            span,
            id,
            message,
        ));
        self.out.last_mut()
    }

    /// Reports `rule` about a file as a whole; returns the pushed diagnostic.
    pub fn file(
        &mut self,
        rule: &'static Rule,
        path: impl Into<smol_str::SmolStr>,
        id: Option<&str>,
        message: String,
    ) -> Option<&mut Diagnostic> {
        let severity = self.severities.of(rule)?;
        self.out.push(Diagnostic::file_level(
            rule.name,
            severity,
            self.locale,
            path,
            id,
            message,
        ));
        self.out.last_mut()
    }
}

impl Sink<'_> {
    /// Records the reference file of the findings from `from` on (for `fix --add-missing`).
    pub(crate) fn refer(&mut self, from: usize, reference_rel: &smol_str::SmolStr) {
        for d in &mut self.out[from..] {
            d.reference = Some(reference_rel.clone());
        }
    }

    /// Applies a compare-locales filter's severity to the findings from `from` on.
    pub(crate) fn lower(&mut self, from: usize, severity: Option<Severity>) {
        if let Some(s) = severity {
            for d in &mut self.out[from..] {
                d.severity = d.severity.max(s);
            }
        }
    }
}

/// What a path filter (compare-locales `[[filters]]`) says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Report with the rule's severity, or lowered to the given one.
    Report(Option<Severity>),
    Ignore,
}

/// The translation part being compared: its file, message, attribute, and where
/// findings about the part as a whole point (the message id or attribute name).
pub struct PartRef<'a> {
    pub file: &'a SourceFile,
    pub id: &'a str,
    pub attr: Option<&'a str>,
    pub anchor: crate::ftl::model::Span,
}

/// How a part is named in messages: `id` or `id.attr`.
pub(crate) fn part_name(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// Pairs what a translation part has and its reference lacks (`extra`) with what the
/// reference has and the translation lacks (`missing`): such a pair is one mistake (a typo,
/// a renamed variable or reference), reported once, by the finding on the extra one, which
/// names the missing one. A pair is either close by edit distance (a typo) or, with exactly
/// one of each, a replacement. Returns, per extra name, its partner's index in `missing`
/// and whether the two are close.
pub(crate) fn pair_up(missing: &[&str], extra: &[&str]) -> Vec<Option<(usize, bool)>> {
    let mut taken = vec![false; missing.len()];
    let mut out = vec![None; extra.len()];
    for (i, x) in extra.iter().enumerate() {
        let best = missing
            .iter()
            .enumerate()
            .filter(|(j, m)| !taken[*j] && close(x, m))
            .map(|(j, m)| (levenshtein(x, m), j))
            .min();
        if let Some((_, j)) = best {
            taken[j] = true;
            out[i] = Some((j, true));
        }
    }
    if missing.len() == 1 && extra.len() == 1 && out[0].is_none() {
        out[0] = Some((0, false));
    }
    out
}

/// Whether `a` is a likely typo of `b` (or the reverse): a third of the longer one's
/// characters changed at most (one at least), or one a prefix of the other (`loc`,
/// `local`).
pub(crate) fn close(a: &str, b: &str) -> bool {
    let longest = a.chars().count().max(b.chars().count());
    let shortest = a.chars().count().min(b.chars().count());
    levenshtein(a, b) <= (longest / 3).max(1)
        || (shortest >= 3 && (a.starts_with(b) || b.starts_with(a)))
}

/// Of `candidates`, the closest ([`close`]) to `name`.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|c| close(name, c))
        .map(|c| (levenshtein(name, c), c))
        .min()
        .map(|(_, c)| c)
}

/// Edit distance in characters.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn and_list(items: &[String]) -> String {
    list(items, "and")
}

/// `a`, `a or b`, `a, b or c`.
pub(crate) fn or_list(items: &[String]) -> String {
    list(items, "or")
}

fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// What the content rules read off a reference part, computed once for all locales: a
/// run compares about a hundred locales with the same reference texts, and reading their
/// numbers, tags and digests again for each was most of the content rules' cost. Each
/// fact is computed on first use (a rule that is off never pays for it) and shared by the
/// threads checking locales. A sink without facts (the language server, which edits the
/// reference) computes them on the spot.
///
/// The facts of one reference part. Each is set once, by the first rule that needs it.
#[derive(Debug, Default)]
pub struct PartFacts {
    /// The part's numbers, read strictly with the reference locale's conventions.
    pub numbers: std::sync::OnceLock<Vec<crate::ftl::numbers::Number>>,
    /// Its tags (`None` where a select makes them unknowable).
    pub tags: std::sync::OnceLock<Option<Vec<markup::TagInfo>>>,
    /// Whether its text may hold a URL or an e-mail address.
    pub has_link: std::sync::OnceLock<bool>,
    /// The normalized text's digest and whether it has three words (`inconsistent-translation`).
    pub digest: std::sync::OnceLock<(u64, bool)>,
}

/// [`PartFacts`] for every part of the reference's files.
#[derive(Debug, Default)]
pub struct ReferenceFacts {
    /// Per file: the file (held, so that no other file can take its address), its parts'
    /// source starts, sorted, and their facts in the same order.
    files: Vec<(std::sync::Arc<SourceFile>, Vec<usize>, Vec<PartFacts>)>,
    /// Position in `files` by the file's address: rules ask for every part pair, and an
    /// address hashes in one step where a path takes a pass over its bytes.
    by_address: rustc_hash::FxHashMap<usize, usize>,
    /// Position in `files` by project-relative path: for another copy of a file.
    by_rel: rustc_hash::FxHashMap<smol_str::SmolStr, usize>,
    /// [`consistency::repeated_texts`]: the only entries `inconsistent-translation` reads.
    pub repeated_texts: std::sync::OnceLock<rustc_hash::FxHashSet<u64>>,
}

impl ReferenceFacts {
    /// Empty cells for every part of `index`'s files; nothing is computed yet.
    pub fn new(index: &crate::ftl::LocaleIndex) -> ReferenceFacts {
        let mut facts = ReferenceFacts::default();
        for (i, f) in index.files.iter().enumerate() {
            let mut starts: Vec<usize> = (f.model.entries.iter())
                .flat_map(|e| e.parts())
                .map(|(_, p)| p.source.start)
                .collect();
            starts.sort_unstable();
            let cells = starts.iter().map(|_| PartFacts::default()).collect();
            facts.by_address.insert(std::sync::Arc::as_ptr(f).addr(), i);
            facts.by_rel.insert(f.rel.clone(), i);
            facts.files.push((f.clone(), starts, cells));
        }
        facts
    }

    /// The facts of `part` of the reference file `file`, if it is one of the index's.
    pub fn of(&self, file: &SourceFile, part: &crate::ftl::model::Part) -> Option<&PartFacts> {
        let i = match self.by_address.get(&std::ptr::from_ref(file).addr()) {
            Some(i) => *i,
            None => *self.by_rel.get(&file.rel)?,
        };
        let (_, starts, cells) = &self.files[i];
        let k = starts.binary_search(&part.source.start).ok()?;
        cells.get(k)
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    use crate::ftl::SourceFile;
    use std::sync::Arc;

    pub fn file(rel: &str, src: &str) -> Arc<SourceFile> {
        Arc::new(SourceFile::from_bytes(
            rel.into(),
            rel,
            src.as_bytes().to_vec(),
        ))
    }

    /// Every rule on a translation file `l10n` of `locale` against its reference file
    /// `reference`, as a check of the locale runs them (each file's rules, then the pair's),
    /// both files alone in their locale.
    pub fn check_pair(
        locale: &str,
        reference: &str,
        l10n: &str,
    ) -> Vec<crate::diagnostic::Diagnostic> {
        let (rf, lf) = (file("en/a.ftl", reference), file("xx/a.ftl", l10n));
        let reference_index = crate::ftl::LocaleIndex::new(vec![rf.clone()]);
        let index = crate::ftl::LocaleIndex::new(vec![lf.clone()]);
        let severities = super::Severities::default();
        let mut sink = super::Sink::new(locale, &severities);
        sink.reference = Some(&reference_index);
        let cats = super::plurals::categories(locale);
        super::dispatch::file(&mut sink, &lf, &index, cats.as_ref());
        sink.defined = Some(&index);
        let report = |_: &str| super::Action::Report(None);
        super::dispatch::file_pair(&mut sink, &rf, &lf, "en", &report, None);
        sink.out
    }

    /// The pair rules alone on translation `l` (locale `locale`, file `x/a.ftl`) against
    /// reference `r` (locale `reference_locale`, file `en/a.ftl`), every message reported;
    /// with `rules`, only those rules' findings.
    pub fn pair_findings(
        locale: &str,
        reference_locale: &str,
        r: &str,
        l: &str,
        rules: &[&str],
    ) -> Vec<crate::diagnostic::Diagnostic> {
        let severities = super::Severities::default();
        let mut sink = super::Sink::new(locale, &severities);
        super::dispatch::file_pair(
            &mut sink,
            &file("en/a.ftl", r),
            &file("x/a.ftl", l),
            reference_locale,
            &|_| super::Action::Report(None),
            None,
        );
        sink.out
            .into_iter()
            .filter(|d| rules.is_empty() || rules.contains(&d.rule))
            .collect()
    }

    /// Rule names of the diagnostics, sorted, for compact assertions.
    pub fn rules_of(d: &[crate::diagnostic::Diagnostic]) -> Vec<&'static str> {
        let mut v: Vec<_> = d.iter().map(|d| d.rule).collect();
        v.sort();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let rules = all();
        let mut names: Vec<_> = rules.iter().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), rules.len(), "duplicate rule names");
        let kebab = regex::Regex::new(r"^[a-z]+(-[a-z]+)*$").unwrap();
        for r in rules {
            assert!(kebab.is_match(r.name), "{} is not kebab-case", r.name);
            assert!(!r.summary().is_empty(), "{} has no summary", r.name);
            for section in ["## Why", "## Example", "## Fix"] {
                assert!(r.doc().contains(section), "{} doc lacks {section}", r.name);
            }
        }
    }

    #[test]
    fn every_rule_has_firing_tests() {
        // Each rule's name must appear in a test of its family file that asserts it fires,
        // and the CLI tests cover the rest; this guards against a rule with no test at all.
        let sources = [
            include_str!("syntax.rs"),
            include_str!("duplicates.rs"),
            include_str!("files.rs"),
            include_str!("messages.rs"),
            include_str!("variables.rs"),
            include_str!("references.rs"),
            include_str!("plurals.rs"),
            include_str!("content.rs"),
            include_str!("terms.rs"),
            include_str!("suppress.rs"),
            include_str!("figures.rs"),
            include_str!("links.rs"),
            include_str!("consistency.rs"),
            include_str!("typography.rs"),
            include_str!("reference_lint.rs"),
            include_str!("markup.rs"),
            include_str!("attributes.rs"),
            include_str!("portability.rs"),
        ];
        for r in all() {
            let needle = format!("\"{}\"", r.name);
            let tested = sources.iter().any(|s| {
                s.split("#[cfg(test)]")
                    .nth(1)
                    .is_some_and(|tests| tests.contains(&needle))
            });
            assert!(tested, "rule {} has no test asserting it", r.name);
        }
    }
}

#[cfg(test)]
mod facts_tests {
    use super::*;
    use crate::ftl::model::Part;
    use crate::ftl::LocaleIndex;
    use crate::rules::testutil::file;

    #[test]
    fn every_part_of_the_reference_has_one_cell_and_others_none() {
        let a = file("a.ftl", "one = One\n    .title = Title\ntwo = Two 2\n");
        let b = file("b.ftl", "three = Three\n");
        let index = LocaleIndex::new(vec![a.clone(), b.clone()]);
        let facts = ReferenceFacts::new(&index);
        let parts: Vec<&Part> = a
            .model
            .entries
            .iter()
            .flat_map(|e| e.parts())
            .map(|(_, p)| p)
            .collect();
        assert_eq!(parts.len(), 3);
        for p in &parts {
            assert!(facts.of(&a, p).is_some());
        }
        // A cell is its part's own: set once, read back by the same part only.
        let cell = facts.of(&a, parts[2]).and_then(|f| f.has_link.get());
        assert_eq!(cell, None);
        facts.of(&a, parts[2]).map(|f| f.has_link.set(true));
        assert_eq!(
            facts.of(&a, parts[2]).and_then(|f| f.has_link.get()),
            Some(&true)
        );
        assert_eq!(facts.of(&a, parts[0]).and_then(|f| f.has_link.get()), None);
        // Another copy of a reference file has the original's cells.
        let copy = file("a.ftl", "one = One\n    .title = Title\ntwo = Two 2\n");
        let copied = copy.model.entries[1].value.as_ref().expect("value");
        assert!(std::ptr::eq(
            facts.of(&copy, copied).expect("cell"),
            facts.of(&a, parts[2]).expect("cell")
        ));
        // A file outside the index (a translation with the same parts) has none.
        let translation = file("c.ftl", "one = One\n    .title = Title\ntwo = Two 2\n");
        let tp = &translation.model.entries[0];
        assert!(facts
            .of(&translation, tp.value.as_ref().expect("value"))
            .is_none());
    }
}
