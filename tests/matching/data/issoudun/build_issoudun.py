#!/usr/bin/env python3
"""Build the blind held-out set "issoudun" (stdlib only, deterministic).

Writes issoudun_library.jsonl and issoudun_cases.jsonl beside this file.  Each case is
rendered with its till's habits, read back from the rendered label, and answered
from what the rendered label says (bench README rules).  Stops on any inconsistency.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import issoudun_cases_comptoir
import issoudun_cases_salle
import issoudun_cases_z
import issoudun_rules as R
import issoudun_tills as T

TILLS = [("comptoir", issoudun_cases_comptoir.CASES),
         ("salle", issoudun_cases_salle.CASES),
         ("z", issoudun_cases_z.CASES)]
EXPECT = {"y": "yes", "al": "almost", "n": "none"}
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def die(msg):
    sys.exit("build_issoudun: " + msg)


def build():
    rows, index, info = R.build_library()
    cases, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            parts = line.split("|")
            exp, key, meas, vint, text = parts[:5]
            fam = parts[5] if len(parts) > 5 and parts[5] else None
            reason = parts[6] if len(parts) > 6 else ""
            vint = None if vint == "-" else int(vint)
            if key != "-":
                d = info[key]
                fam = fam or d["fam"]
                bottle = R.target_format(d, meas)[0] if meas == "B" else 75
            else:
                if till == "comptoir" and not fam:
                    die("no family: " + line)
                bottle = 75
            label = T.render(till, fam, meas, vint, text, bottle or 75)
            if label in seen:
                die("duplicate label %r" % label)
            seen.add(label)
            rfam, rmeas, rvint, _ = T.read_back(till, label)
            if rmeas != meas and not (till == "z" and meas == "B" and rmeas.startswith("S")):
                die("measure misread %r: %r vs %r" % (label, rmeas, meas))
            if rvint not in (vint, None):
                die("vintage misread %r: %r" % (label, rvint))
            cut = vint is not None and rvint is None
            if key == "-":
                e, bid, also, units, note = "none", None, [], None, reason
            else:
                e, bid, also, units, why = R.answer(index, info, key, meas, rvint)
                note = "%s (%s)" % (info[key]["name"], info[key]["producer"])
                if e == "none" or why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
            if e != EXPECT[exp]:
                die("expected %s, computed %s for %r" % (EXPECT[exp], e, label))
            cases.append({"label": label, "expect": e, "beverage_id": bid, "also_ok": also,
                          "vintage": rvint, "units_per_sale": units, "note": note,
                          "connection": till})
    return rows, cases


def write(rows, cases):
    with open(os.path.join(HERE, "issoudun_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "issoudun_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rows, cases = build()
    write(rows, cases)
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    print("%d drinks, %d cases" % (len(rows), len(cases)))
    for till, _ in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (till, cnt[till, "yes"], cnt[till, "almost"], cnt[till, "none"]))
    print("cut off by the till: %d" % sum("cut off" in c["note"] for c in cases))
