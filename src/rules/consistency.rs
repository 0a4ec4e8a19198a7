//! Consistency within a locale: one source text, one translation (and the reverse).

use super::ReferenceFacts;
use super::{declare_rule, part_name, Sink};
use crate::ftl::model::{Entry, Span};
use crate::ftl::{LocaleIndex, SourceFile};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

declare_rule! {
    /// One reference text is translated two ways in a locale: the finding names both
    /// messages and both translations.
    ///
    /// Texts are compared as written, placeables included, with whitespace collapsed.
    /// Only texts of three words or more are compared: a single word ("Download", "Close")
    /// is a button in one place and a heading in another, and translations rightly differ.
    /// Every message but those of the most frequent translation is reported (on a tie, all
    /// but the first in file order).
    ///
    /// ## Why
    /// Readers take two wordings for two things, and a translation memory fed with both
    /// suggests either. Weblate's `consistency` check and Xbench report the same.
    ///
    /// ## Example
    /// ```ftl
    /// # en (two files)
    /// cta = Get the latest version
    /// footer-cta = Get the latest version
    /// # fr
    /// cta = Obtenez la dernière version
    /// footer-cta = Téléchargez la version la plus récente
    /// ```
    ///
    /// ## Fix
    /// Use one translation for both, unless the contexts differ (then say so in the
    /// reference comments, or suppress with a reason). No automatic fix.
    pub static INCONSISTENT_TRANSLATION = ("inconsistent-translation", Warning, "consistency");
}

declare_rule! {
    /// One translation stands for different reference texts in a locale, a weaker signal
    /// than `inconsistent-translation`: the finding names both messages and both
    /// reference texts.
    ///
    /// Texts of three words or more, compared as `inconsistent-translation` compares them;
    /// reference texts that differ only in case, punctuation or spacing are the same text.
    ///
    /// Off by default: on mozilla.org's localization (107 locales) it gave 553 findings, and
    /// a sample of 25 read by hand held 4 worth a change; the rest are English variants
    /// that mean the same ("versus" and "vs", "Share on" and "Share to"). Turn it on
    /// (`shared-translation = "warning"`) to review a locale.
    ///
    /// ## Why
    /// Two different English sentences rendered by one translation usually mean one of
    /// them was copied over the other, or one of the English sentences changed and its
    /// translation was not updated. Xbench's "inconsistency in source" reports it.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// a = Download the app for Android
    /// b = Download the app for iOS
    /// # fr
    /// a = Téléchargez l’application pour Android
    /// b = Téléchargez l’application pour Android
    /// ```
    ///
    /// ## Fix
    /// Translate each text for what it says. No automatic fix.
    pub static SHARED_TRANSLATION = ("shared-translation", Warning, "consistency", off);
}

/// A text as compared: ASCII whitespace collapsed, none just inside braces.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_ascii_whitespace() {
        if !out.is_empty() && !out.ends_with('{') && !word.starts_with('}') {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The hash of a normalized text ([`normalize`]).
fn digest(text: &str) -> u64 {
    std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, normalize(text))
}

/// [`digest`], and whether the text has the three words outside placeables that the
/// rules compare (runs with a letter; any non-ASCII character counts as a letter): every
/// locale digests every reference text. Counting stops at the third word.
fn digest_words(text: &str) -> (u64, bool) {
    let text = normalize(text);
    let (mut words, mut letter, mut depth) = (0usize, false, 0u32);
    for b in text.bytes() {
        match b {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b' ' => {
                words += usize::from(letter);
                letter = false;
                if words == 3 {
                    break;
                }
            }
            b if depth == 0 && (b.is_ascii_alphabetic() || b >= 0x80) => letter = true,
            _ => {}
        }
    }
    let long = words + usize::from(letter) >= 3;
    (
        std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, text),
        long,
    )
}

