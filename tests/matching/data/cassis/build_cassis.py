"""Build the blind held-out set "cassis": writes cassis_library.jsonl and cassis_cases.jsonl.

Stdlib only, deterministic. python3 build_cassis.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cassis_cases_comptoir
import cassis_cases_gestion
import cassis_cases_salle
from cassis_drinks import PRODUCTS
from cassis_rules import answer
from cassis_tills import TILLS, read_back, render

PREFIX = "CSS"
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")
SOURCES = {"comptoir": cassis_cases_comptoir.CASES, "salle": cassis_cases_salle.CASES,
           "gestion": cassis_cases_gestion.CASES}


def library():
    rows, ids, n = [], {}, 0
    for p in PRODUCTS:
        key, name, producer, app, region, colour, cat, fam, formats = p
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                i = "%s%03d" % (PREFIX, n)
                ids[(key, fmt, v)] = i
                rows.append(dict(zip(LIB_FIELDS, (i, name, producer, app, region,
                                                  COUNTRY.get(key, "France"), colour, cat, v, fmt), strict=False)))
    return rows, ids


COUNTRY = {  # country of the non-wine drinks
    "jameson": "Irlande", "jack": "États-Unis", "chivas12": "Écosse", "laga16": "Écosse",
    "nikka": "Japon", "hav3": "Cuba", "hav7": "Cuba", "diplo": "Venezuela",
    "hendricks": "Écosse", "bombay": "Angleterre", "ginmare": "Espagne",
    "campari": "Italie", "aperol": "Italie", "mar_bi": "Italie", "mar_ro": "Italie",
    "baileys": "Irlande", "limoncello": "Italie", "leffe": "Belgique", "corona": "Mexique",
    "heineken00": "Pays-Bas", "sanpe": "Italie", "desperados": "France",
}


def parse(line):
    f = line.split("|")
    if f[0].startswith("-"):
        fam, meas, vint, text, reason = f
        return None, fam[1:], meas, int(vint) if vint else None, text, reason
    key, meas, vint, text = f
    return key, None, meas, int(vint) if vint else None, text, None


def main():
    rows, ids = library()
    prods = {p[0]: p for p in PRODUCTS}
    cases, seen = [], set()
    for till in TILLS:
        for line in SOURCES[till]:
            key, fam, meas, vint, text, reason = parse(line)
            prod = prods[key] if key else None
            if prod:
                fam = prod[7]
                bottles = [f for f in prod[8] if f < 2000]
                only = bottles[0] if len(bottles) == 1 else None
            else:
                only = None
            label = render(till, fam, meas, vint, text, only)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            rfam, rmeas, rvint, _ = read_back(till, label)
            if rvint not in (vint, None):
                raise SystemExit("vintage misread %r: %s" % (rvint, label))
            if till != "salle" and rfam != fam:
                raise SystemExit("family misread: " + label)
            if prod is None:
                if rvint != vint:
                    raise SystemExit("cut on a none case, rewrite: " + label)
                c = ("none", None, [], None, reason)
            else:
                c = answer(prod, meas, rvint, ids)
                if rvint != vint:
                    c = (*c[:4], c[4] + " [%d cut off by the till]" % vint)
            expect, bid, also, units, note = c
            cases.append(dict(zip(CASE_FIELDS, (label, expect, bid, also, rvint, units, note, till), strict=False)))
    with open(os.path.join(HERE, "cassis_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cassis_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        print("library", len(rows), "cases", len(cases))
        tot = {}
        for t in TILLS:
            cc = [c for c in cases if c["connection"] == t]
            cnt = {e: sum(c["expect"] == e for c in cc) for e in ("yes", "almost", "none")}
            print("%-9s %s total %d" % (t, cnt, len(cc)))
            for e in cnt:
                tot[e] = tot.get(e, 0) + cnt[e]
        n = len(cases)
        print("total", {e: "%d (%.1f %%)" % (v, 100.0 * v / n) for e, v in tot.items()})
        print("cut", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
