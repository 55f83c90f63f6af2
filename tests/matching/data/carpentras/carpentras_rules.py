"""The bench README's answer rules, applied to what the rendered label says."""
import re

POUR_CL = {"G": 12.5, "CP": 12.5, "P50": 50, "P25": 25, "D": 4, "D2": 2, "DE": 25, "PI": 50}


def pour_volume(meas):
    if meas in POUR_CL:
        return POUR_CL[meas]
    m = re.fullmatch(r"(G|CP)(\d+)", meas)
    if m:
        return float(m.group(2))
    return None


def is_wine(p):
    return p["category"] in ("vin", "champagne")


def target_format(p, meas):
    """The format the label refers to for this product, or None if not held."""
    fmts = sorted(p["formats"])
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    if meas == "B":
        if is_wine(p):
            return 75
        assert len(bottles) == 1, (p["key"], "bottle of a non-wine needs its size")
        return bottles[0]
    if meas == "H":
        return 37.5
    if meas == "M":
        return 150
    if meas.startswith("S"):
        return float(meas[1:]) if "." in meas else int(meas[1:])
    if meas in ("DE", "PI"):
        return kegs[0] if kegs else None
    if meas in ("D", "D2"):
        return bottles[0] if len(bottles) == 1 and not is_wine(p) else None
    if pour_volume(meas) is not None:          # glass, coupe, pichet
        if 75 in fmts:
            return 75
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return ordinary[0] if len(ordinary) == 1 else None
    raise ValueError(meas)


def units(meas, fmt):
    v = pour_volume(meas)
    if v is None:
        return 1
    u = round(v / fmt, 4)
    return int(u) if u == int(u) else u


def answer(p, meas, vintage, ids):
    """(expect, beverage_id, also_ok, units, why) for a held product."""
    fmt = target_format(p, meas)
    if fmt is None or fmt not in p["formats"]:
        return "none", None, [], None, "format not held"
    vints = sorted(p["formats"][fmt], key=lambda v: -1 if v is None else v)
    key = p["key"]
    if vints == [None]:
        if vintage is not None:
            return "none", None, [], None, "vintage on a non-vintage drink"
        return "yes", ids[(key, fmt, None)], [], units(meas, fmt), ""
    if vintage is None:
        best = vints[-1]
        return ("yes", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in vints[:-1]],
                units(meas, fmt), "")
    if vintage in vints:
        return "yes", ids[(key, fmt, vintage)], [], units(meas, fmt), ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in vints if v != best],
            units(meas, fmt), "label vintage %d not held, has %s" % (vintage, vints))
