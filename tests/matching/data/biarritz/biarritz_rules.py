"""The bench README's answer rules, applied to what a rendered label says."""
from biarritz_drinks import DRINKS

# measure code -> (kind, volume in cl or None)
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "c25": ("bottle", 25), "c33": ("bottle", 33), "c355": ("bottle", 35.5),
    "c375": ("bottle", 37.5), "c50": ("bottle", 50), "c70": ("bottle", 70),
    "c100": ("bottle", 100),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "coupe": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("dose", 4), "d2": ("dose", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}
KEG_MIN = 2000
WINE_COLOURS = ("rouge", "blanc", "rosé", "effervescent", "liquoreux")


def library():
    """[(id, key, record)] in order, ids bi001..."""
    out, n = [], 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                out.append(("bi%03d" % n, key, {
                    "id": "bi%03d" % n, "name": name, "producer": prod, "appellation": app,
                    "region": reg, "country": ctry, "colour": col, "category": cat,
                    "vintage": v, "format_cl": fmt}))
    return out


BYKEY = {d[0]: d for d in DRINKS}


def fmt_str(f):
    return ("%g" % f)


def answer(key, meas, vintage, lib_index):
    """-> (expect, beverage_id, also_ok, units, why).  lib_index: {(key, fmt, vintage): id}."""
    d = BYKEY[key]
    col, cat, fmts = d[6], d[7], d[8]
    kind, vol = MEASURES[meas]
    nonkeg = [f for f in fmts if f < KEG_MIN]
    if kind == "bottle":
        if vol is not None:
            fmt = vol
        elif col is not None or (cat == "autre" and 75 in fmts):
            fmt = 75
        elif len(nonkeg) == 1:
            fmt = nonkeg[0]
        else:
            return ("none", None, [], None, "bottle size ambiguous")
        if fmt not in fmts:
            return ("none", None, [], None, "format not held (%s cl)" % fmt_str(fmt))
        units = 1
    elif kind == "pour":
        if 75 in fmts:
            fmt = 75
        elif len(nonkeg) == 1 and nonkeg[0] not in (37.5, 150):
            fmt = nonkeg[0]
        else:
            return ("none", None, [], None, "no ordinary bottle to pour from")
        units = round(vol / fmt, 4)
    elif kind == "dose":
        if cat not in ("spiritueux", "autre") or len(nonkeg) != 1:
            return ("none", None, [], None, "no single bottle for a dose")
        fmt = nonkeg[0]
        units = round(vol / fmt, 4)
    else:  # draught
        kegs = [f for f in fmts if f >= KEG_MIN]
        if not kegs:
            return ("none", None, [], None, "not on draught")
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    vs = sorted(fmts[fmt], key=lambda x: x or 0)
    ids = {v: lib_index[(key, fmt, v)] for v in vs}
    if vs == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return ("yes", ids[None], [], units, "")
    if vintage is None:
        best = vs[-1]
        return ("yes", ids[best], [ids[v] for v in vs if v != best], units, "")
    if vintage in vs:
        return ("yes", ids[vintage], [], units, "")
    best = sorted(vs, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", ids[best], [ids[v] for v in vs if v != best], units,
            "label vintage %d not in library, has %s" % (vintage, vs))
