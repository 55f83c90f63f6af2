"""The bench README's answer rules, applied to what a rendered label still says."""

KEG_MIN = 2000


def entries_of(product, ids):
    """[(id, vintage, format)] of a product, in library order."""
    return [(ids[(product["key"], v, f)], v, f) for v, f in product["entries"]]


def target_format(product, kind, vol):
    """The format a label's measure asks of this product, or None when it holds none."""
    fmts = [f for _, f in product["entries"]]
    still = [f for f in fmts if f < KEG_MIN]
    wine = product["category"] in ("vin", "champagne")
    if kind == "draught":
        kegs = sorted({f for f in fmts if f >= KEG_MIN})
        assert len(kegs) <= 1, product["key"]
        return kegs[0] if kegs else None
    if kind == "size":
        return vol if vol in fmts else None
    if kind == "container":
        if wine:
            return 75 if 75 in fmts else None
        opts = sorted(set(still))
        if len(opts) > 1:
            raise ValueError("'btl' is ambiguous for %s" % product["key"])
        return opts[0] if opts else None
    if kind == "pour":
        if 75 in fmts:
            return 75
        opts = sorted({f for f in still if f not in (37.5, 150)})
        if len(opts) > 1:
            raise ValueError("a pour of %s is ambiguous" % product["key"])
        return opts[0] if opts else None
    raise ValueError("no drink measure on a drink label (%s)" % product["key"])


def units(kind, vol, fmt):
    if kind in ("draught", "pour"):
        return round(vol / fmt, 4)
    return 1


def fmt_cl(f):
    return ("%g" % f)


def answer(products, kind, vol, label_vintage, ids, reason_none=None):
    """products: the held drinks the label can mean (one, or a brand's several).
    Returns (expect, beverage_id, also_ok, units, note)."""
    fitting = []
    for p in products:
        f = target_format(p, kind, vol)
        if f is not None:
            fitting.append((p, f))
    if not fitting:
        names = ", ".join(p["name"] for p in products)
        return ("none", None, [], None, "none: %s not held in this format/measure" % names)
    if len(fitting) > 1:
        names = ", ".join(p["name"] for p, _ in fitting)
        return ("none", None, [], None, "none: the label fits several held drinks (%s)" % names)
    p, f = fitting[0]
    same = [(i, v) for i, v, ff in entries_of(p, ids) if ff == f]
    vints = [v for _, v in same]
    desc = "%s (%s), %s cl" % (p["name"], p["producer"], fmt_cl(f))
    if label_vintage is not None and vints == [None]:
        raise ValueError("a vintage on a non-vintage drink: %s" % p["key"])
    if label_vintage is None:
        best = max(same, key=lambda e: (e[1] or 0))
        also = [i for i, v in sorted(same, key=lambda e: e[1] or 0) if i != best[0]]
        return ("yes", best[0], also, units(kind, vol, f), desc)
    if label_vintage in vints:
        bid = next(i for i, v in same if v == label_vintage)
        return ("yes", bid, [], units(kind, vol, f), desc)
    best = min(same, key=lambda e: (abs(e[1] - label_vintage), -e[1]))
    also = [i for i, v in sorted(same, key=lambda e: e[1]) if i != best[0]]
    note = "%s: label vintage %d not held, has %s" % (desc, label_vintage,
                                                      sorted(vints))
    return ("almost", best[0], also, units(kind, vol, f), note)
