//! Plural categories from ICU4X (`icu_plurals`, current CLDR): the one source of truth,
//! shared with glossator's checker.
//!
//! fluent-bundle 0.16 selects a variant of `{ $n -> [one] … *[other] … }` with its own
//! CLDR 37 rules (`intl_pluralrules`, English for locales it lacks), in a private
//! `PluralRules` memoized inside the bundle: there is no hook to replace them. What it
//! does offer is exact string matching of variant keys. So every select whose selector
//! may be a number is rewritten, before the resource is added to the bundle, from
//!
//! ```ftl
//! { $n -> [0] none [one] one *[other] other }
//! ```
//! to
//! ```ftl
//! { GLOSSATOR_PLURAL($n, keys: "0 one other") -> [glossator-n-0] none [one] one *[other] other }
//! ```
//! and `GLOSSATOR_PLURAL` ([`select`]) returns the key to take as a string: the first key,
//! in the variants' order (as fluent-bundle matches them), that equals the number or
//! names its ICU4X plural category. A string selector passes through unchanged, and an
//! error (unknown variable) still reaches the default variant. Numeric keys become
//! identifiers because a string selector never matches a number key.
//!
//! The number is categorized as it shows: percent scaled, digits options applied
//! (`NUMBER($n, minimumFractionDigits: 1)` of 1 is "1.0", `other` in English), and
//! `type: "ordinal"` uses ordinal rules. The rules are [`crate::plural_rules`]'s, the
//! checker's too: CLDR's, and for Latin and Sanskrit, which CLDR has none for, rules from
//! their grammars (Latin 1 is `one`; Sanskrit 1 `one`, 2 `two`).

use fluent_bundle::types::FluentNumberType;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use fluent_syntax::parser::{ErrorKind, ParserError};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

pub(super) use crate::plural_rules::category_name;
use crate::plural_rules::{self, Origin};

use super::format::to_decimal;

/// The selector function's name. Upper case, as Fluent requires of function names.
pub(super) const PLURAL_FN: &str = "GLOSSATOR_PLURAL";
const KEYS_ARG: &str = "keys";
const NUMERIC_KEY_PREFIX: &str = "glossator-n-";

/// Cardinal and ordinal rules of a locale.
pub(super) struct PluralSet {
    cardinal: PluralRules,
    ordinal: PluralRules,
    origin: Origin,
}

impl PluralSet {
    pub(super) fn new(locale: &Locale) -> Result<Self, icu_provider::DataError> {
        Ok(PluralSet {
            cardinal: plural_rules::cardinal(locale)?,
            ordinal: plural_rules::ordinal(locale)?,
            origin: plural_rules::origin(locale),
        })
    }

    /// The CLDR category of a number as it shows.
    pub(super) fn category(&self, number: &fluent_bundle::types::FluentNumber) -> PluralCategory {
        let rules = match number.options.r#type {
            FluentNumberType::Cardinal => &self.cardinal,
            FluentNumberType::Ordinal => &self.ordinal,
        };
        match to_decimal(number) {
            Some(decimal) => rules.category_for(&decimal),
            None => PluralCategory::Other,
        }
    }

    /// "one, few, many, other".
    pub(super) fn describe(&self) -> String {
        self.cardinal
            .categories()
            .map(category_name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Where the rules come from when they are not CLDR's: "Sanskrit grammar, Whitney,
    /// Sanskrit Grammar §§ 264–265, 486".
    pub(super) fn origin(&self) -> Option<String> {
        match self.origin {
            Origin::Grammar(g) => Some(format!("{} grammar, {}", g.name, g.source)),
            Origin::Cldr | Origin::Root => None,
        }
    }

    /// The grammar the rules come from when they are not CLDR's: "Whitney, Sanskrit
    /// Grammar §§ 264–265, 486".
    pub(super) fn grammar_source(&self) -> Option<&'static str> {
        match self.origin {
            Origin::Grammar(g) => Some(g.source),
            Origin::Cldr | Origin::Root => None,
        }
    }
}

