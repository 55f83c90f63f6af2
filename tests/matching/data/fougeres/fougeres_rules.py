"""The bench README's answer rules, applied to what a rendered label says.

product: the drink the seller meant (a key of fougeres_drinks), or None.
measure: (kind, cl) read back from the label; label_vintage: the vintage read back, or None.
entries: {(key, format_cl, vintage): id}.
"""


def ordinary_format(formats):
    """The drink's ordinary bottle: 75 cl when held, else its only non-keg format."""
    bottles = sorted(f for f in formats if f < 1000)
    if 75 in bottles:
        return 75
    if len(bottles) == 1:
        return bottles[0]
    return None


def target_format(formats, measure):
    kind, vol = measure
    if kind == "btl":
        if vol is None:
            f = ordinary_format(formats)
            if f is None:
                raise ValueError("bottle without volume of a drink with several formats")
            return f
        return vol if vol in formats else None
    if kind in ("glass", "pichet", "dose"):
        return ordinary_format(formats)
    if kind in ("demi", "pinte"):
        kegs = [f for f in formats if f >= 1000]
        return kegs[0] if kegs else None
    raise ValueError("no drink measure")


def units(measure, fmt):
    kind, vol = measure
    if kind == "btl":
        return 1
    return round(vol / fmt, 4)


def answer(key, formats, ids, measure, label_vintage):
    """formats: {format_cl: [vintages]}; ids: {(format_cl, vintage): id}.
    Returns (expect, beverage_id, also_ok, units, why)."""
    fmt = target_format(formats, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    vints = formats[fmt]
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", ids[(fmt, None)], [], units(measure, fmt), ""
    if label_vintage is None:
        best = max(vints)
        return ("yes", ids[(fmt, best)], [ids[(fmt, v)] for v in sorted(vints) if v != best],
                units(measure, fmt), "")
    if label_vintage in vints:
        return "yes", ids[(fmt, label_vintage)], [], units(measure, fmt), ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[(fmt, best)], [ids[(fmt, v)] for v in sorted(vints) if v != best],
            units(measure, fmt),
            "label vintage %d not held in %g cl, has %s" % (label_vintage, fmt, sorted(vints)))
