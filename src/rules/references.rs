//! Rules about message and term references: kept, added, defined, and term variants.

use super::{and_list, declare_rule, pair_up, part_name, PartRef, Sink};
use crate::ftl::model::{Entry, Part, RefKind, Reference, Selector};
use crate::ftl::{LocaleIndex, Position, SourceFile};
use smol_str::SmolStr;
use std::collections::BTreeSet;

declare_rule! {
    /// A message or term reference of the reference is missing from the translation.
    ///
    /// ## Why
    /// Brand names and shared phrases live in terms (`{ -brand-name }`) so they change in
    /// one place; a translation that types the name out falls out of sync. One finding per
    /// value or attribute names every reference it drops; one replaced by another reference
    /// (a typo, a swapped term) is reported by the finding on that one, `obsolete-reference`
    /// or `undefined-reference`, which names it.
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
    /// does not define are the locale's own (grammar helpers) and are not reported. A
    /// reference the locale does not define at all is `undefined-reference`'s finding alone
    /// (on the same span, it says more).
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
    /// file (`brands.ftl`) lags behind the file that uses a new term, or with a typo. The
    /// finding carries what `missing-reference` and `obsolete-reference` would have said:
    /// the reference it stands for ("did you mean `{ -brand-name }`?"), that the reference
    /// message does not use it either, or where the reference defines it (related place).
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
    /// reports "`-brand` has no variant `[loc]`, so Fluent shows its default `[nom]`", and
    /// its help lists the term's variants (with "did you mean" for a close one).
    ///
    /// ## Fix
    /// Add the variant to the term, or call it with an existing key. No automatic fix.
    pub static TERM_VARIANT = ("term-variant", Warning, "references");
}

/// A reference as compared: kind, id, attribute.
type Key<'p> = (RefKind, &'p str, Option<&'p str>);

fn key(x: &Reference) -> Key<'_> {
    (x.kind, &x.id, x.attribute.as_deref())
}

/// `{ -brand }`, `{ msg.attr }`.
fn shown(k: &Key) -> String {
    format!("`{{ {} }}`", display(k.1, k.2))
}

/// Whether `index` defines what `x` references, its attribute included.
fn resolves(index: &LocaleIndex, x: &Reference) -> bool {
    match index.lookup(x.hash, &x.id) {
        None => false,
        Some((_, t)) => x
            .attribute
            .as_ref()
            .is_none_or(|a| t.attributes.iter().any(|ta| ta.name == *a)),
    }
}

/// What a translation part changes in its reference part's references: those it drops,
/// those it adds (the locale's private terms aside: its grammar helpers are its own
/// business), and which added one stands for which dropped one ([`super::pair_up`]).
struct Diff<'p> {
    missing: Vec<Key<'p>>,
    extra: Vec<&'p Reference>,
    pairs: Vec<Option<(usize, bool)>>,
}

impl Diff<'_> {
    /// The dropped reference `x` stands for, and whether the two are close (a typo).
    fn partner(&self, x: &Reference) -> Option<(Key<'_>, bool)> {
        let i = self.extra.iter().position(|e| key(e) == key(x))?;
        self.pairs[i].map(|(j, close)| (self.missing[j], close))
    }
}

/// `reference`: what the reference locale defines; `defined`: what the translation's
/// locale defines (`None`: unknown, every term the reference lacks counts as private).
fn diff<'p>(
    r: &'p [Reference],
    l: &'p [Reference],
    reference: Option<&LocaleIndex>,
    defined: Option<&LocaleIndex>,
) -> Option<Diff<'p>> {
    let same = |a: &Reference, b: &Reference| key(a) == key(b);
    // Most parts agree: the same references in the same order (or none at all).
    if r.len() == l.len() && r.iter().zip(l).all(|(a, b)| same(a, b)) {
        return None;
    }
    let rr: BTreeSet<Key> = r.iter().map(key).collect();
    let lr: BTreeSet<Key> = l.iter().map(key).collect();
    if rr == lr {
        return None;
    }
    let missing: Vec<Key> = rr.difference(&lr).copied().collect();
    let mut extra: Vec<&Reference> = Vec::new();
    for x in l {
        if rr.contains(&key(x)) || extra.iter().any(|e| same(e, x)) {
            continue;
        }
        let private = x.kind == RefKind::Term
            && reference.is_some_and(|index| !index.contains(x.id.as_str()))
            && defined.is_none_or(|index| index.contains(x.id.as_str()));
        if !private {
            extra.push(x);
        }
    }
    let names: Vec<String> = missing.iter().map(|k| display(k.1, k.2)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let added: Vec<String> = extra
        .iter()
        .map(|x| display(&x.id, x.attribute.as_deref()))
        .collect();
    let added: Vec<&str> = added.iter().map(String::as_str).collect();
    let pairs = pair_up(&names, &added);
    Some(Diff {
        missing,
        extra,
        pairs,
    })
}

