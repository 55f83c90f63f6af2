"""The bench README's answer rules, applied to what the till printed (measure and vintage
read back from the rendered label)."""

POUR_CL = {"gl": 12.5, "gl12": 12, "gl14": 14, "pch25": 25, "pch50": 50, "cp": 12.5}
DOSE_CL = {"dose": 4, "2cl": 2, "4cl": 4}
DRAUGHT_CL = {"demi": 25, "pinte": 50}
BOTTLE_CL = {"half": 37.5, "mag": 150, "c25": 25, "c33": 33, "c50": 50, "c70": 70,
             "c75": 75, "c100": 100}
WINE = ("vin", "champagne")


def ordinary(category, formats):
    """The wine's ordinary bottle: 75 cl, or its only format if not a half or magnum."""
    small = [f for f in formats if f < 2000]
    if 75 in small:
        return 75
    if len(small) == 1 and small[0] not in (37.5, 150):
        return small[0]
    return None


def resolve(drink, measure):
    """(format_cl, units) or (None, reason)."""
    category, held = drink[7], drink[9]
    formats = sorted(held)
    if measure == "btl":
        if category in WINE:
            fmt = 75 if 75 in held else ordinary(category, formats)
        else:
            small = [f for f in formats if f < 2000]
            fmt = small[0] if len(small) == 1 else None
        return (fmt, 1.0) if fmt in held else (None, "format not held")
    if measure in BOTTLE_CL:
        fmt = BOTTLE_CL[measure]
        return (fmt, 1.0) if fmt in held else (None, "format not held")
    if measure in POUR_CL:
        fmt = ordinary(category, formats)
        if fmt is None or category not in (*WINE, "autre"):
            return None, "no ordinary bottle to pour from"
        return fmt, POUR_CL[measure] / fmt
    if measure in DOSE_CL:
        if category not in ("spiritueux", "autre"):
            return None, "dose of a drink that is not a spirit or aperitif"
        small = [f for f in formats if f < 2000]
        if len(small) != 1:
            return None, "dose with no single bottle"
        return small[0], DOSE_CL[measure] / small[0]
    if measure in DRAUGHT_CL:
        kegs = [f for f in formats if f >= 2000]
        if category != "bière" or not kegs:
            return None, "not on draught"
        return kegs[0], DRAUGHT_CL[measure] / kegs[0]
    raise ValueError("measure %r on a drink" % measure)


def answer(drink, measure, label_vintage, ids):
    """ids: {(key, format, vintage): id}. Returns (expect, id, also_ok, units, why)."""
    fmt, units = resolve(drink, measure)
    if fmt is None:
        return "none", None, [], None, units
    vints = sorted(drink[9][fmt], key=lambda v: (v is None, v))
    if vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink %s" % drink[0])
        return "yes", ids[(drink[0], fmt, None)], [], round(units, 4), ""
    if label_vintage is None:
        best = vints[-1]
        return ("yes", ids[(drink[0], fmt, best)],
                [ids[(drink[0], fmt, v)] for v in vints if v != best], round(units, 4), "")
    if label_vintage in vints:
        return "yes", ids[(drink[0], fmt, label_vintage)], [], round(units, 4), ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[(drink[0], fmt, best)],
            [ids[(drink[0], fmt, v)] for v in vints if v != best], round(units, 4),
            "label vintage %d not in library, has %s" % (label_vintage, vints))
