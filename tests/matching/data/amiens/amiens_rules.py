"""The bench README's answer rules, applied to a rendered label."""
from amiens_tills import BOTTLES, POURS


def target(entries, kind, measure):
    """Entries (format, vintage, id) the sale draws on, and the volume poured (None: a bottle)."""
    fmts = sorted({f for f, _, _ in entries})
    if measure in BOTTLES:
        want = BOTTLES[measure]
        if kind != "wine" and measure == "btl":
            raise ValueError("btl is for wines")
        if kind == "wine" and measure not in ("btl", "half", "mag"):
            raise ValueError("wine sizes are btl/half/mag")
        return [e for e in entries if e[0] == want], None
    vol = POURS[measure]
    if measure in ("demi", "pinte"):
        if kind != "bière":
            raise ValueError("draught on a non-beer")
        return [e for e in entries if e[0] >= 2000], vol
    if measure in ("dose", "cl2", "cl4"):
        small = [f for f in fmts if f < 2000 and f not in (37.5, 150)]
        return ([e for e in entries if e[0] == small[0]] if len(small) == 1 else []), vol
    # glass, pichet, coupe: the ordinary bottle
    if 75 in fmts:
        return [e for e in entries if e[0] == 75], vol
    plain = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return ([e for e in entries if e[0] == plain[0]] if len(plain) == 1 else []), vol


def answer(entries, kind, measure, label_vintage):
    """(expect, beverage_id, also_ok, units) for a drink of the library."""
    cands, vol = target(entries, kind, measure)
    if not cands:
        return "none", None, [], None
    fmt = cands[0][0]
    units = 1 if vol is None else round(vol / fmt, 4)
    vins = [v for _, v, _ in cands]
    if label_vintage is None or all(v is None for v in vins):
        if label_vintage is not None:
            raise ValueError("vintage typed on a non-vintage drink")
        best = max(cands, key=lambda e: (e[1] or 0))
        return "yes", best[2], sorted(e[2] for e in cands if e is not best), units
    for e in cands:
        if e[1] == label_vintage:
            return "yes", e[2], [], units
    best = min(cands, key=lambda e: (abs(e[1] - label_vintage), -e[1]))
    return "almost", best[2], sorted(e[2] for e in cands if e is not best), units
