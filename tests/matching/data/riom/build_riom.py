#!/usr/bin/env python3
"""Build the "Le Pot de Madargue" (Riom) blind held-out set: riom_library.jsonl and
riom_cases.jsonl, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import riom_cases_caisse
import riom_cases_gestion
import riom_cases_salle
import riom_tills as T
from riom_drinks import DRINKS
from riom_rules import answer, gestion_measure

PREFIX = "RIO"
WATERS = {"volvic", "chateldon", "styorre", "celestins", "badoit", "perrier"}
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def fmt_num(v):
    return int(v) if v == int(v) else v


def build_library():
    products, rows, ids = {}, [], {}
    n = 0
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        assert key not in products, key
        products[key] = {"key": key, "name": name, "producer": prod, "appellation": app,
                             "colour": colour, "category": cat, "formats": formats}
        for fmt in sorted(formats):
            for vint in sorted(formats[fmt], key=lambda v: -1 if v is None else v):
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                ids[(key, fmt, vint)] = bid
                rows.append(dict(zip(LIB_FIELDS, [bid, name, prod, app, region, country, colour,
                                                  cat, vint, fmt_num(fmt)], strict=False)))
    return products, rows, ids


def family(product, measure):
    if measure in ("DM", "PT"):
        return "PRE"
    cat, colour = product["category"], product["colour"]
    if cat == "champagne" or colour == "effervescent":
        return "BUL"
    if cat == "vin":
        return {"rouge": "VRG", "blanc": "VBL", "rosé": "VRS"}[colour]
    if cat == "bière":
        return "BIE"
    if cat == "autre":
        return "APE"
    if cat == "spiritueux":
        return "DIG"
    return "EAU" if product["key"] in WATERS else "SOF"


def render_all(products):
    out = []
    for text, key, measure, vint, why in riom_cases_caisse.CASES:
        label, cut = T.render_caisse(text, measure, vint, riom_cases_caisse.PRICES.get(text))
        m, size, lv = T.read_caisse(label)
        out.append(("caisse", label, key, m or "U", vint, lv, why))
    for text, key, measure, vint, why in riom_cases_salle.CASES:
        label, cut = T.render_salle(text, measure, vint)
        m, size, lv = T.read_salle(label)
        assert lv == vint, (label, lv, vint)
        assert (m or "U") == measure, (label, m, measure)
        out.append(("salle", label, key, m or "U", vint, lv, why))
    taken = set()
    for fam, text, key, measure, vint, why in riom_cases_gestion.CASES:
        p = products.get(key)
        if fam is None:
            fam = family(p, measure)
        label, _ = T.render_gestion(fam, text, measure, vint, riom_cases_gestion.PRICES.get(text),
                                    taken=taken)
        f2, cl, lv = T.read_gestion(label)
        m = gestion_measure(f2, cl)
        assert lv == vint and f2 == fam, label
        assert m == measure, (label, m, measure)
        out.append(("gestion", label, key, m, vint, lv, why))
    return out


def main(verbose=False):
    products, rows, ids = build_library()
    cases, seen = [], set()
    for conn, label, key, measure, typed_vint, lv, why in render_all(products):
        assert label not in seen, "duplicate label %r" % label
        seen.add(label)
        p = products[key] if key else None
        if key and not p:
            raise SystemExit("unknown drink %s" % key)
        a = answer(p, measure, lv, ids)
        if a["expect"] == "none":
            note = why or ("%s (%s): %s" % (p["name"], p["producer"], a["why"]))
        else:
            note = "%s (%s)" % (p["name"], p["producer"])
            if a["expect"] == "almost":
                note += ": " + a["why"]
            if typed_vint is not None and lv is None:
                note += " [%d cut off by the till]" % typed_vint
        if why and a["expect"] != "none":
            raise SystemExit("case with a reason is not none: %r" % label)
        cases.append(dict(zip(CASE_FIELDS, [label, a["expect"], a["beverage_id"], a["also_ok"],
                                             lv, a["units_per_sale"], note, conn], strict=False)))
    with open(os.path.join(HERE, "riom_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "riom_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if verbose:
        print("library: %d drinks; cases: %d" % (len(rows), len(cases)))
        tot = {"yes": 0, "almost": 0, "none": 0}
        for conn in ("caisse", "salle", "gestion"):
            cc = [c for c in cases if c["connection"] == conn]
            cnt = {e: sum(c["expect"] == e for c in cc) for e in tot}
            for e in tot:
                tot[e] += cnt[e]
            print("%-8s %3d yes %3d almost %3d none %3d" % (conn, cnt["yes"], cnt["almost"],
                                                            cnt["none"], len(cc)))
        n = len(cases)
        print("total    %3d yes (%.1f %%) %3d almost (%.1f %%) %3d none (%.1f %%)" % (
            tot["yes"], 100 * tot["yes"] / n, tot["almost"], 100 * tot["almost"] / n,
            tot["none"], 100 * tot["none"] / n))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
