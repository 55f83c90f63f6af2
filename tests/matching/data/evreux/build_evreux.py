#!/usr/bin/env python3
"""Build the evreux held-out set: writes evreux_library.jsonl and evreux_cases.jsonl.
Stdlib only, deterministic. Each label is rendered with its till's habits and the answer is
computed from the RENDERED label (vintage read back with the till's own reading)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import evreux_cases_bar
import evreux_cases_etage
import evreux_cases_salle
import evreux_drinks
from evreux_rules import answer, fmt_num
from evreux_tills import READ, RENDER

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
TILLS = [("BAR", evreux_cases_bar.CASES), ("SALLE", evreux_cases_salle.CASES),
         ("ETAGE", evreux_cases_etage.CASES)]


def build():
    lib, drinks, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, entries in evreux_drinks.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat,
             "entries": entries, "entries_id": []}
        for fmt, vint in entries:
            n += 1
            bid = "ev%03d" % n
            d["entries_id"].append((fmt, vint, bid))
            lib.append(dict(zip(LIB_FIELDS, [bid, name, prod, app, reg, country, colour, cat,
                                             vint, fmt_num(fmt)], strict=False)))
        assert key not in drinks, key
        drinks[key] = d
    cases, seen = [], set()
    for till, rows in TILLS:
        for row in rows:
            key, meas, vint, text = row[:4]
            reason = row[4] if len(row) > 4 else None
            size = None
            if ":" in meas:
                meas, s = meas.split(":")
                size = float(s) if "." in s else int(s)
            label = RENDER[till](meas, size, vint, text, drinks[key]["category"] if key else None)
            read = READ[till](label)
            if read != vint:
                assert read is None, (label, read, vint)
            assert label not in seen, label
            seen.add(label)
            if key is None:
                assert reason, label
                c = ("none", None, [], None, reason)
            else:
                d = drinks[key]
                exp, bid, also, units, why = answer(d, meas, size, read)
                note = "%s (%s)" % (d["name"], d["producer"])
                if why:
                    note += ": " + why
                if vint and read is None:
                    note += " [%d cut off by the till]" % vint
                c = (exp, bid, also, units, note)
            exp, bid, also, units, note = c
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": read, "units_per_sale": units, "note": note,
                          "connection": till})
    return lib, cases


def main():
    lib, cases = build()
    with open(os.path.join(HERE, "evreux_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "evreux_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cases:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    for t, d in tab.items():
        print(t, d.get("yes", 0), d.get("almost", 0), d.get("none", 0))


if __name__ == "__main__":
    main()
