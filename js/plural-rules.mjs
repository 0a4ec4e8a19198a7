// Plural rules for languages CLDR has none for (Latin, Sanskrit), for fluent.js.
//
// fluent.js selects `[one]`, `[two]`, `[many]` variants with the browser's
// `Intl.PluralRules`. For a language without CLDR plural rules the browser does not use
// CLDR root's rules: it uses the *reader's default locale*. A Latin page read in a
// Russian browser takes Russian rules ("31 centrum ... appellatum erat", 31 being Russian
// `one`); in an English browser, Sanskrit 2 is `other` and its dual is never shown.
//
// `installPluralRules()` replaces `Intl.PluralRules` with a subclass that, for these
// languages only, selects by the rules glossator's checker and renderer use (the table
// in glossator's src/plural_rules.rs, written from the languages' grammars; the strings
// below are checked against it by tests/fluentjs.rs). Every other language is left to
// the browser. Call it once, before the first bundle formats:
//
//     import { installPluralRules } from "./plural-rules.mjs";
//     installPluralRules();
//     const bundle = new FluentBundle(["la", "en"]);
//
// ("en" after "la" gives Intl a locale it has for numbers and dates: without it, those
// follow the reader's default locale too. CLDR root, which glossator uses for Latin,
// writes numbers as English does.)

/** Cardinal rules in CLDR syntax (UTS #35); a number no rule matches is `other`.
 * Ordinals are `other` throughout: the ordinals of these languages are adjectives. */
export const GRAMMAR_RULES = {
  "la": { "one": "i = 1 and v = 0", "many": "i != 0 and i % 1000 = 0 and i % 1000000 != 1000 and v = 0" },
  "sa": { "one": "i = 1 and v = 0", "two": "i = 2 and v = 0" },
};

/** The grammar each language's rules come from, as a page names it (`page-plural-rules`). */
export const GRAMMAR_SOURCES = {
  "la": "Allen and Greenough, New Latin Grammar §§ 134–135",
  "sa": "Whitney, Sanskrit Grammar §§ 264–265, 486",
};

const ORDER = ["zero", "one", "two", "few", "many", "other"];
const DIGIT_OPTIONS = [
  "minimumIntegerDigits",
  "minimumFractionDigits",
  "maximumFractionDigits",
  "minimumSignificantDigits",
  "maximumSignificantDigits",
  "roundingPriority",
  "roundingIncrement",
  "roundingMode",
  "trailingZeroDisplay",
];

/** Compiles a rule ("i = 1 and v = 0 or n % 10 = 2..4") into a test of operands. */
export function compileRule(rule) {
  const or = rule.split(" or ").map((and) => and.split(" and ").map(compileRelation));
  return (operands) => or.some((and) => and.every((relation) => relation(operands)));
}

function compileRelation(text) {
  const m = /^\s*([nivwftce])\s*(?:%\s*(\d+))?\s*(!=|=)\s*([\d.,\s]+)$/.exec(text);
  if (!m) throw new SyntaxError(`plural rule: cannot read "${text}"`);
  const [, operand, modulus, operator, list] = m;
  const items = list.split(",").map((item) => {
    const [low, high = low] = item.trim().split("..");
    return [BigInt(low), BigInt(high)];
  });
  return (operands) => {
    let x = operands[operand];
    if (operand === "n") {
      // n is the absolute value, maybe with a fraction: it only equals whole values.
      if (!Number.isInteger(x)) return operator === "!=";
      x = BigInt(x);
    }
    if (modulus !== undefined) x %= BigInt(modulus);
    const found = items.some(([low, high]) => x >= low && x <= high);
    return operator === "=" ? found : !found;
  };
}

/** A formatter that writes a number as the digit options of a PluralRules show it. */
function digitFormat(options = {}) {
  const digits = {};
  for (const key of DIGIT_OPTIONS) if (options[key] !== undefined) digits[key] = options[key];
  return new Intl.NumberFormat("en-US", { ...digits, useGrouping: false, numberingSystem: "latn" });
}

/** CLDR operands of a number shown as the decimal string `shown` ("1.0"): i, v, w, f, t
 * as BigInt, n as a number. */
export function operands(shown) {
  const [int, fraction = ""] = shown.replace(/^-/, "").split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return {
    n: Math.abs(Number(shown)),
    i: BigInt(int),
    v: BigInt(fraction.length),
    w: BigInt(trimmed.length),
    f: BigInt(fraction || "0"),
    t: BigInt(trimmed || "0"),
    c: 0n,
    e: 0n,
  };
}

/** The language whose rules `new Intl.PluralRules(locales)` would use, when it is one of
 * GRAMMAR_RULES (the first requested locale Intl or the table has), else undefined. */
function grammarLanguage(Native, locales) {
  const requested = Intl.getCanonicalLocales(locales ?? []);
  for (const tag of requested) {
    const language = new Intl.Locale(tag).language;
    if (Native.supportedLocalesOf([language]).length > 0) return undefined;
    if (Object.hasOwn(GRAMMAR_RULES, language)) return language;
  }
  return undefined;
}

/** Replaces `intl.PluralRules` (the global `Intl` by default) with a subclass that uses
 * GRAMMAR_RULES for their languages when the runtime has no rules of its own for them.
 * Idempotent; returns the class installed. */
export function installPluralRules(intl = globalThis.Intl) {
  const Native = intl.PluralRules;
  if (Native.grammarRules === GRAMMAR_RULES) return Native;
  class PluralRules extends Native {
    #language;
    #rules;
    #format;
    constructor(locales, options = {}) {
      super(locales, options);
      const language = grammarLanguage(Native, locales);
      if (language !== undefined) {
        this.#language = language;
        this.#format = digitFormat(options);
        const cardinal = (options.type ?? "cardinal") === "cardinal";
        this.#rules = cardinal
          ? Object.entries(GRAMMAR_RULES[language]).map(([category, rule]) => [
              category,
              compileRule(rule),
            ])
          : [];
      }
    }
    select(n) {
      if (this.#rules === undefined) return super.select(n);
      const number = Number(n);
      if (!Number.isFinite(number)) return "other";
      const ops = operands(this.#format.format(number));
      for (const [category, test] of this.#rules) if (test(ops)) return category;
      return "other";
    }
    resolvedOptions() {
      const resolved = super.resolvedOptions();
      if (this.#rules === undefined) return resolved;
      const categories = this.#rules.map(([category]) => category).concat("other");
      return {
        ...resolved,
        locale: this.#language,
        pluralCategories: ORDER.filter((c) => categories.includes(c)),
      };
    }
  }
  PluralRules.grammarRules = GRAMMAR_RULES;
  intl.PluralRules = PluralRules;
  return PluralRules;
}
