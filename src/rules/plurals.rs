//! Plural categories of numeric selects, by current CLDR data from ICU4X.

use super::{declare_rule, Sink};
use crate::ftl::model::{Key, Part, Select, Selector, VariantInfo};
use crate::ftl::SourceFile;
use crate::plural_rules::{self, Origin};
use icu_plurals::PluralCategory;
use std::collections::{BTreeMap, BTreeSet};

declare_rule! {
    /// A select on a number lacks a plural category the locale needs, carries one the
    /// locale never produces, or has a numeric key that can never match.
    ///
    /// ## Why
    /// Russian needs `one`, `few` and `many`: with only `[one]` and `*[other]`, "5 файлов"
    /// shows the `other` (fractional) form. A `[few]` variant in French is dead text. Plural
    /// rules come from current CLDR through ICU4X (`icu_plurals`).
    ///
    /// A select is a plural select when its selector is a number literal, `NUMBER(...)`, or
    /// a variable the reference message compares with numbers or plural categories other
    /// than `other` (where the reference does not select on it, the translation's own keys
    /// decide): `{ $capitalization -> [uppercase] ... *[other] ... }` is not one. Numeric
    /// keys count for the categories they exhaust: `[1]` is all of English, German or
    /// Italian `one`, `[0]` and `[1]` all of French `one`; Russian `one` (1, 21, 31...) is
    /// never covered by numbers. Only categories some integer from 0 to 1,000 falls in are
    /// required (French `many` is for millions), Hebrew's dual `two` is optional (a few
    /// nouns have one; "2 devices" is the plural `other` gives), a category missing beside
    /// the default variant `other` is not reported, and neither is a select with a single
    /// variant. Latin and Sanskrit, which CLDR has no plural rules for, are checked by rules
    /// written from their grammars (`src/plural_rules.rs`, the renderer's too): Latin `one`
    /// is 1 (and `many`, whole thousands read with *mīlia* and a genitive, is optional as
    /// French `many` is), Sanskrit `one` 1 and `two` 2 (the dual). Other locales without
    /// CLDR plural data are not checked. The message names numbers that need the missing
    /// variants ("such as 21, 2 and 5"). The same numeric key twice (`[1]`, `[1]`) is
    /// `duplicate-variant`'s finding; this rule reports the same value written differently
    /// (`[1]`, `[1.0]`).
    ///
    /// ## Example
    /// ```ftl
    /// # ru
    /// files = { $n ->
    ///     [one] { $n } файл
    ///    *[other] { $n } файлов
    /// }
    /// ```
    /// reports "plural select has no `[few]` or `[many]` variant, which `ru` uses for numbers
    /// such as 2 and 5".
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

/// Categories CLDR has but a translation may leave to `other`: Hebrew's `two` is the dual,
/// which only a few nouns have (יומיים, "two days"); "2 מכשירים" ("2 devices") is the
/// plural, which `other` gives.
const OPTIONAL: &[(&str, &str)] = &[("he", "two"), ("iw", "two")];

pub use crate::plural_rules::category_name;

/// Integers looked at: every category a count of things needs has one below this.
const SAMPLE: u32 = 1000;

/// A locale's CLDR cardinal categories: all it has, and those counts of things need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Categories {
    /// Every category the locale's rules produce.
    pub all: BTreeSet<&'static str>,
    /// Categories some integer from 0 to 1,000 falls in. French, Spanish, Italian and
    /// Portuguese have a `many` category reached only by millions ("1 million de"), which
    /// the default variant serves; requiring it would flag every such select.
    pub needed: BTreeSet<&'static str>,
    /// The integers of each needed category, when there are only a few (all below 100):
    /// English `one` is 1, French `one` 0 and 1, Arabic `two` 2. Numeric keys that list
    /// them all (`[0]` and `[1]` in French) cover the category.
    pub finite: BTreeMap<&'static str, Vec<u32>>,
    /// The integers from 0 to 1,000 of each category: what a message names as examples.
    pub members: BTreeMap<&'static str, Vec<u32>>,
    /// Where the rules come from, as messages name it: "CLDR", or the grammar of a
    /// language CLDR has no rules for ("Latin grammar: Allen and Greenough, ...").
    pub origin: String,
}

