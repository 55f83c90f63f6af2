"""The bench README's answer rules, applied to what a printed label says."""
from bistrovin_tills import MEASURES

WINE_CATS = ("vin", "champagne")


def target_format(prod, m, size):
    """The bottle format the label refers to, or None when it cannot be held."""
    cat, formats = prod[6], prod[8]
    wine = cat in WINE_CATS
    if m == "1/2":
        return 37.5
    if m == "mag":
        return 150
    if m in ("demi", "pinte"):
        if cat != "bière":
            return None
        kegs = [f for f in formats if f >= 1000]
        return kegs[0] if kegs else None
    vol = MEASURES[m][0]
    if vol is not None:  # a glass, pot, pichet, coupe or dose: the ordinary bottle
        if wine:
            return 75
        bottles = [f for f in formats if f < 1000]
        return bottles[0] if len(bottles) == 1 else None
    if size:
        return size
    if wine:
        return 75
    return next(iter(formats)) if len(formats) == 1 else None


def answer(prod, m, size, vint):
    """-> (expect, fmt, vintage_of_entry, other_vintages, units) ; expect none when not held."""
    if prod is None:
        return ("none", None, None, [], None)
    fmt = target_format(prod, m, size)
    if fmt is None or fmt not in prod[8]:
        return ("none", fmt, None, [], None)
    vins = prod[8][fmt]
    vol = MEASURES[m][0] if m in MEASURES else None
    units = 1 if vol is None else round(vol / fmt, 4)
    if vins == [None]:
        return ("yes", fmt, None, [], units)
    if vint is None:
        best = max(vins)
        return ("yes", fmt, best, sorted(x for x in vins if x != best), units)
    if vint in vins:
        return ("yes", fmt, vint, [], units)
    best = sorted(vins, key=lambda x: (abs(x - vint), -x))[0]
    return ("almost", fmt, best, sorted(x for x in vins if x != best), units)
