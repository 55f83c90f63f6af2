"""Build the blind held-out set "marseille" (Le Pointu du Vieux-Port, Marseille).

Writes ``marseille_library.jsonl`` and ``marseille_cases.jsonl`` beside this file, byte
for byte the same on every run (stdlib only, no randomness: prices and PLU numbers come
from an MD5 of the product). Every expected answer is computed from the *rendered* label
with the bench README's rules (``/work/shared/bench/README.md``).

    python3 tests/matching/data/marseille/build_marseille.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import marseille_cases_caisse
import marseille_cases_resa
import marseille_cases_tablette
import marseille_drinks as D
import marseille_specs as S
import marseille_tills as T

PREFIX = "s"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
WINE_CATS = ("vin", "champagne")
MEASURE_NAMES = {
    "half": "half bottle 37.5 cl", "mag": "magnum 150 cl", "vre": "glass 12.5 cl",
    "vre12": "glass 12 cl", "vre15": "glass 15 cl", "cp": "coupe 12.5 cl", "cp12": "coupe 12 cl",
    "p25": "carafe 25 cl", "p50": "carafe 50 cl", "dose": "dose 4 cl", "2cl": "2 cl",
    "demi": "demi 25 cl from the keg", "pinte": "pinte 50 cl from the keg",
    "s33": "33 cl bottle", "s50": "50 cl bottle", "s70": "70 cl bottle",
    "s100": "100 cl bottle",
}


class BuildError(Exception):
    pass


def num(x):
    return int(x) if float(x).is_integer() else x


def make_library():
    products, entries, index = {}, [], {}
    for p in D.PRODUCTS:
        key, name, producer, app, region, country, colour, cat, formats = p
        if key in products:
            raise BuildError("duplicate product " + key)
        products[key] = {"key": key, "name": name, "producer": producer, "category": cat,
                             "formats": formats}
        for fmt, vintages in formats.items():
            for v in sorted(vintages, key=lambda y: -1 if y is None else y):
                eid = "%s%03d" % (PREFIX, len(entries) + 1)
                e = {"id": eid, "name": name, "producer": producer, "appellation": app, "region": region,
                         "country": country, "colour": colour, "category": cat, "vintage": v,
                         "format_cl": num(fmt)}
                entries.append(e)
                index[(key, fmt, v)] = eid
    return products, entries, index


def ordinary(prod):
    """The ordinary bottle: 75 cl for a wine, else the only bottle (keg excluded)."""
    fmts = [f for f in prod["formats"] if f not in D.KEGS]
    if 75 in prod["formats"] and prod["category"] in WINE_CATS:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    return None


def answer(prod, measure, label_vintage, index):
    """(expect, beverage_id, also_ok, units, detail) from the bench README's rules."""
    kind, vol = T.MEASURES[measure]
    fmts = prod["formats"]
    if kind == "none":
        raise BuildError("%s: a drink needs a measure" % prod["key"])
    if kind == "fmt":
        fmt = vol if vol is not None else ordinary(prod)
        if fmt is None:
            raise BuildError("%s: a bottle needs its size" % prod["key"])
        if fmt not in fmts:
            return "none", None, [], None, "format %s cl not held" % num(fmt)
        units = 1
    elif kind == "pour":
        fmt = ordinary(prod)
        if fmt is None:
            raise BuildError("%s: no ordinary bottle to pour from" % prod["key"])
        units = round(vol / fmt, 4)
    else:
        kegs = [f for f in fmts if f in D.KEGS]
        if not kegs:
            return "none", None, [], None, "held in bottle only, no keg to draw from"
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    vintages = sorted(v for v in fmts[fmt] if v is not None)
    ids = {v: index[(prod["key"], fmt, v)] for v in fmts[fmt]}
    if not vintages:
        return "yes", ids[None], [], units, ""
    if label_vintage is None:
        best = vintages[-1]
        return ("yes", ids[best], [ids[v] for v in vintages if v != best], units,
                "no vintage on the label: most recent")
    if label_vintage in vintages:
        return "yes", ids[label_vintage], [], units, ""
    best = min(vintages, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[best], [ids[v] for v in vintages if v != best], units,
            "label vintage %d not held, has %s" % (label_vintage, vintages))


def build_case(spec, products, index):
    prod = products.get(spec.key) if spec.key else None
    if spec.key and prod is None:
        raise BuildError("unknown key %r in %r" % (spec.key, spec.line))
    category = prod["category"] if prod else (spec.category or "vin")
    label, on_label, lost = T.render(spec.till, spec.measure, spec.vintage, spec.text,
                                     category, spec.key or spec.text)
    notes = []
    if isinstance(spec.vintage, int) and on_label is None:
        notes.append("[%d cut off by the till]" % spec.vintage)
    if prod is not None and lost:
        if spec.alt is None:
            raise BuildError("%s: the cut takes off %s: %r; give an alt" % (spec.till, lost,
                                                                            label))
        notes.append("[%s cut off by the till]" % " ".join(lost))
        if spec.alt == "-":
            prod = None
            reason = "%s without %s: several held drinks fit" % (products[spec.key]["name"],
                                                                 " ".join(lost))
        else:
            prod = products[spec.alt]
    elif prod is not None and spec.alt is not None:
        raise BuildError("alt given but nothing lost: %r" % spec.line)
    if prod is None:
        why = spec.reason if spec.key is None else reason
        case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                    "vintage": on_label, "units_per_sale": None,
                    "note": " ".join([why, *notes])}
        return case
    expect, bid, also, units, detail = answer(prod, spec.measure, on_label, index)
    mname = MEASURE_NAMES.get(spec.measure, "bottle")
    head = "%s (%s), %s" % (prod["name"], prod["producer"], mname)
    if expect == "none":
        note = "%s: %s" % (head, detail)
    else:
        note = head + (": " + detail if detail else "")
    case = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also, "vintage": on_label,
                "units_per_sale": units if expect != "none" else None,
                "note": " ".join([note, *notes])}
    return case


def all_specs():
    return (S.parse("caisse", marseille_cases_caisse.CASES)
            + S.parse("tablette", marseille_cases_tablette.CASES)
            + S.parse("resa", marseille_cases_resa.CASES))


def build():
    products, entries, index = make_library()
    cases, seen = [], {}
    for spec in all_specs():
        c = build_case(spec, products, index)
        if c["label"] in seen:
            raise BuildError("duplicate label %r (%r / %r)" % (c["label"], seen[c["label"]],
                                                               spec.line))
        seen[c["label"]] = spec.line
        c["connection"] = spec.till
        cases.append(c)
    return entries, cases


def dump(rows, fields):
    return "".join(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n"
                   for r in rows)


CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")


def main():
    entries, cases = build()
    with open(os.path.join(HERE, "marseille_library.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(entries, LIB_FIELDS))
    with open(os.path.join(HERE, "marseille_cases.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(cases, CASE_FIELDS))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        counts[c["connection"]][c["expect"]] += 1
    tot = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    print("library %d drinks, %d cases" % (len(entries), n))
    for t in T.TILLS:
        v = counts.get(t, {})
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % (
            t, v.get("yes", 0), v.get("almost", 0), v.get("none", 0), sum(v.values())))
    print("  all       yes %3d  almost %3d  none %3d   (%.1f / %.1f / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], 100 * tot["yes"] / n,
        100 * tot["almost"] / n, 100 * tot["none"] / n))
    pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
    print("  pours among yes/almost: %d" % pours)


if __name__ == "__main__":
    main()
