//! Rules about message and term references: kept, added, defined, and term variants.

use super::{declare_rule, part_name, PartRef, Sink};
use crate::ftl::model::{RefKind, Reference, Selector};
use crate::ftl::{LocaleIndex, SourceFile};
use std::collections::BTreeSet;

declare_rule! {
    /// A message or term reference of the reference is missing from the translation.
    ///
    /// ## Why
    /// Brand names and shared phrases live in terms (`{ -brand-name }`) so they change in
    /// one place; a translation that types the name out falls out of sync.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// intro = { -cba } published the report
    /// # fr
    /// intro = L'Association bancaire de Chine a publié le rapport
    /// ```
    ///
    /// ## Fix
    /// Use the reference. No automatic fix.
    pub static MISSING_REFERENCE = ("missing-reference", Warning, "references");
}

declare_rule! {
    /// The translation references a message, or a shared term, that the reference message does not.
    ///
    /// ## Why
    /// Usually a wrong id copied from a neighbouring message. Terms the reference locale
    /// does not define are the locale's own (grammar helpers) and are not reported.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// title = Remote banking
    /// # fr
    /// title = { -brand } Banque à distance
    /// ```
    ///
    /// ## Fix
    /// Remove the reference or match the reference message. No automatic fix.
    pub static OBSOLETE_REFERENCE = ("obsolete-reference", Warning, "references");
}

declare_rule! {
    /// A message or term is referenced but the locale does not define it.
    ///
    /// ## Why
    /// Fluent renders `{-brand}` or `{msg}` raw in the UI. It happens when a locale's shared
    /// file (`brands.ftl`) lags behind the file that uses a new term.
    ///
    /// ## Example
    /// `fr/report.ftl` uses `{ -cba }`; no `fr` file defines `-cba`.
    ///
    /// ## Fix
    /// Define the term in the locale (translate the shared file). No automatic fix.
    pub static UNDEFINED_REFERENCE = ("undefined-reference", Error, "references");
}

declare_rule! {
    /// A parameterized term call asks for a variant the locale's term does not have.
    ///
    /// ## Why
    /// `{ -brand(case: "acc") }` selects on `$case` inside the term; when the locale's term
    /// has no `[acc]` variant, Fluent silently uses the default variant, which is
    /// grammatically wrong in exactly the languages that use cases. No peer checks this.
    ///
    /// ## Example
    /// ```ftl
    /// -brand = { $case ->
    ///    *[nom] Firefox
    ///     [gen] Firefoxu
    /// }
    /// about = O { -brand(case: "loc") }
    /// ```
    ///
    /// ## Fix
    /// Add the variant to the term, or call it with an existing key. No automatic fix.
    pub static TERM_VARIANT = ("term-variant", Warning, "references");
}

/// The references of a reference part (`r`) against those of its translation (`l`).
pub fn compare<'p>(sink: &mut Sink, at: &PartRef, r: &'p [Reference], l: &'p [Reference]) {
    let (file, id, attr) = (at.file, at.id, at.attr);
    let same = |a: &Reference, b: &Reference| {
        a.kind == b.kind && a.id == b.id && a.attribute == b.attribute
    };
    // Most parts agree: the same references in the same order (or none at all).
    if r.len() == l.len() && r.iter().zip(l).all(|(a, b)| same(a, b)) {
        return;
    }
    let key = |kind: RefKind, id: &'p str, a: &'p Option<crate::ftl::model::Name>| {
        (kind, id, a.as_deref())
    };
    let rr: BTreeSet<_> = r.iter().map(|x| key(x.kind, &x.id, &x.attribute)).collect();
    let lr: BTreeSet<_> = l.iter().map(|x| key(x.kind, &x.id, &x.attribute)).collect();
    let name = part_name(id, attr);
    if rr == lr {
        return;
    }
    for (_, rid, a) in rr.difference(&lr) {
        let shown = display(rid, *a);
        sink.at(
            &MISSING_REFERENCE,
            file,
            at.anchor.clone(),
            Some(id),
            format!("`{name}` does not use `{{ {shown} }}` of the reference"),
        );
    }
    let mut done = BTreeSet::new();
    for x in l {
        let k = key(x.kind, &x.id, &x.attribute);
        if rr.contains(&k) || !done.insert(k) {
            continue;
        }
        let shared = x.kind == RefKind::Message
            || sink
                .reference
                .is_none_or(|index| index.contains(x.id.as_str()));
        if shared {
            sink.at(
                &OBSOLETE_REFERENCE,
                file,
                x.span.clone(),
                Some(id),
                format!(
                    "`{name}` uses `{{ {} }}`, which the reference message does not",
                    display(&x.id, x.attribute.as_deref())
                ),
            );
        }
    }
}

