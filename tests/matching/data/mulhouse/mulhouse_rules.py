"""The bench README's answer rules, applied to a drink and a measure read from the label."""

# measure code -> (kind, volume in cl or bottle format)
#   bottle: format_cl (None = "a bottle": 75 cl for a wine, the only bottle format otherwise)
#   pour:   volume poured from the ordinary bottle
#   draught: volume drawn from the keg
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b65": ("bottle", 65), "b70": ("bottle", 70), "b75": ("bottle", 75), "b100": ("bottle", 100),
    "gl": ("pour", 12.5), "cp": ("pour", 12.5), "gl10": ("pour", 10), "gl12": ("pour", 12),
    "gl15": ("pour", 15), "gl20": ("pour", 20), "car25": ("pour", 25), "car50": ("pour", 50),
    "dose": ("pour", 4), "d2": ("pour", 2), "d4": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50), "f25": ("draught", 25), "f30": ("draught", 30),
    "f40": ("draught", 40), "f50": ("draught", 50), "f100": ("draught", 100),
}
WINE_CATS = ("vin", "champagne")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def target_format(category, formats, measure):
    """The library format a sale with this measure consumes, or None (not held)."""
    kind, vol = MEASURES[measure]
    formats = sorted(formats)
    kegs = [f for f in formats if f >= 2000]
    bottles = [f for f in formats if f < 2000]
    if kind == "draught":
        return kegs[0] if len(kegs) == 1 else None
    if kind == "bottle":
        if vol is None:
            if category in WINE_CATS:
                return 75 if 75 in bottles else None
            return bottles[0] if len(bottles) == 1 else None
        return vol if vol in bottles else None
    # pour: the ordinary bottle, never a half or a magnum
    if category == "bière":
        return None
    if 75 in bottles:
        return 75
    ordinary = [f for f in bottles if f not in (37.5, 150)]
    return ordinary[0] if len(ordinary) == 1 else None


def units(measure, fmt):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return 1
    return round(vol / fmt, 4)


def answer(entries, vintage):
    """entries: [(id, vintage)] of one wine in one format. Returns expect, id, also_ok."""
    vints = sorted(entries, key=lambda e: (e[1] or 0))
    if vintage is None or all(v is None for _, v in vints):
        best = vints[-1]
        return "yes", best[0], [i for i, _ in vints if i != best[0]]
    for i, v in vints:
        if v == vintage:
            return "yes", i, []
    best = min(vints, key=lambda e: (abs(e[1] - vintage), -e[1]))
    return "almost", best[0], [i for i, _ in vints if i != best[0]]
