"""The bench README's answer rules, applied to what the rendered label says."""

# measure token -> (kind, cl). BTL: the drink's ordinary bottle. SIZE: that bottle size.
# POUR: a glass / pichet / bolée / dose from the ordinary bottle. DRAFT: from the keg.
# CUP: the festival's écocup: draught on a beer, a pour on anything else.
MEASURES = {
    "btl": ("BTL", None), "half": ("SIZE", 37.5), "mag": ("SIZE", 150),
    "b25": ("SIZE", 25), "b33": ("SIZE", 33), "b50": ("SIZE", 50), "b70": ("SIZE", 70),
    "b75": ("SIZE", 75), "b100": ("SIZE", 100),
    "vre": ("POUR", 12.5), "v12": ("POUR", 12), "v15": ("POUR", 15),
    "p25": ("POUR", 25), "p50": ("POUR", 50), "bol": ("POUR", 25),
    "dose": ("POUR", 4), "d2": ("POUR", 2), "d4": ("POUR", 4),
    "demi": ("DRAFT", 25), "pinte": ("DRAFT", 50),
    "g25": ("CUP", 25), "g50": ("CUP", 50),
    "unit": ("FOOD", None),
}


def is_keg(fmt):
    return fmt >= 2000


def ordinary(formats):
    """The ordinary bottle: 75 cl, else the only format that is no half, magnum or keg."""
    if 75 in formats:
        return 75
    rest = [f for f in formats if f not in (37.5, 150) and not is_keg(f)]
    return rest[0] if len(rest) == 1 else None


def fmt_units(x):
    return round(x, 4) if x != int(x) else int(x)


def answer(entries, drink, measure, vintage):
    """entries: {format: [(id, vintage)]} of one wine. Returns expect, id, also_ok, units, why."""
    kind, cl = MEASURES[measure]
    category = drink[7]
    formats = sorted(entries)
    if kind == "CUP":
        kind = "DRAFT" if category == "bière" else "POUR"
    if kind == "BTL":
        fmt = ordinary(formats)
        if fmt is None:
            raise ValueError("bottle of %s is ambiguous" % drink[0])
        units = 1
    elif kind == "SIZE":
        fmt = cl if cl in entries else None
        units = 1
        if fmt is None:
            return "none", None, [], None, "format not held (%s cl)" % cl
    elif kind == "POUR":
        if category == "bière":
            raise ValueError("a glass of beer")
        fmt = ordinary(formats)
        if fmt is None:
            return "none", None, [], None, "no ordinary bottle to pour from"
        units = fmt_units(cl / fmt)
    elif kind == "DRAFT":
        if category != "bière":
            raise ValueError("draught of a non-beer")
        kegs = [f for f in formats if is_keg(f)]
        if not kegs:
            return "none", None, [], None, "not on draught"
        fmt = kegs[0]
        units = fmt_units(cl / fmt)
    else:
        raise ValueError(kind)
    ents = entries[fmt]
    vints = [v for _, v in ents]
    if vintage is not None and vints == [None]:
        raise ValueError("vintage on a non-vintage drink %s" % drink[0])
    if vintage is None:
        best = max(ents, key=lambda e: e[1] or 0)
        return "yes", best[0], [i for i, v in ents if i != best[0]], units, ""
    for i, v in ents:
        if v == vintage:
            return "yes", i, [], units, ""
    best = min(ents, key=lambda e: (abs(e[1] - vintage), -e[1]))
    also = [i for i, v in ents if i != best[0]]
    return ("almost", best[0], also, units,
            "label vintage %d not held, has %s" % (vintage, sorted(vints)))
