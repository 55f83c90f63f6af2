"""The bench README's answer rules, applied to a drink key and what the RENDERED label says."""

from chatellerault_drinks import DRINKS

WINE_LIKE = {"vin", "champagne"}


def library():
    """Library rows in order, and per drink key {format: {vintage: id}}."""
    rows, held = [], {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        held[key] = {}
        for fmt, vints in formats:
            held[key][fmt] = {}
            for v in vints:
                n += 1
                bid = "CHT%03d" % n
                held[key][fmt][v] = bid
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fmt})
    return rows, held


ROWS, HELD = library()
INFO = {d[0]: d for d in DRINKS}


def category(key):
    return INFO[key][7]


def ordinary_format(key):
    """The bottle a pour refers to: the 75 cl entry, or the only format that is no half or magnum."""
    fmts = HELD[key]
    if category(key) == "bière":
        kegs = [f for f in fmts if f >= 1000]
        return kegs[0] if kegs else None
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    assert len(rest) == 1, key
    return rest[0]


def fmt_txt(x):
    return ("%g" % x).replace(".", ",")


def answer(key, kind, vol, vintage):
    """kind: 'bottle' (vol = bottle size), 'pour' (vol = cl poured), 'only' (no size on the label).
    Returns (expect, beverage_id, also_ok, units, why)."""
    fmts = HELD[key]
    if kind == "only":
        assert len(fmts) == 1, ("several formats, the label must say which", key)
        fmt, units = next(iter(fmts)), 1
    elif kind == "bottle":
        fmt, units = vol, 1
        if fmt not in fmts:
            return "none", None, [], None, "held, but not in %s cl" % fmt_txt(fmt)
        if fmt >= 1000:
            raise AssertionError(("a keg sold as a bottle", key))
    else:
        fmt = ordinary_format(key)
        if fmt is None:
            return "none", None, [], None, "bottled beer only: no draught %s cl" % fmt_txt(vol)
        units = round(vol / fmt, 4)
    vints = sorted(fmts[fmt], key=lambda v: -1 if v is None else v)
    ids = {v: fmts[fmt][v] for v in vints}
    if vints == [None]:
        assert vintage is None, ("vintage on a non-vintage drink", key)
        return "yes", ids[None], [], units, ""
    newest_first = sorted(vints, reverse=True)
    if vintage is None:
        best = newest_first[0]
        return "yes", ids[best], [ids[v] for v in newest_first[1:]], units, ""
    if vintage in ids:
        return "yes", ids[vintage], [], units, ""
    best = min(newest_first, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[best], [ids[v] for v in newest_first if v != best], units,
            "label vintage %d not held, has %s" % (vintage, newest_first))
