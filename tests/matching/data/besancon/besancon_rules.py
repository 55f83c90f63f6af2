"""The bench README's answer rules, applied to a drink meant, a measure and the vintage
read back from the rendered label."""
POUR = {"V": 12.5, "V15": 15, "V12": 12, "P25": 25, "P50": 50, "DOSE": 4, "CP": 12.5,
        "PINTE": 50}
WINE = ("vin", "champagne")


def ordinary(formats, category):
    fs = [f for f in formats if f < 1000]
    if category in WINE:
        return 75 if 75 in formats else (fs[0] if len(fs) == 1 else None)
    return fs[0] if len(fs) == 1 else None


def target(drink, measure, vol=None):
    """(format_cl, units) or (None, reason)."""
    cat, formats = drink["category"], drink["formats"]
    if measure == "MAG":
        return (150, 1) if 150 in formats else (None, "no magnum held")
    if measure == "HALF" or (measure == "DEMI" and cat in WINE):
        return (37.5, 1) if 37.5 in formats else (None, "no half bottle held")
    if measure in ("DEMI", "PINTE"):
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return (None, "not on draught")
        v = 25 if measure == "DEMI" else 50
        return (kegs[0], round(v / kegs[0], 4))
    o = ordinary(formats, cat)
    if measure == "BTL":
        if vol is not None and vol not in formats:
            return (None, "format %g cl not held" % vol)
        if vol is not None:
            return (vol, 1)
        return (o, 1) if o else (None, "no bottle held")
    if cat == "bière" and measure in POUR:
        kegs = [f for f in formats if f >= 1000]
        if kegs:
            return (kegs[0], round(POUR[measure] / kegs[0], 4))
    if o is None:
        return (None, "no ordinary bottle")
    return (o, round(POUR[measure] / o, 4))


def answer(drink, fmt, units, vintage):
    """expect, beverage_id, also_ok, why."""
    ents = drink["entries"][fmt]  # list of (vintage, id), ascending vintage
    vs = [v for v, _ in ents]
    if vintage is None or vs == [None]:
        if vintage is not None and vs == [None]:
            raise ValueError("vintage on a non-vintage drink")
        best = ents[-1]
        return "yes", best[1], [i for v, i in ents if i != best[1]], ""
    for v, i in ents:
        if v == vintage:
            return "yes", i, [], ""
    best = min(ents, key=lambda e: (abs(e[0] - vintage), -e[0]))
    return ("almost", best[1], [i for v, i in ents if i != best[1]],
            ": label vintage %d not held, has %s" % (vintage, vs))
