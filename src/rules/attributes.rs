//! Attributes with rules of their own: access keys and inline CSS.

use super::{declare_rule, PartRef, Sink};
use crate::ftl::model::{Entry, Part};
use crate::ftl::{LocaleIndex, SourceFile};

declare_rule! {
    /// An `.accesskey` whose character is not in its message's label (`.label`, else the
    /// value), compared case-insensitively.
    ///
    /// Term and message references in the label are read through (`{ -brand-short-name }`);
    /// a label with variables or select expressions is checked only when its own text
    /// holds the key.
    ///
    /// ## Why
    /// The key is shown underlined in its label; one that is not in the label works
    /// without anyone seeing it (or is shown after the label in parentheses on some
    /// platforms). Transvision's access key view lists these for Firefox.
    ///
    /// ## Example
    /// ```ftl
    /// save = Enregistrer
    ///     .accesskey = S
    /// ```
    ///
    /// ## Fix
    /// Choose a character of the label, unused by the menu's other items. No automatic fix.
    pub static ACCESSKEY_NOT_IN_LABEL = ("accesskey-not-in-label", Warning, "attributes");
}

declare_rule! {
    /// A `.style` attribute whose CSS changed units (`width: 20px` for `20em`), or lost or
    /// gained a property, compared with the reference, as compare-locales checks.
    ///
    /// ## Why
    /// `.style` lets a locale widen a box for longer words; the number is the translator's,
    /// the unit and the property the layout's. `px` where the layout counts in `em` breaks
    /// it at other font sizes.
    ///
    /// ## Example
    /// ```ftl
    /// # en
    /// dialog = Settings
    ///     .style = width: 20em
    /// # de
    /// dialog = Einstellungen
    ///     .style = width: 260px
    /// ```
    ///
    /// ## Fix
    /// Keep the reference's properties and units; change the numbers only. No automatic fix.
    pub static CSS_UNITS = ("css-units", Warning, "attributes");
}

/// The text a part shows, references read through; `None` when part of it is unknown
/// (variables, selects, unresolved references).
fn label_text(file: &SourceFile, part: &Part, index: &LocaleIndex, depth: u8) -> (String, bool) {
    let mut out = String::new();
    let mut complete = file.model.variables(part).is_empty() && file.model.selects(part).is_empty();
    for t in file.model.texts(part) {
        out.push_str(file.text.get(t.clone()).unwrap_or(""));
    }
    for r in file.model.references(part) {
        let found = (depth < 4)
            .then(|| index.lookup(r.hash, &r.id))
            .flatten()
            .and_then(|(f, e)| {
                let p = match &r.attribute {
                    Some(a) => e.attributes.iter().find(|x| x.name == *a).map(|x| &x.part),
                    None => e.value.as_ref(),
                }?;
                Some(label_text(f, p, index, depth + 1))
            });
        match found {
            Some((t, c)) => {
                out.push_str(&t);
                complete &= c;
            }
            None => complete = false,
        }
    }
    (out, complete)
}

/// Access keys of one file's messages.
pub fn check_accesskeys(sink: &mut Sink, file: &SourceFile, index: &LocaleIndex) {
    if !sink.enabled(&ACCESSKEY_NOT_IN_LABEL) {
        return;
    }
    for e in &file.model.entries {
        let Some(key) = e.attributes.iter().find(|a| a.name == "accesskey") else {
            continue;
        };
        check_entry(sink, file, index, e, &key.part);
    }
}

fn check_entry(sink: &mut Sink, file: &SourceFile, index: &LocaleIndex, e: &Entry, key: &Part) {
    let texts = file.model.texts(key);
    if texts.len() != 1
        || !file.model.references(key).is_empty()
        || !file.model.variables(key).is_empty()
    {
        return;
    }
    let Some(k) = file.text.get(texts[0].clone()).map(str::trim) else {
        return;
    };
    let mut chars = k.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return;
    };
    let label = e
        .attributes
        .iter()
        .find(|a| a.name == "label")
        .map(|a| &a.part)
        .or(e.value.as_ref());
    let Some(label) = label else { return };
    let (text, complete) = label_text(file, label, index, 0);
    let lower: String = c.to_lowercase().collect();
    if text.to_lowercase().contains(&lower) || !complete {
        return;
    }
    sink.at(
        &ACCESSKEY_NOT_IN_LABEL,
        file,
        texts[0].clone(),
        Some(&e.id),
        format!(
            "the access key `{c}` of `{}` is not in its label “{}”",
            e.id,
            text.trim()
        ),
    );
}