/// Cardinal categories of a locale (CLDR's, or from the language's grammar where CLDR has
/// none: `src/plural_rules.rs`), or `None` when there are no rules for it.
pub fn categories(locale: &str) -> Option<Categories> {
    let loc = icu_locale_core::Locale::try_from_str(locale).ok()?;
    let rules = plural_rules::cardinal(&loc).ok()?;
    let all: BTreeSet<&'static str> = rules.categories().map(category_name).collect();
    let lang = loc.id.language.as_str();
    if all.len() == 1 && !ONLY_OTHER.contains(&lang) {
        return None;
    }
    let origin = match plural_rules::origin(&loc) {
        Origin::Grammar(g) => format!("{} grammar: {}", g.name, g.source),
        Origin::Cldr | Origin::Root => "CLDR".to_string(),
    };
    let mut members: BTreeMap<&'static str, Vec<u32>> = BTreeMap::new();
    for n in 0..=SAMPLE {
        members
            .entry(category_name(rules.category_for(n)))
            .or_default()
            .push(n);
    }
    let needed: BTreeSet<&'static str> = members
        .keys()
        .copied()
        .filter(|c| !OPTIONAL.contains(&(lang, *c)))
        .collect();
    let finite = members
        .iter()
        .filter(|(_, ns)| ns.iter().all(|&n| n < 100))
        .map(|(c, ns)| (*c, ns.clone()))
        .collect();
    Some(Categories {
        all,
        needed,
        finite,
        members,
        origin,
    })
}

/// Categories in CLDR's order (zero, one, two, few, many, other), as messages list them.
fn cldr_order<'a>(cats: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = cats.into_iter().collect();
    v.sort_by_key(|c| PluralCategory::get_for_cldr_string(c).map(|p| p as u8));
    v
}

fn is_category(s: &str) -> bool {
    PluralCategory::get_for_cldr_string(s).is_some()
}

/// Keys that compare a value with numbers: a number, or a plural category other than
/// `other` (which is also every select's usual default, `*[other]`, whatever it selects on).
fn numeric_keys(variants: &[VariantInfo]) -> bool {
    variants.iter().any(|v| match &v.key {
        Key::Number(_) => true,
        Key::Identifier(k) => k != "other" && is_category(k),
    })
}

/// Whether the reference compares `$var` with numbers in entry `id`: `Some(true)` when
/// one of its selects on the variable is numeric, `Some(false)` when it selects on it only
/// by other keys (`[uppercase]`, `[masculine]`), `None` when it does not select on it.
fn numeric_in_reference(sink: &Sink, id: &str, var: &str) -> Option<bool> {
    let (rf, re) = sink.reference?.lookup(crate::ftl::model::hash_id(id), id)?;
    let parts = re.value.iter().chain(re.attributes.iter().map(|a| &a.part));
    let mut seen = None;
    for p in parts {
        for s in rf.model.selects(p) {
            let numeric = match &s.selector {
                Selector::Number(v) if v == var => true,
                Selector::Variable(v) if v == var => numeric_keys(rf.model.variants(s)),
                _ => continue,
            };
            if numeric {
                return Some(true);
            }
            seen = Some(false);
        }
    }
    seen
}

/// A plural select chooses by a number: a number literal, `NUMBER(...)`, or a variable the
/// reference compares with plural categories or numbers (or, where the reference does not
/// select on it, the translation itself does).
fn is_plural(sink: &Sink, id: &str, s: &Select, variants: &[VariantInfo]) -> bool {
    match &s.selector {
        Selector::Number(_) | Selector::NumberLiteral => true,
        Selector::Variable(v) => {
            numeric_in_reference(sink, id, v).unwrap_or_else(|| numeric_keys(variants))
        }
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
        if !is_plural(sink, id, s, variants) {
            continue;
        }
        let numbers = numeric_variants(sink, file, id, variants);
        let Some(cats) = cats else { continue };
        unknown_categories(sink, file, id, variants, cats);
        if variants.len() >= 2 {
            missing_categories(sink, file, id, s, &numbers, cats);
        }
    }
}

