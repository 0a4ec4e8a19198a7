//! Plural categories of numeric selects, by current CLDR data from ICU4X.

use super::{declare_rule, Sink};
use crate::ftl::model::{Key, Part, Select, Selector, VariantInfo};
use crate::ftl::SourceFile;
use icu_plurals::{PluralCategory, PluralRules};
use std::collections::BTreeSet;

declare_rule! {
    /// A select on a number lacks a plural category the locale needs, carries one the
    /// locale never produces, or has a numeric key that can never match.
    ///
    /// ## Why
    /// Russian needs `one`, `few` and `many`: with only `[one]` and `*[other]`, "5 файлов"
    /// shows the `other` (fractional) form. A `[few]` variant in French is dead text. Plural
    /// rules come from current CLDR through ICU4X (`icu_plurals`), not a hand-written table.
    /// A select counts as numeric when its selector is `NUMBER(...)`, or a variable with a
    /// CLDR category or a number among its keys. A category missing beside the default
    /// variant `other` is not reported, and a select with a single variant is not either.
    /// Locales without CLDR plural data (e.g. `la`) are not checked.
    ///
    /// ## Example
    /// ```ftl
    /// # ru
    /// files = { $n ->
    ///     [one] { $n } файл
    ///    *[other] { $n } файлов
    /// }
    /// ```
    /// reports that `few` and `many` are missing.
    ///
    /// ## Fix
    /// Add the missing variants, remove the impossible ones. No automatic fix.
    pub static PLURAL_CATEGORIES = ("plural-categories", Warning, "plurals");
}

/// Languages whose only CLDR cardinal category is `other`: for every other language, an
/// ICU4X answer of just `other` means it fell back to the root locale (no data).
const ONLY_OTHER: &[&str] = &[
    "bm", "bo", "dz", "hnj", "id", "ig", "ii", "in", "ja", "jbo", "jv", "jw", "kde", "kea", "km",
    "ko", "lkt", "lo", "ms", "my", "nqo", "osa", "root", "sah", "ses", "sg", "su", "th", "to",
    "tpi", "vi", "wo", "yo", "yue", "zh",
];

pub fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// A locale's CLDR cardinal categories: all it has, and those counts of things need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Categories {
    /// Every category the locale's rules produce.
    pub all: BTreeSet<&'static str>,
    /// Categories some integer from 0 to 1,000 falls in. French, Spanish, Italian and
    /// Portuguese have a `many` category reached only by millions ("1 million de"), which
    /// the default variant serves; requiring it would flag every such select.
    pub needed: BTreeSet<&'static str>,
}

/// CLDR cardinal categories of a locale, or `None` when CLDR has no data for it.
pub fn categories(locale: &str) -> Option<Categories> {
    let loc = icu_locale_core::Locale::try_from_str(locale).ok()?;
    let rules = PluralRules::try_new_cardinal((&loc).into()).ok()?;
    let all: BTreeSet<&'static str> = rules.categories().map(category_name).collect();
    let lang = loc.id.language.as_str();
    if all.len() == 1 && !ONLY_OTHER.contains(&lang) {
        return None;
    }
    let mut needed = BTreeSet::new();
    for n in 0u32..=1000 {
        needed.insert(category_name(rules.category_for(n)));
        if needed.len() == all.len() {
            break;
        }
    }
    Some(Categories { all, needed })
}

fn is_category(s: &str) -> bool {
    PluralCategory::get_for_cldr_string(s).is_some()
}

fn is_numeric(s: &Select, variants: &[VariantInfo]) -> bool {
    match &s.selector {
        Selector::Number(_) => true,
        Selector::Variable(_) => variants.iter().any(|v| match &v.key {
            Key::Number(_) => true,
            Key::Identifier(k) => is_category(k),
        }),
        Selector::Other => false,
    }
}

pub fn check_file(sink: &mut Sink, file: &SourceFile, cats: Option<&Categories>) {
    for e in &file.model.entries {
        let parts = e.value.iter().chain(e.attributes.iter().map(|a| &a.part));
        for p in parts {
            check_part(sink, file, &e.id, p, cats);
        }
    }
}

