// How a fluent.js deployment passes the figures of a glossator project: the data side's
// options of each number, per locale, so that the page reads as glossator renders it.
//
// In Fluent the developer (the data) chooses style, currency and notation; a translation
// sets digits only, and fluent.js drops `notation` from a translation's `NUMBER()`. The
// figures file types style and currency (`{ value = 0.29, style = "percent" }`); the
// notation of large figures depends on the language, and glossator's renderer chooses it
// per locale (src/render/format.rs, `notation`; README, "Numbers as readers write
// them"). This module is that choice for fluent.js; tests/fluentjs.rs checks it against
// glossator's for every project locale and more:
//
//     import { numberOptions } from "./figure-options.mjs";
//     const calls = new FluentNumber(723000000, numberOptions("de", 723000000));
//     // "723 Millionen" in German, "7.23亿" in Chinese, "723.000.000" in Italian
//
// A whole figure of a million or more with at most three significant digits is written
// in CLDR's long compact form where the language writes large figures so; every digit
// is kept (`maximumSignificantDigits: 3`), so nothing is rounded away.

/** Languages (the locale's language subtag) whose large figures are compact. */
export const COMPACT_LANGUAGES = ["en", "de", "ru", "el", "fi", "id", "zh", "ja", "ko"];

/** The smallest figure written compactly. */
export const COMPACT_FROM = 1e6;

/** The most significant digits a compact figure may have: all of them are shown. */
export const COMPACT_DIGITS = 3;

/** Whether a value is written compactly where its language's notation is compact. */
export function compactEligible(value) {
  const abs = Math.abs(value);
  if (!Number.isFinite(abs) || abs < COMPACT_FROM || abs >= 1e21 || !Number.isInteger(abs)) {
    return false;
  }
  return String(abs).replace(/0+$/, "").length <= COMPACT_DIGITS;
}

/** The data-side `Intl.NumberFormat` options of a plain figure (no style) in `locale`. */
export function numberOptions(locale, value) {
  const language = new Intl.Locale(locale).language;
  if (COMPACT_LANGUAGES.includes(language) && compactEligible(value)) {
    return {
      notation: "compact",
      compactDisplay: "long",
      maximumSignificantDigits: COMPACT_DIGITS,
    };
  }
  return {};
}
