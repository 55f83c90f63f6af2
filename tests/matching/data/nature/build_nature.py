"""Builds nature_library.jsonl and nature_cases.jsonl (Le Zinc Farouche, Paris 11e).

python3 build_nature.py   -- writes both files beside it, byte for byte the same each run.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nature_drinks import DRINKS
from nature_rules import answer
from nature_specs import G, K, R
from nature_tills import render_g, render_k, render_r

SEED = None  # no randomness: every choice is a hash of the text (see nature_tills.price)


def library():
    rows, index, info = [], {}, {}
    n = 0
    for key, name, prod, app, region, country, colour, cat, flags, fmts in DRINKS:
        info[key] = (name, prod, colour, cat, flags, fmts)
        index[key] = {}
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                n += 1
                i = "n%03d" % n
                index[key].setdefault(f, {})[v] = i
                rows.append(
                    {
                        "id": i,
                        "name": name,
                        "producer": prod,
                        "appellation": app,
                        "region": region,
                        "country": country,
                        "colour": colour,
                        "category": cat,
                        "vintage": v,
                        "format_cl": int(f) if float(f).is_integer() else f,
                    }
                )
    return rows, index, info


def r_family(info, key):
    _name, _prod, colour, cat, flags, _fmts = info[key]
    if "pn" in flags:
        return "BU"
    if "ora" in flags:
        return "OR"
    if cat == "vin":
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "liquoreux": "BL"}[colour]
    return {"cid": "CI", "bie": "BI", "ape": "AP", "spi": "SP", "sof": "SA"}[flags]


def price_class(info, key, measure, reason):
    if key.startswith("-"):
        for words, cls in (
            (("food",), "food"),
            (("coffee", "tea"), "cafe"),
            (("cocktail", "mixed"), "ckt"),
            (("service",), "srv"),
            (("kombucha", "Fentimans"), "soft"),
            (("Cantillon",), "lambic"),
        ):
            if any(w in reason for w in words):
                return cls
        return "wine"
    _name, _prod, _colour, cat, flags, fmts = info[key]
    if cat in ("vin", "champagne"):
        return "wine"
    if cat == "bière":
        return "lambic" if 37.5 in fmts else "beer"
    return {"autre": "cid" if flags == "cid" else "spirit", "spiritueux": "spirit", "soft": "soft"}[
        cat
    ]


def label_vintage(conn, label):
    if conn == "G":
        m = re.search(r"'(\d\d)\b", label)
    elif conn == "R":
        m = re.search(r" (\d\d)$", label)
    else:
        m = re.search(r" — (\d{4}) — ", label)
        return int(m.group(1)) if m else None
    return 2000 + int(m.group(1)) if m else None


def default_format(fmts, measure):
    from nature_tills import MEASURES

    kind, val = MEASURES[measure]
    if kind == "btl" and val is not None:
        return val
    return 75 if 75 in fmts else sorted(fmts)[0]


def cases(index, info):
    out = []
    fell_back = 0
    for conn, specs in (("G", G), ("R", R), ("K", K)):
        for spec in specs:
            key, measure, vint, text = spec[:4]
            reason = spec[4] if len(spec) > 4 else ""
            c, cut = conn, False
            if conn == "R":
                fam = key[1:] if key.startswith("-") else r_family(info, key)
                r = render_r(fam, text, measure, vint)
                if r is None:
                    c, fell_back = "G", fell_back + 1
                    label = render_g(text, measure, vint, price_class(info, key, measure, reason))
                else:
                    label, cut = r
            elif conn == "G":
                label = render_g(text, measure, vint, price_class(info, key, measure, reason))
            else:
                if key.startswith("-"):
                    label = render_k(text, measure if measure == "unit" else float(measure), vint)
                else:
                    fmts = info[key][5]
                    f = default_format(fmts, measure)
                    nv = all(v is None for vs in fmts.values() for v in vs) and (
                        info[key][3] in ("vin", "champagne") or info[key][4] == "cid"
                    )
                    label = render_k(text, f, vint if vint else ("NM" if nv else None))
            lv = label_vintage(c, label)
            if key.startswith("-"):
                exp, bid, also, units, why = "none", None, [], None, reason
                note = text + ": " + reason
            else:
                exp, bid, also, units, why = answer(index[key], key, measure, lv)
                name, prod = info[key][0], info[key][1]
                note = f"{name} ({prod})"
                if why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
            out.append(
                {
                    "label": label,
                    "expect": exp,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": lv,
                    "units_per_sale": units,
                    "note": note,
                    "connection": c,
                }
            )
    return out, fell_back


def main():
    lib, index, info = library()
    cs, fb = cases(index, info)
    labels = [c["label"] for c in cs]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    with open(os.path.join(HERE, "nature_library.jsonl"), "w", encoding="utf-8") as fh:
        for row in lib:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nature_cases.jsonl"), "w", encoding="utf-8") as fh:
        for row in cs:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(lib), "drinks,", len(cs), "cases,", fb, "fell back from R to G")
    print(Counter(c["expect"] for c in cs))
    print(Counter((c["connection"], c["expect"]) for c in cs))


if __name__ == "__main__":
    main()
