#!/usr/bin/env python3
"""Builds beauvais_library.jsonl and beauvais_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import beauvais_tills as T
from beauvais_cases_caisse import CASES as CAISSE
from beauvais_cases_gestion import CASES as GESTION
from beauvais_cases_tablette import CASES as TABLETTE
from beauvais_drinks import PRODUCTS
from beauvais_rules import MEASURES, answer, resolve

PREFIX = "bx"


def build_library():
    lib, by_key = [], {}
    for p in PRODUCTS:
        key, name, producer, app, region, country, colour, cat, formats = p
        for fmt, vints in formats.items():
            for v in vints:
                bid = "%s%03d" % (PREFIX, len(lib) + 1)
                lib.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                            "region": region, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fmt})
                by_key.setdefault(key, {}).setdefault(fmt, []).append((bid, v))
    return lib, by_key


def family(p, meas):
    colour, cat = p[6], p[7]
    if cat in ("vin", "champagne"):
        return {"rouge": "VRG", "blanc": "VBL", "rosé": "VRS", "liquoreux": "VLQ",
                "effervescent": "CHP"}[colour] if cat == "vin" else "CHP"
    if cat == "bière":
        return "PRE" if meas in ("demi", "pinte") else "BBT"
    if cat == "autre" or p[0] in ("ricard", "p51"):
        return "APE"
    if cat == "spiritueux":
        return "ALC"
    return "SOF"


FAM_CAT = {"VRG": "vin", "VBL": "vin", "VRS": "vin", "VLQ": "vin", "CHP": "champagne",
           "PRE": "bière", "BBT": "bière", "SOF": "soft", "ALC": "spiritueux",
           "APE": "spiritueux", "CUI": "cuisine", "BCH": "chaud", "DIV": "service",
           "CKT": "cocktail"}


def render(conn, case, p, fmt):
    cat = p[7] if p else FAM_CAT.get(case["fam"])
    if conn == "caisse":
        return T.render_caisse(case["core"], case["meas"], case["v"], cat)
    if conn == "tablette":
        return T.render_tablette(case["core"], case["meas"], case["v"], cat)
    fam = family(p, case["meas"]) if p else case["fam"]
    return T.render_gestion(case["core"], case["meas"], case["v"], cat, fam, fmt)


def build_cases(by_key):
    prods = {p[0]: p for p in PRODUCTS}
    out, seen = [], set()
    for conn, cases in (("caisse", CAISSE), ("tablette", TABLETTE), ("gestion", GESTION)):
        for case in cases:
            key, meas = case["key"], case["meas"]
            p = prods.get(key) if key else None
            if key and not p:
                raise SystemExit("unknown key %s" % key)
            if p:
                fmt, units = resolve(p, meas, case["v"])
            else:
                kind, vol = MEASURES[meas]
                fmt = vol if kind == "bottle" and vol else 75
            label = render(conn, case, p, fmt)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if conn == "gestion" and re.search(r" \d\d$", label.split(";")[2]) and case["v"]:
                raise SystemExit("cut leaves two digits: %r" % label)
            lv = T.read_vintage(conn, label)
            if case["v"] and lv not in (None, case["v"]):
                raise SystemExit("vintage misread %r" % label)
            cut = case["v"] and lv is None
            if p:
                entries = by_key[key][fmt]
                if lv is not None and [v for _, v in entries] == [None]:
                    raise SystemExit("vintage on a non-vintage drink %r" % label)
                expect, bid, also = answer(entries, lv)
                note = "%s (%s)" % (p[1], p[2])
                if expect == "almost":
                    note += ": label vintage %d not in library, has %s" % (
                        lv, sorted(v for _, v in entries))
                if cut:
                    note += " [%d cut off by the till]" % case["v"]
                rec = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                       "vintage": lv, "units_per_sale": units, "note": note, "connection": conn}
            else:
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                       "vintage": lv, "units_per_sale": None, "note": case["note"],
                       "connection": conn}
            out.append(rec)
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(os.path.join(HERE, "beauvais_library.jsonl"), lib)
    dump(os.path.join(HERE, "beauvais_cases.jsonl"), cases)
    counts = {}
    for r in cases:
        counts[(r["connection"], r["expect"])] = counts.get((r["connection"], r["expect"]), 0) + 1
    n = len(cases)
    print("library %d, cases %d" % (len(lib), n))
    for conn in ("caisse", "tablette", "gestion"):
        print(conn, [counts.get((conn, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(v for (c, x), v in counts.items() if x == e)
        print(e, k, "%.1f%%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
