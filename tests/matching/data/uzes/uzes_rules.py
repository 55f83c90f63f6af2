"""The bench README's answer rules, applied to what a RENDERED label says."""

POUR_CL = {"G": 12.5, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
WINE_POURS = {"G", "G15", "CP", "P25", "P50"}
SPIRIT_POURS = {"D", "D2"}
DRAUGHT = {"DE", "PI"}
KEGS = (2000, 3000)


def is_size(meas):
    """C33, C100, C35.5: a bottle of that volume."""
    return len(meas) > 1 and meas[0] == "C" and meas[1:].replace(".", "", 1).isdigit()


def fmt_key(x):
    return int(x) if float(x).is_integer() else float(x)


def target_format(product, meas):
    """The format the label refers to, or (None, reason)."""
    cat, formats = product["category"], sorted(product["formats"])
    wine = cat in ("vin", "champagne")
    if meas == "B":
        if wine:
            return 75, None
        if len(formats) == 1:
            return formats[0], None
        raise ValueError("bottle of a several-format drink without a size: %s" % product["key"])
    if meas == "H":
        return 37.5, None
    if meas == "M":
        return 150, None
    if is_size(meas):
        return fmt_key(meas[1:]), None
    if meas in WINE_POURS:
        if 75 in formats:
            return 75, None
        plain = [f for f in formats if f not in (37.5, 150) and f < 2000]
        if len(plain) == 1:
            return plain[0], None
        return None, "no ordinary bottle to pour from"
    if meas in SPIRIT_POURS:
        plain = [f for f in formats if f < 2000]
        if len(plain) == 1:
            return plain[0], None
        return None, "no bottle to pour a dose from"
    if meas in DRAUGHT:
        kegs = [f for f in formats if f in KEGS]
        if kegs:
            return kegs[0], None
        return None, "not on draught (no keg held)"
    raise ValueError("measure %r" % meas)


def answer(product, meas, vintage):
    """-> (expect, beverage_id, also_ok, units_per_sale, note)"""
    fmt, why = target_format(product, meas)
    name = "%s (%s)" % (product["name"], product["producer"])
    if fmt is None:
        return "none", None, [], None, "%s: %s" % (name, why)
    held = product["formats"].get(fmt)
    if not held:
        return "none", None, [], None, "%s: %s cl not held" % (name, fmt)
    units = 1 if meas not in POUR_CL else round(POUR_CL[meas] / fmt, 4)
    byv = dict(held)                      # vintage -> id
    vints = sorted(byv, key=lambda v: -1 if v is None else v)
    if vints == [None]:
        return "yes", byv[None], [], units, name
    if vintage is None:
        best = vints[-1]
        return "yes", byv[best], [byv[v] for v in vints if v != best], units, name
    if vintage in byv:
        return "yes", byv[vintage], [], units, name
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    note = "%s: label vintage %d not in library, has %s" % (name, vintage, vints)
    return "almost", byv[best], [byv[v] for v in vints if v != best], units, note
