//! Plural rules of a locale, for the checker (`plural-categories`) and the renderer alike:
//! CLDR's through ICU4X, and, for languages CLDR has no plural rules for, rules written
//! from the language's grammar ([`GRAMMARS`]).
//!
//! Without them, ICU4X gives such a language CLDR root's rules, in which every number is
//! `other`: a Latin `[one]` variant could never be shown ("1 centra ... appellata erant")
//! and the checker could not say which variants a select needs. The rules are written in
//! CLDR's syntax (UTS #35, "Language Plural Rules") and served to ICU4X as its own data
//! ([`cardinal`]), so they are evaluated by the same code as CLDR's. They apply only while
//! CLDR has no rules of its own for the language: should CLDR gain some, CLDR's win (and
//! `cldr_still_lacks_the_grammar_languages` fails, to have the table reviewed).
//!
//! fluent.js selects with the browser's `Intl.PluralRules`, which has none of these rules
//! either (it falls back to the browser's default locale): `js/plural-rules.mjs` installs
//! the same table there; `tests/fluentjs.rs` checks that its rule strings are these.

use icu_locale_core::Locale;
use icu_plurals::provider::rules::reference::ast;
use icu_plurals::provider::rules::runtime::ast::Rule;
use icu_plurals::provider::{PluralRulesData, PluralsCardinalV1, PluralsOrdinalV1};
use icu_plurals::{PluralCategory, PluralRules};
use icu_provider::prelude::*;

/// Plural rules written from a language's grammar, for a language CLDR has none for.
#[derive(Debug, PartialEq, Eq)]
pub struct Grammar {
    /// The language subtag the rules apply to (every region and script of it).
    pub language: &'static str,
    /// The language's English name.
    pub name: &'static str,
    /// Cardinal rules in CLDR syntax, in CLDR's category order; a number no rule matches
    /// is `other`. Ordinals are `other` throughout.
    pub cardinal: &'static [(PluralCategory, &'static str)],
    /// The grammar the rules come from.
    pub source: &'static str,
}

/// The languages CLDR has no plural rules for, with rules from their grammars.
///
/// **Latin** (Allen and Greenough, *New Latin Grammar*, 1903, §§ 134–135, 138):
/// * `one`: the integer 1. *Ūnus* takes a singular noun and verb ("1 centrum ...
///   appellatum erat"); 1.0, 1.5 and 0 take the plural.
/// * `many`: whole thousands read with *mīlia*, from 2,000 on. In the plural *mīlle* is a
///   noun and "the name of the objects enumerated is in the genitive" (§ 134 d, § 135 c):
///   *duo mīlia hominum*; millions are multiples of *centēna mīlia* (§ 135 d, § 138),
///   so 723,000,000 calls are *vocātiōnum*, not *vocātiōnēs*. 1,000 is *mīlle*, an
///   indeclinable adjective ("mīlle hominēs"), and a number ending in a single further
///   thousand (1,001,000, "... et mīlle") follows that *mīlle*: both `other`. Numbers with
///   a smaller part after the thousands follow the smaller numeral ("duo mīlia quīngentī
///   mīlitēs", § 135 b note): `other`. This is the construction CLDR's `many` stands for
///   in French, Spanish, Italian and Portuguese ("1 million de").
/// * `other`: every other number (the plural).
///
/// **Sanskrit** (Whitney, *Sanskrit Grammar*, 2nd ed. 1889, §§ 264–265, 475–486):
/// * `one`: the integer 1. *Eka* agrees with a singular noun and verb.
/// * `two`: the integer 2. *Dva* "is dual only" (§ 264 a), and the dual "is used strictly
///   in all cases where two objects are logically indicated" (§ 265), verb included: *tasya
///   dvāv aśvāu staḥ*, "he has two horses" (§ 265 a). So cardinal agreement with 2 is
///   dual: "२ ग्राहकसेवाकर्मिणौ आस्ताम्". Only 2 itself: 12 (*dvādaśa*) is one of the
///   adjectives 5–19 that take a plural noun (§ 486 a), and 22 (*dvāviṃśati*), 102 and
///   every number above 19 are nouns taking the counted noun in the genitive plural or
///   in the plural in apposition (§ 486 b).
/// * `other`: every other number (the plural; 0 and fractions included).
pub static GRAMMARS: &[Grammar] = &[
    Grammar {
        language: "la",
        name: "Latin",
        cardinal: &[
            (PluralCategory::One, "i = 1 and v = 0"),
            (
                PluralCategory::Many,
                "i != 0 and i % 1000 = 0 and i % 1000000 != 1000 and v = 0",
            ),
        ],
        source: "Allen and Greenough, New Latin Grammar §§ 134–135",
    },
    Grammar {
        language: "sa",
        name: "Sanskrit",
        cardinal: &[
            (PluralCategory::One, "i = 1 and v = 0"),
            (PluralCategory::Two, "i = 2 and v = 0"),
        ],
        source: "Whitney, Sanskrit Grammar §§ 264–265, 486",
    },
];

