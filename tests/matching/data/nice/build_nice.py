"""Build nice_library.jsonl and nice_cases.jsonl (deterministic): python3 build_nice.py"""

import json
import os
import random

from nice_drinks import DRINKS
from nice_specs import SPECS
from nice_tills import render_a, render_b, render_w

SEED = 20261201
HERE = os.path.dirname(os.path.abspath(__file__))
POUR = {"gl": 12.5, "gl12": 12, "gl15": 15, "car25": 25, "car50": 50, "dose": 4, "cl2": 2, "cl6": 6}
DRAUGHT = {"demi": 25, "pinte": 50, "piccola": 20, "media": 40}


def library():
    lib, by_key = [], {}
    n = 0
    for key, name, prod, app, reg, ctry, col, cat, formats in DRINKS:
        for fmt, vintages in formats.items():
            for v in vintages:
                n += 1
                e = {
                    "id": f"i{n:03d}",
                    "name": name,
                    "producer": prod,
                    "appellation": app,
                    "region": reg,
                    "country": ctry,
                    "colour": col,
                    "category": cat,
                    "vintage": v,
                    "format_cl": fmt,
                }
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    small = [f for f in fmts if f < 1000]
    if len(small) == 1 and len(fmts) == 1:
        return small[0]
    return None


def resolve(entries, measure):
    """(format_cl, units) the measure takes from this drink, or (None, None) if not held."""
    fmts = {e["format_cl"] for e in entries}
    if measure in POUR:
        base = ordinary(entries)
        if base is None:
            base = [f for f in fmts if f < 1000]
            base = base[0] if len(base) == 1 else None
        return (base, round(POUR[measure] / base, 4)) if base else (None, None)
    if measure in DRAUGHT:
        kegs = [f for f in fmts if f >= 1000]
        return (kegs[0], round(DRAUGHT[measure] / kegs[0], 4)) if kegs else (None, None)
    if measure == "btl":
        f = ordinary(entries)
        assert f is not None, entries[0]["name"]
        return f, 1
    f = {"mag": 150, "half": 37.5}.get(measure)
    if f is None:
        f = float(measure[1:]) if (measure[:1] == "f" and measure[1:2].isdigit()) else None
        f = int(f) if f == int(f) else f
    return (f, 1) if f in fmts else (None, None)


def answer(by_key, key, measure, vintage):
    if key == "-":
        return None
    entries = by_key[key]
    fmt, units = resolve(entries, measure)
    if fmt is None:
        return "format"
    same = [e for e in entries if e["format_cl"] == fmt]
    held = sorted({e["vintage"] for e in same if e["vintage"]})
    if not held:
        assert vintage is None, (key, vintage)
        return "yes", same[0], [], units
    if vintage is None:
        best = max(same, key=lambda e: e["vintage"])
        return "yes", best, [e["id"] for e in same if e is not best], units
    exact = [e for e in same if e["vintage"] == vintage]
    if exact:
        return "yes", exact[0], [], units
    best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return "almost", best, [e["id"] for e in same if e is not best], units


def w_price(rng, key, measure, vint, is_wine):
    """The tablet's price: by kind of sale (a '-' bottle with a vintage is a wine)."""
    if key == "-" and measure == "btl" and vint:
        is_wine = True
    if is_wine and measure in ("btl", "half", "mag"):
        base = rng.choice([29, 34, 38, 42, 48, 56, 64, 78, 92])
        return {"btl": base, "half": base * 0.6, "mag": base * 2}[measure]
    table = {
        "gl": [6, 7, 7.5, 8, 9, 11, 12],
        "car25": [12, 14, 16],
        "car50": [22, 24, 28, 32],
        "dose": [3.5, 4, 5, 6],
        "demi": [3.5, 4],
        "piccola": [3, 3.5],
        "media": [5.5, 6],
        "pinte": [7, 7.5],
        "food": [3, 4.5, 6.5, 9, 12, 14, 16],
    }
    return rng.choice(table.get(measure, [3.5, 4, 4.5, 5, 6]))


def main():
    rng = random.Random(SEED)
    lib, by_key = library()
    art_nos = rng.sample(range(101, 999), 200)
    cases, seen = [], set()
    for i, line in enumerate(SPECS.strip().splitlines()):
        till, key, measure, vint, text, reason = line.split("|")
        vint = int(vint) if vint else None
        is_wine = key != "-" and by_key[key][0]["category"] == "vin"
        if till == "A":
            label, kept = render_a(text, measure, vint, art_nos[i % 200] if till == "A" else 0)
        elif till == "B":
            if measure in ("btl",) or (measure[:1] == "f" and measure[1:2].isdigit()):
                size = resolve(by_key[key], "btl")[0] if measure == "btl" else float(measure[1:])
            else:
                from nice_tills import B_SIZE

                size = B_SIZE.get(measure)
            label, kept = render_b(text, measure, vint, size)
        else:
            price = w_price(rng, key, measure, vint, is_wine)
            label, kept = render_w(
                text,
                measure,
                vint,
                price,
                is_wine or (key == "-" and measure == "btl" and vint is not None),
            )
        assert label not in seen, label
        seen.add(label)
        res = answer(by_key, key, measure, kept)
        if res is None or res == "format":
            if res == "format":
                d = by_key[key][0]
                reason = f"{d['name']} ({d['producer']}) not held in this format"
            cases.append(
                {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": kept,
                    "units_per_sale": None,
                    "note": reason,
                    "connection": till,
                }
            )
            continue
        expect, e, also, units = res
        note = f"{e['name']} ({e['producer']})"
        if expect == "almost":
            held = sorted(x["vintage"] for x in by_key[key] if x["format_cl"] == e["format_cl"])
            note += f": label vintage {kept} not in library, has {held}"
        if vint and kept is None:
            note += f" [{vint} cut off by the till]"
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": e["id"],
                "also_ok": also,
                "vintage": kept,
                "units_per_sale": units,
                "note": note,
                "connection": till,
            }
        )
    with open(os.path.join(HERE, "nice_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nice_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter

    print(
        len(lib),
        len(cases),
        Counter(c["expect"] for c in cases),
        Counter((c["connection"], c["expect"]) for c in cases),
    )


if __name__ == "__main__":
    main()
