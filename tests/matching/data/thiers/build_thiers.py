#!/usr/bin/env python3
"""Build the blind held-out set "thiers": thiers_library.jsonl and thiers_cases.jsonl.

Deterministic, stdlib only: python3 build_thiers.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import thiers_cases_compta
import thiers_cases_comptoir
import thiers_cases_salle
import thiers_drinks
import thiers_rules
import thiers_tills

PREFIX = "tq"
TILLS = [("comptoir", thiers_cases_comptoir.CASES), ("salle", thiers_cases_salle.CASES),
         ("compta", thiers_cases_compta.CASES)]
FAM = {"vin": "wine", "champagne": "wine", "bière": "beer", "spiritueux": "spirit",
       "autre": "spirit", "soft": "soft"}


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, ids_by_key, rows = [], {}, {}
    n = 0
    for row in thiers_drinks.DRINKS:
        key, name, prod, app, region, colour, cat, ents = row[:8]
        country = row[8] if len(row) > 8 else "France"
        ids = []
        for vint, fmt in ents:
            n += 1
            bid = "%s%03d" % (PREFIX, n)
            ids.append(bid)
            lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                        "region": region, "country": country, "colour": colour,
                        "category": cat, "vintage": vint, "format_cl": fmt_num(fmt)})
        if key in ids_by_key:
            raise SystemExit("duplicate key " + key)
        ids_by_key[key] = ids
        rows[key] = row
    return lib, ids_by_key, rows


def build_cases(ids_by_key, rows):
    out, seen, problems = [], set(), []
    for till, cases in TILLS:
        for c in cases:
            c = dict(c)
            row = rows.get(c["key"]) if c["key"] else None
            if c["key"] and row is None:
                raise SystemExit("unknown key %s" % c["key"])
            if row is not None:
                c["fam"] = "soft" if c["key"] == "heineken0" else FAM[row[6]]
            label = thiers_tills.render(till, c, row)
            if label in seen:
                raise SystemExit("duplicate label " + label)
            seen.add(label)
            vint = thiers_tills.read_vintage(till, label)
            cut = c["vint"] is not None and vint is None
            if vint not in (None, c["vint"]):
                raise SystemExit("label %r reads vintage %s, typed %s" % (label, vint, c["vint"]))
            if row is None:
                exp, bid, also, units = "none", None, [], None
                note = "not in the library: " + c["why"]
            else:
                exp, bid, also, units, tail = thiers_rules.answer(row, ids_by_key[c["key"]], c["meas"], vint)
                note = "%s (%s)" % (row[1], row[2])
                if tail:
                    note += ": " + tail
                if exp == "none":
                    note += ": held, but not in this format or measure (%s)" % c["meas"]
                if cut:
                    note += " [%d cut off by the till]" % c["vint"]
            if exp[0] != c["exp"]:
                problems.append("%s: expected %s, got %s%s" % (label, c["exp"], exp, " (cut)" if cut else ""))
            if units is not None:
                units = fmt_num(round(units, 4))
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": units, "note": note,
                        "connection": till})
    return out, problems


def main():
    lib, ids_by_key, rows = build_library()
    cases, problems = build_cases(ids_by_key, rows)
    for p in problems:
        print("MISMATCH", p)
    if problems:
        raise SystemExit(1)
    with open(os.path.join(HERE, "thiers_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in lib:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "thiers_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in cases:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in cases:
        counts[(d["connection"], d["expect"])] = counts.get((d["connection"], d["expect"]), 0) + 1
    print("library", len(lib), "cases", len(cases))
    for t, _ in TILLS:
        print(t, {e: counts.get((t, e), 0) for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
