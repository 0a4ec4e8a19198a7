//! Numbers and dates by CLDR through ICU4X, plugged into fluent-bundle.
//!
//! * `NUMBER()` ([`number`]) checks its options (ECMA-402 names) and returns a
//!   `FluentValue::Number` carrying them; the bundle's formatter ([`format_value`]) turns
//!   every number, with or without `NUMBER()`, into text with `icu_decimal`'s
//!   `DecimalFormatter` or `icu_experimental`'s `PercentFormatter` (the locale's CLDR
//!   percent pattern: "92,88 %" in French, "92,88%" in Indonesian) and
//!   `CurrencyFormatter`. A large whole figure of the data comes in the locale's
//!   [`Notation`] as a [`CompactNumber`] ("723 million", "7.23亿", "7.23億"), formatted
//!   with `icu_decimal`'s `CompactDecimalFormatter` as `Intl.NumberFormat` formats
//!   `notation: "compact"`.
//! * A variable the data lacks is a [`Hole`]: it writes itself as a marked placeholder and
//!   passes through `NUMBER()` and `DATETIME()`.
//! * `DATETIME()` ([`datetime`]) returns a [`FluentDate`] carrying its `dateStyle`; the
//!   date formats itself with `icu_datetime` when written.
//! * Formatters are built once per bundle locale and options, in fluent-bundle's
//!   `IntlLangMemoizer` ([`Memoizable`] impls below).
//!
//! Digits options are applied to the exact decimal of the number's shortest round-trip
//! representation (as browsers do): half-expand rounding at `maximumFractionDigits` (or
//! `maximumSignificantDigits`), zero padding to the minimums. Percent values are
//! fractions, multiplied by 100 exactly (decimal shift) before rounding.

use std::borrow::Cow;

use fixed_decimal::{Decimal, SignedRoundingMode, UnsignedRoundingMode};
use fluent_bundle::types::{
    FluentNumber, FluentNumberOptions, FluentNumberStyle, FluentNumberType, FluentType,
};
use fluent_bundle::{FluentArgs, FluentValue};
use icu_calendar::{Date, Iso};
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::options::YearStyle;
use icu_datetime::DateTimeFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::provider::DecimalSymbolsV1;
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, LocaleDisplayNamesFormatter};
use icu_locale_core::Locale;
use icu_provider::prelude::*;
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use super::bundle::Sink;
use super::{Direction, RenderError};

/// The ICU4X locale of a project locale.
pub(super) fn icu_locale(locale: &str) -> Result<Locale, RenderError> {
    Locale::try_from_str(locale).map_err(|_| RenderError::InvalidLocale(locale.to_string()))
}

/// The ICU4X locale of a bundle's language identifier (root when it does not parse,
/// which a valid `LanguageIdentifier` always does).
fn locale_of(lang: &LanguageIdentifier) -> Locale {
    Locale::try_from_str(&lang.to_string()).unwrap_or(Locale::UNKNOWN)
}

/// Writing direction of the locale's likely script (CLDR likely subtags).
pub(super) fn direction(locale: &Locale) -> Direction {
    let ld = icu_locale::LocaleDirectionality::new_common();
    if ld.is_right_to_left(&locale.id) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

// ---------------------------------------------------------------------------------------
// Numbers

/// How a locale writes a large whole figure in running text. The renderer chooses it per
/// locale ([`notation`]) and passes it as the figure's own options, as a fluent.js
/// deployment does (`new FluentNumber(723000000, {notation: "compact", ...})`,
/// `js/figure-options.mjs`); translations cannot (fluent.js drops `notation` from
/// `NUMBER()`, and whether "723 million" reads well depends on the sentence around it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// Every digit, grouped: "723 000 000", "७२,३०,००,०००".
    Full,
    /// CLDR's long compact form ("723 million", "7.23亿", "7.23億"): ECMA-402's
    /// `notation: "compact", compactDisplay: "long"`, which ICU4X and `Intl` share.
    Compact,
}

/// The smallest figure written in compact notation: a million (一百万, 100万).
const COMPACT_FROM: f64 = 1e6;

/// The most significant digits a figure may have to be written compactly: the compact
/// form keeps them all (`maximumSignificantDigits: 3`), so no digit is rounded away.
pub const COMPACT_DIGITS: usize = 3;

