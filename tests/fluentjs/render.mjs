// Formats every message of a glossator project with fluent.js, as
// `glossator render --format json` does with fluent-rs: tests/fluentjs.rs compares them.
//
// node render.mjs --locales DIR --figures FILE --reference en [--isolating]
//                 [--no-plural-shim] LOCALE...
//
// Prints {"messages": {locale: {key: text}}, "errors": {locale: [error, ...]}}. Keys are
// the reference's message ids, `id.attr` for attributes. Figures are typed as the data
// says: a percentage `{ value, style = "percent" }` is `new FluentNumber(value, {style:
// "percent"})`, a currency amount `{ value, style = "currency", currency }` likewise, a
// TOML date a FluentDateTime (UTC, so the day is the one written); a plain number gets
// the locale's notation from js/figure-options.mjs (`{notation: "compact", ...}` for
// 723000000 in German), in the locale of the bundle that formats it. A message missing in
// a locale, or failing there, comes from the reference, as on glossator's pages.
//
// Page messages get what glossator's renderer gives them: `page-conventions` its samples,
// `page-plural-rules` where the plural rules come from (pageArgs below); `page-fallback-note` the language and the keys shown from the
// reference, and only when there are some (like `page-missing-note`, which names missing
// figures: fluent.js reports those as errors instead).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, FluentNumber, FluentDateTime } from "@fluent/bundle";
import { parse } from "smol-toml";
import { GRAMMAR_SOURCES, installPluralRules } from "../../js/plural-rules.mjs";
import { numberOptions } from "../../js/figure-options.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const localesDir = option("--locales");
const figuresFile = option("--figures");
const reference = option("--reference") ?? "en";
const useIsolating = flag("--isolating");
if (!flag("--no-plural-shim")) installPluralRules();
const locales = args;
if (!localesDir || locales.length === 0) {
  console.error("usage: node render.mjs --locales DIR [--figures FILE] [--reference L] LOCALE...");
  process.exit(2);
}

function ftlFiles(dir) {
  let found = [];
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(ftlFiles(path));
    else if (name.endsWith(".ftl")) found.push(path);
  }
  return found.sort();
}

function resources(locale) {
  return ftlFiles(join(localesDir, locale)).map((f) => new FluentResource(readFileSync(f, "utf8")));
}

/** The Intl locales of a bundle: the locale, and "en" after it when Intl has no data for
 * it (Latin): Intl would otherwise use the default locale of the machine. */
function bundleLocales(locale) {
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? [locale] : [locale, "en"];
}

/** A figure of the figures file as the messages of `locale` get it. */
function figure(value, locale) {
  if (value instanceof Date) {
    const utc = Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate());
    return new FluentDateTime(utc, { timeZone: "UTC" });
  }
  if (typeof value === "number") {
    return new FluentNumber(value, numberOptions(locale, value));
  }
  if (typeof value === "object" && value !== null && "value" in value) {
    switch (value.style ?? "decimal") {
      case "percent":
        return new FluentNumber(value.value, { style: "percent" });
      case "currency":
        return new FluentNumber(value.value, { style: "currency", currency: value.currency });
      default:
        return new FluentNumber(value.value, numberOptions(locale, value.value));
    }
  }
  return value;
}

const global = {};
const perMessage = {};
if (figuresFile) {
  for (const [key, value] of Object.entries(parse(readFileSync(figuresFile, "utf8")))) {
    if (typeof value === "object" && value !== null && !(value instanceof Date) && !("value" in value)) {
      perMessage[key] = value;
    } else {
      global[key] = value;
    }
  }
}
const typed = (values, locale) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, figure(v, locale)]));

/** The arguments glossator's renderer gives page messages of the page of `locale`
 * (src/render/fallback.rs, `conventions_args` and `plural_rules_args`). */
function pageArgs(key, locale) {
  const data = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : "und";
  if (key === "page-plural-rules") {
    const grammar = GRAMMAR_SOURCES[new Intl.Locale(locale).language];
    return { rules: grammar ?? `Unicode CLDR (${data})` };
  }
  if (key !== "page-conventions") return {};
  return {
    source: `Unicode CLDR (${data})`,
    number: new FluentNumber(1234567.5, { maximumFractionDigits: 1 }),
    percent: new FluentNumber(0.125, { style: "percent", maximumFractionDigits: 1 }),
    date: new FluentDateTime(Date.UTC(2024, 6, 22), { timeZone: "UTC" }),
  };
}

/** The arguments of `key` formatted by a bundle of `bundleLocale` on the page of `page`. */
const argsOf = (key, bundleLocale, page, extra = {}) => ({
  ...typed(global, bundleLocale),
  ...typed(perMessage[key.split(".")[0]] ?? {}, bundleLocale),
  ...pageArgs(key, page),
  ...extra,
});

function bundleOf(locale) {
  const bundle = new FluentBundle(bundleLocales(locale), { useIsolating });
  bundle.locale = locale;
  for (const resource of resources(locale)) bundle.addResource(resource);
  return bundle;
}

function patternOf(bundle, key) {
  const [id, attribute] = key.split(".");
  const message = bundle.getMessage(id);
  if (!message) return null;
  return attribute === undefined ? message.value : message.attributes[attribute] ?? null;
}

const keys = [];
for (const resource of resources(reference)) {
  for (const entry of resource.body) {
    if (entry.id.startsWith("-")) continue;
    if (entry.value !== null) keys.push(entry.id);
    for (const name of Object.keys(entry.attributes)) keys.push(`${entry.id}.${name}`);
  }
}

const NOTES = ["page-fallback-note", "page-missing-note"];

/** A language's name in itself: its `page-language-name`, else Intl's. */
function languageName(bundle) {
  const message = bundle.getMessage("page-language-name");
  if (message?.value) return bundle.formatPattern(message.value);
  return new Intl.DisplayNames([bundle.locale], { type: "language" }).of(bundle.locale);
}

const out = { messages: {}, errors: {} };
const referenceBundle = bundleOf(reference);
for (const locale of locales) {
  const chain = locale === reference ? [referenceBundle] : [bundleOf(locale), referenceBundle];
  const texts = {};
  const errors = [];
  const fallbacks = [];
  const format = (key, extra) => {
    let chosen;
    let attempt;
    for (const [i, bundle] of chain.entries()) {
      const pattern = patternOf(bundle, key);
      if (pattern === null) continue;
      const found = [];
      const text = bundle.formatPattern(pattern, argsOf(key, bundle.locale, locale, extra), found);
      errors.push(...found.map((e) => `${key}: ${e.message ?? e}`));
      if (found.length === 0) {
        chosen = [i, text];
        break;
      }
      attempt ??= [i, text];
    }
    const [i, text] = chosen ?? attempt ?? [0, `[${key}]`];
    return { text, fallback: i > 0 };
  };
  for (const key of [...new Set(keys)]) {
    if (NOTES.includes(key)) continue;
    const { text, fallback } = format(key, {});
    if (fallback) fallbacks.push(key);
    texts[key] = text;
  }
  if (fallbacks.length > 0 && keys.includes("page-fallback-note")) {
    const extra = { language: languageName(referenceBundle), ids: fallbacks.join(", ") };
    texts["page-fallback-note"] = format("page-fallback-note", extra).text;
  }
  // The reference's order, as glossator writes it.
  out.messages[locale] = Object.fromEntries(
    [...new Set(keys)].filter((k) => k in texts).map((k) => [k, texts[k]]),
  );
  out.errors[locale] = errors;
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
