#!/usr/bin/env python3
"""Build the blind held-out set "issoire": writes issoire_library.jsonl and
issoire_cases.jsonl beside this file, byte for byte the same on every run
(stdlib only, no randomness). Each label is rendered with its till's habits and
the answer is computed from the RENDERED label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import issoire_cases_caisse
import issoire_cases_export
import issoire_cases_salle
from issoire_drinks import DRINKS
from issoire_rules import answer, label_format
from issoire_tills import POURS, SIZE, TILLS, export_category

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage",
               "units_per_sale", "note", "connection"]


def library():
    rows, by_key, drink_of = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, entries in DRINKS:
        drink_of[key] = {"name": name, "producer": prod, "appellation": app,
                         "colour": colour, "category": cat}
        for vintage, fmt in entries:
            n += 1
            row = dict(zip(LIB_FIELDS, ["is%03d" % n, name, prod, app, reg, country,
                                        colour, cat, vintage, fmt], strict=False))
            rows.append(row)
            by_key.setdefault(key, []).append(row)
    return rows, by_key, drink_of


def build():
    rows, by_key, drink_of = library()
    cases, seen = [], set()
    for till, module in (("caisse", issoire_cases_caisse), ("salle", issoire_cases_salle),
                         ("export", issoire_cases_export)):
        render, read_vintage = TILLS[till]
        for spec in module.CASES:
            key, meas, typed, text = spec[:4]
            if key is None:
                reason = spec[4]
                cat = spec[5] if till == "export" else None
                fmt = {"btl": 75, "half": 37.5, "mag": 150}.get(meas, SIZE.get(meas))
                label = render(text, meas, typed, fmt, cat)
                lv = read_vintage(label)
                assert lv == typed, (label, lv, typed)
                case = [label, "none", None, [], lv, None, reason, till]
            else:
                d = drink_of[key]
                ents = by_key[key]
                fmt = label_format(d, meas, [e["format_cl"] for e in ents])
                if isinstance(fmt, tuple):
                    fmt = None
                cat = export_category(d, fmt) if till == "export" else None
                if till == "export" and meas in ("demi", "pinte"):
                    cat = "BIERES PRESSION"  # a draught article, held or not
                label = render(text, meas, typed, fmt, cat)
                lv = read_vintage(label)
                assert lv in (typed, None), (label, lv, typed)
                exp, bid, also, units, detail = answer(d, ents, meas, lv)
                note = "%s (%s)" % (d["name"], d["producer"])
                if d["appellation"] and d["appellation"] not in d["name"]:
                    note += ", %s" % d["appellation"]
                if d["colour"]:
                    note += ", %s" % d["colour"]
                if meas in POURS:
                    note += ", %s" % meas
                if detail:
                    note += ": " + detail
                if typed and lv is None:
                    note += " [%d cut off by the till]" % typed
                case = [label, exp, bid, also, lv, units, note, till]
            assert label not in seen, label
            seen.add(label)
            cases.append(dict(zip(CASE_FIELDS, case, strict=False)))
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "issoire_library.jsonl"), rows)
    dump(os.path.join(HERE, "issoire_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    tot = {e: sum(v.get(e, 0) for v in counts.values()) for e in ("yes", "almost", "none")}
    for t, v in counts.items():
        print(t, v, sum(v.values()))
    n = len(cases)
    print("library", len(rows), "cases", n,
          {e: "%d (%.1f %%)" % (k, 100.0 * k / n) for e, k in tot.items()})


if __name__ == "__main__":
    main()