/// `GLOSSATOR_PLURAL(selector, keys: "…")`: the variant key to select, as a string.
pub(super) fn select<'a>(
    positional: &[FluentValue<'a>],
    named: &FluentArgs,
    rules: &PluralSet,
) -> FluentValue<'a> {
    // A number, or a compact one (selected by its number, as `Intl.PluralRules` does).
    let number = match positional.first() {
        Some(value) => match super::format::as_number(value) {
            Some(n) => n,
            None => return value.clone(),
        },
        None => return FluentValue::Error,
    };
    let keys = match named.get(KEYS_ARG) {
        Some(FluentValue::String(keys)) => keys.as_ref(),
        _ => "",
    };
    let category = category_name(rules.category(number));
    for key in keys.split(' ').filter(|k| !k.is_empty()) {
        if key.parse::<f64>().is_ok_and(|k| k == number.value) {
            return FluentValue::String(numeric_key(key).into());
        }
        if key == category {
            return FluentValue::String(key.to_string().into());
        }
    }
    // No variant for the category: the select takes its default variant.
    FluentValue::String(category.into())
}

/// The identifier a numeric variant key becomes: `1.5` → `glossator-n-1_5`, `-1` → `glossator-n-m1`.
fn numeric_key(key: &str) -> String {
    let encoded: String = key
        .chars()
        .map(|c| match c {
            '.' => '_',
            '-' => 'm',
            c => c,
        })
        .collect();
    format!("{NUMERIC_KEY_PREFIX}{encoded}")
}

/// What [`prepare`] changes in a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Rewrite {
    /// Route numeric selectors through [`PLURAL_FN`].
    pub(super) plurals: bool,
    /// Isolate message and term references and string literals as fluent.js does.
    ///
    /// With bidi isolation on, fluent.js wraps every placeable of a pattern of more than
    /// one element in U+2068 … U+2069; fluent-bundle 0.16 leaves out message references,
    /// term references and string literals, so "{ -cba }: …" came out unisolated where
    /// fluent.js isolates it (30 of the bundled project's 255 messages differed). Such a
    /// placeable is nested in one more placeable, `{ { -cba } }`, which fluent-bundle
    /// isolates like any other and fluent.js renders the same.
    pub(super) isolate_references: bool,
}

/// The text to give fluent-bundle for an FTL source, rewritten as `rewrite` says (`None`:
/// nothing to change, use the source as it is), and the source's syntax errors.
///
/// fluent-bundle parses with crates.io's fluent-syntax, which has no nesting limit: an
/// entry glossator's parser found too deep would overflow its stack and abort the process.
/// The text is then rebuilt from the entries that parsed, leaving junk out.
pub(super) fn prepare(source: &str, rewrite: Rewrite) -> (Option<String>, Vec<ParserError>) {
    let (mut resource, errors) = match fluent_syntax::parser::parse(source.to_string()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let too_deep = errors
        .iter()
        .any(|e| matches!(e.kind, ErrorKind::TooDeep(_)));
    let mut changed = false;
    let any = rewrite != Rewrite::default();
    for entry in resource.body.iter_mut().filter(|_| any) {
        let (value, attributes) = match entry {
            ast::Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            ast::Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            changed |= rewrite_pattern(value, rewrite);
        }
        for attribute in attributes {
            changed |= rewrite_pattern(&mut attribute.value, rewrite);
        }
    }
    let text = (changed || too_deep).then(|| fluent_syntax::serializer::serialize(&resource));
    (text, errors)
}

fn rewrite_pattern(pattern: &mut ast::Pattern<String>, rewrite: Rewrite) -> bool {
    let mut changed = false;
    let isolated = rewrite.isolate_references && pattern.elements.len() > 1;
    for element in &mut pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            changed |= rewrite_expression(expression, rewrite);
            if isolated && unisolated_in_fluent_bundle(expression) {
                let inner = std::mem::replace(
                    expression,
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                        value: String::new(),
                    }),
                );
                *expression = ast::Expression::Inline(ast::InlineExpression::Placeable {
                    expression: Box::new(inner),
                });
                changed = true;
            }
        }
    }
    changed
}

