//! Rules comparing a translation file's messages with its reference file: missing and
//! obsolete messages, values and attributes. Which rules then run on the matched messages
//! and parts is decided by the caller ([`super::dispatch`]).

use super::{declare_rule, Action, PartRef, Sink};
use crate::diagnostic::Severity;
use crate::ftl::model::{Entry, EntryKind, Part};
use crate::ftl::SourceFile;

declare_rule! {
    /// A message or term of the reference file is missing from the translation file.
    ///
    /// ## Why
    /// Users see the fallback language (or the raw id) where the message should be. Counted
    /// per file, as compare-locales counts: a message moved to another file is missing here
    /// and obsolete there. The finding points at the reference's definition as its related
    /// place (never in its message: baselines key on it). A message that is there but does
    /// not parse is reported by `syntax-error` alone, and the messages of a file that
    /// cannot be read by `encoding` or `too-large` (all are still counted missing, as
    /// compare-locales counts them).
    ///
    /// ## Example
    /// `en/report.ftl` defines `answer-rate`; `fr/report.ftl` does not.
    ///
    /// ## Fix
    /// Translate it. `glossator fix --add-missing` inserts the reference text with a comment
    /// marking it for translation.
    pub static MISSING_MESSAGE = ("missing-message", Warning, "messages");
}

declare_rule! {
    /// A message or term of the translation file does not exist in the reference file.
    ///
    /// ## Why
    /// The reference removed or renamed it; the translation is never shown and may hide a
    /// rename whose new id is now missing. A message whose reference entry does not parse
    /// is left to the reference's `syntax-error` (still counted obsolete, as compare-locales
    /// counts it).
    ///
    /// ## Example
    /// `fr/report.ftl` still defines `old-title`, removed from `en/report.ftl`.
    ///
    /// ## Fix
    /// `glossator fix --remove-obsolete` deletes it (with its comment).
    pub static OBSOLETE_MESSAGE = ("obsolete-message", Warning, "messages");
}

declare_rule! {
    /// The reference message has a value, the translation has only attributes.
    ///
    /// ## Why
    /// Code that formats the message's value gets nothing (an error at runtime).
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// login = Log in
    ///     .title = Log in to your account
    /// # fr
    /// login =
    ///     .title = Connectez-vous à votre compte
    /// ```
    ///
    /// ## Fix
    /// Translate the value. No automatic fix.
    pub static MISSING_VALUE = ("missing-value", Error, "messages");
}

declare_rule! {
    /// The translation has a value the reference message does not have.
    ///
    /// ## Why
    /// The reference is attributes-only (for example a widget with `.label` and
    /// `.accesskey`); the value is never used and usually means the translator misread
    /// the structure.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// save =
    ///     .label = Save
    /// # fr
    /// save = Enregistrer
    ///     .label = Enregistrer
    /// ```
    ///
    /// ## Fix
    /// Remove the value. No automatic fix.
    pub static OBSOLETE_VALUE = ("obsolete-value", Warning, "messages");
}

declare_rule! {
    /// An attribute of the reference message is missing from the translation.
    ///
    /// ## Why
    /// The UI element the attribute feeds (a tooltip, an accessible label) stays empty.
    /// Term attributes are private to a locale and never compared. An attribute whose name
    /// is a typo of the missing one (`.tittle` for `.title`) is one `obsolete-attribute`
    /// finding that names it, not this one as well.
    ///
    /// ## Example
    /// `en` has `login.title`; `fr` has `login` without `.title`.
    ///
    /// ## Fix
    /// Translate the attribute. No automatic fix.
    pub static MISSING_ATTRIBUTE = ("missing-attribute", Error, "messages");
}

declare_rule! {
    /// The translation has an attribute the reference message does not have.
    ///
    /// ## Why
    /// The attribute is never read; often a typo of a real attribute name (`.tittle`):
    /// then the help asks "did you mean `.title`?" and `missing-attribute` is not reported
    /// for `.title`. Term attributes are private to a locale and never compared.
    ///
    /// ## Example
    /// `fr` defines `login.tooltip`; `en` has only `login.title`.
    ///
    /// ## Fix
    /// Remove or rename the attribute. No automatic fix.
    pub static OBSOLETE_ATTRIBUTE = ("obsolete-attribute", Warning, "messages");
}

