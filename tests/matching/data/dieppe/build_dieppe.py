#!/usr/bin/env python3
"""Build the blind held-out set "Le Galet" (Dieppe): writes dieppe_library.jsonl and
dieppe_cases.jsonl beside this file, byte-identical on every run (stdlib only)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dieppe_cases_comptoir
import dieppe_cases_etal
import dieppe_cases_salle
from dieppe_drinks import DRINKS
from dieppe_rules import answer
from dieppe_tills import PARSE, RENDER

TILLS = [("comptoir", dieppe_cases_comptoir.CASES), ("salle", dieppe_cases_salle.CASES),
         ("etal", dieppe_cases_etal.CASES)]


def norm_fmt(f):
    return int(f) if float(f) == int(f) else f


def build_library():
    lib, ids, rows = [], {}, {}
    for row in DRINKS:
        key, fam, name, prod, app, reg, country, colour, cat, fmts = row
        rows[key] = row
        for fmt, vins in fmts.items():
            for v in sorted(vins, key=lambda x: x or 0):
                bid = "dp%03d" % (len(lib) + 1)
                ids[(key, fmt, v)] = bid
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": norm_fmt(fmt)})
    return lib, ids, rows


def same_measure(a, b, row):
    if a == b:
        return True
    eq = {"HALF": "B37.5", "MAG": "B150"}
    return bool(eq.get(a) == b or eq.get(b) == a)


def build_cases(ids, rows):
    cases, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            f = line.split("|")
            if f[0] == "-":
                _, measure, vin, fam, txt, reason = f
                row, key = None, None
            else:
                key, measure, vin, txt = f
                row = rows[key]
                fam = row[1]
            vintage = int(vin) if vin else None
            label = RENDER[till](fam, measure, vintage, txt, key)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            pm, pv = PARSE[till](label)
            if not same_measure(pm, measure or ("BTL" if till == "comptoir" else ""), row) \
                    and not (till == "comptoir" and measure == "" and pm == "BTL"):
                raise SystemExit("measure misread %r: %r vs %r" % (label, pm, measure))
            cut = ""
            if pv != vintage:
                if till == "comptoir" and pv is None and vintage is not None:
                    if re.search(r" \d$", label):
                        raise SystemExit("cut leaves part of a vintage: %r" % label)
                    cut = " [%d cut off by the till]" % vintage
                else:
                    raise SystemExit("vintage misread %r" % label)
            if row is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": pv, "units_per_sale": None, "note": reason + cut}
            else:
                m = pm
                if till == "comptoir" and m == "BTL" and measure != "BTL":
                    m = measure
                exp, bid, also, units, why = answer(row, ids, m, pv)
                note = "%s (%s)" % (row[2], row[3])
                if why:
                    note += ": " + why
                note += cut
                case = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": pv, "units_per_sale": units, "note": note}
            case["connection"] = till
            cases.append(case)
    return cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    lib, ids, rows = build_library()
    cases = build_cases(ids, rows)
    dump(os.path.join(HERE, "dieppe_library.jsonl"), lib)
    dump(os.path.join(HERE, "dieppe_cases.jsonl"), cases)
    if "-v" in sys.argv:
        tot = {}
        for c in cases:
            tot.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
            tot[c["connection"]][c["expect"]] += 1
        print(len(lib), "drinks,", len(cases), "cases")
        for t, d in tot.items():
            print(t, d, sum(d.values()))
        allc = {e: sum(1 for c in cases if c["expect"] == e) for e in ("yes", "almost", "none")}
        print({e: "%d (%.1f %%)" % (n, 100 * n / len(cases)) for e, n in allc.items()})
        print("cut:", sum(1 for c in cases if "cut off" in c["note"]))


if __name__ == "__main__":
    main()
