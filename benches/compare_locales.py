"""The body of benches/compare-locales.sh: times, ratios, and the count comparison."""
import json
import statistics
import subprocess
import sys
import time

work, corpus, old = sys.argv[1], sys.argv[2], sys.argv[3]
tomls = [f"{corpus}/l10n-pontoon.toml", f"{corpus}/l10n-vendor.toml"]
cl_bin = f"{work}/venv/bin/compare-locales"
new = "./target/release/glossator"
binaries = {"glossator": new} | ({"old glossator": old} if old else {})


def check(binary, *extra):
    return [binary, "check", "--format", "json", "--l10n-toml", tomls[0], "--l10n-toml", tomls[1], *extra]


def rule_names(binary):
    out = subprocess.run([binary, "rules"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.strip()}


# The same work as the old build: this build with the rules added since turned off, so the
# cost of the change itself shows apart from the cost of the new rules.
same_rules = {}
if old:
    added = sorted(rule_names(new) - rule_names(old))
    if added:
        same_rules = {"glossator, old rules": check(new, "--ignore", ",".join(added))}

rows = {
    "www-l10n, all locales": {
        **{k: check(b) for k, b in binaries.items()},
        **same_rules,
        "parse-only floor": ["./target/release/examples/parse_only", corpus],
        "compare-locales": [cl_bin, "--return-zero", "--json", f"{work}/cl.json", *tomls, corpus],
    },
    "www-l10n, one locale (it)": {
        **{k: check(b, "--locale", "it") for k, b in binaries.items()},
        **{k: [*cmd, "--locale", "it"] for k, cmd in same_rules.items()},
        "compare-locales": [cl_bin, "--return-zero", "--json", f"{work}/cl-it.json", *tomls, corpus, "it"],
    },
    "bundled project": {k: [b, "check", "--format", "json"] for k, b in binaries.items()},
}
# compare-locales takes 1.4 s for one locale and 90 s for all: fewer runs of it.
runs = {"compare-locales": {"www-l10n, all locales": 1, "www-l10n, one locale (it)": 5}}


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


times = {}
for row, tools in rows.items():
    for rnd in range(21):
        for tool, cmd in tools.items():
            if rnd < runs.get(tool, {}).get(row, 21):
                times.setdefault((row, tool), []).append(timed(cmd))

subprocess.run(check(new), stdout=open(f"{work}/glossator.json", "w"), stderr=subprocess.DEVNULL)


def fmt(s):
    return f"{s * 1000:.1f} ms" if s < 10 else f"{s:.1f} s"


tools = ["glossator"] + list(same_rules) + (["old glossator"] if old else []) + ["parse-only floor", "compare-locales"]
print("| | " + " | ".join(tools) + " |")
print("| --- |" + " --- |" * len(tools))
for row in rows:
    base = statistics.median(times[(row, "glossator")])
    cells = []
    for tool in tools:
        t = times.get((row, tool))
        if not t:
            cells.append("")
            continue
        m = statistics.median(t)
        cells.append(fmt(m) if tool == "glossator" else f"{fmt(m)} ({m / base:.2f}x)")
    print(f"| {row} | " + " | ".join(cells) + " |")
print("(medians of 21 interleaved runs, compare-locales 1 and 5; ratio = that tool's time / glossator's)")
if old:
    for row in rows:
        base = statistics.median(times[(row, "old glossator")])
        parts = [
            f"{tool} {statistics.median(times[(row, tool)]) / base:.2f}x"
            for tool in ["glossator", *same_rules]
            if (row, tool) in times
        ]
        print(f"{row}, against the old build: " + ", ".join(parts))

cl = json.load(open(f"{work}/cl.json"))
counts = {}
for entry in cl if isinstance(cl, list) else [cl]:
    for loc, s in entry.get("summary", {}).items():
        c = counts.setdefault(loc, {"missing": 0, "obsolete": 0})
        c["missing"] += s.get("missing", 0)
        c["obsolete"] += s.get("obsolete", 0)
ours = json.load(open(f"{work}/glossator.json"))["summary"]["per_locale"]
diff = [
    loc
    for loc in counts
    if (ours.get(loc, {}).get("missing"), ours.get(loc, {}).get("obsolete"))
    != (counts[loc]["missing"], counts[loc]["obsolete"])
]
print(f"locales compared: {len(counts)}; differing missing/obsolete counts: {len(diff)}")
for loc in diff[:20]:
    print(f"  {loc}: compare-locales {counts[loc]} glossator {ours.get(loc)}")
sys.exit(1 if diff else 0)