/// The help of a finding on an added reference that stands for a dropped one.
fn partner_help(partner: Option<(Key, bool)>) -> Option<String> {
    partner.map(|(k, close)| {
        if close {
            format!(
                "did you mean {}? The reference message uses it, this translation does not",
                shown(&k)
            )
        } else {
            format!(
                "the reference message uses {} here, which this translation does not",
                shown(&k)
            )
        }
    })
}

/// The references of a reference part (`r`) against those of its translation (`l`). An
/// added reference that stands for a dropped one (a typo, a swapped term) is one finding
/// on the added one; a reference the locale does not define is left to
/// `undefined-reference`, which says more on the same span; the other dropped ones are
/// one `missing-reference` finding for the part.
pub fn compare(sink: &mut Sink, at: &PartRef, r: &[Reference], l: &[Reference]) {
    let (file, id, attr) = (at.file, at.id, at.attr);
    let Some(d) = diff(r, l, sink.reference, sink.defined) else {
        return;
    };
    let name = part_name(id, attr);
    let mut explained = vec![false; d.missing.len()];
    for (x, pair) in d.extra.iter().zip(&d.pairs) {
        if let Some((j, _)) = pair {
            explained[*j] = true;
        }
        if sink.defined.is_some_and(|index| !resolves(index, x)) {
            continue;
        }
        let help = partner_help(d.partner(x)).unwrap_or_else(|| {
            "remove it, unless the sentence needs it in this language".to_string()
        });
        if let Some(f) = sink.at(
            &OBSOLETE_REFERENCE,
            file,
            x.span.clone(),
            Some(id),
            format!(
                "`{name}` uses `{{ {} }}`, which the reference message does not",
                display(&x.id, x.attribute.as_deref())
            ),
        ) {
            f.help(help);
        }
    }
    let left: Vec<String> = d
        .missing
        .iter()
        .zip(&explained)
        .filter(|(_, e)| !**e)
        .map(|(k, _)| shown(k))
        .collect();
    if !left.is_empty() {
        let them = if left.len() == 1 { "it" } else { "them" };
        if let Some(f) = sink.at(
            &MISSING_REFERENCE,
            file,
            at.anchor.clone(),
            Some(id),
            format!(
                "`{name}` leaves out {} (the reference uses {them})",
                and_list(&left)
            ),
        ) {
            f.help(format!(
                "use {them} instead of typing the text out: brand names and shared phrases change in one place"
            ));
        }
    }
}

