#!/usr/bin/env python3
"""Planted wrong terms: in copies of real mozilla.org files (de, ru, pl), 10 messages per
language that render a termbase concept get a wrong word in its place; the check with the
locale's Mozilla termbase must report missing-term for every one of them.

    terminology_planted.py [--bin target/release/glossator] [--work /tmp/glossator-planted]

Data: GLOSSATOR_WWW_L10N and GLOSSATOR_MOZILLA_TBX (defaults: ../shared/corpora/...).
Exits 1 when a planted term is not caught.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.environ.get("GLOSSATOR_WWW_L10N", os.path.join(ROOT, "..", "shared", "corpora", "www-l10n"))
TBX = os.environ.get(
    "GLOSSATOR_MOZILLA_TBX", os.path.join(ROOT, "..", "shared", "corpora", "mozilla-terminology", "terminology")
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# concept -> the wrong word put in place of the termbase term (a synonym a reviewer would
# reject, a calque, another concept's term).
PLANTS = {
    "de": {
        "c610": "Ausdehnung", "c596": "Favorit", "c535": "Fassung", "c499": "Zusammenbruch",
        "c574": "Chiffrierung", "c563": "Einrichtung", "c621": "Zusatzprogramm", "c567": "Heimseite",
        "c593": "Kopierspeicher", "c441": "Vorliebe",
    },
    "ru": {
        "c610": "дополнительный модуль", "c596": "избранное", "c535": "редакция", "c499": "авария",
        "c574": "кодирование", "c563": "инсталляция", "c621": "плагин", "c567": "стартовая страница",
        "c593": "карман", "c441": "предпочтение",
    },
    "pl": {
        "c610": "wtyczka", "c596": "ulubione", "c535": "edycja", "c499": "katastrofa",
        "c574": "kodowanie", "c563": "montaż", "c621": "plugin",
        "c593": "bufor", "c441": "ustawienie", "c545": "szpiegi",
    },
}


def termbase(locale):
    terms = {}
    for e in ET.parse(os.path.join(TBX, f"{locale}.tbx")).getroot().iter("termEntry"):
        pair = {}
        for ls in e.findall("langSet"):
            t = ls.find(".//term")
            pair["en" if ls.get(XML_LANG) == "en-US" else "l10n"] = t.text or ""
        if "en" in pair and "l10n" in pair:
            terms[e.get("id")] = pair
    return terms


MESSAGE = re.compile(r"^([a-z][\w-]*) = (.+)$", re.M)


def plant(locale, work):
    """Copies en and `locale`, plants the wrong words; returns [(path, id, concept, old, new)]."""
    terms = termbase(locale)
    for d in ("en", locale):
        shutil.copytree(os.path.join(CORPUS, d), os.path.join(work, d), dirs_exist_ok=True)
    planted = []
    files = sorted(
        os.path.relpath(os.path.join(dp, f), os.path.join(work, locale))
        for dp, _, fs in os.walk(os.path.join(work, locale))
        for f in fs
        if f.endswith(".ftl")
    )
    used = set()
    for concept, wrong in PLANTS[locale].items():
        en_term = terms[concept]["en"].lower()
        words = terms[concept]["l10n"].lower().split()
        stems = [w[: max(4, len(w) - 3)] for w in words]
        # Every form of the term (a compound's tail too) in the message becomes the wrong word.
        form = re.compile(
            r"\w*" + r"\w*\s+".join(re.escape(st) for st in stems) + r"\w*", re.I
        )
        first = re.compile(re.escape(stems[0]), re.I)
        done = False
        for rel in files:
            if done:
                break
            en_path = os.path.join(work, "en", rel)
            if not os.path.exists(en_path):
                continue
            en = dict(MESSAGE.findall(open(en_path, encoding="utf-8").read()))
            path = os.path.join(work, locale, rel)
            text = open(path, encoding="utf-8").read()
            for mid, value in MESSAGE.findall(text):
                if (rel, mid) in used or mid not in en:
                    continue
                if not re.search(r"\b" + re.escape(en_term) + r"(s|es)?\b", en[mid], re.I):
                    continue
                if not form.search(value):
                    continue
                new_value = form.sub(wrong, value)
                if first.search(new_value):
                    continue
                text = text.replace(f"{mid} = {value}\n", f"{mid} = {new_value}\n", 1)
                open(path, "w", encoding="utf-8").write(text)
                used.add((rel, mid))
                planted.append((f"{locale}/{rel}", mid, concept, value, new_value))
                done = True
                break
    return planted


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "glossator"))
    ap.add_argument("--work", default="/tmp/glossator-planted")
    a = ap.parse_args()
    missed = 0
    for locale in PLANTS:
        work = os.path.join(a.work, locale)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        planted = plant(locale, work)
        with open(os.path.join(work, "glossator.toml"), "w") as f:
            f.write(
                f'[project]\nreference = "en"\nlocales = ["en", "{locale}"]\n'
                'paths = ["{locale}/**/*.ftl"]\n'
            )
        out = subprocess.run(
            [a.bin, "check", "--format", "json", "--glossary", os.path.join(TBX, f"{locale}.tbx")],
            cwd=work, capture_output=True, text=True,
        )
        found = {
            (d["path"], d["id"], d.get("concept"))
            for d in json.loads(out.stdout)["diagnostics"]
            if d["rule"] == "missing-term"
        }
        caught = [p for p in planted if (p[0], p[1], p[2]) in found]
        print(f"{locale}: {len(planted)} planted, {len(caught)} caught")
        for p in planted:
            mark = "caught" if p in caught else "MISSED"
            print(f"  {mark}  {p[0]} {p[1]} {p[2]}: {p[3][:70]!r} -> {p[4][:70]!r}")
        missed += len(planted) - len(caught) + (10 - len(planted))
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
