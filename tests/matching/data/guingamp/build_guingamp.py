"""Build the Guingamp held-out set: python3 build_guingamp.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import guingamp_cases_export
import guingamp_cases_salle
import guingamp_cases_zinc
from guingamp_drinks import drinks
from guingamp_rules import answer
from guingamp_tills import RENDER, read_vintage

TILLS = [("zinc", guingamp_cases_zinc.CASES), ("salle", guingamp_cases_salle.CASES),
         ("export", guingamp_cases_export.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def main():
    dr = drinks()
    lib, ids = [], {}
    for k, d in dr.items():
        ids[k] = {}
        for f, v in d["held"]:
            i = "gi%03d" % (len(lib) + 1)
            ids[k][(f, v)] = i
            e = {"id": i, "name": d["name"], "producer": d["producer"], "appellation": d["appellation"],
                     "region": d["region"], "country": d["country"], "colour": d["colour"],
                     "category": d["category"], "vintage": v, "format_cl": f}
            lib.append({f_: e[f_] for f_ in LIB_FIELDS})
    cases, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            p = line.split("|")
            key, meas, vin, text = p[0], p[1], (int(p[2]) if p[2] else None), p[3]
            label = RENDER[till](meas, text, vin)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            got = read_vintage(till, label)
            if got not in (vin, None):
                raise SystemExit("vintage misread %r" % label)
            if key == "-":
                reason = p[4]
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": got,
                         "units_per_sale": None, "note": reason}
            else:
                d = dr[key]
                exp, bid, also, u, why = answer(d, ids[key], meas, got)
                note = "%s (%s)" % (d["name"], d["producer"])
                if exp == "none":
                    note += ": " + why
                    bid, also, u = None, [], None
                elif why:
                    note += ": " + why
                if vin and got is None:
                    note += " [%d cut off by the till]" % vin
                c = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": got,
                         "units_per_sale": u, "note": note}
            c["connection"] = till
            cases.append(c)
    with open(os.path.join(HERE, "guingamp_library.jsonl"), "w", encoding="utf-8") as fh:
        for e in lib:
            fh.write(dumps(e) + "\n")
    with open(os.path.join(HERE, "guingamp_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(dumps(c) + "\n")
    tally = {}
    for c in cases:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    for till, _ in TILLS:
        print(till, [tally.get((till, e), 0) for e in ("yes", "almost", "none")])
    print(len(lib), "drinks,", len(cases), "cases")


if __name__ == "__main__":
    main()