fn check_part(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    part: &Part,
    cats: Option<&Categories>,
) {
    let m = &file.model;
    for s in m.selects(part) {
        let variants = m.variants(s);
        if !is_numeric(s, variants) {
            continue;
        }
        let mut seen_numbers: Vec<(f64, &str)> = Vec::new();
        for v in variants {
            if let Key::Number(n) = &v.key {
                let Ok(value) = n.parse::<f64>() else {
                    continue;
                };
                if let Some((_, first)) = seen_numbers.iter().find(|(x, _)| *x == value) {
                    sink.at(
                        &PLURAL_CATEGORIES,
                        file,
                        v.span.clone(),
                        Some(id),
                        format!("variant `[{n}]` can never match: `[{first}]` has the same value"),
                    );
                }
                seen_numbers.push((value, n));
            }
        }
        let Some(cats) = cats else { continue };
        let keys: BTreeSet<&str> = variants
            .iter()
            .filter_map(|v| match &v.key {
                Key::Identifier(k) => Some(k.as_str()),
                Key::Number(_) => None,
            })
            .collect();
        for v in variants {
            if let Key::Identifier(k) = &v.key {
                if is_category(k) && !cats.all.contains(k.as_str()) {
                    sink.at(
                        &PLURAL_CATEGORIES,
                        file,
                        v.span.clone(),
                        Some(id),
                        format!(
                            "plural category `{k}` is never used by `{}` (CLDR: {})",
                            sink.locale,
                            cats.all.iter().copied().collect::<Vec<_>>().join(", ")
                        ),
                    );
                }
            }
        }
        if variants.len() < 2 {
            continue;
        }
        let missing: Vec<&str> = cats
            .needed
            .iter()
            .copied()
            .filter(|c| *c != "other" && !keys.contains(c))
            .collect();
        if !missing.is_empty() {
            sink.at(
                &PLURAL_CATEGORIES,
                file,
                s.span.clone(),
                Some(id),
                format!(
                    "select on a number lacks the plural categor{} `{}` that `{}` needs",
                    if missing.len() == 1 { "y" } else { "ies" },
                    missing.join("`, `"),
                    sink.locale
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::{file, rules_of};
    use crate::rules::Severities;

    fn run(locale: &str, src: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let mut sink = Sink::new(locale, &sev);
        let cats = categories(locale);
        check_file(&mut sink, &file("a.ftl", src), cats.as_ref());
        sink.out
    }

    #[test]
    fn cldr_categories_from_icu4x() {
        assert_eq!(
            categories("ru").unwrap().all,
            ["few", "many", "one", "other"].into()
        );
        assert_eq!(
            categories("ru").unwrap().needed,
            ["few", "many", "one"].into()
        );
        assert_eq!(categories("ja").unwrap().all, ["other"].into());
        let fr = categories("fr").unwrap();
        assert_eq!(fr.all, ["many", "one", "other"].into());
        assert_eq!(fr.needed, ["one", "other"].into());
        assert!(categories("la").is_none());
    }

    #[test]
    fn russian_select_missing_few_and_many() {
        let d = run(
            "ru",
            "f = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(d[0].message.contains("`few`, `many`"), "{}", d[0].message);
    }

    #[test]
    fn impossible_category_and_duplicate_number() {
        let d = run(
            "ja",
            "f = { NUMBER($n) ->\n    [one] x\n    [1] y\n    [1.0] z\n   *[other] w\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories", "plural-categories"]);
    }

    #[test]
    fn complete_and_non_numeric_selects_are_clean() {
        assert!(run(
            "ru",
            "f = { $n ->\n    [one] a\n    [few] b\n   *[many] c\n}\n"
        )
        .is_empty());
        assert!(run(
            "de",
            "g = { $gender ->\n    [male] er\n   *[female] sie\n}\n"
        )
        .is_empty());
        assert!(run("ja", "f = { $n ->\n   *[other] { $n } 件\n}\n").is_empty());
        assert!(run("fr", "f = { $n ->\n    [one] un\n   *[other] des\n}\n").is_empty());
        assert!(run("la", "f = { $n ->\n    [one] unus\n   *[other] multi\n}\n").is_empty());
    }
}
