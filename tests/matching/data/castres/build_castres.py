#!/usr/bin/env python3
"""Build the castres held-out set: castres_library.jsonl and castres_cases.jsonl.

Stdlib only, deterministic. Each case is rendered by its till's habits, its measure and
vintage are read back from the RENDERED label, and the answer is computed from them by the
bench README's rules. Stops on any inconsistency."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import castres_cases_comptoir
import castres_cases_emporter
import castres_cases_salle
from castres_drinks import DRINKS
from castres_rules import answer, num
from castres_tills import MEASURES, READ_COMPTOIR, READ_SALLE, read_back, render

TILLS = [("comptoir", castres_cases_comptoir.CASES), ("salle", castres_cases_salle.CASES),
         ("emporter", castres_cases_emporter.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def build_library():
    lib, families, n = [], {}, 0
    for key, name, prod, app, region, country, colour, cat, formats in DRINKS:
        if key in families:
            raise SystemExit(f"duplicate key {key}")
        families[key] = []
        for fmt, vints in formats.items():
            for v in vints:
                n += 1
                e = dict(zip(LIB_FIELDS, [f"cs{n:03d}", name, prod, app, region, country,
                                          colour, cat, v, num(fmt)], strict=False))
                lib.append(e)
                families[key].append(e)
    return lib, families


def keyed_measure(till, meas):
    """The measure the keyed code should read back as (for the consistency check)."""
    if meas is None:
        return None
    if till == "comptoir":
        return READ_COMPTOIR[MEASURES[meas][0]]
    if till == "salle":
        return READ_SALLE[MEASURES[meas][1]]
    text = MEASURES[meas][2]
    v, unit = text.split(" ")
    v = float(v.replace(",", "."))
    return ("btl", v * 100 if unit == "L" else v)


def build_cases(families):
    cases, errors, seen = [], [], set()
    for till, rows in TILLS:
        for key, meas, vintage, words, reason in rows:
            try:
                label = render(till, meas, vintage, words)
                rb_meas, rb_vint = read_back(till, label)
            except ValueError as exc:
                errors.append(f"{till}: {words!r}: {exc}")
                continue
            if label in seen:
                errors.append(f"duplicate label {label!r}")
            seen.add(label)
            if rb_meas != keyed_measure(till, meas):
                errors.append(f"measure misread {label!r}: {rb_meas}")
            cut = ""
            if rb_vint != vintage:
                if till == "comptoir" and rb_vint is None:
                    cut = f" [{vintage} cut off by the till]"
                else:
                    errors.append(f"vintage misread {label!r}: {rb_vint} != {vintage}")
            if key is None:
                row = ["none", None, [], None, reason]
            else:
                fam = families[key]
                try:
                    exp, bid, also, units, why = answer(fam, rb_meas, rb_vint)
                except ValueError as exc:
                    errors.append(f"{label!r}: {exc}")
                    continue
                who = f"{fam[0]['name']} ({fam[0]['producer']})"
                note = f"{who}: {why}" if exp == "none" or exp == "almost" else who
                row = [exp, bid, also, units, note + cut]
            exp, bid, also, units, note = row
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": rb_vint, "units_per_sale": units, "note": note,
                          "connection": till})
    if errors:
        raise SystemExit("\n".join(errors))
    return cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, families = build_library()
    cases = build_cases(families)
    write(os.path.join(HERE, "castres_library.jsonl"), lib)
    write(os.path.join(HERE, "castres_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    print(f"{len(lib)} drinks, {len(cases)} cases")
    tot = {"yes": 0, "almost": 0, "none": 0}
    for till, cnt in counts.items():
        print(till, cnt, sum(cnt.values()))
        for k, v in cnt.items():
            tot[k] += v
    print({k: f"{v} ({100 * v / len(cases):.1f} %)" for k, v in tot.items()})


if __name__ == "__main__":
    main()