/// The notation a locale gets for large whole figures, and why (see the README).
pub fn notation(locale: &Locale) -> (Notation, &'static str) {
    match locale.id.language.as_str() {
        "en" | "de" | "ru" | "el" | "fi" | "id" => (
            Notation::Compact,
            "the press writes large round figures with the word for million, and the counted \
             noun follows it unchanged (723 million calls, 723 Millionen Anrufe, 723 миллиона \
             звонков, 723 juta panggilan)",
        ),
        "zh" => (
            Notation::Compact,
            "Chinese writes large figures in 万 and 亿 with decimals (7.23亿通)",
        ),
        "ja" => (
            Notation::Compact,
            "Japanese writes large figures in 万, 億 and 兆 units (7.23億件); the form with \
             the digits between the units (7億2300万) is not one Intl can write",
        ),
        "ko" => (
            Notation::Compact,
            "Korean writes large figures in 만, 억 and 조 units (7.23억 건); the form with \
             the digits between the units (7억 2300만) is not one Intl can write",
        ),
        "fr" | "es" | "pt" | "it" => (
            Notation::Full,
            "the compact word needs de or di before the counted noun (723 millions d'appels), \
             which a translation written for every value cannot carry; digits keep the \
             sentence grammatical",
        ),
        "la" => (
            Notation::Full,
            "CLDR has no Latin data, hence no compact words; a coined abbreviation would \
             mislead",
        ),
        "sa" => (
            Notation::Full,
            "CLDR has no Sanskrit compact words (root would write an English M); the Indian \
             grouping already marks lakhs and crores",
        ),
        _ => (
            Notation::Full,
            "a locale is written compactly once its sentences have been read with compact \
             figures",
        ),
    }
}

/// Whether a figure is written compactly where the locale's notation is compact: a whole
/// number of a million or more with at most [`COMPACT_DIGITS`] significant digits.
pub fn compact_eligible(value: f64) -> bool {
    if !(COMPACT_FROM..1e21).contains(&value.abs()) || value.fract() != 0.0 {
        return false;
    }
    Decimal::try_from_str(&value.to_string()).is_ok_and(|d| {
        let digits = d.absolute.nonzero_magnitude_start() - d.absolute.nonzero_magnitude_end() + 1;
        digits <= COMPACT_DIGITS as i16
    })
}

/// A whole figure of the data as it is passed to a locale's messages: compact where the
/// locale's [`notation`] says so and the figure is [`compact_eligible`], with the data-side
/// options a fluent.js deployment gives it (`notation: "compact"`, `compactDisplay:
/// "long"`, `maximumSignificantDigits: 3`); a plain number otherwise.
pub(super) fn figure_number(value: f64, locale: &Locale) -> FluentValue<'static> {
    let mut number = FluentNumber::from(value);
    if notation(locale).0 == Notation::Compact && compact_eligible(value) {
        number.options.maximum_significant_digits = Some(COMPACT_DIGITS);
        FluentValue::Custom(Box::new(CompactNumber { number }))
    } else {
        FluentValue::Number(number)
    }
}

/// A number in compact notation. fluent-bundle's `FluentNumberOptions` has no
/// `notation`, so the data side's choice travels as a value of its own; `NUMBER()` merges
/// a translation's digit options into it and plural selection uses its number, as
/// fluent.js does with `{...opts, notation: "compact"}`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CompactNumber {
    pub(super) number: FluentNumber,
}

impl CompactNumber {
    fn text(&self, intls: &IntlLangMemoizer) -> Option<String> {
        intls
            .with_try_get::<NumberFormatter, _, _>((self.number.options.use_grouping,), |f| {
                f.format_compact(&self.number)
            })
            .ok()
            .flatten()
    }
}

impl FluentType for CompactNumber {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.text(intls)
            .unwrap_or_else(|| self.number.value.to_string())
            .into()
    }

    fn as_string_threadsafe(
        &self,
        _intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        // glossator's bundles are not concurrent ones.
        self.number.value.to_string().into()
    }
}

/// The number of a numeric value: a number's own, a compact number's.
pub(super) fn as_number<'v>(value: &'v FluentValue) -> Option<&'v FluentNumber> {
    match value {
        FluentValue::Number(n) => Some(n),
        FluentValue::Custom(c) => c
            .as_any()
            .downcast_ref::<CompactNumber>()
            .map(|c| &c.number),
        _ => None,
    }
}

/// Decimal, percent, currency and compact formatters of one locale and grouping choice.
pub(super) struct NumberFormatter {
    locale: Locale,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    /// CLDR's long compact data (ECMA-402's default grouping for compact: min2).
    compact: Option<CompactDecimalFormatter>,
}

