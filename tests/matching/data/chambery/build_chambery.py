#!/usr/bin/env python3
"""Build the Chambery blind set: chambery_library.jsonl and chambery_cases.jsonl.

Stdlib only, deterministic. Each case is rendered with its till's habits, the printed label
is read back (measure, vintage) and the answer is computed from what the label says.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chambery_cases_bar
import chambery_cases_salle
import chambery_cases_terrasse
from chambery_drinks import DRINKS
from chambery_rules import answer
from chambery_tills import TILLS

SPECS = [("bar", chambery_cases_bar.CASES), ("salle", chambery_cases_salle.CASES),
         ("terrasse", chambery_cases_terrasse.CASES)]


def vint_tail(label):
    """A cut that leaves two digits would read as a vintage (`15` is 2015)."""
    import re
    return re.search(r" \d\d$", label) is not None


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, ids, by_key = [], {}, {}
    for d in DRINKS:
        key, name, prod, app, reg, country, colour, cat, fam, formats = d
        by_key[key] = d
        ids[key] = {}
        for f, vins in formats.items():
            for v in sorted(vins, key=lambda x: x or 0):
                i = "cy%03d" % (len(rows) + 1)
                ids[key][(f, v)] = i
                rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt_num(f)})
    return rows, ids, by_key


def build():
    rows, ids, by_key = library()
    cases, seen = [], set()
    for till, specs in SPECS:
        render, read = TILLS[till]
        for s in specs:
            d = by_key[s["key"]] if s["key"] else None
            if till == "bar":
                fam = d[8] if d else s["fam"]
                if s["meas"] in ("demi", "pinte"):
                    fam = "PR"
                label, was_cut = render(fam, s["meas"], s["vint"], s["text"])
            else:
                if till == "salle":
                    label, was_cut = render(s["key"] or "-", s["meas"], s["vint"], s["text"],
                                            s.get("fam"))
                else:
                    label, was_cut = render(s["key"] or "-", s["meas"], s["vint"], s["text"])
                if till == "terrasse" and vint_tail(label):
                    sys.exit("cut leaves a two-digit number on %r" % label)
            if label in seen:
                sys.exit("duplicate label %r" % label)
            seen.add(label)
            meas, vint, _ = read(label)
            if meas != s["meas"]:
                sys.exit("measure misread on %r: %r != %r" % (label, meas, s["meas"]))
            if vint != s["vint"] and not (was_cut and vint is None):
                sys.exit("vintage misread on %r" % label)
            if d is None:
                exp, bid, also, u, why = "none", None, [], None, s["reason"]
                note = "no library drink: " + s["reason"]
            else:
                exp, bid, also, u, why = answer(d, ids[s["key"]], meas, vint)
                note = "%s (%s)" % (d[1], d[2])
                if why:
                    note += ": " + why
                if s["vint"] and vint is None:
                    note += " [%d cut off by the till]" % s["vint"]
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": vint, "units_per_sale": u, "note": note,
                          "connection": till})
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "chambery_library.jsonl"), rows)
    dump(os.path.join(HERE, "chambery_cases.jsonl"), cases)
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["also_ok"],
                  c["units_per_sale"], c["note"])
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tab[c["connection"]][c["expect"]] += 1
    tot = {e: sum(t.get(e, 0) for t in tab.values()) for e in ("yes", "almost", "none")}
    for t, v in tab.items():
        print(t, v, sum(v.values()))
    n = len(cases)
    print("all", tot, n, {e: round(100 * k / n, 1) for e, k in tot.items()}, "library", len(rows))


if __name__ == "__main__":
    main()
