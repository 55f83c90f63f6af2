"""Build the "chaine" held-out matching set: chaine_library.jsonl and chaine_cases.jsonl.

Stdlib only, deterministic. Run: python3 build_chaine.py (from any directory).

Each case of chaine_cases_cat.py / _pda.py / _web.py is rendered with its till's habits
(chaine_tills.py), read back from the *printed* label (measure, bottle size, vintage), and
answered with the bench README's rules: a vintage the till's cut took off is gone; a bottle
size the drink is not held in gives none; a pour refers to the ordinary bottle (75 cl, or the
only bottle); a draught measure to the keg; no vintage gives the most recent, the others in
also_ok; a vintage not held gives almost, the nearest (tie: the more recent), the others in
also_ok.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chaine_cases_cat
import chaine_cases_pda
import chaine_cases_web
import chaine_tills as T
from chaine_drinks import BY_KEY, PRODUCTS
from chaine_specs import KEEP

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
KEG = 1000
COLOUR_SLOT = {"rouge": "Rouge", "blanc": "Blanc", "rosé": "Rosé",
               "effervescent": "Pétillant"}


def num(x):
    return int(x) if float(x).is_integer() else x


# --- library --------------------------------------------------------------------------

def build_library():
    rows, index = [], {}
    for prod in PRODUCTS:
        for fmt, vintages in prod["formats"].items():
            for vint in sorted(vintages, key=lambda v: v or 0):
                ident = "r%03d" % (len(rows) + 1)
                index[(prod["key"], fmt, vint)] = ident
                rows.append({"id": ident, "name": prod["name"], "producer": prod["producer"],
                                 "appellation": prod["appellation"], "region": prod["region"],
                                 "country": prod["country"], "colour": prod["colour"],
                                 "category": prod["category"], "vintage": vint,
                                 "format_cl": num(fmt)})
    return rows, index


# --- rendering ---------------------------------------------------------------------------

def web_slot(prod):
    if prod["category"] == "champagne":
        return "Champagne"
    if prod["fam"] == "V":
        return COLOUR_SLOT[prod["colour"]]
    return prod["slot"]


def bottle_formats(prod):
    return sorted(f for f in prod["formats"] if f < KEG)


def bottle_size(prod, meas):
    _kind, cl = T.MEASURES[meas]
    if cl is not None:
        return cl
    if prod["fam"] == "V":
        return 75
    sizes = bottle_formats(prod)
    if len(sizes) != 1:
        raise ValueError("%s: a bare bottle of a drink held in several sizes" % prod["key"])
    return sizes[0]


PRICE = {"Menu": (12, 19), "Plat": (13, 24), "Supplément": (1, 3), "Dessert": (6, 9),
         "Service": (1, 4), "Champagne": (45, 62), "Pétillant": (18, 26), "Bière": (3, 5),
         "Bière sans alcool": (3, 5), "Soft": (2, 5), "Jus": (3, 5), "Eau": (2, 5),
         "Eau gazeuse": (2, 5)}
WINE_PRICE = {75: (16, 29), 37.5: (9, 16), 50: (11, 17), 150: (36, 56)}


def web_price(name, slot, size_cl):
    if slot in ("Rouge", "Blanc", "Rosé"):
        lo, hi = WINE_PRICE[size_cl]
    elif slot == "Champagne" and size_cl == 150:
        lo, hi = 95, 120
    else:
        lo, hi = PRICE.get(slot, (22, 39))
    return T.price_for(name, lo, hi)


def render(till, spec):
    """-> (label, cut?, printed core words)."""
    prod = BY_KEY.get(spec["key"])
    if till == "catalogue":
        if prod is None:
            label, full = T.render_catalogue(spec["fam"], "", spec["text"], "")
            return label, len(full) > len(label)
        yy = ""
        if spec["vint"] and T.MEASURES[spec["meas"]][0] == "bottle":
            yy = "%02d" % (spec["vint"] % 100)
        label, full = T.render_catalogue(prod["fam"], T.cat_meas_token(prod, spec["meas"]),
                                         spec["text"] or prod["cat"], yy)
        return label, len(full.rstrip()) > T.CUT
    if till == "pda":
        if prod is None:
            return spec["text"], False
        return T.render_pda(prod, spec["meas"], spec["text"] or prod["pad"]), False
    # livraison
    if prod is None:
        parts = spec["text"].split(" - ")
        size = None
        if len(parts) == 3:
            size = T.parse_size(parts[2])
        return spec["text"] + " - " + web_price(parts[0], parts[1], size) + " €", False
    name = (spec["text"] or prod["web"]) + (" %d" % spec["vint"] if spec["vint"] else "")
    size = bottle_size(prod, spec["meas"])
    slot = web_slot(prod)
    return T.render_web(name, slot, T.web_size(size), web_price(name, slot, size)), False


# --- reading the label ----------------------------------------------------------------------

def words(label):
    return [w for w in re.split(r"[^0-9A-Z]+", T.ascii_upper(label)) if w]


def sig_ok(prod, label, cut):
    ws = words(label)
    last = ws[-1] if ws else ""
    for group in prod["sig"]:
        if any(alt in ws for alt in group):
            continue
        if cut and len(last) >= 4 and any(a.startswith(last) and a != last for a in group):
            continue
        return False
    return True


def read(till, label):
    return {"catalogue": T.read_catalogue, "pda": T.read_pda,
            "livraison": T.read_web}[till](label)


def same_measure(prod, a, b):
    ka, ca = T.MEASURES[a]
    kb, cb = T.MEASURES[b]
    if ka == "bottle" and kb == "bottle":
        return bottle_size(prod, a) == bottle_size(prod, b)
    return (ka, ca) == (kb, cb)


# --- the bench rules --------------------------------------------------------------------------

def describe(meas, fmt):
    kind, cl = T.MEASURES[meas]
    if kind == "bottle":
        return "%g cl bottle" % fmt
    if kind == "draught":
        return "%g cl from the %g cl keg" % (cl, fmt)
    return "%g cl of the %g cl bottle" % (cl, fmt)


def answer(prod, meas, vint, index):
    """-> (expect, beverage_id, also_ok, units, note detail)."""
    kind, cl = T.MEASURES[meas]
    formats = prod["formats"]
    if kind == "bottle":
        fmt = bottle_size(prod, meas)
        if fmt not in formats:
            return "none", None, [], None, "a %g cl bottle is not held (held: %s)" % (
                fmt, ", ".join("%g" % f for f in formats))
        units = 1
    elif kind == "draught":
        kegs = [f for f in formats if f >= KEG]
        if not kegs:
            return "none", None, [], None, "held in bottle only, not on draught"
        fmt = kegs[0]
        units = round(cl / fmt, 4)
    else:
        if prod["fam"] == "V" and 75 in formats:
            fmt = 75
        else:
            sizes = bottle_formats(prod)
            if len(sizes) != 1:
                raise ValueError("%s: no ordinary bottle" % prod["key"])
            fmt = sizes[0]
        units = round(cl / fmt, 4)
    vintages = sorted(formats[fmt], key=lambda v: v or 0)
    detail = describe(meas, fmt)
    if vint is None:
        best = vintages[-1]
        others = [v for v in vintages if v != best]
        return ("yes", index[(prod["key"], fmt, best)],
                [index[(prod["key"], fmt, v)] for v in others], units, detail)
    if None in vintages:
        raise ValueError("%s: a vintage on a non-vintage drink" % prod["key"])
    if vint in vintages:
        return "yes", index[(prod["key"], fmt, vint)], [], units, detail
    best = min(vintages, key=lambda v: (abs(v - vint), -v))
    others = [v for v in vintages if v != best]
    detail += ": label vintage %d not in library, has %s" % (vint, vintages)
    return ("almost", index[(prod["key"], fmt, best)],
            [index[(prod["key"], fmt, v)] for v in others], units, detail)


def build_case(till, spec, index):
    label, cut = render(till, spec)
    meas, vint = read(till, label)
    prod = BY_KEY.get(spec["key"])
    base = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": vint,
                "units_per_sale": None, "note": "", "connection": till}
    if prod is None:
        base["note"] = spec["why"]
        return base
    if not same_measure(prod, meas, spec["meas"]):
        raise ValueError("%r: measure read %s, typed %s" % (label, meas, spec["meas"]))
    if vint is not None and vint != spec["vint"]:
        raise ValueError("%r: vintage read %s, typed %s" % (label, vint, spec["vint"]))
    lost = ""
    if spec["vint"] and vint is None:
        lost = " [%d cut off by the till]" % spec["vint"]
    readable = sig_ok(prod, label, cut)
    if readable and spec["cut"] is not KEEP:
        raise ValueError("%r: a cut reading given but the label still names %s"
                         % (label, prod["key"]))
    if not readable:
        if spec["cut"] is KEEP:
            raise ValueError("%r: the label no longer names %s" % (label, prod["key"]))
        if spec["cut"] is None:
            base["note"] = "%s (%s) typed; %s" % (prod["name"], prod["producer"], spec["why"])
            return base
        prod = BY_KEY[spec["cut"]]
        lost += " [%s]" % spec["why"]
    expect, ident, also, units, detail = answer(prod, meas, vint, index)
    head = "%s (%s)" % (prod["name"], prod["producer"])
    if prod["colour"]:
        head += ", %s" % prod["colour"]
    base.update(expect=expect, beverage_id=ident, also_ok=also, units_per_sale=units,
                note="%s: %s%s" % (head, detail, lost))
    return base


def build():
    library, index = build_library()
    cases = []
    for till, module in (("catalogue", chaine_cases_cat), ("pda", chaine_cases_pda),
                         ("livraison", chaine_cases_web)):
        for spec in module.CASES:
            cases.append(build_case(till, spec, index))
    labels = [c["label"] for c in cases]
    dup = sorted({x for x in labels if labels.count(x) > 1})
    if dup:
        raise ValueError("duplicate labels: %s" % dup)
    return library, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    library, cases = build()
    write(os.path.join(HERE, "chaine_library.jsonl"), library)
    write(os.path.join(HERE, "chaine_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    total = {e: sum(v.get(e, 0) for v in counts.values()) for e in ("yes", "almost", "none")}
    print("library %d drinks, %d cases %s" % (len(library), len(cases), total))
    for till in sorted(counts):
        print("  %-10s %s" % (till, counts[till]))


if __name__ == "__main__":
    main()