impl NumberFormatter {
    fn new(locale: &Locale, grouping: bool) -> Result<Self, DataError> {
        let options: DecimalFormatterOptions = if grouping {
            GroupingStrategy::Auto.into()
        } else {
            GroupingStrategy::Never.into()
        };
        let decimal = DecimalFormatter::try_new(locale.into(), options)?;
        let percent = PercentFormatter::try_new_with_decimal_formatter(
            locale.into(),
            decimal.clone(),
            Default::default(),
        )?;
        let compact =
            CompactDecimalFormatter::try_new_long(locale.into(), GroupingStrategy::Min2.into())
                .ok();
        Ok(NumberFormatter {
            locale: locale.clone(),
            decimal,
            percent,
            compact,
        })
    }

    fn format(&self, number: &FluentNumber) -> Option<String> {
        let value = to_decimal(number)?;
        Some(match number.options.style {
            FluentNumberStyle::Percent => self.percent.format(&value).to_string(),
            FluentNumberStyle::Currency => self.currency(number, &value)?,
            FluentNumberStyle::Decimal => self.decimal.format(&value).to_string(),
        })
    }

    /// A number in CLDR's long compact form, as ECMA-402 writes `notation: "compact"`: the
    /// exponent from the number's magnitude, the digit options applied to the significand
    /// (by default whole units, or two significant digits below ten units), the pattern
    /// chosen by the significand's plural category ("723 миллиона", "1,5 миллиарда").
    fn format_compact(&self, number: &FluentNumber) -> Option<String> {
        if number.options.style != FluentNumberStyle::Decimal {
            return self.format(number);
        }
        let Some(compact) = &self.compact else {
            return self.format(number);
        };
        if !number.value.is_finite() {
            return None;
        }
        let exact = Decimal::try_from_str(&number.value.to_string()).ok()?;
        if exact.absolute.is_zero() {
            return self.format(number);
        }
        let mut magnitude = exact.absolute.nonzero_magnitude_start();
        // Rounding may carry into the next unit (999.6 thousand → 1 million): once again.
        for _ in 0..2 {
            let exponent = compact.compact_exponent_for_magnitude(magnitude);
            let mut significand = exact.clone();
            significand.multiply_pow10(-i16::from(exponent));
            let o = &number.options;
            let digits_given = o.minimum_fraction_digits.is_some()
                || o.maximum_fraction_digits.is_some()
                || o.minimum_significant_digits.is_some()
                || o.maximum_significant_digits.is_some();
            if digits_given {
                round_digits(&mut significand, o, 3);
            } else {
                // ECMA-402's compact default: the more precise of no fraction digits and
                // two significant digits.
                let top = significand.absolute.nonzero_magnitude_start();
                let position = if top >= 1 { 0 } else { top - 1 };
                significand.round_with_mode(position, HALF_EXPAND);
                significand.absolute.trim_end();
            }
            if let Some(digits) = o.minimum_integer_digits {
                significand.absolute.pad_start(digits.clamp(1, 21) as i16);
            }
            let rounded = significand.absolute.nonzero_magnitude_start() + i16::from(exponent);
            if significand.absolute.is_zero() || rounded == magnitude {
                return compact
                    .format_with_exponent(&significand, exponent)
                    .ok()
                    .map(|t| t.to_string());
            }
            magnitude = rounded;
        }
        None
    }

    /// A currency amount (the currency from the data side): CLDR's currency pattern and
    /// the currency's own decimals ("CN¥1,500,000,000.00"), as `Intl.NumberFormat` writes
    /// `style: "currency"`.
    fn currency(&self, number: &FluentNumber, value: &Decimal) -> Option<String> {
        let code = number.options.currency.as_deref()?;
        let code = CurrencyType::try_from_str(&code.to_ascii_lowercase()).ok()?;
        let prefs = (&self.locale).into();
        let f = CurrencyFormatter::try_new_symbol(prefs, code, Default::default()).ok()?;
        let text = f.format_fixed_decimal(value).to_string();
        Some(text)
    }
}

impl Memoizable for NumberFormatter {
    /// (use grouping,)
    type Args = (bool,);
    type Error = DataError;

    fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
        NumberFormatter::new(&locale_of(&lang), args.0)
    }
}

/// Percentages on glossator's own pages (the index's completion), by CLDR root.
pub(super) struct RootPercent(Option<NumberFormatter>);

impl RootPercent {
    pub(super) fn new() -> Self {
        RootPercent(NumberFormatter::new(&Locale::UNKNOWN, true).ok())
    }

    /// A fraction (0.5) as a percentage ("50%").
    pub(super) fn format(&self, fraction: f64) -> String {
        let mut number = FluentNumber::from(fraction);
        number.options.style = FluentNumberStyle::Percent;
        self.0
            .as_ref()
            .and_then(|f| f.format(&number))
            .unwrap_or_else(|| format!("{:.0}%", fraction * 100.0))
    }
}

