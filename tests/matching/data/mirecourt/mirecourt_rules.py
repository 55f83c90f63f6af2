"""The bench README's answer rules, applied to what a rendered label says."""

GLASS = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5}
DOSE = {"D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}
KEGS = (2000, 3000)


def target_format(measure, category, formats):
    """(format_cl the label refers to or None, volume poured or None for a whole bottle)."""
    fs = sorted(formats)
    if measure == "B":
        if category in ("vin", "champagne"):
            return 75, None
        nk = [f for f in fs if f not in KEGS]
        return (nk[0] if len(nk) == 1 else None), None
    if measure == "H":
        return 37.5, None
    if measure == "M":
        return 150, None
    if measure.startswith("S"):
        return int(measure[1:]), None
    if measure in GLASS:
        if 75 in fs:
            return 75, GLASS[measure]
        ordinary = [f for f in fs if f not in (37.5, 150) and f not in KEGS]
        return (ordinary[0] if len(ordinary) == 1 else None), GLASS[measure]
    if measure in DOSE:
        nk = [f for f in fs if f not in KEGS]
        return (nk[0] if len(nk) == 1 else None), DOSE[measure]
    if measure in DRAUGHT:
        kg = [f for f in fs if f in KEGS]
        return (kg[0] if kg else None), DRAUGHT[measure]
    return None, None


def answer(entry_ids, category, measure, vintage):
    """entry_ids: {format: {vintage|None: id}}. Returns (expect, id, also_ok, units, why)."""
    fmt, vol = target_format(measure, category, entry_ids)
    if fmt is None or fmt not in entry_ids:
        return "none", None, [], None, "format not held"
    by_v = entry_ids[fmt]
    units = 1 if vol is None else round(vol / fmt, 4)
    vs = sorted(by_v, key=lambda v: (v is not None, v))
    if vs == [None]:
        return "yes", by_v[None], [], units, ""
    if vintage is None:
        best = max(vs)
        return "yes", by_v[best], [by_v[v] for v in vs if v != best], units, ""
    if vintage in by_v:
        return "yes", by_v[vintage], [], units, ""
    best = min(vs, key=lambda v: (abs(v - vintage), -v))
    return "almost", by_v[best], [by_v[v] for v in vs if v != best], units, \
        "label vintage %d not held, has %s" % (vintage, vs)
