"""Answer rules of the bench README: which entry a measure asks for, and the units."""
POUR_CL = {"glass": 12.5, "coupe": 12.5, "g12": 12, "g15": 15, "pot": 46, "dose": 4,
           "demi": 25, "pinte": 50, "g25": 25, "g50": 50}
KEG_MEASURES = {"demi", "pinte", "g25", "g50"}
WINE_POURS = {"glass", "coupe", "g12", "g15", "pot"}


def target_format(drink, measure):
    """Format (cl) of the entry the measure asks for, or None when not held."""
    cat, entries = drink[8], drink[9]
    fmts = sorted({f for f, _ in entries})
    if measure in ("half", "mag"):
        f = 37.5 if measure == "half" else 150
        return f if f in fmts else None
    if measure in KEG_MEASURES:
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    bottles = [f for f in fmts if f < 2000]
    if measure.startswith("b") and measure[1:].replace(".", "").isdigit():
        f = float(measure[1:])
        f = int(f) if f == int(f) else f
        return f if f in bottles else None
    if cat in ("vin", "champagne"):
        if 75 in fmts:
            return 75
        if measure in WINE_POURS and len(fmts) == 1:
            return fmts[0]
        return None
    if measure in WINE_POURS:
        return None
    return bottles[0] if len(bottles) == 1 else None


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def answer(drink, measure, vintage):
    """(expect, (format, vintage) chosen, [(format, vintage) also_ok], reason)."""
    fmt = target_format(drink, measure)
    if fmt is None:
        return "none", None, [], "format or measure not held"
    ents = sorted([e for e in drink[9] if e[0] == fmt], key=lambda e: (e[1] or 0))
    vints = [v for _, v in ents]
    if vintage is None or vints == [None]:
        best = ents[-1]
        return "yes", best, [e for e in ents if e != best], ""
    if vintage in vints:
        return "yes", (fmt, vintage), [], ""
    best = min(ents, key=lambda e: (abs(e[1] - vintage), -e[1]))
    return "almost", best, [e for e in ents if e != best], f"label vintage {vintage} not in library, has {vints}"
