#!/usr/bin/env python3
"""Build the grenoble held-out set: grenoble_library.jsonl and grenoble_cases.jsonl.
Stdlib only, deterministic.  python3 build_grenoble.py [-v]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grenoble_cases_apres
import grenoble_cases_caisse
import grenoble_cases_salle
import grenoble_drinks
import grenoble_rules
import grenoble_tills

TILLS = [("caisse", grenoble_cases_caisse), ("salle", grenoble_cases_salle),
         ("apres", grenoble_cases_apres)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def library():
    lib, groups, fams = [], {}, {}
    n = 0
    for (key, fam, name, prod, app, reg, country, colour, cat, vf) in grenoble_drinks.G:
        fams[key] = fam
        groups[key] = []
        for v, f in vf:
            n += 1
            e = dict(zip(LIB_FIELDS, ["gb%03d" % n, name, prod, app, reg, country, colour,
                                      cat, v, fmt_cl(f)], strict=False))
            lib.append(e)
            groups[key].append(e)
    return lib, groups, fams


def parse(mod):
    for line in mod.CASES.strip().split("\n"):
        f = line.split("|")
        yield f


def cases(groups, fams):
    out = []
    for conn, mod in TILLS:
        render = grenoble_tills.RENDER[conn]
        for f in parse(mod):
            key, text, vint, meas = f[0], f[1], f[2], f[3]
            vint = int(vint) if vint else None
            if key.startswith("-"):
                label = render(key[1:], text, vint, meas, key[1:] in ("R", "B", "S", "U"))
                v = grenoble_rules.read_vintage(conn, label)
                out.append([label, "none", None, [], v, None, "none: " + f[4], conn])
                continue
            ents = groups[key]
            wine = ents[0]["category"] in ("vin", "champagne")
            label = render(fams[key], text, vint, meas, wine)
            v = grenoble_rules.read_vintage(conn, label)
            exp, bid, also, units = grenoble_rules.answer(ents, meas, v)
            e = ents[0]
            note = "%s (%s)" % (e["name"], e["producer"])
            if exp == "almost":
                have = sorted(x["vintage"] for x in ents if x["id"] in [bid, *also])
                note += ": label vintage %d not held, has %s" % (v, have)
            elif vint and v is None:
                note += ": vintage cut off by the till"
            out.append([label, exp, bid, also, v, units, note, conn])
    labels = [c[0] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    return [dict(zip(CASE_FIELDS, c, strict=False)) for c in out]


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, groups, fams = library()
    cs = cases(groups, fams)
    write(os.path.join(HERE, "grenoble_library.jsonl"), lib)
    write(os.path.join(HERE, "grenoble_cases.jsonl"), cs)
    if "-v" in sys.argv:
        print(len(lib), "drinks,", len(cs), "cases")
        for conn, _ in [*TILLS, ("total", None)]:
            sel = [c for c in cs if conn == "total" or c["connection"] == conn]
            cnt = {x: sum(c["expect"] == x for c in sel) for x in ("yes", "almost", "none")}
            print("%-7s %3d  yes %3d (%.1f%%)  almost %3d (%.1f%%)  none %3d (%.1f%%)" % (
                conn, len(sel), cnt["yes"], 100 * cnt["yes"] / len(sel), cnt["almost"],
                100 * cnt["almost"] / len(sel), cnt["none"], 100 * cnt["none"] / len(sel)))


if __name__ == "__main__":
    main()
