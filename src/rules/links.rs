//! Links: the URLs and e-mail addresses of the reference must reach the translation.

use super::{declare_rule, part_name, PartFacts, PartRef, Sink};
use crate::diagnostic::{Applicability, Edit, Fix};
use crate::ftl::model::Part;
use crate::ftl::visible::{self, Link};
use crate::ftl::SourceFile;

declare_rule! {
    /// A URL or e-mail address of the reference is missing from the translation, or
    /// changed.
    ///
    /// Links are found in text, in markup attributes (`<a href="…">`) and in string
    /// literals. They are compared without their scheme's case, a trailing `/`, and locale
    /// codes in their path or query (`/en-US/` in the reference, `/fr/` in the French
    /// translation are both the page in the reader's language). Placeholder addresses of
    /// the reserved example domains (`yourname@example.com`) are the translator's to
    /// localize and are not compared. A link the translation adds without dropping one is
    /// not reported (a localized resource).
    ///
    /// ## Why
    /// A mistyped or outdated address sends readers of one language to a dead page or a
    /// stranger's inbox, and no reviewer reading the text notices. Xbench and Lokalise
    /// check this.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// contact = Write to press@example.org or see https://example.org/press.
    /// # fr
    /// contact = Écrivez à presse@example.org ou voir https://example.org/presse.
    /// ```
    ///
    /// ## Fix
    /// `glossator fix` can put the reference's link back when exactly one link changed
    /// (an unsafe fix: the translator may have meant a localized page).
    pub static LINK_MISMATCH = ("link-mismatch", Warning, "links");
}

/// A link's comparison key: scheme and host lowercased, locale path segments and a trailing
/// `/` dropped; e-mail addresses lowercased without `mailto:`.
fn key(link: &str, email: bool, locales: &[&str]) -> String {
    if email {
        let l = link.to_ascii_lowercase();
        return l.strip_prefix("mailto:").unwrap_or(&l).to_string();
    }
    let (scheme, rest) = match link.find("://") {
        Some(i) => (link[..i].to_ascii_lowercase(), &link[i + 3..]),
        None => ("https".to_string(), link),
    };
    let (host, path) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let is_locale = |seg: &str| {
        locales
            .iter()
            .any(|l| seg.eq_ignore_ascii_case(l) || seg.replace('_', "-").eq_ignore_ascii_case(l))
    };
    let mut out = format!("{scheme}://{}", host.to_ascii_lowercase());
    // Path segments and query values that are a locale code are the reader's language.
    let mut token = String::new();
    for c in path.chars() {
        if matches!(c, '/' | '?' | '&' | '=' | '#') {
            if !is_locale(&token) {
                out.push_str(&token);
            }
            token.clear();
            out.push(c);
        } else {
            token.push(c);
        }
    }
    if !is_locale(&token) {
        out.push_str(&token);
    }
    while out.ends_with('/') {
        out.pop();
    }
    out.replace("//", "/").replacen(":/", "://", 1)
}

/// The reserved example domains (RFC 2606): placeholders a translator localizes.
fn placeholder(link: &str) -> bool {
    let l = link.to_ascii_lowercase();
    // Every domain below has it: most links are let go without a search per domain.
    if !l.contains("example.") {
        return false;
    }
    let host = l
        .split(['@', '/'])
        .find(|s| s.contains('.') && !s.starts_with("http"))
        .unwrap_or("");
    ["example.com", "example.org", "example.net", "example.edu"]
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")) || l.contains(&format!("@{d}")))
}

struct Found {
    link: Link,
    text: String,
    key: String,
    /// In a text element, where a fix may edit.
    editable: bool,
}

fn links_of(file: &SourceFile, part: &Part, locales: &[&str]) -> Vec<Found> {
    let mut out = Vec::new();
    for run in visible::runs(file, part) {
        let Some(text) = file.text.get(run.span.clone()) else {
            continue;
        };
        for mut link in visible::links(text) {
            let t = &text[link.span.clone()];
            if placeholder(t) {
                continue;
            }
            let key = key(t, link.email, locales);
            link.span = run.span.start + link.span.start..run.span.start + link.span.end;
            out.push(Found {
                text: t.to_string(),
                key,
                link,
                editable: !run.literal,
            });
        }
    }
    out
}

