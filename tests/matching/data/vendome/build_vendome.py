#!/usr/bin/env python3
"""Build vendome_library.jsonl and vendome_cases.jsonl (stdlib only, deterministic).

    python3 build_vendome.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import vendome_cases_bar
import vendome_cases_hotel
import vendome_cases_salle
import vendome_drinks
import vendome_rules as R
import vendome_tills as T
from check_vendome import parse_label

PREFIX = "VDM"


def build_library():
    rows, by_key = [], {}
    for key, name, prod, app, reg, country, colour, cat, formats in vendome_drinks.DRINKS:
        if key in by_key:
            raise SystemExit("duplicate key %s" % key)
        by_key[key] = []
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                d = {"id": "%s%03d" % (PREFIX, len(rows) + 1), "name": name, "producer": prod,
                     "appellation": app, "region": reg, "country": country, "colour": colour,
                     "category": cat, "vintage": v, "format_cl": fmt}
                rows.append(d)
                by_key[key].append(d)
    return rows, by_key


def drink_meta(key):
    for r in vendome_drinks.DRINKS:
        if r[0] == key:
            return {"key": key, "name": r[1], "colour": r[6], "category": r[7], "formats": r[8]}
    raise SystemExit("unknown drink %s" % key)


def rendered(lib_by_key):
    """Yield (till, label, key, measure as printed, intended vintage, why, full text)."""
    for text, key, measure, vint, why in vendome_cases_bar.CASES:
        label, full = T.render_bar(text, measure, vint)
        yield "bar", label, key, measure, vint, why, full
    for fam, text, key, measure, vint, why in vendome_cases_salle.CASES:
        meta = drink_meta(key) if key else None
        if fam is None:
            fam = T.salle_family(meta)
        if measure in ("B", "H", "M") or T.is_size(measure):
            if measure == "B":
                fmt = R.ordinary(sorted(meta["formats"])) if meta else 75
            elif measure == "H":
                fmt = 37.5
            elif measure == "M":
                fmt = 150
            else:
                fmt = float(measure[1:])
                fmt = int(fmt) if fmt == int(fmt) else fmt
            label = T.render_salle_bottle(fam, text, fmt, vint)
            measure = "C%g" % fmt
        else:
            label = T.render_salle(fam, text, measure, vint)
        yield "salle", label, key, measure, vint, why, label
    for dept, text, key, measure, vint, why in vendome_cases_hotel.CASES:
        label, full = T.render_hotel(dept, text, measure, vint)
        yield "hotel", label, key, measure, vint, why, full


def main():
    verbose = "-v" in sys.argv
    lib, by_key = build_library()
    cases, seen = [], set()
    for till, label, key, measure, vint, why, full in rendered(by_key):
        if label in seen:
            raise SystemExit("duplicate label %r" % label)
        seen.add(label)
        read_v, read_m = parse_label(till, label)
        want_m = "U" if measure == "N" else measure
        if read_m != want_m:
            raise SystemExit("%s %r: measure read back %s, meant %s" % (till, label, read_m, want_m))
        if read_v != vint and read_v is not None:
            raise SystemExit("%s %r: vintage read back %s, meant %s" % (till, label, read_v, vint))
        label.rstrip("0123456789 ,")
        if read_v is None and vint is not None and till == "hotel" and label[-3:-2] == " " and label[-2:].isdigit():
            raise SystemExit("hotel %r: the cut leaves a two-digit number" % label)
        cut = (" [%d cut off by the till]" % vint) if (vint is not None and read_v is None) else ""
        if key is None:
            exp, bid, also, units, note = "none", None, [], None, why
        else:
            entries = by_key[key]
            name = "%s (%s)" % (entries[0]["name"], entries[0]["producer"])
            exp, bid, also, units, reason = R.answer(entries, measure, read_v)
            if exp == "none":
                note = "%s: %s" % (name, "this format is not held")
            elif reason:
                note = "%s: %s" % (name, reason)
            else:
                note = name
        note += cut
        cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                      "vintage": read_v, "units_per_sale": units, "note": note, "connection": till})
    with open(os.path.join(HERE, "vendome_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in lib:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "vendome_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    count = {}
    for c in cases:
        count[(c["connection"], c["expect"])] = count.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    for t in ("bar", "salle", "hotel"):
        print("%-6s yes %3d  almost %3d  none %3d  total %3d" % (
            t, count.get((t, "yes"), 0), count.get((t, "almost"), 0), count.get((t, "none"), 0),
            sum(v for (tt, e), v in count.items() if tt == t)))
    for e in ("yes", "almost", "none"):
        k = sum(v for (t, ee), v in count.items() if ee == e)
        print("%-6s %3d  %.1f %%" % (e, k, 100.0 * k / n))
    print("%d drinks, %d cases" % (len(lib), n))
    if verbose:
        for c in cases:
            print("%-6s %-7s %-48s %s %s" % (c["connection"], c["expect"], c["label"], c["beverage_id"], c["note"]))


if __name__ == "__main__":
    main()
