#!/usr/bin/env bash
# Side by side with compare-locales on the www-l10n corpus: wall times and per-locale
# missing/obsolete counts. Needs `pip install compare-locales` (done here in a venv).
# Usage: benches/compare-locales.sh [CORPUS_DIR]
# glossator is timed as it is distributed (scripts/dist.sh: LTO, statically linked on Linux
# with glibc); one-locale runs of the `cargo build --release` binary are timed beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/corpora/www-l10n}")
work=target/compare-locales
mkdir -p "$work"
if [ ! -x "$work/venv/bin/compare-locales" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q compare-locales
fi
glossator=$(scripts/dist.sh)
cargo build --release -q
tomls=("$corpus/l10n-pontoon.toml" "$corpus/l10n-vendor.toml")

t0=$(date +%s.%N)
"$work/venv/bin/compare-locales" --return-zero --json "$work/cl.json" "${tomls[@]}" "$corpus" >/dev/null || true
t1=$(date +%s.%N)
"$glossator" check --format json --l10n-toml "${tomls[0]}" --l10n-toml "${tomls[1]}" >"$work/glossator.json" || true
t2=$(date +%s.%N)
# glossator's run takes a quarter of a second: the median of 5 (the first one above included).
gl_all=$(python3 - "$t1" "$t2" "$glossator" "${tomls[@]}" <<'PY'
import statistics, subprocess, sys, time
first, glossator, pontoon, vendor = float(sys.argv[2]) - float(sys.argv[1]), *sys.argv[3:]
times = [first]
for _ in range(4):
    t = time.perf_counter()
    subprocess.run([glossator, "check", "--format", "json", "--l10n-toml", pontoon,
                    "--l10n-toml", vendor], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(statistics.median(times))
PY
)
# One locale takes milliseconds, so one run is at the mercy of the machine's load: both
# tools run interleaved, compare-locales 5 times and glossator 40 times for each of the two
# configurations (the whole project, both files as above; l10n-pontoon.toml alone, as
# compare-locales reads every configuration it is given whatever the locale), and the
# medians are compared.
read -r gl_it cl_it gl_it1 cl_it1 gl_rel < <(python3 - "$work" "$corpus" "$glossator" "${tomls[@]}" <<'PY'
import statistics, subprocess, sys, time
work, corpus, binary, pontoon, vendor = sys.argv[1:6]
args = ["check", "--format", "json", "--l10n-toml", pontoon]
glossator = [binary] + args
cl = [f"{work}/venv/bin/compare-locales", "--return-zero", "--json", f"{work}/cl-it.json", pontoon]
runs = {
    "gl_it": glossator + ["--l10n-toml", vendor, "--locale", "it"],
    "cl_it": cl + [vendor, corpus, "it"],
    "gl_it1": glossator + ["--locale", "it"],
    "cl_it1": cl + [corpus, "it"],
    "gl_rel": ["./target/release/glossator"] + args + ["--l10n-toml", vendor, "--locale", "it"],
}
times = {k: [] for k in runs}
def run(k):
    t = time.perf_counter()
    subprocess.run(runs[k], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times[k].append(time.perf_counter() - t)
for _ in range(5):
    run("cl_it")
    run("cl_it1")
    for _ in range(8):
        run("gl_it")
        run("gl_it1")
        run("gl_rel")
print(*(statistics.median(times[k]) for k in runs))
PY
)

python3 - "$work" "$t0" "$t1" "$gl_all" "$gl_it" "$cl_it" "$gl_it1" "$cl_it1" "$gl_rel" <<'PY'
import json, sys
work, t0, t1, gl_all, gl_it, cl_it, gl_it1, cl_it1, gl_rel = sys.argv[1], *map(float, sys.argv[2:])
cl_all = t1 - t0
print(f"all locales: compare-locales {cl_all:8.2f} s   glossator {gl_all:6.3f} s   {cl_all / gl_all:6.0f}x  (glossator: median of 5)")
print(f"locale it:   compare-locales {cl_it:8.2f} s   glossator {gl_it:6.4f} s   {cl_it / gl_it:6.0f}x  (both files; medians of 5 and 40 runs, interleaved)")
print(f"locale it:   compare-locales {cl_it1:8.2f} s   glossator {gl_it1:6.4f} s   {cl_it1 / gl_it1:6.0f}x  (l10n-pontoon.toml alone)")
print(f"locale it:   compare-locales {cl_it:8.2f} s   glossator {gl_rel:6.4f} s   {cl_it / gl_rel:6.0f}x  (both files; cargo build --release, not scripts/dist.sh)")
cl = json.load(open(f"{work}/cl.json"))
counts = {}
for entry in cl if isinstance(cl, list) else [cl]:
    for loc, s in entry.get("summary", {}).items():
        c = counts.setdefault(loc, {"missing": 0, "obsolete": 0})
        c["missing"] += s.get("missing", 0)
        c["obsolete"] += s.get("obsolete", 0)
ours = json.load(open(f"{work}/glossator.json"))["summary"]["per_locale"]
diff = [l for l in counts if (ours.get(l, {}).get("missing"), ours.get(l, {}).get("obsolete")) != (counts[l]["missing"], counts[l]["obsolete"])]
print(f"locales compared: {len(counts)}; differing missing/obsolete counts: {len(diff)}")
for l in diff[:20]:
    print(f"  {l}: compare-locales {counts[l]} glossator {ours.get(l)}")
PY
