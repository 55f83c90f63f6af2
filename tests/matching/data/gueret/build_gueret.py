#!/usr/bin/env python3
"""Build gueret_library.jsonl and gueret_cases.jsonl (stdlib only, deterministic).

python3 tests/matching/data/gueret/build_gueret.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_formules
import cases_hebdo
import cases_station
from drinks_gueret import DRINKS
from rules_gueret import answer, units
from tills_gueret import RENDER, VINTAGE, VOLUME

TILLS = [("formules", cases_formules.CASES), ("station", cases_station.CASES),
         ("hebdo", cases_hebdo.CASES)]
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")


def library():
    lib, by_key = [], {}
    for i, row in enumerate(DRINKS, 1):
        key = row[0]
        e = dict(zip(LIB_FIELDS, ("gu%03d" % i, *tuple(row[1:])), strict=False))
        lib.append(e)
        by_key[key] = e
    return lib, by_key


def build():
    lib, by_key = library()
    out, seen = [], set()
    for till, cases in TILLS:
        for c in cases:
            e = by_key[c["key"]] if c["key"] else None
            label = RENDER[till](c["key"], c["measure"], c["text"], c["vintage"], c["opt"], e)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            lv = VINTAGE[till](label)
            if c["vintage"] and lv is not None:
                assert lv == c["vintage"], (label, lv, c["vintage"])
            if e is None:
                row = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                       "vintage": lv, "units_per_sale": None, "note": c["why"]}
            else:
                assert c["measure"] in VOLUME or c["measure"] in ("BTL", "HALF", "MAG", "BOT", "BIB", "PACK6"), c
                if c["measure"] == "BTL":
                    assert e["format_cl"] == 75, c
                if c["measure"] == "HALF":
                    assert e["format_cl"] == 37.5, c
                if c["measure"] == "MAG":
                    assert e["format_cl"] == 150, c
                expect, bid, also, suffix = answer(lib, e, c["measure"], lv)
                u = units(lib, e, c["measure"])
                note = "%s (%s)%s" % (e["name"], e["producer"], suffix)
                if c["vintage"] and lv is None:
                    note += ": the cut took the typed vintage %d off the label" % c["vintage"]
                row = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                       "vintage": lv, "units_per_sale": u, "note": note}
            row["connection"] = till
            out.append(row)
    return lib, out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(lib, os.path.join(HERE, "gueret_library.jsonl"))
    dump(cases, os.path.join(HERE, "gueret_cases.jsonl"))
    counts = {}
    for r in cases:
        counts.setdefault(r["connection"], {}).setdefault(r["expect"], 0)
        counts[r["connection"]][r["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    for t, c in counts.items():
        print(t, c)


if __name__ == "__main__":
    main()
