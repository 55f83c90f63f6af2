"""The bench README's answer rules, applied to the rendered label."""
from agen_tills import POUR


def bottle_format(prod, measure):
    """Format a bottle measure names, or None for a pour."""
    cat, entries = prod[6], prod[7]
    fmts = sorted({f for _, f in entries})
    if measure == "HALF":
        return 37.5
    if measure == "MAG":
        return 150
    if measure.startswith("SZ"):
        return float(measure[2:])
    if measure in ("BTL", "U"):
        if cat in ("vin", "champagne") and 75 in fmts:
            return 75
        small = [f for f in fmts if f < 1000]
        assert len(small) == 1, prod[0]
        return small[0]
    return None


def pour_format(prod, measure):
    fmts = sorted({f for _, f in prod[7]})
    if measure in ("DEMI", "PINTE", "GIRAFE", "P150") and prod[6] == "bière":
        kegs = [f for f in fmts if f >= 1000]
        assert len(kegs) == 1, prod[0]
        return kegs[0]
    if 75 in fmts:
        return 75
    plain = [f for f in fmts if f not in (37.5, 150) and f < 1000]
    assert len(plain) == 1, prod[0]
    return plain[0]


def answer(prod, ids, measure, vintage):
    """ids: list of (id, vintage, format) of the product. Returns beverage_id, also_ok,
    expect, units."""
    fmt = bottle_format(prod, measure)
    units = 1
    if fmt is None:
        fmt = pour_format(prod, measure)
        units = round(POUR[measure] / fmt, 4)
    same = [(i, v) for i, v, f in ids if f == fmt]
    assert same, (prod[0], measure, fmt)
    vins = [v for _, v in same]
    if vintage is None or all(v is None for v in vins):
        best = max(same, key=lambda x: x[1] or 0)
        return best[0], [i for i, v in same if i != best[0]], "yes", units
    if vintage in vins:
        return next(i for i, v in same if v == vintage), [], "yes", units
    best = min(same, key=lambda x: (abs(x[1] - vintage), -x[1]))
    return best[0], [i for i, v in same if i != best[0]], "almost", units