/// A figure outside any message (a table cell, a bar's value), formatted as the locale
/// writes it: the same formatter, notation and currency rules as `NUMBER()`.
///
/// A percentage shows every digit the data has (0.9288 is "92.88%", not the default
/// "93%"): a table states the figure, it does not round it.
pub(super) fn format_figure(locale: &Locale, figure: &super::Figure) -> Option<String> {
    let value = figure.to_fluent_in(locale);
    if let FluentValue::Custom(c) = &value {
        if let Some(compact) = c.as_any().downcast_ref::<CompactNumber>() {
            return NumberFormatter::new(locale, true)
                .ok()?
                .format_compact(&compact.number);
        }
    }
    match value {
        FluentValue::Number(mut n) => {
            if n.options.style == FluentNumberStyle::Percent {
                let exact = to_decimal(&FluentNumber {
                    options: FluentNumberOptions {
                        maximum_fraction_digits: Some(20),
                        ..n.options.clone()
                    },
                    ..n.clone()
                })?;
                let digits = (-exact.absolute.nonzero_magnitude_end()).clamp(0, 6) as usize;
                n.options.minimum_fraction_digits = Some(digits);
                n.options.maximum_fraction_digits = Some(digits);
            }
            NumberFormatter::new(locale, true).ok()?.format(&n)
        }
        FluentValue::Custom(c) => {
            let date = c.as_any().downcast_ref::<FluentDate>()?;
            let iso = date.to_iso()?;
            Some(
                DateFormatter::new(locale, DateStyle::Long)
                    .ok()?
                    .format(&iso),
            )
        }
        FluentValue::String(s) => Some(s.to_string()),
        _ => None,
    }
}

/// The bundle's formatter (`FluentBundle::set_formatter`): every number, placed plainly
/// (`{ $staff }`) or through `NUMBER()`, is formatted by ICU4X for the bundle's locale.
/// Other values keep fluent-bundle's own formatting (dates format themselves).
pub(super) fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<NumberFormatter, _, _>((n.options.use_grouping,), |f| f.format(n))
            .ok()
            .flatten(),
        _ => None,
    }
}

/// ECMA-402's rounding: half away from zero.
const HALF_EXPAND: SignedRoundingMode =
    SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand);

/// The exact decimal a number shows: its shortest round-trip representation, times 100
/// for percent, rounded (half-expand) and padded as its digits options say. `None` for
/// NaN and infinities.
pub(super) fn to_decimal(number: &FluentNumber) -> Option<Decimal> {
    if !number.value.is_finite() {
        return None;
    }
    // `Display` of f64 is the shortest representation that round-trips, never exponential.
    let mut value = Decimal::try_from_str(&number.value.to_string()).ok()?;
    let options = &number.options;
    let percent = options.style == FluentNumberStyle::Percent;
    if percent {
        value.multiply_pow10(2);
        // 0.29 has an integer digit 0: shifted, it would show as "029".
        value.absolute.trim_start();
    }
    // ECMA-402's default fraction digits: none for percent, three for decimal; a currency
    // amount is rounded to the currency's own decimals by the currency formatter (only
    // once: "CN¥1,234.56" for 1234.5649, not 1234.565 and then .57).
    let default_max = match options.style {
        FluentNumberStyle::Percent => 0,
        FluentNumberStyle::Currency => 100,
        FluentNumberStyle::Decimal => 3,
    };
    round_digits(&mut value, options, default_max);
    if let Some(digits) = options.minimum_integer_digits {
        value.absolute.pad_start(digits.clamp(1, 21) as i16);
    }
    Some(value)
}

/// Rounds and pads `value` as the digits options say: significant digits when either is
/// given, else fraction digits (at most `default_max` unless the options say more).
fn round_digits(value: &mut Decimal, options: &FluentNumberOptions, default_max: usize) {
    if options.minimum_significant_digits.is_some() || options.maximum_significant_digits.is_some()
    {
        let max = options
            .maximum_significant_digits
            .unwrap_or(21)
            .clamp(1, 21) as i16;
        let min = (options.minimum_significant_digits.unwrap_or(1).clamp(1, 21) as i16).min(max);
        if !value.absolute.is_zero() {
            let top = value.absolute.nonzero_magnitude_start();
            value.round_with_mode(top - max + 1, HALF_EXPAND);
        }
        value.absolute.trim_end();
        let top = if value.absolute.is_zero() {
            0
        } else {
            value.absolute.nonzero_magnitude_start()
        };
        value.absolute.pad_end((top - min + 1).min(0));
    } else {
        let min = options.minimum_fraction_digits.unwrap_or(0).min(100);
        let max = options
            .maximum_fraction_digits
            .unwrap_or(default_max.max(min))
            .clamp(min, 100);
        value.round_with_mode(-(max as i16), HALF_EXPAND);
        value.absolute.trim_end();
        value.absolute.pad_end(-(min as i16));
    }
}

