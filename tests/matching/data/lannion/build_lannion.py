#!/usr/bin/env python3
"""Build the blind held-out set of "Le Quai des Bulles" (Lannion).

Writes lannion_library.jsonl and lannion_cases.jsonl beside this file, byte for
byte the same on every run (stdlib only, no randomness). -v prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lannion_cases_caisse
import lannion_cases_pub
import lannion_cases_salle
from lannion_drinks import DRINKS
from lannion_rules import answer, fmt
from lannion_tills import TILLS, read_back, render

ID = "ln"
SPECS = {"caisse": lannion_cases_caisse.CASES, "salle": lannion_cases_salle.CASES,
         "pub": lannion_cases_pub.CASES}


def build_library():
    lib, drinks, entries = [], {}, {}
    for key, name, prod, app, reg, country, colour, cat, kind, holds in DRINKS:
        assert key not in drinks, key
        drinks[key] = {"key": key, "name": name, "producer": prod, "kind": kind, "holds": holds}
        entries[key] = []
        for vintage, f in holds:
            i = f"{ID}{len(lib) + 1:03d}"
            lib.append({"id": i, "name": name, "producer": prod, "appellation": app,
                        "region": reg, "country": country, "colour": colour,
                        "category": cat, "vintage": vintage, "format_cl": fmt(f)})
            entries[key].append((i, vintage, f))
    return lib, drinks, entries


def build_cases(drinks, entries):
    cases, seen = [], set()
    for till in TILLS:
        for line in SPECS[till].strip().splitlines():
            key, measure, vintage, text = line.split("|")
            vintage = int(vintage) if vintage else None
            label, typed = render(till, measure, vintage, text)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            meas_back, v = read_back(till, label)
            if meas_back != measure:
                raise SystemExit(f"{till}: measure {measure} reads back as {meas_back}: {label!r}")
            if v is not None and v != vintage:
                raise SystemExit(f"{till}: label {label!r} reads vintage {v}, typed {vintage}")
            cut = vintage is not None and v is None
            if key.startswith("-"):
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": v, "units_per_sale": None, "note": key[1:]}
            else:
                d = drinks[key]
                a = answer(d, entries[key], measure, v)
                who = f"{d['name']} ({d['producer']})"
                if a["expect"] == "none" or a["expect"] == "almost":
                    note = f"{who}: {a['why']}"
                else:
                    note = who
                if cut:
                    note += f" [{vintage} cut off by the till]"
                case = {"label": label, "expect": a["expect"], "beverage_id": a["beverage_id"],
                        "also_ok": a["also_ok"], "vintage": v, "units_per_sale": a["units"],
                        "note": note}
            case["connection"] = till
            cases.append(case)
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, drinks, entries = build_library()
    cases = build_cases(drinks, entries)
    dump(lib, os.path.join(HERE, "lannion_library.jsonl"))
    dump(cases, os.path.join(HERE, "lannion_cases.jsonl"))
    if "-v" in sys.argv:
        print(f"library {len(lib)}, cases {len(cases)}")
        for till in (*TILLS, "all"):
            sel = [c for c in cases if till in ("all", c["connection"])]
            cnt = {e: sum(c["expect"] == e for c in sel) for e in ("yes", "almost", "none")}
            print(f"{till:7s} {cnt['yes']:4d} {cnt['almost']:4d} {cnt['none']:4d} {len(sel):4d}  "
                  + " ".join(f"{e} {100 * n / len(sel):.1f}%" for e, n in cnt.items()))
        print("cut", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
