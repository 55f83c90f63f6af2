#!/usr/bin/env python3
"""Build brest_library.jsonl and brest_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import brest_cases_bar
import brest_cases_caisse
import brest_cases_tablette
from brest_drinks import DRINKS
from brest_rules import answer, sale_format
from brest_tills import read_vintage, render

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]


def library():
    lib, by_key, fam = [], {}, {}
    for key, name, prod, app, reg, cty, col, cat, family, pairs in DRINKS:
        fam[key] = family
        for v, f in pairs:
            e = {"id": "br%03d" % (len(lib) + 1), "name": name, "producer": prod, "appellation": app,
                     "region": reg, "country": cty, "colour": col, "category": cat, "vintage": v, "format_cl": f}
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key, fam


def parse(line):
    key, measure, yy, text = [p.strip() for p in line.split("|")]
    yy = int(yy) if yy else None
    if yy is not None and yy < 100:
        yy += 2000
    return key, measure, yy, text


def main():
    lib, by_key, fam = library()
    cases, seen = [], set()
    for till, mod in (("caisse", brest_cases_caisse), ("tablette", brest_cases_tablette),
                      ("bar", brest_cases_bar)):
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, measure, yy, text = parse(line)
            if key.startswith("-"):
                entries, why = None, key[1:]
                fmt = 75
                if measure.startswith("b") and measure not in ("btl",):
                    fmt = sale_format([{"format_cl": 75}], measure)
            else:
                entries, why = by_key[key], None
                fmt = sale_format(entries, measure)
                if till == "caisse":
                    text = fam[key] + "." + text
            label = render(till, key, measure, yy, text, fmt)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            back = read_vintage(till, label)
            if back is not None and back != yy:
                raise SystemExit("till printed a false vintage: %s (%s)" % (label, yy))
            c = answer(till, label, entries, measure, why)
            note = c["note"]
            if yy is not None and back is None:
                note += " [%d cut off by the till]" % yy
            cases.append({"label": label, "expect": c["expect"], "beverage_id": c["beverage_id"],
                              "also_ok": c["also_ok"], "vintage": c["vintage"],
                              "units_per_sale": c["units_per_sale"], "note": note, "connection": till})
    with open(os.path.join(HERE, "brest_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "brest_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    for t in ("caisse", "tablette", "bar"):
        print(t, [counts.get((t, a), 0) for a in ("yes", "almost", "none")])
    for a in ("yes", "almost", "none"):
        k = sum(v for (t, x), v in counts.items() if x == a)
        print(a, k, "%.1f%%" % (100 * k / n))
    print("library", len(lib), "cases", n)


if __name__ == "__main__":
    main()