/// Message counts of one file pair, for the summary table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub reference: usize,
    pub missing: usize,
    pub obsolete: usize,
    /// Missing messages a filter lowered to warnings (compare-locales' "report").
    pub reported: usize,
}

/// Compares the messages of `l10n` with those of its `reference` file; `on_match` is called
/// on each message both define, in the reference's order.
pub fn compare(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    filter: &dyn Fn(&str) -> Action,
    on_match: &mut dyn FnMut(&mut Sink, &Entry, &Entry),
) -> Counts {
    let mut counts = Counts::default();
    // Translations mostly keep the reference's order: try the entry after the last match
    // before looking the id up.
    let entries = &l10n.model.entries;
    let mut matched = vec![false; entries.len()];
    let mut next = 0;
    for r in &reference.model.entries {
        if !r.first {
            continue;
        }
        counts.reference += 1;
        let found = match entries.get(next) {
            Some(l) if l.first && l.hash == r.hash && l.id == r.id => Some(next),
            _ => l10n.model.same_id(r),
        };
        if let Some(i) = found {
            matched[i] = true;
            next = i + 1;
        }
        match found.map(|i| &entries[i]) {
            None => {
                let Action::Report(sev) = filter(&r.id) else {
                    continue;
                };
                if sev == Some(Severity::Warning) {
                    counts.reported += 1;
                } else {
                    counts.missing += 1;
                }
                report_missing(sink, reference, l10n, r, sev);
            }
            Some(l) => on_match(sink, r, l),
        }
    }
    for (i, l) in entries.iter().enumerate() {
        if !l.first || matched[i] {
            continue;
        }
        let Action::Report(sev) = filter(&l.id) else {
            continue;
        };
        counts.obsolete += 1;
        report_obsolete(sink, reference, l10n, l, sev);
    }
    counts
}

/// Reports entry `r` of `reference` as missing from `l10n`, at severity `sev` when a
/// filter lowers it.
fn report_missing(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    r: &Entry,
    sev: Option<Severity>,
) {
    // An entry that is there but does not parse is the syntax error's finding, not a
    // missing one (compare-locales counts it missing all the same); so is every message
    // of a file glossator could not read.
    if l10n.unparsed.is_some() || is_junk(l10n, &r.id) {
        return;
    }
    let before = sink.out.len();
    // Built in place: most findings of a big project are these.
    let mut message = String::with_capacity(24 + r.id.len());
    for s in [kind(r), " `", &r.id, "` is missing"] {
        message.push_str(s);
    }
    if let Some(d) = sink.file(&MISSING_MESSAGE, l10n.rel.clone(), Some(&r.id), message) {
        let pos = reference.position(r.id_span.start);
        d.relate(&reference.rel, pos, "the reference defines it here");
        d.help(
            "translate it; `glossator fix --add-missing` copies the reference's text here, marked for translation",
        );
    }
    sink.refer(before, &reference.rel);
    sink.lower(before, sev);
}

/// Reports entry `l` of `l10n` as obsolete (not in `reference`), at severity `sev` when a
/// filter lowers it.
fn report_obsolete(
    sink: &mut Sink,
    reference: &SourceFile,
    l10n: &SourceFile,
    l: &Entry,
    sev: Option<Severity>,
) {
    // The reference's entry is there but does not parse: its syntax error covers it.
    if is_junk(reference, &l.id) {
        return;
    }
    let before = sink.out.len();
    if let Some(d) = sink.at(
        &OBSOLETE_MESSAGE,
        l10n,
        l.id_span.clone(),
        Some(&l.id),
        format!(
            "{} `{}` is not in the reference `{}`, so it is never shown",
            kind(l),
            l.id,
            reference.rel
        ),
    ) {
        d.help("`glossator fix --remove-obsolete` deletes it; if the reference renamed it, translate the new id");
    }
    sink.lower(before, sev);
}

