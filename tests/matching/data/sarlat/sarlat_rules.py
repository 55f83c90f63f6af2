"""The bench README's answer rules, applied to a drink key, the measure and the vintage read
back from the rendered label."""

POUR = {"G": 12.5, "G15": 15, "C25": 25, "C50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DR25": 25, "DR50": 50}
WINE_LIKE = ("vin", "champagne", "autre")


def ordinary(fmts):
    """The wine's ordinary bottle: 75 cl, or its only format that is no half / magnum / keg."""
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return rest[0] if len(rest) == 1 else None


def fmt_for(category, fmts, measure):
    """(format_cl, units) asked by the measure, or (None, reason)."""
    if measure == "BTL":
        if category in WINE_LIKE:
            f = ordinary(fmts)
        else:
            bottles = [x for x in fmts if x < 2000]
            f = bottles[0] if len(bottles) == 1 else None
        return (f, 1) if f in fmts else (None, "no ordinary bottle")
    if measure == "HALF":
        return (37.5, 1) if 37.5 in fmts else (None, "half bottle not held")
    if measure == "MAG":
        return (150, 1) if 150 in fmts else (None, "magnum not held")
    if measure.startswith("B"):
        f = float(measure[1:])
        f = int(f) if f == int(f) else f
        return (f, 1) if f in fmts else (None, f"{f} cl bottle not held")
    if measure in POUR:
        if category in ("bière", "soft"):
            return (None, "beers and softs are not poured")
        if category == "spiritueux" and measure not in ("D", "D2"):
            return (None, "spirits are poured by the dose")
        f = ordinary(fmts)
        if f is None:
            return (None, "no ordinary bottle to pour from")
        return (f, round(POUR[measure] / f, 4))
    if measure in DRAUGHT:
        if category != "bière":
            return (None, "draught measure on no beer")
        kegs = [x for x in fmts if x >= 2000]
        if not kegs:
            return (None, "beer not held on draught")
        return (kegs[0], round(DRAUGHT[measure] / kegs[0], 4))
    raise ValueError(measure)


def answer(drink, entries, measure, vintage):
    """drink: tuple from sarlat_drinks; entries: {(format, vintage): id}.
    Returns (expect, beverage_id, also_ok, units, why)."""
    category, fmts = drink[7], drink[9]
    f, units = fmt_for(category, fmts, measure)
    if f is None:
        return ("none", None, [], None, units)
    vints = fmts[f]
    if vints == [None]:
        if vintage is not None:
            raise ValueError(f"vintage {vintage} on non-vintage {drink[0]}")
        return ("yes", entries[(f, None)], [], units, "")
    if vintage is None:
        best = max(vints)
        return ("yes", entries[(f, best)], [entries[(f, v)] for v in sorted(vints) if v != best], units, "")
    if vintage in vints:
        return ("yes", entries[(f, vintage)], [], units, "")
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", entries[(f, best)], [entries[(f, v)] for v in sorted(vints) if v != best], units,
            f"label vintage {vintage} not in library, has {sorted(vints)}")
