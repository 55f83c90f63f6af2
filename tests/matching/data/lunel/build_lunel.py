#!/usr/bin/env python3
"""Builds lunel_library.jsonl and lunel_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lunel_cases_caisse
import lunel_cases_export
import lunel_cases_pda
import lunel_tills as T
from lunel_drinks import DRINKS
from lunel_rules import answer, read_vintage

UNIT = {"-CU": "Portion", "-DS": "Portion", "-CF": "Tasse", "-SV": "Forfait"}


def build_library():
    rows, lib, info = [], {}, {}
    n = 0
    for key, name, prod, app, region, colour, cat, fmts in DRINKS:
        lib[key] = {}
        info[key] = (name, prod, app, colour, cat)
        for fmt in sorted(fmts, key=lambda f: (f != 75, f)):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                bid = "lq%03d" % n
                country = "France"
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": cat, "vintage": v,
                             "format_cl": int(fmt) if fmt == int(fmt) else fmt})
                lib[key].setdefault(fmt, []).append((v, bid))
    return rows, lib, info


def main():
    rows, lib, info = build_library()
    cases, seen, codes, designations = [], set(), {}, {}
    problems = []
    for till, mod in (("caisse", lunel_cases_caisse), ("pda", lunel_cases_pda),
                      ("export", lunel_cases_export)):
        for want, key, meas, vint, text, note in mod.CASES:
            in_lib = not key.startswith("-")
            if till == "caisse":
                if in_lib:
                    name, prod, app, colour, cat = info[key]
                    fam = T.family(colour, cat, app)
                else:
                    fam = key[1:]
                label = T.render_caisse(fam, meas, text, vint)
            elif till == "pda":
                txt, _, modifier = text.partition("|")
                label = T.render_pda(meas, txt, vint, modifier)
            else:
                product = key if in_lib else text
                code = T.article_code(product, meas)
                if code in codes and codes[code] != (product, meas):
                    problems.append("code clash %s" % code)
                codes[code] = (product, meas)
                if designations.setdefault((product, meas), text) != text:
                    problems.append("two designations for %s %s" % (product, meas))
                label = T.render_export(product, meas, text, vint, UNIT.get(key, "Unité"))
            if label in seen:
                problems.append("duplicate label %r" % label)
            seen.add(label)
            lv = read_vintage(till, label)
            if lv != vint and not (till == "caisse" and lv is None):
                problems.append("vintage read %r != %r in %r" % (lv, vint, label))
            if in_lib:
                exp, bid, also, units, why = answer(lib, key, meas, lv)
            else:
                exp, bid, also, units, why = "none", None, [], None, ""
            full_note = note
            if in_lib:
                nm = "%s (%s)" % (info[key][0], info[key][1])
                full_note = nm + (": " + why if why else "") + ("; " + note if note else "")
            else:
                full_note = note
            if lv is None and vint is not None:
                full_note += " [%d cut off by the till]" % vint
            if exp != want:
                if not (lv is None and vint is not None and want == "almost" and exp == "yes"):
                    problems.append("%s: want %s got %s for %r" % (till, want, exp, label))
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": full_note,
                          "connection": till})
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "lunel_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lunel_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(rows), len(cases)))


if __name__ == "__main__":
    main()
