//! Rules for the people who write the reference: brand names typed out, message ids that
//! break the project's pattern, variables no comment explains. (Straight quotes and `...`
//! in the reference are `quotation-marks` and `ellipsis`, which know the reference.)

use super::{declare_rule, part_name, Sink};
use crate::diagnostic::{Applicability, Edit, Fix};
use crate::ftl::model::{comment_lines, Entry, EntryKind, Part};
use crate::ftl::{visible, LocaleIndex, SourceFile};
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// A reference message types out a name a term holds (`Firefox` where
    /// `-brand-name-firefox = Firefox` exists), instead of referencing the term.
    ///
    /// The names are the reference's own terms whose value is plain text with a capital
    /// letter; a name is matched as whole words, case-sensitively, longest first ("Firefox
    /// Focus" before "Firefox"), in text only (markup, URLs and placeables are code).
    ///
    /// ## Why
    /// A term is how translators know a name must stay (or be declined); a typed-out name
    /// gets translated, transliterated or left stale when the brand changes. Firefox's
    /// linter derives its brand list from the brand terms the same way (CO01).
    ///
    /// ## Example
    /// ```ftl
    /// -brand-name-firefox = Firefox
    /// download = Download Firefox today
    /// ```
    ///
    /// ## Fix
    /// `glossator fix` puts the term reference in place of the name (safe: the reference
    /// renders the same text).
    pub static HARDCODED_BRAND = ("hardcoded-brand", Warning, "reference_lint");
}

declare_rule! {
    /// A reference message id that breaks the project's pattern: another case style than
    /// nine in ten of the project's ids (`kebab-case`, `snake_case`, `camelCase`), or, in a
    /// file of ten ids or more, without the prefix nine in ten of the file's ids share
    /// (`firefox-all-…` in `firefox/all.ftl`).
    ///
    /// ## Why
    /// Ids are how code, translators and tools find a string; one off-pattern id is hard to
    /// find, and a copied id from another file (its prefix) is often a stale duplicate.
    /// Firefox's linter checks id patterns (ID01).
    ///
    /// ## Example
    /// ```ftl
    /// # firefox/all.ftl
    /// firefox-all-title = Download Firefox
    /// firefox-all-check = Check your version
    /// downloadButton = Download
    /// ```
    ///
    /// ## Fix
    /// Rename the id (and its uses in code and translations). No automatic fix.
    pub static ID_PATTERN = ("id-pattern", Warning, "reference_lint");
}

declare_rule! {
    /// A reference message uses a variable that neither its comment nor its group's
    /// comment mentions (`$url`); a comment a blank line detaches from the message does not
    /// count (translation tools do not show it), and the finding says so.
    ///
    /// Off by default: documenting every variable is a project's policy (Firefox and
    /// mozilla.org have it; most projects do not, and there it reports every variable).
    /// On mozilla.org's reference it gives 62 findings, every one a variable with no
    /// attached comment (15 explained in a comment a blank line detaches).
    ///
    /// ## Why
    /// Translators see `{ $count }` or `{ $name }` with no idea what it holds: a number,
    /// a person, a product. A line such as `# $count (number): files selected` lets them
    /// choose grammar and word order. Firefox's linter requires it (VC01).
    ///
    /// ## Example
    /// ```ftl
    /// # The download link.
    /// download = Get it at { $url }
    /// ```
    ///
    /// ## Fix
    /// Add `$url` and what it holds to the message's comment. No automatic fix.
    pub static UNDOCUMENTED_VARIABLE = ("undocumented-variable", Warning, "reference_lint", off);
}

/// A name a term holds: its text, the term id.
struct Brand {
    text: String,
    term: String,
}

fn brands(index: &LocaleIndex) -> Vec<Brand> {
    let mut out: Vec<Brand> = Vec::new();
    for f in &index.files {
        for e in f
            .model
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Term && e.first)
        {
            let Some(v) = &e.value else { continue };
            let plain = f.model.variables(v).is_empty()
                && f.model.references(v).is_empty()
                && f.model.selects(v).is_empty()
                && f.model.texts(v).len() == 1;
            if !plain {
                continue;
            }
            let Some(text) = f.model.texts(v).first().and_then(|s| f.text.get(s.clone())) else {
                continue;
            };
            let text = text.trim();
            let capital = text.chars().next().is_some_and(char::is_uppercase)
                && text.chars().filter(|c| c.is_alphabetic()).count() >= 3;
            if capital && !out.iter().any(|b| b.text == text) {
                out.push(Brand {
                    text: text.to_string(),
                    term: e.id.to_string(),
                });
            }
        }
    }
    out.sort_by(|a, b| b.text.len().cmp(&a.text.len()).then(a.text.cmp(&b.text)));
    out
}