/// Part `r` of `reference` against part `l` of the translation (`at.file`).
pub fn compare(
    sink: &mut Sink,
    at: &PartRef,
    reference: &SourceFile,
    reference_locale: &str,
    r: &Part,
    l: &Part,
    facts: Option<&PartFacts>,
) {
    if !sink.enabled(&LINK_MISMATCH) {
        return;
    }
    let reference_has_link = match facts {
        Some(facts) => *facts.has_link.get_or_init(|| has_link(reference, r)),
        None => has_link(reference, r),
    };
    if !reference_has_link {
        return;
    }
    let locales = [reference_locale, sink.locale];
    let rl = links_of(reference, r, &locales);
    if rl.is_empty() {
        return;
    }
    let ll = links_of(at.file, l, &locales);
    let mut lost: Vec<&Found> = Vec::new();
    for f in &rl {
        if !ll.iter().any(|g| g.key == f.key) && !lost.iter().any(|g| g.key == f.key) {
            lost.push(f);
        }
    }
    if lost.is_empty() {
        return;
    }
    let added: Vec<&Found> = ll
        .iter()
        .filter(|g| !rl.iter().any(|f| f.key == g.key))
        .collect();
    match (lost.as_slice(), added.as_slice()) {
        ([was], [now]) if was.link.email == now.link.email => changed(sink, at, was, now),
        _ => {
            let name = part_name(at.id, at.attr);
            for was in lost {
                sink.at(
                    &LINK_MISMATCH,
                    at.file,
                    at.anchor.clone(),
                    Some(at.id),
                    format!(
                        "`{name}` lacks the reference's {} `{}`",
                        kind(was),
                        was.text
                    ),
                );
            }
        }
    }
}

/// Whether part `p` may hold a link or an address: a cheap test before reading them.
fn has_link(f: &SourceFile, p: &Part) -> bool {
    f.model.texts(p).iter().any(|s| {
        f.text
            .get(s.clone())
            .is_some_and(|t| t.contains("://") || t.contains("www.") || t.contains('@'))
    }) || f
        .text
        .get(p.source.clone())
        .is_some_and(|t| t.contains("://") || t.contains('@'))
}

fn kind(f: &Found) -> &'static str {
    if f.link.email {
        "address"
    } else {
        "link"
    }
}

/// One link of the reference (`was`) replaced by another (`now`): the finding at the new
/// one, with an unsafe fix that puts the reference's back.
fn changed(sink: &mut Sink, at: &PartRef, was: &Found, now: &Found) {
    let name = part_name(at.id, at.attr);
    let d = sink.at(
        &LINK_MISMATCH,
        at.file,
        now.link.span.clone(),
        Some(at.id),
        format!(
            "`{name}` has the {} `{}` where the reference has `{}`",
            kind(now),
            now.text,
            was.text
        ),
    );
    if let (Some(d), true) = (d, now.editable) {
        d.fix = Some(Box::new(Fix {
            description: format!("use the reference's {} `{}`", kind(was), was.text),
            applicability: Applicability::Unsafe,
            edits: vec![Edit {
                range: now.link.span.clone(),
                replacement: was.text.clone(),
            }],
        }));
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Applicability;
    use crate::rules::testutil::pair_findings;

    fn run(locale: &str, r: &str, l: &str) -> Vec<crate::diagnostic::Diagnostic> {
        pair_findings(locale, "en-US", r, l, &["link-mismatch"])
    }

    #[test]
    fn a_changed_address_is_named_with_an_unsafe_fix() {
        let d = run(
            "fr",
            "a = Write to press@mozilla.com today.\n",
            "a = Écrivez à presse@mozilla.com aujourd’hui.\n",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].message,
            "`a` has the address `presse@mozilla.com` where the reference has `press@mozilla.com`"
        );
        let fix = d[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Unsafe);
        assert_eq!(fix.edits[0].replacement, "press@mozilla.com");
    }

    #[test]
    fn a_dropped_url_is_reported() {
        let d = run(
            "de",
            "a = See https://support.mozilla.org/kb/x.\n",
            "a = Siehe die Hilfe.\n",
        );
        assert_eq!(d.len(), 1);
        assert!(d[0]
            .message
            .contains("lacks the reference's link `https://support.mozilla.org/kb/x`"));
    }

    #[test]
    fn unchanged_and_localized_links_pass() {
        for (r, l) in [
            (
                "a = See <a href=\"https://www.mozilla.org/en-US/about/\">us</a>.\n",
                "a = Voir <a href=\"https://www.mozilla.org/fr/about\">nous</a>.\n",
            ),
            (
                "a = See https://support.mozilla.org/kb/x?lang=en-US, { \"mailto:a@mozilla.com\" }\n",
                "a = Voir HTTPS://support.mozilla.org/kb/x?lang=fr, { \"mailto:A@mozilla.com\" }\n",
            ),
            (
                "a = e.g. yourname@example.com\n",
                "a = p. ex. votrenom@exemple.fr ou tonnom@example.com\n",
            ),
        ] {
            let d = run("fr", r, l);
            assert!(d.is_empty(), "{r}: {d:?}");
        }
    }
}
