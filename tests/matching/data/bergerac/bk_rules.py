"""The bench README's rules, applied to what a till's label says (read back from it)."""

POUR_VOL = {"VR": 12.5, "V12": 12, "V15": 15, "V8": 8, "P25": 25, "P50": 50, "CP": 12.5,
            "DS": 4, "D2": 2, "D6": 6, "DM": 25, "PT": 50}
BOTTLE_FMT = {"BT": None, "DB": 37.5, "MG": 150, "B50": 50, "B33": 33, "B25": 25, "B100": 100}
MEASURES = set(POUR_VOL) | set(BOTTLE_FMT) | {"U"}


def fmt_key(f):
    return int(f) if float(f).is_integer() else f


def ordinary_format(formats):
    """The wine's ordinary bottle: 75 cl, else its only format that is no half / magnum."""
    fs = sorted(formats)
    if 75 in fs:
        return 75
    rest = [f for f in fs if f not in (37.5, 150)]
    if len(rest) == 1:
        return rest[0]
    return None


def answer(drink, measure, vintage, ids):
    """drink: a DRINKS row; ids: {(key, format, vintage): id}. Returns
    (expect, beverage_id, also_ok, units, reason)."""
    key, formats, category = drink[0], drink[8], drink[7]
    if measure in POUR_VOL:
        vol = POUR_VOL[measure]
        if category == "bière":
            kegs = [f for f in formats if f >= 2000]
            if measure not in ("DM", "PT") or not kegs:
                return ("none", None, [], None, "not held on draught")
            fmt = kegs[0]
        else:
            if measure in ("DM", "PT"):
                return ("none", None, [], None, "a beer measure on a non-beer")
            fmt = ordinary_format(formats)
            if fmt is None:
                return ("none", None, [], None, "no ordinary bottle to pour from")
        units = round(vol / fmt, 4)
    elif measure in BOTTLE_FMT or measure.startswith("BT:"):
        fmt = BOTTLE_FMT[measure] if measure in BOTTLE_FMT else float(measure[3:].replace(",", "."))
        fmt = fmt_key(fmt) if fmt is not None else None
        if fmt is None:
            fmt = ordinary_format(formats)
            if fmt is None:
                raise ValueError("bottle without size for %s" % key)
        if fmt not in formats:
            return ("none", None, [], None, "format %s cl not held" % fmt_key(fmt))
        units = 1
    else:
        raise ValueError(measure)
    vints = formats[fmt]
    allids = [ids[(key, fmt, v)] for v in vints]
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink %s" % key)
        return ("yes", allids[0], [], units, "")
    if vintage is None:
        best = max(vints)
        return ("yes", ids[(key, fmt, best)], [i for i in allids if i != ids[(key, fmt, best)]], units, "")
    if vintage in vints:
        return ("yes", ids[(key, fmt, vintage)], [], units, "")
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    bid = ids[(key, fmt, best)]
    return ("almost", bid, [i for i in allids if i != bid], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vints)))
