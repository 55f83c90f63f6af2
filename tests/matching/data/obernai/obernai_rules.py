"""The bench README's answer rules, applied to what the rendered label says."""
from obernai_tills import POUR_CL

KEG_MIN = 2000


def target_format(prod, meas):
    """The format (cl) of the entry the label refers to, or None if not held.
    prod = (key, fam, name, producer, app, region, country, colour, category, formats)."""
    fmts = prod[9]
    wine = prod[8] in ("vin", "champagne")
    if meas == "B":
        if wine:
            return 75 if 75 in fmts else None
        own = [f for f in fmts if f < KEG_MIN]
        return own[0] if len(own) == 1 else None
    if meas == "H":
        return 37.5 if 37.5 in fmts else None
    if meas == "M":
        return 150 if 150 in fmts else None
    if meas.startswith("S"):
        cl = float(meas[1:])
        cl = int(cl) if cl.is_integer() else cl
        return cl if cl in fmts else None
    if meas in ("DEMI", "PINTE"):
        kegs = [f for f in fmts if f >= KEG_MIN]
        return kegs[0] if prod[8] == "bière" and len(kegs) == 1 else None
    if meas in ("G", "G12", "P25", "P50", "CP", "D4", "D2"):
        if prod[8] == "bière":
            return None
        if 75 in fmts:
            return 75
        own = [f for f in fmts if f not in (37.5, 150) and f < KEG_MIN]
        return own[0] if len(own) == 1 else None
    raise ValueError(meas)


def units(meas, fmt):
    if meas in POUR_CL:
        return round(POUR_CL[meas] / fmt, 4)
    return 1


def answer(prod, meas, vintage, ids):
    """ids: {(key, fmt, vintage): id}.  Returns (expect, id, also_ok, units, why)."""
    fmt = target_format(prod, meas)
    if fmt is None:
        return "none", None, [], None, "not held in that format or measure"
    vints = prod[9][fmt]
    if vints == [None]:
        return "yes", ids[(prod[0], fmt, None)], [], units(meas, fmt), ""
    order = sorted(vints)
    if vintage is None:
        best = order[-1]
        return "yes", ids[(prod[0], fmt, best)], [ids[(prod[0], fmt, v)] for v in order if v != best], units(meas, fmt), ""
    if vintage in vints:
        return "yes", ids[(prod[0], fmt, vintage)], [], units(meas, fmt), ""
    best = sorted(order, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", ids[(prod[0], fmt, best)], [ids[(prod[0], fmt, v)] for v in order if v != best],
            units(meas, fmt), "label vintage %d not held, has %s" % (vintage, order))