/// Case, punctuation and spacing dropped: "Get Firefox!" and "get firefox" are one text.
fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A translated part, before its texts are needed (most are unique: hashes decide).
struct Candidate<'a> {
    file: &'a SourceFile,
    id: &'a str,
    attr: Option<&'a str>,
    anchor: Span,
    reference: (&'a SourceFile, Span),
    translation: Span,
    rh: u64,
    lh: u64,
}

/// One translated part with its two texts.
struct Occurrence<'a> {
    file: &'a SourceFile,
    id: &'a str,
    attr: Option<&'a str>,
    anchor: Span,
    reference: String,
    translation: String,
}

/// Indexes of the candidates in groups (by `key`) with more than one `variant`.
fn ambiguous(
    all: &[Candidate],
    key: impl Fn(&Candidate) -> u64,
    variant: impl Fn(&Candidate) -> u64,
) -> Vec<usize> {
    let mut groups: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, c) in all.iter().enumerate() {
        groups.entry(key(c)).or_default().push(i);
    }
    let mut out: Vec<usize> = groups
        .into_values()
        .filter(|m| m.iter().any(|&i| variant(&all[i]) != variant(&all[m[0]])))
        .flatten()
        .collect();
    out.sort_unstable();
    out
}

/// The translated parts of the locale's entries that `keep` accepts (all without it).
fn candidates<'a>(
    index: &'a LocaleIndex,
    reference: &'a LocaleIndex,
    facts: Option<&ReferenceFacts>,
    keep: Option<&dyn Fn(&Entry) -> bool>,
) -> Vec<Candidate<'a>> {
    let mut all: Vec<Candidate> = Vec::new();
    for file in &index.files {
        for e in file
            .model
            .entries
            .iter()
            .filter(|e| e.first && !e.id.starts_with('-'))
        {
            if keep.is_some_and(|keep| !keep(e)) {
                continue;
            }
            let Some((rfile, r)) = reference.lookup(e.hash, &e.id) else {
                continue;
            };
            let value = match (&r.value, &e.value) {
                (Some(rv), Some(lv)) => Some((None, rv, lv, e.id_span.clone())),
                _ => None,
            };
            let attributes = e.attributes.iter().filter_map(|la| {
                let ra = r.attributes.iter().find(|a| a.name == la.name)?;
                Some((Some(la.name.as_str()), &ra.part, &la.part, la.span.clone()))
            });
            for (attr, rp, lp, anchor) in value.into_iter().chain(attributes) {
                if lp.empty {
                    continue;
                }
                let digest = || digest_words(rfile.text.get(rp.source.clone()).unwrap_or(""));
                let (rh, long) = match facts.and_then(|f| f.of(rfile, rp)) {
                    Some(f) => *f.digest.get_or_init(digest),
                    None => digest(),
                };
                if !long {
                    continue;
                }
                all.push(Candidate {
                    file,
                    id: &e.id,
                    attr,
                    anchor,
                    reference: (rfile, rp.source.clone()),
                    translation: lp.source.clone(),
                    rh,
                    // Set by `check_locale` where needed.
                    lh: 0,
                });
            }
        }
    }
    all
}

/// Id hashes of the reference's entries with a text (three words or more) that another
/// text of the reference repeats: with `inconsistent-translation` alone, only their
/// translations can disagree with another, so a locale skips every other entry.
pub fn repeated_texts(reference: &LocaleIndex) -> HashSet<u64> {
    let mut texts: Vec<(u64, u64)> = Vec::new();
    let mut count: HashMap<u64, u32> = HashMap::default();
    for file in &reference.files {
        for e in &file.model.entries {
            for (_, p) in e.parts() {
                let (h, long) = digest_words(file.text.get(p.source.clone()).unwrap_or(""));
                if long {
                    texts.push((e.hash, h));
                    *count.entry(h).or_default() += 1;
                }
            }
        }
    }
    texts
        .into_iter()
        .filter(|(_, h)| count.get(h).is_some_and(|n| *n > 1))
        .map(|(id, _)| id)
        .collect()
}

