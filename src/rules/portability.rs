//! Portable Fluent: what a translation may set in `NUMBER()` and `DATETIME()`.

use super::{declare_rule, Sink};
use crate::ftl::model::Span;
use crate::ftl::{visible, SourceFile};

declare_rule! {
    /// A `NUMBER()` or `DATETIME()` option that only the developer may set (`style`,
    /// `currency`, `unit`, `notation`, `timeZone`, `calendar`...), or one no runtime knows.
    ///
    /// fluent.js (`@fluent/bundle`, what Firefox and most web apps run) passes a
    /// translation's options to `Intl` only when they are display options: for `NUMBER()`
    /// `useGrouping`, the digit options (`minimumFractionDigits`...), `currencyDisplay`
    /// and `unitDisplay`; for `DATETIME()` `dateStyle`, `timeStyle`, the field options
    /// (`year`, `month`, `hour`...), `hour12`, `dayPeriod`, `era`,
    /// `fractionalSecondDigits` and `timeZoneName`. Everything else is dropped without a
    /// word, `type` (plural selection by `ordinal` rules) included: fluent-rs honours it,
    /// but in fluent.js 0.19 `{ NUMBER($n, type: "ordinal") -> [two] nd *[other] th }`
    /// shows "2th" (measured by `tests/fluentjs.rs`); the data side passes
    /// `new FluentNumber(2, { type: "ordinal" })`. Reported in every file, the reference's
    /// included.
    ///
    /// ## Why
    /// Which quantity a number is (a share, an amount in euros, a distance) is a fact of
    /// the data, decided once by the developer; a translation that sets
    /// `style: "percent"` renders 29% in fluent-rs but 0.29 in fluent.js. Options set on
    /// the data side apply in every locale and every runtime.
    ///
    /// ## Example
    /// ```ftl
    /// share = { NUMBER($share, style: "percent") } of centers
    /// ```
    ///
    /// ## Fix
    /// Drop the option and pass the number formatted as it should be: in fluent.js a
    /// `FluentNumber` with `{ style: "percent" }`, in glossator's figures file
    /// `share = { value = 0.29, style = "percent" }`. No automatic fix (the data side must
    /// change first).
    pub static UNPORTABLE_OPTION = ("unportable-option", Warning, "portability");
}

const NUMBER_DISPLAY: &[&str] = &[
    "unitDisplay",
    "currencyDisplay",
    "useGrouping",
    "minimumIntegerDigits",
    "minimumFractionDigits",
    "maximumFractionDigits",
    "minimumSignificantDigits",
    "maximumSignificantDigits",
];

const NUMBER_DEVELOPER: &[&str] = &[
    "style",
    "type",
    "currency",
    "currencySign",
    "unit",
    "notation",
    "compactDisplay",
    "signDisplay",
    "roundingMode",
    "roundingPriority",
    "roundingIncrement",
    "trailingZeroDisplay",
    "numberingSystem",
    "localeMatcher",
];

const DATETIME_DISPLAY: &[&str] = &[
    "dateStyle",
    "timeStyle",
    "fractionalSecondDigits",
    "dayPeriod",
    "hour12",
    "weekday",
    "era",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "timeZoneName",
];

const DATETIME_DEVELOPER: &[&str] = &[
    "timeZone",
    "calendar",
    "numberingSystem",
    "hourCycle",
    "localeMatcher",
    "formatMatcher",
];

