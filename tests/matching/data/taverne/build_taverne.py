#!/usr/bin/env python3
"""Build the blind held-out set "Taverna Anemos": taverne_library.jsonl, taverne_cases.jsonl.

Stdlib only, deterministic. Each case is rendered with its till's habits
(taverne_tills.py) and its answer computed from the RENDERED label (taverne_rules.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import taverne_cases_caisse
import taverne_cases_compta
import taverne_cases_tablette
import taverne_drinks
import taverne_rules
import taverne_tills

TILLS = [("caisse", taverne_cases_caisse), ("tablette", taverne_cases_tablette),
         ("compta", taverne_cases_compta)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def num(x):
    return int(x) if float(x) == int(x) else float(x)


def build_library():
    lib = []
    for (key, name, prod, app, reg, country, colour, cat, held) in taverne_drinks.DRINKS:
        for vintage, fmt in held:
            lib.append({"id": "gr%03d" % (len(lib) + 1), "name": name, "producer": prod,
                        "appellation": app, "region": reg, "country": country,
                        "colour": colour, "category": cat, "vintage": vintage,
                        "format_cl": num(fmt), "_key": key})
    return lib


def family(cat, measure):
    if cat in ("vin",):
        return "vin_pour" if measure in taverne_tills.POUR_CL else "vin_btl"
    if cat == "champagne":
        return "vin_pour" if measure in taverne_tills.POUR_CL else "champagne"
    return cat


def build_cases(lib):
    bykey = {}
    for e in lib:
        bykey.setdefault(e["_key"], []).append(e)
    cases, seen = [], set()
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            parts = line.split("|")
            k, measure, v, text = parts[:4]
            why = parts[4] if len(parts) > 4 else ""
            typed = int(v) or None
            key = None if k.startswith("-") else k
            size = None
            if key:
                ents = bykey[key]
                cat = ents[0]["category"]
                fam = family(cat, measure)
                if measure.startswith("B"):
                    f = float(measure[1:]) if measure[1:] else taverne_rules.ordinary_format(ents)
                    if f != 75 or cat not in ("vin", "champagne"):
                        size = f
            else:
                fam = k[1:] or ("vin_pour" if measure in taverne_tills.POUR_CL else "vin_btl")
                if measure.startswith("B") and measure[1:]:
                    size = float(measure[1:])
            seed = (key or text) + "/" + measure
            label = taverne_tills.render(till, measure, text, typed, size, fam, seed)
            if label in seen:
                raise SystemExit("duplicate label: %r" % label)
            seen.add(label)
            lv = taverne_tills.read_vintage(till, label)
            if lv is not None and lv != typed:
                raise SystemExit("misread vintage %r in %r" % (lv, label))
            expect, bid, also, units, reason = taverne_rules.answer(lib, key, measure, lv)
            if key:
                e0 = bykey[key][0]
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if reason:
                    note += ": %s, %s" % (measure_words(measure), reason)
                elif expect == "almost":
                    held = sorted({e["vintage"] for e in bykey[key]
                                   if e["id"] == bid or e["id"] in also})
                    note += ": label vintage %d not in library, has %s" % (lv, held)
                if typed and lv is None:
                    note += " [%d cut off by the till]" % typed
            else:
                note = why
            cases.append({"label": label, "expect": expect, "beverage_id": bid,
                          "also_ok": also, "vintage": lv, "units_per_sale": units,
                          "note": note, "connection": till})
    return cases


def measure_words(m):
    return {"H": "half bottle", "M": "magnum", "P25": "draught demi",
            "P50": "draught pint"}.get(m, "bottle of %s cl" % m[1:] if m.startswith("B") else m)


def main():
    lib = build_library()
    cases = build_cases(lib)
    with open(os.path.join(HERE, "taverne_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "taverne_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases", counts)


if __name__ == "__main__":
    main()
