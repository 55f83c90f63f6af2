#!/usr/bin/env python3
"""Build the Pézenas blind set: pezenas_library.jsonl and pezenas_cases.jsonl.

Stdlib only, deterministic. Every label is rendered with its till's habits and read back;
the answer is computed from what the RENDERED label says (measure, vintage, family).
    python3 build_pezenas.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pezenas_cases_cave
import pezenas_cases_comptoir
import pezenas_cases_salle
import pezenas_tills as T
from pezenas_rules import answer, load, ordinary

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]


def render(till, key, meas, vint, text, drinks):
    d = drinks.get(key)
    if till == "comptoir":
        label = T.render_comptoir(meas, vint, text)
        rb = T.read_comptoir(label)
        want = None if meas in (None, "N") else meas
        if rb["measure"] != want:
            raise SystemExit(f"comptoir measure misread: {label!r} {rb} {meas}")
        return label, rb["measure"] or ("N" if meas == "N" else None), rb["vintage"], None
    if till == "salle":
        fam = T.salle_family(d) if d else key[1:].split("|")[0]
        if fam not in T.SALLE_FAMILIES:
            raise SystemExit(f"bad family {fam}")
        label = T.render_salle(fam, meas, vint, text)
        rb = T.read_salle(label)
        if rb["measure"] != meas or rb["family"] != fam:
            raise SystemExit(f"salle misread: {label!r} {rb}")
        return label, rb["measure"], rb["vintage"], None
    if till == "cave":
        fam = T.cave_family(d) if d else key[1:].split("|")[0]
        if fam not in T.CAVE_FAMILIES:
            raise SystemExit(f"bad family {fam}")
        if meas is None:
            vol = None
        elif meas == "B":
            vol = ordinary(d)
        else:
            vol = T.MEASURES[meas][1]
        label = T.render_cave(fam, vol, vint, text)
        rb = T.read_cave(label)
        if rb["volume"] != vol or rb["family"] != fam:
            raise SystemExit(f"cave misread: {label!r} {rb} {vol}")
        return label, ("V" if vol is not None else None), rb["vintage"], vol
    raise ValueError(till)


def build(verbose=False):
    entries, drinks = load()
    cases, seen = [], set()
    for till, mod in (("comptoir", pezenas_cases_comptoir), ("salle", pezenas_cases_salle),
                      ("cave", pezenas_cases_cave)):
        for key, meas, vint, text in mod.CASES:
            if not key.startswith("-") and key not in drinks:
                raise SystemExit(f"unknown drink {key}")
            label, rmeas, rvint, vol = render(till, key, meas, vint, text, drinks)
            if rvint is not None and rvint != vint:
                raise SystemExit(f"vintage misread {label!r}")
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            if key.startswith("-"):
                exp, bid, also, units = "none", None, [], None
                note = key.split("|", 1)[1]
            else:
                exp, bid, also, units, note = answer(drinks[key], rmeas, rvint, vol)
                if vint is not None and rvint is None:
                    note += f" [{vint} cut off by the till]"
            cases.append(dict(zip(CASE_FIELDS, [label, exp, bid, also, rvint, units, note, till], strict=False)))
    return entries, cases


def dump(rows, fields):
    return "".join(json.dumps({f: r[f] for f in fields}, ensure_ascii=False) + "\n" for r in rows)


def main():
    verbose = "-v" in sys.argv
    entries, cases = build(verbose)
    with open(os.path.join(HERE, "pezenas_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(entries, LIB_FIELDS))
    with open(os.path.join(HERE, "pezenas_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(cases, CASE_FIELDS))
    tills = ["comptoir", "salle", "cave"]
    print(f"{len(entries)} drinks, {len(cases)} cases")
    for t in [*tills, None]:
        sel = [c for c in cases if t is None or c["connection"] == t]
        cnt = {e: sum(c["expect"] == e for c in sel) for e in ("yes", "almost", "none")}
        print(f"  {t or 'total':9s} " + "  ".join(f"{e} {n:3d} ({100*n/len(sel):.1f} %)" for e, n in cnt.items()) + f"  = {len(sel)}")
    if verbose:
        for c in cases:
            print(f"{c['connection'][:4]} {c['expect']:6s} {c['beverage_id'] or '-':6s} {c['units_per_sale'] or '':<7} {c['label']:55s} | {c['note']}")


if __name__ == "__main__":
    main()
