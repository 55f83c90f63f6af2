"""The bench README's answer rules, applied to a rendered label's measure and vintage."""
from sable_tills import POUR_CL, SIZE_CL


def bottle_format(kind, formats, meas):
    """The format a bottle measure names, or None when the drink has no such bottle."""
    if meas in SIZE_CL:
        return SIZE_CL[meas]
    assert meas == "btl"
    if kind in ("vin", "bulles"):
        return 75
    bottles = [f for f in formats if f < 1000]
    if len(bottles) != 1:
        raise ValueError("BTL is ambiguous for a %s with %s" % (kind, bottles))
    return bottles[0]


def pour_format(kind, formats, meas):
    """The entry format a pour draws from, or None when the drink cannot be poured so."""
    kegs = [f for f in formats if f >= 1000]
    bottles = [f for f in formats if f < 1000]
    if meas in ("demi", "pinte"):
        return kegs[0] if kind == "biere" and kegs else None
    if meas == "bol" or (kind == "cidre" and meas in ("p50", "p25")):
        if kind != "cidre":
            return None
        if kegs:
            return kegs[0]
        return 75 if 75 in bottles else None
    if meas == "dose":
        return bottles[0] if kind in ("spirit", "apero") and len(bottles) == 1 else None
    if meas in ("vre", "vre12", "p50", "p25"):
        if kind not in ("vin", "bulles"):
            return None
        if 75 in bottles:
            return 75
        return bottles[0] if len(bottles) == 1 and bottles[0] not in (37.5, 150) else None
    raise KeyError(meas)


def answer(drink, entries, meas, vintage):
    """drink: the spec tuple; entries: {format: [(vintage, id)]}.
    Returns (expect, beverage_id, also_ok, units, reason)."""
    kind, formats = drink[7], drink[8]
    if meas in POUR_CL:
        fmt = pour_format(kind, formats, meas)
        if fmt is None:
            return "none", None, [], None, "no entry to pour %s from" % meas
        units = round(POUR_CL[meas] / fmt, 4)
    else:
        fmt = bottle_format(kind, formats, meas)
        if fmt not in formats:
            return "none", None, [], None, "format %s cl not held" % fmt
        units = 1
    held = sorted(entries[fmt], key=lambda t: (t[0] or 0))
    if held[0][0] is None:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", held[0][1], [], units, ""
    years = [v for v, _ in held]
    if vintage is None:
        return "yes", held[-1][1], [i for _, i in held[:-1]], units, "no vintage on the label"
    if vintage in years:
        return "yes", dict(held)[vintage], [], units, ""
    best = min(held, key=lambda t: (abs(t[0] - vintage), -t[0]))
    return ("almost", best[1], [i for v, i in held if i != best[1]], units,
            "label vintage %d not held, has %s" % (vintage, years))