fn display(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// References of one file against everything its locale defines.
pub fn check_file(sink: &mut Sink, file: &SourceFile, index: &LocaleIndex) {
    for e in &file.model.entries {
        let parts = e.value.iter().chain(e.attributes.iter().map(|a| &a.part));
        for p in parts {
            for x in file.model.references(p) {
                let Some((target_file, target)) = index.lookup(x.hash, &x.id) else {
                    sink.at(
                        &UNDEFINED_REFERENCE,
                        file,
                        x.span.clone(),
                        Some(&e.id),
                        format!(
                            "`{}` references `{}`, which this locale does not define",
                            e.id, x.id
                        ),
                    );
                    continue;
                };
                if let Some(a) = &x.attribute {
                    if !target.attributes.iter().any(|ta| ta.name == *a) {
                        sink.at(
                            &UNDEFINED_REFERENCE,
                            file,
                            x.span.clone(),
                            Some(&e.id),
                            format!(
                                "`{}` references `{}.{a}`, but `{}` has no attribute `.{a}`",
                                e.id, x.id, x.id
                            ),
                        );
                    }
                }
                if x.kind != RefKind::Term || x.attribute.is_some() {
                    continue;
                }
                let Some(value) = &target.value else { continue };
                for (arg, val, vspan) in &x.args {
                    let tm = &target_file.model;
                    let selects: Vec<_> = tm
                        .selects(value)
                        .iter()
                        .filter(|s| matches!(&s.selector, Selector::Variable(v) if *v == arg.name))
                        .collect();
                    if selects.is_empty() {
                        continue;
                    }
                    let known = selects
                        .iter()
                        .any(|s| tm.variants(s).iter().any(|v| v.key.as_str() == val));
                    if !known {
                        let keys: BTreeSet<&str> = selects
                            .iter()
                            .flat_map(|s| tm.variants(s).iter().map(|v| v.key.as_str()))
                            .collect();
                        let default = tm
                            .variants(selects[0])
                            .iter()
                            .find(|v| v.default)
                            .map(|v| v.key.as_str())
                            .unwrap_or("?");
                        sink.at(
                            &TERM_VARIANT,
                            file,
                            vspan.clone(),
                            Some(&e.id),
                            format!(
                                "`{}({}: \"{val}\")` matches no variant of the term (has: {}); Fluent falls back to `[{default}]`",
                                x.id,
                                arg.name,
                                keys.into_iter().collect::<Vec<_>>().join(", ")
                            ),
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dispatch::file_pair as compare_files;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Action;
    use crate::rules::Severities;

    fn locale(files: &[(&str, &str)]) -> Vec<crate::diagnostic::Diagnostic> {
        let fs: Vec<_> = files.iter().map(|(p, s)| file(p, s)).collect();
        let index = LocaleIndex::new(fs.clone());
        let sev = Severities::default();
        let mut sink = Sink::new("cs", &sev);
        for f in &fs {
            check_file(&mut sink, f, &index);
        }
        sink.out
    }

    #[test]
    fn term_called_with_a_case_the_term_lacks() {
        let d = locale(&[
            (
                "brands.ftl",
                "-brand = { $case ->\n   *[nom] Firefox\n    [gen] Firefoxu\n}\n",
            ),
            (
                "a.ftl",
                "about = O { -brand(case: \"loc\") }\nok = Bez { -brand(case: \"gen\") }\n",
            ),
        ]);
        assert_eq!(rules_of(&d), vec!["term-variant"]);
        assert!(
            d[0].message.contains("falls back to `[nom]`"),
            "{}",
            d[0].message
        );
        assert_eq!(d[0].path, "a.ftl");
    }

    #[test]
    fn plain_terms_accept_any_case() {
        let d = locale(&[(
            "a.ftl",
            "-brand = Firefox\nabout = { -brand(case: \"loc\") }\n",
        )]);
        assert!(d.is_empty());
    }

    #[test]
    fn undefined_terms_messages_and_attributes() {
        let d = locale(&[
            ("brands.ftl", "-old = Old\n"),
            ("a.ftl", "x = { -brand } { y } { z.title }\nz = Z\n"),
        ]);
        assert_eq!(
            rules_of(&d),
            vec![
                "undefined-reference",
                "undefined-reference",
                "undefined-reference"
            ]
        );
    }

    #[test]
    fn missing_and_obsolete_references() {
        let sev = Severities::default();
        // The reference defines `-cba` and `-brand`; `-private-helper` is the locale's own.
        let reference =
            crate::ftl::LocaleIndex::new(vec![file("en/t.ftl", "-cba = C\n-brand = B\n")]);
        let mut sink = Sink::new("fr", &sev);
        sink.reference = Some(&reference);
        compare_files(
            &mut sink,
            &file(
                "en/a.ftl",
                "a = { -cba } published\nb = Remote banking report\n",
            ),
            &file(
                "fr/a.ftl",
                "a = L'ABC a publié\nb = { -brand } { -private-helper } rapport\n",
            ),
            "en",
            &|_| Action::Report(None),
            None,
        );
        assert_eq!(
            rules_of(&sink.out),
            vec!["missing-reference", "obsolete-reference"]
        );
    }
}