/// Whether entry `e` of a locale may hold a translation of a repeated reference text
/// (`repeated`, [`repeated_texts`]), or two translations of one reference text: its id
/// is defined twice in the locale (`defined_twice`), or it has an attribute twice.
fn may_disagree(e: &Entry, repeated: &HashSet<u64>, defined_twice: &HashSet<u64>) -> bool {
    repeated.contains(&e.hash)
        || defined_twice.contains(&e.hash)
        || (e.attributes.iter().enumerate())
            .any(|(i, a)| e.attributes[..i].iter().any(|b| b.name == a.name))
}

fn occurrences<'a>(all: &[Candidate<'a>], picked: Vec<usize>) -> Vec<Occurrence<'a>> {
    picked
        .into_iter()
        .map(|i| {
            let c = &all[i];
            let text = |f: &SourceFile, s: &Span| normalize(f.text.get(s.clone()).unwrap_or(""));
            Occurrence {
                file: c.file,
                id: c.id,
                attr: c.attr,
                anchor: c.anchor.clone(),
                reference: text(c.reference.0, &c.reference.1),
                translation: text(c.file, &c.translation),
            }
        })
        .collect()
}

/// The two rules over a locale's files, against the reference's index.
pub fn check_locale(sink: &mut Sink, index: &LocaleIndex, reference: &LocaleIndex) {
    let on_a = sink.enabled(&INCONSISTENT_TRANSLATION);
    let on_b = sink.enabled(&SHARED_TRANSLATION);
    if !on_a && !on_b {
        return;
    }
    let mut all = if on_b {
        candidates(index, reference, sink.facts, None)
    } else {
        let local;
        let repeated = match sink.facts {
            Some(f) => f.repeated_texts.get_or_init(|| repeated_texts(reference)),
            None => {
                local = repeated_texts(reference);
                &local
            }
        };
        let defined_twice: HashSet<u64> = (index.duplicates.iter())
            .flat_map(|&(a, b)| [a, b])
            .map(|(f, e)| index.files[f].model.entries[e].hash)
            .collect();
        let keep = |e: &Entry| may_disagree(e, repeated, &defined_twice);
        candidates(index, reference, sink.facts, Some(&keep))
    };
    // Translations are digested only where they can matter: for `inconsistent-translation`,
    // where the reference text occurs more than once.
    let mut repeated: HashMap<u64, u32> = HashMap::default();
    if !on_b {
        for c in &all {
            *repeated.entry(c.rh).or_default() += 1;
        }
    }
    for c in &mut all {
        if on_b || repeated.get(&c.rh).is_some_and(|n| *n > 1) {
            c.lh = digest(c.file.text.get(c.translation.clone()).unwrap_or(""));
        }
    }
    if on_a {
        inconsistent(sink, &all);
    }
    if on_b {
        shared(sink, &all);
    }
}

/// `inconsistent-translation`: one reference text, translations that differ.
fn inconsistent(sink: &mut Sink, all: &[Candidate]) {
    let picked = occurrences(all, ambiguous(all, |c| c.rh, |c| c.lh));
    let mut by_source: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in picked.iter().enumerate() {
        by_source.entry(&o.reference).or_default().push(i);
    }
    report(
        sink,
        &picked,
        by_source,
        |o| &o.translation,
        |sink, o, other| {
            sink.at(
                &INCONSISTENT_TRANSLATION,
                o.file,
                o.anchor.clone(),
                Some(o.id),
                format!(
                    "`{}` translates “{}” as “{}”, but `{}` ({}) as “{}”",
                    part_name(o.id, o.attr),
                    o.reference,
                    o.translation,
                    part_name(other.id, other.attr),
                    other.file.rel,
                    other.translation
                ),
            );
        },
    );
}

