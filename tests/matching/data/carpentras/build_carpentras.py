"""Build the "Le Comtadin" (Carpentras) blind held-out set.

python3 build_carpentras.py [-v]   writes carpentras_library.jsonl and carpentras_cases.jsonl
Stdlib only, deterministic. Every answer is computed from the RENDERED label.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import carpentras_cases_bureau
import carpentras_cases_comptoir
import carpentras_cases_salle
import carpentras_drinks as drinks
import carpentras_rules as rules
import carpentras_tills as tills

PREFIX = "CRP"
CASE_MODULES = [("comptoir", carpentras_cases_comptoir), ("salle", carpentras_cases_salle),
                ("bureau", carpentras_cases_bureau)]
MEAS_NAME = {"B": "bottle", "H": "half bottle", "M": "magnum", "G": "glass", "CP": "coupe",
             "P50": "pichet 50 cl", "P25": "pichet 25 cl", "D": "dose", "D2": "dose 2 cl",
             "DE": "demi", "PI": "pinte", "": "no measure"}


def meas_name(m):
    if m in MEAS_NAME:
        return MEAS_NAME[m]
    if m.startswith("S"):
        return "%s cl bottle" % m[1:]
    if m.startswith("G"):
        return "glass %s cl" % m[1:]
    return "coupe %s cl" % m[2:]


def build_library():
    products, ids, lib = {}, {}, []
    for (key, name, producer, app, region, country, colour, cat, formats) in drinks.PRODUCTS:
        p = {"key": key, "name": name, "producer": producer, "appellation": app,
             "region": region, "country": country, "colour": colour, "category": cat,
             "formats": formats}
        assert key not in products, key
        products[key] = p
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: -1 if x is None else x):
                bid = "%s%03d" % (PREFIX, len(lib) + 1)
                ids[(key, fmt, v)] = bid
                lib.append({"id": bid, "name": name, "producer": producer, "appellation": app,
                            "region": region, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fmt})
    return products, ids, lib


def build_cases(products, ids):
    out, seen = [], set()
    for conn, mod in CASE_MODULES:
        render, read_back = tills.TILLS[conn]
        for (text, key, meas, vint, reason) in mod.CASES:
            if key.startswith("-"):
                family, p = key[1:], None
            else:
                p = products[key]
                family = tills.family_of(p)
                if conn != "comptoir" and meas == "B":
                    assert rules.is_wine(p), (conn, text, "non-wine bottles carry their size")
            label = render(text, meas, vint, family)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            r_meas, r_vint = read_back(label)
            exp_meas = meas
            if conn == "comptoir" and meas == "B" and family not in tills.WINE_FAMILIES:
                exp_meas = ""
            assert r_meas == exp_meas, (conn, label, r_meas, meas)
            cut = None
            if r_vint != vint:
                assert conn == "comptoir" and r_vint is None, (label, vint, r_vint)
                cut = vint
            if p is None:
                assert reason, label
                expect, bid, also, u, why = "none", None, [], None, reason
                note = "%s (%s)" % (reason, meas_name(meas)) if meas else reason
            else:
                rm = meas if exp_meas == meas else "B"
                expect, bid, also, u, why = rules.answer(p, rm, r_vint, ids)
                note = "%s (%s), %s" % (p["name"], p["producer"], meas_name(meas))
                if expect == "none":
                    fmt = rules.target_format(p, rm)
                    if why != "format not held":
                        note += ": " + why
                    elif fmt is None:
                        note += ": no keg held" if rm in ("DE", "PI") else ": no format for this measure"
                    else:
                        note += ": %s cl not held" % fmt
                elif why:
                    note += ": " + why
                if reason:
                    note += "; " + reason
            if cut:
                note += " [%d cut off by the till]" % cut
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": r_vint, "units_per_sale": u, "note": note, "connection": conn})
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    products, ids, lib = build_library()
    cases = build_cases(products, ids)
    dump(lib, os.path.join(HERE, "carpentras_library.jsonl"))
    dump(cases, os.path.join(HERE, "carpentras_cases.jsonl"))
    if "-v" in sys.argv:
        print("library:", len(lib), "cases:", len(cases))
        for conn, _ in CASE_MODULES:
            c = [x for x in cases if x["connection"] == conn]
            print(conn, {e: sum(1 for x in c if x["expect"] == e) for e in ("yes", "almost", "none")}, len(c))
        n = len(cases)
        for e in ("yes", "almost", "none"):
            k = sum(1 for x in cases if x["expect"] == e)
            print(e, k, "%.1f %%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
