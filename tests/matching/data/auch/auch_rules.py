"""The bench README's answer rules, applied to a drink key, a measure and the vintage read
back from the rendered label."""

# measure code -> (kind, volume in cl or None)
MEASURES = {
    "B": ("bottle", None),      # the ordinary bottle (75 cl, or the drink's only bottle)
    "B37": ("bottle", 37.5), "B150": ("bottle", 150), "B50": ("bottle", 50),
    "B33": ("bottle", 33), "B25": ("bottle", 25), "B100": ("bottle", 100),
    "V": ("pour", 12.5), "V15": ("pour", 15), "V8": ("pour", 8), "CP": ("pour", 12.5),
    "P25": ("pour", 25), "P50": ("pour", 50), "D4": ("pour", 4), "D2": ("pour", 2),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50),
}


def fmt_cl(x):
    return "%g" % x


def is_keg(f):
    return f >= 2000


def entry_format(formats, measure):
    """The format a measure asks for among a drink's held formats, or None."""
    kind, vol = MEASURES[measure]
    bottles = sorted({f for f in formats if not is_keg(f)})
    if kind == "bottle":
        if vol is None:
            if 75 in bottles:
                return 75
            return bottles[0] if len(bottles) == 1 else None
        return vol if vol in bottles else None
    if kind == "pour":
        if 75 in bottles:
            return 75
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return ordinary[0] if len(ordinary) == 1 else None
    kegs = [f for f in formats if is_keg(f)]
    return kegs[0] if len(kegs) == 1 else None


def units(measure, fmt):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return 1
    return round(vol / fmt, 4)


def answer(entries, measure, vintage):
    """entries: [(id, format, vintage)] of one drink. Returns
    (expect, beverage_id, also_ok, units, detail) or raises ValueError."""
    fmt = entry_format([e[1] for e in entries], measure)
    if fmt is None:
        raise ValueError("measure %s fits no held format" % measure)
    same = [e for e in entries if e[1] == fmt]
    vints = [e[2] for e in same]
    u = units(measure, fmt)
    if None in vints:
        if len(same) != 1 or vintage is not None:
            raise ValueError("non-vintage drink with a vintage on the label")
        return "yes", same[0][0], [], u, ""
    if vintage is not None and vintage in vints:
        e = next(e for e in same if e[2] == vintage)
        return "yes", e[0], [], u, ""
    if vintage is None:
        best = max(same, key=lambda e: e[2])
        others = [e[0] for e in same if e is not best]
        return "yes", best[0], others, u, ""
    best = min(same, key=lambda e: (abs(e[2] - vintage), -e[2]))
    others = [e[0] for e in same if e is not best]
    detail = "label vintage %d not in library, has %s" % (vintage, sorted(vints))
    return "almost", best[0], others, u, detail
