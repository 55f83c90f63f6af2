"""The bench README's answer rules, applied to what a rendered label says."""
KEG_MIN = 2000


def entries_of(lib, key):
    return [e for e in lib if e["_key"] == key]


def ordinary(ents):
    """Format a glass / pichet / dose pours from: the 75 cl entry, else the only format."""
    fmts = sorted({e["format_cl"] for e in ents})
    if 75 in fmts:
        return 75
    fmts = [f for f in fmts if f not in (37.5, 150) and f < KEG_MIN]
    return fmts[0] if len(fmts) == 1 else None


def resolve(lib, key, kind, vol, cat):
    """-> (format_cl, units) or (None, reason)."""
    ents = entries_of(lib, key)
    fmts = sorted({e["format_cl"] for e in ents})
    if kind == "bottle":
        if vol is None:
            if cat in ("vin", "champagne"):
                vol = 75
            elif len(fmts) == 1 and fmts[0] < KEG_MIN:
                vol = fmts[0]
            else:
                return None, "bottle size not clear"
        return (vol, 1.0) if vol in fmts else (None, "format not held (%g cl)" % vol)
    if kind == "pour":
        if cat in ("bière", "soft"):
            return None, "not poured"
        o = ordinary(ents)
        return (o, vol / o) if o else (None, "no ordinary bottle")
    if kind == "draught":
        if cat != "bière":
            return None, "draught of a non-beer"
        kegs = [f for f in fmts if f >= KEG_MIN]
        return (kegs[0], vol / kegs[0]) if kegs else (None, "not on draught")
    if kind == "volume":  # compta: a volume in litres
        if vol in fmts:
            return vol, 1.0
        if vol in (37.5, 150):
            return None, "format not held (%g cl)" % vol
        if cat == "bière":
            return resolve(lib, key, "draught", vol, cat)
        if cat == "soft":
            return None, "format not held (%g cl)" % vol
        return resolve(lib, key, "pour", vol, cat)
    return None, "no measure"


def answer(lib, key, fmt, vint):
    ents = sorted([e for e in entries_of(lib, key) if e["format_cl"] == fmt],
                  key=lambda e: e["vintage"] or 0)
    vints = [e["vintage"] for e in ents]
    if vint is None or vint in vints:
        if vint is None:
            best = ents[-1]
        else:
            best = next(e for e in ents if e["vintage"] == vint)
            return "yes", best, []
        return "yes", best, [e["id"] for e in ents if e is not best]
    if vints == [None]:
        raise ValueError("vintage on a non-vintage drink: %s" % key)
    best = min(ents, key=lambda e: (abs(e["vintage"] - vint), -e["vintage"]))
    return "almost", best, [e["id"] for e in ents if e is not best]
