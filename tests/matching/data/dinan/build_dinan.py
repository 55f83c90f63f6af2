"""Build the Dinan blind set: python3 build_dinan.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dinan_cases_comptoir
import dinan_cases_gestion
import dinan_cases_salle
from dinan_drinks import DRINKS
from dinan_rules import answer
from dinan_tills import VINTAGE_READER, render

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl"]


def library():
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, cty, col, cat, entries in DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat,
             "entries": entries, "ids": []}
        for fmt, vint in entries:
            n += 1
            bid = "dn%03d" % n
            d["ids"].append(bid)
            rows.append(dict(zip(FIELDS, [bid, name, prod, app, reg, cty, col, cat, vint,
                                          fmt], strict=False)))
        assert key not in by_key, key
        by_key[key] = d
    return rows, by_key


def cases(by_key):
    out, seen = [], set()
    for conn, mod in (("comptoir", dinan_cases_comptoir), ("salle", dinan_cases_salle),
                      ("gestion", dinan_cases_gestion)):
        for case in mod.CASES:
            label = render(conn, case)
            assert label not in seen, label
            seen.add(label)
            key, meas, typed = case[0], case[1], case[2]
            vint = VINTAGE_READER[conn](label)
            assert vint in (typed, None), (label, typed, vint)
            cut = typed if typed and vint is None else None
            if key is None:
                reason = case[-1]
                exp, bid, also, units, note = "none", None, [], None, reason
            else:
                exp, bid, also, units, note = answer(by_key[key], meas, vint, cut)
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": units, "note": note,
                        "connection": conn})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = library()
    cs = cases(by_key)
    dump(os.path.join(HERE, "dinan_library.jsonl"), lib)
    dump(os.path.join(HERE, "dinan_cases.jsonl"), cs)
    counts = {}
    for c in cs:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print(len(lib), "drinks,", len(cs), "cases")
    for conn, d in counts.items():
        print(conn, d, sum(d.values()))


if __name__ == "__main__":
    main()
