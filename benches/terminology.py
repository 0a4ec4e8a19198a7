#!/usr/bin/env python3
"""Terminology precision on real termbases: samples findings for hand judgment and scores them.

    terminology.py sample RUN.json [--per-locale N] [--unjudged] [--judged FILE]
        prints a deterministic sample of term findings per locale, each with the English
        message and the translation, so a reader can judge them (TSV lines to paste)
    terminology.py score RUN.json [--per-locale N] [--judged FILE]
        precision of the same sample from the judgments file, per locale and by cause
    terminology.py counts RUN.json
        findings per locale and rule

RUN.json is `glossator check --format json` over www-l10n (benches/terminology.sh). A
finding is keyed by (locale, rule, message, concept); a judgment holds for the finding
whatever the build that produced it, so one file serves the before and after samples.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.join(HERE, "terminology-judged.tsv")
CORPUS = os.environ.get(
    "GLOSSATOR_WWW_L10N", os.path.join(HERE, "..", "..", "shared", "corpora", "www-l10n")
)
TERM_RULES = ("missing-term", "inconsistent-term", "forbidden-term", "termbase-defect")


def key(d):
    """(locale, rule, message, concept) of a finding; older builds name the concept only
    in the message text."""
    m = re.match(r"`([^`]+)`:", d["message"])
    name = m.group(1) if m else d.get("id") or ""
    concept = d.get("concept")
    if not concept:
        c = re.search(r"\(`([^`]+)`", d["message"]) or re.search(r"`([^`]+)` is rendered", d["message"])
        concept = c.group(1) if c else ""
    return (d["locale"], d["rule"], name, concept)


def findings(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = [d for d in doc["diagnostics"] if d["rule"] in TERM_RULES]
    out.sort(key=lambda d: (d["locale"], d["path"], d["line"], d["column"], d["message"]))
    return out


def sample(found, per_locale):
    """Evenly spaced findings of each locale (all of them when there are fewer). Termbase
    defects are about the termbase, not a translation: counted, not sampled."""
    by = collections.defaultdict(list)
    for d in found:
        if d["rule"] == "termbase-defect":
            continue
        by[d["locale"]].append(d)
    out = []
    for loc in sorted(by):
        xs = by[loc]
        if len(xs) <= per_locale:
            out.extend(xs)
        else:
            out.extend(xs[(i * len(xs)) // per_locale] for i in range(per_locale))
    return out


def load_judged(path):
    j = {}
    if not os.path.exists(path):
        return j
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 6:
                sys.exit(f"{path}:{n}: expected 6 tab-separated columns")
            loc, rule, msg, concept, verdict, cause = cols[:6]
            j[(loc, rule, msg, concept)] = (verdict, cause)
    return j


_ftl_cache = {}


def ftl_messages(path):
    """id -> text of a Fluent file (value and attributes, joined), read loosely."""
    if path in _ftl_cache:
        return _ftl_cache[path]
    msgs = {}
    cur = None
    try:
        lines = open(path, encoding="utf-8").read().split("\n")
    except OSError:
        lines = []
    for line in lines:
        m = re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$", line)
        if m:
            cur = m.group(1)
            msgs[cur] = [m.group(2)]
            continue
        if cur and line.startswith((" ", "\t")):
            a = re.match(r"^\s+\.([\w-]+)\s*=\s*(.*)$", line)
            if a:
                cur_attr = cur + "." + a.group(1)
                msgs[cur_attr] = [a.group(2)]
                msgs[cur].append("." + a.group(1) + "=" + a.group(2))
            else:
                msgs[cur].append(line.strip())
        elif not line.startswith("#") and line.strip():
            cur = None
        elif line.startswith("#"):
            cur = None
    _ftl_cache[path] = {k: " ".join(v).strip() for k, v in msgs.items()}
    return _ftl_cache[path]


def texts(d, name):
    loc_path = os.path.join(CORPUS, d["path"])
    en_path = os.path.join(CORPUS, "en", d["path"].split("/", 1)[1])
    return ftl_messages(en_path).get(name, "?"), ftl_messages(loc_path).get(name, "?")


def snippet(en, message):
    """The English text, long ones cut to the first place the reference term occurs."""
    m = re.search(r"reference says `([^`]+)`", message)
    if len(en) <= 700 or not m:
        return en[:700]
    i = en.lower().find(m.group(1).lower().split()[0][:5])
    i = max(0, i - 250)
    return ("..." if i else "") + en[i : i + 700] + "..."


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["sample", "score", "counts"])
    ap.add_argument("run")
    ap.add_argument("--per-locale", type=int, default=25)
    ap.add_argument("--judged", default=JUDGED)
    ap.add_argument("--unjudged", action="store_true", help="sample: only findings not judged yet")
    a = ap.parse_args()
    found = findings(a.run)
    if a.mode == "counts":
        c = collections.Counter((d["locale"], d["rule"]) for d in found)
        locs = sorted({l for l, _ in c})
        print("locale\t" + "\t".join(TERM_RULES) + "\ttotal")
        for l in locs:
            row = [c[(l, r)] for r in TERM_RULES]
            print(l + "\t" + "\t".join(map(str, row)) + f"\t{sum(row)}")
        tot = [sum(c[(l, r)] for l in locs) for r in TERM_RULES]
        print("all\t" + "\t".join(map(str, tot)) + f"\t{sum(tot)}")
        return
    judged = load_judged(a.judged)
    s = sample(found, a.per_locale)
    if a.mode == "sample":
        for d in s:
            k = key(d)
            if a.unjudged and k in judged:
                continue
            en, tr = texts(d, k[2])
            print("\t".join(k) + "\t" + judged.get(k, ("?", "?"))[0])
            print("   MSG  " + d["message"])
            print("   EN   " + snippet(en, d["message"]))
            print("   " + d["locale"].ljust(5) + tr[:1500])
        return
    per = collections.defaultdict(collections.Counter)
    causes = collections.Counter()
    missing = []
    for d in s:
        k = key(d)
        if k not in judged:
            missing.append(k)
            continue
        verdict, cause = judged[k]
        per[k[0]][verdict] += 1
        if verdict == "wrong":
            causes[cause] += 1
    print("locale\tsampled\tjudged\tright\twrong\tprecision")
    tot = collections.Counter()
    n_all = collections.Counter(d["locale"] for d in found)
    for loc in sorted(per):
        c = per[loc]
        n = c["right"] + c["wrong"]
        tot.update(c)
        print(f"{loc}\t{n_all[loc]}\t{n}\t{c['right']}\t{c['wrong']}\t{100 * c['right'] / max(n, 1):.0f}%")
    n = tot["right"] + tot["wrong"]
    print(f"all\t{len(found)}\t{n}\t{tot['right']}\t{tot['wrong']}\t{100 * tot['right'] / max(n, 1):.0f}%")
    if causes:
        print("false alarms by cause: " + ", ".join(f"{c} {k}" for k, c in causes.most_common()))
    if missing:
        print(f"{len(missing)} sampled findings not judged yet (sample --unjudged)", file=sys.stderr)


if __name__ == "__main__":
    main()
