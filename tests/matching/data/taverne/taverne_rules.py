"""The bench README's answer rules, applied to a rendered label."""
from taverne_tills import DRAUGHT_CL, POUR_CL


def entries_of(library, key):
    return [e for e in library if e["_key"] == key]


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] < 1000})
    if 75 in fmts:
        return 75
    if 70 in fmts:
        return 70
    return fmts[-1] if len(fmts) == 1 else fmts[0]


def target_format(entries, measure):
    """(format_cl, units_cl) the measure draws on, or (None, None) when not held."""
    if measure in ("H",):
        return 37.5, None
    if measure == "M":
        return 150, None
    if measure.startswith("B") and measure[1:]:
        return float(measure[1:]), None
    if measure == "B":
        return ordinary_format(entries), None
    if measure in POUR_CL:
        return ordinary_format(entries), POUR_CL[measure]
    if measure in DRAUGHT_CL:
        kegs = [e["format_cl"] for e in entries if e["format_cl"] >= 1000]
        return (kegs[0] if kegs else None), DRAUGHT_CL[measure]
    raise ValueError(measure)


def answer(library, key, measure, label_vintage):
    """Returns (expect, beverage_id, also_ok, units, why)."""
    if key is None:
        return "none", None, [], None, ""
    ents = entries_of(library, key)
    fmt, pour = target_format(ents, measure)
    same = [e for e in ents if fmt is not None and e["format_cl"] == fmt]
    if not same:
        return "none", None, [], None, "format not held"
    same.sort(key=lambda e: (e["vintage"] or 0))
    units = 1 if pour is None else round(pour / fmt, 4)
    if label_vintage is not None and any(e["vintage"] is not None for e in same):
        hit = [e for e in same if e["vintage"] == label_vintage]
        if hit:
            return "yes", hit[0]["id"], [], units, ""
        best = min(same, key=lambda e: (abs(e["vintage"] - label_vintage), -e["vintage"]))
        return "almost", best["id"], [e["id"] for e in same if e is not best], units, ""
    best = same[-1]
    return "yes", best["id"], [e["id"] for e in same if e is not best], units, ""
