#!/usr/bin/env python3
"""Build the blind held-out set "mayenne": writes mayenne_library.jsonl and mayenne_cases.jsonl.

Stdlib only, deterministic. Each button is rendered with its till's habits, the vintage and
measure are read back from the RENDERED label, and the answer follows from what it says.
Usage: python3 build_mayenne.py [-v]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mayenne_drinks as drinks
import mayenne_rules as rules
import mayenne_tills as tills
from mayenne_cases_comptoir import CASES as C_COMPTOIR
from mayenne_cases_terminal import CASES as C_TERMINAL
from mayenne_cases_z import CASES as C_Z

CASE_ORDER = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
MEAS_WORD = {"B": "bottle", "H": "half bottle", "M": "magnum", "O": "unit", "G": "glass", "G15": "15 cl glass",
             "P25": "25 cl pichet", "P50": "50 cl pichet", "CP": "coupe", "D": "dose", "D2": "2 cl dose",
             "DE": "demi", "PI": "pinte", "N": "-"}


def parse(block, with_fam):
    out = []
    for line in block.strip().splitlines():
        f = line.split("|")
        fam = f.pop(0) if with_fam else None
        key, measure, vint, text, reason = f
        out.append((fam, None if key == "-" else key, measure, int(vint) if vint else None, text, reason))
    return out


def dump(row, order):
    return json.dumps({k: row[k] for k in order}, ensure_ascii=False)


def build():
    lib, index = drinks.library("MAY")
    by_id = {r["id"]: r for r in lib}
    cases, seen = [], set()
    for till, block, fam in (("comptoir", C_COMPTOIR, True), ("terminal", C_TERMINAL, False),
                             ("rapport_z", C_Z, False)):
        for fam_, key, measure, vint, text, reason in parse(block, fam):
            if key is not None and key not in drinks.KEYS:
                raise SystemExit("unknown key %s" % key)
            if key is None and not reason:
                raise SystemExit("none without reason: %s" % text)
            wine = key is not None and drinks.KEYS[key][7] in ("vin", "champagne")
            if till == "comptoir":
                label = tills.render_comptoir(fam_, measure, vint, text)
                _, m_back, v_back = tills.read_comptoir(label)
                if m_back is None:
                    m_back = "O" if key is not None and measure == "O" else measure
            elif till == "terminal":
                label = tills.render_terminal(measure, vint, text, wine)
                m_back, v_back = tills.read_terminal(label)
            else:
                label = tills.render_z(measure, vint, text, wine)
                m_back, v_back = tills.read_z(label)
            want_m = "C75" if (till == "rapport_z" and measure == "B") else measure
            if m_back != want_m:
                raise SystemExit("measure misread %r: %s != %s" % (label, m_back, want_m))
            if v_back is not None and v_back != vint:
                raise SystemExit("vintage misread %r" % label)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            expect, bid, also, u, why = rules.answer(index, key, m_back, v_back)
            if key is None:
                note = "none: " + reason
            else:
                d = drinks.KEYS[key]
                what = "%s (%s)" % (d[1], d[2])
                if expect == "none":
                    note = "none: %s, %s not held" % (what, MEAS_WORD.get(m_back, m_back) if not re.match(r"C\d", m_back) else m_back[1:] + " cl")
                else:
                    note = what + ", " + (MEAS_WORD.get(m_back) or (m_back[1:] + " cl"))
                    if expect == "almost":
                        note += ": label vintage %d not held, has %s" % (
                            v_back, sorted(by_id[i]["vintage"] for i in [bid, *also]))
                if vint is not None and v_back is None:
                    note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                          "vintage": v_back, "units_per_sale": u, "note": note, "connection": till})
    return lib, cases


def main():
    lib, cases = build()
    lo = drinks.ORDER
    with open(os.path.join(HERE, "mayenne_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(dump(r, lo) + "\n")
    with open(os.path.join(HERE, "mayenne_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(dump(c, CASE_ORDER) + "\n")
    if "-v" in sys.argv:
        print("drinks", len(lib), "cases", len(cases))
        tot = {}
        for till in ("comptoir", "terminal", "rapport_z"):
            cs = [c for c in cases if c["connection"] == till]
            cnt = {e: sum(c["expect"] == e for c in cs) for e in ("yes", "almost", "none")}
            for e, n in cnt.items():
                tot[e] = tot.get(e, 0) + n
            print("%-10s %s total %d" % (till, cnt, len(cs)))
        print("total", {e: "%d (%.1f %%)" % (n, 100.0 * n / len(cases)) for e, n in tot.items()})
        print("cut off:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