/// Whether `file` has an entry `id` that does not parse (junk starting with `id =`).
fn is_junk(file: &SourceFile, id: &str) -> bool {
    file.model
        .syntax
        .iter()
        .any(|s| s.id.as_deref() == Some(id))
}

fn kind(e: &Entry) -> &'static str {
    match e.kind {
        EntryKind::Message => "message",
        EntryKind::Term => "term",
    }
}

/// Compares the value and attributes of message `l` of `file` with the reference's `r`;
/// `matched` is called on each part (value, attribute) both have.
pub fn compare_entry(
    sink: &mut Sink,
    r: &Entry,
    l: &Entry,
    file: &SourceFile,
    matched: &mut dyn FnMut(&mut Sink, &PartRef, &Part, &Part),
) {
    compare_values(sink, r, l, file, matched);
    compare_attributes(sink, r, l, file, matched);
}

/// `missing-value`, `obsolete-value`, or the two values compared.
fn compare_values(
    sink: &mut Sink,
    r: &Entry,
    l: &Entry,
    file: &SourceFile,
    matched: &mut dyn FnMut(&mut Sink, &PartRef, &Part, &Part),
) {
    match (&r.value, &l.value) {
        (Some(_), None) => {
            if let Some(d) = sink.at(
                &MISSING_VALUE,
                file,
                l.id_span.clone(),
                Some(&l.id),
                format!("`{}` has no value, but the reference message has one", l.id),
            ) {
                d.help("translate the value: code that shows the message gets nothing otherwise");
            }
        }
        (None, Some(lv)) => {
            if let Some(d) = sink.at(
                &OBSOLETE_VALUE,
                file,
                lv.anchor.start..lv.anchor.start,
                Some(&l.id),
                format!(
                    "`{}` has a value, but the reference message has only attributes",
                    l.id
                ),
            ) {
                d.help("remove the value: nothing shows it");
            }
        }
        (Some(rv), Some(lv)) => {
            let at = PartRef {
                file,
                id: &l.id,
                attr: None,
                anchor: l.id_span.clone(),
            };
            matched(sink, &at, rv, lv);
        }
        (None, None) => {}
    }
}

/// `missing-attribute`, `obsolete-attribute`, or the attributes of the same name
/// compared. An attribute whose name stands for a missing one (`.tittle` for `.title`) is
/// one finding, `obsolete-attribute`, that names it.
fn compare_attributes(
    sink: &mut Sink,
    r: &Entry,
    l: &Entry,
    file: &SourceFile,
    matched: &mut dyn FnMut(&mut Sink, &PartRef, &Part, &Part),
) {
    let missing: Vec<&str> = r
        .attributes
        .iter()
        .filter(|ra| !l.attributes.iter().any(|a| a.name == ra.name))
        .map(|ra| ra.name.as_str())
        .collect();
    let extra: Vec<&crate::ftl::model::Attribute> = l
        .attributes
        .iter()
        .filter(|la| !r.attributes.iter().any(|a| a.name == la.name))
        .collect();
    let extra_names: Vec<&str> = extra.iter().map(|a| a.name.as_str()).collect();
    // For each extra attribute, the missing one its name is a typo of.
    let typo_of: Vec<Option<usize>> = super::pair_up(&missing, &extra_names)
        .into_iter()
        .map(|p| p.filter(|(_, close)| *close).map(|(j, _)| j))
        .collect();
    for ra in &r.attributes {
        match l.attributes.iter().find(|a| a.name == ra.name) {
            None => {
                let j = missing.iter().position(|m| *m == ra.name.as_str());
                if !typo_of.iter().flatten().any(|k| Some(*k) == j) {
                    missing_attribute(sink, file, l, &ra.name);
                }
            }
            Some(la) => {
                let at = PartRef {
                    file,
                    id: &l.id,
                    attr: Some(&la.name),
                    anchor: la.span.clone(),
                };
                matched(sink, &at, &ra.part, &la.part);
            }
        }
    }
    for (la, typo) in extra.iter().zip(&typo_of) {
        obsolete_attribute(sink, file, l, la, typo.map(|j| missing[j]));
    }
}

