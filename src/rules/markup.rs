//! Markup beyond tag names and counts (`markup-mismatch` in `content.rs`): the attributes
//! code relies on, and well-formed nesting.

use super::{declare_rule, part_name, PartFacts, PartRef, Sink};
use crate::ftl::model::{Part, Span};
use crate::ftl::SourceFile;
use smol_str::{SmolStr, StrExt};
use std::collections::BTreeMap;

declare_rule! {
    /// A tag's attributes differ from the reference's: a renamed `data-l10n-name`, a
    /// dropped or changed `class`, `id`, `rel` or `target`, or a dropped placeable
    /// standing for attributes (`<a { $attrs }>`).
    ///
    /// Tags are matched by name, in any order (word order changes), among tags the
    /// translation has as many of as the reference (`markup-mismatch` reports the rest).
    /// Other attributes may differ: `title` and `alt` are text for the reader, link
    /// targets are `link-mismatch`'s, and variables in values are `missing-variable`'s.
    ///
    /// ## Why
    /// Fluent's DOM overlays match a translation's `<a data-l10n-name="privacy-link">` to the
    /// source element by that name: a renamed one is dropped with its text. On web pages
    /// the attributes are used as written, so a changed `class` or a lost `{ $attrs }`
    /// breaks styling or the link. Weblate's HTML check compares attributes too.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// notice = Read the <a data-l10n-name="privacy">privacy notice</a>.
    /// # fr
    /// notice = Lisez la <a data-l10n-name="privacite">politique de confidentialité</a>.
    /// ```
    ///
    /// ## Fix
    /// `glossator fix` writes the reference's attributes back when exactly one tag of that
    /// name differs (safe: the attributes are code, not text).
    pub static MARKUP_ATTRIBUTE = ("markup-attribute", Warning, "markup");
}

declare_rule! {
    /// Markup that is not well formed: mis-nested tags (`<b><i>x</b></i>`), a closing tag
    /// with no opening one, an element left open, or a void element closed (`</br>`).
    ///
    /// Checked in the reference's files; in a translation, only where its reference part is
    /// well formed (a defect of the reference is reported once, on the reference) and the
    /// translation has the same tags (`markup-mismatch` reports added and dropped ones).
    /// Patterns with select expressions are skipped (each variant is its own text).
    ///
    /// ## Why
    /// Browsers repair bad nesting each in their own way: the bold runs to the end of the
    /// paragraph, a link swallows the next sentence. Weblate's HTML check reports it.
    ///
    /// ## Example
    /// ```ftl
    /// warning = <b>Do not <i>share</b> your key</i>.
    /// ```
    ///
    /// ## Fix
    /// Close tags in the reverse order of opening. No automatic fix.
    pub static MARKUP_NESTING = ("markup-nesting", Warning, "markup");
}

/// Elements that have no content and no closing tag (HTML's void elements).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Attributes code relies on: compared by name and value. Others are text for the reader
/// (`title`, `alt`), link targets (`link-mismatch`) or the page's business.
const CODE: &[&str] = &["data-l10n-name", "class", "id", "rel", "target"];

/// Compared: code attributes, and placeables standing for attributes (`{ $attrs }`).
/// `name` as written: code attribute names are compared ignoring case.
fn compared(name: &str) -> bool {
    CODE.iter().any(|c| c.eq_ignore_ascii_case(name)) || name.starts_with('{')
}

/// A tag of a part: where it is, its name, and the attributes that must match the
/// reference's. Names are short: inline strings, no allocation per tag.
#[derive(Debug, Clone)]
pub struct TagInfo {
    pub span: Span,
    pub closing: bool,
    pub self_closing: bool,
    /// In lowercase.
    pub name: SmolStr,
    /// An opening tag's compared attributes ([`compared`]) as [`attributes`] reads them,
    /// sorted: what must equal the reference's.
    pub signature: Vec<(SmolStr, SmolStr)>,
    /// Byte range (in the file) of the attributes, after the name.
    pub attrs_span: Span,
}

