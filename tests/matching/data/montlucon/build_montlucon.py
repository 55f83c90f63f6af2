#!/usr/bin/env python3
"""Build the Montlucon held-out set: montlucon_library.jsonl and montlucon_cases.jsonl.

Stdlib only, deterministic. Renders each case with its till's habits, reads the measure
and vintage back from the rendered label, and applies the bench README's rules to what
the label says.  python3 build_montlucon.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import montlucon_cases_journal
import montlucon_cases_salle
import montlucon_cases_zinc
import montlucon_drinks as D
import montlucon_rules as R
import montlucon_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
TILL_CASES = [("zinc", montlucon_cases_zinc.CASES), ("salle", montlucon_cases_salle.CASES),
              ("journal", montlucon_cases_journal.CASES)]


def build_library():
    lib, by_key, info = [], {}, {}
    n = 0
    for (key, name, prod, app, region, country, colour, cat, fmts, fam) in D.DRINKS:
        if key in by_key:
            raise SystemExit("duplicate key " + key)
        by_key[key] = []
        info[key] = (name, prod, cat, fam)
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                e = dict(zip(LIB_FIELDS, ["mo%03d" % n, name, prod, app, region, country,
                                          colour, cat, v, T.num(f)], strict=False))
                lib.append(e)
                by_key[key].append(e)
    return lib, by_key, info


def main():
    verbose = "-v" in sys.argv
    lib, by_key, info = build_library()
    cases, seen = [], set()
    for till, rows in TILL_CASES:
        render, read = T.TILLS[till]
        for row in rows:
            key, measure, vintage, text = row[:4]
            reason = row[4] if len(row) > 4 else None
            vint = (2000 + int(vintage[1:])) if isinstance(vintage, str) else vintage
            if till == "journal":
                fam = info[key][3] if key != "-" else None
                cat = info[key][2] if key != "-" else None
                label, full = render(measure, vintage, text, fam, cat)
            else:
                label, full = render(measure, vintage, text)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            kind, vol, lv = read(label)
            want_kind, want_vol = T.measure_of(measure)
            if (kind, vol) != (want_kind, want_vol):
                raise SystemExit("misread measure %r: %r != %r" % (label, (kind, vol), (want_kind, want_vol)))
            cut = False
            if lv != vint:
                if till == "zinc" and label != full and vint is not None and lv is None:
                    cut = True
                else:
                    raise SystemExit("misread vintage %r: %r != %r" % (label, lv, vint))
            if key == "-":
                if not reason:
                    raise SystemExit("none without reason: " + label)
                c = ("none", None, [], None, reason)
                note = reason
            else:
                name, prod, cat, fam = info[key]
                expect, e, also, units, why = R.answer(by_key[key], cat, kind, vol, lv)
                note = "%s (%s)" % (name, prod)
                if expect == "none" or why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
                c = (expect, e["id"] if e else None, also, units, note)
            expect, bid, also, units, note = c
            cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note,
                          "connection": till})
            if verbose:
                print("%-8s %-6s %-44s %s %s %s" % (till, expect, label, bid, also, units))
    with open(os.path.join(HERE, "montlucon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "montlucon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    for till, _ in TILL_CASES:
        print(till, [counts.get((till, x), 0) for x in ("yes", "almost", "none")])
    tot = len(cases)
    for x in ("yes", "almost", "none"):
        k = sum(v for (t, e), v in counts.items() if e == x)
        print(x, k, "%.1f%%" % (100.0 * k / tot))
    print("library", len(lib), "cases", tot)


if __name__ == "__main__":
    main()
