#!/usr/bin/env python3
"""Build the blind held-out set "Brasserie du Cours" (Épinal): library and cases.

Stdlib only, deterministic. Renders every case with its till's habits, reads the rendered
label back and computes the answer from what the rendered label says.
Usage: python3 build_epinal.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import epinal_cases_bar
import epinal_cases_mois
import epinal_cases_salle
from epinal_drinks import DRINKS
from epinal_rules import answer, build_library
from epinal_tills import RENDER, read_back

PREFIX = "eq"
TILLS = [("bar", epinal_cases_bar.CASES), ("salle", epinal_cases_salle.CASES),
         ("mois", epinal_cases_mois.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def main():
    lib, index = build_library(PREFIX)
    names = {d[0]: "%s (%s)" % (d[1], d[2]) for d in DRINKS}
    cases, seen = [], set()
    for till, block in TILLS:
        for raw in block.strip().splitlines():
            parts = raw.split("|")
            key, measure, vint, text = parts[:4]
            vint = int(vint) if vint else None
            label = RENDER[till](text, measure, vint)
            if label in seen:
                sys.exit("duplicate label: %r" % label)
            seen.add(label)
            rv, rm = read_back(till, label)
            if rm != measure:
                sys.exit("measure misread: %r %r %r" % (label, measure, rm))
            if rv is not None and rv != vint:
                sys.exit("stray vintage read: %r" % label)
            if key == "-":
                ans = {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                           "note": parts[4]}
            else:
                if key not in index:
                    sys.exit("unknown key %s" % key)
                ans = answer(key, measure, rv, index, names)
                if vint is not None and rv is None:
                    ans["note"] += " [%d cut off by the till]" % vint
            row = {"label": label, "expect": ans["expect"], "beverage_id": ans["beverage_id"],
                   "also_ok": ans["also_ok"], "vintage": rv,
                   "units_per_sale": ans["units_per_sale"], "note": ans["note"],
                   "connection": till}
            cases.append(row)
    with open(os.path.join(HERE, "epinal_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "epinal_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        print("library: %d drinks, cases: %d" % (len(lib), len(cases)))
        tot = {}
        for till, _ in TILLS:
            row = [sum(1 for c in cases if c["connection"] == till and c["expect"] == e)
                   for e in ("yes", "almost", "none")]
            print("%-6s yes %3d almost %3d none %3d total %3d" % (till, *row, sum(row)))
            for e, n in zip(("yes", "almost", "none"), row, strict=False):
                tot[e] = tot.get(e, 0) + n
        for e in ("yes", "almost", "none"):
            print("%-6s %3d %.1f %%" % (e, tot[e], 100.0 * tot[e] / len(cases)))


if __name__ == "__main__":
    main()
