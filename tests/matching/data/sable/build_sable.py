#!/usr/bin/env python3
"""Build the blind held-out set "sable": sable_library.jsonl and sable_cases.jsonl.

Stdlib only, deterministic. python3 build_sable.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sable_cases_comptoir
import sable_cases_tablette
import sable_cases_z
from sable_drinks import DRINKS
from sable_rules import answer
from sable_tills import parse, render

TILLS = [("comptoir", sable_cases_comptoir.CASES), ("tablette", sable_cases_tablette.CASES),
         ("rapport_z", sable_cases_z.CASES)]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, entries, n = [], {}, 0
    for d in DRINKS:
        key, name, producer, app, region, colour, cat, kind, formats = d
        entries[key] = {}
        for fmt, vintages in formats.items():
            entries[key][fmt] = []
            for v in sorted(vintages, key=lambda x: x or 0):
                n += 1
                bid = "SAB%03d" % n
                entries[key][fmt].append((v, bid))
                lib.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                            "region": region, "country": "France" if region not in (
                                "Speyside", "Irlande", "Venezuela", "Belgique") else {
                                "Speyside": "Écosse", "Irlande": "Irlande",
                                "Venezuela": "Venezuela", "Belgique": "Belgique"}[region],
                            "colour": colour, "category": cat, "vintage": v,
                            "format_cl": fmt_num(fmt)})
    return lib, entries


def build_cases(entries):
    drinks = {d[0]: d for d in DRINKS}
    out, seen = [], set()
    for till, specs in TILLS:
        used = set()
        for spec in specs:
            key, meas, vint, text = spec[:4]
            kind = drinks[key][7] if key != "-" else None
            label = render(till, meas, vint, text, kind, used)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            pmeas, pvint = parse(till, label)
            if pmeas != meas or pvint not in (vint, None) or (vint is None and pvint):
                raise ValueError("read-back differs for %r" % label)
            if key == "-":
                reason = spec[4]
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": pvint, "units_per_sale": None,
                            "note": reason, "connection": till})
                continue
            d = drinks[key]
            exp, bid, also, units, why = answer(d, entries[key], meas, pvint)
            note = "%s (%s)" % (d[1], d[2])
            if vint and pvint is None:
                why = (why + "; " if why else "") + "%d cut off by the till" % vint
            if len(spec) > 4:
                why = spec[4] + ("; %d cut off by the till" % vint if vint and pvint is None else "")
            if exp == "none" and len(spec) <= 4:
                raise ValueError("unexpected none %r: %s" % (label, why))
            if why:
                note += ": " + why
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": pvint, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, entries = build_library()
    cases = build_cases(entries)
    write(os.path.join(HERE, "sable_library.jsonl"), lib)
    write(os.path.join(HERE, "sable_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print(len(lib), "drinks,", len(cases), "cases")
        for till, _ in [*TILLS, ("all", None)]:
            c = {e: sum(1 for x in cases if x["expect"] == e and till in ("all", x["connection"]))
                 for e in ("yes", "almost", "none")}
            t = sum(c.values())
            print("%-10s yes %3d almost %3d none %3d total %3d" % (till, c["yes"], c["almost"], c["none"], t))
        t = len(cases)
        print("pct yes %.1f almost %.1f none %.1f" % tuple(
            100.0 * sum(1 for x in cases if x["expect"] == e) / t for e in ("yes", "almost", "none")))


if __name__ == "__main__":
    main()