/// `NUMBER(value, options)`: checks the options and returns the number carrying them;
/// [`format_value`] formats it. Accepted options (ECMA-402 names): `style` (`decimal`,
/// `percent`), `useGrouping` (`"true"`, `"false"`, `"auto"`, `"always"`),
/// `minimumIntegerDigits` (1–21), `minimumFractionDigits`, `maximumFractionDigits`
/// (0–100), `minimumSignificantDigits`, `maximumSignificantDigits` (1–21), `type`
/// (`cardinal`, `ordinal`: for plural selection). Anything else is reported.
pub(super) fn number<'a>(
    positional: &[FluentValue<'a>],
    named: &FluentArgs,
    sink: &Sink,
) -> FluentValue<'a> {
    // A compact number keeps its notation, as fluent.js keeps `{...arg.opts}`.
    let compact = match positional.first() {
        Some(value @ FluentValue::Custom(_)) => as_number(value).cloned(),
        _ => None,
    };
    let is_compact = compact.is_some();
    let mut number = match (compact, positional.first()) {
        (Some(n), _) => n,
        (None, Some(FluentValue::Number(n))) => n.clone(),
        (None, Some(FluentValue::String(s))) => match s.parse::<FluentNumber>() {
            Ok(n) => n,
            Err(_) => {
                sink.push(format!("NUMBER(): \"{s}\" is not a number"));
                return Hole::value(s.to_string());
            }
        },
        // An unknown variable: fluent-bundle has reported it.
        (None, Some(FluentValue::Error)) => return Hole::value("?"),
        (None, Some(value @ FluentValue::Custom(_))) if is_hole(value) => return value.clone(),
        (None, Some(FluentValue::Custom(_))) => {
            sink.push("NUMBER(): expects a number, got a date (use DATETIME())".into());
            return Hole::value("?");
        }
        (None, Some(FluentValue::None) | None) => {
            sink.push("NUMBER(): expects a number".into());
            return Hole::value("?");
        }
    };
    let options = &mut number.options;
    for (key, value) in named.iter() {
        if let Err(message) = number_option(options, key, value) {
            sink.push(format!("NUMBER(): {message}"));
        }
    }
    if let (Some(min), Some(max)) = (
        options.minimum_fraction_digits,
        options.maximum_fraction_digits,
    ) {
        if min > max {
            sink.push(format!(
                "NUMBER(): minimumFractionDigits ({min}) is greater than maximumFractionDigits ({max})"
            ));
            options.maximum_fraction_digits = Some(min);
        }
    }
    if let (Some(min), Some(max)) = (
        options.minimum_significant_digits,
        options.maximum_significant_digits,
    ) {
        if min > max {
            sink.push(format!(
                "NUMBER(): minimumSignificantDigits ({min}) is greater than maximumSignificantDigits ({max})"
            ));
            options.maximum_significant_digits = Some(min);
        }
    }
    if is_compact {
        FluentValue::Custom(Box::new(CompactNumber { number }))
    } else {
        FluentValue::Number(number)
    }
}

fn number_option(
    options: &mut FluentNumberOptions,
    key: &str,
    value: &FluentValue,
) -> Result<(), String> {
    match key {
        "style" => match string_option(key, value)? {
            "decimal" => options.style = FluentNumberStyle::Decimal,
            "percent" => options.style = FluentNumberStyle::Percent,
            s @ ("currency" | "unit") => return Err(format!("style \"{s}\" is not supported")),
            s => return Err(format!("style \"{s}\" is not a style (decimal, percent)")),
        },
        "useGrouping" => {
            options.use_grouping = match value {
                FluentValue::String(s) => match s.as_ref() {
                    "true" | "auto" | "always" => true,
                    "false" => false,
                    "min2" => return Err("useGrouping \"min2\" is not supported".into()),
                    s => return Err(format!("useGrouping \"{s}\" is not true or false")),
                },
                FluentValue::Number(n) => n.value != 0.0,
                _ => return Err("useGrouping needs \"true\" or \"false\"".into()),
            }
        }
        "minimumIntegerDigits" => options.minimum_integer_digits = Some(digits(key, value, 1, 21)?),
        "minimumFractionDigits" => {
            options.minimum_fraction_digits = Some(digits(key, value, 0, 100)?)
        }
        "maximumFractionDigits" => {
            options.maximum_fraction_digits = Some(digits(key, value, 0, 100)?)
        }
        "minimumSignificantDigits" => {
            options.minimum_significant_digits = Some(digits(key, value, 1, 21)?)
        }
        "maximumSignificantDigits" => {
            options.maximum_significant_digits = Some(digits(key, value, 1, 21)?)
        }
        "type" => match string_option(key, value)? {
            "cardinal" => options.r#type = FluentNumberType::Cardinal,
            "ordinal" => options.r#type = FluentNumberType::Ordinal,
            s => return Err(format!("type \"{s}\" is not cardinal or ordinal")),
        },
        "currency" | "currencyDisplay" | "unit" | "unitDisplay" | "notation" | "roundingMode" => {
            return Err(format!("option {key} is not supported"))
        }
        _ => return Err(format!("unknown option {key}")),
    }
    Ok(())
}

