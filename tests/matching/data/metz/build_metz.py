#!/usr/bin/env python3
"""Build the Metz held-out set: metz_library.jsonl and metz_cases.jsonl (stdlib only,
deterministic). Each label is rendered with its till's habits and the expected answer is
computed from the RENDERED label (a vintage cut off by the till is no longer there)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import metz_drinks
import metz_rules
import metz_tills
from metz_cases_caisse import CASES as C_CAISSE
from metz_cases_gestion import CASES as C_GESTION
from metz_cases_tablette import CASES as C_TABLETTE

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, by_key = [], {}
    for (key, fam, name, prod, app, reg, ctry, col, cat, held) in metz_drinks.DRINKS:
        d = {"fam": fam, "name": name, "producer": prod, "colour": col, "category": cat,
             "entries": []}
        for (v, f) in held:
            i = "mz%03d" % (len(rows) + 1)
            rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": ctry, "colour": col, "category": cat,
                         "vintage": v, "format_cl": fmt_num(f)})
            d["entries"].append((i, v, f))
        by_key[key] = d
    return rows, by_key


def parse(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = line.split("|")
        out.append(p)
    return out


ERRORS = []


def build():
    rows, drinks = library()
    cases, seen = [], set()
    for till, block in (("caisse", C_CAISSE), ("tablette", C_TABLETTE), ("gestion", C_GESTION)):
        for p in parse(block):
          try:
            key, measure, vint, text = p[0], p[1], p[2], p[3]
            vint = int(vint) if vint else None
            if key.startswith("-"):
                fam, _, col = key[1:].partition(":")
                col = col or None
                cat = {"BIERE": "bière", "ALC": "spiritueux", "SOFT": "soft", "EAU": "soft"}.get(fam, "vin")
                label = metz_tills.render(till, None, fam, col, cat, measure, vint, text)
                reason = p[4]
                exp, bid, also, u, note = "none", None, [], None, reason
            else:
                d = drinks[key]
                label = metz_tills.render(till, key, d["fam"], d["colour"], d["category"],
                                          measure, vint, text)
                lv = metz_tills.read_vintage(till, label)
                exp, bid, also, u, _why = metz_rules.answer(d["entries"], measure, lv, d["category"])
                note = "%s (%s)" % (d["name"], d["producer"])
                if exp == "none":
                    note += ": %s not held" % {"H": "half bottle", "M": "magnum", "DM": "draught demi",
                                                "PT": "draught pinte"}.get(measure, "format " + measure)
                elif exp == "almost":
                    held = sorted(e[1] for e in d["entries"] if e[0] == bid or e[0] in also)
                    note += ": label vintage %d not in library, has %s" % (lv, held)
                if vint and lv is None:
                    note += " [%d cut off by the till]" % vint
                if len(p) > 4 and p[4]:
                    want = p[4]
                    if want != exp:
                        raise SystemExit("%s: wanted %s, got %s" % (label, want, exp))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = metz_tills.read_vintage(till, label)
            if lv is None and vint and key.startswith("-"):
                pass
          except (ValueError, SystemExit) as e:
            ERRORS.append("%s %s: %s" % (till, "|".join(p), e))
            continue
          cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": u, "note": note, "connection": till})
    if ERRORS:
        raise SystemExit("\n".join(ERRORS))
    return rows, cases


def dump(path, objs, fields):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps({k: o[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "metz_library.jsonl"), rows, LIB_FIELDS)
    dump(os.path.join(HERE, "metz_cases.jsonl"), cases, CASE_FIELDS)
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cases)
    n = len(cases)
    print("library %d, cases %d" % (len(rows), n))
    for t in ("caisse", "tablette", "gestion", None):
        row = [sum(v for (tt, e), v in c.items() if (t is None or tt == t) and e == a)
               for a in ("yes", "almost", "none")]
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t or "all", *row, sum(row)))
    tot = [sum(v for (tt, e), v in c.items() if e == a) for a in ("yes", "almost", "none")]
    print("%% yes %.1f almost %.1f none %.1f" % tuple(100.0 * x / n for x in tot))


if __name__ == "__main__":
    main()
