#!/usr/bin/env python3
"""Build the Brasserie du Quai (Nantes) held-out set: nantes_library.jsonl and
nantes_cases.jsonl, byte-identical on every run (stdlib only, no randomness).

    python3 tests/matching/data/nantes/build_nantes.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nantes_cases_bar
import nantes_cases_caisse
import nantes_cases_salle
from nantes_drinks import DRINKS
from nantes_rules import answer, read_vintage
from nantes_tills import render_bar, render_caisse, render_salle

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def build_library():
    lib, by_key, fam = [], {}, {}
    n = 0
    for (key, name, prod, app, region, country, colour, cat, family, held) in DRINKS:
        assert key not in by_key, key
        by_key[key] = []
        fam[key] = family
        for vintage, fmt in held:
            n += 1
            e = dict(zip(LIB_FIELDS, ["na%03d" % n, name, prod, app, region, country, colour,
                                      cat, vintage, fmt], strict=False))
            lib.append(e)
            by_key[key].append(e)
    return lib, by_key, fam


def cut_ok(label_body, required):
    """The cut may take what follows the identifying words, or cut into the last of them
    if four letters of it remain."""
    if label_body.startswith(required):
        return True
    if required.startswith(label_body):
        last = required.split(" ")[-1]
        kept = len(label_body) - (len(required) - len(last))
        return kept >= 4
    return False


def build_cases(by_key, fam):
    cases = []
    used_plu = set()
    tills = [("caisse", nantes_cases_caisse.CASES), ("salle", nantes_cases_salle.CASES),
             ("bar", nantes_cases_bar.CASES)]
    for conn, specs in tills:
        for spec in specs:
            key, measure, year, text = spec[:4]
            reason = spec[4] if len(spec) > 4 else None
            if key.startswith("-"):
                family = key[1:]
                entries = None
            else:
                family = fam[key]
                entries = by_key[key]
            if conn == "caisse":
                label, required, core = render_caisse(family, measure, year, text, used_plu)
                if entries is not None and not cut_ok(label[6:], required):
                    raise SystemExit("cut takes identifying words: %r from %r" % (label, core))
                if len(label) > 6 and label[6:] != core.rstrip():
                    pass
            elif conn == "salle":
                label = render_salle(family, measure, year, text)
            else:
                label = render_bar(family, measure, year, text)
            lv = read_vintage(conn, label)
            if lv not in (year, None):
                raise SystemExit("vintage read %r != typed %r in %r" % (lv, year, label))
            if family not in ("vb", "vr", "vrs", "bul") and lv is not None:
                raise SystemExit("vintage read on a non-wine: %r" % label)
            lost = year is not None and lv is None
            if entries is None:
                if not reason:
                    raise SystemExit("none without a reason: %r" % label)
                row = [label, "none", None, [], lv, None, reason, conn]
            else:
                e0 = entries[0]
                exp, bid, also, units, why = answer(entries, measure, lv)
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if why:
                    note += ": " + why
                if reason:
                    note += "; " + reason
                if lost:
                    note += " [%d cut off by the till]" % year
                if exp == "none":
                    row = [label, "none", None, [], lv, None, note, conn]
                else:
                    row = [label, exp, bid, also, lv, units, note, conn]
            cases.append(dict(zip(CASE_FIELDS, row, strict=False)))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, fam = build_library()
    cases = build_cases(by_key, fam)
    dump(lib, os.path.join(HERE, "nantes_library.jsonl"))
    dump(cases, os.path.join(HERE, "nantes_cases.jsonl"))
    if "-v" in sys.argv:
        print("library: %d drinks, cases: %d" % (len(lib), len(cases)))
        tot = {"yes": 0, "almost": 0, "none": 0}
        for conn in ("caisse", "salle", "bar"):
            cs = [c for c in cases if c["connection"] == conn]
            cnt = {k: sum(1 for c in cs if c["expect"] == k) for k in tot}
            for k in tot:
                tot[k] += cnt[k]
            print("%-7s yes %3d  almost %3d  none %3d  total %3d" % (conn, cnt["yes"], cnt["almost"], cnt["none"], len(cs)))
        n = len(cases)
        print("all     yes %3d  almost %3d  none %3d  total %3d  (%.1f / %.1f / %.1f %%)" % (
            tot["yes"], tot["almost"], tot["none"], n, 100.0 * tot["yes"] / n,
            100.0 * tot["almost"] / n, 100.0 * tot["none"] / n))
        lost = sum(1 for c in cases if "cut off by the till" in c["note"])
        print("vintages cut off by the caisse: %d" % lost)


if __name__ == "__main__":
    main()
