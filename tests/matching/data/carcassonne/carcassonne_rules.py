"""The bench README's answer rules, applied to what a rendered label says.

A measure is one of:
  B        a bottle: a wine's 75 cl, or the drink's only format
  B<cl>    a bottle of that volume (B33, B50, B100, B500 ...)
  H        a half bottle (37.5 cl)       M   a magnum (150 cl)
  G        a glass, 12.5 cl              G15 a 15 cl glass     CP a coupe / flute, 12.5 cl
  P25 P50  a 25 / 50 cl pichet (jarra)   S4  a 4 cl dose
  D  PT    a draught demi (25 cl) / pinte (50 cl), from the keg
"""

POURS = {"G": 12.5, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50, "S4": 4}
DRAUGHT = {"D": 25, "PT": 50}


def _num(x):
    return int(x) if float(x).is_integer() else float(x)


def bottle_format(measure, drink_formats, is_wine):
    """Format a bottle measure asks for, or None when it cannot be said."""
    if measure == "H":
        return 37.5
    if measure == "M":
        return 150
    if measure == "B":
        if is_wine:
            return 75 if 75 in drink_formats else (drink_formats[0] if len(drink_formats) == 1 else None)
        small = [f for f in drink_formats if f < 2000]
        return small[0] if len(small) == 1 else None
    if measure.startswith("B"):
        return _num(measure[1:].replace(",", "."))
    raise ValueError(measure)


def pour(measure, drink_formats):
    """(format the pour is drawn from, volume) or None when the library holds no such source."""
    if measure in DRAUGHT:
        kegs = [f for f in drink_formats if f >= 2000]
        return (kegs[0], DRAUGHT[measure]) if kegs else None
    vol = POURS[measure]
    if 75 in drink_formats:
        return (75, vol)
    ordinary = [f for f in drink_formats if f not in (37.5, 150) and f < 2000]
    return (ordinary[0], vol) if len(ordinary) == 1 else None


def answer(entries, measure, label_vintage):
    """entries: list of (id, format, vintage, category) of ONE drink (all its formats).

    Returns (expect, beverage_id, also_ok, units)."""
    formats = sorted({e[1] for e in entries})
    is_wine = entries[0][3] in ("vin", "champagne")
    if measure in POURS or measure in DRAUGHT:
        p = pour(measure, formats)
        if p is None:
            return ("none", None, [], None)
        fmt, vol = p
        units = round(vol / fmt, 4)
    else:
        fmt = bottle_format(measure, formats, is_wine)
        units = 1
    held = [e for e in entries if e[1] == fmt]
    if not held:
        return ("none", None, [], None)
    held.sort(key=lambda e: (e[2] or 0), reverse=True)  # most recent first
    if held[0][2] is None:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return ("yes", held[0][0], [], units)
    if label_vintage is None:
        return ("yes", held[0][0], [e[0] for e in held[1:]], units)
    same = [e for e in held if e[2] == label_vintage]
    if same:
        return ("yes", same[0][0], [], units)
    best = min(held, key=lambda e: (abs(e[2] - label_vintage), -e[2]))
    return ("almost", best[0], [e[0] for e in held if e is not best], units)
