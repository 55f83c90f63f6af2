#!/usr/bin/env python3
"""Build the Digne-les-Bains held-out set: digne_library.jsonl and digne_cases.jsonl.

stdlib only, deterministic.  Each label is rendered with its till's habits; the vintage is
read back from the rendered label and only then are the answers computed (digne_rules).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import digne_cases_b
import digne_cases_g
import digne_cases_t
import digne_drinks
import digne_rules
import digne_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
INTENT = {"y": "yes", "a": "almost", "n": "none"}


def num(x):
    return int(x) if float(x) == int(x) else x


def library():
    drinks, entries = {}, []
    for key, name, prod, app, region, country, colour, cat, fmts in digne_drinks.DRINKS:
        drinks[key] = {"key": key, "name": name, "producer": prod, "colour": colour,
                       "category": cat, "formats": sorted(fmts)}
        for fmt in sorted(fmts, key=lambda f: (f != 75, f)):
            for v in fmts[fmt]:
                entries.append({"id": "di%03d" % (len(entries) + 1), "name": name,
                                "producer": prod, "appellation": app, "region": region,
                                "country": country, "colour": colour, "category": cat,
                                "vintage": v, "format_cl": num(fmt), "_key": key})
    return drinks, entries


def cases(drinks, entries):
    out, seen = [], set()
    for till, mod in (("G", digne_cases_g), ("B", digne_cases_b), ("T", digne_cases_t)):
        for c in mod.CASES:
            intent, key, meas, vint, text = c[:5]
            drink = drinks[key] if key else None
            fam = digne_tills.family(drink) if drink else c[5]
            wine = fam in ("rg", "rs", "bl", "bu")
            label = digne_tills.render(till, fam, meas, vint, text, wine)
            lv = digne_tills.read_vintage(till, label)
            exp, bid, also, u, why = digne_rules.answer(drink, meas, lv, entries)
            if exp != INTENT[intent]:
                raise SystemExit("%s %r: intended %s, computed %s" % (till, label, intent, exp))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if drink is None:
                note = c[6]
            elif exp == "none":
                note = "%s (%s): %s" % (drink["name"], drink["producer"], why)
            else:
                note = "%s (%s)" % (drink["name"], drink["producer"])
                if why:
                    note += ": " + why
            if vint is not None and lv is None:
                note += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": u, "note": note, "connection": till})
    return out


def dump(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    drinks, entries = library()
    rows = cases(drinks, entries)
    dump(os.path.join(HERE, "digne_library.jsonl"), entries, LIB_FIELDS)
    dump(os.path.join(HERE, "digne_cases.jsonl"), rows, CASE_FIELDS)
    tab = {}
    for r in rows:
        tab.setdefault(r["connection"], {}).setdefault(r["expect"], 0)
        tab[r["connection"]][r["expect"]] += 1
    print(len(entries), "drinks,", len(rows), "cases", tab)


if __name__ == "__main__":
    main()
