#!/usr/bin/env python3
"""Build the Ancenis held-out set: ancenis_library.jsonl and ancenis_cases.jsonl.

Stdlib only, deterministic. Renders every case with its till's habits, reads the rendered
label back and computes the answer from what the RENDERED label says.
    python3 build_ancenis.py [-v]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ancenis_cases_comptoir
import ancenis_cases_tablette
import ancenis_cases_z
import ancenis_drinks as drinks
import ancenis_rules as rules
import ancenis_tills as tills

TILLS = [("comptoir", ancenis_cases_comptoir.CASES),
         ("tablette", ancenis_cases_tablette.CASES),
         ("z", ancenis_cases_z.CASES)]
COUNTRY = {"Irlande": "Irlande", "Écosse": "Royaume-Uni", "Speyside": "Royaume-Uni",
           "Suède": "Suède", "Cuba": "Cuba", "Venezuela": "Venezuela",
           "Tennessee": "États-Unis"}
FOREIGN_BRANDS = {"affligem_pression": "Belgique", "leffe_blonde": "Belgique",
                  "heineken_00": "Pays-Bas", "martini_bianco": "Italie",
                  "martini_rosso": "Italie", "aperol": "Italie", "coca": None,
                  "coca_zero": None, "sanpellegrino": "Italie", "fevertree_ginger":
                  "Royaume-Uni", "icetea": None, "desperados": None}


def fmt_num(f):
    return int(f) if f == int(f) else f


def build_library():
    products, library, index = {}, [], {}
    n = 0
    for key, name, producer, app, region, colour, cat, formats in drinks.PRODUCTS:
        if key in products:
            raise SystemExit(f"duplicate product {key}")
        products[key] = {"key": key, "name": name, "producer": producer, "appellation": app,
                         "region": region, "colour": colour, "category": cat,
                         "formats": formats}
        country = "France"
        if region in COUNTRY:
            country, region = COUNTRY[region], None
        if key in FOREIGN_BRANDS:
            country = FOREIGN_BRANDS[key]
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda x: (x is None, x)):
                n += 1
                bid = f"ANC{n:03d}"
                library.append({"id": bid, "name": name, "producer": producer,
                                "appellation": app, "region": region, "country": country,
                                "colour": colour, "category": cat, "vintage": v,
                                "format_cl": fmt_num(f)})
                index[(key, f, v)] = bid
    return products, library, index


def parse(line):
    parts = line.split("|")
    if parts[0].startswith("-"):
        fam, meas, vint, text, reason = parts
        return None, fam[1:], meas or None, int(vint) if vint else None, text, reason
    key, meas, vint, text = parts
    return key, None, meas or None, int(vint) if vint else None, text, ""


def build_cases(products, index):
    out, seen = [], set()
    for till, block in TILLS:
        for line in block.strip().splitlines():
            key, fam, meas, vint, text, reason = parse(line)
            prod = products[key] if key else None
            if prod:
                fam = tills.family(prod)
            label = tills.RENDER[till](fam, meas, vint, text)
            back = tills.READ[till](label)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            v = back["vintage"]
            cut = ""
            if vint is not None and v is None:
                cut = f" [{vint} cut off by the till]"
            elif v != vint:
                raise SystemExit(f"vintage misread {label!r}: {v} vs {vint}")
            if prod is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": v, "units_per_sale": None, "note": reason,
                        "connection": till}
            else:
                m = back["measure"] if till != "comptoir" else back["measure"]
                if m != meas:
                    raise SystemExit(f"measure misread {label!r}: {m} vs {meas}")
                exp, f, ev, others, u, why = rules.answer(prod, meas, v)
                desc = f"{prod['name']} ({prod['producer']})"
                if exp == "none":
                    case = {"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": v, "units_per_sale": None,
                            "note": f"{desc}: {why}", "connection": till}
                else:
                    bid = index[(key, f, ev)]
                    also = [index[(key, f, o)] for o in others]
                    note = desc
                    if exp == "almost":
                        note += f": label vintage {v} not in library, has {sorted(prod['formats'][f])}"
                    elif also:
                        note += f": no vintage on the label, most recent of {sorted(prod['formats'][f])}"
                    case = {"label": label, "expect": exp, "beverage_id": bid,
                            "also_ok": also, "vintage": v, "units_per_sale": u,
                            "note": note + cut, "connection": till}
            out.append(case)
    return out


def main():
    products, library, index = build_library()
    cases = build_cases(products, index)
    with open(os.path.join(HERE, "ancenis_library.jsonl"), "w", encoding="utf-8") as fh:
        for d in library:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "ancenis_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        print(f"{len(library)} drinks, {len(cases)} cases")
        for t, _ in TILLS:
            print(t, {e: cnt[(t, e)] for e in ("yes", "almost", "none")},
                  sum(cnt[(t, e)] for e in ("yes", "almost", "none")))
        tot = Counter(c["expect"] for c in cases)
        print({e: f"{tot[e]} ({100 * tot[e] / len(cases):.1f} %)" for e in tot})


if __name__ == "__main__":
    main()