fn display(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// What `undefined-reference` says beyond the fact: the reference it stands for, what the
/// reference message does with it, where the reference defines it, or a close id.
fn undefined_help(
    sink: &Sink,
    index: &LocaleIndex,
    entry: &Entry,
    attr: Option<&str>,
    part: &Part,
    file: &SourceFile,
    x: &Reference,
) -> (String, Option<(SmolStr, Position)>) {
    let defined_at = sink
        .reference
        .and_then(|r| r.lookup(x.hash, &x.id))
        .map(|(f, e)| (f.rel.clone(), f.position(e.id_span.start)));
    let reference_part = sink.reference.and_then(|r| {
        let (rf, re) = r.lookup(entry.hash, &entry.id)?;
        let rp = match attr {
            None => re.value.as_ref()?,
            Some(a) => &re.attributes.iter().find(|ra| ra.name == a)?.part,
        };
        Some((rf, rp))
    });
    if let Some((rf, rp)) = reference_part {
        let r = rf.model.references(rp);
        let l = file.model.references(part);
        if let Some(d) = diff(r, l, sink.reference, Some(index)) {
            if let Some(help) = partner_help(d.partner(x)) {
                return (help, None);
            }
        }
        if !r.iter().any(|y| key(y) == key(x)) {
            return (
                "the reference message does not use it either: remove it".into(),
                None,
            );
        }
    }
    if let Some(at) = defined_at {
        return (
            "this locale's copy of the file the reference defines it in lacks it: translate it there".to_string(),
            Some(at),
        );
    }
    // No reference to go by (the reference locale itself): a close id this locale defines.
    let close = super::closest(
        &x.id,
        index
            .files
            .iter()
            .flat_map(|f| f.model.entries.iter())
            .filter(|e| e.id.starts_with('-') == x.id.starts_with('-'))
            .map(|e| e.id.as_str()),
    );
    match close {
        Some(id) => (format!("did you mean `{{ {id} }}`?"), None),
        None => ("define it in this locale, or remove it".into(), defined_at),
    }
}

/// References of one file against everything its locale defines.
pub fn check_file(sink: &mut Sink, file: &SourceFile, index: &LocaleIndex) {
    for e in &file.model.entries {
        for (attr, part) in e.parts() {
            for x in file.model.references(part) {
                let used = Use {
                    file,
                    entry: e,
                    attr,
                    part,
                    x,
                };
                let Some((target_file, target)) = index.lookup(x.hash, &x.id) else {
                    undefined(sink, index, &used);
                    continue;
                };
                if let Some(a) = &x.attribute {
                    if !target.attributes.iter().any(|ta| ta.name == *a) {
                        undefined_attribute(sink, index, &used, target, a);
                    }
                }
                if x.kind == RefKind::Term && x.attribute.is_none() {
                    term_variants(sink, &used, target_file, target);
                }
            }
        }
    }
}

/// A reference `x` in a part of message `entry` (its value, or attribute `attr`).
struct Use<'a> {
    file: &'a SourceFile,
    entry: &'a Entry,
    attr: Option<&'a str>,
    part: &'a Part,
    x: &'a Reference,
}

/// `undefined-reference` for a message or term the locale does not define.
fn undefined(sink: &mut Sink, index: &LocaleIndex, used: &Use) {
    let Use { file, entry, x, .. } = *used;
    let (help, related) = undefined_help(sink, index, entry, used.attr, used.part, file, x);
    let message = format!(
        "`{}` uses `{{ {} }}`, which this locale does not define",
        entry.id, x.id
    );
    if let Some(d) = sink.at(
        &UNDEFINED_REFERENCE,
        file,
        x.span.clone(),
        Some(&entry.id),
        message,
    ) {
        d.help(help);
        if let Some((path, pos)) = related {
            d.relate(&path, pos, "the reference defines it here");
        }
    }
}

/// `undefined-reference` for attribute `a` the referenced `target` does not have.
fn undefined_attribute(sink: &mut Sink, index: &LocaleIndex, used: &Use, target: &Entry, a: &str) {
    let Use { file, entry, x, .. } = *used;
    let (mut help, related) = undefined_help(sink, index, entry, used.attr, used.part, file, x);
    if let Some(close) = super::closest(a, target.attributes.iter().map(|ta| ta.name.as_str())) {
        help = format!("did you mean `.{close}`? {help}");
    }
    if let Some(d) = sink.at(
        &UNDEFINED_REFERENCE,
        file,
        x.span.clone(),
        Some(&entry.id),
        format!(
            "`{}` uses `{{ {}.{a} }}`, but `{}` has no attribute `.{a}`",
            entry.id, x.id, x.id
        ),
    ) {
        d.help(help);
        if let Some((path, pos)) = related {
            d.relate(&path, pos, "the reference defines it here");
        }
    }
}

