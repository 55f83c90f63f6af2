"""Build the Vienne blind held-out set: vienne_library.jsonl and vienne_cases.jsonl (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vienne_cases_caisse
import vienne_cases_festival
import vienne_cases_tablette
import vienne_rules as R
import vienne_tills as T
from vienne_drinks import DRINKS

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def library():
    rows, ids, n = [], {}, 0
    for d in DRINKS:
        for fmt, vint in d[9]:
            n += 1
            i = "vi%03d" % n
            ids[(d[0], fmt, vint)] = i
            rows.append(dict(zip(FIELDS, [i, d[2], d[3], d[4], d[5], d[6], d[7], d[8], vint, fmt], strict=False)))
    return rows, ids


def build():
    lib, ids = library()
    by_key = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    tills = [("CAISSE", vienne_cases_caisse.CASES), ("FESTIVAL", vienne_cases_festival.CASES),
             ("TABLETTE", vienne_cases_tablette.CASES)]
    for conn, rows in tills:
        for c in rows:
            key, meas, typed, text = c[:4]
            drink = by_key.get(key)
            if conn == "CAISSE":
                fam = drink[1] if drink else key[1:]
                label = T.caisse(fam, meas, typed, text)
                vint = T.read_caisse(label)
            elif conn == "FESTIVAL":
                label = T.festival(meas, typed, text)
                vint = T.read_festival(label)
            else:
                hint = R.target_format(drink, meas) if drink else None
                label = T.tablet(meas, typed, text, hint)
                vint = T.read_tablet(label)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            typed_full = None if typed is None else (T.yy(typed) if typed < 100 else typed)
            if drink is None:
                exp, bid, also, units, note = "none", None, [], None, c[4]
            else:
                exp, best, others, why = R.answer(drink, meas, vint)
                name = "%s (%s)" % (drink[2], drink[3])
                if exp == "none":
                    bid, also, units, note = None, [], None, "%s: %s" % (name, why)
                else:
                    bid = ids[(key, best[0], best[1])]
                    also = [ids[(key, f, v)] for f, v in sorted(others, key=lambda e: -(e[1] or 0))]
                    units = R.units(meas, best[0])
                    note = name + (": " + why if why else "")
                    if typed_full and vint is None:
                        note += " [%d cut off by the till]" % typed_full
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": vint,
                          "units_per_sale": units, "note": note, "connection": conn})
    return lib, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    lib, cases = build()
    write(os.path.join(HERE, "vienne_library.jsonl"), lib)
    write(os.path.join(HERE, "vienne_cases.jsonl"), cases)
    print(len(lib), "drinks,", len(cases), "cases")
