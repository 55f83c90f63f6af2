#!/usr/bin/env python3
"""Build the blind held-out set "Le Pont Valentré" (Cahors): cahors_library.jsonl and
cahors_cases.jsonl. Stdlib only, deterministic. Each label is rendered with its till's habits,
read back, and answered from what the rendered label says."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cahors_cases_bar
import cahors_cases_livraison
import cahors_cases_tablette
from cahors_drinks import DRINKS
from cahors_rules import answer
from cahors_tills import READERS, render_bar, render_liv, render_tab

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]
CFIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
           "connection"]


def library():
    lib, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for f, vints in fmts.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                e = dict(zip(FIELDS, ["ch%03d" % n, name, prod, app, reg, ctry, col, cat, v,
                                      int(f) if float(f).is_integer() else f], strict=False))
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def parse(block):
    out = []
    for line in block.strip().splitlines():
        p = line.split("|")
        key, meas, vint, text = p[0], p[1] or None, (int(p[2]) if p[2] else None), p[3]
        reason = p[4] if key == "-" else None
        out.append((key, meas, vint, text, reason))
    return out


def bottle_vol(entries, meas):
    if meas == "half":
        return 37.5
    if meas == "mag":
        return 150
    if meas.startswith("cl"):
        return float(meas[2:])
    d = entries[0]
    if d["category"] in ("vin", "champagne"):
        return 75
    fm = {e["format_cl"] for e in entries}
    assert len(fm) == 1, d["name"]
    return fm.pop()


def build():
    lib, by_key = library()
    cases, seen = [], set()
    for conn, mod in (("bar", cahors_cases_bar), ("tablette", cahors_cases_tablette),
                      ("livraison", cahors_cases_livraison)):
        for key, meas, vint, text, reason in parse(mod.CASES):
            entries = by_key.get(key) if key != "-" else None
            if key != "-" and entries is None:
                raise SystemExit("unknown key " + key)
            if conn == "bar":
                label, cut = render_bar(meas, vint, text)
            elif conn == "tablette":
                label, cut = render_tab(meas, vint, text)
            else:
                vol = None
                if meas:
                    vol = bottle_vol(entries, meas) if entries else float(meas[2:])
                d = entries[0] if entries else None
                label, cut = render_liv(meas, vint, text, d, vol)
            if label in seen:
                raise SystemExit("duplicate label " + label)
            seen.add(label)
            _, measure, lv = READERS[conn](label)
            if not cut and lv != vint:
                raise SystemExit("vintage misread: %r" % label)
            if entries is None:
                exp, bid, also, units, why = "none", None, [], None, reason
                note = why
            else:
                if measure is None:
                    raise SystemExit("no measure on a drink: " + label)
                if lv is not None and all(e["vintage"] is None for e in entries):
                    raise SystemExit("vintage on a non-vintage drink: " + label)
                exp, bid, also, units, why = answer(entries, measure, lv)
                d = entries[0]
                note = "%s (%s)" % (d["name"], d["producer"]) + (": " + why if why else "")
            if cut:
                note += " [%d cut off by the till]" % vint
            cases.append(dict(zip(CFIELDS, [label, exp, bid, also, lv, units, note, conn], strict=False)))
    return lib, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    write(os.path.join(HERE, "cahors_library.jsonl"), lib)
    write(os.path.join(HERE, "cahors_cases.jsonl"), cases)
    tally = {}
    for c in cases:
        tally.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    tot = {"yes": 0, "almost": 0, "none": 0}
    for k, t in tally.items():
        print(" ", k, t, sum(t.values()))
        for a in t:
            tot[a] += t[a]
    print("  all", {a: "%d (%.1f %%)" % (n, 100 * n / len(cases)) for a, n in tot.items()})
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"][:3], c["expect"][:3], c["beverage_id"], c["units_per_sale"], c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
