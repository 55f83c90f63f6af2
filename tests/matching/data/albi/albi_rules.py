"""The bench README's answer rules, applied to what the rendered label says."""
from albi_tills import MEASURES

WINE_CATS = ("vin", "champagne")


def ordinary_format(fmts):
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return rest[0] if len(rest) == 1 else None


def answer(drink, entries, measure, vintage):
    """drink: the drink row; entries: {(format, vintage): id}; measure token; printed vintage.
    Returns (expect, beverage_id, also_ok, units, why)."""
    cat = drink[7]
    fmts = sorted({f for f, _ in entries})
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        if vol is None:
            fmt = 75 if cat in WINE_CATS else (fmts[0] if len(fmts) == 1 else None)
            assert fmt is not None, drink
        else:
            fmt = vol
        if fmt not in fmts:
            return "none", None, [], None, "format not held (%s cl)" % fmt
        units = 1
    elif kind == "pour":
        if cat == "bière" or cat == "soft":
            return "none", None, [], None, "not poured"
        fmt = ordinary_format(fmts)
        if fmt is None:
            return "none", None, [], None, "no ordinary bottle"
        units = round(vol / fmt, 4)
    else:
        kegs = [f for f in fmts if f >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, [], None, "not on draught"
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    vs = sorted(v for f, v in entries if f == fmt)
    ids = {v: entries[(fmt, v)] for v in vs}
    if vs == [None]:
        return "yes", ids[None], [], units, ""
    if vintage is None:
        best = vs[-1]
        return "yes", ids[best], [ids[v] for v in vs if v != best], units, ""
    if vintage in vs:
        return "yes", ids[vintage], [], units, ""
    best = sorted(vs, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", ids[best], [ids[v] for v in vs if v != best], units,
            "label vintage %d not in library, has %s" % (vintage, vs))