/// A tag as found in a part's text, in file offsets: what a [`TagInfo`] is read from.
struct RawTag<'t> {
    span: Span,
    closing: bool,
    self_closing: bool,
    /// As written.
    name: &'t str,
}

/// Calls `f` with each tag of `part`, in order: from its text elements, or from its source
/// ([`crate::ftl::visible::tag_source`]) when a tag spans a placeable
/// (`<a href="{ $url }">`). `None` when that part has select expressions.
fn each_tag(file: &SourceFile, part: &Part, mut f: impl FnMut(RawTag)) -> Option<()> {
    if !file.model.selects(part).is_empty() {
        return None;
    }
    let mut scan = |base: usize, text: &str| {
        for (closing, name, range) in crate::ftl::markup::scan_tags(text) {
            f(RawTag {
                self_closing: text[..range.end].ends_with("/>"),
                span: base + range.start..base + range.end,
                closing,
                name,
            });
        }
    };
    match crate::ftl::visible::tag_source(file, part) {
        Some((base, text)) => scan(base, &text),
        None => {
            for s in file.model.texts(part) {
                let text = file.text.get(s.clone()).unwrap_or("");
                if text.contains('<') {
                    scan(s.start, text);
                }
            }
        }
    }
    Some(())
}

/// The tags of a part ([`each_tag`]); `None` when that part has select expressions.
pub fn tags(file: &SourceFile, part: &Part) -> Option<Vec<TagInfo>> {
    let mut out = Vec::new();
    each_tag(file, part, |t| out.push(info(file, t)))?;
    Some(out)
}

/// The [`TagInfo`] of `t`, a tag of `file`: attributes read from the file as written.
fn info(file: &SourceFile, t: RawTag) -> TagInfo {
    let inner_start = t.span.start + 1 + usize::from(t.closing) + t.name.len();
    let inner_end = t.span.end - 1 - usize::from(t.self_closing);
    let attrs_span = inner_start..inner_end.max(inner_start);
    let signature = if t.closing {
        Vec::new()
    } else {
        signature(file.text.get(attrs_span.clone()).unwrap_or(""))
    };
    TagInfo {
        span: t.span,
        closing: t.closing,
        self_closing: t.self_closing,
        name: t.name.to_ascii_lowercase_smolstr(),
        signature,
        attrs_span,
    }
}

/// Whether the tags of part `l` of `file` are, as written and in order, the reference's
/// (`rt`, tags of `reference`): then their names, attributes and nesting are the same, and
/// neither rule has anything to say.
fn same_as_written(reference: &SourceFile, rt: &[TagInfo], file: &SourceFile, l: &Part) -> bool {
    let mut rt = rt.iter();
    let mut same = true;
    let read = each_tag(file, l, |t| {
        same = same
            && rt
                .next()
                .is_some_and(|r| reference.text.get(r.span.clone()) == file.text.get(t.span));
    });
    read.is_some() && same && rt.next().is_none()
}

/// Parses `name="value" name='value' name=value name { $x }`: names in lowercase, values
/// as written (placeables included, without their spacing); a placeable standing for
/// attributes (`{ $attrs }`) is an attribute named after it, with no value.
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    each_attribute(s, |name, value| {
        out.push((name_key(name).to_string(), value_key(value).to_string()));
    });
    out
}

/// The attributes of `s` that must match the reference's, as [`attributes`] reads them,
/// sorted.
fn signature(s: &str) -> Vec<(SmolStr, SmolStr)> {
    let mut v: Vec<(SmolStr, SmolStr)> = Vec::new();
    each_attribute(s, |name, value| {
        if compared(name) {
            v.push((name_key(name), value_key(value)));
        }
    });
    v.sort();
    v
}

