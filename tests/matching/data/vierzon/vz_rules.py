"""The bench README's answer rules, applied to what a rendered label says."""


def ordinary(d):
    """The drink's ordinary bottle: its 75 cl, else its only format (pours refer to it)."""
    f = d["formats"]
    if 75 in f:
        return 75
    return next(iter(f)) if len(f) == 1 else None


def resolve(d, kind, v):
    """(kind, volume) read from a label -> (format_cl, units) or (None, reason)."""
    f, beer = d["formats"], d["category"] == "bière"
    if kind == "demi":                       # DEMI: 25 cl of a beer, half bottle of a wine
        kind, v = ("draught", 25) if beer else ("btl", 37.5)
    if kind == "vol":                        # gestion: a volume in cl
        if v in f:
            kind = "btl"
        elif v == 37.5 or v > 50:            # a bottle size the drink is not held in
            return None, "format not held"
        elif beer:
            kind = "draught"
        elif d["category"] == "soft":
            return None, "format not held"
        else:
            kind = "pour"
    if kind == "btl":
        fmt = v if v is not None else ordinary(d)
        if fmt is None or fmt not in f or fmt >= 2000:
            return None, "format not held"
        return fmt, 1
    if kind == "pour":
        o = ordinary(d)
        if d["category"] in ("soft", "bière") or o is None or o >= 2000:
            return None, "not poured: format not held"
        return o, round(v / o, 4)
    if kind == "draught":
        kegs = [x for x in f if x >= 2000]
        if not beer or not kegs:
            return None, "not on draught"
        return kegs[0], round(v / kegs[0], 4)
    raise ValueError(kind)


def answer(d, index, kind, v, label_vintage):
    """-> (expect, beverage_id, also_ok, units, note)."""
    who = "%s (%s)" % (d["name"], d["producer"])
    fmt, units = resolve(d, kind, v)
    if fmt is None:
        return "none", None, [], None, "%s: %s" % (who, units)
    vints = d["formats"][fmt]
    ids = {x: index[(d["key"], fmt, x)] for x in vints}
    if vints == [None]:
        if label_vintage is not None:
            return "none", None, [], None, "%s: non-vintage, vintage %d not held" % (who, label_vintage)
        return "yes", ids[None], [], units, who
    if label_vintage in ids:
        return "yes", ids[label_vintage], [], units, who
    if label_vintage is None:
        best = max(vints)
        return "yes", ids[best], [ids[x] for x in sorted(vints) if x != best], units, who
    best = min(vints, key=lambda x: (abs(x - label_vintage), -x))
    return ("almost", ids[best], [ids[x] for x in sorted(vints) if x != best], units,
            "%s: label vintage %d not in library, has %s" % (who, label_vintage, sorted(vints)))