/// The numeric keys of a plural select's `variants` with their values; reports a key
/// that repeats an earlier one's value written differently.
fn numeric_variants<'v>(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    variants: &'v [VariantInfo],
) -> Vec<(f64, &'v str)> {
    let mut numbers: Vec<(f64, &str)> = Vec::new();
    for v in variants {
        if let Key::Number(n) = &v.key {
            let Ok(value) = n.parse::<f64>() else {
                continue;
            };
            // The same key twice is `duplicate-variant`'s; the same value written
            // differently (`[1]`, `[1.0]`) is this rule's.
            let twin = numbers
                .iter()
                .find(|(x, first)| *x == value && *first != n.as_str());
            if let Some((_, first)) = twin {
                if let Some(d) = sink.at(
                    &PLURAL_CATEGORIES,
                    file,
                    v.span.clone(),
                    Some(id),
                    format!("variant `[{n}]` can never be shown: `[{first}]` has the same value"),
                ) {
                    d.help("remove one of the two");
                }
            }
            numbers.push((value, n));
        }
    }
    numbers
}

/// Variants keyed by a plural category the locale does not have.
fn unknown_categories(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    variants: &[VariantInfo],
    cats: &Categories,
) {
    let listing = cldr_order(cats.all.iter().copied()).join(", ");
    let locale = sink.locale;
    for v in variants {
        if let Key::Identifier(k) = &v.key {
            if is_category(k) && !cats.all.contains(k.as_str()) {
                if let Some(d) = sink.at(
                    &PLURAL_CATEGORIES,
                    file,
                    v.span.clone(),
                    Some(id),
                    format!(
                        "`{}` has no plural category `{k}`, so variant `[{k}]` is never shown",
                        sink.locale
                    ),
                ) {
                    d.help(format!(
                        "remove it; `{locale}` has the plural categories {listing} ({})",
                        cats.origin
                    ));
                }
            }
        }
    }
}

