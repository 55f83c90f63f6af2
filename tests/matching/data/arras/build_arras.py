"""Build the Arras held-out set: python3 build_arras.py [-v]. Stdlib only, deterministic."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import arras_cases_caisse
import arras_cases_chalet
import arras_cases_compta
import arras_drinks
import arras_rules
import arras_tills as T

FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour",
            "category", "vintage", "format_cl"]

def num(x):
    return int(x) if float(x).is_integer() else x

def library():
    drinks, rows, ids = {}, [], {}
    for (key, name, prod, app, reg, ctry, col, cat, formats) in arras_drinks.DRINKS:
        drinks[key] = {"key": key, "name": name, "producer": prod, "category": cat, "colour": col,
                           "formats": formats}
        for f in sorted(formats, key=lambda f: (f != 75, f)):
            for v in sorted(formats[f], key=lambda v: v or 0):
                i = "ar%03d" % (len(rows) + 1)
                ids[(key, f, v)] = i
                rows.append(dict(zip(FIELDS_L, [i, name, prod, app, reg, ctry, col, cat, v, num(f)], strict=False)))
    return drinks, rows, ids

def compta_fam(d, measure):
    cat, col = d["category"], d["colour"]
    if cat == "champagne":
        return "CHP"
    if cat == "vin":
        return {"rouge": "VRG", "blanc": "VBL", "rosé": "VRS", "liquoreux": "VLQ",
                "effervescent": "VEF"}[col]
    if cat == "bière":
        return "PRS" if T.MEASURES[measure][0] == "keg" else "BIE"
    return {"spiritueux": "SPI", "autre": "APE", "soft": "SOF"}[cat]

def parse(block):
    out = []
    for line in block.strip().splitlines():
        p = line.split("|")
        if p[0] == "-":
            out.append({"key": None, "measure": p[1], "vintage": int(p[2]) if p[2] else None,
                            "fam": p[3], "text": p[4], "reason": p[5]})
        else:
            out.append({"key": p[0], "measure": p[1], "vintage": int(p[2]) if p[2] else None,
                            "text": p[3]})
    return out

def main():
    drinks, lib, ids = library()
    cases, seen = [], set()
    for conn, mod in (("caisse", arras_cases_caisse), ("chalet", arras_cases_chalet),
                      ("compta", arras_cases_compta)):
        for s in parse(mod.CASES):
            d = drinks.get(s["key"]) if s["key"] else None
            if s["key"] and d is None:
                raise SystemExit("unknown key %s" % s["key"])
            if conn == "caisse":
                alcohol = (d["category"] != "soft") if d else s["fam"] not in ("food", "coffee", "soft")
                pfam = ({"vin": "wine", "champagne": "wine", "bière": "beer", "soft": "soft"}
                        .get(d["category"], "spirit") if d else s["fam"])
                label = T.render_caisse(s["measure"], s["text"], s["vintage"], alcohol, pfam)
                meas, vint, _ = T.read_caisse(label)
            elif conn == "compta":
                fam = compta_fam(d, s["measure"]) if d else s["fam"]
                label = T.render_compta(s["measure"], s["text"], s["vintage"], fam)
                meas, vint, _ = T.read_compta(label)
                if not s["measure"]:
                    meas = ""
            else:
                label = T.render_chalet(s["text"])
                meas, vint = T.read_chalet(label)
            if meas != s["measure"]:
                raise SystemExit("%s: measure read %r, keyed %r" % (label, meas, s["measure"]))
            if vint != s["vintage"] and not (vint is None and s["vintage"]):
                raise SystemExit("%s: vintage read %r, keyed %r" % (label, vint, s["vintage"]))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if d:
                exp, bid, also, units, note = arras_rules.answer(d, meas, vint, ids)
                if s["vintage"] and vint is None:
                    note += " [%d cut off by the till]" % s["vintage"]
            else:
                exp, bid, also, units, note = "none", None, [], None, s["reason"]
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                              "vintage": vint, "units_per_sale": units, "note": note, "connection": conn})
    with open(os.path.join(HERE, "arras_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "arras_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    print("library %d, cases %d" % (len(lib), n))
    for conn in ("caisse", "chalet", "compta"):
        print(conn, [counts.get((conn, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(v for (c, x), v in counts.items() if x == e)
        print(e, k, "%.1f %%" % (100.0 * k / n))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["beverage_id"], c["units_per_sale"], c["vintage"], repr(c["label"]))

if __name__ == "__main__":
    main()