/// True when `r` of `text` is whole words.
fn whole_words(text: &str, r: &std::ops::Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    !word(before) && !word(after)
}

fn hardcoded(sink: &mut Sink, index: &LocaleIndex) {
    let brands = brands(index);
    if brands.is_empty() {
        return;
    }
    // One automaton for every name; overlapping matches, the longest kept.
    let Ok(ac) = aho_corasick::AhoCorasick::new(brands.iter().map(|b| b.text.as_str())) else {
        return;
    };
    // Masking only blanks text out, so a part whose source names no brand has none to
    // report: most parts are ruled out before their runs are built (unless a name holds
    // a character masking writes).
    let prefilter = !brands
        .iter()
        .any(|b| b.text.contains(['|', '\u{a0}', '\0']));
    for f in &index.files {
        for e in f
            .model
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Message)
        {
            for (attr, part) in e.parts() {
                let source = f.text.get(part.source.clone()).unwrap_or("");
                if prefilter && !ac.is_match(source) {
                    continue;
                }
                brands_in_part(sink, &ac, &brands, f, e, attr, part);
            }
        }
    }
}

/// `hardcoded-brand` in one part of message `e`: names in its text runs (not literals),
/// whole words, longest first, each with a fix.
fn brands_in_part(
    sink: &mut Sink,
    ac: &aho_corasick::AhoCorasick,
    brands: &[Brand],
    f: &SourceFile,
    e: &Entry,
    attr: Option<&str>,
    part: &Part,
) {
    for (run, masked) in visible::masked_runs(f, part) {
        if run.literal {
            continue;
        }
        let Some(raw) = f.text.get(run.span.clone()) else {
            continue;
        };
        let text = masked.as_deref().unwrap_or(raw);
        let mut found: Vec<(usize, std::ops::Range<usize>)> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.range()))
            .filter(|(_, r)| whole_words(text, r))
            .collect();
        // Longest first (the brands are sorted so), then in text order.
        found.sort_by_key(|(p, r)| (*p, r.start));
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        for (p, r) in found {
            let b = &brands[p];
            if taken.iter().any(|t| t.start < r.end && r.start < t.end) {
                continue;
            }
            taken.push(r.clone());
            let span = run.span.start + r.start..run.span.start + r.end;
            let d = sink.at(
                &HARDCODED_BRAND,
                f,
                span.clone(),
                Some(&e.id),
                format!(
                    "`{}` types out “{}”; use `{{ {} }}`",
                    part_name(&e.id, attr),
                    b.text,
                    b.term
                ),
            );
            if let Some(d) = d {
                d.fix = Some(Box::new(Fix {
                    description: format!("use `{{ {} }}`", b.term),
                    applicability: Applicability::Safe,
                    edits: vec![Edit {
                        range: span,
                        replacement: format!("{{ {} }}", b.term),
                    }],
                }));
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    Kebab,
    Snake,
    Camel,
    Other,
}

fn case_of(id: &str) -> Case {
    // One pass over the bytes (ids are ASCII but for the odd one, which is `Other`).
    let (mut dash, mut underscore, mut upper, mut other) = (false, false, false, false);
    for b in id.bytes() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => {}
            b'-' => dash = true,
            b'_' => underscore = true,
            b'A'..=b'Z' => upper = true,
            _ => other = true,
        }
    }
    if other || upper && (dash || underscore) {
        Case::Other
    } else if upper {
        if id.starts_with(|c: char| c.is_ascii_lowercase()) {
            Case::Camel
        } else {
            Case::Other
        }
    } else if !underscore {
        Case::Kebab
    } else if !dash {
        Case::Snake
    } else {
        Case::Other
    }
}

fn case_name(c: Case) -> &'static str {
    match c {
        Case::Kebab => "kebab-case",
        Case::Snake => "snake_case",
        Case::Camel => "camelCase",
        Case::Other => "mixed",
    }
}

/// The `k`-segment prefix of a kebab or snake id (`firefox-all-` for k = 2): the id up
/// to its `k`-th separator, when it has more than `k` segments.
fn prefix(id: &str, k: usize) -> Option<&str> {
    let sep = if id.contains('-') { b'-' } else { b'_' };
    memchr::memchr_iter(sep, id.as_bytes())
        .nth(k - 1)
        .map(|i| &id[..=i])
}

/// `id-pattern`: ids in another case style than nine in ten of the reference's, then,
/// in each file, ids without the prefix nine in ten of the file's share (but those
/// already reported for their case).
fn id_pattern(sink: &mut Sink, index: &LocaleIndex) {
    let reported = id_case(sink, index);
    for f in &index.files {
        id_prefix(sink, f, &reported);
    }
}

/// The reference's messages, first definitions only.
fn messages(f: &SourceFile) -> impl Iterator<Item = &Entry> {
    f.model
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message && e.first)
}

