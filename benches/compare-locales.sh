#!/usr/bin/env bash
# glossator beside compare-locales and the parse-only floor, in one run, as ratios.
#
#   benches/compare-locales.sh [--old BINARY] [CORPUS_DIR]
#
# CORPUS_DIR is Mozilla's www-l10n (default: $GLOSSATOR_WWW_L10N, else ../shared/corpora/www-l10n).
# --old BINARY times an earlier glossator build beside this one (same rows, interleaved).
# Needs python3; compare-locales is installed from PyPI into target/compare-locales/venv.
# Prints one Markdown table (medians, interleaved runs) and checks that glossator's
# per-locale missing/obsolete counts equal compare-locales'.
set -euo pipefail
cd "$(dirname "$0")/.."
old=""
if [ "${1:-}" = "--old" ]; then
    old=$(realpath "$2")
    shift 2
fi
corpus=$(realpath "${1:-${GLOSSATOR_WWW_L10N:-../shared/corpora/www-l10n}}")
work=target/compare-locales
mkdir -p "$work"
if [ ! -x "$work/venv/bin/compare-locales" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q compare-locales
fi
cargo build --release -q --bin glossator --example parse_only
exec python3 benches/compare_locales.py "$work" "$corpus" "$old"
