"""The bench README's answer rules, applied to what the rendered label says."""
from tarascon_tills import MEASURES


def ordinary_format(formats):
    """A glass refers to the 75 cl entry, or to the only format when there is none."""
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return next(iter(formats))
    return None


def answer(family, formats, meas, vintage):
    """Return (expect, format, vintage_of_entry, other_vintages, units, why)."""
    kind, vol, *_ = MEASURES[meas]
    cat = family[6]
    if kind == "unit":
        return "none", None, None, [], None, "no measure on a drink"
    if kind == "keg":
        kegs = [f for f in formats if f >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, None, [], None, "format not held (no draught)"
        fmt = kegs[0]
        units = vol / fmt
    elif kind == "pour":
        if cat in ("bière", "soft"):
            return "none", None, None, [], None, "not poured"
        fmt = ordinary_format(formats)
        if fmt is None:
            return "none", None, None, [], None, "format not held"
        units = vol / fmt
    else:
        fmt = vol
        if fmt not in formats:
            return "none", None, None, [], None, "format not held"
        units = 6 if kind == "pack6" else 1
    vints = formats[fmt]
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", fmt, None, [], units, ""
    if vintage is None:
        best = max(vints)
        return "yes", fmt, best, sorted(v for v in vints if v != best), units, ""
    if vintage in vints:
        return "yes", fmt, vintage, [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return "almost", fmt, best, sorted(v for v in vints if v != best), units, \
        "label vintage %d not in library, has %s" % (vintage, sorted(vints))


def units4(x):
    x = round(x, 4)
    return int(x) if x == int(x) else x
