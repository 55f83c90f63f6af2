#!/usr/bin/env python3
"""Build the blind held-out set "chinois": chinois_library.jsonl and chinois_cases.jsonl.

stdlib only, deterministic (no randomness: the banquet export's dates, tables, menus and
quantities come from a SHA-256 of the product). Renders each label with its till's habits
and computes the expected answer from the RENDERED label (bench README rules).
Usage: python3 build_chinois.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chinois_cases_banquet
import chinois_cases_caisse
import chinois_cases_pda
import chinois_drinks
import chinois_rules
import chinois_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def parse_vint(s):
    return None if s == "-" else int(s)


def build():
    groups, library = chinois_drinks.parse()
    cases, seen = [], set()

    def add(conn, key, meas, typed_vint, label, vint, reason=None):
        if label in seen:
            raise SystemExit("duplicate label: %r" % label)
        seen.add(label)
        if key == "-":
            exp, bid, also, units, note = "none", None, [], None, reason
        else:
            exp, bid, also, units, note = chinois_rules.answer(groups[key], meas, vint)
            if typed_vint and vint is None:
                note += " [%d cut off by the till]" % typed_vint
        cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                      "vintage": vint, "units_per_sale": units, "note": note,
                      "connection": conn})

    for line in chinois_cases_caisse.CASES:
        f = line.split("|")
        key, meas, v, cn, latin = f[:5]
        label, vint = chinois_tills.render_caisse(cn, latin, meas, parse_vint(v))
        add("caisse", key, meas, parse_vint(v), label, vint, f[5] if key == "-" else None)
    for line in chinois_cases_pda.CASES:
        f = line.split("|")
        key, meas, v, text = f[:4]
        label, vint = chinois_tills.render_pda(text, meas, parse_vint(v))
        add("pda", key, meas, parse_vint(v), label, vint, f[4] if key == "-" else None)
    for line in chinois_cases_banquet.CASES:
        f = line.split("|")
        key, meas, v, desig = f[:4]
        label, vint = chinois_tills.render_banquet(desig, meas, parse_vint(v))
        add("banquet", key, meas, parse_vint(v), label, vint, f[4] if key == "-" else None)
    return library, cases


def dump(rows, fields, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    library, cases = build()
    dump(library, LIB_FIELDS, os.path.join(HERE, "chinois_library.jsonl"))
    dump(cases, CASE_FIELDS, os.path.join(HERE, "chinois_cases.jsonl"))
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x["connection"], x["expect"]) for x in cases)
        print(len(library), "drinks,", len(cases), "cases")
        for conn in ("caisse", "pda", "banquet"):
            print(conn, {e: c[(conn, e)] for e in ("yes", "almost", "none")})
        t = Counter(x["expect"] for x in cases)
        print({e: "%d (%.1f %%)" % (t[e], 100 * t[e] / len(cases)) for e in t})


if __name__ == "__main__":
    main()
