#!/usr/bin/env python3
"""Build the blind held-out set "Crêperie-Bistrot du Port" (Vannes): writes
vannes_library.jsonl and vannes_cases.jsonl beside this file. Stdlib only, deterministic."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vannes_cases_caisse
import vannes_cases_compta
import vannes_cases_tablette
from vannes_drinks import DRINKS
from vannes_rules import answer, fmt_id_table
from vannes_tills import CAISSE_CODES, COMPTA_UNITS, LIBRE_WORDS, READ, RENDER, TAB_MODS

PREFIX = "va"
TILLS = [("caisse", vannes_cases_caisse.CASES), ("tablette", vannes_cases_tablette.CASES),
         ("compta", vannes_cases_compta.CASES)]


def measure_of(till, token, text):
    if token is None:
        return None
    if till == "caisse":
        return CAISSE_CODES[token]
    if till == "compta":
        return COMPTA_UNITS[token]
    if text.startswith("libre:"):
        return dict(LIBRE_WORDS)[token]
    return TAB_MODS[token]


def main():
    fams = {d[0]: d for d in DRINKS}
    assert len(fams) == len(DRINKS)
    rows, ids = fmt_id_table(DRINKS, PREFIX)
    cases, seen = [], set()
    for till, specs in TILLS:
        for spec in specs:
            key, token, vintage, text = spec[:4]
            reason = spec[4] if len(spec) > 4 else ""
            fam = None if key == "-" else fams[key]
            label = RENDER[till](text, token, vintage)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            meas, v = READ[till](label)
            if meas != measure_of(till, token, text):
                raise SystemExit("measure misread %r: %r" % (label, meas))
            cut = vintage is not None and v is None
            if v != vintage and not cut:
                raise SystemExit("vintage misread %r: %r" % (label, v))
            if fam is not None and meas is None:
                raise SystemExit("drink without a measure %r" % label)
            if fam is None:
                exp, bid, also, units, why = "none", None, [], None, ""
                note = reason or "no drink of the library"
                assert reason, label
            else:
                exp, bid, also, units, why = answer(fam, ids, meas, v)
                note = "%s (%s)" % (fam[1], fam[2])
                if why:
                    note += ": " + why
                if reason:
                    note += "; " + reason
                if cut:
                    note += " [%d cut off by the till]" % vintage
            if units is not None and float(units).is_integer():
                units = int(units)
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": v, "units_per_sale": units, "note": note,
                          "connection": till})
    with open(os.path.join(HERE, "vannes_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "vannes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("%d drinks, %d cases" % (len(rows), len(cases)))
    tot = {}
    for c in cases:
        tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    for t, d in tot.items():
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t, d["yes"], d["almost"], d["none"], sum(d.values())))
    allc = {k: sum(d[k] for d in tot.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    print("all       " + "  ".join("%s %d (%.1f %%)" % (k, v, 100.0 * v / n) for k, v in allc.items()))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"][:3], c["expect"][:2], c["beverage_id"], c["units_per_sale"], c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
