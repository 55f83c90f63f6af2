#!/usr/bin/env python3
"""Build the Uzès blind set: uzes_library.jsonl and uzes_cases.jsonl (stdlib only).

Renders every case with its till's habits, reads the rendered label back and computes
the answer from what the rendered label says (uzes_rules.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import uzes_cases_caisse
import uzes_cases_salle
import uzes_cases_terrasse
from uzes_drinks import DRINKS
from uzes_rules import answer, fmt_key
from uzes_tills import TILLS

PREFIX = "UZS"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")
WINE_FAMS = ("RGE", "BLC", "ROS", "BUL")
ORDER = (("caisse", uzes_cases_caisse), ("salle", uzes_cases_salle),
         ("terrasse", uzes_cases_terrasse))


def build_library():
    rows, products = [], {}
    n = 0
    for key, fam, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        assert key not in products, key
        p = {"key": key, "fam": fam, "name": name, "producer": prod, "category": cat,
             "formats": {}}
        for fmt in sorted(formats):
            vints = sorted(formats[fmt], key=lambda v: -1 if v is None else v)
            for v in vints:
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                rows.append(dict(zip(LIB_FIELDS, (bid, name, prod, app, reg, country,
                                                  colour, cat, v, fmt_key(fmt)), strict=False)))
                p["formats"].setdefault(fmt_key(fmt), []).append((v, bid))
        products[key] = p
    return rows, products


def parse(text):
    for line in text.strip().split("\n"):
        f = line.split("|")
        if f[0].startswith("-"):
            fam, meas, vin, txt, reason = f
            yield None, fam[1:], meas, int(vin) if vin else None, txt, reason
        else:
            key, meas, vin, txt = f
            yield key, None, meas, int(vin) if vin else None, txt, None


def build_cases(products):
    out, seen = [], set()
    for conn, mod in ORDER:
        render, read = TILLS[conn]
        for key, fam, meas, vin, txt, reason in parse(mod.CASES):
            p = products[key] if key else None
            fam = p["fam"] if p else fam
            if p:
                wine = p["category"] in ("vin", "champagne")
            else:
                wine = fam in WINE_FAMS
            label = render(fam, meas, vin, txt, wine)
            assert label not in seen, label
            seen.add(label)
            _, rmeas, rvin = read(label)
            want = meas
            if conn == "caisse" and meas in ("B", ""):
                want = None                   # the register prints no bottle word
            elif conn == "terrasse" and meas == "B" and not wine:
                want = ""                     # a beer or soft's only bottle: no word
            assert rmeas == want, (label, rmeas, want)
            if rvin is not None:
                assert rvin == vin, (label, rvin, vin)
            if p is None:
                case = (label, "none", None, [], rvin, None, reason, conn)
            else:
                exp, bid, also, units, note = answer(p, meas, rvin)
                if vin is not None and rvin is None:
                    note += " [%d cut off by the till]" % vin
                case = (label, exp, bid, also, rvin, units, note, conn)
            out.append(dict(zip(CASE_FIELDS, case, strict=False)))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, products = build_library()
    cases = build_cases(products)
    dump(os.path.join(HERE, "uzes_library.jsonl"), lib)
    dump(os.path.join(HERE, "uzes_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(lib), "cases", len(cases))
        for conn, _ in (*ORDER, ("all", None)):
            sub = [c for c in cases if conn in ("all", c["connection"])]
            cnt = {e: sum(c["expect"] == e for c in sub) for e in ("yes", "almost", "none")}
            print("%-9s %3d  yes %3d  almost %3d  none %3d" % (
                conn, len(sub), cnt["yes"], cnt["almost"], cnt["none"]))


if __name__ == "__main__":
    main()
