"""Build plage_library.jsonl and plage_cases.jsonl (deterministic, standard library only).

python3 tests/matching/data/plage/build_plage.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import plage_drinks
import plage_specs
import plage_tills as tills

FIELDS_LIB = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]
POUR_CL = {"vre": 12.5, "cp": 12.5, "v15": 15, "car50": 50, "dose": 4, "2cl": 2, "6cl": 6}
KEG_CL = {"demi": 25, "pinte": 50}
BOTTLE_CL = {
    "mag": 150,
    "jero": 300,
    "mathu": 600,
    "half": 37.5,
    "cl20": 20,
    "cl25": 25,
    "cl33": 33,
    "cl50": 50,
    "cl70": 70,
    "cl100": 100,
}
FMT_WORD = {37.5: "half bottle 37.5 cl", 150: "magnum", 300: "jéroboam", 600: "mathusalem"}


def family_of(d):
    if d["category"] in ("champagne",) or d["colour"] == "effervescent":
        return "chp"
    if d["category"] == "vin":
        return {"rosé": "rse", "blanc": "blc", "rouge": "rge"}[d["colour"]]
    return {"spiritueux": "ape", "autre": "ape", "bière": "bie", "soft": "sft"}[d["category"]]


def build_library():
    lib, products = [], {}
    for key, name, prod, app, reg, ctry, col, cat, fmts in plage_drinks.WINES:
        products[key] = {
            "name": name,
            "producer": prod,
            "appellation": app,
            "region": reg,
            "country": ctry,
            "colour": col,
            "category": cat,
            "formats": fmts,
        }
    for key, name, prod, cat, fmts in plage_drinks.DRINKS:
        products[key] = {
            "name": name,
            "producer": prod,
            "appellation": None,
            "region": None,
            "country": None,
            "colour": None,
            "category": cat,
            "formats": fmts,
        }
    n = 0
    for key, p in products.items():
        p["entries"] = {}
        for fmt, vintages in p["formats"].items():
            for v in sorted(vintages, key=lambda x: x or 0):
                n += 1
                eid = "p%03d" % n
                lib.append(
                    {
                        "id": eid,
                        "name": p["name"],
                        "producer": p["producer"],
                        "appellation": p["appellation"],
                        "region": p["region"],
                        "country": p["country"],
                        "colour": p["colour"],
                        "category": p["category"],
                        "vintage": v,
                        "format_cl": int(fmt) if fmt == int(fmt) else fmt,
                    }
                )
                p["entries"].setdefault(fmt, []).append((v, eid))
    return lib, products


def ordinary(p):
    """The bottle a label without a format word means (kegs excluded)."""
    fmts = [f for f in p["formats"] if f < 2000]
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    big = [f for f in fmts if 50 <= f < 150]
    return min(big) if big else None


def pour_source(p):
    """The bottle a glass or dose pours from: never a half, a magnum or larger."""
    fmts = [f for f in p["formats"] if f != 37.5 and f < 150]
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    return None


def answer(p, measure, shown):
    """(expect, beverage_id, also_ok, units, why) from the label's measure and vintage."""
    if measure in POUR_CL:
        fmt = pour_source(p)
        units = None if fmt is None else round(POUR_CL[measure] / fmt, 4)
    elif measure in KEG_CL:
        kegs = [f for f in p["formats"] if f >= 2000]
        fmt = kegs[0] if kegs else None
        units = None if fmt is None else round(KEG_CL[measure] / fmt, 4)
    elif measure == "btl":
        fmt = ordinary(p)
        units = 1
    else:
        fmt = BOTTLE_CL[measure]
        units = 1
    if fmt is None or fmt not in p["entries"]:
        return "none", None, [], None, "format not held"
    ents = p["entries"][fmt]
    if units == int(units):
        units = int(units)
    vints = [v for v, _ in ents]
    if shown is None or vints == [None]:
        best = max(ents, key=lambda e: e[0] or 0)
        return "yes", best[1], [e for v, e in ents if e != best[1]], units, ""
    for v, e in ents:
        if v == shown:
            return "yes", e, [], units, ""
    best = min(ents, key=lambda e: (abs(e[0] - shown), -e[0]))
    why = "label vintage %d not in library, has %s" % (shown, sorted(vints))
    return "almost", best[1], [e for v, e in ents if e != best[1]], units, why


