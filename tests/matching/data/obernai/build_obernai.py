#!/usr/bin/env python3
"""Build the blind held-out set "Winstub Am Kapellturm" (Obernai).

Writes obernai_library.jsonl and obernai_cases.jsonl beside this script, byte for
byte the same on every run (stdlib only, no randomness: prices and EANs are
SHA-256 of the article).  Every label is rendered by its till, read back, and
its answer computed from what the RENDERED label says.
    python3 build_obernai.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import obernai_cases_caisse
import obernai_cases_cave
import obernai_cases_salle
from obernai_drinks import PRODUCTS
from obernai_rules import answer
from obernai_tills import TILLS

PREFIX = "OBR"
CONNECTIONS = [("caisse", obernai_cases_caisse.CASES), ("salle", obernai_cases_salle.CASES),
               ("cave", obernai_cases_cave.CASES)]


def num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    rows, ids, n = [], {}, 0
    for p in PRODUCTS:
        key, fam, name, producer, app, region, country, colour, cat, fmts = p
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: -1 if x is None else x):
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                ids[(key, fmt, v)] = bid
                rows.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": num(fmt)})
    return rows, ids


def build_cases(ids):
    prods = {p[0]: p for p in PRODUCTS}
    out, seen = [], set()
    for conn, cases in CONNECTIONS:
        render, read = TILLS[conn]
        for text, key, meas, vint, fam, why in cases:
            prod = prods[key] if key else None
            fam = fam or prod[1]
            if conn == "cave":
                bfmt = 75
                if prod and meas == "B" and prod[8] not in ("vin", "champagne"):
                    raise SystemExit("cave bottles of non-wines must give their size: %r" % text)
                label, _ = render(text, meas, vint, fam, bfmt)
            else:
                label, _ = render(text, meas, vint, fam)
            back = read(label)
            rv, rm = back["vintage"], back["meas"]
            if rv not in (vint, None):
                raise SystemExit("vintage misread in %r: %r" % (label, rv))
            if conn == "cave":
                want = {"B": "S75", "H": "S37.5", "M": "S150"}.get(meas, meas)
                ok = (rm == want) or (want.startswith("S") and float(rm[1:] or 0) == float(want[1:]))
            else:
                ok = rm == meas or (meas == "B" and rm == "")
            if not ok:
                raise SystemExit("measure misread in %r: %r for %r" % (label, rm, meas))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            m = meas if conn != "cave" or meas == "" else (
                {"S75": "B", "S37.5": "H", "S150": "M"}.get(rm, rm) if prod and prod[8] in ("vin", "champagne") else rm)
            if prod is None:
                exp, bid, also, units, reason = "none", None, [], None, why
                note = "not in the library: " + why
            else:
                exp, bid, also, units, reason = answer(prod, m, rv, ids)
                note = "%s (%s)" % (prod[2], prod[3])
                if reason:
                    note += ": " + reason
                if vint is not None and rv is None:
                    note += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": rv, "units_per_sale": units, "note": note, "connection": conn})
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids = build_library()
    cases = build_cases(ids)
    write(os.path.join(HERE, "obernai_library.jsonl"), lib)
    write(os.path.join(HERE, "obernai_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(lib), "cases", len(cases))
        tot = {}
        for conn, _ in CONNECTIONS:
            row = {e: sum(1 for c in cases if c["connection"] == conn and c["expect"] == e)
                   for e in ("yes", "almost", "none")}
            print("%-7s %s total %d" % (conn, row, sum(row.values())))
            for e, k in row.items():
                tot[e] = tot.get(e, 0) + k
        n = len(cases)
        print("total", {e: "%d (%.1f %%)" % (k, 100.0 * k / n) for e, k in tot.items()})


if __name__ == "__main__":
    main()