/// The placeables fluent-bundle does not isolate (fluent.js does).
fn unisolated_in_fluent_bundle(expression: &ast::Expression<String>) -> bool {
    matches!(
        expression,
        ast::Expression::Inline(
            ast::InlineExpression::MessageReference { .. }
                | ast::InlineExpression::TermReference { .. }
                | ast::InlineExpression::StringLiteral { .. }
        )
    )
}

fn rewrite_expression(expression: &mut ast::Expression<String>, rewrite: Rewrite) -> bool {
    match expression {
        ast::Expression::Inline(inline) => rewrite_inline(inline, rewrite),
        ast::Expression::Select { selector, variants } => {
            let mut changed = rewrite_inline(selector, rewrite);
            for variant in variants.iter_mut() {
                changed |= rewrite_pattern(&mut variant.value, rewrite);
            }
            if !rewrite.plurals || !may_be_number(selector) {
                return changed;
            }
            let keys: Vec<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.clone(),
                    ast::VariantKey::NumberLiteral { value } => value.clone(),
                })
                .collect();
            for variant in variants.iter_mut() {
                if let ast::VariantKey::NumberLiteral { value } = &variant.key {
                    variant.key = ast::VariantKey::Identifier {
                        name: numeric_key(value),
                    };
                }
            }
            let original = std::mem::replace(
                selector,
                ast::InlineExpression::StringLiteral {
                    value: String::new(),
                },
            );
            *selector = ast::InlineExpression::FunctionReference {
                id: ast::Identifier {
                    name: PLURAL_FN.to_string(),
                },
                arguments: ast::CallArguments {
                    positional: vec![original],
                    named: vec![ast::NamedArgument {
                        name: ast::Identifier {
                            name: KEYS_ARG.to_string(),
                        },
                        value: ast::InlineExpression::StringLiteral {
                            value: keys.join(" "),
                        },
                    }],
                },
            };
            true
        }
    }
}

fn rewrite_inline(inline: &mut ast::InlineExpression<String>, rewrite: Rewrite) -> bool {
    match inline {
        ast::InlineExpression::Placeable { expression } => rewrite_expression(expression, rewrite),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            let mut changed = false;
            for argument in &mut arguments.positional {
                changed |= rewrite_inline(argument, rewrite);
            }
            changed
        }
        _ => false,
    }
}

