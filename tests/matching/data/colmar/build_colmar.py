#!/usr/bin/env python3
"""Build the blind held-out set of Winstub Zum Lowe (Colmar): colmar_library.jsonl and
colmar_cases.jsonl. Stdlib only, deterministic. Usage: python3 build_colmar.py [-v]"""

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import colmar_drinks
import colmar_rules as rules
import colmar_tills as tills
from colmar_cases_altkasse import CASES as ALT
from colmar_cases_service import CASES as SRV
from colmar_cases_sommer import CASES as SOM

PREFIX = "cm"
COUNTRY = {"martini": "Italie"}
NONE_DEFAULT_CL = {"S": 33, "B": 33, "E": 70, "A": 100}
SECTION_CAT = {
    "S": "soft",
    "B": "bière",
    "E": "spiritueux",
    "A": "autre",
    "W": "vin",
    "C": "vin",
    "L": "vin",
    "F": "food",
    "X": "service",
}


def sommer_codes(lib_info):
    """The terrace card numbers each product of its section in turn (order fixed by a hash)."""
    prods = {}
    for key, _m, _v, text, section, _reason in parse(SOM):
        if key:
            _name, _prod, colour, cat = lib_info[key]
            section = tills.SECTION[colour or cat] if cat == "vin" else tills.SECTION[cat]
        prods.setdefault(section, set()).add(key or text)
    codes = {}
    for section, ks in prods.items():
        for i, k in enumerate(sorted(ks, key=lambda k: tills.h("code", k))):
            codes[k] = "%s%02d" % (section, 11 + i)
    return codes


def num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, by_key, info = [], {}, {}
    for key, name, prod, app, region, colour, cat, formats in colmar_drinks.DRINKS:
        info[key] = (name, prod, colour, cat)
        for f, vints in formats.items():
            for v in sorted(vints, key=lambda x: x or 0):
                e = {
                    "id": "%s%03d" % (PREFIX, len(rows) + 1),
                    "name": name,
                    "producer": prod,
                    "appellation": app,
                    "region": region,
                    "country": COUNTRY.get(key, "France"),
                    "colour": colour,
                    "category": cat,
                    "vintage": v,
                    "format_cl": num(f),
                }
                rows.append(e)
                by_key.setdefault(key, []).append(e)
    return rows, by_key, info


def intended(m):
    if not m:
        return None
    if m == "B":
        return ("bottle", None)
    if m[0] == "B":
        return ("bottle", tills.BOTTLE_CL[m])
    v = 12.5 if m[1:] == "125" else float(m[1:])
    return ("pour" if m[0] == "P" else "draught", v)


def parse(block):
    out = []
    for line in block.strip().splitlines():
        p = line.split("|")
        key, m, v, text = p[0], p[1], (int(p[2]) if p[2] else None), p[3]
        if key == "-":
            out.append((None, m, v, text, p[4], p[5]))
        else:
            out.append((key, m, v, text, None, None))
    return out


def build():
    lib, by_key, info = library()
    codes = sommer_codes(info)
    cases, seen = [], set()
    for till, block in (("altkasse", ALT), ("service", SRV), ("sommer", SOM)):
        for key, m, v, text, section, reason in parse(block):
            if key:
                name, prod, colour, cat = info[key]
                formats = [e["format_cl"] for e in by_key[key]]
                bottles = [f for f in formats if f < rules.KEG_MIN]
                default_cl = 75 if cat == "vin" else (bottles[0] if bottles else formats[0])
                section = tills.SECTION[colour or cat] if cat == "vin" else tills.SECTION[cat]
                prodkey = key
            else:
                cat, colour, formats = None, None, []
                default_cl = NONE_DEFAULT_CL.get(section, 75)
                prodkey = text
            if till == "altkasse":
                label, cut = tills.render_altkasse(text, v, m, prodkey)
                rv, tok = tills.read_altkasse(label)
                meas = tills.alt_measure(tok, cat)
            elif till == "service":
                label, cut = tills.render_service(text, v, m, cat or SECTION_CAT.get(section))
                rv, tok = tills.read_service(label)
                meas = tills.srv_measure(tok, cat)
            else:
                label, cut = tills.render_sommer(text, v, m, codes[prodkey], default_cl)
                rv, tok = tills.read_sommer(label)
                meas = tills.som_measure(tok, cat, colour, formats) if key else None
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            if rv != (None if cut else v):
                raise SystemExit(f"vintage misread on {label!r}: {rv!r}")
            if key:
                want = intended(m)
                if (meas is None) != (want is None):
                    raise SystemExit(f"measure misread on {label!r}")
                if want:
                    tw = rules.target_format(want[0], want[1], cat, formats)
                    tr = rules.target_format(meas[0], meas[1], cat, formats)
                    if tw != tr or (want[0] != "bottle" and want != meas):
                        raise SystemExit(f"measure misread on {label!r}: {meas!r} vs {want!r}")
                a = rules.answer(by_key[key], meas, rv)
                note = f"{name} ({prod})"
                if a["why"]:
                    note += ": " + a["why"]
                if cut:
                    note += " [%d cut off by the till]" % v
            else:
                a = {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None}
                note = reason
            cases.append(
                {
                    "label": label,
                    "expect": a["expect"],
                    "beverage_id": a["beverage_id"],
                    "also_ok": a["also_ok"],
                    "vintage": rv,
                    "units_per_sale": a["units_per_sale"],
                    "note": note,
                    "connection": till,
                }
            )
    return lib, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    write(os.path.join(HERE, "colmar_library.jsonl"), lib)
    write(os.path.join(HERE, "colmar_cases.jsonl"), cases)
    c = Counter((x["connection"], x["expect"]) for x in cases)
    print("library %d, cases %d" % (len(lib), len(cases)))
    for t in tills.TILLS:
        print(
            "%-9s yes %3d  almost %3d  none %3d  total %3d"
            % (
                t,
                c[t, "yes"],
                c[t, "almost"],
                c[t, "none"],
                sum(c[t, e] for e in ("yes", "almost", "none")),
            )
        )
    tot = Counter(x["expect"] for x in cases)
    print(
        "all       "
        + "  ".join(
            "%s %d (%.1f %%)" % (e, tot[e], 100 * tot[e] / len(cases))
            for e in ("yes", "almost", "none")
        )
    )
    if "-v" in sys.argv:
        for x in cases:
            print(
                x["connection"][:3],
                x["expect"][:2],
                x["beverage_id"],
                x["units_per_sale"],
                x["label"],
                "|",
                x["note"],
            )


if __name__ == "__main__":
    main()
