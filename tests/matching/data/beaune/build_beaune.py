#!/usr/bin/env python3
"""Build the blind held-out set of Le Caveau des Hospices (Beaune).

Writes beaune_library.jsonl and beaune_cases.jsonl beside this file, byte-identical on
every run (stdlib only, no randomness). Each label is rendered with its till's habits and
its answer is computed from the rendered label (beaune_rules.py).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import beaune_drinks
import beaune_rules as R
import beaune_tills as T
from beaune_cases_cave import CASES as C_CAVE
from beaune_cases_comptoir import CASES as C_COMPTOIR
from beaune_cases_salle import CASES as C_SALLE

COUNTRY = {"chimay_bleue": "Belgique"}


def library():
    drinks, rows = {}, []
    n = 0
    for key, name, producer, app, region, colour, cat, formats in beaune_drinks.D:
        d = {"key": key, "name": name, "producer": producer, "category": cat,
             "colour": colour, "formats": {}}
        for f, vints in formats.items():
            d["formats"][f] = []
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                bid = "bn%03d" % n
                d["formats"][f].append((v, bid))
                rows.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                             "region": region, "country": COUNTRY.get(key, "France"),
                             "colour": colour, "category": cat, "vintage": v,
                             "format_cl": f if f != int(f) else int(f)})
        drinks[key] = d
    return drinks, rows


def build():
    drinks, lib = library()
    cases, seen = [], set()
    for till, specs in (("COMPTOIR", C_COMPTOIR), ("SALLE", C_SALLE), ("CAVE", C_CAVE)):
        for spec in specs:
            key, meas, vint, text = spec[:4]
            if key == "-":
                # a product the library does not hold: its family and bottle size, if given
                fam = spec[5] if len(spec) > 5 else None
                fmt = None
                if meas is not None:
                    fmt = spec[6] if len(spec) > 6 else (R.MEASURES[meas][1] or 75)
                label = T.render(till, meas, vint, text, None, fmt)
            else:
                d = drinks[key]
                fam = d["colour"] if d["category"] == "vin" else d["category"]
                kind, vol = R.MEASURES[meas]
                if kind == "bottle":
                    fmt = R.bottle_format(d, vol)
                elif kind == "draught":
                    fmt = vol
                else:
                    fmt = vol
                label = T.render(till, meas, vint, text, fam, fmt)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            read = T.read_vintage(till, label)
            if read not in (vint, None):
                raise ValueError("vintage misread %r: %r" % (label, read))
            cut = vint is not None and read is None
            if key == "-":
                exp, bid, also, units, note = "none", None, [], None, spec[4]
            else:
                exp, bid, also, units, why = R.answer(d, meas, read)
                note = "%s (%s)%s" % (d["name"], d["producer"], why)
                if len(spec) > 4:
                    note += "; " + spec[4]
            if cut:
                note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": read, "units_per_sale": units, "note": note,
                          "connection": till})
    return lib, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    write(os.path.join(HERE, "beaune_library.jsonl"), lib)
    write(os.path.join(HERE, "beaune_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t, c in counts.items():
        print("%-9s %3d yes %3d almost %3d none" % (t, c["yes"], c["almost"], c["none"]))
    tot = {k: sum(c[k] for c in counts.values()) for k in ("yes", "almost", "none")}
    print("total     %s" % ", ".join("%s %d (%.1f %%)" % (k, v, 100.0 * v / len(cases))
                                     for k, v in tot.items()))


if __name__ == "__main__":
    main()
