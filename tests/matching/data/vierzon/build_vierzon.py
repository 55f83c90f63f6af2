#!/usr/bin/env python3
"""Build the vierzon held-out set: vierzon_library.jsonl and vierzon_cases.jsonl.

Each case is rendered with its till's habits; the measure and the vintage are then read
back from the RENDERED label and the answer follows the bench README's rules.
Deterministic, stdlib only.  Usage: python3 build_vierzon.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import vz_cases_comptoir
import vz_cases_gestion
import vz_cases_salle
from vz_drinks import BY_KEY, library
from vz_rules import answer
from vz_tills import read, render

TILLS = [("comptoir", vz_cases_comptoir.CASES), ("salle", vz_cases_salle.CASES),
         ("gestion", vz_cases_gestion.CASES)]


def build():
    rows, index = library()
    out, seen = [], set()
    for till, cases in TILLS:
        for c in cases:
            key, meas, vint, text = c[:4]
            d = None if key == "-" else BY_KEY[key]
            fam = c[5] if key == "-" and till == "gestion" else None
            label, cut = render(till, meas, text, vint, d, fam)
            if label in seen:
                raise SystemExit("duplicate label: %r" % label)
            seen.add(label)
            m, lv = read(till, label)
            if not cut and lv != vint:
                raise SystemExit("vintage misread: %r -> %r" % (label, lv))
            if d is None:
                case = ("none", None, [], None, c[4])
            else:
                if m is None:
                    raise SystemExit("no measure read: %r" % label)
                case = answer(d, index, m[0], m[1], lv)
                if cut:
                    case = (*case[:4], case[4] + " [%d cut off by the till]" % vint)
            exp, bid, also, units, note = case
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note,
                        "connection": till})
    return rows, out


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "vierzon_library.jsonl"), rows)
    dump(os.path.join(HERE, "vierzon_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(rows), len(cases)))
    for t, _ in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
              counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    if "-v" in sys.argv:
        for c in cases:
            print("%-9s %-6s %-8s %-45s %s" % (c["connection"], c["expect"], c["beverage_id"],
                                               c["label"], c["units_per_sale"]))


if __name__ == "__main__":
    main()
