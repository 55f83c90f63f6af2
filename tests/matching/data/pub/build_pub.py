#!/usr/bin/env python3
"""Build the blind held-out set of The Quiet Badger (pub): pub_library.jsonl, pub_cases.jsonl.

Stdlib only and deterministic: `python3 build_pub.py` writes the same bytes on every run.
Each spec line says what the staff typed on one till (the drink it means, a measure, a
vintage, the text); the till renders the label (`pub_tills.py`), and the expected answer is
computed from the rendered label with the bench README's rules (`pub_rules.py`).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pub_tills as T
from pub_drinks import DRINKS, PRODUCTS
from pub_rules import answer
from pub_specs_app import APP
from pub_specs_bar import BAR
from pub_specs_tab import TAB

PREFIX = "o"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")


def num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, ids = [], {}
    for p in PRODUCTS:
        for v, f in p[-1]:
            i = "%s%03d" % (PREFIX, len(rows) + 1)
            ids[(p[0], v, f)] = i
            d = DRINKS[p[0]]
            rows.append({"id": i, "name": d["name"], "producer": d["producer"],
                         "appellation": d["appellation"], "region": d["region"],
                         "country": d["country"], "colour": d["colour"],
                         "category": d["category"], "vintage": v, "format_cl": num(f)})
    return rows, ids


def group_of(key):
    g = DRINKS[key]["group"]
    return [d for d in DRINKS.values() if d["group"] == g]


def targets(key):
    if key.startswith("@"):
        found = [d for d in DRINKS.values() if d["group"] == key[1:]]
        if not found:
            raise ValueError("unknown group %s" % key)
        return found
    return [DRINKS[key]]


def vint(s):
    return int(s) if s else None


def case(label, expect, bid, also, vintage, units, note, conn):
    return {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
            "vintage": vintage, "units_per_sale": units, "note": note, "connection": conn}


def build_bar(line, ids):
    f = line.split("|")
    if f[0] == "-":
        _, fam, meas, v, text, reason = f
        label, vkept, _ = T.render_bar(fam, meas, vint(v), text)
        return case(label, "none", None, [], vint(v) if vkept else None, None,
                    "none: " + reason, "BAR")
    key, meas, v = f[0], f[1], vint(f[2])
    text = "|".join(f[3:])
    prods = targets(key)
    fam = prods[0]["fam"]
    label, vkept, tkept = T.render_bar(fam, meas, v, text)
    extra = ""
    if not tkept:
        prods = group_of(key)
        extra += " [age/number cut off by the till]"
    if v is not None and not vkept:
        extra += " [%d cut off by the till]" % v
    if meas:
        kind, vol = T.BAR_MEASURES[meas]
    elif fam in ("VIN", "CHA"):
        kind, vol = "size", 75
    else:
        raise ValueError("no measure on %r" % line)
    lv = v if vkept else None
    exp, bid, also, u, note = answer(prods, kind, vol, lv, ids)
    return case(label, exp, bid, also, lv, u, note + extra, "BAR")


def build_tab(line, ids):
    f = line.split("|")
    if f[0] == "-":
        _, meas, v, text, reason = f[:5]
        base = T.TAB_OTHER[f[5]] if len(f) > 5 else None
        label = T.render_tab(meas, vint(v), text, price_base=base)
        return case(label, "none", None, [], vint(v), None, "none: " + reason, "TAB")
    key, meas, v, text = f
    v = vint(v)
    prods = targets(key)
    wine = prods[0]["category"] in ("vin", "champagne")
    soft = prods[0]["category"] == "soft"
    label = T.render_tab(meas, v, text, wine=wine, soft=soft)
    kind, vol = T.TAB_MEASURES[meas]
    exp, bid, also, u, note = answer(prods, kind, vol, v, ids)
    return case(label, exp, bid, also, v, u, note, "TAB")


def build_app(line, ids):
    f = line.split("|")
    if f[0] == "-":
        _, cat, size, v, text, reason = f
        label = T.render_app(cat, vint(v), text, float(size) if size else None)
        return case(label, "none", None, [], vint(v), None, "none: " + reason, "APP")
    key, size, v, text = f
    v = vint(v)
    prods = targets(key)
    cat = T.APP_CATEGORIES[prods[0]["fam"]]
    size = float(size)
    label = T.render_app(cat, v, text, size)
    exp, bid, also, u, note = answer(prods, "size", size, v, ids)
    return case(label, exp, bid, also, v, u, note, "APP")


def main():
    lib, ids = library()
    cases = []
    for lines, fn in ((BAR, build_bar), (TAB, build_tab), (APP, build_app)):
        for line in lines:
            try:
                cases.append(fn(line, ids))
            except (ValueError, KeyError) as e:
                raise SystemExit("spec %r: %s" % (line, e)) from e
    seen = set()
    for c in cases:
        if c["label"] in seen:
            raise SystemExit("duplicate label %r" % c["label"])
        seen.add(c["label"])
    with open(os.path.join(HERE, "pub_library.jsonl"), "w", encoding="utf-8") as fh:
        for r in lib:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pub_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        for conn in ("BAR", "TAB", "APP"):
            print(conn, {e: cnt[(conn, e)] for e in ("yes", "almost", "none")},
                  sum(cnt[(conn, e)] for e in ("yes", "almost", "none")))
        tot = Counter(c["expect"] for c in cases)
        n = len(cases)
        print("total", n, {e: "%d (%.1f%%)" % (k, 100.0 * k / n) for e, k in tot.items()},
              "library", len(lib))


if __name__ == "__main__":
    main()
