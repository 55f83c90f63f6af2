#!/usr/bin/env python3
"""Build the blind held-out set "roanne": writes roanne_library.jsonl and roanne_cases.jsonl.

Stdlib only, deterministic. Each label is rendered with its till's habits, read back, and its
answer computed from the rendered label by the bench README's rules (roanne_rules.py)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import roanne_cases_export
import roanne_cases_salon
import roanne_cases_zinc
from roanne_drinks import DRINKS
from roanne_rules import BY_KEY, answer, fmt_num
from roanne_tills import read_back, render, zinc_family

TILLS = [("zinc", roanne_cases_zinc.CASES), ("salon", roanne_cases_salon.CASES),
         ("export", roanne_cases_export.CASES)]


def library():
    rows, ids = [], {}
    for d in DRINKS:
        key, name, prod, app, reg, country, colour, cat, fmts = d
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                rid = "rx%03d" % (len(rows) + 1)
                ids[(key, f, v)] = rid
                rows.append({"id": rid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt_num(f)})
    return rows, ids


def cases(ids):
    out, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            p = line.split("|")
            if p[0] == "-":
                _, meas, vint, fam, text, reason = p
                key = None
            else:
                key, meas, vint, text = p
                fam = None
            vint = int(vint) if vint else None
            if till == "zinc" and key:
                fam = zinc_family(BY_KEY[key], meas)
            label, cut = render(till, fam, text, meas, vint, key or text)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            rmeas, rvint = read_back(till, label)
            if rmeas != meas or rvint != (None if cut else vint):
                raise SystemExit(f"misread {label!r}: {rmeas!r} {rvint!r}")
            if key is None:
                out.append({"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": rvint, "units_per_sale": None, "note": reason,
                            "connection": till})
                continue
            d = BY_KEY[key]
            exp, ent, also, u, reason = answer(key, rmeas, rvint)
            note = f"{d[1]} ({d[2]})"
            if reason:
                note += ": " + reason
            if cut:
                note += " [%d cut off by the till]" % vint
            if exp == "none":
                out.append({"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": rvint, "units_per_sale": None, "note": note,
                            "connection": till})
            else:
                out.append({"label": label, "expect": exp, "beverage_id": ids[ent],
                            "also_ok": [ids[a] for a in also], "vintage": rvint,
                            "units_per_sale": u, "note": note, "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids = library()
    cs = cases(ids)
    dump(os.path.join(HERE, "roanne_library.jsonl"), lib)
    dump(os.path.join(HERE, "roanne_cases.jsonl"), cs)
    n = len(cs)
    print("library %d, cases %d" % (len(lib), n))
    for t, _ in [*TILLS, ("all", None)]:
        sel = [c for c in cs if t == "all" or c["connection"] == t]
        cnt = {e: sum(c["expect"] == e for c in sel) for e in ("yes", "almost", "none")}
        print("%-7s yes %3d almost %3d none %3d total %3d" % (t, cnt["yes"], cnt["almost"], cnt["none"], len(sel)))
    for e in ("yes", "almost", "none"):
        print("{} {:.1f} %".format(e, 100.0 * sum(c["expect"] == e for c in cs) / n))
    if "-v" in sys.argv:
        for c in cs:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["also_ok"], c["units_per_sale"], c["note"])


if __name__ == "__main__":
    main()
