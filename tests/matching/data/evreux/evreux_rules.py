"""The bench README's answer rules, applied to the rendered label."""
from evreux_tills import DRAUGHT_CL, POUR_CL


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def needed_format(drink, measure, size):
    """(format_cl, volume poured or None for a whole unit) or (None, reason)."""
    cat = drink["category"]
    fmts = sorted({f for f, _ in drink["entries"]})
    bottles = [f for f in fmts if f < 2000]
    kegs = [f for f in fmts if f >= 2000]
    if measure in ("btl", "mini"):
        if size:
            return (size, None) if size in bottles else (None, "%g cl not held" % size)
        if cat in ("vin", "champagne"):
            return (75, None) if 75 in bottles else (None, "no 75 cl bottle")
        if len(bottles) == 1:
            return bottles[0], None
        assert not bottles or False, (drink["key"], "bottle size needed")
        return None, "held only on draught"
    if measure == "half":
        return (37.5, None) if 37.5 in fmts else (None, "half bottle not held")
    if measure == "mag":
        return (150, None) if 150 in fmts else (None, "magnum not held")
    if measure in POUR_CL:
        if 75 in bottles:
            return 75, POUR_CL[measure]
        if len(bottles) == 1:
            return bottles[0], POUR_CL[measure]
        return None, "no ordinary bottle to pour from"
    if measure in DRAUGHT_CL:
        return (kegs[0], DRAUGHT_CL[measure]) if kegs else (None, "not on draught")
    raise ValueError(measure)


def answer(drink, measure, size, vintage):
    """drink: dict with key, entries [(fmt, vintage, id)]. Returns expect, id, also, units, why."""
    fmt, vol = needed_format(drink, measure, size)
    if fmt is None:
        return "none", None, [], None, vol
    same = sorted([(v, i) for f, v, i in drink["entries_id"] if f == fmt],
                  key=lambda t: (t[0] or 0))
    units = 1 if vol is None else round(vol / fmt, 4)
    vints = [v for v, _ in same]
    if vintage is None or vints == [None]:
        assert vintage is None, (drink["key"], "vintage on a non-vintage drink")
        best = same[-1]
        return "yes", best[1], [i for v, i in same if i != best[1]], units, None
    if vintage in vints:
        return "yes", dict(same)[vintage], [], units, None
    best = min(same, key=lambda t: (abs(t[0] - vintage), -t[0]))
    return "almost", best[1], [i for v, i in same if i != best[1]], units, "label vintage %d not held, has %s" % (vintage, vints)
