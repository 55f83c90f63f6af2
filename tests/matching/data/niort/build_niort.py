#!/usr/bin/env python3
"""Build the niort held-out set: niort_library.jsonl and niort_cases.jsonl.

Stdlib only, deterministic.  Each label is rendered with its till's habits and
its answer computed from the rendered label (see niort_rules.py)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import niort_cases_caisse
import niort_cases_compta
import niort_cases_salle
import niort_drinks
import niort_rules as R
import niort_tills as T

PREFIX = "nt"


def build_library():
    rows, by_key = [], {}
    for key, name, prod, app, region, country, colour, cat, held in niort_drinks.DRINKS:
        by_key[key] = {"category": cat, "name": name, "producer": prod, "rows": []}
        for vintage, fmt in held:
            row = {
                "id": "%s%03d" % (PREFIX, len(rows) + 1),
                "name": name, "producer": prod, "appellation": app or None,
                "region": region or None, "country": country, "colour": colour,
                "category": cat, "vintage": vintage, "format_cl": R.fmt_num(fmt),
            }
            rows.append(row)
            by_key[key]["rows"].append(row)
    return rows, by_key


def make_case(conn, label, read_vintage, typed_vintage, key, measure, reason, by_key):
    note_cut = ""
    if typed_vintage is not None and read_vintage is None:
        note_cut = " [%d cut off by the till]" % typed_vintage
    elif read_vintage != typed_vintage:
        raise SystemExit("vintage read back %r != typed %r: %s" % (read_vintage, typed_vintage, label))
    ans = None
    if key is not None:
        d = by_key[key]
        rows, vol = R.entries_for(d["rows"], d["category"], measure)
        ans = R.answer(rows, vol, read_vintage)
        if ans is None and not reason:
            raise SystemExit("no entry for %s %s and no reason: %s" % (key, measure, label))
        if ans is not None and reason:
            raise SystemExit("reason given but the drink is held: %s" % label)
    if ans is None:
        if not reason:
            raise SystemExit("none without reason: %s" % label)
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": read_vintage, "units_per_sale": None, "note": reason + note_cut,
                "connection": conn}
    note = "%s (%s)" % (d["name"], d["producer"])
    if ans["expect"] == "almost":
        held = sorted(e["vintage"] for e in rows)
        note += ": label vintage %d not held, has %s" % (read_vintage, held)
    return {"label": label, "expect": ans["expect"], "beverage_id": ans["id"],
            "also_ok": ans["also"], "vintage": read_vintage, "units_per_sale": ans["units"],
            "note": note + note_cut, "connection": conn}


def bottle_cl(key, measure, by_key):
    if key is None or measure != "btl":
        return 75
    d = by_key[key]
    return R.entries_for(d["rows"], d["category"], measure)[1]


def build_cases(by_key):
    out = []
    for spec in niort_cases_caisse.CASES:
        key, meas, vint, text = spec[:4]
        reason = spec[4] if len(spec) > 4 else None
        label = T.render_caisse(meas, text, vint)
        out.append(make_case("caisse", label, T.vintage_caisse(label), vint, key, meas, reason, by_key))
    for spec in niort_cases_salle.CASES:
        key, meas, vint, text = spec[:4]
        reason = spec[4] if len(spec) > 4 else None
        label = T.render_salle(meas, text, vint)
        out.append(make_case("salle", label, T.vintage_salle(label), vint, key, meas, reason, by_key))
    for spec in niort_cases_compta.CASES:
        fam, key, meas, vint, text = spec[:5]
        reason = spec[5] if len(spec) > 5 else None
        label = T.render_compta(fam, meas, text, vint, bottle_cl(key, meas, by_key))
        out.append(make_case("compta", label, T.vintage_compta(label), vint, key, meas, reason, by_key))
    seen = set()
    for c in out:
        if c["label"] in seen:
            raise SystemExit("duplicate label: %s" % c["label"])
        seen.add(c["label"])
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    write(os.path.join(HERE, "niort_library.jsonl"), lib)
    write(os.path.join(HERE, "niort_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for conn, cc in counts.items():
        print(conn, cc, sum(cc.values()))


if __name__ == "__main__":
    main()
