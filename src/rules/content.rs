//! Rules about what a translation says: untranslated copies, empty values, markup.

use super::{declare_rule, part_name, PartRef, Sink};
use crate::ftl::model::{Entry, Part, Tag};
use crate::ftl::SourceFile;
use std::collections::BTreeMap;

declare_rule! {
    /// The translation is identical to the reference text.
    ///
    /// ## Why
    /// A copy of the source usually means the string was never translated (a tool
    /// pre-filled it). Messages without text of their own (`{ -brand-name }`), messages with
    /// fewer than two lowercase words (names and titles: "Firefox for Windows", "OK") and
    /// locales that share the reference's language (`en-GB` for `en`) are not reported,
    /// which keeps false alarms down.
    ///
    /// ## Example
    /// ```ftl
    /// # de
    /// answer-rate = The answer rate of agent-handled calls reached { $rate }
    /// ```
    ///
    /// ## Fix
    /// Translate it, or turn the rule off for the message with a suppression comment.
    pub static UNTRANSLATED = ("untranslated", Warning, "content");
}

declare_rule! {
    /// The translation's value (or an attribute) is empty, where the reference's is not.
    ///
    /// ## Why
    /// `{ "" }` satisfies the parser but shows nothing to the user. It is legitimate only
    /// when the reference is empty too (a suffix some languages do not need). An empty
    /// translation lacks every variable, reference and tag of the reference: only its
    /// emptiness is reported.
    ///
    /// ## Example
    /// ```ftl
    /// title = { "" }
    /// ```
    ///
    /// ## Fix
    /// Translate the text. No automatic fix.
    pub static EMPTY_MESSAGE = ("empty-message", Warning, "content");
}

declare_rule! {
    /// HTML-like tags of the reference are missing from the translation, or added to it.
    ///
    /// ## Why
    /// Markup in Fluent text (`<a>`, `<strong>`, `<br>`) is filled by the page or DOM
    /// overlays; a dropped `</a>` breaks the link and an added tag may be stripped or break
    /// the layout. Tags are compared by name and count, in any order (word order changes).
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// more = Read <a>the full report</a>.
    /// # fr
    /// more = Lisez le rapport complet.
    /// ```
    ///
    /// ## Fix
    /// Put the tags back around the matching words. No automatic fix.
    pub static MARKUP_MISMATCH = ("markup-mismatch", Warning, "content");
}

/// Markup compared per part, from the tags the model counted once per part.
pub fn compare_markup(sink: &mut Sink, at: &PartRef, r: &[Tag], l: &[Tag]) {
    let (file, id, attr) = (at.file, at.id, at.attr);
    let same = |a: &Tag, b: &Tag| a.key == b.key && a.count == b.count;
    if r.len() == l.len() && r.iter().zip(l).all(|(a, b)| same(a, b)) {
        return;
    }
    let find = |tags: &[Tag], key: &str| {
        tags.binary_search_by(|t| t.key.as_str().cmp(key))
            .ok()
            .map(|i| tags[i].count as usize)
            .unwrap_or(0)
    };
    let name = part_name(id, attr);
    // One finding per tag name: a dropped `<a>…</a>` is one problem, not two.
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for t in r {
        let (tag, n) = (t.key.as_str(), t.count as usize);
        let have = find(l, tag);
        if have < n {
            let base = tag.trim_start_matches('/').to_string();
            missing
                .entry(base)
                .or_default()
                .push(format!("`<{tag}>` ({have} of {n})"));
        }
    }
    for (base, forms) in missing {
        if let Some(d) = sink.at(
            &MARKUP_MISMATCH,
            file,
            at.anchor.clone(),
            Some(id),
            format!(
                "`{name}` leaves out the reference's `<{base}>` markup: {}",
                forms.join(", ")
            ),
        ) {
            d.help(
                "put the tags back around the words they mark: a dropped `</a>` breaks the link",
            );
        }
    }
    let mut extra: BTreeMap<String, (Vec<String>, std::ops::Range<usize>)> = BTreeMap::new();
    for t in l {
        let (tag, n, span) = (t.key.as_str(), t.count as usize, &t.first);
        let want = find(r, tag);
        if n > want {
            let base = tag.trim_start_matches('/').to_string();
            let e = extra.entry(base).or_insert((Vec::new(), span.clone()));
            e.0.push(format!("`<{tag}>` {n} time(s), the reference {want}"));
            if span.start < e.1.start {
                e.1 = span.clone();
            }
        }
    }
    for (base, (forms, span)) in extra {
        if let Some(d) = sink.at(
            &MARKUP_MISMATCH,
            file,
            span,
            Some(id),
            format!("`{name}` adds `<{base}>` markup: {}", forms.join(", ")),
        ) {
            d.help("use the reference's tags only: the page may strip others or break its layout");
        }
    }
}

/// Emptiness per part (the markup check needs the reference file and runs separately).
pub fn compare_part(sink: &mut Sink, at: &PartRef, r: &Part, l: &Part) {
    let (file, id, attr) = (at.file, at.id, at.attr);
    if l.empty && !r.empty {
        if let Some(d) = sink.at(
            &EMPTY_MESSAGE,
            file,
            at.anchor.clone(),
            Some(id),
            format!(
                "`{}` is empty, but the reference is not",
                part_name(id, attr)
            ),
        ) {
            d.help("translate the text: users see nothing here");
        }
    }
}

