#!/usr/bin/env python3
"""Build the BLIND held-out set "pontivy": writes pontivy_library.jsonl and
pontivy_cases.jsonl byte-identically on every run (stdlib only, no randomness).

python3 build_pontivy.py [-v]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pontivy_cases_comptoir
import pontivy_cases_export
import pontivy_cases_tablette
import pontivy_drinks
import pontivy_rules as R
import pontivy_tills as T

TILLS = [("comptoir", pontivy_cases_comptoir.CASES, T.render_comptoir),
         ("tablette", pontivy_cases_tablette.CASES, T.render_tablette),
         ("export", pontivy_cases_export.CASES, T.render_export)]
FULL2CODE = {v: k for k, v in T.FAMILY.items()}
MEASURE_WORD = {"B": "bottle", "H": "half bottle", "M": "magnum", "G": "glass 12.5 cl",
                "G12": "glass 12 cl", "G15": "glass 15 cl", "CP": "coupe 12.5 cl",
                "P25": "pichet 25 cl", "P50": "pichet 50 cl", "D": "dose 4 cl",
                "D2": "dose 2 cl", "D6": "dose 6 cl", "DE": "demi 25 cl", "PI": "pinte 50 cl"}


def fmt_num(v):
    return int(v) if float(v) == int(v) else v


def library():
    drinks, rows, n = {}, [], 0
    for key, name, prod, app, reg, country, colour, cat, fam, formats in pontivy_drinks.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat,
             "family": FULL2CODE.get(fam, fam), "formats": {}}
        for f in sorted(formats):
            d["formats"][f] = {}
            for v in sorted(formats[f], key=lambda x: x or 0):
                n += 1
                pid = "PTV%03d" % n
                d["formats"][f][v] = pid
                rows.append({"id": pid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt_num(f)})
        drinks[key] = d
    return drinks, rows


def parse(block):
    for line in block.strip().splitlines():
        p = line.split("|")
        key, measure, vintage, text = p[0], p[1], p[2], p[3]
        reason = p[4] if len(p) > 4 else ""
        yield key, measure, int(vintage) if vintage else None, text, reason


def build(verbose=False):
    drinks, lib = library()
    cases, seen = [], set()
    for conn, block, render in TILLS:
        for key, measure, vintage, text, reason in parse(block):
            d = None if key.startswith("-") else drinks[key]
            if d:
                fam = d["family"]
                if fam == "BIERES" and measure in ("DE", "PI"):
                    fam = "PRESSION"
            else:
                fam = key[1:]
            if conn == "export":
                bcl = 75
                if d and measure == "B":
                    bcl = R.target_format(d, "B") or 75
                label = render(text, measure, vintage, fam, bcl)
            else:
                label = render(text, measure, vintage, fam)
            if label in seen:
                raise SystemExit("duplicate label: %r" % label)
            seen.add(label)
            lv = T.read_vintage(conn, label)
            cut = ""
            if lv != vintage:
                if conn == "comptoir" and lv is None and vintage:
                    cut = " [%d cut off by the till]" % vintage
                else:
                    raise SystemExit("vintage misread %r: %r vs %r" % (label, lv, vintage))
            if d is None:
                exp, bid, also, units, why = "none", None, [], None, reason
            else:
                exp, bid, also, units, why = R.answer(d, measure, lv)
                head = "%s (%s)" % (d["name"], d["producer"])
                if measure in MEASURE_WORD:
                    head += ", " + MEASURE_WORD[measure]
                elif (measure[:1] == "C" and measure[1:2].isdigit()):
                    head += ", %s cl bottle" % measure[1:]
                if exp == "none":
                    why = head + ": format not held"
                elif why:
                    why = head + ": " + why
                else:
                    why = head
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": why + cut,
                          "connection": conn})
    cases.sort(key=lambda c: hashlib.sha256(c["label"].encode()).hexdigest())
    with open(os.path.join(HERE, "pontivy_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pontivy_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if verbose:
        tot = {}
        for c in cases:
            tot.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
            tot[c["connection"]][c["expect"]] += 1
        print("library", len(lib), "cases", len(cases))
        for conn in tot:
            print(conn, tot[conn], sum(tot[conn].values()))
        for a in ("yes", "almost", "none"):
            k = sum(1 for c in cases if c["expect"] == a)
            print(a, k, "%.1f%%" % (100.0 * k / len(cases)))


if __name__ == "__main__":
    build("-v" in sys.argv)
