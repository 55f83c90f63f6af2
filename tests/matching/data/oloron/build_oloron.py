"""Build the Hôtel des Gaves held-out set: oloron_library.jsonl and oloron_cases.jsonl.

Stdlib only, deterministic. Run: python3 build_oloron.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import oloron_cases_bar
import oloron_cases_hotel
import oloron_cases_salle
import oloron_rules as rules
import oloron_tills as tills
from oloron_drinks import DRINKS

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    rows, by_key, names = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, entries in DRINKS:
        by_key[key] = []
        names[key] = (name, prod)
        for fmt, vint in entries:
            n += 1
            i = "ol%03d" % n
            rows.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, country, colour, cat,
                                              vint, fmt_num(fmt)], strict=False)))
            by_key[key].append((i, fmt, vint))
    return rows, by_key, names


def render(conn, measure, text, vintage, dept):
    if conn == "BAR":
        return tills.render_bar(measure, text, vintage)
    if conn == "SALLE":
        return tills.render_salle(measure, text, vintage)
    return tills.render_hotel(measure, text, vintage, dept)


def build_cases(by_key, names):
    out, seen = [], set()
    for conn, mod in (("BAR", oloron_cases_bar), ("SALLE", oloron_cases_salle),
                      ("HOTEL", oloron_cases_hotel)):
        for c in mod.CASES:
            key, measure, vintage, text = c[:4]
            reason = c[4] if key is None else None
            dept = (c[5] if len(c) > 5 else None) if key is None else c[4] if len(c) > 4 else None
            label = render(conn, measure, text, vintage, dept)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            read = tills.read_vintage(conn, label)
            if tills.read_measure(conn, label) != measure:
                raise SystemExit("measure not read back: %r" % label)
            if read is not None and read != vintage:
                raise SystemExit("bogus vintage read on %r" % label)
            cut = vintage is not None and read is None
            if key is None:
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                           "vintage": read, "units_per_sale": None, "note": reason}
            else:
                name, prod = names[key]
                try:
                    exp, bid, also, units, why = rules.answer(by_key[key], measure, read)
                except ValueError as e:
                    raise SystemExit("%s: %r" % (e, label))
                note = "%s (%s)" % (name, prod)
                if why:
                    note += ": " + why
                if cut:
                    note += " [%d cut off by the till]" % vintage
                rec = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                           "vintage": read, "units_per_sale": units if exp != "none" else None,
                           "note": note}
            rec["connection"] = conn
            out.append(rec)
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, names = build_library()
    cases = build_cases(by_key, names)
    dump(os.path.join(HERE, "oloron_library.jsonl"), lib)
    dump(os.path.join(HERE, "oloron_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for conn, d in counts.items():
        print(conn, d, sum(d.values()))


if __name__ == "__main__":
    main()
