#!/usr/bin/env python3
"""Build the blind held-out set of La Loire Gourmande (Blois): blois_library.jsonl and
blois_cases.jsonl. Stdlib only, deterministic."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import blois_cases_banquet
import blois_cases_comptoir
import blois_cases_salle
from blois_rules import DRINK, answer, library, resolve
from blois_tills import TILLS

CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection")


def parse_spec(line):
    f = line.split("|")
    key = None if f[0] == "-" else f[0]
    measure = f[1] or None
    v = f[2]
    vintage = None if not v else (int(v) if len(v) == 4 else 2000 + int(v))
    text = f[3]
    fam = reason = None
    if key is None:
        fam, reason = f[4], f[5]
    else:
        assert len(f) == 4, line
        assert key in DRINK, line
    return key, measure, vintage, text, fam, reason


def build():
    rows, index = library("bl")
    cases, seen = [], set()
    for till, mod in (("comptoir", blois_cases_comptoir), ("salle", blois_cases_salle),
                      ("banquet", blois_cases_banquet)):
        render, read = TILLS[till]
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, measure, vintage, text, fam, reason = parse_spec(line)
            label = render(key, measure, vintage, text, fam)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            rmeas, rvin, _ = read(label)
            cut = False
            if rvin != vintage:
                assert till == "comptoir" and rvin is None, ("vintage misread", label, vintage, rvin)
                cut = True
            if key is None:
                assert rmeas == measure or (measure, rmeas) == ("btl", "b75"), ("measure misread", label, measure, rmeas)
                exp, bid, also, units, note = "none", None, [], None, reason
            else:
                assert resolve(key, rmeas) == resolve(key, measure), ("measure misread", label, measure, rmeas)
                exp, bid, also, units, note = answer(index, key, rmeas, rvin)
            if cut:
                note += " [%d cut off by the till]" % vintage
            cases.append(dict(zip(CASE_FIELDS, (label, exp, bid, also, rvin, units, note, till), strict=False)))
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "blois_library.jsonl"), rows)
    dump(os.path.join(HERE, "blois_cases.jsonl"), cases)
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x["connection"], x["expect"]) for x in cases)
        for t in ("comptoir", "salle", "banquet"):
            print(t, [c[(t, e)] for e in ("yes", "almost", "none")], sum(c[(t, e)] for e in ("yes", "almost", "none")))
        tot = Counter(x["expect"] for x in cases)
        print(len(rows), "drinks", len(cases), "cases", {k: "%d %.1f%%" % (v, 100 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
