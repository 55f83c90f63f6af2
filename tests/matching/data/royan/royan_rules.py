"""The bench README's answer rules, applied to what a rendered label says."""
from royan_tills import DRAUGHT, POUR_CL


def ordinary(formats):
    """The ordinary bottle: the 75 cl entry, else the only non-keg format."""
    bottles = [f for f in formats if f < 1000]
    if 75 in bottles:
        return 75
    if len(bottles) == 1:
        return bottles[0]
    return None


def target_format(formats, measure):
    """The format the label refers to (None: the drink is not held that way)."""
    if measure in DRAUGHT:
        kegs = [f for f in formats if f >= 1000]
        return kegs[0] if kegs else None
    if measure in POUR_CL or measure == "B":
        return ordinary(formats)
    if measure == "H":
        return 37.5
    if measure == "M":
        return 150
    if measure.startswith("S"):
        v = float(measure[1:])
        return int(v) if v == int(v) else v
    raise ValueError(measure)


def answer(entries, measure, fmt, vintage):
    """entries: {format: {vintage: id}} of one wine.  Returns expect, id, also_ok, units, why."""
    if fmt is None or fmt not in entries:
        return "none", None, [], None, "format not held"
    byv = entries[fmt]
    held = sorted(byv, key=lambda v: v or 0)
    units = 1 if measure not in POUR_CL else round(POUR_CL[measure] / fmt, 4)
    if vintage is None:
        best = held[-1]
        return "yes", byv[best], [byv[v] for v in held if v != best], units, ""
    if None in held:
        raise ValueError("vintage on a non-vintage drink")
    if vintage in byv:
        return "yes", byv[vintage], [], units, ""
    best = sorted(held, key=lambda v: (abs(v - vintage), -v))[0]
    why = "label vintage %d not held, has %s" % (vintage, held)
    return "almost", byv[best], [byv[v] for v in held if v != best], units, why
