"""Build the gare set: gare_library.jsonl and gare_cases.jsonl, byte for byte the same on
every run (stdlib only; codes and prices come from an MD5 of the product, no randomness).

Each case is rendered through its till's habits (gare_tills.py) and its expected answer is
computed from the rendered label with the bench README's rules: a vintage that the ERP
could not fit is not on the label; a bottle size that is not held is none; a pour refers
to the ordinary bottle (75 cl, or the only format: a bag-in-box, a spirit's 70 cl), a
draught measure to the keg.

    python3 build_gare.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gare_cases_erp
import gare_cases_kiosk
import gare_cases_trolley
import gare_tills as T
from gare_drinks import BY_KEY, PRODUCTS

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
KEG_MIN = 1000


def build_library():
    entries, index = [], {}
    for p in PRODUCTS:
        for fmt, vintages in p["formats"].items():
            for v in sorted(vintages, key=lambda x: x or 0):
                eid = f"ga{len(entries) + 1:03d}"
                index[(p["key"], fmt, v)] = eid
                entries.append({"id": eid, "name": p["name"], "producer": p["producer"],
                                    "appellation": p["appellation"], "region": p["region"],
                                    "country": p["country"], "colour": p["colour"],
                                    "category": p["category"], "vintage": v, "format_cl": fmt})
    return entries, index


def label_vintage(till, label):
    """The vintage printed on the label, read with the till's own habit."""
    if till == "erp":
        words = label[9:9 + T.DESIG_W].split()
        if words and re.fullmatch(r"(19|20)\d\d", words[-1]):
            return int(words[-1])
        return None
    if till == "kiosk":
        years = [w for w in label.split(" › ")[1].split() if re.fullmatch(r"(19|20)\d\d", w)]
        return int(years[-1]) if years else None
    return None


def fmt_cl(v):
    return f"{v:g} cl"


def expected(p, meas, vin, index):
    """(expect, id, also_ok, units, note) for product p sold as meas, label vintage vin."""
    who = f"{p['name']} ({p['producer']})"
    if meas in T.POUR_CL:
        vol = T.POUR_CL[meas]
        if meas in T.DRAUGHT:
            kegs = [f for f in p["formats"] if f >= KEG_MIN and p["category"] == "bière"]
            if not kegs:
                return "none", None, [], None, f"none: {who} is not held on draught"
            fmt = kegs[0]
        elif 75 in p["formats"] and p["category"] != "bière":
            fmt = 75
        elif len(p["formats"]) == 1:
            fmt = next(iter(p["formats"]))
        else:
            raise ValueError(f"no ordinary bottle for a pour of {p['key']}")
        units = round(vol / fmt, 4)
        how = f"{vol:g} cl of the {fmt_cl(fmt)} {'keg' if fmt >= KEG_MIN and p['category'] == 'bière' else 'bag-in-box' if fmt >= KEG_MIN or (fmt == 500 and p['category'] == 'vin') else 'bottle'}"
    else:
        fmt = T.bottle_cl(meas)
        if fmt not in p["formats"]:
            return "none", None, [], None, f"none: {who} is not held in {fmt_cl(fmt)}"
        units, how = 1, f"{fmt_cl(fmt)} bottle"
    vintages = sorted(p["formats"][fmt], key=lambda x: x or 0)
    ids = {v: index[(p["key"], fmt, v)] for v in vintages}
    if vintages == [None]:
        if vin is not None:
            raise ValueError(f"vintage on a non-vintage drink: {p['key']}")
        return "yes", ids[None], [], units, f"{who}, {how}"
    if vin is None:
        best = vintages[-1]
        return ("yes", ids[best], [ids[v] for v in vintages if v != best], units,
                f"{who}, {how}; no vintage on the label: most recent {best}")
    if vin in vintages:
        return "yes", ids[vin], [], units, f"{who} {vin}, {how}"
    best = min(vintages, key=lambda v: (abs(v - vin), -v))
    return ("almost", ids[best], [ids[v] for v in vintages if v != best], units,
            f"{who}, {how}: label vintage {vin} not in library, has {vintages}")


def render(till, spec):
    """(label, product or None, measure, intended vintage, why)."""
    if spec[0] == "-":
        if till == "erp":
            _, fam, desig, unit, vat, why = spec
            return T.erp_render_none(fam, desig, unit, vat), None, None, None, why
        if till == "kiosk":
            _, cat, name, serving, why = spec
            return T.kiosk_line(cat, name, serving), None, None, None, why
        _, words, size, why = spec
        return T.trolley_line(words, size), None, None, None, why
    p = BY_KEY[spec[0]]
    if till == "erp":
        _key, meas, year = spec
        return T.erp_render(p, meas, year), p, meas, year, None
    if till == "kiosk":
        _key, meas, year = spec[:3]
        name = spec[3] if len(spec) > 3 else None
        return T.kiosk_render(p, meas, year, name), p, meas, year, None
    _key, meas = spec
    return T.trolley_render(p, meas), p, meas, None, None


def build_cases(index):
    cases = []
    for till, specs in (("erp", gare_cases_erp.CASES), ("kiosk", gare_cases_kiosk.CASES),
                        ("trolley", gare_cases_trolley.CASES)):
        for spec in specs:
            label, p, meas, year, why = render(till, spec)
            vin = label_vintage(till, label)
            if p is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": vin, "units_per_sale": None, "note": f"none: {why}"}
            else:
                exp, bid, also, units, note = expected(p, meas, vin, index)
                if year is not None and vin is None:
                    note += f" [{year} dropped by the till]"
                case = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                            "vintage": vin, "units_per_sale": units, "note": note}
            case["connection"] = till
            cases.append(case)
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise ValueError(f"duplicate labels: {sorted(dup)}")
    return cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, index = build_library()
    cases = build_cases(index)
    dump(os.path.join(HERE, "gare_library.jsonl"), [{k: e[k] for k in LIB_FIELDS} for e in lib])
    dump(os.path.join(HERE, "gare_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    for till, n in counts.items():
        print(f"{till:8s} {n['yes']:4d} {n['almost']:4d} {n['none']:4d} {sum(n.values()):4d}")
    tot = {k: sum(n[k] for n in counts.values()) for k in ("yes", "almost", "none")}
    total = sum(tot.values())
    print(f"{'all':8s} {tot['yes']:4d} {tot['almost']:4d} {tot['none']:4d} {total:4d}  "
          + " / ".join(f"{100 * tot[k] / total:.1f} %" for k in ("yes", "almost", "none")))
    print(f"library: {len(lib)} entries")


if __name__ == "__main__":
    main()