/// `shared-translation`: one translation for reference texts that differ (more than in
/// case and punctuation).
fn shared(sink: &mut Sink, all: &[Candidate]) {
    let picked = occurrences(all, ambiguous(all, |c| c.lh, |c| c.rh));
    let mut by_translation: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in picked.iter().enumerate() {
        by_translation.entry(&o.translation).or_default().push(i);
    }
    report(
        sink,
        &picked,
        by_translation,
        |o| o.reference.as_str(),
        |sink, o, other| {
            if loose(&o.reference) == loose(&other.reference) {
                return;
            }
            sink.at(
                &SHARED_TRANSLATION,
                o.file,
                o.anchor.clone(),
                Some(o.id),
                format!(
                    "`{}` and `{}` ({}) are both “{}”, but their reference texts differ: “{}” and “{}”",
                    part_name(o.id, o.attr),
                    part_name(other.id, other.attr),
                    other.file.rel,
                    o.translation,
                    o.reference,
                    other.reference
                ),
            );
        },
    );
}

/// For each group with more than one distinct `variant`, reports every occurrence of the
/// less frequent variants, with an occurrence of the most frequent one.
fn report<'a>(
    sink: &mut Sink,
    all: &'a [Occurrence<'a>],
    groups: BTreeMap<&str, Vec<usize>>,
    variant: impl Fn(&'a Occurrence<'a>) -> &'a str,
    mut emit: impl FnMut(&mut Sink, &Occurrence, &Occurrence),
) {
    for (_, members) in groups {
        if members.len() < 2 {
            continue;
        }
        // Variants in order of first appearance, with their members.
        let mut variants: Vec<(&str, Vec<usize>)> = Vec::new();
        for &i in &members {
            let v = variant(&all[i]);
            match variants.iter_mut().find(|(w, _)| *w == v) {
                Some((_, m)) => m.push(i),
                None => variants.push((v, vec![i])),
            }
        }
        if variants.len() < 2 {
            continue;
        }
        let main = variants
            .iter()
            .enumerate()
            .max_by_key(|(k, (_, m))| (m.len(), std::cmp::Reverse(*k)))
            .map(|(k, _)| k)
            .unwrap_or(0);
        let first_main = variants[main].1[0];
        for (k, (_, m)) in variants.iter().enumerate() {
            if k == main {
                continue;
            }
            for &i in m {
                emit(sink, &all[i], &all[first_main]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(r: &[(&str, &str)], l: &[(&str, &str)]) -> Vec<crate::diagnostic::Diagnostic> {
        let mut sev = Severities::default();
        sev.set(
            &SHARED_TRANSLATION,
            Some(crate::diagnostic::Severity::Warning),
        );
        run_with(&sev, false, r, l)
    }

    /// With severities `sev`, and with shared reference facts as a check has them.
    fn run_with(
        sev: &Severities,
        facts: bool,
        r: &[(&str, &str)],
        l: &[(&str, &str)],
    ) -> Vec<crate::diagnostic::Diagnostic> {
        let rf = r.iter().map(|(p, s)| file(p, s)).collect();
        let lf = l.iter().map(|(p, s)| file(p, s)).collect();
        let reference = LocaleIndex::new(rf);
        let shared = ReferenceFacts::new(&reference);
        let mut sink = Sink::new("fr", sev);
        if facts {
            sink.facts = Some(&shared);
        }
        check_locale(&mut sink, &LocaleIndex::new(lf), &reference);
        sink.out
    }

    #[test]
    fn one_source_two_translations_names_both() {
        let d = run(
            &[
                ("en/a.ftl", "a = Get the latest version\nb = Close\n"),
                ("en/b.ftl", "c = Get the latest   version\nd = Close\ne = Get the latest version\n"),
            ],
            &[
                ("fr/a.ftl", "a = Obtenez la dernière version\nb = Fermer\n"),
                ("fr/b.ftl", "c = Téléchargez la version récente\nd = Fermé\ne = Obtenez la dernière version\n"),
            ],
        );
        assert_eq!(rules_of(&d), ["inconsistent-translation"]);
        assert_eq!(
            d[0].message,
            "`c` translates “Get the latest version” as “Téléchargez la version récente”, but `a` (fr/a.ftl) as “Obtenez la dernière version”"
        );
        assert_eq!(d[0].path, "fr/b.ftl");
    }

    #[test]
    fn one_translation_for_two_sources() {
        let d = run(
            &[("en/a.ftl", "a = Download the app for Android\nb = Download the app for iOS\nc = Download the App for Android!\n")],
            &[("fr/a.ftl", "a = Téléchargez l’application pour Android\nb = Téléchargez l’application pour Android\nc = Téléchargez l’application pour Android\n")],
        );
        assert_eq!(rules_of(&d), ["shared-translation"]);
        assert_eq!(d[0].id.as_deref(), Some("b"));
        // Off unless configured.
        let sev = Severities::default();
        assert_eq!(sev.of(&SHARED_TRANSLATION), None);
    }

    #[test]
    fn digest_agrees_with_normalize() {
        let texts = [
            "  a  b\n c ",
            "a b c",
            "{ $x } y",
            "{$x}y",
            "{$x} y",
            "a{ b }c",
            "a {b} c",
            "x\u{a0} y",
            " { } x{\t}",
            "{} x{}",
        ];
        for a in texts {
            assert_eq!(digest(a), digest(&normalize(a)), "{a:?}");
            for b in texts {
                assert_eq!(
                    normalize(a) == normalize(b),
                    digest(a) == digest(b),
                    "{a:?} {b:?}"
                );
            }
        }
        assert_eq!(normalize(" { $x }  y\n z"), "{$x} y z");
        assert_eq!(normalize(" { } x{\t}"), "{} x{}");
        assert_eq!(
            digest_words("Get { $n } the  latest"),
            (digest("Get { $n } the latest"), true)
        );
        // Words inside placeables and without a letter do not count; counting stops at
        // the third word, the digest still covers the whole text.
        assert!(!digest_words("{ -brand } 2.0").1);
        assert!(!digest_words("Get {\n $n \n} now 2.0").1);
        assert!(digest_words("Get { $n } now, «vite»").1);
        assert_ne!(digest_words("a b c d").0, digest_words("a b c e").0);
    }

    /// A reference text said once can still be translated twice: by an attribute written
    /// twice, or a message defined in two files.
    /// Only entries whose reference text repeats are read (`shared-translation` off), but
    /// a text said once in the reference can still be translated twice: by an attribute
    /// written twice, or a message defined in two files.
    #[test]
    fn one_reference_text_translated_twice_by_one_locale() {
        let sev = Severities::default();
        for facts in [false, true] {
            let d = run_with(
                &sev,
                facts,
                &[("en/a.ftl", "a = Close\n    .title = Get it now please\n")],
                &[(
                    "fr/a.ftl",
                    "a = Fermer\n    .title = Obtenez-le maintenant\n    .title = Prenez-le maintenant\n",
                )],
            );
            assert_eq!(rules_of(&d), ["inconsistent-translation"]);
            let d = run_with(
                &sev,
                facts,
                &[("en/a.ftl", "a = Get the latest version\n")],
                &[
                    ("fr/a.ftl", "a = Obtenez la dernière version\n"),
                    ("fr/b.ftl", "a = Téléchargez la version récente\n"),
                ],
            );
            assert_eq!(rules_of(&d), ["inconsistent-translation"]);
            assert_eq!(d[0].path, "fr/b.ftl");
        }
    }

    #[test]
    fn consistent_repeats_pass() {
        let d = run(
            &[("en/a.ftl", "a = Get the latest version\nb = Get the latest version\n    .title = Get it now please\n")],
            &[("fr/a.ftl", "a = Obtenez la dernière version\nb = Obtenez la  dernière version\n    .title = Obtenez-la maintenant\n")],
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