/// `property: value` declarations of inline CSS, lowercased property names.
fn declarations(css: &str) -> Vec<(String, String)> {
    css.split(';')
        .filter_map(|d| {
            let (p, v) = d.split_once(':')?;
            let p = p.trim().to_ascii_lowercase();
            (!p.is_empty()).then(|| (p, v.trim().to_string()))
        })
        .collect()
}

/// The units of the numbers of a CSS value, in order ("20em 4px" → ["em", "px"]).
fn units(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() || (b[i] == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'%') {
                i += 1;
            }
            out.push(value[s..i].to_ascii_lowercase());
        } else {
            i += 1;
        }
    }
    out
}

/// `.style` of the reference (`r`) against the translation's (`l`).
pub fn compare_style(sink: &mut Sink, at: &PartRef, reference: &SourceFile, r: &Part, l: &Part) {
    if at.attr != Some("style") || !sink.enabled(&CSS_UNITS) {
        return;
    }
    let text = |f: &SourceFile, p: &Part| -> String {
        f.model
            .texts(p)
            .iter()
            .filter_map(|s| f.text.get(s.clone()))
            .collect()
    };
    let (rd, ld) = (
        declarations(&text(reference, r)),
        declarations(&text(at.file, l)),
    );
    let name = format!("{}.style", at.id);
    for (p, v) in &rd {
        match ld.iter().find(|(q, _)| q == p) {
            None => {
                sink.at(
                    &CSS_UNITS,
                    at.file,
                    at.anchor.clone(),
                    Some(at.id),
                    format!("`{name}` lacks the reference's CSS property `{p}`"),
                );
            }
            Some((_, w)) => {
                let (ru, lu) = (units(v), units(w));
                if ru != lu && !ru.is_empty() && !lu.is_empty() {
                    sink.at(
                        &CSS_UNITS,
                        at.file,
                        at.anchor.clone(),
                        Some(at.id),
                        format!(
                            "units of `{p}` in `{name}` do not match the reference: `{w}` for `{v}`"
                        ),
                    );
                }
            }
        }
    }
    for (p, _) in &ld {
        if !rd.iter().any(|(q, _)| q == p) {
            sink.at(
                &CSS_UNITS,
                at.file,
                at.anchor.clone(),
                Some(at.id),
                format!("`{name}` sets the CSS property `{p}`, which the reference does not"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dispatch::file_pair as compare;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::{Action, Severities};

    fn keys(src: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        let f = file("fr/a.ftl", src);
        let idx = LocaleIndex::new(vec![f.clone()]);
        check_accesskeys(&mut sink, &f, &idx);
        sink.out
    }

    #[test]
    fn accesskey_outside_its_label() {
        let d = keys("save = Enregistrer\n    .accesskey = X\nopen =\n    .label = Ouvrir\n    .accesskey = o\n");
        assert_eq!(rules_of(&d), ["accesskey-not-in-label"]);
        assert_eq!(
            d[0].message,
            "the access key `X` of `save` is not in its label “Enregistrer”"
        );
        // Through a term; unknown text is not judged.
        let d = keys("-brand = Firefox\nq = Quitter { -brand }\n    .accesskey = F\nv = { $n } fichiers\n    .accesskey = z\n");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn css_units_and_properties() {
        let sev = Severities::default();
        let mut sink = Sink::new("de", &sev);
        compare(
            &mut sink,
            &file("en/a.ftl", "d = S\n    .style = width: 20em; height: 4em\n"),
            &file(
                "de/a.ftl",
                "d = E\n    .style = width: 260px; min-height: 5em\n",
            ),
            "en",
            &|_| Action::Report(None),
            None,
        );
        let msgs: Vec<&str> = sink.out.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(rules_of(&sink.out), ["css-units"; 3], "{msgs:?}");
        assert!(msgs.contains(
            &"units of `width` in `d.style` do not match the reference: `260px` for `20em`"
        ));
        let mut sink = Sink::new("de", &sev);
        compare(
            &mut sink,
            &file("en/a.ftl", "d = S\n    .style = width: 20em\n"),
            &file("de/a.ftl", "d = E\n    .style = width: 24.5em;\n"),
            "en",
            &|_| Action::Report(None),
            None,
        );
        assert!(sink.out.is_empty(), "{:?}", sink.out);
    }
}
