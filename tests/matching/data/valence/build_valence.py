#!/usr/bin/env python3
"""Build the valence held-out set: valence_library.jsonl and valence_cases.jsonl.

Deterministic (stdlib only, no randomness). Each label is rendered with its till's habits,
its vintage is read back from the rendered label, and the answer is computed from that.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import valence_cases_comptoir
import valence_cases_hotel
import valence_cases_salle
from valence_drinks import DRINKS
from valence_rules import target_format, units
from valence_tills import read_vintage, render

COUNTRY = {"Belgique": "Belgique", "Irlande": "Irlande", "Écosse": "Royaume-Uni",
           "Cuba": "Cuba", "Venezuela": "Venezuela"}
FOREIGN = {"desperados": "France", "corona": "Mexique", "heineken0": "Pays-Bas",
           "aperol": "Italie", "campari": "Italie", "martini_b": "Italie",
           "martini_r": "Italie", "greygoose": "France", "bombay": "Royaume-Uni"}
SPECS = [("COMPTOIR", valence_cases_comptoir.SPECS), ("SALLE", valence_cases_salle.SPECS),
         ("HOTEL", valence_cases_hotel.SPECS)]


def library():
    rows, groups = [], {}
    n = 0
    for key, fam, name, prod, app, region, colour, cat, entries in DRINKS:
        country = FOREIGN.get(key) or COUNTRY.get(region or "", "France")
        reg = None if region in COUNTRY else region
        g = {"fam": fam, "name": name, "producer": prod, "category": cat, "colour": colour,
             "entries": []}
        for fmt, vint in entries:
            n += 1
            bid = "vl%03d" % n
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": country, "colour": colour,
                         "category": cat, "vintage": vint, "format_cl": fmt})
            g["entries"].append((bid, fmt, vint))
        groups[key] = g
    return rows, groups


def hotel_group(g):
    if g["category"] == "champagne" or g["colour"] == "effervescent":
        return "bulles"
    return g["category"]


def case_for(till, line, groups):
    f = line.split("|")
    if f[0] == "-":
        _, meas, vint, fam, text, reason = f
        vint = int(vint) if vint else None
        grp = fam if fam in ("CUI", "BAR", "HOT") else {
            "PRES": "bière", "BIB": "bière", "APE": "autre", "ALC": "spiritueux",
            "SFT": "soft", "CHP": "bulles"}.get(fam, "vin")
        label = render(till, fam, grp, meas, None if vint is None else (vint if vint > 100 else 2000 + vint), text)
        read = read_vintage(till, label)
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": read, "units_per_sale": None, "note": reason, "connection": till}
    key, meas, vint, text = f
    g = groups[key]
    typed = (int(vint) if int(vint) > 100 else 2000 + int(vint)) if vint else None
    fam = g["fam"]
    if fam in ("PRES", "BIB"):
        fam = "PRES" if meas in ("DM", "PT") else "BIB"
    label = render(till, fam, hotel_group(g), meas, typed, text)
    read = read_vintage(till, label)
    note = "%s (%s)" % (g["name"], g["producer"])
    if typed is not None and read is None:
        cut = " [%d cut off by the till]" % typed
    elif read != typed:
        raise SystemExit("vintage misread on %r" % label)
    else:
        cut = ""
    fmt = target_format([(e[1], e[2]) for e in g["entries"]], g["category"], meas)
    out = {"label": label, "expect": None, "beverage_id": None, "also_ok": [],
           "vintage": read, "units_per_sale": None, "note": None, "connection": till}
    if fmt is None:
        out.update(expect="none", note=note + ": format or measure not held" + cut)
        return out
    same = [e for e in g["entries"] if e[1] == fmt]
    vints = sorted((e[2] for e in same), key=lambda v: v or 0, reverse=True)
    byv = {e[2]: e[0] for e in same}
    if read is None or read in byv:
        pick = read if read is not None else vints[0]
        others = [] if read is not None else [byv[v] for v in vints[1:]]
        out.update(expect="yes", beverage_id=byv[pick], also_ok=sorted(others),
                   units_per_sale=units(meas, fmt), note=note + cut)
    else:
        if vints == [None]:
            raise SystemExit("vintage on a non-vintage drink: %r" % label)
        pick = min(vints, key=lambda v: (abs(v - read), -v))
        out.update(expect="almost", beverage_id=byv[pick],
                   also_ok=sorted(byv[v] for v in vints if v != pick),
                   units_per_sale=units(meas, fmt),
                   note="%s: label vintage %d not in library, has %s" % (note, read, sorted(vints)))
    return out


def main():
    rows, groups = library()
    cases, seen = [], set()
    for till, text in SPECS:
        for line in text.strip().splitlines():
            c = case_for(till, line.strip(), groups)
            if c["label"] in seen:
                raise SystemExit("duplicate label %r" % c["label"])
            seen.add(c["label"])
            cases.append(c)
    with open(os.path.join(HERE, "valence_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "valence_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cases:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print(len(rows), "drinks,", len(cases), "cases")
    for t, _ in SPECS:
        print(t, [tally.get((t, e), 0) for e in ("yes", "almost", "none")])
    tot = [sum(tally.get((t, e), 0) for t, _ in SPECS) for e in ("yes", "almost", "none")]
    print("total", tot, ["%.1f%%" % (100.0 * x / len(cases)) for x in tot])


if __name__ == "__main__":
    main()
