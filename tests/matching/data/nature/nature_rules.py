"""The bench README's answer rules, applied to what the rendered label says."""

from nature_tills import MEASURES


def fmt_text(f):
    return (f"{f:g} cl").replace(".", ",")


def answer(entries, key, measure, vintage):
    """entries: {format: {vintage: id}} of one drink. vintage: as read on the label.
    Returns (expect, beverage_id, also_ok, units, why)."""
    kind, val = MEASURES[measure]
    if kind == "btl":
        if val is None:
            fmts = sorted(entries)
            f = 75 if 75 in entries else (fmts[0] if len(fmts) == 1 else None)
            if f is None:
                return ("none", None, [], None, "no format on the label, several held")
        else:
            f = val
        units = 1
    elif kind == "pour":
        nonkeg = [x for x in entries if x < 1000]
        if 75 in entries:
            f = 75
        elif len(nonkeg) == 1 and nonkeg[0] not in (150,):
            f = nonkeg[0]
        else:
            return ("none", None, [], None, "no ordinary bottle to pour from")
        units = round(val / f, 4)
    elif kind == "draught":
        kegs = [x for x in entries if x >= 1000]
        if not kegs:
            return ("none", None, [], None, "draught measure, held only in bottle")
        f = kegs[0]
        units = round(val / f, 4)
    else:
        raise ValueError(measure)
    if f not in entries:
        return ("none", None, [], None, f"format {fmt_text(f)} not held")
    byv = entries[f]
    vints = sorted(byv, key=lambda v: (v is None, v or 0))
    dated = [v for v in vints if v is not None]
    if vintage is None:
        best = max(dated) if dated else None
        others = [byv[v] for v in vints if v != best]
        return ("yes", byv[best], others, units, "")
    if vintage in byv:
        return ("yes", byv[vintage], [], units, "")
    if not dated:
        raise ValueError(f"vintage on a non-vintage drink: {key}")
    best = min(dated, key=lambda v: (abs(v - vintage), -v))
    others = [byv[v] for v in dated if v != best]
    return (
        "almost",
        byv[best],
        others,
        units,
        "label vintage %d not held, has %s" % (vintage, sorted(dated)),
    )
