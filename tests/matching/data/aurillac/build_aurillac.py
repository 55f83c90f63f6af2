"""Build the "Le Buron" (Aurillac) blind held-out set: aurillac_library.jsonl and
aurillac_cases.jsonl. Stdlib only, deterministic. Run: python3 build_aurillac.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import aurillac_cases_appli
import aurillac_cases_bar
import aurillac_cases_compta
from aurillac_drinks import DRINKS
from aurillac_rules import answer, read_vintage
from aurillac_tills import (
    BAR_FAMS,
    MEASURES,
    WINE_FAMS,
    bar_family,
    render_app,
    render_bar,
    render_compta,
)

TILLS = [("bar", aurillac_cases_bar.CASES), ("appli", aurillac_cases_appli.CASES),
         ("compta", aurillac_cases_compta.CASES)]


def build_library():
    lib, ids, by_key = [], {}, {}
    n = 0
    for key, fam, name, prod, app, region, country, colour, cat, formats in DRINKS:
        by_key[key] = (fam, name, prod, formats)
        ids[key] = {}
        for fmt in formats:
            for v in formats[fmt]:
                n += 1
                bid = "al%03d" % n
                ids[key][(fmt, v)] = bid
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": region, "country": country, "colour": colour,
                            "category": cat, "vintage": v,
                            "format_cl": int(fmt) if fmt == int(fmt) else fmt})
    return lib, ids, by_key


def render(till, fam, meas, vintage, text):
    if till == "bar":
        return render_bar(fam, meas, vintage, text)
    if till == "appli":
        return render_app(meas, vintage, text, fam in WINE_FAMS), True
    return render_compta(fam, meas, vintage, text), True


def build_cases(ids, by_key):
    out, seen = [], set()
    for till, cases in TILLS:
        for c in cases:
            if c[0] is None:
                _, fam, meas, vintage, text, reason = c
                label, ok = render(till, fam, meas, vintage, text)
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                       "vintage": read_vintage(till, label), "units_per_sale": None,
                       "note": reason, "connection": till}
            else:
                key, meas, vintage, text = c
                fam, name, prod, formats = by_key[key]
                fam = bar_family(fam, meas)
                assert fam in BAR_FAMS, (key, fam)
                label, ok = render(till, fam, meas, vintage, text)
                assert ok, ("cut took identifying words", label)
                lv = read_vintage(till, label)
                expect, bid, also, units, why = answer(formats, ids[key], meas, lv)
                note = "%s (%s)" % (name, prod)
                if why:
                    note += ": " + why
                if vintage is not None and lv is None and MEASURES[meas][0] != "item":
                    note += " [%d cut off by the till]" % vintage
                if expect == "none":
                    note += ": format not held (%s)" % meas
                rec = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                       "vintage": lv, "units_per_sale": units, "note": note, "connection": till}
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            out.append(rec)
    return out


def main():
    lib, ids, by_key = build_library()
    cases = build_cases(ids, by_key)
    with open(os.path.join(HERE, "aurillac_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "aurillac_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cases:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("library", len(lib), "cases", len(cases))
    tot = {"yes": 0, "almost": 0, "none": 0}
    for till, _ in TILLS:
        row = {e: sum(1 for c in cases if c["connection"] == till and c["expect"] == e) for e in tot}
        for e in tot:
            tot[e] += row[e]
        print("%-7s yes %3d almost %3d none %3d total %3d" % (till, row["yes"], row["almost"], row["none"], sum(row.values())))
    n = len(cases)
    print("all     yes %3d almost %3d none %3d  (%.1f / %.1f / %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], 100 * tot["yes"] / n, 100 * tot["almost"] / n, 100 * tot["none"] / n))


if __name__ == "__main__":
    main()
