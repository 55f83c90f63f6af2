"""Build bouillon_library.jsonl and bouillon_cases.jsonl (stdlib only, deterministic).

python3 tests/matching/data/bouillon/build_bouillon.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bouillon_cases_bar
import bouillon_cases_export
import bouillon_cases_salle
from bouillon_drinks import DRINKS
from bouillon_rules import answer, num, price
from bouillon_tills import hash1000, read, render

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl")


def library():
    rows, drinks, n = [], {}, 0
    for key, name, prod, app, region, country, colour, cat, fmts in DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat, "colour": colour, "entries": []}
        for vint, fmt in fmts:
            n += 1
            e = dict(zip(LIB_FIELDS, ("bo%03d" % n, name, prod, app, region, country, colour, cat, vint, num(fmt)), strict=False))
            rows.append(e)
            d["entries"].append(e)
        assert key not in drinks, key
        drinks[key] = d
    return rows, drinks


def cases(drinks):
    out, seen = [], set()
    for till, mod in (("bar", bouillon_cases_bar), ("salle", bouillon_cases_salle), ("export", bouillon_cases_export)):
        for spec in mod.CASES:
            key, measure, vintage, text = spec[:4]
            why = spec[4] if len(spec) > 4 else ""
            drink = drinks[key] if key else None
            ident = "%s|%s|%s" % (till, key or text, measure)
            pr = None
            if till == "export":
                m0 = None if measure in ("", "-", None) else ("cl", round(float(measure[:-1]) * 100, 1))
                pr = price(hash1000(ident), drink, m0)
            label = render(till, measure, text, vintage, ident, pr)
            assert label not in seen, label
            seen.add(label)
            m, v = read(till, label)
            expect, bid, also, units, reason = answer(drink, m, v)
            if drink is None:
                note = why
                assert why, label
            else:
                note = "%s (%s)" % (drink["name"], drink["producer"])
                if reason:
                    note += ": " + reason
                if why:
                    note += "; " + why
                if vintage and v is None:
                    note += " [%d cut off by the till]" % vintage
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": v, "units_per_sale": units, "note": note, "connection": till})
    return out


def main():
    rows, drinks = library()
    cs = cases(drinks)
    with open(os.path.join(HERE, "bouillon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bouillon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cs:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print(len(rows), "drinks,", len(cs), "cases")
    for t in ("bar", "salle", "export"):
        print(t, [tally.get((t, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cs if c["expect"] == e)
        print(e, k, "%.1f %%" % (100.0 * k / len(cs)))


if __name__ == "__main__":
    main()
