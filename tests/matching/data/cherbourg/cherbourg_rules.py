"""The bench README's answer rules, applied to a drink, a measure and the vintage READ BACK
from the rendered label."""
POURS = {"G": 12.5, "DOSE": 4.0}


def ordinary(formats):
    f = [x for x in formats if x < 2000]
    if 75 in f:
        return 75
    if 70 in f:
        return 70
    return min(f) if f else None


def keg(formats):
    k = [x for x in formats if x >= 2000]
    return k[0] if k else None


def resolve(formats, meas):
    """-> (format_cl wanted, poured cl or None for a whole bottle)."""
    if meas in ("BT", "CAN", "SOFT"):
        return ordinary(formats), None
    if meas == "HALF":
        return 37.5, None
    if meas == "MAG":
        return 150, None
    if meas.startswith("BT"):
        return float(meas[2:]), None
    if meas == "DEMI":
        return keg(formats), 25.0
    if meas == "PINTE":
        return keg(formats), 50.0
    if meas in POURS:
        return ordinary(formats), POURS[meas]
    for p in ("CAR", "G", "D"):
        if meas.startswith(p):
            return ordinary(formats), float(meas[len(p):])
    raise ValueError(meas)


def answer(entries, meas, vint):
    """entries: [(id, format_cl, vintage)] of one wine/drink (all formats).
    -> (expect, beverage_id, also_ok, units, why)"""
    formats = sorted({e[1] for e in entries})
    fmt, vol = resolve(formats, meas)
    if fmt is None or fmt not in formats:
        return "none", None, [], None, "format not held"
    same = sorted([e for e in entries if e[1] == fmt], key=lambda e: (e[2] or 0))
    units = 1 if vol is None else round(vol / fmt, 4)
    vints = [e[2] for e in same]
    if vint is None:
        best = same[-1]
        return "yes", best[0], [e[0] for e in same[:-1]], units, ""
    if None in vints:
        raise ValueError("vintage on a non-vintage drink")
    for e in same:
        if e[2] == vint:
            return "yes", e[0], [], units, ""
    best = min(same, key=lambda e: (abs(e[2] - vint), -e[2]))
    return ("almost", best[0], [e[0] for e in same if e is not best], units,
            "label vintage %d not in library, has %s" % (vint, vints))
