"""Build the Lourdes blind held-out set (stdlib only, deterministic).

python tests/matching/data/lourdes/build_lourdes.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_bar
import cases_groupes
import cases_tablette
import drinks_lourdes
import rules_lourdes
import tills_lourdes as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def library():
    rows, n = [], 0
    for key, name, prod, app, reg, ctry, col, cat, formats in drinks_lourdes.DRINKS:
        for fmt, vints in formats.items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                rows.append({"id": "ld%03d" % n, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": ctry, "colour": col, "category": cat,
                             "vintage": v, "format_cl": fmt, "_key": key})
    return rows


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def note_for(lib, ref, expect, bid, reason, text):
    if ref is None or bid is None:
        if ref is not None:
            r = next(x for x in lib if x["_key"] == ref)
            return "%s (%s): %s" % (r["name"], r["producer"], reason)
        return "not in the library: %s" % text
    r = next(x for x in lib if x["id"] == bid)
    s = "%s (%s)" % (r["name"], r["producer"])
    if expect == "almost":
        s += ": label vintage not held, " + reason
    return s


def build():
    lib = library()
    first = {}
    for r in lib:
        first.setdefault(r["_key"], r)
    cases, errors = [], []
    tills = [("bar", cases_bar.CASES), ("tablette", cases_tablette.CASES), ("groupes", cases_groupes.CASES)]
    for conn, specs in tills:
        for want, ref, meas, vint, text, extra in specs:
            drink = first.get(ref)
            if conn == "bar":
                label = T.bar_render(extra or T.bar_dept(drink), meas, vint, text)
                lv = T.bar_vintage(label)
            elif conn == "tablette":
                label = T.tab_render(extra, meas, vint, text)
                lv = T.tab_vintage(label)
            else:
                label = T.grp_render(extra, meas, vint, text, drink)
                lv = T.grp_vintage(label)
            expect, bid, also, units, reason = rules_lourdes.resolve(lib, ref, meas, lv)
            if expect != want:
                errors.append("%s: %r computed %s, wanted %s" % (conn, label, expect, want))
            cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units,
                          "note": note_for(lib, ref, expect, bid, reason, text), "connection": conn})
    labels = [c["label"] for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        errors.append("duplicate label %r" % l)
    return lib, cases, errors


def main():
    lib, cases, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "lourdes_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            out = {k: r[k] for k in LIB_FIELDS}
            out["format_cl"] = fmt_num(out["format_cl"])
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lourdes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("%d drinks, %d cases" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
