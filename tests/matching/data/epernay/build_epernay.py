#!/usr/bin/env python3
"""Build the blind held-out set of La Table de l'Avenue (Épernay).

Writes epernay_library.jsonl and epernay_cases.jsonl beside this file, byte for byte the
same on every run (stdlib only, no randomness). `-v` prints the counts.
Each answer is computed from the RENDERED label (measure and vintage read back from it)."""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import epernay_cases_bar
import epernay_cases_shop
import epernay_cases_tablet
import epernay_drinks as D
import epernay_tills as T

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRY = {"aperol": "Italie", "campari": "Italie", "orval": "Belgique", "chimay": "Belgique",
           "sa_ls": "Espagne", "whisky": "Japon", "rhum": "Barbade", "ginger": "Royaume-Uni"}
BOTTLE_CL = {**T.WINE_BOTTLE_CL, **T.OTHER_BOTTLE_CL}
WINE_POURS = {"glass", "flute", "g10", "carafe50"}
SPIRIT_POURS = {"dose", "d2", "d6"}
BEER_POURS = {"demi", "pinte"}


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, index = [], {}
    for key, name, prod, (app, reg), colour, cat, formats in D.DRINKS:
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda y: y or 0):
                bid = "ep%03d" % (len(rows) + 1)
                rows.append({"id": bid, "name": name, "producer": prod,
                             "appellation": app or None, "region": reg or None,
                             "country": COUNTRY.get(key, "France"), "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt_cl(f)})
                index.setdefault(key, {}).setdefault(f, {})[v] = bid
    return rows, index


def parse(spec):
    p = spec.split("|")
    key, measure, vint, text = p[0], p[1], p[2], p[3]
    reason = p[4] if len(p) > 4 else ""
    return key, measure, int(vint) if vint else None, text, reason


def answer(key, measure, vint, index, cats):
    """(expect, beverage_id, also_ok, units, note-tail)."""
    held = index[key]
    cat = cats[key]
    if measure in BOTTLE_CL:
        if measure in ("mag", "half") and cat not in ("vin", "champagne"):
            raise ValueError("wine bottle word on %s" % key)
        f, vol = BOTTLE_CL[measure], None
        if f not in held:
            return "none", None, [], None, "%s cl not held" % fmt_cl(f)
    elif measure in WINE_POURS:
        if cat not in ("vin", "champagne", "autre") or (cat == "autre" and key != "lillet"):
            raise ValueError("wine pour on %s" % key)
        f = 75 if 75 in held else (next(iter(held)) if len(held) == 1 else None)
        vol = T.POUR_CL[measure]
        if f is None:
            raise ValueError("no ordinary bottle for %s" % key)
    elif measure in SPIRIT_POURS:
        if len(held) != 1 or cat not in ("spiritueux", "autre"):
            raise ValueError("dose on %s" % key)
        f, vol = next(iter(held)), T.POUR_CL[measure]
    elif measure in BEER_POURS:
        if cat != "bière":
            raise ValueError("draught on %s" % key)
        kegs = [x for x in held if x >= 2000]
        if not kegs:
            return "none", None, [], None, "not on draught"
        f, vol = kegs[0], T.POUR_CL[measure]
    else:
        raise ValueError("no measure for a drink: %s" % key)
    byv = held[f]
    units = 1 if vol is None else round(vol / f, 4)
    vints = sorted(v for v in byv if v is not None)
    if not vints:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        return "yes", byv[None], [], units, ""
    if vint is None:
        return "yes", byv[vints[-1]], [byv[v] for v in vints[:-1]], units, ""
    if vint in byv:
        return "yes", byv[vint], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vint), -v))
    return ("almost", byv[best], [byv[v] for v in vints if v != best], units,
            "label vintage %d not held, has %s" % (vint, vints))


def build():
    lib, index = library()
    {r["id"]: r for r in lib}
    cats = {d[0]: d[5] for d in D.DRINKS}
    cases, seen = [], set()
    for till, mod in (("B", epernay_cases_bar), ("T", epernay_cases_tablet), ("S", epernay_cases_shop)):
        for spec in mod.CASES:
            key, measure, vint, text, reason = parse(spec)
            label = T.render(till, measure, vint, text)
            m2, v2, _ = T.readback(till, label)
            if m2 != measure:
                raise ValueError("measure read back %s != %s: %s" % (m2, measure, label))
            if label in seen:
                raise ValueError("duplicate label %s" % label)
            seen.add(label)
            cut = " [%d cut off by the till]" % vint if vint and v2 is None else ""
            if v2 is not None and v2 != vint:
                raise ValueError("vintage read back %s: %s" % (v2, label))
            if key == "-":
                if not reason:
                    raise ValueError("none without reason: " + spec)
                exp, bid, also, units, tail = "none", None, [], None, ""
                note = reason
            else:
                exp, bid, also, units, tail = answer(key, measure, v2, index, cats)
                d = next(x for x in D.DRINKS if x[0] == key)
                note = "%s (%s)" % (d[1], d[2])
                if tail:
                    note += ": " + tail
                if reason:
                    note += "; " + reason
                note += cut
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": v2, "units_per_sale": units, "note": note,
                          "connection": till})
    return lib, cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(lib, os.path.join(HERE, "epernay_library.jsonl"))
    dump(cases, os.path.join(HERE, "epernay_cases.jsonl"))
    if "-v" in sys.argv:
        c = Counter((x["connection"], x["expect"]) for x in cases)
        print(len(lib), "drinks,", len(cases), "cases")
        for t in "BTS":
            print(t, {e: c[(t, e)] for e in ("yes", "almost", "none")}, sum(c[(t, e)] for e in ("yes", "almost", "none")))
        tot = Counter(x["expect"] for x in cases)
        print({e: "%d (%.1f %%)" % (tot[e], 100 * tot[e] / len(cases)) for e in tot})


if __name__ == "__main__":
    main()
