#!/usr/bin/env python3
"""Build the blind held-out set of Le Relais de Saône (Mâcon): macon_library.jsonl and
macon_cases.jsonl. Stdlib only, deterministic. Each label is rendered with its till's habits,
read back (vintage and measure) from the rendered text, and answered by macon_rules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import macon_cases_export
import macon_cases_pda
import macon_cases_zinc
from macon_drinks import COUNTRY, DRINKS
from macon_rules import answer, ordinary_format
from macon_tills import (
    EXPORT_CL,
    export_read,
    export_render,
    h,
    pda_read,
    pda_render,
    zinc_read,
    zinc_render,
)

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def library():
    out, by_key, n = [], {}, 0
    for key, name, prod, app, region, colour, cat, formats in DRINKS:
        for fmt in sorted(formats, key=lambda f: (f != 75, f)):
            for v in formats[fmt]:
                n += 1
                e = {"id": "mc%03d" % n, "name": name, "producer": prod, "appellation": app,
                     "region": region, "country": COUNTRY.get(region, "France"),
                     "colour": colour, "category": cat, "vintage": v, "format_cl": fmt}
                out.append(e)
                by_key.setdefault(key, []).append(e)
    return out, by_key


def render(till, case, entries):
    key, meas, vint, text = case[:4]
    if till == "zinc":
        full = zinc_render(text, vint, meas)
        # refuse a cut that leaves part of the vintage
        name = full.split("*")[0]
        if vint and not name.endswith(".%02d" % (vint % 100)):
            last = name.split(".")[-1]
            if last.isdigit() and len(last) < 2:
                raise SystemExit("partial vintage left by the cut: %r" % full)
        return full
    if till == "pda":
        seat = h("seat", text, meas, vint) % 6 + 1
        return pda_render(text, vint, meas, seat)
    if meas == "B":
        cl = ordinary_format(entries) if entries else 75
    elif meas == "U":
        cl = None
    else:
        cl = EXPORT_CL[meas]
    return export_render(text, vint, cl, key, meas)


READ = {"zinc": zinc_read, "pda": pda_read, "export": export_read}


def cases(by_key):
    out, seen = [], set()
    for till, mod in (("zinc", macon_cases_zinc), ("pda", macon_cases_pda),
                      ("export", macon_cases_export)):
        for case in mod.CASES:
            key, meas, vint, text = case[:4]
            entries = by_key.get(key) if key != "-" else None
            if key != "-" and entries is None:
                raise SystemExit("unknown key %s" % key)
            label = render(till, case, entries)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rv, rm = READ[till](label)
            if vint is not None and rv not in (None, vint):
                raise SystemExit("misread vintage %r" % label)
            rec = ("none", None, [], None, case[4]) if key == "-" else answer(entries, rm, rv)
            expect, bid, also, units, why = rec
            if key == "-":
                note = why
            else:
                e0 = entries[0]
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if why:
                    note += ": " + why
                if vint is not None and rv is None:
                    note += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": rv, "units_per_sale": units,
                        "note": note, "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = library()
    cs = cases(by_key)
    dump(os.path.join(HERE, "macon_library.jsonl"), lib)
    dump(os.path.join(HERE, "macon_cases.jsonl"), cs)
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((r["connection"], r["expect"]) for r in cs)
        for t in ("zinc", "pda", "export"):
            print(t, [c[(t, a)] for a in ("yes", "almost", "none")])
        tot = Counter(r["expect"] for r in cs)
        print(len(lib), len(cs), {k: "%d %.1f%%" % (v, 100 * v / len(cs)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
