"""The bench README's answer rules, applied to what the label says after rendering."""

POUR_CL = {"G": 12.5, "CP": 12.5, "P50": 50, "P25": 25, "D": 4, "D2": 2, "DM": 25, "PT": 50}
SIZE_CL = {"B25": 25, "B33": 33, "B50": 50, "B75": 75, "B100": 100, "B150": 150, "H": 37.5, "M": 150}


def target_format(measure, formats, category):
    """The format a sale draws on, or None when the library holds no such format.
    formats: the formats held for that drink (all vintages)."""
    fs = sorted(set(formats))
    if measure in ("DM", "PT"):
        kegs = [f for f in fs if f >= 2000]
        return kegs[0] if kegs else None
    if measure in POUR_CL:
        if category in ("bière",):
            return None
        if 75 in fs:
            return 75
        ordinary = [f for f in fs if f not in (37.5, 150) and f < 2000]
        return ordinary[0] if len(ordinary) == 1 else None
    if measure in SIZE_CL:
        return SIZE_CL[measure] if SIZE_CL[measure] in fs else None
    if measure == "B":
        if category in ("vin", "champagne"):
            return 75 if 75 in fs else (fs[0] if len(fs) == 1 and fs[0] < 2000 else None)
        bottles = [f for f in fs if f < 2000]
        return bottles[0] if len(bottles) == 1 else None
    raise ValueError(measure)


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def answer(entries, measure, label_vintage, category):
    """entries: [(id, vintage, format)] of one drink. Returns (expect, id, also_ok, units, why)."""
    fmt = target_format(measure, [e[2] for e in entries], category)
    if fmt is None:
        return "none", None, [], None, "format not held"
    es = [e for e in entries if e[2] == fmt]
    u = units(measure, fmt)
    vs = [e for e in es if e[1] is not None]
    if not vs:
        assert len(es) == 1
        return "yes", es[0][0], [], u, ""
    if label_vintage is not None:
        same = [e for e in vs if e[1] == label_vintage]
        if same:
            return "yes", same[0][0], [], u, ""
        best = sorted(vs, key=lambda e: (abs(e[1] - label_vintage), -e[1]))[0]
        return "almost", best[0], [e[0] for e in vs if e is not best], u, ""
    best = max(vs, key=lambda e: e[1])
    return "yes", best[0], [e[0] for e in vs if e is not best], u, ""
