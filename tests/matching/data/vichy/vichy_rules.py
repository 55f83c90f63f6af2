"""The bench README's answer rules, applied to what the rendered label says."""
from vichy_tills import POUR, vol_of

WINE = ("vin", "champagne")


def ordinary(formats):
    if 75 in formats:
        return 75
    rest = [f for f in formats if f not in (37.5, 150)]
    return rest[0] if len(rest) == 1 else None


def answer(drink, lib_ids, measure, lv):
    """drink: the drinks row; lib_ids: {(fmt, vintage): id}; measure code; lv: vintage on label.
    Returns (expect, beverage_id, also_ok, units, why)."""
    cat = drink[6]
    formats = sorted({f for (f, _) in lib_ids})
    if measure in ("demi", "pinte"):
        fmt = [f for f in formats if f >= 2000]
        if not fmt:
            return ("none", None, [], None, "not on draught")
        fmt = fmt[0]
        units = POUR[measure] / fmt
    elif measure in POUR:
        if measure in ("dose", "c2", "c4") and cat not in ("spiritueux", "autre"):
            return ("none", None, [], None, "no dose of this drink")
        fmt = ordinary(formats)
        if fmt is None or fmt >= 2000:
            return ("none", None, [], None, "no ordinary bottle to pour from")
        units = POUR[measure] / fmt
    else:
        fmt = vol_of(measure)
        if measure == "btl" and cat not in WINE:
            fmt = ordinary(formats)
        if fmt not in formats:
            return ("none", None, [], None, "format not held (%g cl)" % fmt)
        units = 1
    vints = sorted((v for (f, v) in lib_ids if f == fmt), key=lambda v: (v is None, v))
    ids = {v: lib_ids[(fmt, v)] for v in vints}
    if vints == [None]:
        return ("yes", ids[None], [], units, "")
    if lv is None:
        best = max(vints)
        return ("yes", ids[best], [ids[v] for v in vints if v != best], units, "")
    if lv in ids:
        return ("yes", ids[lv], [], units, "")
    best = min(vints, key=lambda v: (abs(v - lv), -v))
    return ("almost", ids[best], [ids[v] for v in vints if v != best], units,
            "label vintage %d not held, has %s" % (lv, vints))
