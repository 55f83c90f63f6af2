"""The bench README's answer rules, applied to a rendered label's measure and vintage."""


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def ordinary(product):
    """The bottle a pour refers to: the 75 cl entry, a spirit's bottle, or the only format."""
    fmts = sorted({f for _, f in product["entries"]})
    if 75 in fmts:
        return 75
    if product["category"] == "spiritueux":
        big = [f for f in fmts if 5 < f < 2000]
        if len(big) == 1:
            return big[0]
    if len(fmts) == 1:
        return fmts[0]
    raise ValueError("no ordinary bottle for %s" % product["key"])


def default_bottle(product):
    """A bottle label without a size: 75 cl for wines, champagnes and aperitifs; a spirit's
    bottle; else the drink's only format."""
    if product["category"] in ("vin", "champagne", "autre"):
        return 75
    return ordinary(product)


def answer(product, kind, cl, vintage):
    """-> (expect, entry index list: [best] + also_ok, units, reason) for a held product."""
    if kind == "bt":
        fmt = cl if cl is not None else default_bottle(product)
        units = 1
    elif kind == "pour":
        fmt = ordinary(product)
        units = round(cl / fmt, 4)
    elif kind == "tap":
        kegs = [f for _, f in product["entries"] if f >= 2000]
        if not kegs:
            return "none", [], None, "not held on draught"
        fmt = kegs[0]
        units = round(cl / fmt, 4)
    else:
        raise ValueError(kind)
    held = [(v, i) for i, (v, f) in enumerate(product["entries"]) if f == fmt]
    if not held:
        return "none", [], None, "%s cl not held" % fmt_cl(fmt)
    held.sort(key=lambda t: (t[0] or 0), reverse=True)
    if vintage is not None and held[0][0] is not None:
        exact = [i for v, i in held if v == vintage]
        if exact:
            return "yes", exact, units, ""
        best = min(held, key=lambda t: (abs(t[0] - vintage), -t[0]))
        rest = [i for v, i in held if i != best[1]]
        return "almost", [best[1], *rest], units, \
            "label vintage %d not in library, has %s" % (vintage, sorted(v for v, _ in held))
    return "yes", [i for _, i in held], units, ""
