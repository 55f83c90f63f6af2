"""Build the chartres held-out set: python build_chartres.py (stdlib only, deterministic)."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chartres_cases_banquet
import chartres_cases_comptoir
import chartres_cases_salle
import chartres_drinks
from chartres_rules import answer
from chartres_tills import read_back, render

TILLS = (("comptoir", chartres_cases_comptoir.SPECS), ("salle", chartres_cases_salle.SPECS),
         ("banquet", chartres_cases_banquet.SPECS))


def main():
    rows = chartres_drinks.rows()
    drinks = {r["key"]: r for r in rows}
    lib, lib_ids = [], {}
    for r in rows:
        for v in r["vintages"]:
            bid = "cr%03d" % (len(lib) + 1)
            lib_ids[(r["grp"], r["format_cl"], v)] = bid
            lib.append({"id": bid, "name": r["name"], "producer": r["producer"],
                        "appellation": r["appellation"], "region": r["region"],
                        "country": r["country"], "colour": r["colour"],
                        "category": r["category"], "vintage": v, "format_cl": r["format_cl"]})
    {e["id"]: e for e in lib}
    cases, seen = [], set()
    for till, specs in TILLS:
        for line in specs.strip().splitlines():
            p = [x.strip() for x in line.split("|")]
            key, measure, vint, text = p[0], p[1], (int(p[2]) if p[2] else None), p[3]
            fam = int(key[1:]) if key.startswith("-") else drinks[key]["fam"]
            label = render(till, measure, vint, text, fam)
            m2, lv = read_back(till, label)
            assert m2 == measure, (label, m2, measure)
            assert label not in seen, label
            seen.add(label)
            if key.startswith("-"):
                c = ("none", None, [], None, p[4])
            else:
                exp, bid, also, u, why = answer(drinks, lib_ids, key, measure, lv)
                e = drinks[key]
                note = "%s (%s)" % (e["name"], e["producer"])
                if why:
                    note += ": " + why
                if vint and lv is None:
                    note += " [%d cut off by the till]" % vint
                c = (exp, bid, also, u, note)
            exp, bid, also, u, note = c
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": u, "note": note, "connection": till})
    cases.sort(key=lambda c: hashlib.sha256(c["label"].encode("utf-8")).hexdigest())
    with open(os.path.join(HERE, "chartres_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "chartres_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        for t, _ in TILLS:
            print(t, [cnt[(t, x)] for x in ("yes", "almost", "none")])
        tot = Counter(c["expect"] for c in cases)
        print(len(lib), len(cases), {k: "%d %.1f%%" % (v, 100 * v / len(cases)) for k, v in tot.items()})
        print("cut:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
