#!/usr/bin/env python3
"""Build the blind held-out set of Il Limone (Menton): menton_library.jsonl, menton_cases.jsonl.

Stdlib only, deterministic. Each label is rendered with its till's habits; the measure and
the vintage are read back from the RENDERED label and the answer is computed from them.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import menton_cases_banco
import menton_cases_livraison
import menton_cases_tablette
import menton_tills as T
from menton_drinks import DRINKS
from menton_rules import resolve

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]


def fmt_num(v):
    return int(v) if float(v).is_integer() else v


def build_library():
    lib, by_key, drinks = [], {}, {}
    n = 0
    for key, fam, name, prod, app, reg, ctry, col, cat, formats in DRINKS:
        drinks[key] = {"fam": fam, "name": name, "producer": prod, "colour": col, "category": cat}
        by_key[key] = []
        for fmt, vints in formats.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                eid = "mt%03d" % n
                row = dict(zip(FIELDS, [eid, name, prod, app, reg, ctry, col, cat, v, fmt_num(fmt)], strict=False))
                lib.append(row)
                by_key[key].append((eid, fmt, v))
    return lib, by_key, drinks


def render(till, key, drink, meas, vint, text):
    if till == "banco":
        fam = key[1:] if key.startswith("-") else drink["fam"]
        label = T.render_banco(fam, meas, vint, text)
        _, m, v = T.read_banco(label)
    elif till == "tablette":
        champ = drink is not None and drink["category"] == "champagne"
        label = T.render_tablette(None, meas, vint, text, champ)
        m, v = T.read_tablette(label)
    else:
        cat = key[1:] if key.startswith("-") else T.liv_category(drink)
        label = T.render_livraison(cat, meas, vint, text)
        _, m, v = T.read_livraison(label)
    return label, m, v


def main():
    lib, by_key, drinks = build_library()
    cases, seen = [], set()
    for till, mod in (("banco", menton_cases_banco), ("tablette", menton_cases_tablette),
                      ("livraison", menton_cases_livraison)):
        for key, meas, vint, text, why in mod.CASES:
            drink = None if key.startswith("-") else drinks[key]
            label, m, v = render(till, key, drink, meas, vint, text)
            if label in seen:
                sys.exit("duplicate label: %r" % label)
            seen.add(label)
            cut = ""
            if v != vint:
                full = T.render_banco(key[1:] if key.startswith("-") else drink["fam"], meas, vint, text, cut=False) if till == "banco" else label
                if not (till == "banco" and vint and v is None and len(full) > T.BANCO_WIDTH):
                    sys.exit("vintage misread: %r" % label)
                cut = " [%d cut off by the till]" % vint
            if drink is None:
                rec = ("none", None, [], None, why)
                note = why
            else:
                if m is None:
                    sys.exit("no measure read: %r" % label)
                rec = resolve(by_key[key], drink, m, v)
                note = "%s (%s)" % (drink["name"], drink["producer"])
                if rec[4]:
                    note += ": " + rec[4]
            note += cut
            exp, bid, also, units, _ = rec
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": v, "units_per_sale": units, "note": note,
                          "connection": till})
    with open(os.path.join(HERE, "menton_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in lib:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "menton_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        for t in ("banco", "tablette", "livraison"):
            print(t, [cnt[(t, e)] for e in ("yes", "almost", "none")])
        tot = Counter(c["expect"] for c in cases)
        print(len(lib), len(cases), {k: round(100 * v / len(cases), 1) for k, v in tot.items()})


if __name__ == "__main__":
    main()
