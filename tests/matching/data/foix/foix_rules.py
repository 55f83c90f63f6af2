"""The bench README's answer rules (yes / almost / none, also_ok, units_per_sale),
applied to a drink, a measure and the vintage read back from the rendered label."""

WINE_CATS = ("vin", "champagne")
# measure code -> (kind, volume in cl): kind "bottle" (volume = format) or "pour"
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b20": ("bottle", 20), "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b100": ("bottle", 100),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "flute": ("pour", 12.5),
    "c25": ("pour", 25), "c50": ("pour", 50),
    "dose": ("pour", 4), "d2": ("pour", 2), "d6": ("pour", 6),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}


def fmt_key(x):
    return int(x) if float(x).is_integer() else x


def expand(drinks):
    """Library rows in id order, and an index (key, format) -> [(vintage, id)]."""
    rows, index = [], {}
    for (key, name, prod, app, reg, ctry, col, cat, fmts) in drinks:
        for fmt, vints in fmts.items():
            for v in vints:
                i = "fx%03d" % (len(rows) + 1)
                rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": ctry, "colour": col, "category": cat,
                             "vintage": v, "format_cl": fmt_key(fmt)})
                index.setdefault((key, fmt), []).append((v, i))
    return rows, index


def target_format(drink, meas):
    _key, cat, fmts = drink[0], drink[7], drink[8]
    kind, vol = MEASURES[meas]
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if kind == "pour":
        if meas in ("dose", "d2", "d6") and cat not in ("spiritueux", "autre"):
            return None
        if cat in WINE_CATS or cat == "autre":
            if 75 in fmts:
                return 75
            small = [f for f in fmts if f < 2000]
            return small[0] if len(small) == 1 else None
        small = [f for f in fmts if f < 2000]
        return small[0] if len(small) == 1 else None
    if vol is not None:
        return vol if vol in fmts else None
    if cat in WINE_CATS:
        if 75 in fmts:
            return 75
        return None
    small = [f for f in fmts if f < 2000]
    return small[0] if len(small) == 1 else None


def answer(drink, index, meas, vintage):
    """(expect, beverage_id, also_ok, units) for a drink sold with measure `meas`
    and the vintage read from the label (None if the label has none)."""
    fmt = target_format(drink, meas)
    if fmt is None:
        raise ValueError("%s: format for %s not held" % (drink[0], meas))
    held = index[(drink[0], fmt)]
    vints = [v for v, _ in held]
    kind, vol = MEASURES[meas]
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    if vintage is None or vints == [None]:
        if vintage is not None:
            raise ValueError("%s: vintage on a non-vintage drink" % drink[0])
        best = max(held, key=lambda t: (t[0] or 0))
        return "yes", best[1], [i for v, i in held if i != best[1]], units
    if vintage in vints:
        return "yes", dict(held)[vintage], [], units
    best = min(held, key=lambda t: (abs(t[0] - vintage), -t[0]))
    return "almost", best[1], [i for v, i in held if i != best[1]], units