fn language(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

/// Whole-message comparison: untranslated copies.
pub fn compare_message(
    sink: &mut Sink,
    reference: &SourceFile,
    file: &SourceFile,
    r: &Entry,
    l: &Entry,
    reference_locale: &str,
) {
    if language(sink.locale).eq_ignore_ascii_case(language(reference_locale)) {
        return;
    }
    let pairs = || {
        r.value
            .iter()
            .zip(l.value.iter())
            .chain(r.attributes.iter().filter_map(|ra| {
                l.attributes
                    .iter()
                    .find(|la| la.name == ra.name)
                    .map(|la| (&ra.part, &la.part))
            }))
            .filter(|(rp, _)| !reference.model.text_free(rp, &reference.text))
    };
    // Nearly every translation differs from its reference within a few bytes.
    let mut any = false;
    for (rp, lp) in pairs() {
        if !rp.same_text(&reference.text, lp, &file.text) {
            return;
        }
        any = true;
    }
    if !any {
        return;
    }
    let pairs: Vec<(&Part, &Part)> = pairs().collect();
    // Identical text: count the words in the translation's own text elements.
    let words: usize = pairs
        .iter()
        .flat_map(|(_, lp)| file.model.texts(lp).iter())
        .map(|t| {
            file.text[t.clone()]
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count()
        })
        .sum();
    if words < 2 {
        return;
    }
    let anchor = l
        .value
        .as_ref()
        .map(|v| v.anchor.clone())
        .unwrap_or(l.id_span.clone());
    if let Some(d) = sink.at(
        &UNTRANSLATED,
        file,
        anchor,
        Some(&l.id),
        format!("`{}` is the reference's text, not translated", l.id),
    ) {
        d.help("translate it; if it is meant to stay as it is, say so above it: `# glossator-ignore: untranslated -- reason`");
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testutil::pair_findings;

    use crate::rules::testutil::rules_of;

    fn run(locale: &str, r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        pair_findings(locale, "en", r, l, &[])
    }

    #[test]
    fn untranslated_fires_on_copies() {
        let d = run(
            "de",
            "a = The answer rate { $r }\n",
            "a = The answer rate { $r }\n",
        );
        assert_eq!(rules_of(&d), vec!["untranslated"]);
    }

    #[test]
    fn untranslated_spares_names_short_and_same_language() {
        assert!(run(
            "de",
            "a = { -brand }\nb = Email\n",
            "a = { -brand }\nb = Email\n"
        )
        .is_empty());
        assert!(run("en-GB", "a = The answer rate\n", "a = The answer rate\n").is_empty());
        assert!(run("de", "a = The answer rate\n", "a = Die Erreichbarkeit\n").is_empty());
    }

    #[test]
    fn empty_message_only_when_reference_is_not_empty() {
        let d = run(
            "de",
            "a = Text\nb = { \"\" }\n",
            "a = { \"\" }\nb = { \"\" }\n",
        );
        assert_eq!(rules_of(&d), vec!["empty-message"]);
        assert_eq!(d[0].id.as_deref(), Some("a"));
    }

    #[test]
    fn tag_scan_matches_the_tag_grammar() {
        let tags = |t: &str| -> Vec<(bool, String, String)> {
            crate::ftl::markup::scan_tags(t)
                .map(|(c, n, r)| (c, n.to_string(), t[r].to_string()))
                .collect()
        };
        let t = |c: bool, n: &str, s: &str| (c, n.to_string(), s.to_string());
        assert_eq!(
            tags("a <a href=\"x\">b</a> <br/> <img\tsrc=x /> <x-y>"),
            vec![
                t(false, "a", "<a href=\"x\">"),
                t(true, "a", "</a>"),
                t(false, "br", "<br/>"),
                t(false, "img", "<img\tsrc=x />"),
                t(false, "x-y", "<x-y>"),
            ]
        );
        // Not tags: a comparison, a digit, an unclosed tag, a name glued to other text.
        assert!(tags("1 < 2, <3, <a href=x <b, <a_b>, < a>, </>").is_empty());
        // A tag right after a failed one, and a non-ASCII space before attributes.
        assert_eq!(tags("<<b>"), vec![t(false, "b", "<b>")]);
        assert_eq!(tags("<a\u{a0}x>"), vec![t(false, "a", "<a\u{a0}x>")]);
    }

    #[test]
    fn markup_missing_and_added() {
        let d = run(
            "de",
            "a = Read <a>the report</a>.\nb = Plain\n",
            "a = Lesen Sie den Bericht.\nb = <strong>Schlicht</strong>\n",
        );
        assert_eq!(rules_of(&d), vec!["markup-mismatch", "markup-mismatch"]);
        assert!(
            d[0].message
                .contains("leaves out the reference's `<a>` markup"),
            "{}",
            d[0].message
        );
        assert!(
            d[1].message.contains("adds `<strong>` markup"),
            "{}",
            d[1].message
        );
        let d = run(
            "de",
            "a = Read <a data-x=\"1\">the report</a>.\n",
            "a = Den <a>Bericht</a> lesen.\n",
        );
        assert!(d.is_empty(), "{d:?}");
    }
}
