#!/usr/bin/env python3
"""Build the figeac held-out set: figeac_library.jsonl and figeac_cases.jsonl (stdlib only,
deterministic). Run: python3 tests/matching/data/figeac/build_figeac.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import figeac_cases_appli
import figeac_cases_cloud
import figeac_cases_fiston
import figeac_drinks
import figeac_rules
import figeac_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
TILLS = [("fiston", figeac_cases_fiston.CASES), ("appli", figeac_cases_appli.CASES),
         ("cloud", figeac_cases_cloud.CASES)]

def cloud_cat(e):
    if e["category"] == "vin":
        return e["colour"]
    if e["category"] == "bière" and e["format_cl"] >= 1000:
        return "draft"
    return e["category"]

def describe(e):
    s = "%s (%s)" % (e["name"], e["producer"])
    if e["vintage"]:
        s += " %d" % e["vintage"]
    return s + (", %s cl" % e["format_cl"] if e["format_cl"] != 75 else "")

def build():
    lib = figeac_drinks.library()
    byid = {e["id"]: e for e in lib}
    cases, seen = [], set()
    for till, specs in TILLS:
        for c in specs:
            cat = cloud_cat(byid[c["ref"]]) if c["kind"] != "none" else c["cat"]
            label = figeac_tills.render(till, c["text"], c["v"], c["meas"], cat)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            vint = figeac_tills.read_vintage(till, label)
            assert vint == c["v"] or (till == "cloud" and vint is None), (label, vint, c["v"])
            if c["kind"] == "none":
                if c["ref"]:
                    exp = figeac_rules.resolve(lib, c["ref"], c["meas"], vint)[0]
                    assert exp == "none", (label, exp)
                row = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                           "vintage": vint, "units_per_sale": None, "note": c["why"]}
            else:
                exp, bid, also, units = figeac_rules.resolve(lib, c["ref"], c["meas"], vint)
                assert exp == c["kind"], (label, exp, c["kind"])
                if exp == "yes" and vint is not None:
                    assert bid == c["ref"], (label, bid, c["ref"])
                e = byid[bid]
                note = describe(e)
                if exp == "almost":
                    note += ": label vintage %d not held, has %s" % (
                        vint, sorted(byid[x]["vintage"] for x in [bid, *also]))
                elif c["v"] is not None and vint is None:
                    note += ": the vintage was cut off at %d columns" % figeac_tills.CLOUD_WIDTH
                row = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                           "vintage": vint, "units_per_sale": units, "note": note}
            row["connection"] = till
            cases.append({k: row[k] for k in CASE_FIELDS})
    with open(os.path.join(HERE, "figeac_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "figeac_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cases:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return lib, cases

if __name__ == "__main__":
    lib, cases = build()
    print("%d drinks, %d cases" % (len(lib), len(cases)))