/// The plural categories the locale needs that select `s` has no variant for (nor
/// numeric keys that list all their numbers), with a number of each as an example.
fn missing_categories(
    sink: &mut Sink,
    file: &SourceFile,
    id: &str,
    s: &Select,
    numbers: &[(f64, &str)],
    cats: &Categories,
) {
    let variants = file.model.variants(s);
    let listing = cldr_order(cats.all.iter().copied()).join(", ");
    let locale = sink.locale;
    let keys: BTreeSet<&str> = variants
        .iter()
        .filter_map(|v| match &v.key {
            Key::Identifier(k) => Some(k.as_str()),
            Key::Number(_) => None,
        })
        .collect();
    let integers: BTreeSet<u32> = numbers
        .iter()
        .filter(|(x, _)| x.fract() == 0.0 && *x >= 0.0 && *x <= f64::from(SAMPLE))
        .map(|(x, _)| *x as u32)
        .collect();
    // A category whose few integers the numeric keys all list is covered: `[1]` is
    // English's `one`, `[0]` and `[1]` French's.
    let covered = |c: &str| {
        cats.finite
            .get(c)
            .is_some_and(|ns| ns.iter().all(|n| integers.contains(n)))
    };
    let missing: Vec<&str> = cldr_order(
        cats.needed
            .iter()
            .copied()
            .filter(|c| *c != "other" && !keys.contains(c) && !covered(c)),
    );
    if missing.is_empty() {
        return;
    }
    let variants: Vec<String> = missing.iter().map(|c| format!("`[{c}]`")).collect();
    // An example each: the smallest number of the category from 1 on that no
    // numeric key shows (French `one` with `[1]` already: 0).
    let examples: Vec<String> = missing
        .iter()
        .filter_map(|c| {
            let ns = cats.members.get(c)?;
            let free = |n: &&u32| !integers.contains(n);
            ns.iter()
                .filter(free)
                .find(|&&n| n >= 1)
                .or_else(|| ns.iter().find(free))
        })
        .map(u32::to_string)
        .collect();
    if let Some(d) = sink.at(
        &PLURAL_CATEGORIES,
        file,
        s.span.clone(),
        Some(id),
        format!(
            "plural select has no {} variant, which `{}` uses for numbers such as {}",
            super::or_list(&variants),
            sink.locale,
            super::and_list(&examples)
        ),
    ) {
        d.help(format!(
            "add {}; `{locale}` has the plural categories {listing} ({})",
            if missing.len() == 1 { "it" } else { "them" },
            cats.origin,
        ));
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
        assert!(categories("tlh").is_none(), "no CLDR or grammar rules");
        assert_eq!(categories("fr").unwrap().origin, "CLDR");
    }

    #[test]
    fn latin_and_sanskrit_by_their_grammars() {
        let la = categories("la").expect("Latin rules");
        assert_eq!(la.all, ["many", "one", "other"].into());
        // `many` (2,000, 3,000, ... with a genitive) starts above 1,000: optional, as in French.
        assert_eq!(la.needed, ["one", "other"].into());
        assert_eq!(la.finite["one"], [1]);
        assert!(
            la.origin.starts_with("Latin grammar: Allen and Greenough"),
            "{}",
            la.origin
        );
        let sa = categories("sa").expect("Sanskrit rules");
        assert_eq!(sa.all, ["one", "other", "two"].into());
        assert_eq!(sa.needed, ["one", "other", "two"].into());
        assert_eq!(
            (sa.finite["one"].clone(), sa.finite["two"].clone()),
            (vec![1], vec![2])
        );

        // The `[one]` the renderer used to ignore is now required, and named with its origin.
        let d = run(
            "la",
            "f = { $n ->\n   *[other] { $n } centra\n    [many] milia\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert_eq!(
            d[0].message,
            "plural select has no `[one]` variant, which `la` uses for numbers such as 1"
        );
        assert_eq!(
            d[0].help.as_deref(),
            Some("add it; `la` has the plural categories one, many, other (Latin grammar: Allen and Greenough, New Latin Grammar §§ 134–135)")
        );
        let d = run("sa", "f = { $n ->\n    [one] एकम्\n   *[other] बहूनि\n}\n");
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert_eq!(
            d[0].message,
            "plural select has no `[two]` variant, which `sa` uses for numbers such as 2"
        );
        // Categories the grammar does not have are dead variants.
        let d = run(
            "la",
            "f = { $n ->\n    [one] a\n    [two] b\n   *[other] c\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(
            d[0].message.contains("no plural category `two`"),
            "{}",
            d[0].message
        );
        let d = run(
            "sa",
            "f = { $n ->\n    [one] a\n    [two] b\n    [many] c\n   *[other] d\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(
            d[0].message.contains("no plural category `many`"),
            "{}",
            d[0].message
        );
        // Complete selects are clean, with categories or with the numbers they stand for.
        for (locale, src) in [
            (
                "la",
                "f = { $n ->\n    [one] a\n    [many] b\n   *[other] c\n}\n",
            ),
            ("la", "f = { $n ->\n    [1] a\n   *[other] c\n}\n"),
            (
                "sa",
                "f = { $n ->\n    [one] a\n    [two] b\n   *[other] c\n}\n",
            ),
            (
                "sa",
                "f = { $n ->\n    [1] a\n    [2] b\n   *[other] c\n}\n",
            ),
        ] {
            assert!(run(locale, src).is_empty(), "{locale}: {src}");
        }
    }

    #[test]
    fn russian_select_missing_few_and_many() {
        let d = run(
            "ru",
            "f = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert_eq!(
            d[0].message,
            "plural select has no `[few]` or `[many]` variant, which `ru` uses for numbers such as 2 and 5"
        );
        assert!(d[0]
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("one, few, many, other"));
    }

    #[test]
    fn impossible_category_and_duplicate_number() {
        let d = run(
            "ja",
            "f = { NUMBER($n) ->\n    [one] x\n    [1] y\n    [1.0] z\n   *[other] w\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories", "plural-categories"]);
    }

    /// [`run`] with a reference locale of one file, `en/a.ftl`.
    fn run_with_reference(
        locale: &str,
        reference: &str,
        src: &str,
    ) -> Vec<crate::diagnostic::Diagnostic> {
        let sev = Severities::default();
        let index = crate::ftl::LocaleIndex::new(vec![file("en/a.ftl", reference)]);
        let mut sink = Sink::new(locale, &sev);
        sink.reference = Some(&index);
        let cats = categories(locale);
        check_file(&mut sink, &file("x/a.ftl", src), cats.as_ref());
        sink.out
    }

    #[test]
    fn numeric_keys_cover_the_categories_they_exhaust() {
        // `[1]` is all of English, German, Italian `one`; `[0]` and `[1]` all of French `one`.
        for locale in ["en", "de", "it", "nl", "sv"] {
            let d = run(locale, "f = { $n ->\n    [1] one\n   *[other] many\n}\n");
            assert!(d.is_empty(), "{locale}: {d:?}");
        }
        assert!(run(
            "fr",
            "f = { $n ->\n    [0] zéro\n    [1] un\n   *[other] des\n}\n"
        )
        .is_empty());
        // French with only `[1]` leaves 0 to `other`: that is wrong ("0 fichiers").
        let d = run("fr", "f = { $n ->\n    [1] un\n   *[other] des\n}\n");
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(d[0].message.contains("`[one]`"), "{}", d[0].message);
        // Russian `one` is 1, 21, 31...: `[0]` and `[1]` cover nothing.
        for locale in ["ru", "uk"] {
            let d = run(
                locale,
                "f = { $n ->\n    [0] ноль\n    [1] один\n   *[other] много\n}\n",
            );
            assert_eq!(rules_of(&d), vec!["plural-categories"], "{locale}");
            assert!(
                d[0].message.contains("`[one]`, `[few]` or `[many]`"),
                "{}",
                d[0].message
            );
        }
        // Arabic: `[0]`, `[1]`, `[2]` are all of `zero`, `one`, `two`; `few` and `many` remain.
        let d = run(
            "ar",
            "f = { $n ->\n    [0] a\n    [1] b\n    [2] c\n   *[other] d\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(
            d[0].message.contains("`[few]` or `[many]` variant"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn only_numbers_make_a_plural_select() {
        // A string selector with the usual `*[other]` default is no plural select.
        let term = "-brand = { $capitalization ->\n    [uppercase] Firefox Browser\n   *[other] Firefox browser\n}\n";
        assert!(run("ru", term).is_empty());
        assert!(run_with_reference("ru", "-brand = Firefox\n", term).is_empty());
        // The reference decides: `$n` compared with categories there is plural here too,
        // even where the translation keeps only `*[other]` and a key of its own.
        let reference = "f = { $n ->\n    [one] file\n   *[other] files\n}\n";
        let d = run_with_reference(
            "ru",
            reference,
            "f = { $n ->\n    [uno] файл\n   *[other] файлы\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        // A variable the reference compares with words only is not plural, whatever keys
        // the translation adds.
        let reference = "h = { $case ->\n    [upper] A\n   *[other] a\n}\n";
        assert!(run_with_reference(
            "ru",
            reference,
            "h = { $case ->\n    [upper] A\n    [one] b\n   *[other] a\n}\n"
        )
        .is_empty());
        // Number literals and NUMBER() are numbers.
        let d = run("ru", "n = { 5 ->\n    [one] a\n   *[other] b\n}\n");
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        let d = run(
            "ru",
            "n = { NUMBER($n) ->\n    [uppercase] a\n   *[other] b\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
    }

    #[test]
    fn hebrew_dual_is_optional() {
        // "2 מכשירים" is the plural `other` gives; the dual is for a few nouns only.
        assert!(run(
            "he",
            "f = { $n ->\n    [one] מכשיר אחד\n   *[other] { $n } מכשירים\n}\n"
        )
        .is_empty());
        assert_eq!(
            categories("he").unwrap().all,
            ["one", "other", "two"].into()
        );
    }

    #[test]
    fn same_key_twice_is_left_to_duplicate_variant() {
        let d = run(
            "en",
            "f = { $n ->\n    [1] a\n    [1] b\n   *[other] c\n}\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let d = run(
            "en",
            "f = { $n ->\n    [1] a\n    [1.0] b\n   *[other] c\n}\n",
        );
        assert_eq!(rules_of(&d), vec!["plural-categories"]);
        assert!(
            d[0].message.contains("`[1.0]` can never be shown"),
            "{}",
            d[0].message
        );
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
