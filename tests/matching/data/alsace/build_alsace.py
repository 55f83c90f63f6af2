"""Build alsace_library.jsonl and alsace_cases.jsonl (deterministic, standard library only).

python3 tests/matching/data/alsace/build_alsace.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from alsace_drinks import DRINKS
from alsace_specs import CASES
from alsace_tills import render

POUR_CL = {"b8": 12.5, "g10": 10, "q": 25, "c50": 50, "cp": 12.5, "d2": 2, "d4": 4}
DRAUGHT_CL = {"demi": 25, "p40": 40, "pinte": 50}
SIZE = {
    "half": 37.5,
    "mag": 150,
    "b25": 25,
    "b33": 33,
    "b50": 50,
    "b65": 65,
    "b75": 75,
    "b100": 100,
}


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    rows, index = [], {}
    n = 0
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        for f, vintages in formats.items():
            for v in sorted(vintages, key=lambda x: x or 0):
                n += 1
                bid = f"a{n:03d}"
                rows.append(
                    {
                        "id": bid,
                        "name": name,
                        "producer": prod,
                        "appellation": app,
                        "region": region,
                        "country": country,
                        "colour": colour,
                        "category": cat,
                        "vintage": v,
                        "format_cl": fmt_num(f),
                    }
                )
                index.setdefault(key, {}).setdefault(f, []).append((v, bid))
    return rows, index


def wanted_format(measure, formats, category):
    """The format a sale in this measure takes from, or None when not held."""
    fs = list(formats)
    kegs = [f for f in fs if f >= 1000]
    if measure in DRAUGHT_CL:
        return kegs[0] if kegs else None
    if measure in SIZE:
        return SIZE[measure] if SIZE[measure] in fs else None
    # btl or a pour: the ordinary bottle
    if category in ("vin", "champagne") and 75 in fs:
        return 75
    ordinary = [f for f in fs if f not in (37.5, 150) and f < 1000]
    if len(ordinary) == 1:
        return ordinary[0]
    return None


def answer(index, meta, key, measure, label_vintage):
    if key is None:
        return None
    formats = index[key]
    f = wanted_format(measure, formats, meta[key][7])
    if f is None:
        return None
    entries = formats[f]  # [(vintage, id)] ascending
    if entries[0][0] is None:
        return "yes", entries[0][1], [], None
    if label_vintage is None:
        best = entries[-1]
        return "yes", best[1], [b for v, b in entries if b != best[1]], f
    for v, b in entries:
        if v == label_vintage:
            return "yes", b, [], f
    best = min(entries, key=lambda e: (abs(e[0] - label_vintage), -e[0]))
    return "almost", best[1], [b for v, b in entries if b != best[1]], f


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    if measure in DRAUGHT_CL:
        return round(DRAUGHT_CL[measure] / fmt, 4)
    return 1


def main():
    rows, index = build_library()
    meta = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    for spec in CASES:
        till, key, measure, vintage, text = spec[:5]
        reason = spec[5] if len(spec) > 5 else None
        if key is not None and key not in meta:
            raise SystemExit(f"unknown key {key}")
        category = meta[key][7] if key else None
        label, kept = render(till, key, measure, vintage, text, category)
        if label in seen:
            raise SystemExit(f"duplicate label {label}")
        seen.add(label)
        lv = vintage if kept else None
        ans = answer(index, meta, key, measure, lv)
        cut_note = f" [{vintage} cut off by the till]" if vintage and not kept else ""
        if ans is None:
            if key is not None:
                d = meta[key]
                reason = reason or f"{d[1]} ({d[2]}): this format is not held"
            elif not reason:
                raise SystemExit(f"none without reason: {spec}")
            case = {
                "label": label,
                "expect": "none",
                "beverage_id": None,
                "also_ok": [],
                "vintage": lv,
                "units_per_sale": None,
                "note": reason + cut_note,
                "connection": till,
            }
        else:
            if reason:
                raise SystemExit(f"reason on a matching case: {spec}")
            expect, bid, also, fmt = ans
            d = meta[key]
            fmt_cl = next(r["format_cl"] for r in rows if r["id"] == bid)
            note = f"{d[1]} ({d[2]})"
            if expect == "almost":
                held = sorted(v for v, _ in index[key][fmt])
                note += f": label vintage {lv} not in library, has {held}"
            case = {
                "label": label,
                "expect": expect,
                "beverage_id": bid,
                "also_ok": also,
                "vintage": lv,
                "units_per_sale": units(measure, fmt_cl),
                "note": note + cut_note,
                "connection": till,
            }
        cases.append(case)
    with open(os.path.join(HERE, "alsace_library.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "alsace_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(rows), "drinks,", len(cases), "cases")
    print(Counter(c["expect"] for c in cases))
    print(Counter((c["connection"], c["expect"]) for c in cases))


if __name__ == "__main__":
    main()
