#!/usr/bin/env python3
"""Build the vesoul held-out matching set: vesoul_library.jsonl and vesoul_cases.jsonl.

stdlib only, deterministic. Each label is RENDERED with its till's habits, then its measure
and vintage are read back from the rendered label and the bench README's rules give the
answer. `-v` prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vesoul_cases_fidelite
import vesoul_cases_kds
import vesoul_cases_reprise
import vesoul_rules as rules
from vesoul_drinks import DRINKS
from vesoul_tills import PARSE, RENDER

TILLS = [("reprise", vesoul_cases_reprise.CASES), ("kds", vesoul_cases_kds.CASES),
         ("fidelite", vesoul_cases_fidelite.CASES)]
EXPECT = {"y": "yes", "a": "almost", "n": "none"}

def fmt_num(x):
    return int(x) if x == int(x) else x

def library():
    rows, index = [], {}
    n = 0
    for row in DRINKS:
        key, name, prod, app, region, country, colour, cat, formats = row
        for f in sorted(formats, key=lambda f: (f != 75, f)):
            for v in sorted(formats[f], key=lambda v: (v is None, v)):
                n += 1
                bid = "vs%03d" % n
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt_num(f)})
                index[(key, f, v)] = bid
    return rows, index

def family(row):
    key, name, _, _, _, _, colour, cat, formats = row
    if cat == "champagne" or colour == "effervescent" or "Crémant" in name:
        return "M"
    return {"rouge": "R", "blanc": "B", "rosé": "S", "liquoreux": "L"}.get(colour) or \
        {"spiritueux": "D", "autre": "A", "soft": "F"}.get(cat) or \
        ("P" if max(formats) >= 2000 else "K")

def build():
    lib, index = library()
    drinks = {r[0]: r for r in DRINKS}
    cases, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            parts = line.split("|")
            exp, key, measure, yy, body = parts[:5]
            vintage = None if yy == "-" else (2000 + int(yy) if len(yy) == 2 else int(yy))
            reward = body.startswith("*")
            body = body.lstrip("*")
            row = drinks.get(key)
            fam = parts[5] if key == "-" else family(row)
            if till == "fidelite":
                label = RENDER[till](body, measure, vintage, fam, reward)
            else:
                label = RENDER[till](body, measure, vintage, fam)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            pm, pv = PARSE[till](label)
            assert pm == measure or (measure == "bt" and pm == ""), (label, pm, measure)
            cut = vintage is not None and pv is None
            assert pv in (vintage, None), label
            case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                    "vintage": pv, "units_per_sale": None, "note": "", "connection": till}
            if row is None:
                case["note"] = parts[6]
            else:
                what = "%s (%s)" % (row[1], row[2])
                fmt, vol = rules.target(row, measure)
                if fmt is None:
                    case["note"] = "%s: %s" % (what, vol)
                else:
                    held = row[8][fmt]
                    ans, best, others = rules.answer(held, pv)
                    case["expect"] = ans
                    case["beverage_id"] = index[(key, fmt, best)]
                    case["also_ok"] = [index[(key, fmt, v)] for v in others]
                    case["units_per_sale"] = rules.units(fmt, vol)
                    note = what
                    if fmt != 75:
                        note += ", %s cl" % fmt_num(fmt)
                    if vol is not None:
                        note += ", %s cl poured" % fmt_num(vol)
                    if ans == "almost":
                        note += ": label vintage %d not held, has %s" % (
                            pv, sorted(v for v in held))
                    if cut:
                        note += " [%d cut off by the till]" % vintage
                    case["note"] = note
            assert case["expect"] == EXPECT[exp], (label, case["expect"], exp, case["note"])
            cases.append(case)
    return lib, cases

def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    lib, cases = build()
    dump(os.path.join(HERE, "vesoul_library.jsonl"), lib)
    dump(os.path.join(HERE, "vesoul_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(lib), "cases", len(cases))
        for till, _ in [*TILLS, ("all", None)]:
            cs = [c for c in cases if till in ("all", c["connection"])]
            print(till, len(cs), {e: sum(c["expect"] == e for c in cs)
                                  for e in ("yes", "almost", "none")})
        t = len(cases)
        print({e: round(100 * sum(c["expect"] == e for c in cases) / t, 1)
               for e in ("yes", "almost", "none")})

if __name__ == "__main__":
    main()
