"""The bench README's answer rules, applied to a rendered label."""
from chartres_tills import POURS


def units(measure, fmt):
    if measure in POURS:
        return round(POURS[measure] / fmt, 4)
    return 1


def answer(drinks, lib_ids, key, measure, label_vintage):
    """drinks: key -> row; lib_ids: (grp, format_cl, vintage) -> id.
    Returns (expect, beverage_id, also_ok, units, why) for a product meant as `key`."""
    d = drinks[key]
    if measure == "1/2":
        fmt = 37.5
    elif measure == "MAG":
        fmt = 150
    else:
        fmt = d["format_cl"]
    held = sorted(v for (g, f, v) in lib_ids if g == d["grp"] and f == fmt)
    if not held:
        return "none", None, [], None, "not held in %s cl" % fmt
    u = units(measure, fmt)
    ids = {v: lib_ids[(d["grp"], fmt, v)] for v in held}
    if held == [None]:
        return "yes", ids[None], [], u, ""
    if label_vintage is None:
        best = held[-1]
        return "yes", ids[best], [ids[v] for v in held if v != best], u, ""
    if label_vintage in held:
        return "yes", ids[label_vintage], [], u, ""
    best = sorted(held, key=lambda v: (abs(v - label_vintage), -v))[0]
    return ("almost", ids[best], [ids[v] for v in held if v != best], u,
            "label vintage %d not in library, has %s" % (label_vintage, held))