fn missing_attribute(sink: &mut Sink, file: &SourceFile, l: &Entry, name: &str) {
    if let Some(d) = sink.at(
        &MISSING_ATTRIBUTE,
        file,
        l.id_span.clone(),
        Some(&l.id),
        format!(
            "`{}` has no attribute `.{}`, but the reference has one",
            l.id, name
        ),
    ) {
        d.help("translate it: the element it labels stays empty otherwise");
    }
}

/// `obsolete-attribute` for `la`, naming the reference's attribute it is a typo of.
fn obsolete_attribute(
    sink: &mut Sink,
    file: &SourceFile,
    l: &Entry,
    la: &crate::ftl::model::Attribute,
    typo_of: Option<&str>,
) {
    if let Some(d) = sink.at(
        &OBSOLETE_ATTRIBUTE,
        file,
        la.span.clone(),
        Some(&l.id),
        format!(
            "attribute `.{}` of `{}` is not in the reference",
            la.name, l.id
        ),
    ) {
        match typo_of {
            Some(name) => d.help(format!(
                "did you mean `.{name}`? The reference has it, this message does not"
            )),
            None => d.help("nothing reads it: remove it"),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(r: &str, l: &str) -> (Vec<crate::diagnostic::Diagnostic>, Counts) {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        let rf = file("en/a.ftl", r);
        let lf = file("fr/a.ftl", l);
        let report = |_: &str| Action::Report(None);
        let c = crate::rules::dispatch::file_pair(&mut sink, &rf, &lf, "en", &report, None);
        (sink.out, c)
    }

    #[test]
    fn missing_and_obsolete_messages() {
        let (d, c) = run("a = A\nb = B\n-t = T\n", "a = Ah\nz = Z\n");
        assert_eq!(
            rules_of(&d),
            vec!["missing-message", "missing-message", "obsolete-message"]
        );
        assert_eq!(
            c,
            Counts {
                reference: 3,
                missing: 2,
                obsolete: 1,
                reported: 0
            }
        );
        assert!(d.iter().any(|d| d.id.as_deref() == Some("-t")));
    }

    #[test]
    fn values_and_attributes() {
        let (d, _) = run(
            "a = A\n    .title = T\nb =\n    .label = L\n",
            "a =\n    .title = T\n    .tittle = X\nb = B\n",
        );
        assert_eq!(
            rules_of(&d),
            vec![
                "missing-attribute",
                "missing-value",
                "obsolete-attribute",
                "obsolete-value"
            ]
        );
        let (d, _) = run("a = A\n    .title = T\n", "a = Ah\n");
        assert_eq!(rules_of(&d), vec!["missing-attribute"]);
    }

    #[test]
    fn missing_message_keeps_positions_out_of_its_message() {
        let (d, _) = run("a = A\n\nb = B\n", "a = Ah\n");
        assert_eq!(d[0].message, "message `b` is missing");
        let r = d[0].related.as_deref().expect("the reference's definition");
        assert_eq!(
            (r.path.as_str(), r.start.line, r.start.column),
            ("en/a.ftl", 3, 1)
        );
        assert!(d[0]
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("--add-missing"));
    }

    #[test]
    fn broken_entry_is_a_syntax_error_never_missing() {
        let reference = "a = A\nsel = { $n ->\n    [one] one\n   *[other] many\n}\nz = Z\n";
        // The select's closing brace is lost.
        let l10n = "a = Ah\nsel = { $n ->\n    [one] un\n   *[other] beaucoup\n\nz = Zed\n";
        let d = crate::rules::testutil::check_pair("fr", reference, l10n);
        assert_eq!(rules_of(&d), vec!["syntax-error"], "{d:?}");
        assert_eq!(d[0].id.as_deref(), Some("sel"));
        // compare-locales counts it missing all the same (the runtime does not have it).
        let (_, c) = run(reference, l10n);
        assert_eq!(c.missing, 1);
        // A broken reference entry does not make the translation obsolete.
        let d = crate::rules::testutil::check_pair("fr", "a = A\nb = { B\n", "a = Ah\nb = Bé\n");
        assert_eq!(rules_of(&d), Vec::<&str>::new(), "{d:?}");
        let (_, c) = run("a = A\nb = { B\n", "a = Ah\nb = Bé\n");
        assert_eq!(c.obsolete, 1);
    }

    #[test]
    fn unreadable_file_is_its_encoding_finding_alone() {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        let rf = file("en/a.ftl", "a = A\nb = B\n");
        let lf = SourceFile::from_bytes("fr/a.ftl".into(), "fr/a.ftl", b"a = caf\xe9\n".to_vec());
        let report = |_: &str| Action::Report(None);
        let c = crate::rules::dispatch::file_pair(&mut sink, &rf, &lf, "en", &report, None);
        assert!(sink.out.is_empty(), "{:?}", sink.out);
        assert_eq!(c.missing, 2);
    }

    #[test]
    fn too_deep_and_too_large_cover_their_messages() {
        let deep = format!("a = {}\nb = Bé\n", "{".repeat(500));
        let d = crate::rules::testutil::check_pair("fr", "a = A\nb = B\n", &deep);
        assert_eq!(rules_of(&d), vec!["too-deep"], "{d:?}");
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("big.ftl");
        std::fs::File::create(&p)
            .and_then(|f| f.set_len(crate::ftl::source::MAX_FILE_BYTES + 1))
            .expect("sparse file");
        let big = SourceFile::load(&p, "fr/a.ftl").expect("loads");
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        let report = |_: &str| Action::Report(None);
        let rf = file("en/a.ftl", "a = A\nb = B\n");
        let c = crate::rules::dispatch::file_pair(&mut sink, &rf, &big, "en", &report, None);
        assert!(sink.out.is_empty(), "{:?}", sink.out);
        assert_eq!(c.missing, 2);
    }

    #[test]
    fn attribute_typo_is_one_obsolete_attribute() {
        let (d, _) = run("a = A\n    .title = T\n", "a = Ah\n    .tittle = T\n");
        assert_eq!(rules_of(&d), vec!["obsolete-attribute"]);
        assert_eq!(
            d[0].help.as_deref(),
            Some("did you mean `.title`? The reference has it, this message does not")
        );
        // Unrelated names are two findings.
        let (d, _) = run("a = A\n    .title = T\n", "a = Ah\n    .label = T\n");
        assert_eq!(
            rules_of(&d),
            vec!["missing-attribute", "obsolete-attribute"]
        );
    }

    #[test]
    fn empty_translation_is_empty_message_alone() {
        let (d, _) = run("a = { $n } files in <b>{ -brand }</b>\n", "a = { \"\" }\n");
        assert_eq!(rules_of(&d), vec!["empty-message"]);
    }

    #[test]
    fn term_attributes_are_private() {
        let (d, _) = run("-t = T\n    .gender = m\n", "-t = T\n    .case = x\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn filters_ignore_and_lower() {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        let rf = file("en/a.ftl", "a = A\nb = B\n");
        let lf = file("fr/a.ftl", "");
        let filter = |k: &str| {
            if k == "a" {
                Action::Ignore
            } else {
                Action::Report(Some(Severity::Warning))
            }
        };
        let c = crate::rules::dispatch::file_pair(&mut sink, &rf, &lf, "en", &filter, None);
        assert_eq!(sink.out.len(), 1);
        assert_eq!(c.missing, 0);
        assert_eq!(c.reported, 1);
    }

    #[test]
    fn complete_translation_is_clean() {
        let (d, c) = run(
            "a = A { $x }\n    .title = T\n",
            "a = Ah { $x }\n    .title = Té\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(c.missing + c.obsolete, 0);
    }
}
