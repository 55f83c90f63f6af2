"""The bench README's answer rules, applied to what a label says (drink, measure, vintage)."""
# measure code -> (kind, volume in cl)
MEASURES = {
    "B": ("bottle", None), "H": ("bottle", 37.5), "M": ("bottle", 150),
    "S25": ("bottle", 25), "S33": ("bottle", 33), "S50": ("bottle", 50),
    "S75": ("bottle", 75), "S100": ("bottle", 100),
    "G": ("pour", 12.5), "CP": ("pour", 12.5), "P50": ("pour", 50), "P25": ("pour", 25),
    "D": ("pour", 4), "D2": ("pour", 2), "DM": ("keg", 25), "PT": ("keg", 50),
    "U": ("unit", None),
}
WINE_CATS = ("vin", "champagne")


def ordinary_format(entries, category):
    """The ordinary bottle: 75 cl if held, else the only non-keg format."""
    fmts = sorted({f for _, f in entries if f < 1000})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    return None


def answer(entries, category, measure, vintage):
    """entries: [(id, vintage, format_cl)] of one drink. Returns
    (expect, beverage_id, also_ok, units, why)."""
    kind, vol = MEASURES[measure]
    pairs = [(v, f) for _, v, f in entries]
    if kind == "bottle":
        if vol is not None:
            fmt = vol
        elif category in WINE_CATS:
            fmt = 75
        else:
            fmts = sorted({f for _, f in pairs if f < 1000})
            if len(fmts) != 1:
                raise ValueError("bottle without size on a drink held in several sizes")
            fmt = fmts[0]
        units = 1
    elif kind == "pour":
        fmt = ordinary_format(pairs, category)
        if fmt is None:
            return ("none", None, [], None, "no ordinary bottle for a pour")
        units = round(vol / fmt, 4)
    elif kind == "keg":
        kegs = sorted({f for _, f in pairs if f >= 1000})
        if not kegs:
            return ("none", None, [], None, "not held on draught")
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    else:
        raise ValueError("unit on a drink")
    cands = [(i, v) for i, v, f in entries if f == fmt]
    if not cands:
        return ("none", None, [], None, f"format {fmt} cl not held")
    vints = [v for _, v in cands]
    if vintage is not None and vintage in vints:
        bid = next(i for i, v in cands if v == vintage)
        return ("yes", bid, [], units, "")
    if vintage is not None and any(v is not None for v in vints):
        best = sorted(cands, key=lambda c: (abs(c[1] - vintage), -c[1]))[0]
        also = [i for i, v in sorted(cands, key=lambda c: c[1]) if i != best[0]]
        return ("almost", best[0], also, units,
                f"label vintage {vintage} not in library, has {sorted(vints)}")
    best = sorted(cands, key=lambda c: -(c[1] or 0))[0]
    also = [i for i, v in sorted(cands, key=lambda c: c[1] or 0) if i != best[0]]
    return ("yes", best[0], also, units, "")
