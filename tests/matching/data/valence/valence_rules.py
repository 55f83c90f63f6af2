"""The bench README's answer rules."""
GLASS = 12.5
POUR_CL = {"V": GLASS, "C": GLASS, "V15": 15, "P25": 25, "P50": 50, "D": 4}
DRAUGHT_CL = {"DM": 25, "PT": 50}


def target_format(entries, category, meas):
    """The format the label asks for, or None when the library does not hold it."""
    fmts = sorted({f for f, _ in entries})
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    if meas in DRAUGHT_CL:
        return kegs[0] if kegs and category == "bière" else None
    if meas == "H":
        return 37.5 if 37.5 in bottles else None
    if meas == "M":
        return 150 if 150 in bottles else None
    if meas in ("B", *tuple(POUR_CL)):
        if category in ("vin", "champagne"):
            return 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        if len(bottles) == 1:
            return bottles[0]
        return None
    return None


def units(meas, fmt):
    if meas in ("B", "H", "M"):
        return 1
    cl = POUR_CL.get(meas) or DRAUGHT_CL.get(meas)
    return round(cl / fmt, 4)


def answer(entries, meas, vint):
    """entries: [(id, format, vintage)] of one wine/product. Returns expect, id, also_ok, fmt."""
    return
