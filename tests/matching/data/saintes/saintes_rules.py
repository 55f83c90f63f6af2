"""The bench README's answer rules, applied to what the RENDERED label says."""

# measure code -> (kind, volume in cl)
#   bottle: one bottle of that size (None = the wine's 75 cl bottle)
#   pour: a glass, pichet, coupe or dose poured from the ordinary bottle
#   draught: a demi / pinte poured from the keg
MEASURES = {
    "bt": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b35": ("bottle", 35), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b100": ("bottle", 100), "b150": ("bottle", 150), "b300": ("bottle", 300),
    "vre": ("pour", 12.5), "v8": ("pour", 8), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "cp": ("pour", 12.5),
    "d2": ("pour", 2), "d4": ("pour", 4), "dose": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "food": (None, None),
}


def ordinary_format(formats):
    """The bottle a pour refers to: 75 cl, else the only format that is no half, magnum or keg."""
    if 75 in formats:
        return 75
    rest = sorted({f for f in formats if f not in (37.5, 150) and f < 2000})
    if len(rest) != 1:
        raise ValueError("no ordinary bottle in %r" % (formats,))
    return rest[0]


def answer(entries, meas, label_vintage):
    """entries: list of library rows of ONE drink. Returns (expect, id, also_ok, units, why)."""
    kind, vol = MEASURES[meas]
    formats = [e["format_cl"] for e in entries]
    if kind == "bottle":
        fmt, units = vol, 1
    elif kind == "pour":
        fmt = ordinary_format(formats)
        units = round(vol / fmt, 4)
    elif kind == "draught":
        kegs = sorted({f for f in formats if f >= 2000})
        if not kegs:
            return ("none", None, [], None, "no keg of it held (draught measure)")
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    else:
        raise ValueError(meas)
    same = [e for e in entries if e["format_cl"] == fmt]
    if not same:
        return ("none", None, [], None, "format %s cl not held" % (fmt,))
    if units == int(units):
        units = int(units)
    vints = [e["vintage"] for e in same]
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return ("yes", same[0]["id"], [], units, "")
    if label_vintage is None:
        best = max(same, key=lambda e: e["vintage"])
        return ("yes", best["id"], sorted(e["id"] for e in same if e is not best), units,
                "no vintage on the label, most recent")
    for e in same:
        if e["vintage"] == label_vintage:
            return ("yes", e["id"], [], units, "")
    best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
    return ("almost", best["id"], sorted(e["id"] for e in same if e is not best), units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vints)))
