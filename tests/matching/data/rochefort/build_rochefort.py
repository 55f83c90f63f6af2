"""Build the Rochefort ("La Corderie") blind held-out set: stdlib only, deterministic.

python3 build_rochefort.py  -> rochefort_library.jsonl, rochefort_cases.jsonl
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rochefort_cases_cave
import rochefort_cases_salle
import rochefort_cases_zinc
from rochefort_drinks import DRINKS
from rochefort_rules import answer
from rochefort_tills import TILLS

PREFIX = "rf"


def library():
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, region, country, colour, cat, held in DRINKS:
        for vintage, fmt in held:
            n += 1
            row = {"id": "%s%03d" % (PREFIX, n), "name": name, "producer": prod,
                   "appellation": app, "region": region, "country": country,
                   "colour": colour, "category": cat, "vintage": vintage,
                   "format_cl": fmt}
            rows.append(row)
            by_key.setdefault(key, []).append(row)
    return rows, by_key


def cases(by_key):
    out, seen = [], set()
    for conn, mod in (("zinc", rochefort_cases_zinc), ("salle", rochefort_cases_salle),
                      ("cave", rochefort_cases_cave)):
        render, read_vintage = TILLS[conn]
        for c in mod.CASES:
            typed, key, measure, vintage = c[:4]
            why = c[4] if len(c) > 4 else ""
            label, full = render(typed, measure, vintage)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            lv = read_vintage(label)
            if vintage and lv is None:
                cut = " [%d cut off by the till]" % vintage
            else:
                cut = ""
                assert lv == vintage, (label, lv, vintage)
            if key is None:
                assert why, ("none case needs a reason", label)
                row = ("none", None, [], None, why)
            else:
                ents = by_key[key]
                assert measure, label
                exp, bid, also, units, w = answer(ents, measure, lv)
                head = "%s (%s)" % (ents[0]["name"], ents[0]["producer"])
                if exp == "none":
                    w = why or w
                note = head + (": " + w if w else "") + cut
                row = (exp, bid, also, units, note)
            exp, bid, also, units, note = row
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note,
                        "connection": conn})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = library()
    cs = cases(by_key)
    dump(os.path.join(HERE, "rochefort_library.jsonl"), lib)
    dump(os.path.join(HERE, "rochefort_cases.jsonl"), cs)
    counts = {}
    for c in cs:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library", len(lib), "cases", len(cs))
    for conn in ("zinc", "salle", "cave"):
        print(conn, [counts.get((conn, e), 0) for e in ("yes", "almost", "none")])
    tot = len(cs)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cs if c["expect"] == e)
        print(e, k, "%.1f %%" % (100 * k / tot))


if __name__ == "__main__":
    main()
