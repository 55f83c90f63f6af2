#!/usr/bin/env python3
"""Build the Mirecourt blind set: mirecourt_library.jsonl and mirecourt_cases.jsonl.

Stdlib only, deterministic. Each case line is rendered with its till's habits, read back,
and answered from what the RENDERED label says (a vintage cut off by the zinc's 16
columns is no longer on the label).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mirecourt_cases_bo
import mirecourt_cases_pda
import mirecourt_cases_zinc
import mirecourt_drinks
import mirecourt_rules
import mirecourt_tills

PREFIX = "MRC"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_MODULES = (("zinc", mirecourt_cases_zinc), ("pda", mirecourt_cases_pda),
                ("bo", mirecourt_cases_bo))


def library():
    rows, index, meta = [], {}, {}
    n = 0
    for key, fam, f, formats in mirecourt_drinks.load():
        assert key not in index, key
        index[key] = {}
        meta[key] = (fam, f)
        for fmt in sorted(formats):
            index[key][fmt] = {}
            for v in sorted(formats[fmt], key=lambda x: (x is not None, x)):
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                index[key][fmt][v] = bid
                row = dict(id=bid, **f)
                row["vintage"] = v
                row["format_cl"] = fmt
                rows.append({k: row[k] for k in LIB_FIELDS})
    return rows, index, meta


def describe(f):
    return "%s (%s)" % (f["name"], f["producer"])


def cases(index, meta):
    out, seen = [], set()
    for till, mod in CASE_MODULES:
        for raw in mod.CASES.strip().splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            p = raw.split("|")
            key, measure, vtxt, text = p[:4]
            vintage = int(vtxt) if vtxt else None
            if key.startswith("-"):
                fam, reason = key[1:], p[4]
                assert fam in mirecourt_tills.PDA_MENUS, raw
            else:
                assert len(p) == 4 and key in meta, raw
                fam = meta[key][0]
            label = mirecourt_tills.render(till, measure, vintage, text, fam)
            assert label not in seen, "duplicate label: " + label
            seen.add(label)
            rm, rv = mirecourt_tills.read_back(till, label)
            assert rm == measure, (raw, label, rm)
            cut = False
            if rv != vintage:
                assert till == "zinc" and rv is None and vintage, (raw, label, rv)
                cut = True
            if key.startswith("-"):
                assert rv is None or vintage, (raw, label)
                case = ("none", None, [], None, reason)
            else:
                f = meta[key][1]
                exp, bid, also, units, why = mirecourt_rules.answer(
                    index[key], f["category"], measure, rv)
                note = describe(f)
                if exp == "none" or why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vintage
                case = (exp, bid, also, units, note)
            exp, bid, also, units, note = case
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": rv, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    lib, index, meta = library()
    cs = cases(index, meta)
    with open(os.path.join(HERE, "mirecourt_library.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(dump(lib))
    with open(os.path.join(HERE, "mirecourt_cases.jsonl"), "w", encoding="utf-8") as fh:
        fh.write(dump(cs))
    if "-v" in sys.argv:
        print("library:", len(lib), "cases:", len(cs))
        tot = {}
        for t in mirecourt_tills.TILLS:
            c = {e: sum(1 for x in cs if x["connection"] == t and x["expect"] == e)
                 for e in ("yes", "almost", "none")}
            print("%-5s yes %3d almost %3d none %3d total %3d" % (t, c["yes"], c["almost"],
                                                                 c["none"], sum(c.values())))
            for e in c:
                tot[e] = tot.get(e, 0) + c[e]
        n = len(cs)
        print("all   " + "  ".join("%s %d (%.1f %%)" % (e, tot[e], 100.0 * tot[e] / n)
                                   for e in tot))


if __name__ == "__main__":
    main()
