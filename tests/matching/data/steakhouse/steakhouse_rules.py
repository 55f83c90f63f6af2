"""The bench README's answer rules, applied to a rendered label's measure and vintage."""
from decimal import ROUND_HALF_UP, Decimal

from steakhouse_tills import SIZES, VOLUME

POURS_WINE = {"GLS", "G6", "G9", "V12", "V15", "CAR25", "CAR50"}
POURS_SPIRIT = {"OZ15", "OZ2", "D4", "D2"}
DRAUGHT = {"DEMI", "PINTE"}


def units(vol, fmt):
    q = (Decimal(str(vol)) / Decimal(str(fmt))).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return float(q)


def target_format(cat, fmts, measure):
    """(format_cl, volume or None) the label's measure refers to, or (None, why)."""
    held = [f for f, _ in fmts]
    if measure in ("", "BTL"):
        if cat in ("vin", "champagne", "autre") and 75 in held:
            return 75, None
        bottles = [f for f in held if f < 2000]
        if len(bottles) == 1:
            return bottles[0], None
        raise ValueError("ambiguous bottle")
    if measure == "HALF":
        return (37.5, None) if 37.5 in held else (None, "half bottle not held")
    if measure == "MAG":
        return (150, None) if 150 in held else (None, "magnum not held")
    if measure in SIZES:
        s = SIZES[measure]
        return (s, None) if s in held else (None, "%s cl not held" % s)
    vol = VOLUME[measure]
    if measure in POURS_WINE:
        assert cat in ("vin", "champagne", "autre"), measure
        if 75 in held:
            return 75, vol
        small = [f for f in held if f not in (37.5, 150)]
        assert len(small) == 1
        return small[0], vol
    if measure in POURS_SPIRIT:
        assert cat in ("spiritueux", "autre"), measure
        bottles = [f for f in held if f < 2000]
        assert len(bottles) == 1
        return bottles[0], vol
    if measure in DRAUGHT:
        kegs = [f for f in held if f >= 2000]
        return (kegs[0], vol) if kegs else (None, "not on draught")
    raise ValueError(measure)


def answer(drink, ids, measure, label_vintage):
    """drink: the tuple of steakhouse_drinks; ids[(key, fmt, vintage)] -> id.
    Returns (expect, beverage_id, also_ok, units, why)."""
    key, cat, fmts = drink[0], drink[7], drink[8]
    fmt, vol = target_format(cat, fmts, measure)
    if fmt is None:
        return "none", None, [], None, vol
    vintages = dict(fmts)[fmt]
    u = 1 if vol is None else units(vol, fmt)
    if vintages == (None,):
        assert label_vintage is None
        return "yes", ids[(key, fmt, None)], [], u, ""
    ordered = sorted(vintages, reverse=True)
    if label_vintage in vintages:
        return "yes", ids[(key, fmt, label_vintage)], [], u, ""
    if label_vintage is None:
        best = ordered[0]
        return "yes", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in sorted(vintages) if v != best], u, ""
    best = min(ordered, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[(key, fmt, best)], [ids[(key, fmt, v)] for v in sorted(vintages) if v != best], u,
            "label vintage %d not held, has %s" % (label_vintage, sorted(vintages)))
