#!/usr/bin/env python3
"""Build ajaccio_library.jsonl and ajaccio_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ajaccio_drinks
import ajaccio_rules
import ajaccio_tills
from ajaccio_cases_dettatura import CASES as C_DIC
from ajaccio_cases_edi import CASES as C_EDI
from ajaccio_cases_patronu import CASES as C_PAT

TILLS = [("patronu", C_PAT), ("dettatura", C_DIC), ("edi", C_EDI)]
EXP = {"y": "yes", "a": "almost", "n": "none"}


def edi_cont(d, code, text):
    if code in ajaccio_tills.SIZE_CL:
        return ajaccio_tills.SIZE_CL[code]
    if code in ("DEMI", "PINTE"):
        return (d and ajaccio_rules.keg(d)) or 2000
    if d is not None and ajaccio_rules.ordinary(d):
        return ajaccio_rules.ordinary(d)
    if code in ("DOSE", "CL2", "CL6"):
        return 70
    if text.startswith(("BIERE", "SODA")):
        return 33
    if text.startswith("EAU"):
        return 100
    return 75


def main():
    drinks, _ = ajaccio_drinks.load()
    ents = ajaccio_drinks.entries()
    ids, lib = {}, []
    for i, (key, f, v, d) in enumerate(ents, 1):
        bid = "aj%03d" % i
        ids[(key, f, v)] = bid
        lib.append({"id": bid, "name": d["name"], "producer": d["producer"],
                    "appellation": d["appellation"], "region": d["region"],
                    "country": d["country"], "colour": d["colour"],
                    "category": d["category"], "vintage": v, "format_cl": f})
    cases, errors, seen = [], [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            e, key, code, yy, text = line.split("|")
            d = None if key == "-" else drinks[key]
            cont = edi_cont(d, code, text) if till == "edi" else None
            try:
                label, cut = ajaccio_tills.render(till, code, text, yy, cont, "%s|%s|%s" % (key, text, cont))
            except ajaccio_tills.RenderError as ex:
                errors.append("%s %s: %s" % (till, line, ex))
                continue
            rcode, size, vint = ajaccio_tills.read(till, label)
            typed = None if yy == "" else 2000 + int(yy)
            if vint != (None if cut else typed):
                errors.append("%s %r: vintage read back %s, typed %s" % (till, label, vint, typed))
            exp, bid, also, units, why = ajaccio_rules.answer(d, rcode, size, vint, ids)
            if exp != EXP[e]:
                errors.append("%s %r: computed %s, author expected %s" % (till, label, exp, EXP[e]))
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            if d is None:
                note = "no drink of the library: " + text
            else:
                note = "%s (%s)" % (d["name"], d["producer"])
                if why:
                    note += ": " + why
            if cut and typed:
                note += " [%d cut off by the till]" % typed
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": vint, "units_per_sale": units, "note": note,
                          "connection": till})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "ajaccio_library.jsonl"), "w", encoding="utf-8") as fh:
        for r in lib:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ajaccio_cases.jsonl"), "w", encoding="utf-8") as fh:
        for r in cases:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if True:
        tab = {}
        for c in cases:
            tab.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
            tab[c["connection"]][c["expect"]] += 1
        n = len(cases)
        for t, row in tab.items():
            print(t, row, sum(row.values()))
        tot = {k: sum(r.get(k, 0) for r in tab.values()) for k in ("yes", "almost", "none")}
        print("all", tot, n, {k: round(100 * v / n, 1) for k, v in tot.items()}, "library", len(lib))


if __name__ == "__main__":
    main()
