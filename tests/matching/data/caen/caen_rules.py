"""The bench README's answer rules, applied to what the till printed."""
from caen_tills import MEASURES


def target_format(kind, fmts, meas_kind, vol):
    """The library format a sale consumes, or None when the library does not hold it."""
    bottles = sorted(f for f in fmts if f < 2000)
    kegs = [f for f in fmts if f >= 2000]
    wine = kind in ("R", "B", "S", "C")
    if meas_kind == "btl":
        if vol is None:
            if wine:
                vol = 75
            elif len(bottles) == 1:
                vol = bottles[0]
            else:
                raise ValueError("bare bottle of a drink with several bottle sizes")
        return vol if vol in fmts else None
    if meas_kind == "keg":
        return kegs[0] if kegs else None
    if meas_kind == "dose":
        return bottles[0] if len(bottles) == 1 else None
    # pour: the ordinary bottle (75, or the only format); never a half or magnum
    if 75 in bottles:
        return 75
    if len(bottles) == 1 and bottles[0] not in (37.5, 150):
        return bottles[0]
    return None


def answer(drink, meas, vintage, ids):
    key, kind = drink[0], drink[1]
    fmts = drink[9]
    mk, vol = MEASURES[meas]
    fmt = target_format(kind, fmts, mk, vol)
    if fmt is None:
        return ("none", None, [], None, "format or measure not held")
    vins = fmts[fmt]
    units = 1 if mk == "btl" else round(vol / fmt, 4)
    if vins == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        return ("yes", ids[(key, fmt, None)], [], units, "")
    if vintage is not None:
        if vintage in vins:
            return ("yes", ids[(key, fmt, vintage)], [], units, "")
        best = sorted(vins, key=lambda v: (abs(v - vintage), -v))[0]
        others = [ids[(key, fmt, v)] for v in sorted(vins) if v != best]
        return ("almost", ids[(key, fmt, best)], others, units,
                "label vintage %d not held, has %s" % (vintage, sorted(vins)))
    best = max(vins)
    others = [ids[(key, fmt, v)] for v in sorted(vins) if v != best]
    return ("yes", ids[(key, fmt, best)], others, units, "no vintage on the label")