/// Where a locale's plural rules come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// CLDR has rules for the locale's language.
    Cldr,
    /// CLDR has none; the rules are written from the language's grammar.
    Grammar(&'static Grammar),
    /// CLDR has none and neither does [`GRAMMARS`]: CLDR root's, every number `other`.
    /// Includes languages whose CLDR rules are just `other` (Japanese); see [`origin`].
    Root,
}

/// The grammar rules of a language subtag, if it has some.
pub fn grammar(language: &str) -> Option<&'static Grammar> {
    GRAMMARS.iter().find(|g| g.language == language)
}

/// Cardinal plural rules of a locale: CLDR's, or from [`GRAMMARS`] where CLDR has none.
pub fn cardinal(locale: &Locale) -> Result<PluralRules, DataError> {
    PluralRules::try_new_cardinal_unstable(&Provider, locale.into())
}

/// Ordinal plural rules of a locale: CLDR's (root's, every number `other`, for the
/// languages of [`GRAMMARS`]: their ordinals are adjectives, *prīmus*, *prathama*, whose
/// form does not depend on the number).
pub fn ordinal(locale: &Locale) -> Result<PluralRules, DataError> {
    PluralRules::try_new_ordinal_unstable(&Provider, locale.into())
}

/// Where the cardinal rules of a locale come from. A language whose CLDR rules are only
/// `other` is reported as [`Origin::Root`] too: CLDR data cannot tell "no rules" from
/// "one category" (the checker keeps its own list of the latter).
pub fn origin(locale: &Locale) -> Origin {
    let data_locale = DataLocale::from(locale);
    match cldr_cardinal(&data_locale) {
        Ok(data) if !only_other(data.payload.get()) => Origin::Cldr,
        _ => match grammar(locale.id.language.as_str()) {
            Some(g) => Origin::Grammar(g),
            None => Origin::Root,
        },
    }
}

fn cldr_cardinal(locale: &DataLocale) -> Result<DataResponse<PluralsCardinalV1>, DataError> {
    icu_plurals::provider::Baked.load(DataRequest {
        id: DataIdentifierBorrowed::for_locale(locale),
        ..Default::default()
    })
}

fn only_other(data: &PluralRulesData) -> bool {
    data.zero.is_none()
        && data.one.is_none()
        && data.two.is_none()
        && data.few.is_none()
        && data.many.is_none()
}

/// ICU4X's compiled CLDR data, with [`GRAMMARS`] in place of root's rules for their
/// languages.
struct Provider;