/// An attribute's name as compared: in lowercase; a placeable without its spacing.
fn name_key(name: &str) -> SmolStr {
    if name.starts_with('{') {
        unspaced(name)
    } else {
        name.to_ascii_lowercase_smolstr()
    }
}

/// An attribute's value as compared: placeables without their spacing (`{ $url }` =
/// `{$url}`).
fn value_key(value: &str) -> SmolStr {
    if value.contains('{') {
        unspaced(value)
    } else {
        SmolStr::new(value)
    }
}

/// `s` without its whitespace (what `split_whitespace` leaves), inline when short.
fn unspaced(s: &str) -> SmolStr {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Calls `f` with the name and value of each attribute of `s`, as written (`""` for a
/// placeable's or a bare name's value).
fn each_attribute<'s>(s: &'s str, mut f: impl FnMut(&'s str, &'s str)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b[i] == b'{' {
            // A placeable standing for attributes.
            let start = i;
            let mut depth = 0;
            while i < b.len() {
                match b[i] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            f(&s[start..i.min(s.len())], "");
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let name = &s[start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let v = i + 1;
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                value = &s[v..i.min(s.len())];
                i += 1;
            } else {
                let v = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &s[v..i];
            }
        }
        if !name.is_empty() {
            f(name, value);
        }
    }
}

fn describe(name: &str, sig: &[(SmolStr, SmolStr)]) -> String {
    let mut s = format!("<{name}");
    for (n, v) in sig {
        s.push(' ');
        s.push_str(n);
        if !v.is_empty() || !n.starts_with('{') {
            s.push_str(&format!("=\"{v}\""));
        }
    }
    s.push('>');
    s
}

/// Both rules on part `r` of `reference` against part `l` of `at.file`: the tags of each
/// side are read once.
pub fn compare(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    r: &Part,
    l: &Part,
    facts: Option<&PartFacts>,
) {
    if reference.model.markup(r).is_empty() || at.file.model.markup(l).is_empty() {
        return;
    }
    let on = (
        sink.enabled(&MARKUP_ATTRIBUTE),
        sink.enabled(&MARKUP_NESTING),
    );
    if !(on.0 || on.1) {
        return;
    }
    // An untranslated part has the reference's tags, nested as the reference's are.
    if reference.text.get(r.source.clone()) == at.file.text.get(l.source.clone()) {
        return;
    }
    let local;
    let rt = match facts {
        Some(facts) => facts.tags.get_or_init(|| tags(reference, r)),
        None => {
            local = tags(reference, r);
            &local
        }
    };
    let Some(rt) = rt.as_deref() else {
        return;
    };
    if same_as_written(reference, rt, at.file, l) {
        return;
    }
    let Some(lt) = tags(at.file, l) else {
        return;
    };
    if on.0 {
        compare_attributes(sink, at, reference, rt, &lt);
    }
    if on.1 {
        compare_nesting(sink, at, reference, r, l, rt, &lt);
    }
}

/// Attributes per tag name.
fn compare_attributes(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    rt: &[TagInfo],
    lt: &[TagInfo],
) {
    // Most translations keep the reference's tags in order: then each has its equal.
    fn code(t: &TagInfo) -> Option<(&str, &[(SmolStr, SmolStr)])> {
        (!t.closing).then_some((&t.name, &t.signature))
    }
    if rt.iter().filter_map(code).eq(lt.iter().filter_map(code)) {
        return;
    }
    let (rg, lg) = (by_name(rt), by_name(lt));
    let name = part_name(at.id, at.attr);
    for (tag, rtags) in &rg {
        let Some(ltags) = lg.get(tag) else { continue };
        if ltags.len() != rtags.len() {
            continue;
        }
        let (unmatched_l, unmatched_r) = unmatched(rtags, ltags);
        for (k, lt) in unmatched_l.iter().enumerate() {
            let want = unmatched_r.get(k).map_or(&[][..], |t| &t.signature);
            let have = &lt.signature;
            let d = sink.at(
                &MARKUP_ATTRIBUTE,
                at.file,
                lt.span.clone(),
                Some(at.id),
                format!(
                    "`{name}` has `{}` where the reference has `{}`",
                    describe(tag, have),
                    describe(tag, want)
                ),
            );
            // One differing tag: its code attributes can be written back.
            if let (Some(d), [only], [rt]) = (d, unmatched_l.as_slice(), unmatched_r.as_slice()) {
                d.fix = attributes_fix(reference, at.file, tag, only, rt).map(Box::new);
            }
        }
    }
}

/// The opening tags of a part by name.
fn by_name(tags: &[TagInfo]) -> BTreeMap<&str, Vec<&TagInfo>> {
    let mut m: BTreeMap<&str, Vec<&TagInfo>> = BTreeMap::new();
    for t in tags.iter().filter(|t| !t.closing) {
        m.entry(&t.name).or_default().push(t);
    }
    m
}

/// The tags of one name whose compared attributes ([`TagInfo::signature`]) have no equal
/// on the other side: the translation's, then the reference's, in order.
fn unmatched<'t>(
    rtags: &[&'t TagInfo],
    ltags: &[&'t TagInfo],
) -> (Vec<&'t TagInfo>, Vec<&'t TagInfo>) {
    let mut unmatched_l: Vec<&TagInfo> = ltags.to_vec();
    let mut unmatched_r: Vec<&TagInfo> = Vec::new();
    for &rt in rtags {
        match unmatched_l.iter().position(|t| t.signature == rt.signature) {
            Some(i) => {
                unmatched_l.remove(i);
            }
            None => unmatched_r.push(rt),
        }
    }
    (unmatched_l, unmatched_r)
}

/// The fix writing the reference's compared attributes (`rt`'s, as written) on the
/// translation's tag `only`, after its other ones; none when a value of the
/// translation's holds a `"` (it could not be written back as it is).
fn attributes_fix(
    reference: &SourceFile,
    file: &SourceFile,
    tag: &str,
    only: &TagInfo,
    rt: &TagInfo,
) -> Option<crate::diagnostic::Fix> {
    let only_attrs = attributes(file.text.get(only.attrs_span.clone()).unwrap_or(""));
    let mut attrs: Vec<String> = Vec::new();
    // Keep the translation's other attributes, in its order, then the
    // reference's compared ones as written.
    for (n, v) in &only_attrs {
        if !compared(n) {
            attrs.push(format!("{n}=\"{v}\""));
        }
    }
    let rsrc = reference.text.get(rt.attrs_span.clone()).unwrap_or("");
    let code: Vec<String> = attributes(rsrc)
        .into_iter()
        .filter(|(n, _)| compared(n))
        .map(|(n, v)| {
            if n.starts_with('{') {
                n
            } else {
                format!("{n}=\"{v}\"")
            }
        })
        .collect();
    attrs.extend(code);
    let plain = only_attrs.iter().all(|(_, v)| !v.contains('"'));
    plain.then(|| crate::diagnostic::Fix {
        description: format!("use the reference's attributes on `<{tag}>`"),
        applicability: crate::diagnostic::Applicability::Safe,
        edits: vec![crate::diagnostic::Edit {
            range: only.attrs_span.clone(),
            replacement: attrs.iter().map(|a| format!(" {a}")).collect(),
        }],
    })
}

/// A nesting problem: where, and what.
struct Problem {
    span: Span,
    message: String,
}

fn nesting(tags: &[TagInfo]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut open: Vec<&TagInfo> = Vec::new();
    for t in tags {
        let void = VOID.contains(&t.name.as_str());
        if t.closing {
            if void {
                out.push(Problem {
                    span: t.span.clone(),
                    message: format!(
                        "`</{}>` closes a void element, which has no closing tag",
                        t.name
                    ),
                });
                continue;
            }
            match open.iter().rposition(|o| o.name == t.name) {
                None => out.push(Problem {
                    span: t.span.clone(),
                    message: format!("`</{}>` closes no open `<{}>`", t.name, t.name),
                }),
                Some(i) => {
                    if i + 1 != open.len() {
                        let inner = &open[open.len() - 1].name;
                        out.push(Problem {
                            span: t.span.clone(),
                            message: format!(
                                "`</{}>` closes `<{}>` while `<{inner}>` inside it is still open",
                                t.name, t.name
                            ),
                        });
                    }
                    // The inner element stays open: its own closing tag is not a second
                    // problem.
                    open.remove(i);
                }
            }
        } else if !void && !t.self_closing {
            open.push(t);
        }
    }
    for o in open {
        out.push(Problem {
            span: o.span.clone(),
            message: format!("`<{}>` is never closed", o.name),
        });
    }
    out
}

/// Nesting of every part of a file on its own (the reference's files).
pub fn check_file(sink: &mut Sink, file: &SourceFile) {
    if !sink.enabled(&MARKUP_NESTING) {
        return;
    }
    for e in &file.model.entries {
        for (attr, part) in e.parts() {
            if file.model.markup(part).is_empty() {
                continue;
            }
            let Some(tags) = tags(file, part) else {
                continue;
            };
            report(sink, file, &e.id, attr, nesting(&tags));
        }
    }
}

fn report(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    attr: Option<&str>,
    problems: Vec<Problem>,
) {
    let name = part_name(id, attr);
    for p in problems {
        sink.at(
            &MARKUP_NESTING,
            file,
            p.span,
            Some(id),
            format!("`{name}`: {}", p.message),
        );
    }
}

/// Nesting of a translation part whose reference part is well formed.
fn compare_nesting(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    r: &Part,
    l: &Part,
    rt: &[TagInfo],
    lt: &[TagInfo],
) {
    // Tags added or dropped are `markup-mismatch`'s; this rule reports their order.
    let (rm, lm) = (reference.model.markup(r), at.file.model.markup(l));
    let same = rm.len() == lm.len()
        && rm
            .iter()
            .zip(lm)
            .all(|(a, b)| a.key == b.key && a.count == b.count);
    if !same {
        return;
    }
    // Tags in the reference's order are nested as well, or as badly, as the reference's.
    fn shape(t: &TagInfo) -> (bool, bool, &str) {
        (t.closing, t.self_closing, &t.name)
    }
    if rt.iter().map(shape).eq(lt.iter().map(shape)) {
        return;
    }
    if !nesting(rt).is_empty() {
        return;
    }
    report(sink, at.file, at.id, at.attr, nesting(lt));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::pair_findings;

    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        pair_findings("fr", "en", r, l, &["markup-attribute", "markup-nesting"])
    }

    #[test]
    fn renamed_data_l10n_name_is_reported_with_a_safe_fix() {
        let d = run(
            "a = Read the <a data-l10n-name=\"privacy\" title=\"x\">notice</a>.\n",
            "a = Lisez la <a title=\"y\" data-l10n-name=\"privacite\">politique</a>.\n",
        );
        assert_eq!(rules_of(&d), ["markup-attribute"]);
        assert_eq!(
            d[0].message,
            "`a` has `<a data-l10n-name=\"privacite\">` where the reference has `<a data-l10n-name=\"privacy\">`"
        );
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(
            fix.edits[0].replacement,
            " title=\"y\" data-l10n-name=\"privacy\""
        );
    }

    #[test]
    fn same_attributes_in_another_order_pass() {
        let d = run(
            "a = <a href=\"{ $one }\" class=\"x\">A</a> and <a { $attrs }>B</a>\n",
            "a = <a {$attrs}>B</a> et <a class=\"x\" href=\"{ $two }\">A</a>\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let d = run("a = <a { $attrs }>B</a>\n", "a = <a>B</a>\n");
        assert_eq!(rules_of(&d), ["markup-attribute"]);
    }

    #[test]
    fn unspaced_drops_all_whitespace() {
        assert_eq!(unspaced("{ $a\u{a0}b }"), "{$ab}");
    }

    /// The shortcut past both rules takes only the reference's tags, all of them, as
    /// written and in order.
    #[test]
    fn same_as_written_needs_every_tag_in_order() {
        let r = file(
            "en/a.ftl",
            "a = Read <a href=\"{ $url }\" class=\"x\">this</a> <b>now</b>\n",
        );
        let rp = r.model.entries[0].value.as_ref().expect("value");
        let rt = tags(&r, rp).expect("no select");
        let same = |src: &str| {
            let l = file("fr/a.ftl", src);
            let lp = l.model.entries[0].value.as_ref().expect("value");
            same_as_written(&r, &rt, &l, lp)
        };
        assert!(same(
            "a = Lisez <a href=\"{ $url }\" class=\"x\">ceci</a> <b>vite</b>\n"
        ));
        assert!(!same(
            "a = Lisez <a href=\"{ $url }\" class=\"y\">ceci</a> <b>vite</b>\n"
        ));
        assert!(!same(
            "a = <b>Vite</b> <a href=\"{ $url }\" class=\"x\">ceci</a>\n"
        ));
        assert!(!same(
            "a = Lisez <a href=\"{ $url }\" class=\"x\">ceci</a>\n"
        ));
        assert!(!same(
            "a = Lisez <A href=\"{ $url }\" class=\"x\">ceci</A> <b>vite</b>\n"
        ));
    }

    /// Tags spanning placeables are found; a `<` in a placeable is no tag.
    #[test]
    fn tags_across_placeables() {
        let f = file(
            "en/a.ftl",
            "a = <a href=\"{ $url }\" CLASS=\"x\">A</a>\nb = <a href=\"{ $url }\">{ \"<b>\" }</a>\n",
        );
        let read = |i: usize| {
            let part = f.model.entries[i].value.as_ref().expect("value");
            let tags = tags(&f, part).expect("no select");
            (tags.iter())
                .map(|t| (&f.text[t.span.clone()], t.signature.clone()))
                .collect::<Vec<_>>()
        };
        let class = vec![("class".into(), "x".into())];
        assert_eq!(
            read(0),
            [
                ("<a href=\"{ $url }\" CLASS=\"x\">", class),
                ("</a>", vec![])
            ]
        );
        assert_eq!(
            read(1),
            [("<a href=\"{ $url }\">", vec![]), ("</a>", vec![])]
        );
    }

    #[test]
    fn nesting_problems() {
        let d = run(
            "a = <b>Do not <i>share</i></b> it<br>\n",
            "a = <b>Ne <i>partagez</b> pas</i><br>\n",
        );
        assert_eq!(rules_of(&d), ["markup-nesting"]);
        assert!(d[0]
            .message
            .contains("`</b>` closes `<b>` while `<i>` inside it is still open"));
        // An added tag is `markup-mismatch`'s finding, not also this rule's.
        let d = run("a = <b>x</b>\n", "a = <b>x</b></br>\n");
        assert!(d.is_empty(), "{d:?}");
        // The reference's own defect is not repeated for each translation.
        let d = run("a = <b>x\n", "a = <b>y\n");
        assert!(d.is_empty(), "{d:?}");
        let sev = Severities::default();
        let mut sink = Sink::new("en", &sev);
        check_file(
            &mut sink,
            &file(
                "en/a.ftl",
                "a = <b>x\nb = <i>{ $n ->\n [one] <b>\n *[other] x\n}\nc = </u><br></br>\n",
            ),
        );
        let msgs: Vec<&str> = sink.out.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(rules_of(&sink.out), ["markup-nesting"; 3], "{msgs:?}");
        assert!(msgs[0].contains("`<b>` is never closed"));
        assert!(msgs[1].contains("`</u>` closes no open `<u>`"));
        assert!(msgs[2].contains("`</br>` closes a void element"));
    }
}
