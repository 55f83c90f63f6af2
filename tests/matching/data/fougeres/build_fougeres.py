#!/usr/bin/env python3
"""Build the blind held-out set of the Brasserie du Marchix (Fougères).

Writes fougeres_library.jsonl and fougeres_cases.jsonl beside this file, byte-identical on
every run (stdlib only, no randomness). `-v` prints the counts.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fougeres_cases_export
import fougeres_cases_salle
import fougeres_cases_zinc
import fougeres_drinks as drinks
import fougeres_rules as rules
import fougeres_tills as tills

PREFIX = "FGR"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_SOURCES = (("zinc", fougeres_cases_zinc), ("salle", fougeres_cases_salle),
                ("export", fougeres_cases_export))


def num(x):
    return int(x) if float(x) == int(x) else x


def build_library():
    library, products, ids = [], {}, {}
    for p in drinks.PRODUCTS:
        key, name, producer, app, region, country, colour, category, formats = p
        if key in products:
            raise SystemExit("duplicate product key " + key)
        products[key] = p
        ids[key] = {}
        for fmt in sorted(formats):
            vints = formats[fmt]
            for v in (sorted(vints) if vints != [None] else [None]):
                bid = "%s%03d" % (PREFIX, len(library) + 1)
                ids[key][(fmt, v)] = bid
                library.append(dict(zip(LIB_FIELDS, (bid, name, producer, app, region, country,
                                                      colour, category, v, num(fmt)), strict=False)))
    return library, products, ids


def parse(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split("|")


def render(till, code, vintage, text, product, fam):
    if till == "zinc":
        return tills.render_zinc(code, vintage, text)
    if till == "salle":
        return tills.render_salle(code, vintage, text)
    ordinary = 75
    if product is not None:
        ordinary = rules.ordinary_format(product[8])
    return tills.render_export(code, vintage, text, fam, ordinary)


def build_cases(products, ids):
    cases, seen = [], set()
    for till, mod in CASE_SOURCES:
        for fields in parse(mod.CASES):
            key, code, vtxt, text = fields[:4]
            vintage = int(vtxt) if vtxt else None
            product = None if key.startswith("-") else products[key]
            if product is not None:
                fam = tills.family(key, product[6], product[7], product[1])
            else:
                fam = key[1:]
                if len(fields) != 5:
                    raise SystemExit("none case without a reason: %r" % fields)
            label = render(till, code, vintage, text, product, fam)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            # read the rendered label back
            rvint, rmeas = tills.read_back(till, label)
            want = tills.measure_of(code)
            if till == "export" and code in ("B", "U"):
                want = ("btl", rules.ordinary_format(product[8]) if product else
                        rmeas[1])
            if code == "N" and till != "export":
                want = ("btl", None)   # no measure word: read as a plain article
            if rmeas != want:
                raise SystemExit("%s: measure read back %r, meant %r: %r" % (till, rmeas, want, label))
            if rvint is not None and rvint != vintage:
                raise SystemExit("%s: vintage read back %r, meant %r: %r" % (till, rvint, vintage, label))
            if till == "export":
                desig = label.split(";")[1]
                if vintage and rvint is None and re.search(r" \d\d$", desig):
                    raise SystemExit("export cut leaves two digits of the vintage: %r" % label)
            cut = " [%d cut off by the till]" % vintage if vintage and rvint is None else ""
            if product is None:
                case = ("none", None, [], None, fields[4] + cut)
            else:
                expect, bid, also, units, why = rules.answer(key, product[8], ids[key], rmeas, rvint)
                note = "%s (%s)" % (product[1], product[2])
                if product[6] and product[1] != product[6]:
                    pass
                if expect != "yes":
                    note += ": " + why
                note += cut
                case = (expect, bid, also, units, note)
            expect, bid, also, units, note = case
            cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                          "vintage": rvint, "units_per_sale": units, "note": note,
                          "connection": till})
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    library, products, ids = build_library()
    cases = build_cases(products, ids)
    dump(library, os.path.join(HERE, "fougeres_library.jsonl"))
    dump(cases, os.path.join(HERE, "fougeres_cases.jsonl"))
    if "-v" in sys.argv:
        print("library: %d drinks; cases: %d" % (len(library), len(cases)))
        tot = {"yes": 0, "almost": 0, "none": 0}
        for till, _ in CASE_SOURCES:
            c = {"yes": 0, "almost": 0, "none": 0}
            for x in cases:
                if x["connection"] == till:
                    c[x["expect"]] += 1
                    tot[x["expect"]] += 1
            print("%-7s yes %3d  almost %3d  none %3d  total %3d" % (till, c["yes"], c["almost"], c["none"], sum(c.values())))
        n = len(cases)
        print("total   yes %3d (%.1f %%)  almost %3d (%.1f %%)  none %3d (%.1f %%)" % (
            tot["yes"], 100 * tot["yes"] / n, tot["almost"], 100 * tot["almost"] / n,
            tot["none"], 100 * tot["none"] / n))


if __name__ == "__main__":
    main()
