"""Build poitiers_library.jsonl and poitiers_cases.jsonl (stdlib only, deterministic).

    python3 tests/matching/data/poitiers/build_poitiers.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import poitiers_cases_caisse
import poitiers_cases_export
import poitiers_cases_tablette
import poitiers_drinks
import poitiers_rules as R
import poitiers_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
SHOOTERS = {"get27", "jager", "cuervo", "absolut", "malibu"}
FAM = {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
       "effervescent": "BULLES", "liquoreux": "LIQUOREUX"}


def library():
    lib, by_key, info = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, col, cat, fv in poitiers_drinks.DRINKS:
        info[key] = (name, prod, col, cat)
        for fmt, vint in fv:
            n += 1
            e = dict(zip(LIB_FIELDS, ["po%03d" % n, name, prod, app, reg, country, col, cat, vint, fmt], strict=False))
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key, info


def family(key, info, meas):
    name, prod, col, cat = info[key]
    if cat == "champagne" or col == "effervescent":
        return "BULLES"
    if cat == "vin":
        return FAM[col]
    if cat == "autre":
        return "APERITIFS"
    if cat == "spiritueux":
        return "SHOOTERS" if key in SHOOTERS else ("APERITIFS" if key in ("ricard", "suze", "campari") else "SPIRITUEUX")
    if cat == "bière":
        return "BIERES PRESSION" if meas in ("demi", "pinte") else "BIERES BOUTEILLE"
    return "SOFTS"


def fmt_units(u):
    if u is None:
        return None
    return int(u) if u == int(u) else u


def cases(by_key, info):
    out = []
    for till, mod in (("caisse", poitiers_cases_caisse), ("tablette", poitiers_cases_tablette),
                      ("export", poitiers_cases_export)):
        for c in mod.CASES:
            key, meas, vint, text = c["key"], c["meas"], c["vintage"], c["text"]
            if till == "caisse":
                label, typed = T.render_caisse(meas, vint, text)
            elif till == "tablette":
                label, typed = T.render_tablette(meas, vint, text, c.get("hh", False))
            else:
                fam = c.get("fam") or family(key, info, meas)
                label, typed = T.render_export(meas, vint, text, fam)
            lv = R.read_vintage(till, label)
            if key is None:
                exp, bid, also, units = "none", None, [], None
                note = c["why"]
            else:
                name, prod, col, cat = info[key]
                exp, bid, also, units = R.answer(by_key[key], cat, meas, lv)
                note = "%s (%s)" % (name, prod)
                if exp == "none":
                    note += ": format not held (%s)" % meas
                elif exp == "almost":
                    held = sorted(e["vintage"] for e in by_key[key]
                                  if e["vintage"] and e["id"] in [bid, *also])
                    note += ": label vintage %d not in library, has %s" % (lv, held)
                if vint and lv is None:
                    note += " [%d cut off by the till]" % vint
                if c.get("why"):
                    note += "; " + c["why"]
            out.append(dict(zip(CASE_FIELDS, [label, exp, bid, also, lv, fmt_units(units), note, till], strict=False)))
    labels = [c["label"] for c in out]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit("duplicate labels: %r" % sorted(dup))
    return out


def main():
    lib, by_key, info = library()
    cs = cases(by_key, info)
    with open(os.path.join(HERE, "poitiers_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "poitiers_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cs:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cs), "cases")
    for t in ("caisse", "tablette", "export"):
        print(t, [tally.get((t, x), 0) for x in ("yes", "almost", "none")])
    print("total", [sum(tally.get((t, x), 0) for t in ("caisse", "tablette", "export")) for x in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