impl DataProvider<PluralsCardinalV1> for Provider {
    fn load(&self, req: DataRequest) -> Result<DataResponse<PluralsCardinalV1>, DataError> {
        let cldr = cldr_cardinal(req.id.locale)?;
        match grammar(req.id.locale.language.as_str()) {
            Some(g) if only_other(cldr.payload.get()) => Ok(DataResponse {
                metadata: Default::default(),
                payload: DataPayload::from_owned(rules_data(g)?),
            }),
            _ => Ok(cldr),
        }
    }
}

impl DataProvider<PluralsOrdinalV1> for Provider {
    fn load(&self, req: DataRequest) -> Result<DataResponse<PluralsOrdinalV1>, DataError> {
        icu_plurals::provider::Baked.load(req)
    }
}

/// The ICU4X data of a grammar's cardinal rules.
fn rules_data(g: &Grammar) -> Result<PluralRulesData<'static>, DataError> {
    let mut data = PluralRulesData::default();
    for (category, text) in g.cardinal {
        let rule = parse_rule(text)?;
        let rule = Rule::try_from(&rule).map_err(|_| {
            DataError::custom("plural rule value out of range").with_display_context(text)
        })?;
        let slot = match category {
            PluralCategory::Zero => &mut data.zero,
            PluralCategory::One => &mut data.one,
            PluralCategory::Two => &mut data.two,
            PluralCategory::Few => &mut data.few,
            PluralCategory::Many => &mut data.many,
            PluralCategory::Other => continue,
        };
        *slot = Some(rule);
    }
    Ok(data)
}

/// Parses a rule condition in CLDR syntax ("i = 1 and v = 0", "n % 10 = 2..4, 7"), samples
/// not included. ICU4X's own parser is only built with its `datagen` feature.
pub fn parse_rule(text: &str) -> Result<ast::Rule, DataError> {
    let bad = |what: &'static str| DataError::custom(what).with_display_context(text);
    let mut or = Vec::new();
    for and_text in text.split(" or ") {
        let mut and = Vec::new();
        for relation in and_text.split(" and ") {
            and.push(parse_relation(relation).ok_or_else(|| bad("unreadable plural rule"))?);
        }
        or.push(ast::AndCondition(and));
    }
    Ok(ast::Rule {
        condition: ast::Condition(or),
        samples: None,
    })
}

/// `operand [% modulus] (= | !=) range_list`.
fn parse_relation(text: &str) -> Option<ast::Relation> {
    let (left, operator, right) = match text.split_once("!=") {
        Some((l, r)) => (l, ast::Operator::NotEq, r),
        None => {
            let (l, r) = text.split_once('=')?;
            (l, ast::Operator::Eq, r)
        }
    };
    let (operand, modulus) = match left.split_once('%') {
        Some((o, m)) => (o.trim(), Some(ast::Value(m.trim().parse().ok()?))),
        None => (left.trim(), None),
    };
    let operand = match operand {
        "n" => ast::Operand::N,
        "i" => ast::Operand::I,
        "v" => ast::Operand::V,
        "w" => ast::Operand::W,
        "f" => ast::Operand::F,
        "t" => ast::Operand::T,
        "c" => ast::Operand::C,
        "e" => ast::Operand::E,
        _ => return None,
    };
    let mut items = Vec::new();
    for item in right.split(',') {
        let item = item.trim();
        items.push(match item.split_once("..") {
            Some((a, b)) => ast::RangeListItem::Range(
                ast::Value(a.trim().parse().ok()?)..=ast::Value(b.trim().parse().ok()?),
            ),
            None => ast::RangeListItem::Value(ast::Value(item.parse().ok()?)),
        });
    }
    Some(ast::Relation {
        expression: ast::Expression { operand, modulus },
        operator,
        range_list: ast::RangeList(items),
    })
}

/// The CLDR name of a category ("one").
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

#[cfg(test)]
mod tests {
    use super::*;
    use fixed_decimal::Decimal;

    fn locale(s: &str) -> Locale {
        Locale::try_from_str(s).expect("locale")
    }

