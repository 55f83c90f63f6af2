"""Build the "Le Beffroi" (Laon) blind held-out set: laon_library.jsonl and laon_cases.jsonl.

Deterministic, stdlib only: python3 build_laon.py [-v]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import laon_cases_caisse
import laon_cases_resa
import laon_cases_tablette
import laon_tills as T
from laon_rules import DRINK, answer, library, ordinary

TILLS = [("caisse", laon_cases_caisse.CASES), ("tablette", laon_cases_tablette.CASES),
         ("resa", laon_cases_resa.CASES)]


def qty(text, measure):
    h = hashlib.sha256(("laon|" + text + "|" + str(measure)).encode()).digest()[0]
    return 1 + h % (2 if measure in ("btl", "b75", "b150", "b37", "b70") else 4)


def render(till, key, measure, vintage, text):
    nm = vintage == "NM"
    vin = None if nm or not vintage else int(vintage)
    meas = measure or None
    if till == "caisse":
        ordcl = ordinary(key) if key != "-" else 75
        label = T.render_caisse(text, meas, vin, ordcl)
        return label, T.parse_caisse(label)
    if till == "tablette":
        label = T.render_tablette(text, meas, vin)
        return label, T.parse_tablette(label, food=meas is None)
    if key != "-" and vin is None and DRINK[key][7] == "champagne":
        nm = True
    label = T.render_resa(text, meas, vin, qty(text, measure), nm)
    return label, T.parse_resa(label)


def build():
    rows, index = library()
    cases, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            key, measure, vintage, text, reason = line.split("|")
            label, (meas, lvin) = render(till, key, measure, vintage, text)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            if key == "-":
                exp, bid, also, units, why = "none", None, [], None, reason
                note = reason
            else:
                exp, bid, also, units, why = answer(key, meas, lvin, index)
                d = DRINK[key]
                note = "%s (%s)" % (d[1], d[2])
                if why:
                    note += ": " + why
                if vintage and vintage != "NM" and lvin is None:
                    note += " [%s cut off by the till]" % vintage
            if units is not None and units == int(units):
                units = int(units)
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lvin, "units_per_sale": units, "note": note,
                          "connection": till})
    return rows, cases


def main():
    rows, cases = build()
    with open(os.path.join(HERE, "laon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "laon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        counts = {}
        for c in cases:
            counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
            counts[c["connection"]][c["expect"]] += 1
        print(len(rows), "drinks,", len(cases), "cases")
        for t, v in counts.items():
            print(t, v)
        tot = {e: sum(v.get(e, 0) for v in counts.values()) for e in ("yes", "almost", "none")}
        print("all", tot, {e: round(100.0 * n / len(cases), 1) for e, n in tot.items()})


if __name__ == "__main__":
    main()