fn string_option<'v>(key: &str, value: &'v FluentValue) -> Result<&'v str, String> {
    match value {
        FluentValue::String(s) => Ok(s.as_ref()),
        _ => Err(format!("{key} needs a string")),
    }
}

fn digits(key: &str, value: &FluentValue, min: usize, max: usize) -> Result<usize, String> {
    match value {
        FluentValue::Number(n)
            if n.value.fract() == 0.0 && n.value >= min as f64 && n.value <= max as f64 =>
        {
            Ok(n.value as usize)
        }
        _ => Err(format!("{key} needs an integer from {min} to {max}")),
    }
}

// ---------------------------------------------------------------------------------------
// Missing figures

/// Opens a placeholder in formatted text; the writers turn it into a visible mark.
pub(super) const HOLE_OPEN: char = '\u{E000}';
/// Closes a placeholder.
pub(super) const HOLE_CLOSE: char = '\u{E001}';

/// A figure the data lacks, or one a function could not use: it formats as a marked
/// placeholder naming itself (`$calls`), never as fluent-bundle's "NUMBER()" text, and
/// `NUMBER()` and `DATETIME()` pass it through.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Hole {
    pub(super) name: String,
}

impl Hole {
    pub(super) fn value(name: impl Into<String>) -> FluentValue<'static> {
        FluentValue::Custom(Box::new(Hole { name: name.into() }))
    }

    fn text(&self) -> String {
        format!("{HOLE_OPEN}{}{HOLE_CLOSE}", self.name)
    }
}

impl FluentType for Hole {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.text().into()
    }

    fn as_string_threadsafe(
        &self,
        _intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.text().into()
    }
}

/// Whether a value is a [`Hole`].
fn is_hole(value: &FluentValue) -> bool {
    matches!(value, FluentValue::Custom(c) if c.as_any().is::<Hole>())
}

// ---------------------------------------------------------------------------------------
// Dates

/// `dateStyle` of `DATETIME()`, as ECMA-402; `Numeric` is the default (no `dateStyle`):
/// year, month and day in digits with a full year, like `toLocaleDateString()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum DateStyle {
    Full,
    Long,
    Medium,
    Short,
    Numeric,
}

/// A date value in Fluent: from the figures (`date = 2024-07-22`) or `DATETIME()`.
#[derive(Debug, Clone, PartialEq)]
pub struct FluentDate {
    year: i32,
    month: u8,
    day: u8,
    style: DateStyle,
}

impl FluentDate {
    pub(super) fn new(year: i32, month: u8, day: u8) -> Self {
        FluentDate {
            year,
            month,
            day,
            style: DateStyle::Numeric,
        }
    }

    /// The ISO date, `None` when it does not exist.
    pub(super) fn to_iso(&self) -> Option<Date<Iso>> {
        Date::try_new_iso(self.year, self.month, self.day).ok()
    }

    fn iso_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn parse(s: &str) -> Option<Self> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.get(..2)?.parse().ok()?;
        let date = FluentDate::new(year, month, day);
        date.to_iso().map(|_| date)
    }
}

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let formatted = self.to_iso().and_then(|date| {
            intls
                .with_try_get::<DateFormatter, _, _>((self.style,), |f| f.format(&date))
                .ok()
        });
        formatted.unwrap_or_else(|| self.iso_string()).into()
    }

    fn as_string_threadsafe(
        &self,
        _intls: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        // glossator's bundles are not concurrent ones; ISO 8601 is the neutral answer.
        self.iso_string().into()
    }
}

/// A date formatter of one locale and style.
pub(super) enum DateFormatter {
    Date(DateTimeFormatter<YMD>),
    WithWeekday(DateTimeFormatter<YMDE>),
    /// ISO 8601 (`2024-07-22`), for locales CLDR has no data for: root's "2024 M07 22"
    /// is no language's way of writing a date.
    Iso,
}

