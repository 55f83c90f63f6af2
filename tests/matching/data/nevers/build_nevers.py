"""Build the Nevers blind held-out set: writes nevers_library.jsonl and nevers_cases.jsonl.

python3 build_nevers.py [-v]   (stdlib only, deterministic)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nevers_cases_caisse
import nevers_cases_export
import nevers_cases_tablette
import nevers_drinks as D
import nevers_rules as R
import nevers_tills as T

CASE_MODULES = [("caisse", nevers_cases_caisse), ("tablette", nevers_cases_tablette),
                ("export", nevers_cases_export)]


def build_library():
    lib = []
    for key, name, prod, app, region, colour, cat, fmts in D.DRINKS:
        country = D.COUNTRY.get(region, "France")
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                lib.append({"id": "nv%03d" % (len(lib) + 1), "name": name, "producer": prod,
                            "appellation": app, "region": region, "country": country,
                            "colour": colour, "category": cat, "vintage": v,
                            "format_cl": fmt, "_key": key})
    return lib


def dept_of(e, measure):
    cat, col = e["category"], e["colour"]
    if cat == "bière":
        return "PRESS" if measure in R.DRAUGHT else "BIERE"
    if cat == "spiritueux":
        return "ALC"
    if cat == "autre":
        return "APE"
    if cat == "soft":
        return "SOFT"
    if cat == "champagne" or col == "effervescent":
        return "BUL"
    return {"blanc": "BL", "rouge": "RG", "rosé": "RS"}[col]


def main():
    verbose = "-v" in sys.argv
    lib = build_library()
    by_key = {}
    for e in lib:
        by_key.setdefault(e["_key"], []).append(e)
    cases = []
    for till, mod in CASE_MODULES:
        render, read = T.TILLS[till]
        for line in mod.CASES.strip().splitlines():
            f = line.split("|")
            if f[0] == "-":
                _, fam, measure, vint, text, reason = f
                key = None
            else:
                key, measure, vint, text = f
                fam = dept_of(by_key[key][0], measure)
            vint = None if vint == "-" else int(vint)
            if till == "export":
                btl = 75
                if key and measure == "btl":
                    btl = R.ordinary(by_key[key], by_key[key][0]["category"])
                label, cut = render(fam, measure, vint, text, btl)
            else:
                label, cut = render(fam, measure, vint, text)
            lv = read(label)
            if lv != (None if cut else vint):
                raise SystemExit("vintage misread: %r %r %r" % (label, lv, vint))
            if key is None:
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                     "vintage": lv, "units_per_sale": None, "note": reason, "connection": till}
            else:
                ex, bid, also, units, why = R.answer(lib, key, measure, lv)
                e0 = by_key[key][0]
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
                c = {"label": label, "expect": ex, "beverage_id": bid, "also_ok": also,
                     "vintage": lv, "units_per_sale": units if ex != "none" else None,
                     "note": note, "connection": till}
            cases.append(c)
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    with open(os.path.join(HERE, "nevers_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for e in lib:
            e = {k: v for k, v in e.items() if k != "_key"}
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nevers_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tot = {}
    for c in cases:
        tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(cases)
    print("library %d, cases %d" % (len(lib), n))
    for t, d in tot.items():
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t, d["yes"], d["almost"], d["none"], sum(d.values())))
    for a in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == a)
        print("%-6s %3d %.1f %%" % (a, k, 100 * k / n))
    if verbose:
        for c in cases:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["also_ok"], c["units_per_sale"])


if __name__ == "__main__":
    main()
