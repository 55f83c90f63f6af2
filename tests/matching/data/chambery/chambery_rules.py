"""The bench README's answer rules, applied to what the rendered label says."""
from chambery_tills import BOTTLE, DRAUGHT, VOLUME


def units(x):
    return round(x, 4) if round(x, 4) != int(x) else int(x)


def answer(drink, ids, meas, vint):
    """drink: a DRINKS row; ids: {(fmt, vintage): id}. Returns (expect, id, also_ok, units, why)."""
    key, cat, formats = drink[0], drink[7], drink[9]
    if meas in DRAUGHT:
        kegs = [f for f in formats if f >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, [], None, "not on draught"
        fmt, u = kegs[0], DRAUGHT[meas] / kegs[0]
    elif meas in VOLUME:
        if cat in ("bière", "soft"):
            return "none", None, [], None, "not poured"
        fmt = 75 if 75 in formats else (next(iter(formats)) if len(formats) == 1 else None)
        if fmt is None:
            raise ValueError("no ordinary bottle for %s" % key)
        u = VOLUME[meas] / fmt
    elif meas == "btl" and cat not in ("vin",):
        raise ValueError("bare bottle of a non-wine %s" % key)
    else:
        fmt, u = BOTTLE[meas], 1
        if fmt not in formats:
            return "none", None, [], None, "format not held"
    vins = formats[fmt]
    if vins == [None]:
        if vint is not None:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        return "yes", ids[(fmt, None)], [], units(u), ""
    if vint is None:
        best = max(vins)
        return "yes", ids[(fmt, best)], [ids[(fmt, v)] for v in vins if v != best], units(u), ""
    if vint in vins:
        return "yes", ids[(fmt, vint)], [], units(u), ""
    best = min(vins, key=lambda v: (abs(v - vint), -v))
    return ("almost", ids[(fmt, best)], [ids[(fmt, v)] for v in vins if v != best], units(u),
            "label vintage %d not held, has %s" % (vint, sorted(vins)))


def y(key, meas, vint, text):
    """A library drink keyed on a till (the answer is computed from the rendered label)."""
    return {"key": key, "meas": meas, "vint": vint, "text": text}


def n(fam, meas, vint, text, reason):
    """A product that is no drink of the library; fam is the bar till's family prefix."""
    return {"key": None, "fam": fam, "meas": meas, "vint": vint, "text": text, "reason": reason}
