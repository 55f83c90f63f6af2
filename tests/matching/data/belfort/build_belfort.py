"""Build the blind held-out set "belfort": belfort_library.jsonl and belfort_cases.jsonl.

Stdlib only, deterministic. Run: python3 build_belfort.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bz_cases_bar
import bz_cases_hebdo
import bz_cases_salle
import bz_drinks
from bz_rules import ordinary, resolve
from bz_tills import read, render

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
EXPECT = {"y": "yes", "a": "almost", "n": "none"}


def num(x):
    if isinstance(x, float) and x == int(x):
        return int(x)
    return x


def library():
    lib = []
    for i, row in enumerate(bz_drinks.DRINKS, 1):
        key = row[0]
        e = dict(zip(LIB_FIELDS, ["bz%03d" % i, *list(row[1:])], strict=False))
        e["format_cl"] = num(e["format_cl"])
        lib.append((key, e))
    return lib


def cases(lib):
    out = []
    byid = {e["id"]: e for _, e in lib}
    for conn, mod in (("bar", bz_cases_bar), ("salle", bz_cases_salle),
                      ("hebdo", bz_cases_hebdo)):
        for line in mod.CASES.strip().splitlines():
            parts = line.split("|")
            exp, key, meas, vint, text = parts[:5]
            reason = parts[5] if len(parts) > 5 else ""
            meas = None if meas == "-" else meas
            vint = None if vint == "-" else int(vint)
            if vint is not None and vint < 100:
                vint += 2000
            bottle_cl = None
            if key != "-" and meas == "btl":
                rows = [e for k, e in lib if k == key]
                bottle_cl = ordinary(sorted({e["format_cl"] for e in rows}))
            elif meas == "btl":
                bottle_cl = 75
            label, cut = render(conn, text, meas, vint, bottle_cl)
            _, lv, _ = read(conn, label)
            assert lv == (None if cut else vint), (label, lv, vint, cut)
            if key == "-":
                res = ("none", None, [], None, reason)
            else:
                res = resolve(lib, key, meas, lv, via_volume=(conn == "hebdo"))
            e, bid, also, units, why = res
            if EXPECT[exp] != e:
                raise SystemExit("expect %s but rules say %s: %s (%s)" % (exp, e, label, why))
            if bid:
                b = byid[bid]
                note = "%s (%s)" % (b["name"], b["producer"])
                if why:
                    note += ": " + why
            else:
                note = why
                if key != "-":
                    k0 = next(x for k, x in lib if k == key)
                    note = "%s (%s): %s" % (k0["name"], k0["producer"], why)
            if cut:
                note += " [%d cut off by the till]" % vint
            out.append(dict(zip(CASE_FIELDS, [label, e, bid, also, lv, units, note, conn], strict=False)))
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib = library()
    cs = cases(lib)
    labels = collections.Counter(c["label"] for c in cs)
    dup = [l for l, n in labels.items() if n > 1]
    if dup:
        raise SystemExit("duplicate labels: %r" % dup)
    dump([e for _, e in lib], os.path.join(HERE, "belfort_library.jsonl"))
    dump(cs, os.path.join(HERE, "belfort_cases.jsonl"))
    cnt = collections.Counter((c["connection"], c["expect"]) for c in cs)
    tot = collections.Counter(c["expect"] for c in cs)
    print("library %d, cases %d" % (len(lib), len(cs)))
    for conn in ("bar", "salle", "hebdo"):
        print(conn, [cnt[(conn, x)] for x in ("yes", "almost", "none")])
    print({k: "%d (%.1f %%)" % (v, 100.0 * v / len(cs)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
