"""Build the blind held-out set of L'Auberge du Viaduc (Millau): writes millau_library.jsonl
and millau_cases.jsonl beside this file. Stdlib only, deterministic."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import millau_cases_bar
import millau_cases_boutique
import millau_cases_tablette
from millau_rules import KEGS, answer, build_library
from millau_tills import (
    MEASURES,
    read_bar,
    read_shop,
    read_tab,
    render_bar,
    render_shop,
    render_tab,
)

CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")


def bar_family(entries, meas):
    e = entries[0]
    if MEASURES[meas][0] == "draught":
        return 21
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return 13
    if e["category"] == "vin":
        return {"rouge": 10, "blanc": 11, "rosé": 12, "liquoreux": 14}[e["colour"]]
    if e["category"] == "bière":
        return 20
    if e["category"] == "autre" or e["name"].lower().startswith(("ricard", "pastis")):
        return 30
    if e["category"] == "spiritueux":
        return 31
    return 41 if e["name"] in ("Perrier", "Badoit", "Evian", "La Salvetat", "Quézac") else 40


def shop_size(entries, meas):
    kind, vol = MEASURES[meas]
    if vol is not None:
        return vol
    if entries[0]["category"] in ("vin", "champagne"):
        return 75
    fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] not in KEGS})
    assert len(fmts) == 1, entries[0]["name"]
    return fmts[0]


def build():
    lib, by_key = build_library()
    cases, seen = [], set()
    for conn, specs in (("BAR", millau_cases_bar.CASES),
                        ("TABLETTE", millau_cases_tablette.CASES),
                        ("BOUTIQUE", millau_cases_boutique.CASES)):
        for spec in specs:
            key, meas, vint, text = spec[:4]
            kind, vol = MEASURES[meas]
            size = vol if meas.startswith("s") else None
            entries = by_key.get(key)
            if key != "-" and entries is None:
                raise SystemExit("unknown key %r" % key)
            if conn == "BAR":
                fam = spec[5] if key == "-" else bar_family(entries, meas)
                label = render_bar(fam, meas, text, vint, size)
                _, rmeas, rv, rsize = read_bar(label)
                if key != "-" and rmeas != meas and not meas.startswith("s"):
                    raise SystemExit("measure misread %r" % label)
            elif conn == "TABLETTE":
                label = render_tab(meas, text, vint, size, None if key == "-" else entries[0]["category"])
                rv = read_tab(label)[1]
            else:
                if key == "-":
                    ssize = None if kind == "food" else (vol or 75)
                else:
                    ssize = shop_size(entries, meas)
                label = render_shop(key + "|" + str(ssize) if key != "-" else text, text, vint, ssize)
                rv = read_shop(label)[2]
            if rv not in (vint, None):
                raise SystemExit("vintage misread %r: %r" % (label, rv))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            cut = "" if rv == vint else " [%d cut off by the till]" % vint
            if key == "-":
                rec = ("none", None, [], rv, None, spec[4])
            else:
                exp, ent, also, units, why = answer(entries, meas, size, rv)
                e0 = entries[0]
                who = "%s (%s)" % (e0["name"], e0["producer"])
                if exp == "none":
                    rec = ("none", None, [], rv, None, who + ": " + why)
                else:
                    rec = (exp, ent["id"], also, rv, units, who + (": " + why if why else ""))
            exp, bid, also, rv, units, note = rec
            cases.append(dict(zip(CASE_FIELDS, (label, exp, bid, also, rv, units, note + cut, conn), strict=False)))
    return lib, cases


def main():
    lib, cases = build()
    with open(os.path.join(HERE, "millau_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "millau_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    for k, v in tab.items():
        print(k, v)


if __name__ == "__main__":
    main()
