"""Build the Toul blind held-out set: toul_library.jsonl and toul_cases.jsonl.

python3 build_toul.py [-v]      (stdlib only, deterministic)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import toul_cases_caisse
import toul_cases_salle
import toul_cases_z
import toul_drinks
import toul_rules
import toul_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
TILLS = [("caisse", toul_cases_caisse.CASES), ("salle", toul_cases_salle.CASES),
         ("z", toul_cases_z.CASES)]


def num(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    rows, by_key, fam = [], {}, {}
    n = 0
    for (key, family, name, prod, app, reg, country, colour, cat, fmts) in toul_drinks.PRODUCTS:
        fam[key] = family
        for f in sorted(fmts):
            for v in sorted(fmts[f], key=lambda x: -1 if x is None else x):
                n += 1
                row = {"id": "TOL%03d" % n, "name": name, "producer": prod,
                       "appellation": app, "region": reg, "country": country,
                       "colour": colour, "category": cat, "vintage": v,
                       "format_cl": num(f)}
                rows.append(row)
                by_key.setdefault(key, []).append(row)
    return rows, by_key, fam


def build_cases(by_key, fam):
    out, seen = [], set()
    for till, specs in TILLS:
        for spec in specs:
            parts = spec.split("|")
            key, meas, vint, text = parts[:4]
            vint = int(vint) if vint else None
            if key.startswith("-"):
                family, entries, reason = key[1:], None, parts[4]
            else:
                if len(parts) != 4:
                    raise SystemExit("bad spec %r" % spec)
                entries, family = by_key[key], fam[key]
            zb = 75
            if entries and meas == "B":
                cat = entries[0]["category"]
                fm = sorted({e["format_cl"] for e in entries})
                zb = 75 if cat in ("vin", "champagne") else toul_rules.ordinary_bottle(fm, cat)
            label, printed = toul_tills.render(till, meas, vint, text, family, zb)
            rv, rm = toul_tills.read_back(till, label)
            if rm != meas and not (meas == "B" and rm == "C%g" % zb):
                raise SystemExit("%s: measure read back %r != %r" % (label, rm, meas))
            if printed != vint and printed is not None:
                raise SystemExit("%s: vintage read back %r != %r" % (label, printed, vint))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            cut = vint is not None and printed is None
            if entries is None:
                expect, bid, also, units = "none", None, [], None
                note = reason
            else:
                expect, bid, also, units, why = toul_rules.answer(entries, rm if meas != "B" else meas, printed)
                e0 = entries[0]
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vint
            out.append(dict(zip(CASE_FIELDS, [label, expect, bid, also, printed, units, note, till], strict=False)))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, fam = build_library()
    cases = build_cases(by_key, fam)
    dump(os.path.join(HERE, "toul_library.jsonl"), lib)
    dump(os.path.join(HERE, "toul_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(lib), "cases", len(cases))
        tot = {}
        for till, _ in TILLS:
            c = [x for x in cases if x["connection"] == till]
            row = {e: sum(1 for x in c if x["expect"] == e) for e in ("yes", "almost", "none")}
            for e in row:
                tot[e] = tot.get(e, 0) + row[e]
            print(till, row, len(c))
        print("total", {e: "%d (%.1f %%)" % (n, 100.0 * n / len(cases)) for e, n in tot.items()})
        print("cut", sum(1 for x in cases if "cut off" in x["note"]))


if __name__ == "__main__":
    main()