/// A named argument of a `NUMBER()` or `DATETIME()` call: the function, the option and the
/// span of its name.
fn options(code: &str, base: usize) -> Vec<(&'static str, String, Span)> {
    let mut out = Vec::new();
    let b = code.as_bytes();
    for (func, name) in [("NUMBER", "NUMBER"), ("DATETIME", "DATETIME")] {
        let mut from = 0;
        while let Some(k) = code[from..].find(func) {
            let start = from + k;
            from = start + func.len();
            let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
            if start > 0 && ident(b[start - 1]) {
                continue;
            }
            let mut i = from;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if b.get(i) != Some(&b'(') {
                continue;
            }
            // Inside the call: `name:` at depth 1, outside strings.
            let mut depth = 0;
            let mut j = i;
            let mut in_string = false;
            while j < b.len() {
                let c = b[j];
                if in_string {
                    if c == b'\\' {
                        j += 1;
                    } else if c == b'"' {
                        in_string = false;
                    }
                } else if c == b'"' {
                    in_string = true;
                } else if c == b'(' {
                    depth += 1;
                } else if c == b')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else if depth == 1
                    && c.is_ascii_alphabetic()
                    && !ident(b[j - 1])
                    && b[j - 1] != b'$'
                {
                    let s = j;
                    while j < b.len() && ident(b[j]) {
                        j += 1;
                    }
                    let mut k = j;
                    while k < b.len() && b[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    if b.get(k) == Some(&b':') {
                        out.push((name, code[s..j].to_string(), base + s..base + j));
                    }
                    continue;
                }
                j += 1;
            }
        }
    }
    out
}

/// Every call of a file's messages and terms.
pub fn check_file(sink: &mut Sink, file: &SourceFile) {
    if !sink.enabled(&UNPORTABLE_OPTION) {
        return;
    }
    for e in &file.model.entries {
        // Only a call with named options can set one: the model marks those parts.
        for (_, part) in e.parts().filter(|(_, p)| p.options) {
            for span in visible::code(file, part) {
                let Some(code) = file.text.get(span.clone()) else {
                    continue;
                };
                if !code.contains("NUMBER") && !code.contains("DATETIME") {
                    continue;
                }
                for (func, option, at) in options(code, span.start) {
                    let (display, developer) = if func == "NUMBER" {
                        (NUMBER_DISPLAY, NUMBER_DEVELOPER)
                    } else {
                        (DATETIME_DISPLAY, DATETIME_DEVELOPER)
                    };
                    if display.contains(&option.as_str()) {
                        continue;
                    }
                    let why = if developer.contains(&option.as_str()) {
                        format!(
                            "only the developer may set `{option}`: fluent.js ignores it in a \
                             translation, so the text renders differently there; pass the value \
                             with its `{option}` from the data side"
                        )
                    } else {
                        format!("`{option}` is not a `{func}()` option; runtimes ignore it")
                    };
                    sink.at(
                        &UNPORTABLE_OPTION,
                        file,
                        at,
                        Some(&e.id),
                        format!("`{func}()` in `{}` sets `{option}`: {why}", e.id),
                    );
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

    fn run(src: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        check_file(&mut sink, &file("fr/a.ftl", src));
        sink.out
    }

    #[test]
    fn developer_options_are_reported_with_the_reason() {
        let d = run(
            "a = { NUMBER($share, style: \"percent\", minimumFractionDigits: 2) } des centres\nb = { DATETIME($d, timeZone: \"UTC\", month: \"long\") }\n    .title = { NUMBER($n, currency: \"EUR\") }\n",
        );
        assert_eq!(rules_of(&d), ["unportable-option"; 3]);
        assert!(
            d[0].message
                .starts_with("`NUMBER()` in `a` sets `style`: only the developer may set `style`"),
            "{}",
            d[0].message
        );
        assert_eq!((d[0].start.line, d[0].start.column), (1, 22));
        assert!(d[1].message.contains("`timeZone`"));
        assert!(d[2].message.contains("`currency`"));
    }

    #[test]
    fn display_options_and_text_pass() {
        let d = run(
            "a = { NUMBER($n, minimumFractionDigits: 2, useGrouping: \"false\") } { NUMBER($n) ->\n    [one] st\n   *[other] th\n}\nb = Set NUMBER(x, style: y) in text { -t(style: \"x\") }\nc = { DATETIME($d, dateStyle: \"long\") }\n",
        );
        assert!(d.is_empty(), "{d:?}");
        // fluent.js drops `type` too: ordinals are chosen on the data side.
        let d = run("a = { NUMBER($n, type: \"ordinal\") ->\n    [two] nd\n   *[other] th\n}\n");
        assert_eq!(rules_of(&d), ["unportable-option"]);
        assert!(
            d[0].message.contains("only the developer may set `type`"),
            "{}",
            d[0].message
        );
        let d = run("a = { NUMBER($n, minimumFractionDigit: 2) }\n");
        assert!(d[0].message.contains("is not a `NUMBER()` option"));
        // A call nested in a term's arguments or another call is read too.
        let d = run("a = { -brand(n: NUMBER($n, currency: \"EUR\")) } { LEN(DATETIME($d, timeZone: \"UTC\")) }\n");
        assert_eq!(rules_of(&d), ["unportable-option"; 2]);
    }
}
