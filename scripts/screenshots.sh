#!/usr/bin/env bash
# Regenerates reports/screenshots/{en,zh-CN,ja,ko,sa,el,ar}.png: full pages of the bundled
# project's summary as a 375 px phone shows them (light mode, device scale 1), ar being the
# partial right-to-left test locale (src/render/testdata/rtl). Needs Debian's chromium and
# `npm ci --prefix tests/browser`; pngquant, when installed, shrinks the files.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r locales figures "$work"/
cp -r src/render/testdata/rtl/locales/ar "$work/locales/ar"
sed -e '/^glossaries = /d' -e 's/"la", "sa"\]/"la", "sa", "ar"]/' glossator.toml > "$work/glossator.toml"
grep -q '"ar"\]' "$work/glossator.toml" || { echo "could not add ar to the locales" >&2; exit 2; }
(cd "$work" && "$root/target/release/glossator" render --format html --out site --allow-fallback >/dev/null 2>&1)
mkdir -p reports/screenshots
node tests/browser/check.mjs "$work/site" --screenshots reports/screenshots \
    --locales en,zh-CN,ja,ko,sa,el,ar > "$work/report.json"
if command -v pngquant >/dev/null; then
    pngquant --force --ext .png --quality 70-95 --speed 1 --strip reports/screenshots/*.png
fi
ls -l reports/screenshots/*.png
