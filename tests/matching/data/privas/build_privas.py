"""Build the blind held-out set of L'Auberge de la Châtaigne (Privas).

python3 build_privas.py   writes privas_library.jsonl and privas_cases.jsonl (deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import privas_cases_caisse
import privas_cases_export
import privas_cases_salle
from privas_drinks import DRINKS
from privas_rules import answer, target_format, units
from privas_tills import POUR_CL, TILLS

PREFIX = "pi"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    rows, index = [], {}
    for d in DRINKS:
        for fmt, vints in d["formats"].items():
            for v in sorted(vints, key=lambda x: x or 0):
                bid = "%s%03d" % (PREFIX, len(rows) + 1)
                rows.append({"id": bid, "name": d["name"], "producer": d["producer"],
                             "appellation": d["appellation"], "region": d["region"],
                             "country": d["country"], "colour": d["colour"],
                             "category": d["category"], "vintage": v,
                             "format_cl": num(fmt)})
                index.setdefault((d["key"], fmt), []).append((v, bid))
    return rows, index


def family(drink, measure):
    cat, col = drink["category"], drink["colour"]
    if cat == "champagne" or col == "effervescent":
        return "BULLES"
    if cat == "vin":
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES"}[col]
    if cat == "bière":
        return "PRESSION" if measure in ("DEMI", "PINTE") else "BIERES"
    return {"autre": "APERITIFS", "spiritueux": "DIGESTIFS", "soft": "SOFTS"}[cat]


def build_cases(index):
    drinks = {d["key"]: d for d in DRINKS}
    out = []
    for conn, mod in (("caisse", privas_cases_caisse), ("salle", privas_cases_salle),
                      ("export", privas_cases_export)):
        render, read = TILLS[conn]
        for case in mod.CASES:
            text, key, measure, vint = case[:4]
            reason = case[4] if len(case) > 4 else None
            fam = case[5] if len(case) > 5 else None
            if key is None:
                label = render(text, measure, vint, None, fam)
                lv, _ = read(label)
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": lv, "units_per_sale": None,
                            "note": reason, "connection": conn})
                continue
            d = drinks[key]
            fmt = target_format(d, measure)
            fam = family(d, measure)
            label = render(text, measure, vint, fmt, fam)
            lv, _ = read(label)
            desc = "%s (%s)" % (d["name"], d["producer"])
            if fmt is None or (key, fmt) not in index:
                what = {"MAG": "magnum", "HALF": "half bottle", "DEMI": "draught",
                        "PINTE": "draught"}.get(measure, measure)
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": lv, "units_per_sale": None,
                            "note": "%s: no %s held" % (desc, what), "connection": conn})
                continue
            expect, bid, also = answer(index[(key, fmt)], lv)
            note = desc
            if expect == "almost":
                have = sorted(v for v, _ in index[(key, fmt)])
                note += ": label vintage %d not in library, has %s" % (lv, have)
            if vint is not None and lv is None:
                note += " [%d cut off by the till]" % vint
            if measure in POUR_CL:
                note += ", %g cl" % POUR_CL[measure]
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": lv,
                        "units_per_sale": units(measure, fmt), "note": note,
                        "connection": conn})
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    assert not dup, dup
    return out


def write(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, index = build_library()
    cases = build_cases(index)
    write(os.path.join(HERE, "privas_library.jsonl"), lib, LIB_FIELDS)
    write(os.path.join(HERE, "privas_cases.jsonl"), cases, CASE_FIELDS)
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    n = len(cases)
    for conn, t in tab.items():
        print(conn, t, sum(t.values()))
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(e, k, "%.1f %%" % (100.0 * k / n))
    print("library", len(lib), "cases", n)


if __name__ == "__main__":
    main()