impl DateFormatter {
    pub(super) fn new(locale: &Locale, style: DateStyle) -> Result<Self, String> {
        if !has_locale_data(locale) {
            return Ok(Self::Iso);
        }
        Self::cldr(locale, style)
    }

    /// The formatter of CLDR's data for the locale (root's when it has none).
    fn cldr(locale: &Locale, style: DateStyle) -> Result<Self, String> {
        let prefs = locale.into();
        let result = match style {
            DateStyle::Full => {
                DateTimeFormatter::try_new(prefs, YMDE::long()).map(Self::WithWeekday)
            }
            DateStyle::Long => DateTimeFormatter::try_new(prefs, YMD::long()).map(Self::Date),
            DateStyle::Medium => DateTimeFormatter::try_new(prefs, YMD::medium()).map(Self::Date),
            DateStyle::Short => DateTimeFormatter::try_new(prefs, YMD::short()).map(Self::Date),
            DateStyle::Numeric => {
                DateTimeFormatter::try_new(prefs, YMD::short().with_year_style(YearStyle::Full))
                    .map(Self::Date)
            }
        };
        result.map_err(|e| e.to_string())
    }

    pub(super) fn format(&self, date: &Date<Iso>) -> String {
        match self {
            Self::Date(f) => f.format(date).to_string(),
            Self::WithWeekday(f) => f.format(date).to_string(),
            Self::Iso => format!(
                "{:04}-{:02}-{:02}",
                date.year().extended_year(),
                date.month().ordinal,
                date.day_of_month().0
            ),
        }
    }
}

impl Memoizable for DateFormatter {
    type Args = (DateStyle,);
    type Error = String;

    fn construct(lang: LanguageIdentifier, args: Self::Args) -> Result<Self, Self::Error> {
        DateFormatter::new(&locale_of(&lang), args.0)
    }
}

/// `DATETIME(date, dateStyle: "full" | "long" | "medium" | "short")`: the date, from the
/// figures (a TOML date) or an ISO string (`"2024-07-22"`), formatted by the bundle's
/// locale. `timeStyle` and the component options are reported as unsupported.
pub(super) fn datetime<'a>(
    positional: &[FluentValue<'a>],
    named: &FluentArgs,
    sink: &Sink,
) -> FluentValue<'a> {
    let mut date = match positional.first() {
        Some(value @ FluentValue::Custom(_)) if is_hole(value) => return value.clone(),
        Some(FluentValue::Custom(value)) => match value.as_any().downcast_ref::<FluentDate>() {
            Some(date) => date.clone(),
            None => {
                sink.push("DATETIME(): expects a date".into());
                return Hole::value("?");
            }
        },
        Some(FluentValue::String(s)) => match FluentDate::parse(s) {
            Some(date) => date,
            None => {
                sink.push(format!("DATETIME(): \"{s}\" is not a date (YYYY-MM-DD)"));
                return Hole::value(s.to_string());
            }
        },
        Some(FluentValue::Error) => return Hole::value("?"),
        Some(FluentValue::Number(_)) => {
            sink.push(
                "DATETIME(): expects a date (a TOML date in the figures: date = 2024-07-22), got a number"
                    .into(),
            );
            return Hole::value("?");
        }
        Some(FluentValue::None) | None => {
            sink.push("DATETIME(): expects a date".into());
            return Hole::value("?");
        }
    };
    for (key, value) in named.iter() {
        match (key, value) {
            ("dateStyle", FluentValue::String(s)) => {
                date.style = match s.as_ref() {
                    "full" => DateStyle::Full,
                    "long" => DateStyle::Long,
                    "medium" => DateStyle::Medium,
                    "short" => DateStyle::Short,
                    other => {
                        sink.push(format!(
                            "DATETIME(): dateStyle \"{other}\" is not full, long, medium or short"
                        ));
                        continue;
                    }
                }
            }
            ("dateStyle", _) => sink.push("DATETIME(): dateStyle needs a string".into()),
            (
                "timeStyle" | "year" | "month" | "day" | "weekday" | "era" | "hour" | "minute"
                | "second" | "timeZone" | "timeZoneName" | "hour12" | "hourCycle" | "calendar"
                | "numberingSystem",
                _,
            ) => sink.push(format!(
                "DATETIME(): option {key} is not supported (dates only, with dateStyle)"
            )),
            _ => sink.push(format!("DATETIME(): unknown option {key}")),
        }
    }
    FluentValue::Custom(Box::new(date))
}

// ---------------------------------------------------------------------------------------
// Conventions

