#!/usr/bin/env python3
"""Build the Chamonix blind set: writes chamonix_library.jsonl and chamonix_cases.jsonl.

Stdlib only, deterministic. Renders each case with its till's habits, reads measure and
vintage back from the RENDERED label, and computes the answer from them (bench README rules).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chamonix_cases_bar
import chamonix_cases_chalet
import chamonix_cases_refuge
from chamonix_drinks import DRINKS
from chamonix_rules import answer
from chamonix_tills import READERS, render_bar, render_chalet, render_refuge

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def build_library():
    lib, drinks, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, fmts in DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat, "formats": {}}
        for f, vints in fmts.items():
            d["formats"][f] = {}
            for v in vints:
                n += 1
                i = "cx%03d" % n
                lib.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, country, colour, cat, v, f], strict=False)))
                d["formats"][f][v] = i
        drinks[key] = d
    return lib, drinks


def parse(till, text):
    out = []
    for line in text.strip().splitlines():
        p = line.split("|")
        key = None if p[0] == "-" else p[0]
        meas = p[1] or None
        vint = int(p[2]) if p[2] else None
        reason = p[4] if len(p) > 4 else ""
        out.append((key, meas, vint, p[3], reason))
    return out


def main():
    lib, drinks = build_library()
    cases, seen = [], set()
    tills = [("bar", chamonix_cases_bar.CASES), ("refuge", chamonix_cases_refuge.CASES),
             ("chalet", chamonix_cases_chalet.CASES)]
    for till, text in tills:
        for i, (key, meas, vint, txt, reason) in enumerate(parse(till, text)):
            if till == "bar":
                label = render_bar(meas, vint, txt)
            elif till == "refuge":
                label = render_refuge(i, meas, vint, txt)
            else:
                label = render_chalet(i, meas, vint, txt)
            if label in seen:
                raise SystemExit("duplicate label " + label)
            seen.add(label)
            rmeas, rvint, full = READERS[till](label)
            if rmeas != meas:
                raise SystemExit(f"measure misread {label!r} {meas!r} {rmeas!r}")
            cut = ""
            if rvint != vint:
                if vint is None or rvint is not None or not full:
                    raise SystemExit(f"vintage misread {label!r} {vint!r} {rvint!r}")
                cut = " [%d cut off by the till]" % vint
            if key is None:
                a = {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None}
                note = reason
            else:
                d = drinks[key]
                a = answer(d, rmeas, rvint)
                base = "{} ({})".format(d["name"], d["producer"])
                if a["expect"] == "none":
                    note = base + ": " + (reason or a["why"])
                elif a["expect"] == "almost":
                    held = sorted(v for f in d["formats"] for v in d["formats"][f]
                                  if lib[int(a["beverage_id"][2:]) - 1]["format_cl"] == f)
                    note = "%s: label vintage %d not in library, has %s" % (base, rvint, held)
                else:
                    note = base + (": " + reason if reason else "")
                note += cut
            if not note:
                raise SystemExit("empty note " + label)
            cases.append({"label": label, "expect": a["expect"], "beverage_id": a["beverage_id"],
                          "also_ok": a["also_ok"], "vintage": rvint,
                          "units_per_sale": a["units_per_sale"], "note": note, "connection": till})
    with open(os.path.join(HERE, "chamonix_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "chamonix_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    tot = len(cases)
    print("library %d, cases %d" % (len(lib), tot))
    for t, _ in tills:
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(v for (t, x), v in counts.items() if x == e)
        print(e, k, "%.1f%%" % (100.0 * k / tot))
    print("cut:", sum(1 for c in cases if "cut off" in c["note"]))


if __name__ == "__main__":
    main()
