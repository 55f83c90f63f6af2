"""Answer rules of the bench README, applied to a rendered label.

A measure code says what one sale is:
  bottle measures  B (the wine's 75 cl), H (37.5), M (150), J (300), Cnn (a bottle of nn cl)
  pour measures    G (glass, 12.5 cl), CP / FL (coupe / flute, 12.5), G12, G15, V6 (6 cl),
                   P25 / P50 (pichets), D (dose 4 cl), D2 (2 cl), DM (demi 25 cl), PT (pinte 50 cl)
"""
BOTTLE = {"B": 75, "H": 37.5, "M": 150, "J": 300}
POUR = {"G": 12.5, "CP": 12.5, "FL": 12.5, "G12": 12, "G15": 15, "V6": 6, "P25": 25,
        "P50": 50, "D": 4, "D2": 2, "DM": 25, "PT": 50}


def bottle_format(meas):
    if meas in BOTTLE:
        return BOTTLE[meas]
    if meas and meas.startswith("C") and meas[1:].isdigit():
        return int(meas[1:])
    return None


def is_pour(meas):
    return meas in POUR


def group(rows, keys, key, fmt):
    return [r for r in rows if keys[r["id"]] == key and r["format_cl"] == fmt]


def pour_base(rows, keys, key, meas):
    """The entry format a pour is taken from, or None."""
    fmts = sorted({r["format_cl"] for r in rows if keys[r["id"]] == key})
    if meas in ("DM", "PT"):
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if 75 in fmts:
        return 75
    ordinary = [f for f in fmts if f not in (37.5, 150, 300) and f < 2000]
    return ordinary[0] if len(ordinary) == 1 else None


def fmtnum(x):
    return ("%g" % x)


def answer(rows, keys, key, meas, vintage, why_none):
    """Return (expect, beverage_id, also_ok, units, note)."""
    if key is None:
        return "none", None, [], None, why_none
    ref = rows[[keys[r["id"]] for r in rows].index(key)]
    what = "%s (%s)" % (ref["name"], ref["producer"])
    if is_pour(meas):
        fmt = pour_base(rows, keys, key, meas)
        if fmt is None:
            return "none", None, [], None, what + ": not on draught" if meas in ("DM", "PT") else what + ": no bottle to pour from"
        units = round(POUR[meas] / fmt, 4)
    else:
        fmt = bottle_format(meas)
        units = 1
    grp = group(rows, keys, key, fmt)
    if not grp:
        return "none", None, [], None, "%s: format not held (%s cl)" % (what, fmtnum(fmt))
    vints = [r["vintage"] for r in grp]
    if vintage is None or vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: " + key)
        best = max(grp, key=lambda r: r["vintage"] or 0)
        also = [r["id"] for r in grp if r is not best]
        note = what + (", %s cl" % fmtnum(fmt))
        if also:
            note += ": no vintage on the label, most recent %d" % best["vintage"]
        return "yes", best["id"], also, units, note
    for r in grp:
        if r["vintage"] == vintage:
            return "yes", r["id"], [], units, "%s %d, %s cl" % (what, vintage, fmtnum(fmt))
    best = min(grp, key=lambda r: (abs(r["vintage"] - vintage), -r["vintage"]))
    also = [r["id"] for r in grp if r is not best]
    return ("almost", best["id"], also, units,
            "%s: label vintage %d not in library, has %s" % (what, vintage, sorted(vints)))
