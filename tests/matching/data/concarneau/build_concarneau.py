#!/usr/bin/env python3
"""Build the blind held-out set of "Le Thonier Bleu" (Concarneau).

Writes concarneau_library.jsonl and concarneau_cases.jsonl beside this file, byte for byte
the same on every run (stdlib only, no randomness).  Every answer is computed from the
RENDERED label: the vintage and measure are read back from what the till prints.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import concarneau_cases_caisse
import concarneau_cases_export
import concarneau_cases_salle
from concarneau_drinks import PRODUCTS
from concarneau_rules import answer
from concarneau_tills import CAISSE_WIDTH, FAMILIES, read_back, render

PREFIX = "CCN"
TILLS = [("caisse", concarneau_cases_caisse.CASES), ("salle", concarneau_cases_salle.CASES),
         ("export", concarneau_cases_export.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_num(f):
    return int(f) if f == int(f) else f


def build_library():
    library, index = [], {}
    for key, family, name, producer, app, region, country, colour, cat, holdings in PRODUCTS:
        ids = {}
        for fmt in sorted(holdings):
            for vin in sorted(holdings[fmt], key=lambda v: v or 0):
                bid = f"{PREFIX}{len(library) + 1:03d}"
                library.append(dict(zip(LIB_FIELDS, [bid, name, producer, app, region, country,
                                                     colour, cat, vin, fmt_num(fmt)], strict=False)))
                ids[(fmt, vin)] = bid
        index[key] = {"family": family, "name": name, "producer": producer, "holdings": holdings,
                          "ids": ids}
    return library, index


def build_cases(index):
    cases, seen, seen_desc, seen_plu = [], set(), {}, {}
    for till, block in TILLS:
        for line in block.strip().splitlines():
            parts = line.split("|")
            code, vin, key, text = parts[0], parts[1], parts[2], parts[3]
            vin = int(vin) if vin else None
            if key.startswith("-"):
                family, prod, reason = key[1:], None, parts[4]
            else:
                key, _, override = key.partition("@")
                prod = index[key]
                family, reason = override or prod["family"], None
            assert family in FAMILIES, line
            label = render(till, code, vin, family, text)
            assert label not in seen, f"duplicate label {label!r}"
            seen.add(label)
            if till == "caisse":
                desc = label[:CAISSE_WIDTH].rstrip()
                assert desc not in seen_desc, f"duplicate caisse key {desc!r} ({line})"
                seen_desc[desc] = line
            if till == "export":
                plu, lib = label.split(";")[:2]
                assert seen_plu.setdefault(plu, lib) == lib, f"PLU {plu} used twice"
            r_code, r_vin = read_back(till, label)
            if code:
                want = "C75" if (till == "export" and code == "B") else code
                assert r_code == want, (line, label, r_code)
            assert r_vin == vin or (r_vin is None and till == "caisse"), (line, label, r_vin)
            if prod is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": r_vin, "units_per_sale": None, "note": reason}
            else:
                expect, bid, also, units, why = answer(prod["ids"], prod["holdings"], r_code,
                                                       r_vin)
                note = f"{prod['name']} ({prod['producer']})"
                if why:
                    note += ": " + why
                if vin and r_vin is None:
                    note += f" [{vin} cut off by the till]"
                case = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                            "vintage": r_vin, "units_per_sale": units, "note": note}
            case["connection"] = till
            cases.append(case)
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    library, index = build_library()
    cases = build_cases(index)
    dump(library, os.path.join(HERE, "concarneau_library.jsonl"))
    dump(cases, os.path.join(HERE, "concarneau_cases.jsonl"))
    if "-v" in sys.argv:
        print(f"{len(library)} drinks, {len(cases)} cases")
        c = Counter((x["connection"], x["expect"]) for x in cases)
        for till, _ in TILLS:
            row = [c[(till, e)] for e in ("yes", "almost", "none")]
            print(f"{till:7s} yes {row[0]:3d} almost {row[1]:3d} none {row[2]:3d} total {sum(row)}")
        t = Counter(x["expect"] for x in cases)
        print({k: f"{v} ({100 * v / len(cases):.1f} %)" for k, v in t.items()})


if __name__ == "__main__":
    main()
