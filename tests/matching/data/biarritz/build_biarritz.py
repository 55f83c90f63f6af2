#!/usr/bin/env python3
"""Build the Biarritz held-out set: biarritz_library.jsonl and biarritz_cases.jsonl.

Stdlib only, deterministic.  Each label is rendered with its till's habits, its measure
and vintage are read back from the rendered label, and the answer is computed from them.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import biarritz_cases_comptoir
import biarritz_cases_salle
import biarritz_cases_truck
from biarritz_rules import BYKEY, answer, library
from biarritz_tills import READ, RENDER

TILLS = [("comptoir", biarritz_cases_comptoir.CASES),
         ("salle", biarritz_cases_salle.CASES),
         ("truck", biarritz_cases_truck.CASES)]


def main():
    lib = library()
    index = {(key, rec["format_cl"], rec["vintage"]): bid for bid, key, rec in lib}
    cases, seen = [], set()
    for till, specs in TILLS:
        for spec in specs:
            key, meas, vint, text = spec[:4]
            fam = spec[5] if len(spec) > 5 else None
            label, cutoff = RENDER[till](key, meas, vint, text, fam)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rmeas, rvint = READ[till](label)
            if meas is not None and rmeas != meas:
                raise SystemExit("%s: measure read %r, typed %r" % (label, rmeas, meas))
            if rvint != (None if cutoff else vint):
                raise SystemExit("%s: vintage read %r, typed %r" % (label, rvint, vint))
            if key is None:
                exp, bid, also, units, why = "none", None, [], None, spec[4]
                note = why
            else:
                exp, bid, also, units, why = answer(key, meas, rvint, index)
                d = BYKEY[key]
                note = "%s (%s)" % (d[1], d[2])
                if why:
                    note += ": " + why
                if cutoff:
                    note += " [%d cut off by the till]" % vint
            if units is not None and units != 1:
                units = round(units, 4)
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": rvint, "units_per_sale": units, "note": note,
                          "connection": till})
    with open(os.path.join(HERE, "biarritz_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, _, rec in lib:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "biarritz_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till, _ in TILLS:
        print("%-9s yes %3d almost %3d none %3d" % (till, cnt[(till, "yes")], cnt[(till, "almost")], cnt[(till, "none")]))
    print("all       " + "  ".join("%s %d (%.1f %%)" % (k, tot[k], 100.0 * tot[k] / len(cases)) for k in ("yes", "almost", "none")))
    if "-v" in sys.argv:
        print("cut off:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
