#!/usr/bin/env python3
"""Build autun_library.jsonl and autun_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import autun_cases_bar
import autun_cases_hotel
import autun_cases_salle
from autun_drinks import DRINKS
from autun_rules import answer, build_library
from autun_tills import TILLS

DIGESTIFS = {"cartron_marc", "cartron_fine", "massenez_poire", "remy_vsop", "magloire_vsop",
             "chivas12", "chivas18", "jameson", "jackd", "get27", "cointreau", "diplomatico"}


def salle_family(key, d):
    colour, cat = d[5], d[6]
    if cat == "champagne" or "Crémant" in d[1]:
        return "BULLES"
    if cat == "vin":
        return {"rouge": "ROUGES", "blanc": "BLANCS", "rosé": "ROSÉS"}[colour]
    if cat in ("autre", "spiritueux"):
        return "DIGESTIFS" if key in DIGESTIFS else "APÉRITIFS"
    return {"bière": "BIÈRES", "soft": "SOFTS"}[cat]


def main():
    lib, by_key = build_library(DRINKS)
    drinks = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    for till, mod in (("BAR", autun_cases_bar), ("SALLE", autun_cases_salle), ("HOTEL", autun_cases_hotel)):
        render, read_vintage = TILLS[till]
        for c in mod.CASES:
            want, key, measure, typed, text, where = c[:6]
            why = c[6] if len(c) > 6 else ""
            if till == "SALLE" and where is None:
                where = salle_family(key, drinks[key])
            label = render(text, measure, typed, family=where, dept=where)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            vint = read_vintage(label)
            if vint not in (None, typed):
                raise SystemExit("vintage read back %r != typed %r in %r" % (vint, typed, label))
            cut = " [%d cut off by the till]" % typed if typed and vint is None else ""
            if key is None:
                exp, bid, also, units, reason = "none", None, [], None, why
            else:
                exp, bid, also, units, reason = answer(by_key[key], measure, vint)
                d = drinks[key]
                base = "%s (%s)" % (d[1], d[2])
                if exp == "none":
                    reason = "%s: %s" % (base, why or reason)
                else:
                    reason = base + (": " + reason if reason else "")
            if exp != want:
                raise SystemExit("%s: %r expected %s, got %s (%s)" % (till, label, want, exp, reason))
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": vint, "units_per_sale": units, "note": reason + cut,
                          "connection": till})
    with open(os.path.join(HERE, "autun_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "autun_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    for t in ("BAR", "SALLE", "HOTEL"):
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    print("library", len(lib), "cases", len(cases),
          {e: round(100 * sum(1 for c in cases if c["expect"] == e) / len(cases), 1) for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
