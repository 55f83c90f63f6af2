"""Build the "tapas" blind held-out set: tapas_library.jsonl and tapas_cases.jsonl.

Stdlib only, deterministic. python3 tests/matching/data/tapas/build_tapas.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tapas_specs_barra
import tapas_specs_comandero
import tapas_specs_gestion
from tapas_drinks import DRINKS
from tapas_rules import answer
from tapas_tills import RENDER

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def build_library():
    lib, by_key = [], {}
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        for vint, fmt in formats:
            e = {"id": "tp%03d" % (len(lib) + 1), "name": name, "producer": prod,
                 "appellation": app, "region": reg, "country": country, "colour": colour,
                 "category": cat, "vintage": vint, "format_cl": fmt}
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key


def build_cases(by_key):
    out = []
    for conn, mod in (("barra", tapas_specs_barra), ("comandero", tapas_specs_comandero),
                      ("gestion", tapas_specs_gestion)):
        for case in mod.CASES:
            label, lv = RENDER[conn](case)
            expect, bid, also, units, note = answer(by_key, case, lv)
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": lv, "units_per_sale": units,
                        "note": note, "connection": conn})
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %r" % sorted(dup))
    return out


def dump(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(os.path.join(HERE, "tapas_library.jsonl"), lib, LIB_FIELDS)
    dump(os.path.join(HERE, "tapas_cases.jsonl"), cases, CASE_FIELDS)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
