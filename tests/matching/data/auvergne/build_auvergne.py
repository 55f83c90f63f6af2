#!/usr/bin/env python3
"""Build the "auvergne" blind held-out set: auvergne_library.jsonl and auvergne_cases.jsonl.

Deterministic (no randomness: dates, quantities and prices of the Z report come from a
SHA-256 of the product), stdlib only. Run: python3 build_auvergne.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import auvergne_cases_caisse as CC
import auvergne_cases_main as CH
import auvergne_cases_z as CZ
from auvergne_drinks import BY_KEY, DRINKS
from auvergne_rules import FIELDS, Library, resolve, vintage_c, vintage_h, vintage_z
from auvergne_tills import DRAUGHT, MEASURES, render_c, render_h, render_z

CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")


def family_of(key, measure):
    sec = BY_KEY[key]["section"]
    if sec == "BIE" and measure in DRAUGHT:
        return "PRE"
    return sec


def case(lib, conn, spec):
    key, measure, vintage, text = spec[:4]
    if measure not in MEASURES and not measure.startswith("="):
        raise ValueError("bad measure %r in %r" % (measure, spec))
    if conn == "caisse":
        fam = family_of(key, measure) if key else spec[4]
        label = render_c(fam, measure, vintage, text)
        read = vintage_c(label)
    elif conn == "main":
        label = render_h(measure, vintage, text)
        read = vintage_h(label)
    else:
        fam = family_of(key, measure) if key else spec[4]
        label = render_z(fam, measure, vintage, text)
        read = vintage_z(label)
    if read != vintage:
        if conn != "caisse" or read is not None:
            raise ValueError("vintage read back %r != typed %r: %r" % (read, vintage, label))
    if key is None:
        reason = spec[-1]
        out = ("none", None, [], None, reason)
    else:
        if BY_KEY[key]["category"] != "vin" and vintage is not None:
            raise ValueError("vintage on a non-wine: %r" % (spec,))
        out = resolve(lib, key, measure, read)
        if read != vintage:
            out = (*out[:4], out[4] + " [%d cut off by the till]" % vintage)
    expect, bid, also, units, note = out
    return dict(zip(CASE_FIELDS, (label, expect, bid, also, read, units, note, conn), strict=False))


def build():
    lib = Library(DRINKS)
    cases = []
    for conn, mod in (("caisse", CC), ("main", CH), ("z", CZ)):
        for spec in mod.CASES:
            cases.append(case(lib, conn, spec))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise ValueError("duplicate labels: %r" % sorted(dup))
    with open(os.path.join(HERE, "auvergne_library.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for e in lib.entries:
            f.write(json.dumps({k: e[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "auvergne_cases.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return lib, cases


def main():
    lib, cases = build()
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    tot = {"yes": 0, "almost": 0, "none": 0}
    for conn in ("caisse", "main", "z"):
        row = tab.get(conn, {})
        for k in tot:
            tot[k] += row.get(k, 0)
        print("%-7s yes %3d almost %3d none %3d total %3d" % (
            conn, row.get("yes", 0), row.get("almost", 0), row.get("none", 0),
            sum(row.values())))
    n = len(cases)
    print("all     yes %3d almost %3d none %3d total %3d  (%.1f / %.1f / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], n, 100 * tot["yes"] / n,
        100 * tot["almost"] / n, 100 * tot["none"] / n))
    print("library", len(lib.entries))


if __name__ == "__main__":
    main()
