#!/usr/bin/env python3
"""Build the blind held-out set "Le Chai de la Gardonnette" (Bergerac).

Writes bergerac_library.jsonl and bergerac_cases.jsonl beside this file. Stdlib only,
deterministic. Each label is rendered with its till's habits, then read back; the answer
is computed from what the RENDERED label says (a vintage cut off by the dining-room till
is no longer there)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bk_cases_bar
import bk_cases_export
import bk_cases_resto
import bk_drinks
import bk_rules
import bk_tills

TILLS = [("resto", bk_cases_resto.CASES), ("bar", bk_cases_bar.CASES),
         ("export", bk_cases_export.CASES)]


def library():
    rows, ids, drinks = [], {}, {}
    n = 0
    for d in bk_drinks.DRINKS:
        key, fam, name, producer, app, region, colour, cat, formats = d
        assert key not in drinks, key
        drinks[key] = d
        for fmt, vints in formats.items():
            for v in vints:
                n += 1
                bid = "bk%03d" % n
                ids[(key, fmt, v)] = bid
                rows.append({"id": bid, "name": name, "producer": producer,
                             "appellation": app, "region": region, "country": bk_drinks.F,
                             "colour": colour, "category": cat, "vintage": v,
                             "format_cl": fmt})
    return rows, ids, drinks


def build_case(till, c, ids, drinks):
    if c[0] == "-":
        _, fam, meas, text, reason = c
        label = bk_tills.render(till, fam, meas, None, text)
        fam_r, meas_r, vint_r = bk_tills.read_back(till, label)
        assert vint_r is None, label
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": None, "units_per_sale": None, "note": reason,
                "connection": till}
    key, meas, vint, text = c
    d = drinks[key]
    fam = d[1]
    bfmt = bk_rules.BOTTLE_FMT.get(meas) or bk_rules.ordinary_format(d[8]) or 75
    label = bk_tills.render(till, fam, meas, vint, text, bottle_fmt=bk_rules.fmt_key(bfmt))
    fam_r, meas_r, vint_r = bk_tills.read_back(till, label)
    if meas_r.startswith("BT:"):
        assert float(meas_r[3:].replace(",", ".")) == bfmt, (label, meas)
    else:
        assert meas_r == meas, (label, meas_r, meas)
    cut = ""
    if vint_r != vint:
        assert till == "resto" and vint_r is None, (label, vint, vint_r)
        last = label.split(" ")[-1]
        assert not last.isdigit(), "cut leaves part of a number: " + label
        cut = " [%d cut off by the till]" % vint
    expect, bid, also, units, reason = bk_rules.answer(d, meas_r, vint_r, ids)
    note = "%s (%s)" % (d[2], d[3])
    if reason:
        note += ": " + reason
    note += cut
    return {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
            "vintage": vint_r, "units_per_sale": units, "note": note, "connection": till}


def main():
    rows, ids, drinks = library()
    cases = []
    for till, cs in TILLS:
        for c in cs:
            cases.append(build_case(till, c, ids, drinks))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    with open(os.path.join(HERE, "bergerac_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bergerac_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    print("library %d, cases %d" % (len(rows), n))
    for t, v in tab.items():
        print(" %-7s %s total %d" % (t, v, sum(v.values())))
    print(" all     %s  (%s)" % (tot, ", ".join("%.1f %%" % (100.0 * tot[k] / n) for k in tot)))
    print(" cut vintages: %d" % sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
