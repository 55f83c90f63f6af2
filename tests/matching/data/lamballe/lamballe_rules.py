"""The bench README's answer rules, applied to what a printed label says."""
from lamballe_tills import DRAUGHT_CL, POUR_CL

KEGS = (2000, 3000)
SPIRIT_DOSES = ("dose", "d2")


def resolve_format(category, formats, meas, size):
    """The library format a label means for a drink held in `formats`, or None."""
    fs = sorted(formats)
    if meas == "size":
        return size if size in fs else None
    if meas in DRAUGHT_CL:
        kegs = [f for f in fs if f in KEGS]
        return kegs[0] if len(kegs) == 1 else None
    if meas == "half":
        return 37.5 if 37.5 in fs else None
    if meas == "mag":
        return 150 if 150 in fs else None
    if meas in SPIRIT_DOSES:
        for f in (70, 100):
            if f in fs:
                return f
        return fs[0] if len(fs) == 1 else None
    if meas in POUR_CL:
        if 75 in fs:
            return 75
        rest = [f for f in fs if f not in (37.5, 150) and f not in KEGS]
        return rest[0] if len(rest) == 1 else None
    if meas == "btl":
        if category in ("vin", "champagne"):
            return 75 if 75 in fs else None
        rest = [f for f in fs if f not in KEGS]
        return rest[0] if len(rest) == 1 else None
    raise ValueError("measure %r" % meas)


def units(meas, fmt):
    if meas in POUR_CL:
        return round(POUR_CL[meas] / fmt, 4)
    if meas in DRAUGHT_CL:
        return round(DRAUGHT_CL[meas] / fmt, 4)
    return 1


def answer(held, label_vintage):
    """held: [(vintage, id)] of one wine in one format.
    -> (expect, beverage_id, also_ok, why)."""
    held = sorted(held, key=lambda p: (p[0] or 0))
    vints = [v for v, _ in held]
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", held[0][1], [], ""
    if label_vintage is None:
        best = held[-1]
        return "yes", best[1], [i for v, i in held if i != best[1]], "no vintage on the label: most recent"
    for v, i in held:
        if v == label_vintage:
            return "yes", i, [], ""
    best = min(held, key=lambda p: (abs(p[0] - label_vintage), -p[0]))
    return ("almost", best[1], [i for v, i in held if i != best[1]],
            "label vintage %d not held, has %s" % (label_vintage, vints))
