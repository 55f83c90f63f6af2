"""Build the blind held-out set "La Crêperie du Port" (Pornic).

python3 tests/matching/data/pornic/build_pornic.py  -> pornic_library.jsonl, pornic_cases.jsonl
Stdlib only, deterministic.  Each label is rendered with its till's habits; measure and
vintage are read back from the rendered label and the answer is computed from them.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pornic_cases_crep
import pornic_cases_kiosque
import pornic_cases_tablette
from pornic_drinks import DRINKS
from pornic_rules import answer
from pornic_tills import READ, RENDER

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
TILL_CASES = [("CREP", pornic_cases_crep.CASES), ("KIOSQUE", pornic_cases_kiosque.CASES),
              ("TABLETTE", pornic_cases_tablette.CASES)]


def num(x):
    return int(x) if float(x) == int(x) else x


def build_library():
    lib, by_key = [], {}
    n = 0
    for key, name, prod, app, reg, ctry, col, cat, fmts, shorts in DRINKS:
        by_key[key] = []
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                e = dict(zip(LIB_FIELDS, ["pc%03d" % n, name, prod, app, reg, ctry, col, cat, v,
                                          num(fmt)], strict=False))
                lib.append(e)
                by_key[key].append(e)
    return lib, by_key


def render(till, text, measure, vintage, extra):
    if till == "TABLETTE":
        return RENDER[till](text, measure, vintage, extra)
    assert extra is None
    return RENDER[till](text, measure, vintage)


def build_cases(by_key):
    drinks = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    for till, specs in TILL_CASES:
        for spec in specs:
            if spec[0] == "-":
                _, measure, vintage, text, reason = spec[:5]
                extra = spec[5] if len(spec) > 5 else None
                label, cut = render(till, text, measure, vintage, extra)
                m, v = READ[till](label)
                assert m == measure, (label, m, measure)
                row = [label, "none", None, [], v, None, reason]
            else:
                key, measure, vintage = spec[:3]
                text = spec[3] if len(spec) > 3 and spec[3] else drinks[key][9][till[0]]
                extra = spec[4] if len(spec) > 4 else None
                label, cut = render(till, text, measure, vintage, extra)
                m, v = READ[till](label)
                assert m == measure, (label, m, measure)
                if v != vintage:
                    assert cut and v is None, (label, v, vintage)
                ents = by_key[key]
                exp, bid, also, units, why = answer(ents, drinks[key][7], measure, v)
                e0 = ents[0]
                note = "%s (%s)" % (e0["name"], e0["producer"])
                if why:
                    note += ": " + why
                if v != vintage:
                    note += " [%d cut off by the till]" % vintage
                row = [label, exp, bid, also, v, units, note]
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            cases.append(dict(zip(CASE_FIELDS, [*row, till], strict=False)))
    return cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(lib, os.path.join(HERE, "pornic_library.jsonl"))
    dump(cases, os.path.join(HERE, "pornic_cases.jsonl"))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    print(len(lib), "drinks,", len(cases), "cases")
    for t, c in counts.items():
        print(t, c, sum(c.values()))
    tot = {k: sum(c[k] for c in counts.values()) for k in ("yes", "almost", "none")}
    print("all", tot, {k: round(100 * v / len(cases), 1) for k, v in tot.items()})


if __name__ == "__main__":
    main()
