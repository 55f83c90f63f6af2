"""Build dole_library.jsonl and dole_cases.jsonl (stdlib only, deterministic).

    python3 tests/matching/data/dole/build_dole.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dole_cases_ecran
import dole_cases_stock
import dole_cases_suisse
from dole_drinks import DRINKS
from dole_rules import answer
from dole_tills import MEASURES, READ, RENDER

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def num(x):
    return int(x) if x == int(x) else x


def build_library():
    lib, by_key = [], {}
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda v: -1 if v is None else v):
                e = dict(zip(LIB_FIELDS, ["dl%03d" % (len(lib) + 1), name, prod, app, region,
                                          country, colour, cat, v, num(fmt)], strict=False))
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def build_cases(by_key):
    out, seen = [], set()
    for till, mod in (("ecran", dole_cases_ecran), ("stock", dole_cases_stock),
                      ("suisse", dole_cases_suisse)):
        for c in mod.CASES:
            key, measure, typed_v, text = c[:4]
            label = RENDER[till](measure, typed_v, text)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            (kind, cl), vintage = READ[till](label)
            if (kind, cl) != MEASURES[measure]:
                raise SystemExit("measure misread on %r" % label)
            if typed_v is not None and vintage not in (None, typed_v):
                raise SystemExit("vintage misread on %r" % label)
            if typed_v is None and vintage is not None:
                raise SystemExit("phantom vintage on %r" % label)
            cut = typed_v is not None and vintage is None
            if key == "-":
                if len(c) < 5:
                    raise SystemExit("none without a reason: %r" % (c,))
                exp, e, also, units, why = "none", None, [], None, c[4]
            else:
                if kind is None:
                    raise SystemExit("drink without a measure: %r" % label)
                exp, e, also, units, why = answer(by_key[key], kind, cl, vintage)
                if exp == "none":
                    ent = by_key[key][0]
                    why = "%s (%s): %s" % (ent["name"], ent["producer"], why)
                else:
                    base = "%s (%s)" % (e["name"], e["producer"])
                    if kind == "POUR":
                        base += ", %g cl poured from the %g cl bottle" % (cl, e["format_cl"])
                    elif kind == "DRAFT":
                        base += ", %g cl from the keg" % cl
                    why = base + (": " + why if why else "")
            if cut:
                why += " [%d cut off by the till]" % typed_v
            row = [label, exp, e["id"] if e else None, also, vintage, units, why, till]
            out.append(dict(zip(CASE_FIELDS, row, strict=False)))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(os.path.join(HERE, "dole_library.jsonl"), lib)
    dump(os.path.join(HERE, "dole_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cases), "cases")
    for t in ("ecran", "stock", "suisse"):
        print(t, [counts.get((t, x), 0) for x in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
