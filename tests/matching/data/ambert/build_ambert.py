#!/usr/bin/env python3
"""Build the Ambert held-out set: ambert_library.jsonl and ambert_cases.jsonl.

Stdlib only, deterministic. Renders each case with its till, reads the RENDERED label
back and applies the bench README's rules to what the label says.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ambert_cases_comptoir
import ambert_cases_grossiste
import ambert_cases_salle
from ambert_drinks import DRINKS
from ambert_rules import answer
from ambert_tills import TILLS

PREFIX = "AMB"
COUNTRY = {
    "jd": "États-Unis", "bacardi": "Porto Rico", "havana3": "Cuba", "aber12": "Écosse",
    "aber16": "Écosse", "chivas": "Écosse", "clan": "Écosse", "bombay": "Royaume-Uni",
    "smirnoff": "Royaume-Uni", "baileys": "Irlande", "mart_b": "Italie", "mart_r": "Italie",
    "cruz": "Portugal", "heine": "Pays-Bas", "heine00": "Pays-Bas", "despe": "Pays-Bas",
    "affli": "Belgique", "chouffe": "Belgique", "pago_o": "Autriche", "pago_p": "Autriche",
}
CONNECTIONS = [("comptoir", ambert_cases_comptoir.CASES), ("salle", ambert_cases_salle.CASES),
               ("grossiste", ambert_cases_grossiste.CASES)]


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    rows, drinks, n = [], {}, 0
    for key, name, prod, app, region, colour, cat, fam, formats in DRINKS:
        d = {"key": key, "name": name, "category": cat, "fam": fam, "formats": {}}
        for f in sorted(formats):
            d["formats"][f] = {}
            for v in sorted(formats[f], key=lambda v: v or 0):
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                d["formats"][f][v] = bid
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": region, "country": COUNTRY.get(key, "France"),
                             "colour": colour, "category": cat, "vintage": v,
                             "format_cl": fmt_cl(f)})
        if key in drinks:
            raise SystemExit("duplicate key %s" % key)
        drinks[key] = d
    return rows, drinks


MEAS_WORD = {"B": "bottle", "H": "half bottle", "M": "magnum", "G": "glass 12.5 cl",
             "CP": "coupe 12.5 cl", "POT": "pot 46 cl", "C25": "carafe 25 cl",
             "C50": "carafe 50 cl", "D": "dose 4 cl", "D2": "2 cl", "DM": "demi 25 cl",
             "PT": "pinte 50 cl", "U": "bottle"}


def build_cases(drinks, lib_by_id):
    out, seen = [], set()
    for conn, cases in CONNECTIONS:
        render, read = TILLS[conn]
        for text, key, meas, vintage, why in cases:
            if key is None:
                fam, reason = why.split(":", 1)
            else:
                fam, reason = drinks[key]["fam"], why
            label = render(text, meas, vintage, fam)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rb = read(label)
            typed = "U" if (conn == "grossiste" and meas == "B") else meas
            if conn != "comptoir" and (rb["measure"] != typed or rb["vintage"] != vintage):
                raise SystemExit("read-back differs for %r: %r" % (label, rb))
            if key is None:
                res = {"expect": "none", "beverage_id": None, "also_ok": [], "units": None}
                note = reason
            else:
                res = answer(drinks[key], rb)
                e = lib_by_id[res["beverage_id"]] if res["beverage_id"] else None
                dname = drinks[key]["name"]
                if res["expect"] == "none":
                    note = "%s: %s" % (dname, res["why"])
                else:
                    note = "%s (%s), %s" % (e["name"], e["producer"], MEAS_WORD[rb["measure"]] if rb["measure"] != "U" else "%g cl" % e["format_cl"])
                    if res["expect"] == "almost":
                        held = sorted(v for v in drinks[key]["formats"][e["format_cl"]])
                        note += ": label vintage %d not held, has %s" % (rb["vintage"], held)
                if vintage and rb["vintage"] is None:
                    note += " [%d cut off by the till]" % vintage
                if reason and res["expect"] != "none" and "cut" not in (reason or ""):
                    note += "; " + reason
            out.append({"label": label, "expect": res["expect"],
                        "beverage_id": res["beverage_id"], "also_ok": res["also_ok"],
                        "vintage": rb["vintage"], "units_per_sale": res["units"],
                        "note": note, "connection": conn})
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, drinks = build_library()
    lib_by_id = {r["id"]: r for r in lib}
    cases = build_cases(drinks, lib_by_id)
    dump(lib, os.path.join(HERE, "ambert_library.jsonl"))
    dump(cases, os.path.join(HERE, "ambert_cases.jsonl"))
    if "-v" in sys.argv:
        c = Counter((x["connection"], x["expect"]) for x in cases)
        n = len(cases)
        print("library", len(lib), "cases", n)
        for conn, _ in CONNECTIONS:
            print("%-10s" % conn, " ".join("%s=%d" % (e, c[(conn, e)]) for e in ("yes", "almost", "none")),
                  sum(c[(conn, e)] for e in ("yes", "almost", "none")))
        for e in ("yes", "almost", "none"):
            k = sum(1 for x in cases if x["expect"] == e)
            print(e, k, "%.1f %%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
