// Loads every page of a `glossator render --format html` folder in headless Chromium as a
// phone would (375 px wide) and reports, as JSON on stdout, per page: console errors and
// warnings, page errors, failed requests, and whether anything is wider than the screen.
// Exits 1 when a page has any of these. With --screenshots DIR, also writes full-page PNGs
// of the --locales pages (light mode, 375 px, device scale 1).
//
//   node check.mjs PAGES_DIR [--screenshots DIR --locales en,zh-CN,ja]
//
// Chromium: $CHROMIUM, else `chromium` on the PATH (Debian's package).

import { existsSync, readdirSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  console.error("usage: node check.mjs PAGES_DIR [--screenshots DIR --locales a,b]");
  process.exit(2);
}
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shots = option("--screenshots");
const shotLocales = (option("--locales") ?? "").split(",").filter(Boolean);
const WIDTH = 375;

/** $CHROMIUM, or the first `chromium` on the PATH. */
function chromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const d of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(d, "chromium");
    if (d && existsSync(candidate)) return candidate;
  }
  console.error("chromium not found: install Debian's chromium package or set CHROMIUM");
  process.exit(2);
}

/** Relative luminance (0 black, 1 white) of a CSS `rgb(r, g, b)` colour. */
function luminance(rgb) {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const browser = await puppeteer.launch({
  executablePath: chromium(),
  headless: true,
  // Root in CI containers has no user namespace for the sandbox.
  args: process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [],
});
const report = {};
let failed = false;
try {
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
  for (const file of pages) {
    const page = await browser.newPage();
    await page.setViewport({ width: WIDTH, height: 812, deviceScaleFactor: 1 });
    const problems = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(resolve(join(dir, file))).href, { waitUntil: "load" });
    const layout = await page.evaluate((width) => {
      const doc = document.documentElement;
      const wide = [];
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
          wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
      }
      return {
        scrollWidth: doc.scrollWidth,
        lang: doc.lang,
        dir: doc.dir,
        svgs: document.querySelectorAll("svg[role=img] > title + desc").length,
        wide: wide.slice(0, 10),
      };
    }, WIDTH);
    // Charts stay legible in dark mode: their text follows the page's (light on dark),
    // their bars keep a colour that is neither the text's nor the track's.
    if (layout.svgs) {
      for (const scheme of ["light", "dark"]) {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        const colours = await page.evaluate(() => {
          const fill = (sel) => getComputedStyle(document.querySelector(sel)).fill;
          return { text: fill("svg text"), bar: fill("svg .bar"), track: fill("svg .track") };
        });
        const light = luminance(colours.text) > 0.5;
        if (light !== (scheme === "dark")) problems.push(`${scheme} mode: chart text ${colours.text}`);
        if (new Set(Object.values(colours)).size !== 3) problems.push(`${scheme} mode: chart colours ${JSON.stringify(colours)}`);
        layout[scheme] = colours;
      }
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    }
    if (layout.scrollWidth > WIDTH) problems.push(`scrolls horizontally: ${layout.scrollWidth} px wide`);
    if (layout.wide.length) problems.push(`wider than ${WIDTH} px: ${layout.wide.join(", ")}`);
    if (problems.length) failed = true;
    report[file] = { ...layout, problems };
    const locale = file.replace(/\.html$/, "");
    if (shots && shotLocales.includes(locale)) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await page.screenshot({ path: join(shots, `${locale}.png`), fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
process.exit(failed ? 1 : 0);
