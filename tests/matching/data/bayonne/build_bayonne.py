#!/usr/bin/env python3
"""Build the Le Petit Bayonne held-out set: bayonne_library.jsonl and bayonne_cases.jsonl.

Stdlib only, deterministic. Run: python3 tests/matching/data/bayonne/build_bayonne.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bayonne_cases_b
import bayonne_cases_e
import bayonne_cases_s
from bayonne_drinks import FAMILIES
from bayonne_rules import answer, read_vintage
from bayonne_tills import MEASURES, render

FAM_OF = {"rouge": "r", "blanc": "w", "rosé": "p", "effervescent": "c", "liquoreux": "c"}


def family_letter(fam):
    colour, category = fam[6], fam[7]
    if category == "champagne":
        return "c"
    if colour:
        return FAM_OF[colour]
    if category == "bière" or fam[1].startswith(("Isastegi", "Loïc")):
        return "b"
    if category == "soft":
        return "f"
    return "s"


def build_library():
    rows, ids = [], {}
    n = 0
    for fam in FAMILIES:
        key, name, producer, app, region, country, colour, category, formats = fam
        for fmt in formats:
            for v in formats[fmt]:
                n += 1
                bid = "by%03d" % n
                ids[(key, fmt, v)] = bid
                rows.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": category, "vintage": v, "format_cl": fmt})
    return rows, ids


def build_cases(ids):
    fams = {f[0]: f for f in FAMILIES}
    out, seen = [], set()
    for till, mod in (("B", bayonne_cases_b), ("S", bayonne_cases_s), ("E", bayonne_cases_e)):
        for line in mod.CASES:
            parts = line.split("|")
            if parts[0].startswith("-"):
                letter, measure, vin, text, reason = parts
                letter = letter[1:]
                fam = None
            else:
                key, measure, vin, text = parts
                fam = fams[key]
                letter = family_letter(fam)
            assert measure in MEASURES, line
            vintage = None
            if vin:
                vintage = int(vin) + (2000 if len(vin) == 2 else 0)
            label = render(till, measure, vintage, text, letter)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            printed = read_vintage(till, label)
            assert printed in (None, vintage), (line, label, printed)
            if fam is None:
                out.append({"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": printed, "units_per_sale": None, "note": reason,
                            "connection": till})
                continue
            fid = {(f, v): ids[(fam[0], f, v)] for f in fam[8] for v in fam[8][f]}
            expect, bid, also, u, note = answer(fam, fid, measure, printed)
            if vintage and printed is None:
                note += " [%d cut off by the till]" % vintage
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": printed, "units_per_sale": u, "note": note,
                        "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids = build_library()
    cases = build_cases(ids)
    dump(os.path.join(HERE, "bayonne_library.jsonl"), lib)
    dump(os.path.join(HERE, "bayonne_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t in "BSE":
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    print("total", [sum(counts.get((t, e), 0) for t in "BSE") for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
