"""The bench README's answer rules, applied to a rendered label."""
from toulon_tills import MEASURES

PASTIS = {"ricard", "p51", "janot", "bardouin", "casanis", "get27"}


def family(key, drink, meas):
    """The comptoir's department for a drink."""
    cat, col = drink["category"], drink["colour"]
    if cat == "vin":
        return {"rosé": "RSE", "rouge": "RGE", "blanc": "BLC"}[col]
    if cat == "champagne":
        return "BUL"
    if cat == "autre" or key in PASTIS:
        return "APE"
    if cat == "spiritueux":
        return "ALC"
    if cat == "bière":
        return "PRS" if meas in ("dm", "pt") else "BIB"
    return "SFT"


def answer(entries, drink, meas, label_vintage):
    """entries: [(id, vintage, format_cl)] of one wine/drink. Returns (expect, id, also_ok, units, why)."""
    kind, vol = MEASURES[meas]
    wine = drink["category"] in ("vin", "champagne")
    fmts = sorted({f for _, _, f in entries})
    if kind == "bottle":
        target = vol if vol is not None else (75 if wine else None)
        if target is None:
            raise ValueError("non-wine bottle without size")
    elif kind == "pour":
        target = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        if target is None or target >= 2000:
            return ("none", None, [], None, "no ordinary bottle to pour from")
    else:
        kegs = [f for f in fmts if f >= 2000]
        if not kegs:
            return ("none", None, [], None, "not held on draught")
        target = kegs[0]
    cand = [(i, v) for i, v, f in entries if f == target]
    if not cand:
        return ("none", None, [], None, f"format {target} cl not held")
    units = 1 if kind == "bottle" else round(vol / target, 4)
    vints = [v for _, v in cand]
    if label_vintage is not None and wine and any(v is not None for v in vints):
        hit = [i for i, v in cand if v == label_vintage]
        if hit:
            return ("yes", hit[0], [], units, "")
        best = min(cand, key=lambda c: (abs(c[1] - label_vintage), -c[1]))
        also = [i for i, v in sorted(cand, key=lambda c: c[1]) if i != best[0]]
        return ("almost", best[0], also, units, f"label vintage {label_vintage} not held, has {sorted(vints)}")
    best = max(cand, key=lambda c: (c[1] or 0))
    also = [i for i, v in sorted(cand, key=lambda c: (c[1] or 0)) if i != best[0]]
    return ("yes", best[0], also, units, "")