/// `id-pattern` for ids not in the case style of nine in ten of the reference's message
/// ids (with ten or more). Returns the findings' places.
fn id_case(sink: &mut Sink, index: &LocaleIndex) -> BTreeSet<(usize, usize)> {
    let all = || {
        index
            .files
            .iter()
            .flat_map(|f| messages(f).map(move |e| (f, e)))
    };
    let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
    let total = all().count();
    if total < 10 {
        return reported;
    }
    // Each id's case, worked out once for the count and the findings.
    let case: Vec<Case> = all().map(|(_, e)| case_of(&e.id)).collect();
    let mut cases: BTreeMap<Case, usize> = BTreeMap::new();
    for c in &case {
        *cases.entry(*c).or_default() += 1;
    }
    let (main, n) = cases
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(c, n)| (*c, *n))
        .unwrap_or((Case::Other, 0));
    if n * 10 < total * 9 || main == Case::Other {
        return reported;
    }
    for ((f, e), _) in all().zip(&case).filter(|(_, c)| **c != main) {
        reported.insert((e.id_span.start, 0));
        sink.at(
            &ID_PATTERN,
            f,
            e.id_span.clone(),
            Some(&e.id),
            format!(
                "`{}` is not {} like {} of the reference's {} message ids",
                e.id,
                case_name(main),
                n,
                total
            ),
        );
    }
    reported
}

/// `id-pattern` for the ids of file `f` (with ten or more) without the prefix nine in ten
/// of them share; not for those in `reported`.
fn id_prefix(sink: &mut Sink, f: &SourceFile, reported: &BTreeSet<(usize, usize)>) {
    let ids: Vec<&Entry> = messages(f).collect();
    if ids.len() < 10 {
        return;
    }
    let Some((p, c)) = shared_prefix(&ids) else {
        return;
    };
    for e in ids.iter().filter(|e| !e.id.starts_with(p)) {
        if reported.contains(&(e.id_span.start, 0)) {
            continue;
        }
        sink.at(
            &ID_PATTERN,
            f,
            e.id_span.clone(),
            Some(&e.id),
            format!(
                "`{}` does not start with `{p}` like {c} of the {} ids of {}",
                e.id,
                ids.len(),
                f.rel
            ),
        );
    }
}

/// The longest prefix (of up to three segments) nine in ten of `ids` share, with how many
/// do.
fn shared_prefix<'e>(ids: &[&'e Entry]) -> Option<(&'e str, usize)> {
    let mut best: Option<(&str, usize)> = None;
    for k in 1..=3 {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for e in ids {
            if let Some(p) = prefix(&e.id, k) {
                *counts.entry(p).or_default() += 1;
            }
        }
        if let Some((p, c)) = counts.into_iter().max_by_key(|(_, c)| *c) {
            if c * 10 >= ids.len() * 9 {
                best = Some((p, c));
            }
        }
    }
    best
}

/// True when `comment` mentions `$name` (as `$name`, not `$name-other`).
fn mentions(comment: &str, name: &str) -> bool {
    let needle = format!("${name}");
    comment.match_indices(&needle).any(|(i, _)| {
        !comment[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
    })
}

/// The `#` comment lines right above `start` (the first line of an entry or of its
/// comment) across blank lines: a comment a blank line detached from the message.
fn detached_comment(text: &str, start: usize) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut blank = false;
    for line in text[..start].lines().rev() {
        let l = line.trim_end();
        if l.is_empty() && lines.is_empty() {
            blank = true;
            continue;
        }
        if l == "#" || (l.starts_with("# ") && !l.starts_with("##")) {
            lines.push(l);
        } else {
            break;
        }
    }
    if !blank {
        return String::new();
    }
    lines.reverse();
    lines.join("\n")
}

fn undocumented(sink: &mut Sink, f: &SourceFile) {
    for e in f
        .model
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Message)
    {
        let mut comment = String::new();
        if let Some(c) = e.comment.clone().and_then(|s| f.text.get(s)) {
            comment.push_str(&comment_lines(c).collect::<Vec<_>>().join("\n"));
        }
        if let Some(g) = e
            .group
            .and_then(|g| f.model.groups.get(g as usize))
            .and_then(|s| f.text.get(s.clone()))
        {
            comment.push('\n');
            comment.push_str(g);
        }
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut detached: Option<String> = None;
        for (_, part) in e.parts() {
            for v in f.model.variables(part) {
                if !seen.insert(v.name.as_str()) || mentions(&comment, &v.name) {
                    continue;
                }
                let first_line = e.comment.clone().map_or(e.id_span.start, |c| c.start);
                let line_start = f.text[..first_line].rfind('\n').map_or(0, |i| i + 1);
                let above = detached.get_or_insert_with(|| detached_comment(&f.text, line_start));
                let message = if mentions(above, &v.name) {
                    format!(
                        "`{}` uses `${}`, explained only in a comment a blank line detaches from \
                         it: translation tools show attached comments only",
                        e.id, v.name
                    )
                } else {
                    format!("`{}` uses `${}`, which no comment explains", e.id, v.name)
                };
                sink.at(
                    &UNDOCUMENTED_VARIABLE,
                    f,
                    v.span.clone(),
                    Some(&e.id),
                    message,
                );
            }
        }
    }
}

