#!/usr/bin/env python3
"""Build the blind held-out set of "Le Refuge Gapençais" (Gap): gap_library.jsonl, gap_cases.jsonl.

Stdlib only, deterministic. Renders every keyed sale with its till's habits, reads the measure
and vintage back from the rendered label, and answers from what the label says.
Usage: python3 build_gap.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gap_cases_comptoir
import gap_cases_kiosque
import gap_cases_tablette
import gap_drinks
import gap_rules
import gap_tills as T

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")


def build_library():
    lib, n = [], 0
    for key, (name, prod, app, reg, country, col, cat, fmts) in gap_drinks.DRINKS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: -1 if x is None else x):
                n += 1
                lib.append({"id": "gp%03d" % n, "name": name, "producer": prod,
                            "appellation": app, "region": reg, "country": country,
                            "colour": col, "category": cat, "vintage": v,
                            "format_cl": gap_rules.fmt_num(fmt), "_key": key})
    return lib


def parse(block):
    for line in block.strip("\n").split("\n"):
        f = line.split("|")
        key, meas, vint, text = f[0], f[1], f[2], f[3]
        reason = f[4] if len(f) > 4 else ""
        vint = int(vint) + (2000 if len(vint) == 2 else 0) if vint else None
        yield key, meas, vint, text, reason


def main():
    verbose = "-v" in sys.argv
    lib = build_library()
    first = {}
    for e in lib:
        first.setdefault(e["_key"], e)
    cases, seen = [], set()
    tills = (("comptoir", gap_cases_comptoir.CASES), ("kiosque", gap_cases_kiosque.CASES),
             ("tablette", gap_cases_tablette.CASES))
    for till, block in tills:
        for key, meas, vint, text, reason in parse(block):
            keyed = not key.startswith("-")
            ent = first[key] if keyed else None
            if keyed and key not in first:
                raise SystemExit("unknown key %s" % key)
            if till == "comptoir":
                dept = T.dept_of(ent, meas) if keyed else key[1:]
                label, full = T.render_comptoir(text, meas, vint, dept)
                r_meas, r_vint = T.read_comptoir(label)
                want = meas
                if meas == "btl" and not keyed:
                    want = "btl"
            elif till == "kiosque":
                fam = T.family_of(ent) if keyed else key[1:]
                label, full = T.render_kiosque(text, meas, vint, fam)
                bulk = "tas" if (meas == "tas") else "dm"
                r_meas, r_vint = T.read_kiosque(label, bulk)
                want = meas
            else:
                modfam = T.mod_family(ent) if keyed else ("food" if meas in ("Plat", "Entrée", "Dessert") else "none")
                label = T.render_tablette(text, meas, vint, modfam)
                r_meas, r_vint = T.read_tablette(label)
                want = "x" if meas in T.T_FOOD else meas
            if r_meas != want:
                raise SystemExit("%s: measure read back %s, keyed %s: %r" % (till, r_meas, want, label))
            cut = ""
            if r_vint != vint:
                if r_vint is None:
                    cut = " [%d cut off by the till]" % vint
                else:
                    raise SystemExit("%s: vintage misread %r" % (till, label))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if keyed:
                exp, bid, also, units, why = gap_rules.answer(lib, key, r_meas, r_vint)
                note = "%s (%s)" % (ent["name"], ent["producer"])
                if why:
                    note += ": " + why
            else:
                exp, bid, also, units, note = "none", None, [], None, reason
            note += cut
            c = dict(zip(CASE_FIELDS, (label, exp, bid, also, r_vint, units, note, till), strict=False))
            cases.append(c)
            if verbose:
                print("%-9s %-6s %-6s %-45s %s" % (till, exp, bid, label, note))
    with open(os.path.join(HERE, "gap_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gap_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    n = len(cases)
    for t, _ in tills:
        print(t, [counts.get((t, a), 0) for a in ("yes", "almost", "none")])
    for a in ("yes", "almost", "none"):
        k = sum(v for (t, b), v in counts.items() if b == a)
        print(a, k, "%.1f %%" % (100.0 * k / n))
    print("drinks", len(lib), "cases", n)


if __name__ == "__main__":
    main()
