"""The bench README's answer rules, applied to what the RENDERED label says."""
from lodeve_tills import MEASURES


def group_for(entries, category, measure):
    """The entries a sale with this measure refers to, and the format it means."""
    kind, cl = MEASURES[measure]
    fmts = sorted({f for (_i, _v, f) in entries})
    wine = category in ("vin", "champagne")
    if kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        fmt = kegs[0] if kegs else None
    elif kind == "bottle":
        if cl is not None:
            fmt = cl
        elif wine:
            fmt = 75
        else:
            bottles = [f for f in fmts if f < 2000]
            assert len(bottles) == 1, ("bottle of a drink with several sizes", entries)
            fmt = bottles[0]
    else:  # pour
        bottles = [f for f in fmts if f < 2000]
        if wine:
            fmt = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        else:
            fmt = bottles[0] if len(bottles) == 1 else None
    group = [e for e in entries if e[2] == fmt] if fmt is not None else []
    return group, fmt, kind, cl


def answer(entries, category, measure, label_vintage):
    """-> (expect, beverage_id, also_ok, units, detail)."""
    group, fmt, kind, cl = group_for(entries, category, measure)
    if not group:
        return "none", None, [], None, "format not held"
    if kind == "bottle":
        units = 1
    else:
        units = round(cl / fmt, 4)
    vs = sorted(((v, i) for (i, v, _f) in group), key=lambda x: (x[0] or 0))
    if label_vintage is None:
        best = vs[-1][1]
        return "yes", best, [i for (_v, i) in vs if i != best], units, ""
    assert all(v is not None for v, _ in vs), "vintage on a non-vintage drink"
    for v, i in vs:
        if v == label_vintage:
            return "yes", i, [], units, ""
    best = min(vs, key=lambda x: (abs(x[0] - label_vintage), -x[0]))[1]
    held = [v for v, _ in vs]
    return ("almost", best, [i for (_v, i) in vs if i != best], units,
            "label vintage %d not in library, has %s" % (label_vintage, held))
