"""Build the "La Cabane du Port" (Arcachon) held-out set: arcachon_library.jsonl and
arcachon_cases.jsonl, byte for byte the same on every run (stdlib only, no randomness).

    python3 tests/matching/data/arcachon/build_arcachon.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import arcachon_cases_b
import arcachon_cases_k
import arcachon_cases_t
from arcachon_drinks import DRINKS
from arcachon_rules import COUNTRY, family, resolve
from arcachon_tills import RENDER

TILLS = [("K", arcachon_cases_k.CASES), ("T", arcachon_cases_t.CASES),
         ("B", arcachon_cases_b.CASES)]


def num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, entries, n = [], {}, 0
    for d in DRINKS:
        key, name, prod, app, reg, colour, cat, fmts = d
        entries[key] = {}
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                i = "ac%03d" % n
                entries[key][(f, v)] = i
                rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": COUNTRY.get(key, "France"),
                             "colour": colour, "category": cat, "vintage": v,
                             "format_cl": num(f)})
    return rows, entries


def cases(entries):
    drinks = {d[0]: d for d in DRINKS}
    out, seen, errors = [], set(), []
    for till, specs in TILLS:
        for k, (ref, meas, vint, text) in enumerate(specs):
            seed = "%s|%s|%s|%s|%s" % (till, ref, meas, vint, text)
            if ref.startswith("-"):
                fam, reason = ref[1:].split(":", 1)
                nv = False
                drink = None
            else:
                drink = drinks[ref]
                fam = family(drink)
                nv = fam == "bul" and next(iter(drink[7].values())) == [None]
            try:
                label, printed = RENDER[till](fam, meas, vint, text, nv, seed)
            except AssertionError as e:
                errors.append("%s %r: %s" % (till, text, e))
                continue
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            lv = vint if printed else None
            if drink is None:
                ans, why = None, reason
            else:
                ans, why = resolve(drink, entries[ref], meas, vint, printed)
            if ans is None:
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": lv, "units_per_sale": None,
                            "note": why, "connection": till})
            else:
                out.append({"label": label, "expect": ans["expect"],
                            "beverage_id": ans["beverage_id"], "also_ok": ans["also_ok"],
                            "vintage": ans["vintage"], "units_per_sale": ans["units"],
                            "note": ans["note"], "connection": till})
    return out, errors


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, entries = library()
    cs, errors = cases(entries)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dump(lib, os.path.join(HERE, "arcachon_library.jsonl"))
    dump(cs, os.path.join(HERE, "arcachon_cases.jsonl"))
    from collections import Counter
    c = Counter((r["connection"], r["expect"]) for r in cs)
    print(len(lib), "drinks,", len(cs), "cases")
    for t, _ in TILLS:
        print(t, c[(t, "yes")], c[(t, "almost")], c[(t, "none")])
    tot = Counter(r["expect"] for r in cs)
    print({k: "%d (%.1f %%)" % (v, 100 * v / len(cs)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
