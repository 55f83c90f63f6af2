"""Build the paimpol blind set: python3 build_paimpol.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import paimpol_cases_bar
import paimpol_cases_hotel
import paimpol_cases_resto
from paimpol_drinks import DRINKS
from paimpol_rules import answer, fmt_cl
from paimpol_tills import render

PREFIX = "pp"
FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]


def library():
    drinks, rows, n = {}, [], 0
    for key, name, prod, app, region, country, colour, cat, held in DRINKS:
        if key in drinks:
            raise ValueError("duplicate key " + key)
        d = {"key": key, "name": name, "producer": prod, "appellation": app, "region": region,
             "country": country, "colour": colour, "category": cat, "held": held, "ids": {}}
        for v, f in held:
            n += 1
            bid = "%s%03d" % (PREFIX, n)
            d["ids"][(v, f)] = bid
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": region, "country": country, "colour": colour, "category": cat,
                         "vintage": v, "format_cl": fmt_cl(f)})
        drinks[key] = d
    return drinks, rows


def describe(d, fmt=None):
    s = "%s (%s)" % (d["name"], d["producer"])
    return s


def cases(drinks):
    out, seen = [], set()
    for till, mod in (("resto", paimpol_cases_resto), ("bar", paimpol_cases_bar),
                      ("hotel", paimpol_cases_hotel)):
        for cs in mod.CASES:
            d = drinks[cs["key"]] if cs["key"] else None
            if till == "resto" and cs["bin"] is None and d and d["category"] in ("vin", "champagne"):
                cs = dict(cs, bin=d["key"])
            label, cut = render(till, cs, d)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            vintage = None if cut else cs["vintage"]
            if d is None:
                res = {"expect": "none", "beverage_id": None, "also_ok": [],
                       "units_per_sale": None}
                note = cs["why"]
            else:
                res = answer(d, d["ids"], cs["measure"], vintage)
                note = describe(d)
                if res["why"]:
                    note += ": " + res["why"]
                if cut:
                    note += " [%d cut off by the till]" % cut
            out.append({"label": label, "expect": res["expect"], "beverage_id": res["beverage_id"],
                        "also_ok": res["also_ok"], "vintage": vintage,
                        "units_per_sale": res["units_per_sale"], "note": note,
                        "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    drinks, rows = library()
    cs = cases(drinks)
    dump(os.path.join(HERE, "paimpol_library.jsonl"), rows)
    dump(os.path.join(HERE, "paimpol_cases.jsonl"), cs)
    counts = {}
    for c in cs:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print("library", len(rows), "cases", len(cs))
    for t in ("resto", "bar", "hotel"):
        k = counts.get(t, {})
        print(t, k.get("yes", 0), k.get("almost", 0), k.get("none", 0), sum(k.values()))
    tot = {e: sum(1 for c in cs if c["expect"] == e) for e in ("yes", "almost", "none")}
    print("total", tot, {e: round(100.0 * n / len(cs), 1) for e, n in tot.items()})


if __name__ == "__main__":
    main()
