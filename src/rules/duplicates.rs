//! Rules about things defined twice: ids, attributes, variant keys.

use super::{declare_rule, Sink};
use crate::ftl::model::Part;
use crate::ftl::{LocaleIndex, SourceFile};
use rustc_hash::FxHashSet as HashSet;

declare_rule! {
    /// A message or term is defined twice in one locale (in one file or across its files).
    ///
    /// Projects that load a different set of files per page (mozilla.org) may define an id
    /// in two files on purpose; a translation that mirrors such a duplicate of the reference
    /// is not reported again (the reference's finding covers it). The first definition is
    /// the finding's related place.
    ///
    /// ## Why
    /// fluent-bundle keeps the first definition and drops the second (or errors, depending
    /// on the runtime): the translator's later edit never shows up.
    ///
    /// ## Example
    /// ```ftl
    /// title = Remote banking
    /// title = Remote banking report
    /// ```
    ///
    /// ## Fix
    /// Keep one definition. No automatic fix: which one is right needs a human.
    pub static DUPLICATE_ID = ("duplicate-id", Error, "duplicates");
}

declare_rule! {
    /// An attribute is defined twice on one message or term.
    ///
    /// ## Why
    /// Only one of the two is used at runtime; the other is dead text a translator may keep editing.
    ///
    /// ## Example
    /// ```ftl
    /// login = Log in
    ///     .title = Log in
    ///     .title = Sign in
    /// ```
    ///
    /// ## Fix
    /// Remove one of the attributes. No automatic fix.
    pub static DUPLICATE_ATTRIBUTE = ("duplicate-attribute", Error, "duplicates");
}

declare_rule! {
    /// A select expression has two variants with the same key.
    ///
    /// ## Why
    /// The second variant can never be chosen. The parser accepts it silently. The same
    /// number written twice alike (`[1]`, `[1]`) is this rule's; written differently
    /// (`[1]`, `[1.0]`), `plural-categories`'.
    ///
    /// ## Example
    /// ```ftl
    /// n = { $n ->
    ///     [one] one file
    ///     [one] one folder
    ///    *[other] files
    /// }
    /// ```
    ///
    /// ## Fix
    /// Remove or rename the duplicate variant. No automatic fix.
    pub static DUPLICATE_VARIANT = ("duplicate-variant", Error, "duplicates");
}

/// Ids defined twice across all of a locale's files, in file order.
pub fn check_locale(sink: &mut Sink, index: &LocaleIndex, mirrored: Option<&HashSet<&str>>) {
    let files = &index.files;
    for &((fi, ei), (f0, e0)) in &index.duplicates {
        let (f, e) = (&files[fi], &files[fi].model.entries[ei]);
        let first = &files[f0];
        if first.rel != f.rel && mirrored.is_some_and(|m| m.contains(e.id.as_str())) {
            continue;
        }
        let pos = first.position(first.model.entries[e0].id_span.start);
        let kind = if e.id.starts_with('-') {
            "term"
        } else {
            "message"
        };
        if let Some(d) = sink.at(
            &DUPLICATE_ID,
            f,
            e.id_span.clone(),
            Some(&e.id),
            format!("{kind} `{}` is defined twice", e.id),
        ) {
            d.relate(&first.rel, pos, "the first definition, which Fluent uses");
            d.help("keep one definition: the translator's edits to this one never show");
        }
    }
}

/// Attributes and variants defined twice within one file's entries.
pub fn check_file(sink: &mut Sink, file: &SourceFile) {
    for e in &file.model.entries {
        // A handful of attributes per entry: a quadratic scan beats a hash map.
        for (i, a) in e.attributes.iter().enumerate() {
            if e.attributes[..i].iter().any(|b| b.name == a.name) {
                if let Some(d) = sink.at(
                    &DUPLICATE_ATTRIBUTE,
                    file,
                    a.span.clone(),
                    Some(&e.id),
                    format!("attribute `.{}` of `{}` is defined twice", a.name, e.id),
                ) {
                    d.help("keep one of them: only one is used");
                }
            }
        }
        let parts = e.value.iter().chain(e.attributes.iter().map(|a| &a.part));
        for p in parts {
            variants(sink, file, &e.id, p);
        }
    }
}

fn variants(sink: &mut Sink, file: &SourceFile, id: &str, part: &Part) {
    for s in file.model.selects(part) {
        let variants = file.model.variants(s);
        for (i, v) in variants.iter().enumerate() {
            if variants[..i]
                .iter()
                .any(|w| w.key.as_str() == v.key.as_str())
            {
                if let Some(d) = sink.at(
                    &DUPLICATE_VARIANT,
                    file,
                    v.span.clone(),
                    Some(id),
                    format!(
                        "variant `[{}]` appears twice in this select expression",
                        v.key.as_str()
                    ),
                ) {
                    d.help("the second one can never be shown: remove it or change its key");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(files: &[std::sync::Arc<SourceFile>]) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new("de", &sev);
        check_locale(&mut sink, &LocaleIndex::new(files.to_vec()), None);
        for f in files {
            check_file(&mut sink, f);
        }
        sink.out
    }

    #[test]
    fn duplicate_id_within_and_across_files() {
        let a = file("a.ftl", "x = 1\nx = 2\n-t = T\n");
        let b = file("b.ftl", "-t = T2\n");
        let d = run(&[a, b]);
        assert_eq!(rules_of(&d), vec!["duplicate-id", "duplicate-id"]);
        assert_eq!(d[0].message, "message `x` is defined twice");
        let first = d[0].related.as_deref().expect("the first definition");
        assert_eq!((first.path.as_str(), first.start.line), ("a.ftl", 1));
        assert_eq!(d[1].path, "b.ftl");
        assert_eq!(d[1].id.as_deref(), Some("-t"));
    }

    #[test]
    fn duplicates_mirroring_the_reference_are_not_repeated() {
        let a = file("a.ftl", "x = 1\n");
        let b = file("b.ftl", "x = 2\ny = 1\ny = 2\n");
        let mirrored: HashSet<&str> = ["x"].into_iter().collect();
        let sev = Severities::default();
        let mut sink = Sink::new("de", &sev);
        check_locale(&mut sink, &LocaleIndex::new(vec![a, b]), Some(&mirrored));
        assert_eq!(rules_of(&sink.out), vec!["duplicate-id"]);
        assert_eq!(sink.out[0].id.as_deref(), Some("y"));
    }

    #[test]
    fn duplicate_attribute_and_variant() {
        let a = file(
            "a.ftl",
            "x = X\n    .title = a\n    .title = b\nn = { $n ->\n    [one] a\n    [one] b\n   *[other] c\n}\n",
        );
        let d = run(&[a]);
        assert_eq!(
            rules_of(&d),
            vec!["duplicate-attribute", "duplicate-variant"]
        );
        assert_eq!(d[0].start.line, 3);
        assert_eq!(d[1].start.line, 6);
    }

    #[test]
    fn distinct_definitions_are_fine() {
        let a = file(
            "a.ftl",
            "x = X\n    .title = a\n    .label = b\nn = { $n ->\n    [one] a\n   *[other] c\n}\n",
        );
        let b = file("b.ftl", "y = Y\n");
        assert!(run(&[a, b]).is_empty());
    }
}
