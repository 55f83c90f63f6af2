#!/usr/bin/env python3
"""Build the blind held-out set "draguignan": writes draguignan_library.jsonl and
draguignan_cases.jsonl beside this file, byte-identically on every run (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import draguignan_cases_caisse
import draguignan_cases_rapportz
import draguignan_cases_tablette
from draguignan_drinks import DRINKS
from draguignan_rules import answer, build_library
from draguignan_tills import TILLS

SOURCES = [("caisse", draguignan_cases_caisse.CASES), ("tablette", draguignan_cases_tablette.CASES),
           ("rapportz", draguignan_cases_rapportz.CASES)]
MEASURE_WORDS = {"g": "glass", "g15": "glass 15 cl", "cp": "coupe", "p25": "pichet 25 cl",
                 "p50": "pichet 50 cl", "d": "dose 4 cl", "d2": "dose 2 cl", "demi": "demi 25 cl",
                 "pinte": "pinte 50 cl", "h": "half bottle", "m": "magnum"}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    lib, by_key = build_library(DRINKS)
    keys = {d[0]: d for d in DRINKS}
    cases, errors = [], []
    for conn, text in SOURCES:
        render, read = TILLS[conn]
        for line in text.strip().splitlines():
            exp, key, meas, vint, typed, reason = line.split("|")
            vint = int(vint) if vint not in ("", "0") else None
            label = render(meas, vint, typed)
            rmeas, rvint = read(label)
            if rmeas != meas and not (meas == "" and rmeas == "b"):
                errors.append("%s: measure read back %r, typed %r" % (label, rmeas, meas))
            cut = " [%d cut off by the till]" % vint if vint and rvint is None else ""
            if key == "-":
                got = ("none", None, [], None, reason)
            else:
                got = answer(by_key[key], rmeas, rvint)
            e_exp, entry, also, units, why = got
            if e_exp[0].upper() != exp:
                errors.append("%s: expected %s, rules give %s (%s)" % (label, exp, e_exp, why))
            if e_exp == "none":
                note = reason or why
                if key != "-":
                    d = keys[key]
                    note = "%s (%s): %s" % (d[1], d[2], note)
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": rvint, "units_per_sale": None, "note": note + cut, "connection": conn}
            else:
                note = "%s (%s)" % (entry["name"], entry["producer"])
                if rmeas in MEASURE_WORDS:
                    note += ", " + MEASURE_WORDS[rmeas]
                if why:
                    note += ": " + why
                case = {"label": label, "expect": e_exp, "beverage_id": entry["id"], "also_ok": also,
                        "vintage": rvint, "units_per_sale": units, "note": note + cut, "connection": conn}
            cases.append(case)
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        errors.append("duplicate labels: %s" % sorted(dup))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "draguignan_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(dump(e) + "\n")
    with open(os.path.join(HERE, "draguignan_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(dump(c) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for conn, _ in SOURCES:
        print(conn, [counts.get((conn, x), 0) for x in ("yes", "almost", "none")])
    for x in ("yes", "almost", "none"):
        n = sum(v for (cn, e), v in counts.items() if e == x)
        print(x, n, "%.1f%%" % (100.0 * n / len(cases)))


if __name__ == "__main__":
    main()
