"""Build the held-out set "lessables": python3 build_lessables.py

Writes lessables_library.jsonl and lessables_cases.jsonl beside this file, byte for byte
the same on every run (stdlib only, no randomness: salle prices come from a SHA-256).
Each case is rendered with its till's habits, then measure and vintage are read back
from the RENDERED label and the bench README's rules give the answer.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lessables_tills as T
from lessables_cases_caisse import CASES as C_CAISSE
from lessables_cases_kiosque import CASES as C_KIOSQUE
from lessables_cases_salle import CASES as C_SALLE
from lessables_drinks import DRINKS
from lessables_rules import answer

FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category",
          "vintage", "format_cl")


def fmt_order(f):
    return (0 if f == 75 else 1 if f == 37.5 else 2 if f == 150 else 3, f)


def build_library():
    prods, lib = {}, []
    for row in DRINKS:
        key, name, prod, app, reg, ctry, col, cat, fam, fmts = row
        if key in prods:
            raise ValueError("duplicate key " + key)
        p = {"key": key, "name": name, "producer": prod, "appellation": app, "region": reg, "country": ctry,
                 "colour": col, "category": cat, "fam": fam, "formats": fmts, "ids": {}}
        prods[key] = p
        for f in sorted(fmts, key=fmt_order):
            for v in sorted(fmts[f], key=lambda x: x or 0):
                i = "LSB%03d" % (len(lib) + 1)
                p["ids"][(f, v)] = i
                lib.append(dict(zip(FIELDS, (i, name, prod, app, reg, ctry, col, cat, v, f), strict=False)))
    return prods, lib


def render(till, fam_or_key, text, vintage, measure, prods):
    if till == "caisse":
        fam = prods[fam_or_key]["fam"] if fam_or_key in prods else fam_or_key
        if fam_or_key in prods and prods[fam_or_key]["category"] == "bière":
            fam = "BIB" if measure.startswith("S") else "PRS"
        label = T.render_caisse(fam, text, vintage, measure)
        _, m, v = T.parse_caisse(label)
    elif till == "salle":
        label = T.render_salle(fam_or_key, text, vintage, measure)
        _, m, v = T.parse_salle(label)
    else:
        label = T.render_kiosque(text, vintage, measure)
        _, m, v = T.parse_kiosque(label)
    if m != measure and not (till == "caisse" and measure == "BTL" and m == ""):
        raise ValueError("%s: measure %r read back as %r" % (label, measure, m))
    if v is not None and v != vintage:
        raise ValueError("%s: vintage %r read back as %r" % (label, vintage, v))
    return label, v


def build_cases(prods):
    out, seen = [], set()
    for till, cases in (("caisse", C_CAISSE), ("salle", C_SALLE), ("kiosque", C_KIOSQUE)):
        for c in cases:
            if c[0] == "-":  # ("-", fam, measure, vintage, text, reason)
                _, fam, measure, vintage, text, reason = c
                label, v = render(till, fam, text, vintage, measure, prods)
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": v,
                           "units_per_sale": None, "note": reason}
            else:  # (key, measure, vintage, text[, extra note])
                key, measure, vintage, text = c[:4]
                p = prods[key]
                label, v = render(till, key, text, vintage, measure, prods)
                exp, bid, also, units, why = answer(p, p["ids"], measure, v)
                note = "%s (%s)" % (p["name"], p["producer"])
                if why:
                    note += ": " + why
                if len(c) > 4:
                    note += "; " + c[4]
                if vintage and v is None:
                    note += " [%d cut off by the till]" % vintage
                rec = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": v,
                           "units_per_sale": units, "note": note}
            rec["connection"] = till
            if label in seen:
                raise ValueError("duplicate label " + label)
            seen.add(label)
            out.append(rec)
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    prods, lib = build_library()
    cases = build_cases(prods)
    dump(os.path.join(HERE, "lessables_library.jsonl"), lib)
    dump(os.path.join(HERE, "lessables_cases.jsonl"), cases)
    counts = {}
    for r in cases:
        counts[(r["connection"], r["expect"])] = counts.get((r["connection"], r["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till in ("caisse", "salle", "kiosque"):
        print(till, [counts.get((till, e), 0) for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
