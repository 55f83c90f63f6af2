"""The bench README's answer rules, applied to a rendered label."""
from issoire_tills import POURS, SIZE


def label_format(drink, meas, formats):
    """The format (cl) the label means, or None when the measure cannot apply."""
    cat = drink["category"]
    if meas == "half":
        return 37.5
    if meas == "mag":
        return 150
    if meas in SIZE:
        return SIZE[meas]
    if meas == "btl":
        if cat in ("vin", "champagne"):
            return 75
        small = [f for f in formats if f < 2000]
        if len(set(small)) != 1:
            raise ValueError("bottle of %s needs a size" % drink["name"])
        return small[0]
    if meas in ("demi", "pinte"):
        if cat != "bière":
            raise ValueError("draught measure on %s" % drink["name"])
        kegs = sorted({f for f in formats if f >= 2000})
        return kegs[0] if kegs else ("no keg", None)
    # glasses, carafes, doses: the ordinary bottle
    if 75 in formats:
        return 75
    fs = sorted(set(formats))
    if len(fs) == 1:
        return fs[0]
    raise ValueError("pour of %s: no ordinary bottle" % drink["name"])


def answer(drink, entries, meas, label_vintage):
    """entries: library rows of this drink (all formats). Returns
    (expect, beverage_id, also_ok, units, detail)."""
    formats = [e["format_cl"] for e in entries]
    fmt = label_format(drink, meas, formats)
    if isinstance(fmt, tuple):
        return "none", None, [], None, "not on draught"
    same = [e for e in entries if e["format_cl"] == fmt]
    if not same:
        return "none", None, [], None, "format %g cl not held" % fmt
    units = 1 if meas not in POURS else round(POURS[meas] / fmt, 4)
    if units == int(units):
        units = int(units)
    vs = [e["vintage"] for e in same]
    if label_vintage is None or all(v is None for v in vs):
        best = max(same, key=lambda e: e["vintage"] or 0)
        also = [e["id"] for e in same if e is not best]
        return "yes", best["id"], also, units, ""
    exact = [e for e in same if e["vintage"] == label_vintage]
    if exact:
        return "yes", exact[0]["id"], [], units, ""
    best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    also = [e["id"] for e in same if e is not best]
    return "almost", best["id"], also, units, "vintage %d not held, has %s" % (
        label_vintage, sorted(e["vintage"] for e in same))