def fmt_desc(fmt):
    return FMT_WORD.get(fmt, "")


def main():
    lib, products = build_library()
    codes = {}
    counters = {}
    cases = []
    labels = set()
    for block in (plage_specs.H, plage_specs.T, plage_specs.R):
        for line in block.strip().splitlines():
            parts = line.split("|")
            till, key, measure, vin = parts[:4]
            text = parts[4]
            vintage = int(vin) if vin else None
            if key.startswith("-"):
                fam, p = key[1:], None
                category = {
                    "rse": "vin",
                    "blc": "vin",
                    "rge": "vin",
                    "chp": "champagne",
                    "ape": "spiritueux",
                    "bie": "bière",
                    "sft": "soft",
                }.get(fam, fam)
                reason = parts[5]
            else:
                p = products[key]
                fam, category, reason = family_of(p), p["category"], ""
            if p is None and not measure:
                category = "cui"  # cocktails, food and services: a dish's price
            conn = till
            label = shown = None
            if till == "H":
                label, shown = tills.render_h(measure, vintage, text)
            elif till == "R":
                ck = (fam, text, measure)
                if ck not in codes:
                    counters[fam] = counters.get(fam, 0) + 1
                    codes[ck] = tills.FAMILY_DIGIT[fam] * 1000 + 100 + counters[fam] * 7
                label, shown = tills.render_r(measure, vintage, text, codes[ck])
            if label is None:
                conn = "T"
                label, shown = tills.render_t(measure, vintage, text, key.lstrip("-"), category)
            assert label not in labels, label
            labels.add(label)
            cut_note = ""
            if vintage and shown is None:
                cut_note = " [%d cut off by the till]" % vintage
            if p is None:
                case = {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": shown,
                    "units_per_sale": None,
                    "note": reason + cut_note,
                }
            else:
                exp, bid, also, units, why = answer(p, measure, shown)
                desc = "{} ({})".format(p["name"], p["producer"])
                fmtcl = {"btl": ordinary(p)}.get(measure, BOTTLE_CL.get(measure))
                if measure in BOTTLE_CL or measure == "btl":
                    if fmt_desc(fmtcl):
                        desc += ", " + fmt_desc(fmtcl)
                else:
                    desc += (
                        ", "
                        + {
                            "vre": "glass",
                            "cp": "coupe",
                            "v15": "15 cl glass",
                            "car50": "50 cl carafe",
                            "dose": "4 cl dose",
                            "2cl": "2 cl dose",
                            "6cl": "6 cl pour",
                            "demi": "demi 25 cl",
                            "pinte": "pint 50 cl",
                        }[measure]
                    )
                if exp == "none":
                    note = desc + ": " + why + cut_note
                    units = None
                elif exp == "almost":
                    note = desc + ": " + why + cut_note
                else:
                    note = desc + cut_note
                case = {
                    "label": label,
                    "expect": exp,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": shown,
                    "units_per_sale": units,
                    "note": note,
                }
            case["connection"] = conn
            cases.append(case)
    with open(os.path.join(HERE, "plage_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in FIELDS_LIB}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "plage_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    by = {}
    for c in cases:
        by.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        by[c["connection"]][c["expect"]] += 1
    tot = {}
    for c in cases:
        tot[c["expect"]] = tot.get(c["expect"], 0) + 1
    print(len(lib), "drinks,", len(cases), "cases", tot, by)


if __name__ == "__main__":
    main()
