#!/usr/bin/env python3
"""Build the Le Havre blind set: lehavre_library.jsonl and lehavre_cases.jsonl, beside this
file, byte-identical on every run (stdlib only, no randomness). `-v` prints every case."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lehavre_cases_ferry
import lehavre_cases_salle
import lehavre_cases_zinc
from lehavre_drinks import DRINKS
from lehavre_rules import answer
from lehavre_tills import PARSE, RENDER

TILLS = [("ZINC", lehavre_cases_zinc.CASES), ("SALLE", lehavre_cases_salle.CASES),
         ("FERRY", lehavre_cases_ferry.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def library():
    lib = []
    for key, name, prod, app, reg, country, colour, cat, items in DRINKS:
        for vint, fmt in sorted(items, key=lambda t: (t[1] != 75, t[1], t[0] or 0)):
            lib.append({"id": "lh%03d" % (len(lib) + 1), "name": name, "producer": prod,
                        "appellation": app, "region": reg, "country": country,
                        "colour": colour, "category": cat, "vintage": vint,
                        "format_cl": num(fmt), "_key": key})
    return lib


def desc(e):
    s = "%s (%s)" % (e["name"], e["producer"])
    if e["format_cl"] not in (75,) and e["category"] in ("vin", "champagne"):
        s += " %s cl" % num(e["format_cl"])
    return s


def cases(lib):
    keys = {e["_key"] for e in lib}
    out, seen = [], set()
    for till, specs in TILLS:
        for text, key, measure, vintage, note in specs:
            label = RENDER[till](text, measure, vintage)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            meas, vread = PARSE[till](label)
            assert meas == measure, (label, meas, measure)
            cut = vintage is not None and vread is None
            assert vread == vintage or cut, (label, vread, vintage)
            if key is None:
                assert note, label
                row = ("none", None, [], None, note)
            else:
                assert key in keys, key
                exp, bid, also, units, why = answer(lib, key, measure, vread)
                ent = next((e for e in lib if e["id"] == bid), None) or next(e for e in lib if e["_key"] == key)
                if exp == "none":
                    row = ("none", None, [], None, "%s: %s" % (desc(ent), why))
                else:
                    n = desc(ent) + (": " + why if why else "")
                    if cut:
                        n += " [%d cut off by the till]" % vintage
                    row = (exp, bid, also, units, n)
            exp, bid, also, units, n = row
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": vread, "units_per_sale": units, "note": n, "connection": till})
    return out


def dump(rows, path, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib = library()
    cs = cases(lib)
    dump(lib, os.path.join(HERE, "lehavre_library.jsonl"), LIB_FIELDS)
    dump(cs, os.path.join(HERE, "lehavre_cases.jsonl"),
         ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"])
    tab = {}
    for c in cs:
        tab[(c["connection"], c["expect"])] = tab.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cs)))
    for t, _ in TILLS:
        print("%-6s yes %3d almost %3d none %3d" % (t, tab.get((t, "yes"), 0), tab.get((t, "almost"), 0), tab.get((t, "none"), 0)))
    for a in ("yes", "almost", "none"):
        k = sum(1 for c in cs if c["expect"] == a)
        print("%-6s %3d %.1f %%" % (a, k, 100.0 * k / len(cs)))
    if "-v" in sys.argv:
        for c in cs:
            print("%-5s %-6s %-6s %-42s %s %s %s" % (c["connection"], c["expect"], c["beverage_id"], c["label"], c["also_ok"], c["units_per_sale"], c["note"]))


if __name__ == "__main__":
    main()
