#!/usr/bin/env python3
"""Build the Auray held-out set: auray_library.jsonl and auray_cases.jsonl.

Stdlib only, deterministic.  Each case is rendered with its till's habits, read back,
and answered from what the RENDERED label says (auray_rules).
Run: python3 build_auray.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import auray_cases_caisse
import auray_cases_gestion
import auray_cases_salle
import auray_drinks
import auray_rules
import auray_tills

PREFIX = "AUR"
TILLS = (("caisse", auray_cases_caisse), ("salle", auray_cases_salle),
         ("gestion", auray_cases_gestion))
LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")


def library(drinks):
    rows, ids, n = [], {}, 0
    for d in drinks:
        for fmt in sorted(d["formats"]):
            for v in sorted(d["formats"][fmt], key=lambda x: x or 0):
                n += 1
                bid = f"{PREFIX}{n:03d}"
                ids[(d["key"], fmt, v)] = bid
                rows.append({"id": bid, "name": d["name"], "producer": d["producer"],
                             "appellation": d["appellation"], "region": d["region"],
                             "country": d["country"], "colour": d["colour"],
                             "category": d["category"], "vintage": v, "format_cl": fmt})
    return rows, ids


def parse(line):
    p = line.split("|")
    if p[0].startswith("-"):
        assert len(p) == 5, line
        fam, meas, vint, text, reason = p
        return None, fam[1:], meas, int(vint) if vint else None, text, reason
    assert len(p) == 4, line
    key, meas, vint, text = p
    return key, None, meas, int(vint) if vint else None, text, ""


def build():
    drinks = auray_drinks.load()
    by_key = {d["key"]: d for d in drinks}
    lib, ids = library(drinks)
    cases, seen = [], set()
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            key, fam, meas, vint, text, reason = parse(line)
            drink = by_key[key] if key else None
            if drink:
                fam = drink["fam"]
            label = auray_tills.render(till, fam, meas, vint, text, drink)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            got = auray_tills.read_vintage(till, label)
            cut = False
            if got != vint:
                assert till == "caisse" and got is None, (label, vint, got)
                cut = True
            exp, bid, also, units, why = auray_rules.answer(drink, meas, got, ids)
            if drink:
                note = f"{drink['name']} ({drink['producer']})"
                if why:
                    note += f": {why}"
                if exp == "none":
                    note += f"; no entry in the format the label means ({meas})"
                if cut:
                    note += f" [{vint} cut off by the till]"
            else:
                note = reason
            cases.append({"label": label, "expect": exp, "beverage_id": bid,
                          "also_ok": also, "vintage": got, "units_per_sale": units,
                          "note": note, "connection": till})
    return lib, cases


def dump(rows, fields, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in fields}, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(lib, LIB_FIELDS, os.path.join(HERE, "auray_library.jsonl"))
    dump(cases, CASE_FIELDS, os.path.join(HERE, "auray_cases.jsonl"))
    if "-v" in sys.argv:
        print(f"{len(lib)} drinks, {len(cases)} cases")
        for till, _ in (*TILLS, ("total", None)):
            cs = [c for c in cases if till in ("total", c["connection"])]
            cnt = {e: sum(c["expect"] == e for c in cs) for e in ("yes", "almost", "none")}
            print(f"{till:8} {cnt}  {len(cs)}  " +
                  " ".join(f"{e} {100 * n / len(cs):.1f}%" for e, n in cnt.items()))


if __name__ == "__main__":
    main()
