#!/usr/bin/env python3
"""Build the blind "caen" set: caen_library.jsonl and caen_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import caen_cases_bar
import caen_cases_drive
import caen_cases_salle
import caen_tills as T
from caen_drinks import DRINKS
from caen_rules import answer

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def library():
    rows, ids = [], {}
    n = 0
    for d in DRINKS:
        key, kind, name, prod, app, reg, ctry, col, cat, fmts = d
        for fmt in sorted(fmts):
            for v in fmts[fmt]:
                n += 1
                bid = "ca%03d" % n
                ids[(key, fmt, v)] = bid
                f = int(fmt) if float(fmt).is_integer() else fmt
                rows.append(dict(zip(FIELDS, [bid, name, prod, app, reg, ctry, col, cat, v, f], strict=False)))
    return rows, ids


def lines(mod):
    return [l for l in mod.CASES.strip().split("\n") if l.strip()]


def build():
    rows, ids = library()
    drinks = {d[0]: d for d in DRINKS}
    cases = []

    def add(label, conn, drink, meas, vin_typed, printed_vin, reason=None):
        if drink is None:
            exp, bid, also, units, why = "none", None, [], None, reason
        else:
            exp, bid, also, units, why = answer(drink, meas, printed_vin, ids)
            desc = "%s (%s)" % (drink[2], drink[3])
            why = desc + (": " + why if why else "")
            if vin_typed and printed_vin is None:
                why += " [%d cut off by the till]" % vin_typed
        cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                      "vintage": printed_vin, "units_per_sale": units, "note": why, "connection": conn})

    for l in lines(caen_cases_bar):
        a = l.split("|")
        if a[0] == "-":
            label = T.render_bar(a[2], a[1] or None, None)
            add(label, "bar", None, None, None, T.parse_bar(label)[1], a[3])
        else:
            vin = int(a[2]) if a[2] else None
            label = T.render_bar(a[3], a[1], vin)
            meas, pv, _ = T.parse_bar(label)
            assert meas == a[1], label
            add(label, "bar", drinks[a[0]], meas, vin, pv)
    for l in lines(caen_cases_salle):
        a = l.split("|")
        if a[0] == "-":
            fam, text = a[2].split(".", 1)
            label = T.render_salle(fam, text, a[1] or None, None)
            add(label, "salle", None, None, None, T.parse_salle(label)[1], a[3])
        else:
            d = drinks[a[0]]
            vin = int(a[2]) if a[2] else None
            label = T.render_salle(T.SALLE_FAMILY[d[1]], a[3], a[1], vin)
            meas, pv, _ = T.parse_salle(label)
            assert meas == a[1] and pv == vin, label
            add(label, "salle", d, meas, vin, pv)
    for l in lines(caen_cases_drive):
        a = l.split("|")
        if a[0] == "-":
            label = a[1] + "-" + a[2]
            add(label, "drive", None, None, None, T.parse_drive(label)[2], a[3])
        else:
            d = drinks[a[0]]
            vin = int(a[2]) if a[2] else None
            mk, vol = T.MEASURES[a[1]]
            if vol is None:
                vol = 75
            label = T.render_drive(T.DRIVE_FAMILY[d[1]], a[3], vol, vin)
            fam, cl, pv = T.parse_drive(label)
            assert cl == vol and pv == vin, label
            add(label, "drive", d, a[1], vin, pv)

    labels = [c["label"] for c in cases]
    dup = sorted({x for x in labels if labels.count(x) > 1})
    if dup:
        raise SystemExit("duplicate labels: %s" % dup)
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "caen_library.jsonl"), rows)
    dump(os.path.join(HERE, "caen_cases.jsonl"), cases)
    print("library %d, cases %d" % (len(rows), len(cases)))
    tot = {"yes": 0, "almost": 0, "none": 0}
    for conn in ("bar", "salle", "drive"):
        c = [x for x in cases if x["connection"] == conn]
        cnt = {e: sum(1 for x in c if x["expect"] == e) for e in tot}
        for e in tot:
            tot[e] += cnt[e]
        print("%-6s yes %3d almost %3d none %3d total %3d" % (conn, cnt["yes"], cnt["almost"], cnt["none"], len(c)))
    n = len(cases)
    print("all    yes %3d almost %3d none %3d  (%.1f / %.1f / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], 100 * tot["yes"] / n, 100 * tot["almost"] / n, 100 * tot["none"] / n))


if __name__ == "__main__":
    main()
