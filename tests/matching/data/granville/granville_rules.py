"""The bench README's answer rules (yes / almost / none, also_ok, units_per_sale).

A measure is (kind, cl): ("btl", None) the drink's ordinary bottle, ("btl", cl) a bottle of that
size, ("pour", cl) a pour from the ordinary bottle, ("keg", cl) a pour drawn from the keg.
"""

KEG_MIN = 2000


def ordinary_format(formats):
    """The 75 cl entry, else the only non-keg format; None when there is none or several."""
    if 75 in formats:
        return 75
    small = [f for f in formats if f < KEG_MIN]
    return small[0] if len(small) == 1 else None


def keg_format(formats):
    kegs = [f for f in formats if f >= KEG_MIN]
    return kegs[0] if len(kegs) == 1 else None


def units(value):
    u = round(value, 4)
    return 1 if u == 1 else u


def answer(index, key, measure, vintage):
    """-> (expect, beverage_id, also_ok, units_per_sale, why)"""
    formats = index[key]
    kind, cl = measure
    if kind == "btl":
        fmt = cl if cl is not None else ordinary_format(formats)
        if cl is None and fmt is None:
            raise ValueError("%s: bottle without size but no single ordinary format" % key)
        if fmt not in formats or fmt >= KEG_MIN:
            return "none", None, [], None, "format not held (%s cl)" % fmt
        u = 1
    elif kind == "pour":
        fmt = ordinary_format(formats)
        if fmt is None:
            return "none", None, [], None, "no ordinary bottle to pour from"
        u = units(cl / fmt)
    elif kind == "keg":
        fmt = keg_format(formats)
        if fmt is None:
            return "none", None, [], None, "not on draught"
        u = units(cl / fmt)
    else:
        raise ValueError(kind)
    by_v = formats[fmt]
    held = sorted(v for v in by_v if v is not None)
    if not held:
        if vintage is not None:
            raise ValueError("%s: vintage on a non-vintage drink" % key)
        return "yes", by_v[None], [], u, ""
    if vintage is None:
        best = held[-1]
        return "yes", by_v[best], [by_v[v] for v in held if v != best], u, ""
    if vintage in by_v:
        return "yes", by_v[vintage], [], u, ""
    best = min(held, key=lambda v: (abs(v - vintage), -v))
    return ("almost", by_v[best], [by_v[v] for v in held if v != best], u,
            "label vintage %d not held, has %s" % (vintage, held))
