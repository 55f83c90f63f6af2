#!/usr/bin/env python3
"""Build the blind held-out set "provence" (La Table du Luberon, near Apt).

Writes provence_library.jsonl and provence_cases.jsonl beside this file, byte for byte
the same on every run. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import provence_cases_c
import provence_cases_s
import provence_cases_t
from provence_drinks import DRINKS
from provence_rules import answer, read_vintage
from provence_tills import render

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOUR_FAM = {"rosé": "rs", "blanc": "bl", "rouge": "rg", "effervescent": "ch"}
CAT_FAM = {"spiritueux": ("ap", "al"), "autre": ("ap",), "bière": ("bi",), "soft": ("so",)}


def fmt_num(x):
    return int(x) if x == int(x) else x


def build_library():
    lib, by_key = [], {}
    n = 0
    for d in DRINKS:
        rows = []
        for f in sorted(d["formats"], key=lambda f: (f != 75, f)):
            for v in sorted(d["formats"][f], key=lambda v: v or 0):
                n += 1
                rows.append({"id": "pv%03d" % n, "name": d["name"], "producer": d["producer"],
                             "appellation": d["appellation"], "region": d["region"],
                             "country": d["country"], "colour": d["colour"],
                             "category": d["category"], "vintage": v,
                             "format_cl": fmt_num(f)})
        lib.extend(rows)
        by_key[d["key"]] = (d, rows)
    return lib, by_key


def family_of(d):
    if d["category"] == "champagne":
        return "ch"
    if d["category"] == "vin":
        return COLOUR_FAM[d["colour"]]
    return CAT_FAM[d["category"]][0]


def build_cases(by_key):
    cases, seen = [], set()
    for till, mod in (("C", provence_cases_c), ("T", provence_cases_t),
                      ("S", provence_cases_s)):
        for spec in mod.CASES:
            fam, key, meas, vint, text, reason = spec
            d = rows = None
            if key is not None:
                d, rows = by_key[key]
                if fam is None:
                    fam = family_of(d)
                    if d["category"] == "spiritueux" and key not in ("ricard", "p51", "duval"):
                        fam = "al"
                ok_fams = ([family_of(d)] if d["category"] in ("vin", "champagne")
                           else list(CAT_FAM[d["category"]]))
                assert fam in ok_fams, (spec, fam)
                assert reason is None, spec
                if d["category"] not in ("vin", "champagne"):
                    assert meas != "btl", ("non-wine needs its size", spec)
            else:
                assert fam is not None and reason, spec
            draught = meas in ("demi", "pinte")
            label = render(till, fam, meas, vint, text, draught=draught)
            assert label not in seen, label
            seen.add(label)
            lv = read_vintage(till, label, fam)
            if key is None:
                case = ("none", None, [], None, reason)
                lv_out = lv
            else:
                exp, bid, also, units, why = answer(d, rows, meas, lv)
                note = "%s (%s)" % (d["name"], d["producer"])
                if exp == "none":
                    note += ": %s" % why
                elif why:
                    note += ": " + why
                if vint is not None and lv is None:
                    note += " [%d cut off by the till]" % vint
                case = (exp, bid, also, units, note)
                lv_out = lv
            exp, bid, also, units, note = case
            if key is None and vint is not None and lv is None:
                note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv_out, "units_per_sale": units, "note": note,
                          "connection": till})
    return cases


def dump(rows, fields, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(lib, LIB_FIELDS, os.path.join(HERE, "provence_library.jsonl"))
    dump(cases, CASE_FIELDS, os.path.join(HERE, "provence_cases.jsonl"))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    tot = {e: sum(counts[t].get(e, 0) for t in counts) for e in ("yes", "almost", "none")}
    print("library %d drinks, cases %d" % (len(lib), len(cases)))
    for t in ("C", "T", "S"):
        print(" ", t, counts.get(t), sum(counts.get(t, {}).values()))
    print("  total", {e: "%d (%.1f %%)" % (n, 100.0 * n / len(cases)) for e, n in tot.items()})


if __name__ == "__main__":
    main()
