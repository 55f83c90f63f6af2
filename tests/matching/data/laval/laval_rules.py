"""Measures and the bench README's answer rules."""
# measure code -> (kind, volume_cl or format_cl)
#   bottle: the label names the bottle; its format is given (None = a wine's 75 cl)
#   pour: a glass/pichet/dose of the drink's ordinary bottle; draught: from its keg
MEASURES = {
    "BT": ("bottle", None), "HALF": ("bottle", 37.5), "MAG": ("bottle", 150),
    "S20": ("bottle", 20), "S25": ("bottle", 25), "S33": ("bottle", 33), "S50": ("bottle", 50),
    "S66": ("bottle", 66), "S70": ("bottle", 70), "S100": ("bottle", 100), "S125": ("bottle", 125),
    "S150": ("bottle", 150),
    "VR": ("pour", 12.5), "VR15": ("pour", 15), "COUPE": ("pour", 12.5), "P25": ("pour", 25),
    "P50": ("pour", 50), "DOSE": ("pour", 4), "D2": ("pour", 2),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50),
}
KEGS = (2000, 3000)


def target_format(entries, measure, is_wine):
    """Format the label means for this drink, or None when the library does not hold it."""
    kind, vol = MEASURES[measure]
    fmts = sorted({f for _, f in entries})
    if kind == "bottle":
        want = vol if vol is not None else (75 if is_wine else None)
        if want is None:
            nonkeg = [f for f in fmts if f not in KEGS]
            want = nonkeg[0] if len(nonkeg) == 1 else None
        return want if want in fmts else None
    if kind == "draught":
        kegs = [f for f in fmts if f in KEGS]
        return kegs[0] if kegs else None
    # pour: the 75 cl entry, or the only ordinary format (never half, magnum, keg)
    if 75 in fmts:
        return 75
    ordinary = [f for f in fmts if f not in KEGS and f not in (37.5, 150)]
    return ordinary[0] if len(ordinary) == 1 else None


def units(measure, fmt):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return 1
    u = round(vol / fmt, 4)
    return int(u) if u == int(u) else u


def answer(entries_with_ids, label_vintage):
    """entries_with_ids: [(id, vintage)] of one wine in one format.
    Returns (expect, beverage_id, also_ok)."""
    vints = [v for _, v in entries_with_ids]
    if label_vintage is not None and None not in vints:
        for i, v in entries_with_ids:
            if v == label_vintage:
                return "yes", i, []
        best = min(entries_with_ids, key=lambda e: (abs(e[1] - label_vintage), -e[1]))
        return "almost", best[0], [i for i, _ in entries_with_ids if i != best[0]]
    best = max(entries_with_ids, key=lambda e: (e[1] or 0))
    return "yes", best[0], [i for i, _ in entries_with_ids if i != best[0]]
