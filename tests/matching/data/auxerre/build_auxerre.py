#!/usr/bin/env python3
"""Build the Auxerre blind set: auxerre_library.jsonl and auxerre_cases.jsonl (stdlib only,
deterministic). Renders each keyed product with its till's habits, reads measure and vintage
back from the rendered label and computes the answer from them."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import auxerre_cases_cave
import auxerre_cases_comptoir
import auxerre_cases_salle
from auxerre_drinks import DRINKS
from auxerre_rules import answer
from auxerre_tills import READ, render_cave, render_comptoir, render_salle

TILLS = [
    ("comptoir", auxerre_cases_comptoir.CASES),
    ("salle", auxerre_cases_salle.CASES),
    ("cave", auxerre_cases_cave.CASES),
]


def library():
    rows, entries, by_key = [], {}, {}
    for d in DRINKS:
        key, name, prod, app, region, country, colour, cat, fm = d
        by_key[key] = d
        for fmt in fm:
            for v in sorted(fm[fmt], key=lambda x: x or 0):
                bid = "ax%03d" % (len(rows) + 1)
                entries[(key, fmt, v)] = bid
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
                        "format_cl": int(fmt) if fmt == int(fmt) else fmt,
                    }
                )
    return rows, entries, by_key


def build():
    rows, entries, by_key = library()
    cases, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            parts = line.split("|")
            key, meas, vint, text = parts[:4]
            vint = int(vint) if vint else None
            if till == "comptoir":
                label, cut = render_comptoir(text, meas, vint)
            elif till == "salle":
                label, cut = render_salle(text, meas, vint)
            else:
                label, cut = render_cave(text, meas, vint, till + line)
            if label in seen:
                raise SystemExit(f"duplicate label: {label!r}")
            seen.add(label)
            rmeas, rvint = READ[till](label)
            want = "B75" if (till == "cave" and meas == "BTL") else meas
            if rmeas != want:
                raise SystemExit(f"measure misread: {label!r} {rmeas!r} {meas!r}")
            if rvint != vint and not (cut and rvint is None):
                raise SystemExit(f"vintage misread: {label!r}")
            if key == "-":
                case = {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": rvint,
                    "units_per_sale": None,
                    "note": parts[4],
                }
            else:
                d = by_key[key]
                exp, bid, also, units, why = answer(d, entries, rmeas, rvint)
                note = f"{d[1]} ({d[2]})" + (": " + why if why else "")
                case = {
                    "label": label,
                    "expect": exp,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": rvint,
                    "units_per_sale": units,
                    "note": note,
                }
            if cut and vint and rvint is None:
                case["note"] += " [%d cut off by the till]" % vint
            case["connection"] = till
            cases.append(case)
    return rows, cases


def main():
    rows, cases = build()
    for fn, data in (("auxerre_library.jsonl", rows), ("auxerre_cases.jsonl", cases)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats = {}
    for c in cases:
        stats.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(cases)
    tot = {k: sum(s[k] for s in stats.values()) for k in ("yes", "almost", "none")}
    print("library", len(rows), "cases", n)
    for t, s in stats.items():
        print(t, s, sum(s.values()))
    print({k: "%d (%.1f %%)" % (v, 100 * v / n) for k, v in tot.items()})
    print("cut:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
