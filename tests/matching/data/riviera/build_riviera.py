#!/usr/bin/env python3
"""Builds riviera_library.jsonl and riviera_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import riviera_cases_caisse
import riviera_cases_pda
import riviera_cases_plage
from riviera_drinks import O, W
from riviera_rules import answer, read_vintage
from riviera_tills import render

ORIGIN = {  # region, country of the non-wine drinks
    "Pastis": ("Provence", "France"), "Gentiane": ("Auvergne", "France"),
    "Apéritif à base de vin": ("France", "France"), "Vermouth": ("Piémont", "Italie"),
    "Bitter": ("Vénétie", "Italie"), "Vodka": (None, None), "Gin": ("Angleterre", "Royaume-Uni"),
    "Rhum": (None, None), "Scotch Whisky": ("Highlands", "Écosse"),
    "Japanese Whisky": (None, "Japon"), "Cognac": ("Cognac", "France"),
    "Liqueur de menthe": (None, "France"), None: (None, None)}
COUNTRY = {"greygoose": "France", "belvedere": "Pologne", "hc3": "Cuba", "hc7": "Cuba",
           "diplo": "Venezuela", "lillet": "France", "rinquinquin": "France", "k1664": "France",
           "leffe": "Belgique", "desperados": "France", "pietra": "France",
           "heineken00": "Pays-Bas", "evian": "France", "badoit": "France", "perrier": "France",
           "coca": "France", "coca0": "France", "orangina": "France", "schweppes": "France",
           "milliat_abr": "France", "lorina": "France"}
REGION = {"campari": "Lombardie", "k1664": "Alsace", "leffe": "Wallonie", "lillet": "Bordeaux", "rinquinquin": "Provence", "pietra": "Corse", "evian": "Savoie",
          "badoit": "Loire", "perrier": "Occitanie", "milliat_abr": "Rhône", "lorina": "Lorraine",
          "hc3": None, "bombay": "Angleterre"}

KEYS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category",
        "vintage", "format_cl")
CASE_KEYS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection")
TILLS = (("caisse", riviera_cases_caisse.CASES), ("pda", riviera_cases_pda.CASES),
         ("plage", riviera_cases_plage.CASES))


def fmt_cl(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, by_key, fam = [], {}, {}
    n = 0
    for key, name, prod, app, reg, col, cat, entries in W:
        for vint, f in entries:
            n += 1
            rows.append(dict(zip(KEYS, (f"rv{n:03d}", name, prod, app, reg, "France", col, cat,
                                        vint, fmt_cl(f)), strict=False)))
            by_key.setdefault(key, []).append(rows[-1])
        fam[key] = "champagne" if cat == "champagne" else col
    for key, name, prod, app, cat, formats in O:
        reg, country = ORIGIN[app]
        reg = REGION.get(key, reg)
        country = COUNTRY.get(key, country)
        for f in formats:
            n += 1
            rows.append(dict(zip(KEYS, (f"rv{n:03d}", name, prod, app, reg, country, None, cat,
                                        None, fmt_cl(f)), strict=False)))
            by_key.setdefault(key, []).append(rows[-1])
        fam[key] = {"bière": "beer", "soft": "soft", "autre": "aperitif"}.get(cat) or (
            "aperitif" if app in ("Pastis", "Bitter", "Gentiane") else "spirit")
    return rows, by_key, fam


def cases(by_key, fam):
    out = []
    for till, specs in TILLS:
        for spec in specs:
            if spec[0] == "y":
                _, key, meas, vint, text = spec
                label = render(till, fam[key], meas, vint, text)
                v = read_vintage(till, label)
                typed = vint if isinstance(vint, int) else None
                assert v in (typed, None), (label, v, typed)
                drink = by_key[key]
                exp, bid, also, units, why = answer(drink, None, meas, v)
                d = drink[0]
                note = f"{d['name']} ({d['producer']})"
                if why:
                    note += f": {why}"
                if typed and v is None:
                    note += f" [{typed} cut off by the till]"
            else:
                _, f, meas, vint, text, reason = spec
                label = render(till, f, meas, vint, text)
                v = read_vintage(till, label)
                exp, bid, also, units, note = "none", None, [], None, reason
            out.append(dict(zip(CASE_KEYS, (label, exp, bid, also, v, units, note, till), strict=False)))
    labels = [c["label"] for c in out]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    return out


def main():
    rows, by_key, fam = library()
    cs = cases(by_key, fam)
    with open(os.path.join(HERE, "riviera_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "riviera_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cs:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(rows), "drinks,", len(cs), "cases")
    for t, _ in TILLS:
        print(t, {e: counts.get((t, e), 0) for e in ("yes", "almost", "none")})
    tot = {e: sum(v for (t, x), v in counts.items() if x == e) for e in ("yes", "almost", "none")}
    print("total", {e: f"{n} ({100 * n / len(cs):.1f} %)" for e, n in tot.items()})


if __name__ == "__main__":
    main()
