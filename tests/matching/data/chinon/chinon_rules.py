"""The bench README's answer rules, applied to what the rendered label says."""


def ordinary(formats):
    if 75 in formats:
        return 75
    return min(formats) if len(formats) == 1 else None


def answer(drink, entries, kind, cl, label_vintage):
    """drink: the drink row; entries: {(format, vintage): id}; kind/cl from the read measure.
    Returns (expect, beverage_id, also_ok, units, why)."""
    formats = drink["formats"]
    keg = drink["category"] == "bière" and max(formats) >= 2000
    if kind == "tap":
        if not keg:
            return "none", None, [], None, "not on draught"
        fmt, units = max(formats), round(cl / max(formats), 4)
    elif keg:
        return "none", None, [], None, "only on draught"
    elif kind == "btl":
        fmt, units = cl, 1
    elif kind == "pour":
        if drink["category"] in ("bière", "soft"):
            return "none", None, [], None, "not poured"
        fmt = ordinary(formats)
        if fmt is None:
            return "none", None, [], None, "no ordinary bottle"
        units = round(cl / fmt, 4)
    else:  # no measure: the drink's only format, or the 75 cl bottle of a wine
        fmt, units = ordinary(formats), 1
    if fmt not in formats:
        return "none", None, [], None, "format not held"
    vints = formats[fmt]
    if vints == [None]:
        return "yes", entries[(fmt, None)], [], units, ""
    if label_vintage is None:
        best = max(vints)
        return "yes", entries[(fmt, best)], [entries[(fmt, v)] for v in sorted(vints) if v != best], units, ""
    if label_vintage in vints:
        return "yes", entries[(fmt, label_vintage)], [], units, ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", entries[(fmt, best)], [entries[(fmt, v)] for v in sorted(vints) if v != best], units,
            f"label vintage {label_vintage} not held, has {sorted(vints)}")
