"""The bench README's answer rules, applied to a rendered label.

Measures (internal codes): BT (the drink's ordinary bottle), HALF (37.5 cl), MAG (150 cl),
S25 / S33 / S50 / S100 (a bottle of that size), VR (12.5 cl), VR15, CP (12.5 cl), P25, P50
(pichets), DOSE (4 cl), D2 (2 cl), DEMI (25 cl of draught), PINTE (50 cl of draught).
"""
POURS = {"VR": 12.5, "VR15": 15, "CP": 12.5, "P25": 25, "P50": 50, "DOSE": 4, "D2": 2}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
SIZES = {"S25": 25, "S33": 33, "S50": 50, "S100": 100}
KEGS = (2000, 3000)


def ordinary_format(formats):
    """75 cl when held, else the only bottle format (not half, magnum or keg)."""
    fs = sorted({f for f in formats if f not in (37.5, 150) and f not in KEGS})
    if 75 in fs:
        return 75
    if len(fs) == 1:
        return fs[0]
    return None


def wanted_format(measure, formats):
    if measure == "BT" or measure in POURS:
        return ordinary_format(formats)
    if measure == "HALF":
        return 37.5
    if measure == "MAG":
        return 150
    if measure in SIZES:
        return SIZES[measure]
    if measure in DRAUGHT:
        kegs = [f for f in formats if f in KEGS]
        return kegs[0] if kegs else None
    raise ValueError(measure)


def units(measure, fmt):
    if measure in POURS:
        return round(POURS[measure] / fmt, 4)
    if measure in DRAUGHT:
        return round(DRAUGHT[measure] / fmt, 4)
    return 1


def answer(entries, measure, label_vintage):
    """entries: [(id, format, vintage)] of one drink. Returns (expect, id, also_ok, units, why)."""
    formats = [f for _, f, _ in entries]
    fmt = wanted_format(measure, formats)
    same = [(i, v) for i, f, v in entries if f == fmt] if fmt is not None else []
    if not same:
        return "none", None, [], None, "format not held"
    u = units(measure, fmt)
    vints = [v for _, v in same]
    if all(v is None for v in vints):
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", same[0][0], [], u, ""
    if label_vintage is not None:
        for i, v in same:
            if v == label_vintage:
                return "yes", i, [], u, ""
        best = min(same, key=lambda iv: (abs(iv[1] - label_vintage), -iv[1]))
        others = sorted(i for i, v in same if i != best[0])
        return "almost", best[0], others, u, "label vintage %d not held, has %s" % (
            label_vintage, sorted(vints))
    best = max(same, key=lambda iv: iv[1])
    others = sorted(i for i, v in same if i != best[0])
    return "yes", best[0], others, u, ""
