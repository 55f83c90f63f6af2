"""Build the "nimes" held-out set: nimes_library.jsonl and nimes_cases.jsonl.
Stdlib only, deterministic. python3 build_nimes.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nimes_cases_bodega
import nimes_cases_comptoir
import nimes_cases_salle
import nimes_drinks
import nimes_rules as R
import nimes_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def build():
    lib = []
    for n, (key, e) in enumerate(nimes_drinks.library(), 1):
        lib.append(("ni%03d" % n, (key, e)))
    lib_pairs = [(i, ke) for i, ke in lib]
    [(i, (k, e)) for i, (k, e) in lib_pairs]
    first = {}
    for i, (k, e) in lib:
        first.setdefault(k, (i, e))

    def rules_lib():
        return [(i, (k, e)) for i, (k, e) in lib]

    cases = []
    tills = [("comptoir", nimes_cases_comptoir.CASES), ("salle", nimes_cases_salle.CASES),
             ("bodega", nimes_cases_bodega.CASES)]
    for conn, specs in tills:
        for spec in specs:
            key, meas, vint, text = spec[:4]
            if key is not None:
                group = [(i, e) for i, (k, e) in lib if k == key]
                if not group:
                    raise SystemExit("unknown key %s" % key)
                drink = group[0][1]
                fam = R.family(conn, drink)
                if meas == "own":
                    fmt = drink["format_cl"]
                    if len({e["format_cl"] for _, e in group}) != 1:
                        raise SystemExit("own on several formats: %s" % key)
                elif meas and meas.startswith("cl:"):
                    fmt = float(meas[3:])
                    fmt = int(fmt) if fmt == int(fmt) else fmt
                else:
                    fmt = None
                if conn == "bodega" and meas in ("demi", "pinte"):
                    fam = "Pression"
                elif conn == "bodega" and drink["category"] == "bière":
                    fam = "Bouteilles"
            else:
                reason = spec[4]
                fam = spec[5] if len(spec) > 5 else None
                fmt = None
                if meas and meas.startswith("cl:"):
                    fmt = float(meas[3:])
                    fmt = int(fmt) if fmt == int(fmt) else fmt
            m = "own" if (meas and meas.startswith("cl:")) else meas
            if conn == "comptoir":
                label = T.render_comptoir(m, text, vint, fmt)
            elif conn == "salle":
                label = T.render_salle(m, text, vint, fam, fmt)
            else:
                label = T.render_bodega(m, text, vint, fam, fmt)
            lv = T.read_vintage(conn, label)
            if key is None:
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                           "vintage": lv, "units_per_sale": None, "note": reason, "connection": conn}
            else:
                if lv is not None and lv != vint:
                    raise SystemExit("misread vintage %r" % label)
                ex, bid, also, units, why = R.answer(key, meas, lv, [(i, (k, e)) for i, (k, e) in lib])
                note = "%s (%s)" % (drink["name"], drink["producer"])
                if ex == "none":
                    note += ": " + why + " (%s)" % meas
                    units = None
                elif why:
                    note += ": " + why
                if vint is not None and lv is None:
                    note += " [%d cut off by the till]" % vint
                rec = {"label": label, "expect": ex, "beverage_id": bid, "also_ok": also, "vintage": lv,
                           "units_per_sale": units, "note": note, "connection": conn}
            cases.append(rec)
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    with open(os.path.join(HERE, "nimes_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (k, e) in lib:
            row = dict(id=i, **e)
            f.write(json.dumps({k2: row[k2] for k2 in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nimes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return lib, cases


if __name__ == "__main__":
    lib, cases = build()
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    print(len(lib), "drinks,", len(cases), "cases")
    for conn in ("comptoir", "salle", "bodega"):
        print(conn, [cnt[(conn, x)] for x in ("yes", "almost", "none")])
    tot = Counter(c["expect"] for c in cases)
    print({k: "%d (%.1f%%)" % (v, 100 * v / len(cases)) for k, v in tot.items()})
