#!/usr/bin/env bash
# Terminology on real termbases: Mozilla's Pontoon termbases (one TBX per locale) over the
# mozilla.org localization. Runs one check of the judged locales with all termbases,
# prints findings per locale and the precision of the hand-judged sample
# (benches/terminology-judged.tsv), and times all termbases over the whole project
# against the check without them.
#
#   benches/terminology.sh [--bin PATH] [--out FILE] [--no-speed] [--runs N]
#
# Data: GLOSSATOR_WWW_L10N (default ../shared/corpora/www-l10n) and GLOSSATOR_MOZILLA_TBX
# (default ../shared/corpora/mozilla-terminology/terminology). To judge more findings:
#   benches/terminology.py sample FILE --unjudged
set -euo pipefail
cd "$(dirname "$0")/.."
W=${GLOSSATOR_WWW_L10N:-$PWD/../shared/corpora/www-l10n}
T=${GLOSSATOR_MOZILLA_TBX:-$PWD/../shared/corpora/mozilla-terminology/terminology}
BIN=target/release/glossator
OUT=target/terminology.json
SPEED=1
RUNS=5
LOCALES=(de fr ru pl ja it es-ES cs)
while [ $# -gt 0 ]; do
  case $1 in
    --bin) BIN=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-speed) SPEED=0; shift ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$BIN" ] || cargo build --release --quiet
export GLOSSATOR_WWW_L10N=$W
PROJECT=(--l10n-toml "$W/l10n-pontoon.toml" --l10n-toml "$W/l10n-vendor.toml")
GLOSSARIES=()
for f in "$T"/*.tbx; do GLOSSARIES+=(--glossary "$f"); done
LOC_ARGS=()
for l in "${LOCALES[@]}"; do LOC_ARGS+=(--locale "$l"); done
mkdir -p "$(dirname "$OUT")"
"$BIN" check "${PROJECT[@]}" "${GLOSSARIES[@]}" "${LOC_ARGS[@]}" --format json >"$OUT" || [ $? -eq 1 ]
python3 benches/terminology.py counts "$OUT"
echo
python3 benches/terminology.py score "$OUT"
if [ "$SPEED" = 1 ]; then
  echo
  # Best of RUNS wall-clock and CPU (user + system) times: the machine may be shared, and
  # the minimum is the least disturbed run.
  best() {
    local bw=999999 bc=999999
    for _ in $(seq "$RUNS"); do
      local t w c
      t=$( { /usr/bin/time -f "%e %U %S" "$BIN" check "$@" --format json >/dev/null; } 2>&1 | tail -1)
      w=$(python3 -c "print(int(float('${t%% *}') * 1000))")
      c=$(python3 -c "a = '$t'.split(); print(int((float(a[1]) + float(a[2])) * 1000))")
      bw=$(( w < bw ? w : bw ))
      bc=$(( c < bc ? c : bc ))
    done
    echo "$bw $bc"
  }
  read -r ww wc <<<"$(best "${PROJECT[@]}")"
  read -r tw tc <<<"$(best "${PROJECT[@]}" "${GLOSSARIES[@]}")"
  echo "whole project, best of $RUNS: without termbases ${ww} ms (CPU ${wc} ms), with all $(( ${#GLOSSARIES[@]} / 2 )) termbases ${tw} ms (CPU ${tc} ms): $(python3 -c "print(f'{$tw/$ww:.2f}x wall, {$tc/$wc:.2f}x CPU')")"
fi