/// The locale's name in its own language ("français"), or its code when CLDR has none
/// (`la`; `sa` has a language name but no complete display-name data).
pub(super) fn autonym(locale: &Locale) -> String {
    if !has_locale_data(locale) {
        return locale.to_string();
    }
    let bare =
        locale.id.script.is_none() && locale.id.region.is_none() && locale.id.variants.is_empty();
    if bare {
        if let Ok(names) = LanguageDisplayNames::try_new(locale.into(), Default::default()) {
            if let Some(name) = names.of(locale.id.language) {
                return name.to_string();
            }
        }
    }
    match LocaleDisplayNamesFormatter::try_new(locale.into(), Default::default()) {
        Ok(names) => names.of(locale).into_owned(),
        Err(_) => locale.to_string(),
    }
}

/// Whether CLDR (as compiled into ICU4X) has data of its own for the locale, or ICU4X
/// falls back to the root locale (`la`). Decimal symbols cannot tell: ICU4X drops
/// locales whose symbols equal root's (en, ja…). Every CLDR locale has its own date
/// names, so a long date formatted exactly as root formats it means no data.
pub(super) fn has_locale_data(locale: &Locale) -> bool {
    let root = Locale::UNKNOWN;
    if *locale == root {
        return true;
    }
    let sample = Date::try_new_iso(2024, 7, 22);
    let long = |l: &Locale| {
        let date = sample.ok()?;
        DateFormatter::cldr(l, DateStyle::Long)
            .ok()
            .map(|f| f.format(&date))
    };
    long(locale) != long(&root)
}

/// The data source of a locale's conventions: "CLDR 'fr'", or "CLDR root" when CLDR
/// has no data for the locale (`la`).
pub(super) fn cldr_source(locale_id: &str, locale: &Locale) -> String {
    if has_locale_data(locale) {
        format!("CLDR '{locale_id}'")
    } else {
        "CLDR root".to_string()
    }
}

/// "',' " for visible ASCII, code points otherwise: "U+202F".
fn describe_symbol(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_graphic()) {
        format!("'{s}'")
    } else if s.is_empty() {
        "none".into()
    } else {
        s.chars()
            .map(|c| format!("U+{:04X}", c as u32))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The number, date and plural conventions of a locale, e.g. "Numbers: CLDR 'fr'
/// (decimal ',' group U+202F, digits latn: 1 234 567,5 · 12,5 %); dates: CLDR 'fr' (long:
/// 22 juillet 2024); plurals: CLDR 'fr' (one, many, other)". `plurals` lists the plural
/// categories; `plural_origin` names the rules when they are not CLDR's ("Latin grammar,
/// ...": `crate::plural_rules`).
pub(super) fn describe(
    locale_id: &str,
    plural_origin: Option<&str>,
    plurals: &str,
) -> Result<String, RenderError> {
    let locale = icu_locale(locale_id)?;
    let icu = |e: DataError| RenderError::Icu {
        locale: locale_id.to_string(),
        message: e.to_string(),
    };
    let source = cldr_source(locale_id, &locale);
    let origin = if has_locale_data(&locale) {
        source.clone()
    } else {
        format!("{source}, no CLDR data for '{locale_id}'")
    };
    let data_locale = DataLocale::from(&locale);
    let symbols: DataResponse<DecimalSymbolsV1> = icu_decimal::provider::Baked
        .load(DataRequest {
            id: DataIdentifierBorrowed::for_locale(&data_locale),
            ..Default::default()
        })
        .map_err(icu)?;
    let symbols = symbols.payload.get();
    let numbers = NumberFormatter::new(&locale, true).map_err(icu)?;
    let decimal_sample = FluentNumber::from(1_234_567.5);
    let mut percent_sample = FluentNumber::from(0.125);
    percent_sample.options.style = FluentNumberStyle::Percent;
    percent_sample.options.maximum_fraction_digits = Some(1);
    let date = Date::try_new_iso(2024, 7, 22)
        .ok()
        .and_then(|d| {
            DateFormatter::new(&locale, DateStyle::Long)
                .ok()
                .map(|f| f.format(&d))
        })
        .unwrap_or_default();
    Ok(format!(
        "Numbers: {origin} (decimal {} group {}, digits {}: {} · {}); dates: {source} (long: {date}); plurals: {} ({plurals})",
        describe_symbol(symbols.decimal_separator()),
        describe_symbol(symbols.grouping_separator()),
        symbols.numsys(),
        numbers.format(&decimal_sample).unwrap_or_default(),
        numbers.format(&percent_sample).unwrap_or_default(),
        plural_origin.unwrap_or(&source),
    ))
}
