#!/usr/bin/env python3
"""Build the blind "tonnerre" set: tonnerre_library.jsonl and tonnerre_cases.jsonl.

Stdlib only, deterministic. Renders every keyed line with its till's habits, reads the
vintage and the measure back from the RENDERED label, and only then applies the bench
README's answer rules. `-v` prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tonnerre_cases_comptoir
import tonnerre_cases_tablette
import tonnerre_cases_z
import tonnerre_drinks as drinks
import tonnerre_rules as rules
import tonnerre_tills as tills

CASE_MODULES = {
    "comptoir": tonnerre_cases_comptoir.CASES,
    "tablette": tonnerre_cases_tablette.CASES,
    "z": tonnerre_cases_z.CASES,
}
MEAS_WORD = {
    "B": "bottle", "H": "half bottle", "M": "magnum", "G": "glass", "G15": "glass 15 cl",
    "P25": "pichet 25 cl", "P50": "pichet 50 cl", "CP": "coupe", "D": "dose 4 cl",
    "D2": "dose 2 cl", "DE": "demi", "PI": "pinte", "N": "",
}


def fmt_cl(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    lib, ids, prods = [], {}, {}
    for n, (key, fields, f, v) in enumerate(drinks.entries(), 1):
        bid = "TON%03d" % n
        lib.append({"id": bid, "name": fields["name"], "producer": fields["producer"],
                    "appellation": fields["appellation"], "region": fields["region"],
                    "country": fields["country"], "colour": fields["colour"],
                    "category": fields["category"], "vintage": v, "format_cl": fmt_cl(f)})
        ids.setdefault(key, {})[(f, v)] = bid
    for key, row in drinks.PRODUCTS:
        name, prod, app, reg, ctry, col, cat, fmts = row
        prods[key] = ({"name": name, "producer": prod, "appellation": app, "colour": col, "category": cat},
                      {f: sorted(vs, key=lambda x: -1 if x is None else x) for f, vs in fmts.items()})
    return lib, ids, prods


def build_cases(ids, prods):
    out, seen = [], set()
    for till, rows in CASE_MODULES.items():
        for row in rows:
            key, meas, vint, text = row[:4]
            if key == "-":
                zfam, reason = row[4], row[5]
            else:
                if key not in prods:
                    raise SystemExit("unknown key %s" % key)
                zfam = tills.z_family(prods[key][0])
            label = tills.render(till, key, meas, vint, text, zfam)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rmeas, rvint = tills.read_back(till, label)
            if rmeas != meas:
                raise SystemExit("measure misread %r: %s vs %s" % (label, rmeas, meas))
            cut = ""
            if rvint != vint:
                if vint is not None and rvint is None:
                    cut = " [%d cut off by the till]" % vint
                else:
                    raise SystemExit("vintage misread %r: %s vs %s" % (label, rvint, vint))
            if key == "-":
                expect, bid, also, units, why = "none", None, [], None, reason
                note = "%s: %s" % (text, reason)
            else:
                fields, fmts = prods[key]
                expect, bid, also, units, why = rules.answer(fields, fmts, ids[key], meas, rvint)
                mw = MEAS_WORD.get(meas) or ("%s cl" % meas[1:])
                note = "%s (%s), %s" % (fields["name"], fields["producer"], mw)
                if why:
                    note += ": " + why
            note += cut
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": rvint, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids, prods = build_library()
    cases = build_cases(ids, prods)
    write_jsonl(os.path.join(HERE, "tonnerre_library.jsonl"), lib)
    write_jsonl(os.path.join(HERE, "tonnerre_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library: %d drinks, cases: %d" % (len(lib), len(cases)))
        tot = {"yes": 0, "almost": 0, "none": 0}
        for t in CASE_MODULES:
            c = {"yes": 0, "almost": 0, "none": 0}
            for r in cases:
                if r["connection"] == t:
                    c[r["expect"]] += 1
                    tot[r["expect"]] += 1
            print("%-9s yes %3d almost %3d none %3d total %3d" % (t, c["yes"], c["almost"], c["none"], sum(c.values())))
        n = len(cases)
        print("all       yes %3d (%.1f%%) almost %3d (%.1f%%) none %3d (%.1f%%)" % (
            tot["yes"], 100 * tot["yes"] / n, tot["almost"], 100 * tot["almost"] / n,
            tot["none"], 100 * tot["none"] / n))
        print("cut-off vintages:", sum(1 for r in cases if "cut off" in r["note"]))


if __name__ == "__main__":
    main()
