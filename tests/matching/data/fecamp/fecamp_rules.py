"""The bench README's answer rules, applied to what the rendered label says."""
from fecamp_tills import MEASURES


def units(x):
    x = round(x, 4)
    return 1 if x == 1 else x


def answer(drink, entries, meas, vintage):
    """drink: the DRINKS tuple; entries: {(format_cl, vintage): id} for this drink.

    Returns (expect, beverage_id, also_ok, units_per_sale, why)."""
    cat = drink[7]
    formats = sorted({f for f, _ in entries})
    kind, cl = MEASURES[meas]
    if kind == "bottle":
        if cl is not None:
            fmt = cl
        elif cat in ("vin", "champagne"):
            fmt = 75
        elif len(formats) == 1:
            fmt = formats[0]
        else:
            return ("none", None, [], None, "no size on the label and several sizes held")
        u = 1
    elif kind == "draught":
        kegs = [f for f in formats if f >= 1000]
        if cat != "bière" or not kegs:
            return ("none", None, [], None, "not held on draught")
        fmt = kegs[0]
        u = cl / fmt
    elif kind == "pour":
        if cat in ("bière", "soft"):
            return ("none", None, [], None, "no pour of a bottled beer or soft")
        if 75 in formats:
            fmt = 75
        elif len(formats) == 1:
            fmt = formats[0]
        else:
            return ("none", None, [], None, "no ordinary bottle to pour from")
        u = cl / fmt
    else:
        return ("none", None, [], None, "no measure")
    vins = sorted(v for f, v in entries if f == fmt)
    if not vins:
        return ("none", None, [], None, "format %s cl not held" % fmt)
    ids = {v: entries[(fmt, v)] for v in vins}
    if vins == [None]:
        return ("yes", ids[None], [], units(u), "")
    if vintage is None:
        best = max(vins)
        return ("yes", ids[best], [ids[v] for v in vins if v != best], units(u), "")
    if vintage in vins:
        return ("yes", ids[vintage], [], units(u), "")
    best = sorted(vins, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", ids[best], [ids[v] for v in vins if v != best], units(u),
            "label vintage %d not in library, has %s" % (vintage, vins))
