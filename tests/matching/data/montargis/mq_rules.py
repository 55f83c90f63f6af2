"""The bench README's answer rules, applied to what a rendered label says."""
from mq_tills import POUR_CL

WINE = ("vin", "champagne")


def bottle_fmt(meas):
    """Format a bottle measure asks for (None = the drink's ordinary bottle)."""
    if meas in (None, "BT"):
        return None
    if meas == "B37":
        return 37.5
    if meas == "MAG":
        return 150
    return float(meas[1:]) if "." in meas[1:] else int(meas[1:])


def ordinary(drink_fmts, category):
    if category in WINE:
        return 75
    if len(drink_fmts) == 1:
        return next(iter(drink_fmts))
    raise ValueError("no ordinary format: %r" % (drink_fmts,))


def answer(group, meas, vint):
    """group: the library entries of one drink (all formats). Returns
    (expect, entry, also_ok ids, units, reason)."""
    cat = group[0]["category"]
    fmts = {}
    for e in group:
        fmts.setdefault(e["format_cl"], []).append(e)
    if meas in POUR_CL:
        if meas in ("DEMI", "PINTE"):
            kegs = [f for f in fmts if f >= 2000]
            if cat != "bière" or not kegs:
                return "none", None, [], None, "not on draught"
            fmt = kegs[0]
        else:
            if cat in ("bière", "soft"):
                return "none", None, [], None, "not poured"
            if 75 in fmts:
                fmt = 75
            elif len(fmts) == 1 and next(iter(fmts)) not in (37.5, 150):
                fmt = next(iter(fmts))
            else:
                return "none", None, [], None, "no ordinary bottle to pour from"
        units = round(POUR_CL[meas] / fmt, 4)
    else:
        fmt = bottle_fmt(meas)
        if fmt is None:
            fmt = ordinary(fmts, cat)
        if fmt not in fmts or fmt >= 2000:
            return "none", None, [], None, "format not held"
        units = 1
    ents = sorted(fmts[fmt], key=lambda e: e["vintage"] or 0)
    vins = [e["vintage"] for e in ents]
    if vins == [None]:
        if vint is not None:
            return "none", None, [], None, "non-vintage drink with a year"
        return "yes", ents[0], [], units, ""
    if vint is None:
        best = ents[-1]
        return "yes", best, [e["id"] for e in ents if e is not best], units, ""
    for e in ents:
        if e["vintage"] == vint:
            return "yes", e, [], units, ""
    best = min(ents, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))
    return ("almost", best, [e["id"] for e in ents if e is not best], units,
            "label vintage %d not held, has %s" % (vint, vins))
