#!/usr/bin/env python3
"""Build the Angers blind set: angers_library.jsonl and angers_cases.jsonl.

Stdlib only, deterministic. The answer of each case is computed from the RENDERED label,
with the rules of the bench README (yes / almost / none, also_ok, units_per_sale).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import angers_cases_caisse
import angers_cases_salle
import angers_cases_terrasse
import angers_drinks
import angers_tills

PREFIX = "ag"
TILLS = [("caisse", angers_cases_caisse.CASES), ("salle", angers_cases_salle.CASES),
         ("terrasse", angers_cases_terrasse.CASES)]
BOTTLE_FMT = {"half": 37.5, "mag": 150, "b50": 50, "b100": 100}
POUR_CL = {"vre": 12.5, "coupe": 12.5, "p25": 25, "p50": 50, "dose": 4, "d2": 2,
           "demi": 25, "pinte": 50}
MEAS_TEXT = {"": "bottle", "btl": "bottle", "half": "half bottle", "mag": "magnum",
             "b50": "50 cl bottle", "b100": "1 l bottle", "vre": "glass 12.5 cl",
             "coupe": "coupe 12.5 cl", "p25": "pichet 25 cl", "p50": "pichet 50 cl",
             "dose": "dose 4 cl", "d2": "dose 2 cl", "demi": "demi 25 cl draught",
             "pinte": "pinte 50 cl draught"}


def fam_of(group):
    colour, cat = group[6], group[7]
    if cat == "champagne":
        return "CH"
    if cat == "vin":
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "effervescent": "BU",
                "liquoreux": "MX"}[colour] if not (colour == "rosé" and "Crémant" in group[1]) else "RS"
    return {"spiritueux": "SP", "autre": "AP", "bière": "BI", "soft": "SF"}[cat]


def build_library():
    lib, groups = [], {}
    n = 0
    for g in angers_drinks.GROUPS:
        key, name, prod, app, region, country, colour, cat, entries = g
        ids = []
        for vint, fmt in entries:
            n += 1
            bid = "%s%03d" % (PREFIX, n)
            lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                        "region": region, "country": country, "colour": colour,
                        "category": cat, "vintage": vint, "format_cl": fmt})
            ids.append((bid, vint, fmt))
        groups[key] = (g, ids)
    return lib, groups


def label_vintage(till, label, intended):
    """The vintage that survived on the rendered label (None if the cut took it off)."""
    if intended is None:
        return None
    if till == "caisse":
        return intended if re.search(r" %02d$" % (intended % 100), label) else None
    return intended if str(intended) in label else None


def answer(group, ids, meas, vint):
    """(expect, beverage_id, also_ok, units, why) by the bench README."""
    g = group
    cat = g[7]
    if meas in POUR_CL:
        vol = POUR_CL[meas]
        if meas in ("demi", "pinte"):
            cands = [e for e in ids if e[2] >= 2000]
            if not cands:
                return "none", None, [], None, "not held on draught"
        else:
            fmts = sorted({e[2] for e in ids})
            if 75 in fmts:
                f = 75
            elif len(fmts) == 1:
                f = fmts[0]
            else:
                raise ValueError("glass of a wine without ordinary bottle")
            cands = [e for e in ids if e[2] == f]
        units = round(vol / cands[0][2], 4)
    else:
        if meas in BOTTLE_FMT:
            f = BOTTLE_FMT[meas]
        else:
            fmts = sorted({e[2] for e in ids})
            if cat in ("vin", "champagne"):
                f = 75
            elif len(fmts) == 1:
                f = fmts[0]
            else:
                raise ValueError("bottle of a drink in several formats without a size")
        cands = [e for e in ids if e[2] == f]
        if not cands:
            return "none", None, [], None, "%s not held" % MEAS_TEXT[meas]
        units = 1
    vints = [e[1] for e in cands]
    if vint is not None and any(v is not None for v in vints):
        exact = [e for e in cands if e[1] == vint]
        if exact:
            return "yes", exact[0][0], [], units, ""
        best = sorted(cands, key=lambda e: (abs(e[1] - vint), -e[1]))[0]
        others = [e[0] for e in sorted(cands, key=lambda e: -e[1]) if e[0] != best[0]]
        return "almost", best[0], others, units, "label vintage %d not held, has %s" % (
            vint, sorted(vints))
    if len(cands) > 1:
        srt = sorted(cands, key=lambda e: -(e[1] or 0))
        return "yes", srt[0][0], [e[0] for e in srt[1:]], units, ""
    return "yes", cands[0][0], [], units, ""


def build_cases(groups):
    out = []
    seen = set()
    for till, specs in TILLS:
        render = angers_tills.RENDER[till]
        for spec in specs:
            kind, a, meas, vint, text, reason = spec
            if kind == "d":
                group, ids = groups[a]
                fam = fam_of(group)
                label, full = render(fam, meas, vint, text, True)
                lv = label_vintage(till, label, vint)
                exp, bid, also, units, why = answer(group, ids, meas, lv)
                note = "%s (%s), %s" % (group[1], group[2], MEAS_TEXT[meas])
                if why:
                    note += ": " + why
                if vint is not None and lv is None:
                    note += " [%d cut off by the till]" % vint
            else:
                label, _full = render(a, meas, vint, text, False)
                lv = label_vintage(till, label, vint)
                exp, bid, also, units = "none", None, [], None
                note = reason
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, groups = build_library()
    cases = build_cases(groups)
    dump(lib, os.path.join(HERE, "angers_library.jsonl"))
    dump(cases, os.path.join(HERE, "angers_cases.jsonl"))
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till, _ in TILLS:
        print(till, [counts.get((till, e), 0) for e in ("yes", "almost", "none")])
    tot = [sum(counts.get((t, e), 0) for t, _ in TILLS) for e in ("yes", "almost", "none")]
    print("total", tot, ["%.1f%%" % (100.0 * x / len(cases)) for x in tot])


if __name__ == "__main__":
    main()
