"""Build the blind held-out set "Café des Remparts" (Angoulême). Stdlib only, deterministic.

    python3 tests/matching/data/angouleme/build_angouleme.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import angouleme_cases_caisse
import angouleme_cases_festival
import angouleme_cases_resa
from angouleme_drinks import BY_KEY, entries
from angouleme_rules import answer
from angouleme_tills import CAISSE_RE, READ, RENDER

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]
TILLS = [("caisse", angouleme_cases_caisse.CASES), ("festival", angouleme_cases_festival.CASES),
         ("resa", angouleme_cases_resa.CASES)]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library():
    lib = []
    for i, (key, e) in enumerate(entries(), 1):
        row = {"id": "ao%03d" % i}
        row.update(e)
        row["format_cl"] = fmt_num(row["format_cl"])
        lib.append((key, {k: row[k] for k in FIELDS}))
    return lib


def describe(key):
    d = BY_KEY[key]
    return "%s (%s)" % (d[1], d[2])


def cases(lib):
    out, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            p = line.split("|")
            key = None if p[0] == "-" else p[0]
            measure = p[1] or None
            vintage = int(p[2]) if p[2] else None
            if key:
                label = RENDER[till](key, measure, vintage, p[3])
            else:
                cat, typed, reason = p[3], p[4], p[5]
                if till == "caisse":
                    label = RENDER[till](None, measure, vintage, typed)
                else:
                    cat2 = cat if till == "resa" else {
                        "CUISINE": "food", "CAFETERIE": "cafe", "DIVERS": "divers",
                        "ROUGES": "vin", "BLANCS": "vin", "ROSES": "vin", "PINEAUX": "vin",
                        "LIQUOREUX": "vin", "BULLES": "champagne", "CHAMPAGNES": "champagne",
                        "COGNACS": "spiritueux", "SPIRITUEUX": "spiritueux",
                        "APERITIFS": "autre", "PRESSION": "bière", "BIERES": "bière",
                        "SOFTS": "soft"}[cat]
                    label = RENDER[till](None, measure, vintage, typed, cat2)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rmeasure, rvintage = READ[till](label)
            if (rmeasure or None) != measure and not (till == "caisse" and measure is None and rmeasure == "bt"):
                raise SystemExit("measure misread %r: %r != %r" % (label, rmeasure, measure))
            cut = ""
            if rvintage != vintage:
                if rvintage is None and till == "caisse":
                    name = CAISSE_RE.match(label).group(2).rstrip()
                    if name[-1].isdigit():
                        raise SystemExit("cut leaves a partial vintage: %r" % label)
                    cut = " [%d cut off by the till]" % vintage
                else:
                    raise SystemExit("vintage misread %r: %r != %r" % (label, rvintage, vintage))
            if key:
                expect, bid, also, units, why = answer(key, measure, rvintage, lib)
                note = describe(key)
                if expect == "none":
                    note += ": " + why
                elif expect == "almost":
                    has = sorted(e["vintage"] for k, e in lib if k == key and e["format_cl"] == next(x for kk, x in lib if x["id"] == bid)["format_cl"])
                    note += ": label vintage %d not in library, has %s" % (rvintage, has)
                note += cut
            else:
                expect, bid, also, units, note = "none", None, [], None, reason
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": rvintage, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def main():
    lib = library()
    cs = cases(lib)
    with open(os.path.join(HERE, "angouleme_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "angouleme_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(lib), len(cs)))
    for till, _ in [*TILLS, ("all", None)]:
        sub = [c for c in cs if till == "all" or c["connection"] == till]
        n = {a: sum(c["expect"] == a for c in sub) for a in ("yes", "almost", "none")}
        print("%-9s yes %3d  almost %3d  none %3d  total %3d  (%.1f / %.1f / %.1f %%)" % (
            till, n["yes"], n["almost"], n["none"], len(sub),
            *(100 * n[a] / max(1, len(sub)) for a in ("yes", "almost", "none"))))
    if "-v" in sys.argv:
        for c in cs:
            print(c["connection"], c["expect"], c["beverage_id"], c["units_per_sale"], c["label"], "--", c["note"])


if __name__ == "__main__":
    main()
