"""The bench README's answer rules, applied to what the rendered label says."""

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P50": 50, "P25": 25,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
GLASSY = {"G", "G12", "G15", "CP", "P50", "P25"}
DOSES = {"D", "D2"}
BEER = {"DE", "PI"}
KEG_MIN = 1000


def target_format(fmts, category, measure):
    """The format_cl the label refers to, or None when the drink is not held so."""
    fs = sorted(fmts)
    bottles = [f for f in fs if f < KEG_MIN]
    wine = category in ("vin", "champagne")
    if measure in BEER:
        kegs = [f for f in fs if f >= KEG_MIN]
        return kegs[0] if kegs else None
    if measure in GLASSY:
        if 75 in fs:
            return 75
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return ordinary[0] if len(ordinary) == 1 else None
    if measure in DOSES:
        return bottles[0] if len(bottles) == 1 else None
    if measure == "B":
        if wine:
            if 75 in fs:
                return 75
            ordinary = [f for f in bottles if f not in (37.5, 150)]
            return ordinary[0] if len(ordinary) == 1 else None
        if len(bottles) == 1:
            return bottles[0]
        raise ValueError("bottle of a drink held in several formats needs a volume")
    if measure == "H":
        return 37.5 if 37.5 in fs else None
    if measure == "M":
        return 150 if 150 in fs else None
    if measure[:1] == "C" and measure[1:2].isdigit():
        n = float(measure[1:])
        n = int(n) if n == int(n) else n
        return n if n in fs else None
    raise ValueError("measure %r" % measure)


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def decide(entries, category, measure, vintage):
    fmts = {}
    for bid, f, v in entries:
        fmts.setdefault(f, []).append((v if v is not None else 0, bid))
    fmt = target_format(list(fmts), category, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    held = sorted(fmts[fmt])              # (vintage, id) ascending
    ids = [b for _, b in held]
    u = units(measure, fmt)
    if vintage is None or held[0][0] == 0:
        top = held[-1][1]
        return "yes", top, [b for b in ids if b != top], u, fmt
    for v, b in held:
        if v == vintage:
            return "yes", b, [], u, fmt
    best = min(held, key=lambda vb: (abs(vb[0] - vintage), -vb[0]))[1]
    return "almost", best, [b for b in ids if b != best], u, fmt