/// `term-variant` for each argument of a term call (`{ -brand(case: "gen") }`) naming a
/// variant that the term's selects on that argument do not have.
fn term_variants(sink: &mut Sink, used: &Use, target_file: &SourceFile, target: &Entry) {
    let Some(value) = &target.value else { return };
    let tm = &target_file.model;
    for (arg, val, vspan) in &used.x.args {
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
        if known {
            continue;
        }
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
        let close = super::closest(val, keys.iter().copied())
            .map(|k| format!("did you mean `\"{k}\"`? "))
            .unwrap_or_default();
        if let Some(d) = sink.at(
            &TERM_VARIANT,
            used.file,
            vspan.clone(),
            Some(&used.entry.id),
            format!(
                "`{}` has no variant `[{val}]`, so Fluent shows its default `[{default}]`",
                used.x.id,
            ),
        ) {
            d.help(format!(
                "{close}{} `{}` variants are {}",
                if close.is_empty() {
                    "the term's"
                } else {
                    "The term's"
                },
                arg.name,
                keys.iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
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
        let d2 = locale(&[(
            "a.ftl",
            "-brand = { $case ->\n   *[nom] Firefox\n    [local] Firefoxu\n}\nabout = O { -brand(case: \"loc\") }\n",
        )]);
        assert!(
            help(&d2[0]).starts_with("did you mean `\"local\"`? The term's"),
            "{}",
            help(&d2[0])
        );
        assert_eq!(
            d[0].message,
            "`-brand` has no variant `[loc]`, so Fluent shows its default `[nom]`"
        );
        assert_eq!(
            d[0].help.as_deref(),
            Some("the term's `case` variants are `gen`, `nom`")
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

    fn help(d: &crate::diagnostic::Diagnostic) -> &str {
        d.help.as_deref().unwrap_or_default()
    }

    #[test]
    fn mistyped_term_is_one_undefined_reference() {
        let reference = "-brand-name = Firefox\nintro = { -brand-name } is fast\n";
        let d = crate::rules::testutil::check_pair(
            "fr",
            reference,
            "-brand-name = Firefox\nintro = { -brnad-name } est rapide\n",
        );
        assert_eq!(rules_of(&d), vec!["undefined-reference"]);
        assert_eq!(
            help(&d[0]),
            "did you mean `{ -brand-name }`? The reference message uses it, this translation does not"
        );
    }

    #[test]
    fn undefined_and_obsolete_on_one_span_is_undefined() {
        // A term attribute the locale lacks, which the reference message does not use.
        let reference = "-moz = Mozilla\nq = { -moz } knows less\n";
        let l10n = "-moz = Mozilla\nq = { -moz.case-status ->\n   *[x] Mozilla ví méně\n}\n";
        let d = crate::rules::testutil::check_pair("cs", reference, l10n);
        assert_eq!(rules_of(&d), vec!["undefined-reference"], "{d:?}");
        assert!(
            d[0].message.contains("has no attribute `.case-status`"),
            "{}",
            d[0].message
        );
        // Nor `missing-reference` for `{ -moz }`, which it stands for: the finding names it.
        assert!(help(&d[0]).contains("`{ -moz }`"), "{}", help(&d[0]));
        // A message the locale does not define, that the reference message does not use.
        let d = crate::rules::testutil::check_pair("fr", "a = A\n", "a = A { other }\n");
        assert_eq!(rules_of(&d), vec!["undefined-reference"]);
        assert_eq!(
            help(&d[0]),
            "the reference message does not use it either: remove it"
        );
    }

    #[test]
    fn term_the_locale_lacks_names_the_reference_definition() {
        let index = LocaleIndex::new(vec![file("en/brands.ftl", "-old = O\n-new = N\n")]);
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        sink.reference = Some(&index);
        let brands = file("fr/brands.ftl", "-old = O\n");
        let a = file("fr/a.ftl", "x = { -new }\n");
        let own = LocaleIndex::new(vec![brands, a.clone()]);
        check_file(&mut sink, &a, &own);
        assert_eq!(rules_of(&sink.out), vec!["undefined-reference"]);
        let r = sink.out[0].related.as_deref().expect("related");
        assert_eq!((r.path.as_str(), r.start.line), ("en/brands.ftl", 2));
        assert!(help(&sink.out[0]).contains("translate it there"));
    }

    #[test]
    fn swapped_reference_is_one_obsolete_reference() {
        let reference = "-alpha = A\n-beta = B\nx = { -alpha } here\n";
        let d = crate::rules::testutil::check_pair(
            "fr",
            reference,
            "-alpha = A\n-beta = B\nx = { -beta } ici\n",
        );
        assert_eq!(rules_of(&d), vec!["obsolete-reference"]);
        assert_eq!(
            help(&d[0]),
            "the reference message uses `{ -alpha }` here, which this translation does not"
        );
    }

    #[test]
    fn dropped_references_are_one_finding_per_part() {
        let reference = "-a = A\n-b = B\n-c = C\nx = { -a } { -b } { -c }\n";
        let d = crate::rules::testutil::check_pair(
            "ml",
            reference,
            "-a = A\n-b = B\n-c = C\nx = A B C\n",
        );
        assert_eq!(rules_of(&d), vec!["missing-reference"]);
        assert_eq!(
            d[0].message,
            "`x` leaves out `{ -a }`, `{ -b }` and `{ -c }` (the reference uses them)"
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