/// The reference lint over the reference locale's files.
pub fn check_reference(sink: &mut Sink, index: &LocaleIndex) {
    if sink.enabled(&HARDCODED_BRAND) {
        hardcoded(sink, index);
    }
    if sink.enabled(&ID_PATTERN) {
        id_pattern(sink, index);
    }
    if sink.enabled(&UNDOCUMENTED_VARIABLE) {
        for f in &index.files {
            undocumented(sink, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(files: &[(&str, &str)]) -> Vec<crate::diagnostic::Diagnostic> {
        let mut sev = Severities::default();
        sev.set(
            &UNDOCUMENTED_VARIABLE,
            Some(crate::diagnostic::Severity::Warning),
        );
        let mut sink = Sink::new("en", &sev);
        let idx = LocaleIndex::new(files.iter().map(|(p, s)| file(p, s)).collect());
        check_reference(&mut sink, &idx);
        sink.out
    }

    #[test]
    fn a_typed_out_brand_is_reported_with_its_term() {
        let d = run(&[
            ("en/brands.ftl", "-brand-name-firefox = Firefox\n-brand-name-firefox-focus = Firefox Focus\n-brand-v = { -x }\n-lower = email\n"),
            ("en/a.ftl", "# $n: x\na = Get Firefox Focus and Firefox, not Firefoxes, { -brand-name-firefox } or <a href=\"https://firefox.com/Firefox\">x</a>\n"),
        ]);
        assert_eq!(rules_of(&d), ["hardcoded-brand", "hardcoded-brand"]);
        assert_eq!(
            d[0].message,
            "`a` types out “Firefox Focus”; use `{ -brand-name-firefox-focus }`"
        );
        assert_eq!(
            d[1].fix.as_ref().unwrap().edits[0].replacement,
            "{ -brand-name-firefox }"
        );
    }

    #[test]
    fn ids_off_the_pattern() {
        let mut src = String::new();
        for i in 0..20 {
            src.push_str(&format!("firefox-all-m{i} = M\n"));
        }
        src.push_str("downloadButton = D\nfirefox-new-x = X\n");
        let d = run(&[("en/firefox/all.ftl", &src)]);
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(rules_of(&d), ["id-pattern", "id-pattern"], "{msgs:?}");
        assert!(
            msgs[0].starts_with("`downloadButton` is not kebab-case"),
            "{msgs:?}"
        );
        assert!(
            msgs[1].starts_with("`firefox-new-x` does not start with `firefox-all-`"),
            "{msgs:?}"
        );
    }

    /// The one-pass case test and the slicing prefix agree with the rules' definitions.
    #[test]
    fn id_cases_and_prefixes() {
        let cases = [
            ("firefox-all-2", Case::Kebab),
            ("", Case::Kebab),
            ("main_menu_1", Case::Snake),
            ("downloadButton", Case::Camel),
            ("DownloadButton", Case::Other),
            ("download-Button", Case::Other),
            ("a-b_c", Case::Other),
            ("café", Case::Other),
            ("a.b", Case::Other),
        ];
        for (id, case) in cases {
            assert_eq!(case_of(id), case, "{id}");
        }
        assert_eq!(prefix("firefox-all-title", 2), Some("firefox-all-"));
        assert_eq!(prefix("firefox-all", 1), Some("firefox-"));
        assert_eq!(prefix("firefox-all", 2), None);
        assert_eq!(prefix("main_menu_open", 2), Some("main_menu_"));
        assert_eq!(prefix("a-b_c", 1), Some("a-"));
    }

    #[test]
    fn variables_need_a_comment() {
        let d = run(&[(
            "en/a.ftl",
            "## Variables: $attrs is a link\n\n# $url (link): where\na = <a { $attrs }>x</a> { $url } { $urlx }\nb = { $n } { $n }\n# $d: a date\n\nc = { $d }\n",
        )]);
        let msgs: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(rules_of(&d), ["undocumented-variable"; 3], "{msgs:?}");
        assert_eq!(
            msgs,
            [
                "`a` uses `$urlx`, which no comment explains",
                "`b` uses `$n`, which no comment explains",
                "`c` uses `$d`, explained only in a comment a blank line detaches from it: translation tools show attached comments only"
            ]
        );
    }
}
