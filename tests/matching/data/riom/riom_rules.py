"""The bench README's answer rules, applied to what a rendered label says."""
from riom_tills import POUR_CL

WINE_LIKE = ("vin", "champagne")


def gestion_measure(fam, cl):
    """The back office writes a family and a volume; turn them into a measure."""
    if cl is None:
        return "U"
    if fam == "PRE":
        return {25: "DM", 50: "PT"}.get(cl, "X%s" % cl)
    if fam in ("BIE", "EAU", "SOF"):
        return "S%s" % cl
    if fam in ("VRG", "VBL", "VRS", "BUL"):
        if cl in (75, 37.5, 150, 300, 62):
            return {75: "B", 37.5: "H", 150: "M"}.get(cl, "S%s" % cl)
        return {12.5: "G", 46: "POT", 25: "P25", 50: "P50"}.get(cl, "X%s" % cl)
    if fam in ("APE", "DIG"):
        if cl >= 35:
            return "S%s" % cl
        return {4: "D", 2: "D2", 6: "D6", 12.5: "G"}.get(cl, "X%s" % cl)
    return "U"


def referred_format(product, measure):
    """(format_cl the label refers to or None, units per sale or None, why)."""
    formats = sorted(product["formats"])
    bottles = [f for f in formats if f < 2000]
    kegs = [f for f in formats if f >= 2000]
    cat = product["category"]
    if measure == "B":
        if cat in WINE_LIKE or (cat == "autre" and 75 in formats):
            return 75, 1, "75 cl bottle"
        if len(bottles) == 1:
            return bottles[0], 1, "its only bottle"
        return None, None, "several bottle sizes"
    if measure == "U":
        if len(bottles) == 1:
            return bottles[0], 1, "its only bottle"
        return None, None, "no single bottle"
    if measure == "H":
        return 37.5, 1, "half bottle"
    if measure == "M":
        return 150, 1, "magnum"
    if measure.startswith("S"):
        v = float(measure[1:])
        return (int(v) if v == int(v) else v), 1, "bottle of that size"
    if measure in ("DM", "PT"):
        if kegs:
            return kegs[0], round(POUR_CL[measure] / kegs[0], 4), "draught from the keg"
        return None, None, "draught measure on a beer not on draught"
    if measure in ("D", "D2", "D6"):
        if cat in WINE_LIKE:
            if 75 in formats:
                return 75, round(POUR_CL[measure] / 75, 4), "pour from the bottle"
            return None, None, "no ordinary bottle"
        if len(bottles) == 1:
            return bottles[0], round(POUR_CL[measure] / bottles[0], 4), "dose"
        return None, None, "no single bottle to pour from"
    if measure in ("G", "CP", "POT", "P25", "P50"):
        if 75 in formats:
            ordinary = 75
        else:
            plain = [f for f in bottles if f not in (37.5, 150)]
            ordinary = plain[0] if len(plain) == 1 else None
        if ordinary is None:
            return None, None, "no ordinary bottle to pour from"
        return ordinary, round(POUR_CL[measure] / ordinary, 4), "pour from the ordinary bottle"
    return None, None, "measure %s not a pour of this drink" % measure


def answer(product, measure, label_vintage, ids):
    """-> dict(expect, beverage_id, also_ok, units_per_sale, why)."""
    if product is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None, "why": None}
    fmt, units, why = referred_format(product, measure)
    if fmt is None or fmt not in product["formats"]:
        what = "%s cl" % fmt if fmt is not None else why
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                    "why": "format not held (%s)" % what}
    vints = product["formats"][fmt]
    key = product["key"]
    if vints == [None]:
        return {"expect": "yes", "beverage_id": ids[(key, fmt, None)], "also_ok": [],
                    "units_per_sale": units, "why": None}
    if label_vintage is None:
        best = max(vints)
        others = [ids[(key, fmt, v)] for v in vints if v != best]
        return {"expect": "yes", "beverage_id": ids[(key, fmt, best)], "also_ok": others,
                    "units_per_sale": units, "why": None}
    if label_vintage in vints:
        return {"expect": "yes", "beverage_id": ids[(key, fmt, label_vintage)], "also_ok": [],
                    "units_per_sale": units, "why": None}
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    others = [ids[(key, fmt, v)] for v in vints if v != best]
    return {"expect": "almost", "beverage_id": ids[(key, fmt, best)], "also_ok": others,
                "units_per_sale": units,
                "why": "label vintage %d not in library, has %s" % (label_vintage, sorted(vints))}
