"""Build the blind held-out set for "Le Relais de la Loire" (Orléans).

    python tests/matching/data/orleans/build_orleans.py

Stdlib only, deterministic: writes orleans_library.jsonl and orleans_cases.jsonl beside it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import orleans_cases_bar
import orleans_cases_hotel
import orleans_cases_salle
from orleans_drinks import DRINKS, F
from orleans_rules import answer, read_vintage
from orleans_tills import MEASURES, family, render

TILLS = [("bar", orleans_cases_bar.CASES), ("salle", orleans_cases_salle.CASES),
         ("hotel", orleans_cases_hotel.CASES)]


def library():
    entries, by_key, n = [], {}, 0
    for key, name, prod, app, region, colour, cat, vints, fmt in DRINKS:
        for v in vints:
            n += 1
            e = {"id": "or%03d" % n, "name": name, "producer": prod, "appellation": app,
                 "region": region, "country": F, "colour": colour, "category": cat,
                 "vintage": v, "format_cl": fmt}
            entries.append(e)
            by_key.setdefault(key, []).append(e)
    return entries, by_key


def cases(entries, by_key):
    out, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            parts = line.split("|")
            key, meas, vint, text = parts[:4]
            assert meas in MEASURES, line
            vint = int(vint) if vint else None
            if key.startswith("-"):
                fam = key[1:]
                label = render(till, fam, meas, vint, text, text + "|" + meas)
                res = ("none", None, [], None, parts[4])
                note = parts[4]
            else:
                base = by_key[key][0]
                fam = family(base["colour"], base["category"], base["appellation"])
                label = render(till, fam, meas, vint, text, key + "|" + meas)
                lv = read_vintage(till, label)
                res = answer(entries, base, meas, lv)
                note = "%s (%s)" % (base["name"], base["producer"])
                if meas:
                    note += ", " + meas
                if res[4]:
                    note += ": " + res[4]
                if vint and lv is None and res[0] != "none":
                    note += " [%d cut off by the till]" % vint
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            lv = read_vintage(till, label)
            out.append({"label": label, "expect": res[0], "beverage_id": res[1],
                        "also_ok": res[2], "vintage": lv, "units_per_sale": res[3],
                        "note": note, "connection": till})
    return out


def main():
    entries, by_key = library()
    cs = cases(entries, by_key)
    for fn, rows in (("orleans_library.jsonl", entries), ("orleans_cases.jsonl", cs)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(entries), len(cs)))


if __name__ == "__main__":
    main()