/// Selectors whose value may be a number: variables, function calls, number literals.
/// String literals and message or term references are strings.
fn may_be_number(selector: &ast::InlineExpression<String>) -> bool {
    match selector {
        ast::InlineExpression::VariableReference { .. }
        | ast::InlineExpression::NumberLiteral { .. } => true,
        ast::InlineExpression::FunctionReference { id, .. } => id.name != PLURAL_FN,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    //! The measured difference between fluent-bundle's plural rules (intl_pluralrules,
    //! CLDR 37, English fallback) and ICU4X's (current CLDR), and the proof that the
    //! renderer follows ICU4X.

    use super::*;
    use crate::render::bundle::LocaleBundle;
    use crate::render::{FtlSource, Options};
    use fluent_bundle::types::FluentNumber;
    use intl_pluralrules::{
        PluralCategory as IntlCategory, PluralRuleType, PluralRules as IntlRules,
    };
    use unic_langid::LanguageIdentifier;

    const PROJECT_LOCALES: [&str; 15] = [
        "en", "id", "zh-CN", "ko", "ja", "ru", "fr", "de", "es", "pt", "it", "el", "fi", "la", "sa",
    ];

    /// The numbers compared: 0 to 1,000, 1.5, and the report's large figures.
    fn samples() -> Vec<f64> {
        let mut v: Vec<f64> = (0..=1000).map(f64::from).collect();
        v.extend([1.5, 41_700.0, 1_000_000.0, 723_000_000.0]);
        v
    }

    fn intl_name(c: IntlCategory) -> &'static str {
        match c {
            IntlCategory::ZERO => "zero",
            IntlCategory::ONE => "one",
            IntlCategory::TWO => "two",
            IntlCategory::FEW => "few",
            IntlCategory::MANY => "many",
            IntlCategory::OTHER => "other",
        }
    }

    /// fluent-bundle's rules for a locale: as its `PluralRules::construct`, the locale's
    /// CLDR 37 rules by lookup, English when there are none.
    fn fluent_bundle_rules(locale: &str) -> IntlRules {
        let lang: LanguageIdentifier = locale.parse().expect("project locale");
        let en: LanguageIdentifier = "en".parse().expect("en");
        let available = IntlRules::get_locales(PluralRuleType::CARDINAL);
        let chosen = fluent_langneg::negotiate_languages(
            &[lang],
            &available,
            Some(&en),
            fluent_langneg::NegotiationStrategy::Lookup,
        )[0]
        .clone();
        IntlRules::create(chosen, PluralRuleType::CARDINAL).expect("rules")
    }

    /// Every (locale, n, CLDR 37 category, ICU4X category) where the two disagree.
    fn differences() -> Vec<(String, f64, &'static str, &'static str)> {
        let mut out = Vec::new();
        for locale in PROJECT_LOCALES {
            let old = fluent_bundle_rules(locale);
            let new = PluralSet::new(&locale.parse().expect("locale")).expect("ICU4X data");
            for n in samples() {
                let a = intl_name(old.select(n).expect("category"));
                let b = category_name(new.category(&FluentNumber::from(n)));
                if a != b {
                    out.push((locale.to_string(), n, a, b));
                }
            }
        }
        out
    }

    /// Summarizes differences as "locale: n=…: cldr37 → icu4x" lines, runs of integers
    /// collapsed.
    fn summary(diffs: &[(String, f64, &'static str, &'static str)]) -> String {
        let mut lines: Vec<String> = Vec::new();
        for (locale, n, a, b) in diffs {
            lines.push(format!("{locale}: {n} {a} -> {b}"));
        }
        lines.join("\n")
    }

    #[test]
    fn cldr37_and_current_cldr_differ_only_where_measured() {
        let diffs = differences();
        // Measured with intl_pluralrules 7.0.2 (CLDR 37, as fluent-bundle 0.16 uses it)
        // and icu_plurals 2.4 (ICU4X's compiled CLDR data). French, Spanish,
        // Portuguese and Italian gained `many` for multiples of a million after CLDR 37
        // (the report's 723,000,000 calls); `la` and `sa` have no CLDR plural rules:
        // fluent-bundle falls back to English, glossator uses their grammars' rules
        // (`crate::plural_rules`): Latin whole thousands with *mīlia* are `many`, Sanskrit
        // 2 is the dual `two`; 1 is `one` in both. Nothing else differs from 0 to 1,000 or
        // at 1.5 among the 15 project locales.
        let expected = "\
fr: 1000000 other -> many
fr: 723000000 other -> many
es: 1000000 other -> many
es: 723000000 other -> many
pt: 1000000 other -> many
pt: 723000000 other -> many
it: 1000000 other -> many
it: 723000000 other -> many
la: 1000000 other -> many
la: 723000000 other -> many
sa: 2 other -> two";
        assert_eq!(summary(&diffs), expected);
    }

    /// A message with a variant for every category, and numeric keys, rendered by a real
    /// bundle of the renderer.
    fn selector_bundle(locale: &str) -> LocaleBundle {
        let ftl = "\
cat = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
exact = { $n ->
    [0] exactly zero
    [1.5] one and a half
    [one] one
   *[other] other
}
fmt = { NUMBER($n, minimumFractionDigits: 1) ->
    [one] one
   *[other] other
}
ordinal = { NUMBER($n, type: \"ordinal\") ->
    [one] st
    [two] nd
    [few] rd
   *[other] th
}
string = { $s ->
    [a] A
   *[other] default
}
";
        LocaleBundle::new(
            locale,
            &[FtlSource::new("test.ftl", ftl)],
            &Options::default(),
        )
        .expect("bundle")
    }

    fn format(bundle: &LocaleBundle, id: &str, n: f64) -> String {
        let mut args = FluentArgs::new();
        args.set("n", n);
        args.set("s", "a");
        let (text, errors) = bundle.format(id, &args);
        assert!(errors.is_empty(), "{id} {n}: {errors:?}");
        text
    }

    #[test]
    fn renderer_selects_icu4x_categories_for_every_project_locale() {
        for locale in PROJECT_LOCALES {
            let bundle = selector_bundle(locale);
            let rules = PluralSet::new(&locale.parse().expect("locale")).expect("ICU4X data");
            for n in samples() {
                let expected = category_name(rules.category(&FluentNumber::from(n)));
                assert_eq!(format(&bundle, "cat", n), expected, "{locale} {n}");
            }
        }
    }

    #[test]
    fn the_measured_differences_follow_icu4x() {
        // Where fluent-bundle alone would say `other` (English rules for `la` and `sa`):
        assert_eq!(format(&selector_bundle("la"), "cat", 723_000_000.0), "many");
        assert_eq!(format(&selector_bundle("sa"), "cat", 2.0), "two");
        // And `[one]` is used for 1 in both, as the translators wrote it.
        assert_eq!(format(&selector_bundle("la"), "cat", 1.0), "one");
        assert_eq!(format(&selector_bundle("sa"), "cat", 1.0), "one");
        assert_eq!(format(&selector_bundle("la"), "fmt", 1.0), "other", "1.0");
        for locale in ["fr", "es", "it", "pt"] {
            assert_eq!(
                format(&selector_bundle(locale), "cat", 723_000_000.0),
                "many"
            );
        }
        // And where both agree, nothing changes.
        assert_eq!(format(&selector_bundle("ru"), "cat", 21.0), "one");
        assert_eq!(format(&selector_bundle("ru"), "cat", 3.0), "few");
        assert_eq!(format(&selector_bundle("ru"), "cat", 11.0), "many");
        assert_eq!(format(&selector_bundle("ru"), "cat", 1.5), "other");
    }

    #[test]
    fn numeric_keys_string_selectors_options_and_ordinals() {
        let en = selector_bundle("en");
        assert_eq!(format(&en, "exact", 0.0), "exactly zero");
        assert_eq!(format(&en, "exact", 1.5), "one and a half");
        assert_eq!(format(&en, "exact", 1.0), "one");
        assert_eq!(format(&en, "exact", 7.0), "other");
        // "1.0" is `other` in English: the category is the one of the number as shown.
        assert_eq!(format(&en, "fmt", 1.0), "other");
        assert_eq!(format(&selector_bundle("fr"), "fmt", 1.0), "one");
        assert_eq!(format(&en, "ordinal", 1.0), "st");
        assert_eq!(format(&en, "ordinal", 22.0), "nd");
        assert_eq!(format(&en, "ordinal", 103.0), "rd");
        assert_eq!(format(&en, "ordinal", 11.0), "th");
        assert_eq!(format(&en, "string", 0.0), "A");
    }

    #[test]
    fn missing_selector_variable_reaches_the_default_variant_and_is_reported() {
        let en = selector_bundle("en");
        let (text, errors) = en.format("cat", &FluentArgs::new());
        assert_eq!(text, "other");
        assert_eq!(errors, ["Resolver error: Unknown variable: $n"]);
    }

    #[test]
    fn rewriting_keeps_terms_with_string_selectors_working() {
        let ftl = "\
-cba = { $case ->
   *[nom] Consociatio
    [gen] Consociationis
}
plain = { -cba }
genitive = { -cba(case: \"gen\") }
";
        let b = LocaleBundle::new("la", &[FtlSource::new("t.ftl", ftl)], &Options::default())
            .expect("bundle");
        assert_eq!(
            b.format("plain", &FluentArgs::new()),
            ("Consociatio".to_string(), vec![])
        );
        assert_eq!(
            b.format("genitive", &FluentArgs::new()),
            ("Consociationis".to_string(), vec![])
        );
    }

    #[test]
    fn prepare_leaves_sources_without_selects_alone() {
        let plurals = Rewrite {
            plurals: true,
            ..Rewrite::default()
        };
        assert_eq!(prepare("a = b { $c }\n", plurals).0, None);
        let select = "a = { $n ->\n   *[other] x\n}\n";
        let (text, errors) = prepare(select, plurals);
        assert!(errors.is_empty());
        let text = text.expect("rewritten");
        assert!(
            text.contains("GLOSSATOR_PLURAL($n, keys: \"other\")"),
            "{text}"
        );
        assert_eq!(prepare(select, Rewrite::default()).0, None);
        let (text, errors) = prepare("a = { \n", plurals);
        assert!(!errors.is_empty());
        assert_eq!(text, None, "junk alone is left to fluent-bundle");
    }

    #[test]
    fn isolation_of_references_and_literals_as_fluent_js() {
        let isolate = Rewrite {
            isolate_references: true,
            ..Rewrite::default()
        };
        let (text, _) = prepare(
            "a = { -t }: x { b } { \"y\" } { $v }\nb = { -t }\nc = { $n ->\n   *[other] { -t } z\n}\n",
            isolate,
        );
        let text = text.expect("rewritten");
        assert!(
            text.contains("a = {{ -t }}: x {{ b }} {{ \"y\" }} { $v }"),
            "{text}"
        );
        // A pattern of one element is not isolated by either runtime.
        assert!(text.contains("b = { -t }\n"), "{text}");
        assert!(text.contains("*[other] {{ -t }} z"), "{text}");
        assert_eq!(prepare("a = { -t }: x\n", Rewrite::default()).0, None);

        let ftl = "-t = Bank\na = { -t }: x\nb = { -t }\n";
        let options = Options {
            isolating: true,
            ..Options::default()
        };
        let bundle =
            LocaleBundle::new("en", &[FtlSource::new("t.ftl", ftl)], &options).expect("bundle");
        let args = FluentArgs::new();
        assert_eq!(bundle.format("a", &args).0, "\u{2068}Bank\u{2069}: x");
        assert_eq!(bundle.format("b", &args).0, "Bank");
    }

    /// fluent-bundle's parser has no nesting limit: a too-deep entry never reaches it.
    #[test]
    fn prepare_leaves_too_deep_entries_out() {
        let deep = format!(
            "a = x\ndeep = {}$x{}\nb = y\n",
            "{ ".repeat(101),
            " }".repeat(101)
        );
        for plurals in [true, false] {
            let rewrite = Rewrite {
                plurals,
                ..Rewrite::default()
            };
            let (text, errors) = prepare(&deep, rewrite);
            assert!(matches!(
                errors[..],
                [ParserError {
                    kind: ErrorKind::TooDeep(100),
                    ..
                }]
            ));
            assert_eq!(text.as_deref(), Some("a = x\nb = y\n"));
        }
        let limit = format!("deep = {}$x{}\n", "{ ".repeat(100), " }".repeat(100));
        assert_eq!(prepare(&limit, Rewrite::default()), (None, vec![]));
    }
}
