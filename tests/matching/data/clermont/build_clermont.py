"""Build the clermont blind set: python3 tests/matching/data/clermont/build_clermont.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clermont_cases_bar
import clermont_cases_comptoir
import clermont_cases_tablette
import clermont_drinks
import clermont_rules as rules
import clermont_tills as tills

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]
TILLS = [("comptoir", clermont_cases_comptoir.CASES), ("tablette", clermont_cases_tablette.CASES),
         ("bar", clermont_cases_bar.CASES)]
C_FAM_KIND = {"VR": ("vin", "rouge"), "VB": ("vin", "blanc"), "VRS": ("vin", "rosé"),
              "CHP": ("champagne|vin", "effervescent"), "PRS": ("bière", "keg"), "BIE": ("bière", "btl"),
              "APE": ("autre|spiritueux", None), "DIG": ("spiritueux", None), "SFT": ("soft", None)}


def num(f):
    return int(f) if f == int(f) else f


def build_library():
    lib, drinks, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, fmts in clermont_drinks.DRINKS:
        d = {"name": name, "producer": prod, "category": cat, "colour": colour, "formats": fmts,
             "ids": {}}
        for f, vints in fmts.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                i = "cf%03d" % n
                d["ids"][(f, v)] = i
                lib.append(dict(zip(FIELDS, [i, name, prod, app, reg, country, colour, cat, v, num(f)], strict=False)))
        drinks[key] = d
    return lib, drinks


def render(till, text, meas, vint, key):
    if till == "comptoir":
        return tills.render_c(text, meas, vint)
    if till == "tablette":
        return tills.render_t(text, meas, vint)
    return tills.render_b(text, meas, vint, key)


def build_cases(drinks):
    out, seen = [], set()
    for till, cases in TILLS:
        for c in cases:
            key, meas, vint, text = c[:4]
            label, cut = render(till, text, meas, vint, key)
            assert label not in seen, label
            seen.add(label)
            lv = rules.read_vintage(till, label)
            assert lv == vint or (cut and lv is None), (label, vint, lv)
            if till == "bar" and (key is None or drinks[key]["category"] not in rules.WINE_CATS):
                assert lv is None, label
            if key is None:
                exp, bid, also, units, note = "none", None, [], None, c[4]
            else:
                d = drinks[key]
                if till == "comptoir":
                    fam = label.split(".")[0]
                    cat, sub = C_FAM_KIND[fam]
                    assert d["category"] in cat.split("|"), label
                    if d["category"] == "vin":
                        assert d["colour"] == sub, label
                exp, bid, also, units, why = rules.answer(d, meas, lv, d["ids"])
                who = "%s (%s)" % (d["name"], d["producer"])
                note = "%s: %s" % (who, why) if exp == "none" or why else who
                if cut and vint and lv is None:
                    note += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note, "connection": till})
    return out


def main():
    lib, drinks = build_library()
    cases = build_cases(drinks)
    with open(os.path.join(HERE, "clermont_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "clermont_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cases:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("library", len(lib), "cases", len(cases))
    for t, _ in TILLS:
        row = [sum(1 for c in cases if c["connection"] == t and c["expect"] == e)
               for e in ("yes", "almost", "none")]
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t, *row, sum(row)))
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print("%-6s %3d %.1f %%" % (e, k, 100.0 * k / len(cases)))


if __name__ == "__main__":
    main()