    fn category(l: &str, n: &str) -> &'static str {
        let rules = cardinal(&locale(l)).expect("rules");
        let d = Decimal::try_from_str(n).expect("decimal");
        category_name(rules.category_for(&d))
    }

    #[test]
    fn cldr_still_lacks_the_grammar_languages() {
        // When ICU4X's CLDR data gains rules for one of these, they take over: review the
        // table (and js/plural-rules.mjs) then.
        for g in GRAMMARS {
            let data = cldr_cardinal(&DataLocale::from(&locale(g.language))).expect("data");
            assert!(
                only_other(data.payload.get()),
                "CLDR now has {}",
                g.language
            );
            assert_eq!(origin(&locale(g.language)), Origin::Grammar(g));
        }
        assert_eq!(origin(&locale("fr")), Origin::Cldr);
        assert_eq!(origin(&locale("ja")), Origin::Root);
        assert_eq!(origin(&locale("tlh")), Origin::Root);
    }

    #[test]
    fn rule_strings_round_trip_through_icu4x() {
        // The parser reads what ICU4X's serializer writes: the strings are the rules ICU4X
        // evaluates, character for character.
        for g in GRAMMARS {
            for (_, text) in g.cardinal {
                let rule = Rule::try_from(&parse_rule(text).expect("parses")).expect("fits");
                assert_eq!(rule.to_string(), *text);
            }
        }
        let rule = parse_rule("n % 10 = 2..4, 7 or e != 0").expect("parses");
        let rule = Rule::try_from(&rule).expect("fits");
        assert_eq!(rule.to_string(), "n % 10 = 2..4, 7 or e != 0");
        for bad in ["", "x = 1", "i = ", "i = a..b", "i % = 1", "i 1"] {
            assert!(parse_rule(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn latin_one_is_the_integer_one() {
        assert_eq!(category("la", "1"), "one");
        assert_eq!(category("la-VA", "1"), "one");
        for n in ["0", "2", "21", "31", "101", "1.0", "1.5", "0.5", "1000"] {
            assert_eq!(category("la", n), "other", "{n}");
        }
    }

    #[test]
    fn latin_many_is_thousands_read_with_milia() {
        for n in ["2000", "41000", "1000000", "723000000", "2000000000"] {
            assert_eq!(category("la", n), "many", "{n}");
        }
        // mille (1,000; ... et mille) and a smaller part after the thousands: other.
        for n in [
            "1000", "1001000", "2001000", "2500", "41700", "2000.5", "2000.0",
        ] {
            assert_eq!(category("la", n), "other", "{n}");
        }
    }

    #[test]
    fn sanskrit_has_a_dual_for_two_only() {
        assert_eq!(category("sa", "1"), "one");
        assert_eq!(category("sa", "2"), "two");
        for n in [
            "0", "3", "12", "21", "22", "102", "1.0", "2.0", "2.5", "41700",
        ] {
            assert_eq!(category("sa", n), "other", "{n}");
        }
        let rules = cardinal(&locale("sa")).expect("rules");
        let cats: Vec<_> = rules.categories().map(category_name).collect();
        assert_eq!(cats, ["one", "two", "other"]);
    }

    #[test]
    fn other_languages_keep_cldr() {
        assert_eq!(category("ru", "21"), "one");
        assert_eq!(category("fr", "1000000"), "many");
        assert_eq!(category("en", "2000"), "other");
        assert_eq!(category("ja", "1"), "other");
        // Ordinals stay root's for the grammar languages: every number `other`.
        for l in ["la", "sa"] {
            let rules = ordinal(&locale(l)).expect("rules");
            assert_eq!(rules.category_for(1_u32), PluralCategory::Other);
            assert_eq!(rules.category_for(2_u32), PluralCategory::Other);
        }
        let en = ordinal(&locale("en")).expect("rules");
        assert_eq!(en.category_for(2_u32), PluralCategory::Two);
    }
}
