"""The bench README's answer rules, applied to what the rendered label says."""

from sudouest_drinks import DRINKS, library

ROWS, INDEX = library()
BY_KEY = {d[0]: d for d in DRINKS}

# measure -> (kind, volume in cl)
#   bottle: a whole bottle of the given format (None: the drink's ordinary bottle)
#   pour:   a pour of the given volume from the ordinary bottle
#   keg:    a draught measure, only from a keg
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b50": ("bottle", 50), "b33": ("bottle", 33), "b25": ("bottle", 25),
    "b20": ("bottle", 20), "b100": ("bottle", 100), "b70": ("bottle", 70),
    "verre": ("pour", 12.5), "cp": ("pour", 12.5), "d4": ("pour", 4), "b75": ("bottle", 75), "pich50": ("pour", 50), "pich25": ("pour", 25),
    "dose": ("pour", 4), "d2": ("pour", 2), "d6": ("pour", 6),
    "demi": ("keg", 25), "pinte": ("keg", 50),
}


def ordinary(key):
    """The ordinary bottle: 75 cl if held, else the only format that is not a half or magnum."""
    fmts = [f for f in INDEX[key] if f < 1000]
    if 75 in fmts:
        return 75
    plain = [f for f in fmts if f not in (37.5, 150)]
    if len(plain) == 1:
        return plain[0]
    if len(fmts) == 1:
        return fmts[0]
    return None


def pick(vintages, v):
    """(chosen vintage, expect, also_ok vintages) by the bench README."""
    held = sorted(x for x in vintages)
    if held == [None]:
        return None, "yes", []
    if v is None:
        best = max(held)
        return best, "yes", [x for x in held if x != best]
    if v in held:
        return v, "yes", []
    best = min(held, key=lambda x: (abs(x - v), -x))
    return best, "almost", [x for x in held if x != best]


def resolve(key, measure, v):
    """-> (expect, beverage_id, also_ok, units, why) for a drink key, a measure and the
    vintage printed on the label (None when there is none)."""
    kind, vol = MEASURES[measure]
    d = BY_KEY[key]
    cat = d[6]
    fmts = INDEX[key]
    if kind == "keg":
        kegs = [f for f in fmts if f >= 1000]
        if not kegs:
            return "none", None, [], None, "no draught of it held"
        fmt = kegs[0]
        units = vol / fmt
    elif kind == "pour":
        fmt = ordinary(key)
        if fmt is None or fmt >= 1000:
            return "none", None, [], None, "no bottle to pour from"
        units = vol / fmt
    else:
        if vol is None:
            if cat in ("vin", "champagne"):
                fmt = ordinary(key)
                if fmt != 75:
                    raise ValueError("%s: a wine held only in %s must be named with its format" % (key, fmt))
            else:
                bottles = [f for f in fmts if f < 1000]
                if len(bottles) != 1:
                    raise ValueError("%s: bottle without a volume, formats %s" % (key, bottles))
                fmt = bottles[0]
        else:
            fmt = vol
        if fmt not in fmts:
            return "none", None, [], None, "format %s cl not held" % fmt
        units = 1
    vints = list(fmts[fmt])
    if vints == [None] and v is not None:
        raise ValueError("%s: vintage %s on a non-vintage drink" % (key, v))
    chosen, expect, others = pick(vints, v)
    bid = fmts[fmt][chosen]
    also = [fmts[fmt][x] for x in others]
    return expect, bid, sorted(also), round(units, 4), ""
