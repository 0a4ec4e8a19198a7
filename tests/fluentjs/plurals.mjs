// The plural categories Intl.PluralRules gives, with js/plural-rules.mjs installed, for
// decimal strings as shown ("1.0": one fraction digit): tests/fluentjs.rs compares them
// with glossator's rules, and GRAMMAR_RULES with glossator's table.
//
// node plurals.mjs '{"locales": ["la", "ru"], "samples": ["1", "1.0", "2000"]}'
// prints {"rules": GRAMMAR_RULES, "sources": GRAMMAR_SOURCES, "cardinal": {locale: [category, ...]},
//         "ordinal": {locale: [...]}, "resolved": {locale: [category, ...]}}
import { GRAMMAR_RULES, GRAMMAR_SOURCES, installPluralRules } from "../../js/plural-rules.mjs";

installPluralRules();
const { locales, samples } = JSON.parse(process.argv[2]);
const out = { rules: GRAMMAR_RULES, sources: GRAMMAR_SOURCES, cardinal: {}, ordinal: {}, resolved: {} };
for (const locale of locales) {
  for (const type of ["cardinal", "ordinal"]) {
    out[type][locale] = samples.map((s) => {
      const digits = (s.split(".")[1] ?? "").length;
      const rules = new Intl.PluralRules(locale, {
        type,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      return rules.select(Number(s));
    });
  }
  out.resolved[locale] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}
process.stdout.write(JSON.stringify(out) + "\n");
