#!/usr/bin/env python3
"""Build toulon_library.jsonl and toulon_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import toulon_cases_comptoir
import toulon_cases_salle
import toulon_cases_terrasse
from toulon_drinks import DRINKS
from toulon_rules import answer, family
from toulon_tills import read_vintage, render

TILLS = [("comptoir", toulon_cases_comptoir), ("salle", toulon_cases_salle),
         ("terrasse", toulon_cases_terrasse)]


def library():
    lib, groups, info, n = [], {}, {}, 0
    for key, name, prod, app, reg, ctry, col, cat, held in DRINKS:
        info[key] = {"name": name, "producer": prod, "category": cat, "colour": col}
        for vint, fmt in held:
            n += 1
            bid = f"tl{n:03d}"
            lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                        "region": reg, "country": ctry, "colour": col, "category": cat,
                        "vintage": vint, "format_cl": fmt})
            groups.setdefault(key, []).append((bid, vint, fmt))
    return lib, groups, info


def cases(groups, info):
    out = []
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            key, meas, vy, text, note = ([*line.split("|"), ""])[:5]
            if key.startswith("-"):
                fam = key[1:]
                drink = {"category": "vin" if (vy or fam == "W") else "none"}
            else:
                drink = info[key]
                fam = family(key, drink, meas)
            cat = drink["category"]
            label = render(till, fam, meas, vy, text, cat)
            lv = read_vintage(till, label)
            if key.startswith("-"):
                exp, bid, also, units, why = "none", None, [], None, note
            else:
                exp, bid, also, units, why = answer(groups[key], drink, meas, lv)
                why = f"{drink['name']} ({drink['producer']})" + (f": {why}" if why else "")
                if vy and lv is None:
                    why += f" [20{vy} cut off by the till]"
                if exp == "none":
                    bid, also, units = None, [], None
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": why, "connection": till})
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    return out


def main():
    lib, groups, info = library()
    cs = cases(groups, info)
    for fname, rows in (("toulon_library.jsonl", lib), ("toulon_cases.jsonl", cs)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cs)
    for t, _ in TILLS:
        print(t, {e: cnt[(t, e)] for e in ("yes", "almost", "none")})
    tot = Counter(c["expect"] for c in cs)
    print(len(lib), "drinks", len(cs), "cases", {k: f"{v} {100*v/len(cs):.1f}%" for k, v in tot.items()})


if __name__ == "__main__":
    main()
