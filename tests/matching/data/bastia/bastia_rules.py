"""The bench README's answer rules, applied to what a rendered label says."""

POUR_CL = {"gl": 12.5, "gl15": 15, "car25": 25, "car50": 50, "cp": 12.5, "dose": 4,
           "2cl": 2, "6cl": 6}
DRAUGHT_CL = {"demi": 25, "pinte": 50}
SIZE_CL = {"half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70,
           "b75": 75, "b100": 100}


def bottle_formats(formats):
    return sorted(f for f in formats if f < 1000)


def ordinary(formats):
    """The bottle a glass or dose is poured from: 75 cl, else the only bottle size."""
    b = bottle_formats(formats)
    if 75 in b:
        return 75
    if len(b) == 1 and b[0] not in (37.5, 150):
        return b[0]
    return None


def resolve(category, formats, meas):
    """-> (format_cl, units) or (None, reason) for a measure of a drink."""
    if meas in DRAUGHT_CL:
        if category != "bière":
            raise ValueError("draught measure on a non-beer")
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, "not on draught"
        return kegs[0], round(DRAUGHT_CL[meas] / kegs[0], 4)
    if meas in POUR_CL:
        if category in ("bière", "soft"):
            raise ValueError("pour of a beer or soft")
        o = ordinary(formats)
        if o is None:
            raise ValueError("no ordinary bottle")
        return o, round(POUR_CL[meas] / o, 4)
    if meas == "":
        if category in ("vin", "champagne"):
            fmt = 75
        else:
            b = bottle_formats(formats)
            if len(b) != 1:
                raise ValueError("bottle of a drink held in several sizes, size needed")
            fmt = b[0]
    else:
        fmt = SIZE_CL[meas]
    if fmt not in formats:
        return None, "format not held (%s cl)" % ("%g" % fmt)
    return fmt, 1


def pick_vintage(vintages, label_vintage):
    """-> (expect, vintage of the entry, also_ok vintages)."""
    vs = sorted(v for v in vintages if v is not None)
    if not vs:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", None, []
    if label_vintage is None:
        return "yes", vs[-1], vs[:-1]
    if label_vintage in vs:
        return "yes", label_vintage, []
    best = min(vs, key=lambda v: (abs(v - label_vintage), -v))
    return "almost", best, [v for v in vs if v != best]
