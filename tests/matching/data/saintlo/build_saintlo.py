#!/usr/bin/env python3
"""Build the Saint-Lô blind held-out set: writes saintlo_library.jsonl and saintlo_cases.jsonl.
Stdlib only, deterministic. Each label is rendered with its till's habits, its measure and vintage are
read back from the RENDERED label, and the answer is computed from them by the bench README's rules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import saintlo_cases_comptoir
import saintlo_cases_export
import saintlo_cases_pda
import saintlo_tills as T
from saintlo_drinks import DRINKS
from saintlo_rules import answer

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
TILLS = [("comptoir", saintlo_cases_comptoir.CASES), ("pda", saintlo_cases_pda.CASES),
         ("export", saintlo_cases_export.CASES)]
LETTER = {"y": "yes", "a": "almost", "n": "none"}
FAMILY_OF_KEY = {"ricard": "6", "pastis51": "6", "ecusson": "5", "drouincidre": "5", "granit": "5",
                 "jusdepomme": "8"}


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, by_key = [], {}
    n = 0
    for d in DRINKS:
        ids = {}
        for v, f in d["entries"]:
            n += 1
            i = "sw%03d" % n
            ids[(v, f)] = i
            rows.append({"id": i, "name": d["name"], "producer": d["producer"], "appellation": d["appellation"],
                         "region": d["region"], "country": d["country"], "colour": d["colour"],
                         "category": d["category"], "vintage": v, "format_cl": fmt_num(f)})
        by_key[d["key"]] = (d, ids)
    return rows, by_key


def family(d):
    if d["key"] in FAMILY_OF_KEY:
        return FAMILY_OF_KEY[d["key"]]
    if d["category"] in ("champagne",) or d["colour"] == "effervescent":
        return "4"
    return {"rouge": "1", "blanc": "2", "liquoreux": "2", "rosé": "3"}.get(d["colour"]) or \
        {"bière": "5", "autre": "6", "spiritueux": "7", "soft": "8"}[d["category"]]


def build_cases(by_key):
    out, seen = [], set()
    for till, specs in TILLS:
        for spec in specs:
            p = spec.split("|")
            letter, key, measure, vtxt, text = p[:5]
            typed = int(vtxt) if vtxt else None
            if typed is not None and typed < 100:
                typed += 2000
            d = None if key == "-" else by_key[key][0]
            if till == "export":
                fam = family(d) if d else p[6]
                label = T.render_export(text, measure, typed, fam)
            else:
                label = T.RENDER[till](text, measure, typed)
            r_measure, r_vintage = T.READ[till](label)
            if r_measure != measure:
                raise SystemExit("%s: measure read back %s, typed %s: %r" % (till, r_measure, measure, label))
            if r_vintage not in (typed, None):
                raise SystemExit("%s: vintage misread %r" % (till, label))
            cut = typed is not None and r_vintage is None
            if d is None:
                exp, bid, also, units, why = "none", None, [], None, p[5]
                note = why
            else:
                exp, bid, also, units, why = answer(d, by_key[key][1], measure, r_vintage)
                note = "%s (%s)" % (d["name"], d["producer"]) + (": " + why if why else "")
            if cut:
                note += " [%d cut off by the till]" % typed
            if LETTER[letter] != exp:
                raise SystemExit("%s: expected %s, rules say %s: %r (%s)" % (till, LETTER[letter], exp, label, why))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": r_vintage, "units_per_sale": units, "note": note, "connection": till})
    return out


def dump(rows, fields, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, by_key = library()
    cases = build_cases(by_key)
    dump(lib, LIB_FIELDS, os.path.join(HERE, "saintlo_library.jsonl"))
    dump(cases, CASE_FIELDS, os.path.join(HERE, "saintlo_cases.jsonl"))
    if "-v" in sys.argv:
        print("%d drinks, %d cases" % (len(lib), len(cases)))
        for till, _ in TILLS:
            c = [x["expect"] for x in cases if x["connection"] == till]
            print(till, {e: c.count(e) for e in ("yes", "almost", "none")}, len(c))
        c = [x["expect"] for x in cases]
        print("all", {e: "%d (%.1f %%)" % (c.count(e), 100 * c.count(e) / len(c)) for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
