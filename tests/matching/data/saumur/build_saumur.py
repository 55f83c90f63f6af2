"""Build the Le Cadre (Saumur) blind held-out set: saumur_library.jsonl and saumur_cases.jsonl.

Stdlib only, deterministic. Each label is rendered with its till's habits, read back
(measure and vintage), and answered by the bench README's rules from what it says.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import saumur_cases_bar
import saumur_cases_rapport
import saumur_cases_salle
import saumur_drinks as D
import saumur_rules as R
import saumur_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def num(v):
    return int(v) if v == int(v) else v


def build_library():
    rows, ids, by_key = [], {}, {}
    n = 0
    for d in D.DRINKS:
        key, name, prod, app, region, country, colour, cat, formats = d
        assert key not in by_key, key
        by_key[key] = d
        for fm in sorted(formats):
            for v in sorted(formats[fm], key=lambda x: x or 0):
                n += 1
                bid = "su%03d" % n
                ids[(key, fm, v)] = bid
                rows.append(dict(zip(LIB_FIELDS, [bid, name, prod, app, region, country, colour,
                                                  cat, v, num(fm)], strict=False)))
    return rows, ids, by_key


def rapport_vol(s):
    return None if s == "" else num(float(s.replace(",", ".")))


def build_cases(ids, by_key):
    out, seen = [], set()
    tills = [("bar", saumur_cases_bar.CASES), ("salle", saumur_cases_salle.CASES),
             ("rapport", saumur_cases_rapport.CASES)]
    for conn, specs in tills:
        for spec in specs:
            key, meas, vintage, text = spec[:4]
            d = by_key[key] if key else None
            if conn == "bar":
                kind0 = T.BAR_MEAS[meas][0]
                fam = T.bar_family(d, kind0) if d else spec[5]
                label, cut = T.render_bar(fam, text, vintage, meas)
                kind, vol, lv = T.read_bar(label)
            elif conn == "salle":
                label, cut = T.render_salle(text, vintage, meas, food=(d is None and spec[4] == "food"))
                kind, vol, lv = T.read_salle(label)
            else:
                vol0 = rapport_vol(meas)
                label, cut = T.render_rapport(text, vintage, vol0)
                kind, vol, lv = T.read_rapport(label)
                assert vol == vol0, (label, vol, vol0)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            suffix = ""
            if lv != vintage:
                if not (cut and lv is None):
                    raise SystemExit("vintage misread on %r: typed %s, read %s" % (label, vintage, lv))
                suffix = " [%d cut off by the till]" % vintage
            if d is None:
                a = {"expect": "none", "beverage_id": None, "also_ok": [], "units": None, "why": spec[4]}
                note = "%s: %s" % (text, spec[4])
            else:
                a = R.answer(d, ids, kind, vol, lv)
                note = "%s (%s)" % (d[1], d[2])
                if a["why"]:
                    note += ": " + a["why"]
            note += suffix
            out.append(dict(zip(CASE_FIELDS, [label, a["expect"], a["beverage_id"], a["also_ok"],
                                              lv, a["units"], note, conn], strict=False)))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids, by_key = build_library()
    cases = build_cases(ids, by_key)
    dump(os.path.join(HERE, "saumur_library.jsonl"), lib)
    dump(os.path.join(HERE, "saumur_cases.jsonl"), cases)
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x["connection"], x["expect"]) for x in cases)
        for conn in ("bar", "salle", "rapport"):
            print(conn, [c[(conn, e)] for e in ("yes", "almost", "none")])
        tot = Counter(x["expect"] for x in cases)
        print(len(lib), len(cases), {k: "%d %.1f%%" % (v, 100.0 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
