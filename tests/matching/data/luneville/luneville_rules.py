"""The bench README's answer rules, applied to what a RENDERED label says.

Measures (what the staff keyed): B bottle in the drink's ordinary format, H half bottle
(37.5), M magnum (150), C<cl> a bottle of that size, G glass (12.5), G12 / G15 glasses of
12 / 15 cl, K25 / K50 carafes, F flûte (12.5), D dose (4 cl), D2 dose (2 cl), DE demi (25 cl
of draught), PI pinte (50 cl of draught), X no measure (food, coffee, services).
"""

WINE_CATS = ("vin", "champagne")
KEGS = (2000, 3000)

MEASURES = {
    "B": ("bottle", None), "H": ("bottle", 37.5), "M": ("bottle", 150),
    "C25": ("bottle", 25), "C33": ("bottle", 33), "C50": ("bottle", 50), "C70": ("bottle", 70),
    "C75": ("bottle", 75), "C100": ("bottle", 100),
    "G": ("pour", 12.5), "G12": ("pour", 12), "G15": ("pour", 15), "K25": ("pour", 25),
    "K50": ("pour", 50), "F": ("pour", 12.5), "D": ("dose", 4), "D2": ("dose", 2),
    "DE": ("draught", 25), "PI": ("draught", 50), "X": ("none", None),
}


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def ordinary_format(category, formats):
    """The ordinary bottle: 75 cl for a wine that has it, else the only non-keg format."""
    if 75 in formats and category in WINE_CATS:
        return 75
    bottles = sorted(f for f in formats if f not in KEGS)
    if len(bottles) == 1:
        return bottles[0]
    if 75 in bottles and category in WINE_CATS:
        return 75
    return None  # ambiguous: the label must give a size


def target_format(category, formats, measure):
    """(format_cl the label refers to or None, poured volume or None, reason if none)."""
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        if vol is None:
            f = ordinary_format(category, formats)
            if category in WINE_CATS and 75 not in formats:
                return None, None, "no 75 cl bottle of this wine"
            if f is None:
                raise ValueError("bottle without size on a drink held in several sizes")
            return f, None, None
        if vol in formats:
            return vol, None, None
        return None, None, f"{fmt_num(vol)} cl not held"
    if kind == "pour":
        f = ordinary_format(category, formats)
        if f is None or f in KEGS:
            return None, None, "no bottle to pour from"
        if category in WINE_CATS and f in (37.5, 150):
            raise ValueError("a glass never pours from a half bottle or a magnum")
        return f, vol, None
    if kind == "dose":
        f = ordinary_format(category, formats)
        if f is None:
            return None, None, "no bottle to pour from"
        return f, vol, None
    if kind == "draught":
        kegs = [f for f in formats if f in KEGS]
        if not kegs:
            return None, None, "not on draught"
        return kegs[0], vol, None
    return None, None, "no drink"


def nearest(vintages, v):
    return sorted(vintages, key=lambda x: (abs(x - v), -x))[0]


def answer(entries, category, measure, vintage):
    """entries: [(id, format_cl, vintage)] of ONE wine (all formats).
    Returns (expect, beverage_id, also_ok, units, reason)."""
    formats = sorted({e[1] for e in entries})
    f, vol, why = target_format(category, formats, measure)
    if f is None:
        return "none", None, [], None, why
    same = sorted([e for e in entries if e[1] == f], key=lambda e: (e[2] is None, e[2] or 0))
    units = 1 if vol is None else round(vol / f, 4)
    vints = [e[2] for e in same if e[2] is not None]
    if not vints:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", same[0][0], [], units, None
    by_v = {e[2]: e[0] for e in same}
    if vintage is not None and vintage in by_v:
        return "yes", by_v[vintage], [], units, None
    if vintage is None:
        top = max(vints)
        return "yes", by_v[top], [by_v[x] for x in sorted(vints) if x != top], units, None
    near = nearest(vints, vintage)
    return "almost", by_v[near], [by_v[x] for x in sorted(vints) if x != near], units, None
