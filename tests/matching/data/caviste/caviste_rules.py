"""The bench README's answer rules, applied to what a rendered label still says.

A case names the product it was typed for (a key of caviste_drinks, or None), the measure
(`btl`, `mag`, `half`, `33cl`, `50cl`, `1l`, `70cl` are bottles; `vre`, `v12`, `v15`, `c25`,
`c50`, `cp`, `dose`, `2cl`, `4cl`, `demi`, `pinte` are pours) and the vintage left on the label.
"""

BOTTLE = {"btl": None, "mag": 150, "half": 37.5, "33cl": 33, "50cl": 50, "1l": 100, "70cl": 70}
POUR = {"vre": 12.5, "v12": 12, "v15": 15, "c25": 25, "c50": 50, "cp": 12.5, "dose": 4,
        "2cl": 2, "4cl": 4, "demi": 25, "pinte": 50}
DRAUGHT = {"demi", "pinte"}
KEG_MIN = 1000


def base_format(measure, formats):
    """The format a label refers to, or None when the library holds no such format."""
    if measure in BOTTLE:
        fmt = BOTTLE[measure]
        if fmt is not None:
            return fmt if fmt in formats else None
        if 75 in formats:
            return 75
        bottles = [f for f in formats if f < KEG_MIN]
        return bottles[0] if len(bottles) == 1 else None
    if measure in DRAUGHT:
        kegs = [f for f in formats if f >= KEG_MIN]
        return kegs[0] if kegs else None
    if 75 in formats:
        return 75
    ordinary = [f for f in formats if f not in (37.5, 150) and f < KEG_MIN]
    return ordinary[0] if len(ordinary) == 1 else None


def units(measure, fmt):
    """How much of the entry one sale consumes, to four decimals."""
    if measure in BOTTLE:
        return 1
    return round(POUR[measure] / fmt, 4)


def nearest(vintages, wanted):
    """The held vintage nearest `wanted`; on a tie the more recent one."""
    return min(vintages, key=lambda v: (abs(v - wanted), -v))


def answer(key, measure, vintage, by_key, names):
    """(expect, beverage_id, also_ok, units_per_sale, note) for a rendered label."""
    if key is None:
        return "none", None, [], None, ""
    held = by_key[key]
    formats = sorted({f for f, _, _ in held}, key=float)
    fmt = base_format(measure, formats)
    what = names[key]
    if fmt is None:
        shown = ", ".join(f"{f:g} cl" for f in formats)
        return "none", None, [], None, f"{what}: {measure} not held (held in {shown})"
    group = sorted((v, bid) for f, v, bid in held if f == fmt and v is not None)
    nv = [bid for f, v, bid in held if f == fmt and v is None]
    per = units(measure, fmt)
    where = f"{what}, {fmt:g} cl"
    if nv:
        return "yes", nv[0], [], per, where
    ids = dict(group)
    if vintage is None:
        latest = group[-1][0]
        others = [bid for v, bid in group if v != latest]
        return "yes", ids[latest], others, per, where
    if vintage in ids:
        return "yes", ids[vintage], [], per, f"{where} {vintage}"
    best = nearest(list(ids), vintage)
    others = [bid for v, bid in group if v != best]
    held_v = ", ".join(str(v) for v, _ in group)
    note = f"{where}: label vintage {vintage} not held, has [{held_v}]"
    return "almost", ids[best], others, per, note
